//! The GOV.UK summary list: a key and its value on each row.

use leptos::prelude::*;

/// One row of a `<dl class="summary-list">`. The key is the page's own words (a message in the
/// page's language, or English on staff pages); a value that is data (a surgery's title, a
/// venue) is marked `lang="en"` by the page that gives it.
#[component]
pub fn SummaryRow(#[prop(into)] key: String, children: Children) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{children()}</dd>
        </div>
    }
}
