//! Islands: the only parts of a page the browser runs. Each works on top of a plain HTML form
//! that does its job without JavaScript, and adds something small once the bundle has loaded.
//!
//! A page with no island loads no script at all: the first island rendered on a page puts the
//! loader in the page's `<head>` (`include_island_scripts`). The loader is a file of its own
//! (`loader_script`), so no page depends on an inline script being allowed.

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

/// The islands' loader, served from `/pkg/` beside the bundle it names: it loads the bundle and
/// starts each island on the page. A file rather than a script written into each page, as a
/// file from the portal itself runs under any page's policy; an inline script runs only with
/// the nonce of the policy its page was sent with.
#[cfg(feature = "ssr")]
pub fn loader_script(script: &str, wasm: &str) -> String {
    format!(
        "import init, * as portal from {script:?};\n\
         await init({{ module_or_path: {wasm:?} }});\n\
         portal.hydrate();\n\
         for (const island of document.querySelectorAll(\"leptos-island\")) {{\n\
         \x20 portal[island.dataset.component]?.(island);\n\
         }}\n"
    )
}

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
    let Some(assets) = use_context::<crate::state::PortalState>().map(|state| state.assets.clone())
    else {
        return;
    };
    // Rendering a leptos_meta tag registers it for the <head>, which is written last.
    let _ = view! {
        <Link rel="modulepreload" href=assets.script.clone() />
        <Link rel="preload" href=assets.wasm.clone() as_="fetch" type_="application/wasm" crossorigin="anonymous" />
        <Script type_="module" src=assets.loader.clone() />
    }
    .to_html();
}

/// What the character count says, in the page's language: the hint first shown, and its two
/// sentences by CLDR plural category, with `{n}` where the number goes. The browser picks the
/// category with its own plural rules (`Intl.PluralRules`), so every language's forms are right.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CountWords {
    /// The page's language tag.
    pub lang: String,
    /// "You can enter up to 500 characters".
    pub up_to: String,
    /// ("one", "You have {n} character remaining"), ("other", …), …
    pub remaining: Vec<(String, String)>,
    pub too_many: Vec<(String, String)>,
}

impl CountWords {
    /// The sentence for `n` among `forms`.
    fn say(&self, forms: &[(String, String)], n: usize) -> String {
        let category = plural_category(&self.lang, n);
        forms
            .iter()
            .find(|(form, _)| *form == category)
            .or_else(|| forms.iter().find(|(form, _)| form == "other"))
            .or(forms.last())
            .map(|(_, text)| text.replace("{n}", &thousands(n)))
            .unwrap_or_default()
    }
}

/// The CLDR plural category of `n` in `lang`, by the browser's rules.
#[cfg(not(feature = "ssr"))]
fn plural_category(lang: &str, n: usize) -> String {
    let locales = js_sys::Array::of1(&lang.into());
    js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        .select(n as f64)
        .as_string()
        .unwrap_or_else(|| "other".into())
}

/// On the server the count is not shown (the first render is `up_to`): English's rule serves.
#[cfg(feature = "ssr")]
fn plural_category(_lang: &str, n: usize) -> String {
    if n == 1 { "one" } else { "other" }.into()
}

/// GOV.UK character count: without JavaScript the hint says how many characters are allowed;
/// with it, the message counts down as the person types (announced politely to screen
/// readers). `field` is the id of the textarea it counts; `words` are in the page's language.
#[island]
pub fn CharacterCount(
    field: String,
    max: usize,
    initial: usize,
    words: CountWords,
) -> impl IntoView {
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
            return words.up_to.clone();
        }
        let used = length.get();
        if used <= max {
            words.say(&words.remaining, max - used)
        } else {
            words.say(&words.too_many, used - max)
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

/// A count as GOV.UK writes it: "1,000".
pub fn thousands(n: usize) -> String {
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

/// The map tiles under a drawing (if the force configured a tile server) and the attribution
/// their licence asks for: drawn alike by the server's maps and this island.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TileLayerView {
    pub tiles: Vec<crate::domain::geometry::MapTile>,
    pub attribution: String,
}

/// The tiles of a map, as SVG images in the drawing's units.
pub fn tile_images(layer: &TileLayerView) -> impl IntoView + use<> {
    layer
        .tiles
        .iter()
        .map(|tile| {
            view! {
                <image
                    class="map__tile"
                    href=tile.href.clone()
                    x=format!("{:.1}", tile.x)
                    y=format!("{:.1}", tile.y)
                    width="256"
                    height="256"
                />
            }
        })
        .collect_view()
}

/// The tile server's attribution under a map, if it has tiles.
pub fn tile_attribution(layer: &TileLayerView) -> impl IntoView + use<> {
    (!layer.tiles.is_empty())
        .then(|| view! { <p class="map__attribution">{layer.attribution.clone()}</p> })
}

/// A transparent pixel: the image of the button laid over the map.
const CLEAR_PIXEL: &str =
    "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

/// What the pin map says, in the page's language.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PinWords {
    /// How to place a pin.
    pub hint: String,
    /// The map as an image button: "Map of Harborne: select a place to put a pin there".
    pub alt: String,
    pub placed: String,
    pub none: String,
    pub remove: String,
}

/// The neighbourhood's map, with its streets when a tile server is configured, to place a pin
/// where a concern is. It writes the pin's position into the form's hidden `latitude` and
/// `longitude` fields. The map is an image button: without JavaScript, selecting a place sends
/// the form with where it was selected (`x`, `y`), and the form comes back with the pin there;
/// with JavaScript the pin moves at once.
#[island]
pub fn PinMap(
    shape: crate::domain::geometry::SvgShape,
    layer: TileLayerView,
    /// A pin placed before (latitude, longitude), when the form comes back.
    pin: Option<(f64, f64)>,
    /// What the map says, in the page's language.
    words: PinWords,
) -> impl IntoView {
    use crate::domain::geometry::{PIN_MAP_WIDTH, Position};
    #[cfg(feature = "ssr")]
    include_island_scripts();
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let (position, set_position) = signal(pin.map(|(latitude, longitude)| Position {
        latitude,
        longitude,
    }));
    let projection = shape.projection;
    let height = shape.drawn_height(PIN_MAP_WIDTH);
    let picker = shape.clone();
    let place = move |event: leptos::ev::MouseEvent| {
        // With JavaScript the pin moves here, and the form is not sent.
        event.prevent_default();
        let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
        // The keyboard presses the button at its corner: not a place chosen.
        if (x, y) != (0.0, 0.0) {
            set_position.set(Some(picker.position_at(x, y, PIN_MAP_WIDTH)));
        }
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
        <div class="pin-map">
            <p class="hint" id="pin-map-hint">{words.hint}</p>
            <div class="pin-map__frame">
                <svg
                    class="pin-map__svg"
                    viewBox=shape.view_box()
                    width=format!("{PIN_MAP_WIDTH:.0}")
                    height=format!("{height:.0}")
                    aria-hidden="true"
                >
                    {tile_images(&layer)}
                    <path class="boundary-map__area" d=shape.path.clone() fill-rule="evenodd" />
                    {move || position.get().map(|at| {
                        let (x, y) = projection.to_svg(at);
                        view! { <circle class="pin-map__pin" cx=format!("{x:.1}") cy=format!("{y:.1}") r="7" /> }
                    })}
                </svg>
                <input
                    type="image"
                    class="pin-map__target"
                    src=CLEAR_PIXEL
                    width=format!("{PIN_MAP_WIDTH:.0}")
                    height=format!("{height:.0}")
                    alt=words.alt
                    aria-describedby="pin-map-hint"
                    formnovalidate=true
                    on:click=place
                />
            </div>
            {tile_attribution(&layer)}
            <p class="hint" aria-live="polite">
                {move || if position.get().is_some() { words.placed.clone() } else { words.none.clone() }}
            </p>
            <button
                type="button"
                class="button button--secondary button--small"
                // Without JavaScript a pin stays once placed (moving it is a click away).
                hidden=move || !hydrated.get() || position.get().is_none()
                on:click=move |_| set_position.set(None)
            >
                {words.remove}
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
