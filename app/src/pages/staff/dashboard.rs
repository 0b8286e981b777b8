//! The staff dashboard: what needs doing now, the member's neighbourhoods, and the
//! administrators' pages.

use crate::components::form::FeedbackBanner;
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use crate::domain::staff::Role;
use crate::domain::words::plural;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct NeighbourhoodLink {
    code: String,
    name: String,
    lpa: String,
    /// Priorities not updated for three months.
    priorities_due: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct DashboardView {
    name: String,
    role: Role,
    has_second_factor: bool,
    neighbourhoods: Vec<NeighbourhoodLink>,
    to_do: ToDoView,
    /// Emails given up, shown to administrators.
    emails_not_sent: u64,
    feedback: FormFeedback,
}

/// What needs doing now, as the dashboard words it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct ToDoView {
    replies_overdue: u64,
    replies_due: u64,
    /// (link, "2 conversations with residents waiting for an answer in Edgbaston").
    messages_waiting: Vec<(String, String)>,
    /// (link, "10am to 12pm: PCSO surgery at Harborne Library (4 of 8 places booked)").
    surgeries_today: Vec<(String, String)>,
    groups_to_verify: usize,
    summaries_to_moderate: u64,
    nothing: bool,
}

#[component]
pub fn StaffDashboardPage() -> impl IntoView {
    page(dashboard, |view| view! { <Dashboard view /> })
}

async fn dashboard() -> Result<DashboardView, crate::components::page::PageError> {
    {
        let context = crate::request::RequestContext::new().await?;
        // Every way of signing in ends here; a partner's work is on pages of its own.
        if let Ok(member) = context.signed_in_staff().await?
            && crate::policy::partner::work_as_partner(member).is_ok()
        {
            return Err(crate::components::page::PageError::Redirect(
                crate::pages::partner::HOME.into(),
            ));
        }
        let member = context
            .staff_page(crate::policy::see_staff_pages)
            .await?
            .into_member();
        let managed: Vec<_> = crate::services::management::neighbourhoods(&context.state.db)
            .await
            .map_err(|e| fault("listing neighbourhoods", e))?
            .into_iter()
            .filter(|n| crate::policy::neighbourhood::may_manage(&member, n.id))
            .collect();
        let ids: Vec<i32> = managed.iter().map(|n| n.id).collect();
        let to_do =
            crate::services::to_do::now_for(&context.state.db, &member, &ids, context.now())
                .await
                .map_err(|e| fault("finding what needs doing", e))?;
        let codes: std::collections::HashMap<i32, String> =
            managed.iter().map(|n| (n.id, n.code.clone())).collect();
        let names: std::collections::HashMap<i32, &str> =
            managed.iter().map(|n| (n.id, n.name.as_str())).collect();
        let to_do = ToDoView {
            nothing: to_do.is_empty(),
            replies_overdue: to_do.replies_overdue,
            replies_due: to_do.replies_due,
            messages_waiting: to_do
                .messages_waiting
                .iter()
                .map(|(neighbourhood, waiting)| {
                    let code = codes.get(neighbourhood).map_or("", String::as_str);
                    let name = names.get(neighbourhood).copied().unwrap_or_default();
                    (
                        format!("{}#replies", super::messages::messages_path(code)),
                        format!(
                            "{} waiting for an answer in {name}",
                            plural(
                                *waiting as u64,
                                "conversation with a resident",
                                "conversations with residents"
                            )
                        ),
                    )
                })
                .collect(),
            surgeries_today: to_do
                .surgeries_today
                .into_iter()
                .map(|(neighbourhood, o)| {
                    let link = crate::pages::staff::occurrence::occurrence_path(
                        codes.get(&neighbourhood).map_or("", String::as_str),
                        o.id,
                    );
                    let booked = o
                        .places
                        .map(|(places, booked)| format!(" ({booked} of {places} places booked)"))
                        .unwrap_or_default();
                    let when = crate::services::clock::format_times(o.starts_at, o.ends_at);
                    // Titles often name their venue already ("Coffee with your PCSO at …").
                    let place = if o.title.contains(&o.venue_name) {
                        String::new()
                    } else {
                        format!(" at {}", o.venue_name)
                    };
                    (link, format!("{when}: {}{place}{booked}", o.title))
                })
                .collect(),
            groups_to_verify: to_do.groups_to_verify,
            summaries_to_moderate: to_do.summaries_to_moderate.unwrap_or_default(),
        };
        let due = crate::services::priorities::due_counts(&context.state.db, &ids, context.now())
            .await
            .map_err(|e| fault("counting priorities due an update", e))?;
        let neighbourhoods = managed
            .into_iter()
            .map(|n| NeighbourhoodLink {
                priorities_due: due
                    .iter()
                    .find(|(id, _)| *id == n.id)
                    .map_or(0, |(_, count)| *count),
                code: n.code,
                name: n.name,
                lpa: n.lpa,
            })
            .collect();
        let emails_not_sent = if member.is_administrator() {
            crate::services::outbox::parked_count(&context.state.db)
                .await
                .map_err(|e| fault("counting emails not sent", e))?
        } else {
            0
        };
        Ok(DashboardView {
            to_do,
            emails_not_sent,
            name: member.name,
            role: member.role,
            has_second_factor: member.has_second_factor,
            neighbourhoods,
            feedback: context.feedback().await?,
        })
    }
}

#[component]
fn Dashboard(view: DashboardView) -> impl IntoView {
    let DashboardView {
        name,
        role,
        has_second_factor,
        neighbourhoods,
        to_do,
        emails_not_sent,
        feedback,
    } = view;
    let is_admin = role == Role::Administrator;
    let none = neighbourhoods.is_empty();
    view! {
        <Title text="Staff dashboard" />
        <FeedbackBanner feedback />
        <span class="caption-l">{role.label()}</span>
        <h1 class="heading-l">{format!("Hello, {name}")}</h1>
        <ToDoNow to_do />

        <h2 class="heading-m">{if is_admin { "Neighbourhoods" } else { "Your neighbourhoods" }}</h2>
        {none.then(|| view! {
            <p>{match role {
                Role::Moderator => "Moderators do not manage neighbourhoods.",
                _ => "You have not been given any neighbourhoods yet. Ask your force administrator.",
            }}</p>
        })}
        <ul class="choice-list">
            {neighbourhoods
                .into_iter()
                .map(|n| view! {
                    <li>
                        <a href=format!("/staff/neighbourhoods/{}", n.code)>{n.name}</a>
                        <span class="hint">{format!(" ({})", n.lpa)}</span>
                        {(n.priorities_due > 0).then(|| view! {
                            " "<a href=format!("/staff/neighbourhoods/{}/priorities", n.code) class="tag tag--warning">
                                {format!("{} {} due an update", n.priorities_due, if n.priorities_due == 1 { "priority" } else { "priorities" })}
                            </a>
                        })}
                    </li>
                })
                .collect_view()}
        </ul>

        {(!none).then(|| view! {
            <p><a href="/staff/concerns">"Concerns waiting in your neighbourhoods"</a></p>
        })}
        <h2 class="heading-m">"Community groups"</h2>
        <p><a href="/staff/groups">"Groups to verify, and meetings with groups"</a></p>
        <h2 class="heading-m">"The Neighbourhood Policing Guarantee"</h2>
        <p><a href="/staff/guarantee">"Engagement dashboard: every neighbourhood's figures, trends, visibility and hotspots"</a></p>
        {matches!(role, Role::Moderator | Role::Administrator).then(|| view! {
            <h2 class="heading-m">"Moderation"</h2>
            <p><a href="/staff/moderation">"Public summaries to moderate"</a></p>
        })}

        {is_admin.then(|| view! {
            <h2 class="heading-m">"Administration"</h2>
            <ul class="list">
                <li><a href="/staff/accounts">"Staff accounts"</a></li>
                <li><a href="/staff/partners">"Partner organisations"</a></li>
                <li><a href="/staff/areas">"Local Policing Areas and neighbourhoods"</a></li>
                <li><a href="/staff/audit">"Audit log"</a></li>
                <li><a href="/staff/concern-categories">"Kinds of concern"</a></li>
                <li><a href="/staff/messages">"Messages for an area or the whole force"</a></li>
                <li>
                    <a href="/staff/outbox">"Emails not sent"</a>
                    {(emails_not_sent > 0).then(|| view! { " "<strong class="tag tag--warning">{emails_not_sent}</strong> })}
                </li>
            </ul>
        })}

        <h2 class="heading-m">"Your sign-in"</h2>
        {if has_second_factor {
            view! { <p>"Your second factor is on: you enter a code from your app each time you sign in."</p> }.into_any()
        } else {
            view! { <p>"Your second factor is off. "<a href="/staff/two-factor">"Set up a second factor"</a>" to protect your account."</p> }.into_any()
        }}
        <p><a href="/staff/account">"Change your password or second factor, or sign out everywhere"</a></p>
    }
    .into_any()
}

/// The top of the dashboard: what needs doing now, most pressing first, each a link to where
/// it is done.
#[component]
fn ToDoNow(to_do: ToDoView) -> impl IntoView {
    let ToDoView {
        replies_overdue,
        replies_due,
        messages_waiting,
        surgeries_today,
        groups_to_verify,
        summaries_to_moderate,
        nothing,
    } = to_do;
    view! {
        <h2 class="heading-m">"What needs doing now"</h2>
        {if nothing {
            view! { <p>"Nothing needs doing now: no replies are due, no surgeries are on today and nothing is waiting to be checked."</p> }.into_any()
        } else {
            view! {
                <ul class="to-do">
                    {(replies_overdue > 0).then(|| view! {
                        <li class="to-do__item to-do__item--urgent">
                            <a href="/staff/concerns">{format!("{} past 72 hours without a reply", plural(replies_overdue, "concern", "concerns"))}</a>
                        </li>
                    })}
                    {(replies_due > 0).then(|| view! {
                        <li class="to-do__item">
                            <a href="/staff/concerns">{format!("{} due a first reply within 24 hours", plural(replies_due, "concern", "concerns"))}</a>
                        </li>
                    })}
                    {messages_waiting.into_iter().map(|(link, about)| view! {
                        <li class="to-do__item"><a href=link>{about}</a></li>
                    }).collect_view()}
                    {surgeries_today.into_iter().map(|(link, about)| view! {
                        <li class="to-do__item">"Today, "<a href=link>{about}</a></li>
                    }).collect_view()}
                    {(groups_to_verify > 0).then(|| view! {
                        <li class="to-do__item">
                            <a href="/staff/groups">{format!("{} waiting to be verified", plural(groups_to_verify as u64, "community group", "community groups"))}</a>
                        </li>
                    })}
                    {(summaries_to_moderate > 0).then(|| view! {
                        <li class="to-do__item">
                            <a href="/staff/moderation">{format!("{} waiting for moderation", plural(summaries_to_moderate, "public summary", "public summaries"))}</a>
                        </li>
                    })}
                </ul>
            }.into_any()
        }}
    }
}
