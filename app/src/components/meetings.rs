//! The meetings teams have recorded with a community group, as its dashboard and its staff
//! page list them.

use crate::services::clock::format_date;
use crate::services::group_meetings::Meeting;
use leptos::prelude::*;

#[component]
pub fn MeetingTable(meetings: Vec<Meeting>, caption: &'static str) -> impl IntoView {
    let none = meetings.is_empty();
    view! {
        {none.then(|| view! { <p>"No meetings have been recorded yet."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Date"</th>
                    <th scope="col">"Team"</th>
                    <th scope="col" class="table__numeric">"Attended"</th>
                    <th scope="col">"Notes"</th>
                    <th scope="col">"Priorities discussed"</th>
                </tr>
            </thead>
            <tbody>
                {meetings.into_iter().map(|m| view! {
                    <tr>
                        <td>{format_date(m.met_on)}</td>
                        <td>{m.neighbourhood}</td>
                        <td class="table__numeric">{m.attendees}</td>
                        <td class="body-preserve">{m.notes}</td>
                        <td>{m.priorities.join("; ")}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
