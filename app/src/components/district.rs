//! A postcode district entered on its own: the neighbourhoods it touches, to choose from. The
//! home page, the surgery search and raising a concern each lead somewhere of their own.

use crate::domain::find::NeighbourhoodChoice;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn DistrictChoice(
    district: String,
    neighbourhoods: Vec<NeighbourhoodChoice>,
    /// Where choosing a neighbourhood (by its code) leads.
    link: fn(&str) -> String,
    /// The search to go back to.
    back: &'static str,
) -> impl IntoView {
    let heading = t!("district-title", district = district.as_str());
    view! {
        <Title text=heading.clone() />
        <h1 class="heading-l">{heading}</h1>
        <p>
            {t!("district-explained", district = district.as_str())}" "
            {t!("district-lead")}
        </p>
        <ul class="choice-list">
            {neighbourhoods
                .into_iter()
                .map(|n| view! {
                    <li>
                        <a href=link(&n.code)>{n.name}</a>
                        <span class="hint">{format!(" ({})", n.lpa)}</span>
                    </li>
                })
                .collect_view()}
        </ul>
        <p><a href=back>{t!("district-search-again")}</a></p>
    }
    .into_any()
}
