//! The accessibility statement every page links to from its footer.

use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <Title text=t!("accessibility-title") />
        <h1 class="heading-l">{t!("accessibility-title")}</h1>
        <p class="lead">{t!("accessibility-lead")}</p>
        <p>{t!("accessibility-able")}</p>
        <ul class="list list--bullet">
            <li>{t!("accessibility-able-no-javascript")}</li>
            <li>{t!("accessibility-able-zoom")}</li>
            <li>{t!("accessibility-able-skip")}</li>
            <li>{t!("accessibility-able-keyboard")}</li>
            <li>{t!("accessibility-able-screen-reader")}</li>
        </ul>

        <h2 class="heading-m">{t!("accessibility-how-title")}</h2>
        <p>{t!("accessibility-aim")}</p>
        <ul class="list list--bullet">
            <li>{t!("accessibility-short-map")}</li>
            <li>{t!("accessibility-short-audit")}</li>
        </ul>

        <h2 class="heading-m">{t!("accessibility-testing-title")}</h2>
        <p>{t!("accessibility-testing")}</p>

        <h2 class="heading-m">{t!("accessibility-reporting-title")}</h2>
        <p>{t!("accessibility-reporting")}</p>
        <p>{t!("accessibility-eass")}</p>

        <h2 class="heading-m">{t!("accessibility-preparation-title")}</h2>
        <p>{t!("accessibility-prepared")}</p>
    }
}
