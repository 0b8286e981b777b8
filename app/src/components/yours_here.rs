//! A signed-in resident's own bookings, ballots and following on a neighbourhood page: the one
//! part of that page that differs between a visitor and a resident.

use crate::components::data::{DATA, StaffText};
use crate::services::yours_here::Yours;
use crate::t;
use leptos::prelude::*;

/// Where a signed-in resident's own bookings, ballots and following of this neighbourhood are
/// listed; empty for everyone else, so the page kept for visitors becomes a resident's by
/// filling it (see `server/src/page_cache.rs`).
#[component]
pub fn YoursHere(yours: Option<Vec<Yours>>) -> impl IntoView {
    let language = crate::i18n::current();
    let yours = yours.filter(|yours| !yours.is_empty());
    view! {
        <div id="yours-here">
            {yours.map(|yours| view! {
                <h2 class="heading-m">{t!("neighbourhood-yours-title")}</h2>
                <ul class="list">
                    {yours.into_iter().map(|item| match item {
                        Yours::Booking { reference, starts_at } => view! {
                            <li>
                                {format!("{} ", t!("neighbourhood-yours-booking", time = language.time(starts_at), reference = reference.as_str()))}
                                <a href=format!("/account/bookings/{reference}")>{t!("neighbourhood-yours-booking-link")}</a>
                            </li>
                        }.into_any(),
                        Yours::Ballot { vote_id, question, question_cy } => view! {
                            <li>
                                {StaffText::chosen(language, &question, question_cy.as_deref()).inside(format!("{} ", t!("neighbourhood-yours-ballot", question = DATA)))}
                                <a href=crate::services::votes::vote_path(vote_id)>{t!("neighbourhood-yours-ballot-link")}</a>
                            </li>
                        }.into_any(),
                        Yours::Following => view! {
                            <li>{format!("{} ", t!("neighbourhood-yours-following"))}
                                <a href="/account">{t!("neighbourhood-yours-following-link")}</a>
                            </li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// The place for a resident's own as a page shows it: empty for a visitor (`None`), filled
/// with `yours` for a resident.
pub fn yours_here_html(language: crate::i18n::Language, yours: Option<Vec<Yours>>) -> String {
    crate::i18n::render_in(language, || view! { <YoursHere yours /> }.to_html())
}
