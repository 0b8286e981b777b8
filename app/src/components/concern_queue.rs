//! A team's queue of concerns: each with its 72-hour clock (time left, or how long overdue),
//! ordered as the team chooses. Used for one neighbourhood and across a member's own.

use crate::domain::concern::{ReplyClock, duration_words, reply_clock, status_label};
use crate::services::clock::format_time;
use crate::services::concerns::{QueueItem, QueueOrder, team_concern_path};
use leptos::prelude::*;

/// The queue's rows, worked out at `now`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueRow {
    pub reference: String,
    pub link: String,
    pub neighbourhood: String,
    pub category: String,
    pub location: String,
    pub status: &'static str,
    pub raised: String,
    /// "Due in 2 days 5 hours", "Overdue by 3 hours", "Replied in time".
    pub clock: String,
    pub overdue: bool,
}

pub fn rows(items: Vec<QueueItem>, now: i64) -> Vec<QueueRow> {
    items
        .into_iter()
        .map(|item| {
            let clock = reply_clock(item.due_at, item.first_reply_at, now);
            QueueRow {
                link: team_concern_path(&item.neighbourhood_code, &item.reference),
                reference: item.reference,
                neighbourhood: item.neighbourhood,
                category: item.category,
                location: item.location,
                status: status_label(item.status),
                raised: format_time(item.created_at),
                overdue: matches!(clock, ReplyClock::Overdue { .. }),
                clock: match clock {
                    ReplyClock::AnsweredInTime => "Replied within 72 hours".into(),
                    ReplyClock::AnsweredLate => "Replied late".into(),
                    ReplyClock::Due { seconds_left } => format!(
                        "Reply due in {} (by {})",
                        duration_words(seconds_left),
                        format_time(item.due_at)
                    ),
                    ReplyClock::Overdue { seconds_over } => {
                        format!("Overdue by {}", duration_words(seconds_over))
                    }
                },
            }
        })
        .collect()
}

/// How each order is named in the address (`?order=`) and on the page.
pub fn order_choices() -> [(QueueOrder, &'static str, &'static str); 3] {
    [
        (QueueOrder::OverdueFirst, "overdue-first", "Overdue first"),
        (QueueOrder::Newest, "newest", "Newest first"),
        (QueueOrder::Oldest, "oldest", "Oldest first"),
    ]
}

pub fn parse_order(typed: Option<String>) -> QueueOrder {
    order_choices()
        .into_iter()
        .find(|(_, name, _)| typed.as_deref() == Some(*name))
        .map_or(QueueOrder::OverdueFirst, |(order, ..)| order)
}

/// The ordering links and the table (or a sentence when the queue is empty).
#[component]
pub fn ConcernQueue(
    rows: Vec<QueueRow>,
    order: QueueOrder,
    /// The page's own address, to which `?order=` is added.
    here: String,
    show_neighbourhood: bool,
) -> impl IntoView {
    let none = rows.is_empty();
    view! {
        <p class="queue-order">
            "Order: "
            {order_choices().into_iter().map(|(choice, name, label)| {
                if choice == order {
                    view! { <strong>{label}</strong>" " }.into_any()
                } else {
                    view! { <a href=format!("{here}?order={name}")>{label}</a>" " }.into_any()
                }
            }).collect_view()}
        </p>
        {none.then(|| view! { <p>"No concerns are waiting."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">"Concerns"</caption>
            <thead><tr>
                <th scope="col">"Reference"</th>
                {show_neighbourhood.then(|| view! { <th scope="col">"Neighbourhood"</th> })}
                <th scope="col">"Concern"</th>
                <th scope="col">"Raised"</th>
                <th scope="col">"72-hour reply"</th>
                <th scope="col">"Status"</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td><a href=row.link>{row.reference}</a></td>
                        {show_neighbourhood.then(|| view! { <td>{row.neighbourhood.clone()}</td> })}
                        <td>{row.category}<br /><span class="hint">{row.location}</span></td>
                        <td>{row.raised}</td>
                        <td>
                            {if row.overdue {
                                view! { <strong class="tag tag--warning">{row.clock}</strong> }.into_any()
                            } else {
                                view! { {row.clock} }.into_any()
                            }}
                        </td>
                        <td>{row.status}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
