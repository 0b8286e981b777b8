//! The verified community groups, all or those of one neighbourhood, and the way to register
//! another.

use crate::components::page::{PageError, page};
use crate::domain::group::group_path;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::state::{PortalState, fault};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct GroupsView {
    /// The neighbourhood asked for: (code, name).
    neighbourhood: Option<(String, String)>,
    /// (reference, name, kind, neighbourhood names)
    groups: Vec<(String, String, &'static str, String)>,
}

async fn groups(code: String) -> Result<GroupsView, PageError> {
    use crate::services::{groups, neighbourhoods};
    let state = PortalState::from_context()?;
    let neighbourhood = if code.is_empty() {
        None
    } else {
        Some(
            neighbourhoods::neighbourhood_by_code(&state.db, &code)
                .await
                .map_err(|e| fault("reading a neighbourhood", e))?
                .ok_or(PageError::NotFound)?,
        )
    };
    let found = groups::verified(&state.db, neighbourhood.as_ref().map(|n| n.id))
        .await
        .map_err(|e| fault("reading groups", e))?;
    Ok(GroupsView {
        neighbourhood: neighbourhood.map(|n| (n.code, n.name)),
        groups: found
            .into_iter()
            .map(|g| {
                let places = g
                    .neighbourhoods
                    .iter()
                    .map(|n| n.name.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    g.group.reference,
                    g.group.name,
                    g.group.kind.label(),
                    places,
                )
            })
            .collect(),
    })
}

#[component]
pub fn GroupsPage() -> impl IntoView {
    let code = use_query_map()
        .read_untracked()
        .get("neighbourhood")
        .unwrap_or_default();
    page(
        move || groups(code.clone()),
        |GroupsView {
             neighbourhood,
             groups,
         }| {
            let title = match &neighbourhood {
                Some((_, name)) => format!("Community groups in {name}"),
                None => "Community groups".to_string(),
            };
            let none = groups.is_empty();
            view! {
                <Title text=title.clone() />
                <h1 class="heading-l">{title}</h1>
                <p>"Residents' associations, Neighbourhood Watch schemes, faith, youth, tenants' and business groups work with their neighbourhood teams. Each group here has been checked by its team or a moderator."</p>
                <p><a href="/groups/new" class="button button--secondary">"Register a group"</a></p>
                {none.then(|| view! { <p>"No groups have been verified here yet."</p> })}
                <ul class="list" hidden=none>
                    {groups.into_iter().map(|(reference, name, kind, places)| view! {
                        <li>
                            <a href=group_path(&reference)>{name}</a>
                            <span class="hint">{format!(" – {kind}, {places}")}</span>
                        </li>
                    }).collect_view()}
                </ul>
                {neighbourhood.map(|(code, name)| view! {
                    <p><a href=neighbourhood_path(&code)>{format!("The {name} neighbourhood team")}</a></p>
                })}
            }
            .into_any()
        },
    )
}
