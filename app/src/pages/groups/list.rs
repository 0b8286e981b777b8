//! The verified community groups, all or those of one neighbourhood, and the way to register
//! another.

use crate::components::page::{PageError, page};
use crate::domain::group::{group_path, kind_words};
use crate::domain::neighbourhood::neighbourhood_path;
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct GroupsView {
    /// The neighbourhood asked for: (code, name).
    neighbourhood: Option<(String, String)>,
    /// (reference, name, kind, neighbourhood names)
    groups: Vec<(String, String, String, String)>,
}

async fn groups(code: String) -> Result<GroupsView, PageError> {
    use crate::services::{groups, neighbourhoods};
    // Read from the context before the first await.
    let (state, language) = (PortalState::from_context()?, crate::i18n::current());
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
                    kind_words(g.group.kind, language),
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
                Some((_, name)) => t!("group-list-title-in", neighbourhood = name.as_str()),
                None => t!("group-list-title"),
            };
            let none = groups.is_empty();
            view! {
                <Title text=title.clone() />
                <h1 class="heading-l">{title}</h1>
                <p>{t!("group-list-intro")}</p>
                <p><a href="/groups/new" class="button button--secondary">{t!("group-register-link")}</a></p>
                {none.then(|| view! { <p>{t!("group-list-none")}</p> })}
                <ul class="list" hidden=none>
                    {groups.into_iter().map(|(reference, name, kind, places)| view! {
                        <li>
                            <a href=group_path(&reference) lang=crate::components::data::data_lang()>{name}</a>
                            <span class="hint">{format!(" {}", t!("group-list-about", kind = kind, neighbourhoods = places))}</span>
                        </li>
                    }).collect_view()}
                </ul>
                {neighbourhood.map(|(code, name)| view! {
                    <p><a href=neighbourhood_path(&code)>{t!("group-list-team-link", neighbourhood = name)}</a></p>
                })}
            }
            .into_any()
        },
    )
}
