//! Community groups for staff: those waiting for verification in the neighbourhoods the member
//! of staff acts for (every group, for moderators and administrators), and the others.

use crate::components::page::{PageError, page};
use crate::domain::group::{staff_group_path, status_words};
use crate::services::clock::format_date;
use crate::state::fault;
use entity::community_group::GroupStatus;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct GroupLine {
    reference: String,
    name: String,
    kind: &'static str,
    neighbourhoods: String,
    registered: String,
    status: GroupStatus,
}

async fn staff_groups() -> Result<Vec<GroupLine>, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let member = context
        .staff_page(crate::policy::see_staff_pages)
        .await?
        .into_member();
    Ok(
        crate::services::groups::for_staff(&context.state.db, &member)
            .await
            .map_err(|e| fault("reading groups", e))?
            .into_iter()
            .map(|g| GroupLine {
                neighbourhoods: g
                    .neighbourhoods
                    .iter()
                    .map(|n| n.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                reference: g.group.reference,
                name: g.group.name,
                kind: g.group.kind.label(),
                registered: format_date(g.group.created_at),
                status: g.group.status,
            })
            .collect(),
    )
}

fn group_table(caption: &'static str, groups: Vec<GroupLine>) -> impl IntoView {
    let none = groups.is_empty();
    view! {
        <h2 class="heading-m">{caption}</h2>
        {none.then(|| view! { <p>"None."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">{caption}</caption>
            <thead><tr><th scope="col">"Group"</th><th scope="col">"Kind"</th><th scope="col">"Neighbourhoods"</th><th scope="col">"Registered"</th><th scope="col">"Status"</th></tr></thead>
            <tbody>
                {groups.into_iter().map(|g| view! {
                    <tr>
                        <td><a href=staff_group_path(&g.reference)>{g.name}</a></td>
                        <td>{g.kind}</td>
                        <td>{g.neighbourhoods}</td>
                        <td>{g.registered}</td>
                        <td>{status_words(g.status)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
pub fn StaffGroupsPage() -> impl IntoView {
    page(staff_groups, |groups| {
        let (waiting, others): (Vec<_>, Vec<_>) = groups
            .into_iter()
            .partition(|g| g.status == GroupStatus::Pending);
        view! {
            <Title text="Community groups" />
            <p><a href="/staff" class="back-link">"Staff dashboard"</a></p>
            <h1 class="heading-l">"Community groups"</h1>
            <p>"Check that a group is real and works where it says before verifying it: its page then becomes public. Groups in the neighbourhoods you act for are listed."</p>
            {group_table("Waiting for verification", waiting)}
            {group_table("Other groups", others)}
        }
        .into_any()
    })
}
