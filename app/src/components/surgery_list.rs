//! Surgeries coming up, as residents see them listed: what, when, where, and whether to book.

use crate::domain::surgery::surgery_path;
use crate::services::clock::format_span;
use crate::services::surgeries::OccurrenceSummary;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListedSurgery {
    id: i32,
    title: String,
    when: String,
    venue: String,
    drop_in: bool,
}

impl From<OccurrenceSummary> for ListedSurgery {
    fn from(o: OccurrenceSummary) -> Self {
        Self {
            id: o.id,
            title: o.title,
            when: format_span(o.starts_at, o.ends_at),
            venue: o.venue_name,
            drop_in: o.places.is_none(),
        }
    }
}

/// The list, or a sentence saying none are planned.
#[component]
pub fn SurgeryList(surgeries: Vec<ListedSurgery>, labelled_by: &'static str) -> impl IntoView {
    let none = surgeries.is_empty();
    view! {
        {none.then(|| view! {
            <p>"No surgeries are planned at the moment. Contact the team to ask when the next one is."</p>
        })}
        <ul class="surgery-list" aria-labelledby=labelled_by hidden=none>
            {surgeries.into_iter().map(|s| view! {
                <li>
                    <a href=surgery_path(s.id)>{s.title}</a>
                    <br />{s.when}", "{s.venue}
                    <br /><span class="hint">{if s.drop_in { "Drop in, no need to book" } else { "Book a place" }}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}
