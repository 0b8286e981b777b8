pub use crate::domain::forms::FieldError;
use leptos::prelude::*;

/// GOV.UK error summary: shown at the top of the page and focused, so screen reader users
/// hear the problem first. `autofocus` does this without JavaScript; the effect does it after a
/// client-side navigation.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = summary.get() {
            let _ = element.focus();
        }
    });
    view! {
        <div class="error-summary" tabindex="-1" autofocus=true node_ref=summary>
            <div role="alert">
                <h2 class="error-summary__title">"There is a problem"</h2>
                <ul class="error-summary__list">
                    {errors
                        .into_iter()
                        .map(|e| {
                            let field = e.field;
                            let href = format!("#{field}");
                            view! {
                                <li>
                                    <a href=href on:click=move |ev| focus_field(ev, &field)>
                                        {e.message}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </div>
    }
}

/// Moves focus to the field, as a browser does for a `#id` link on a page without a router
/// (the client-side router would otherwise take the click as a navigation; it leaves clicks
/// whose default is prevented alone).
fn focus_field(ev: leptos::ev::MouseEvent, field: &str) {
    use leptos::wasm_bindgen::JsCast;
    let Some(input) = document()
        .get_element_by_id(field)
        .and_then(|element| element.dyn_into::<leptos::web_sys::HtmlElement>().ok())
    else {
        return;
    };
    ev.prevent_default();
    let _ = input.focus();
}
