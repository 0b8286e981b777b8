//! Islands: the only parts of a page the browser runs. Each works on top of a plain HTML form
//! that does its job without JavaScript, and adds something small once the bundle has loaded.
//!
//! A page with no island loads no script at all: the first island rendered on a page puts the
//! loader in the page's `<head>` (`include_island_scripts`).

use leptos::prelude::*;

/// The wasm bundle's entry point (called by the loader): lets the islands on the page run.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
    // Lets styles and browser tests tell a page whose islands run from the server-rendered one.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}

/// Set for each page render: whether an island already added the loader.
#[cfg(feature = "ssr")]
#[derive(Clone, Default)]
pub struct IslandScripts(std::sync::Arc<std::sync::atomic::AtomicBool>);

/// Adds the module script that loads the bundle and hydrates the islands to the page's
/// `<head>`, once per page.
#[cfg(feature = "ssr")]
fn include_island_scripts() {
    use leptos_meta::{Link, Script};
    use std::sync::atomic::Ordering;
    let Some(included) = use_context::<IslandScripts>() else {
        return;
    };
    if included.0.swap(true, Ordering::Relaxed) {
        return;
    }
    let Some(assets) = use_context::<crate::state::PortalState>().map(|state| state.assets) else {
        return;
    };
    let loader = format!(
        "import init, * as portal from {script:?};\n\
         await init({{ module_or_path: {wasm:?} }});\n\
         portal.hydrate();\n\
         for (const island of document.querySelectorAll(\"leptos-island\")) {{\n\
         \x20 portal[island.dataset.component]?.(island);\n\
         }}",
        script = assets.script,
        wasm = assets.wasm,
    );
    // Rendering a leptos_meta tag registers it for the <head>, which is written last.
    let _ = view! {
        <Link rel="modulepreload" href=assets.script.clone() />
        <Link rel="preload" href=assets.wasm.clone() as_="fetch" type_="application/wasm" crossorigin="anonymous" />
        <Script type_="module">{loader}</Script>
    }
    .to_html();
}

/// GOV.UK character count: without JavaScript the hint says how many characters are allowed;
/// with it, the message counts down as the person types (announced politely to screen
/// readers). `field` is the id of the textarea it counts.
#[island]
pub fn CharacterCount(field: String, max: usize, initial: usize) -> impl IntoView {
    #[cfg(feature = "ssr")]
    include_island_scripts();
    let (length, set_length) = signal(initial);
    let hydrated = RwSignal::new(false);
    // Effects run only in the browser, after hydration: the first render matches the server's.
    Effect::new(move |_| {
        use leptos::wasm_bindgen::JsCast;
        use leptos::wasm_bindgen::closure::Closure;
        hydrated.set(true);
        let Some(textarea) = document()
            .get_element_by_id(&field)
            .and_then(|element| element.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        set_length.set(textarea.value().chars().count());
        let counted = textarea.clone();
        let on_input = Closure::<dyn Fn()>::new(move || {
            set_length.set(counted.value().chars().count());
        });
        let _ =
            textarea.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        on_input.forget();
    });
    let message = move || {
        if !hydrated.get() {
            return format!("You can enter up to {} characters", thousands(max));
        }
        let used = length.get();
        if used <= max {
            let left = max - used;
            format!(
                "You have {} character{} remaining",
                thousands(left),
                if left == 1 { "" } else { "s" }
            )
        } else {
            let over = used - max;
            format!(
                "You have {} character{} too many",
                thousands(over),
                if over == 1 { "" } else { "s" }
            )
        }
    };
    let class = move || {
        if length.get() > max {
            "hint character-count character-count--over"
        } else {
            "hint character-count"
        }
    };
    view! {
        <p class=class aria-live="polite">
            {message}
        </p>
    }
}

/// 1234 as "1,234".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// A button that copies `text` to the clipboard. Without JavaScript it stays hidden: the text
/// is on the page to select and copy by hand.
#[island]
pub fn CopyButton(text: String, label: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    include_island_scripts();
    let (copied, set_copied) = signal(false);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let copy = move |_| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                set_copied.set(true);
            }
        });
    };
    view! {
        <span class="copy-button" hidden=move || !hydrated.get()>
            <button type="button" class="button button--secondary button--small" on:click=copy>{label}</button>
            <span class="copy-button__status" aria-live="polite">{move || if copied.get() { " Copied" } else { "" }}</span>
        </span>
    }
}

/// The neighbourhood's map, to place a pin where a concern is. It writes the pin's position
/// into the form's hidden `latitude` and `longitude` fields. Without JavaScript it stays
/// hidden: the place written in words is enough.
#[island]
pub fn PinMap(
    name: String,
    shape: crate::domain::geometry::SvgShape,
    /// A pin placed before (latitude, longitude), when the form comes back.
    pin: Option<(f64, f64)>,
) -> impl IntoView {
    use crate::domain::geometry::Position;
    #[cfg(feature = "ssr")]
    include_island_scripts();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let (position, set_position) = signal(pin.map(|(latitude, longitude)| Position {
        latitude,
        longitude,
    }));
    let projection = shape.projection;
    let (view_width, view_height) = (shape.width + 8.0, shape.height + 8.0);
    let place = move |event: leptos::ev::MouseEvent| {
        use leptos::wasm_bindgen::JsCast;
        let Some(map) = event
            .current_target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let drawn = map.get_bounding_client_rect();
        if drawn.width() <= 0.0 || drawn.height() <= 0.0 {
            return;
        }
        // The drawing keeps its proportions, so both axes scale alike; the view box begins at -4.
        let x = (f64::from(event.client_x()) - drawn.left()) * view_width / drawn.width() - 4.0;
        let y = (f64::from(event.client_y()) - drawn.top()) * view_height / drawn.height() - 4.0;
        set_position.set(Some(projection.to_position(x, y)));
    };
    let coordinate = move |pick: fn(Position) -> f64| {
        move || {
            position
                .get()
                .map(|p| format!("{:.6}", pick(p)))
                .unwrap_or_default()
        }
    };
    view! {
        <input type="hidden" name="latitude" value=coordinate(|p| p.latitude) />
        <input type="hidden" name="longitude" value=coordinate(|p| p.longitude) />
        <div class="pin-map" hidden=move || !hydrated.get()>
            <p class="hint">"You can also show where it happens: select a place on the map to put a pin there, or to move it."</p>
            <svg
                class="boundary-map__svg pin-map__svg"
                viewBox=format!("-4 -4 {view_width:.1} {view_height:.1}")
                role="img"
                aria-label=format!("Map of {name}, to place a pin on")
                on:click=place
            >
                <path class="boundary-map__area" d=shape.path.clone() fill-rule="evenodd" />
                {move || position.get().map(|at| {
                    let (x, y) = projection.to_svg(at);
                    view! { <circle class="pin-map__pin" cx=format!("{x:.1}") cy=format!("{y:.1}") r="7" /> }
                })}
            </svg>
            <p class="hint" aria-live="polite">
                {move || if position.get().is_some() { "A pin is on the map." } else { "No pin is placed." }}
            </p>
            <button
                type="button"
                class="button button--secondary button--small"
                hidden=move || position.get().is_none()
                on:click=move |_| set_position.set(None)
            >
                "Remove the pin"
            </button>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(2000), "2,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
