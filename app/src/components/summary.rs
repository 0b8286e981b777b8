//! The GOV.UK summary list: a key and its value on each row.

use leptos::prelude::*;

/// One row of a `<dl class="summary-list">`.
#[component]
pub fn SummaryRow(key: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">{key}</dt>
            <dd class="summary-list__value">{children()}</dd>
        </div>
    }
}
