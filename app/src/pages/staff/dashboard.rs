//! The staff dashboard: the member's neighbourhoods, and the administrators' pages.

use crate::components::form::FeedbackBanner;
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use crate::domain::staff::Role;
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
    /// Emails given up, shown to administrators.
    emails_not_sent: u64,
    feedback: FormFeedback,
}

#[component]
pub fn StaffDashboardPage() -> impl IntoView {
    page(dashboard, |view| view! { <Dashboard view /> })
}

async fn dashboard() -> Result<DashboardView, crate::components::page::PageError> {
    {
        let context = crate::request::RequestContext::new().await?;
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
                <li><a href="/staff/areas">"Local Policing Areas and neighbourhoods"</a></li>
                <li><a href="/staff/audit">"Audit log"</a></li>
                <li><a href="/staff/concern-categories">"Kinds of concern"</a></li>
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
