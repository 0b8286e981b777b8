//! Surgeries coming up, as residents see them listed: what, when, where, and whether to book.

use crate::components::data::StaffText;
use crate::domain::surgery::surgery_path;
use crate::services::surgeries::OccurrenceSummary;
use crate::t;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedSurgery {
    id: i32,
    title: String,
    title_cy: Option<String>,
    starts_at: i64,
    ends_at: i64,
    venue: String,
    drop_in: bool,
}

impl From<OccurrenceSummary> for ListedSurgery {
    fn from(o: OccurrenceSummary) -> Self {
        Self {
            id: o.id,
            title: o.title,
            title_cy: o.title_cy,
            starts_at: o.starts_at,
            ends_at: o.ends_at,
            venue: o.venue_name,
            drop_in: o.places.is_none(),
        }
    }
}

/// The list, or a sentence saying none are planned. Titles and venues are the team's words,
/// in English.
#[component]
pub fn SurgeryList(surgeries: Vec<ListedSurgery>, labelled_by: &'static str) -> impl IntoView {
    let language = crate::i18n::current();
    let none = surgeries.is_empty();
    view! {
        {none.then(|| view! {
            <p>{t!("surgery-list-none")}</p>
        })}
        <ul class="surgery-list" aria-labelledby=labelled_by hidden=none>
            {surgeries.into_iter().map(|s| {
                let title = StaffText::chosen(language, &s.title, s.title_cy.as_deref());
                view! {
                <li>
                    <a href=surgery_path(s.id) lang=title.lang>{title.text}</a>
                    <br />{language.span(s.starts_at, s.ends_at)}", "<span lang="en">{s.venue}</span>
                    <br /><span class="hint">{if s.drop_in { t!("surgery-list-drop-in") } else { t!("surgery-book-place") }}</span>
                </li>
                }
            }).collect_view()}
        </ul>
    }
}
