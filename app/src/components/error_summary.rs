pub use crate::domain::forms::FieldError;
use leptos::prelude::*;

/// GOV.UK error summary: shown at the top of the page and focused (`autofocus`), so screen
/// reader users hear the problem first. Each message links to its field.
#[component]
pub fn ErrorSummary(errors: Vec<FieldError>) -> impl IntoView {
    view! {
        <div class="error-summary" tabindex="-1" autofocus=true>
            <div role="alert">
                <h2 class="error-summary__title">{crate::t!("error-summary-title")}</h2>
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
