//! The meetings teams have recorded with a community group, as its dashboard and its staff
//! page list them.

use crate::components::data::data_lang;
use crate::services::group_meetings::Meeting;
use crate::t;
use leptos::prelude::*;

/// `caption` names the table for screen readers (a page passes it in its own language).
#[component]
pub fn MeetingTable(meetings: Vec<Meeting>, #[prop(into)] caption: String) -> impl IntoView {
    let language = crate::i18n::current();
    let none = meetings.is_empty();
    view! {
        {none.then(|| view! { <p>{t!("neighbourhood-meetings-none")}</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!("neighbourhood-meetings-date")}</th>
                    <th scope="col">{t!("neighbourhood-meetings-team")}</th>
                    <th scope="col" class="table__numeric">{t!("neighbourhood-meetings-attended")}</th>
                    <th scope="col">{t!("neighbourhood-meetings-notes")}</th>
                    <th scope="col">{t!("neighbourhood-meetings-priorities")}</th>
                </tr>
            </thead>
            <tbody>
                {meetings.into_iter().map(|m| view! {
                    <tr>
                        <td>{language.date(m.met_on)}</td>
                        <td>{m.neighbourhood}</td>
                        <td class="table__numeric">{m.attendees}</td>
                        <td class="body-preserve" lang=data_lang()>{m.notes}</td>
                        <td>{m.priorities.into_iter().enumerate().map(|(i, issue)| {
                            let issue = issue.chosen(language);
                            view! { {(i > 0).then_some("; ")}<span lang=issue.lang>{issue.text}</span> }
                        }).collect_view()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
