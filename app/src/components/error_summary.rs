use leptos::prelude::*;

/// A problem with one form field: the field's id (the summary links to it) and the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

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
                        .map(|e| view! { <li><a href=format!("#{}", e.field)>{e.message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        </div>
    }
}
