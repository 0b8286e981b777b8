//! The staff dashboard: the member's neighbourhoods, and the administrators' pages.

use crate::components::form::FeedbackBanner;
use crate::components::staff_gate::staff_gate;
use crate::domain::forms::FormFeedback;
use crate::domain::staff::{Role, StaffAccess};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeighbourhoodLink {
    pub code: String,
    pub name: String,
    pub lpa: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardView {
    pub name: String,
    pub role: Role,
    pub has_second_factor: bool,
    pub neighbourhoods: Vec<NeighbourhoodLink>,
    pub feedback: FormFeedback,
}

#[server(prefix = "/fn", endpoint = "staff/dashboard")]
pub async fn dashboard() -> Result<StaffAccess<DashboardView>, ServerFnError> {
    use crate::services::management;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let member = match context.staff_access(|_| true).await? {
        Ok(member) => member,
        Err(denied) => return Ok(denied),
    };
    let neighbourhoods = management::neighbourhoods(&context.state.db)
        .await
        .map_err(|e| fault("listing neighbourhoods", e))?
        .into_iter()
        .filter(|n| member.may_manage_neighbourhood(n.id))
        .map(|n| NeighbourhoodLink {
            code: n.code,
            name: n.name,
            lpa: n.lpa,
        })
        .collect();
    Ok(StaffAccess::Granted(DashboardView {
        name: member.name,
        role: member.role,
        has_second_factor: member.has_second_factor,
        neighbourhoods,
        feedback: context.session.take_feedback().await?.unwrap_or_default(),
    }))
}

#[component]
pub fn StaffDashboardPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| dashboard());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move { staff_gate(page.await, |view| view! { <Dashboard view /> }) })}
        </Suspense>
    }
}

#[component]
fn Dashboard(view: DashboardView) -> impl IntoView {
    let DashboardView {
        name,
        role,
        has_second_factor,
        neighbourhoods,
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
                    </li>
                })
                .collect_view()}
        </ul>

        {is_admin.then(|| view! {
            <h2 class="heading-m">"Administration"</h2>
            <ul class="list">
                <li><a href="/staff/accounts">"Staff accounts"</a></li>
                <li><a href="/staff/areas">"Local Policing Areas and neighbourhoods"</a></li>
                <li><a href="/staff/audit">"Audit log"</a></li>
            </ul>
        })}

        <h2 class="heading-m">"Your sign in"</h2>
        {if has_second_factor {
            view! { <p>"Your second factor is on: you enter a code from your app each time you sign in."</p> }.into_any()
        } else {
            view! { <p>"Your second factor is off. "<a href="/staff/two-factor">"Set up a second factor"</a>" to protect your account."</p> }.into_any()
        }}
        <form method="post" action="/fn/sign-out">
            <button type="submit" class="button button--secondary">"Sign out"</button>
        </form>
    }
}
