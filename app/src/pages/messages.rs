//! A neighbourhood's messages from its team, newest first: appeals, advice, warnings, news and
//! events, as they were emailed to the residents who follow it; also as an Atom feed.

use crate::components::page::{PageError, page, route_param};
use crate::components::team_messages::{MessageCard, ShownMessage};
use crate::domain::neighbourhood::{feed_path, neighbourhood_path};
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// How many messages the page shows.
const SHOWN: u64 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
struct TeamMessages {
    code: String,
    name: String,
    messages: Vec<ShownMessage>,
    now: i64,
}

async fn team_messages(code: String) -> Result<TeamMessages, PageError> {
    let state = PortalState::from_context()?;
    let page = state
        .public_pages
        .neighbourhood(&state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let messages = crate::services::team_messages::published(&state.db, page.details.id, SHOWN)
        .await
        .map_err(|e| fault("reading a team's messages", e))?
        .into_iter()
        .map(ShownMessage::from)
        .collect();
    Ok(TeamMessages {
        code: page.details.code.clone(),
        name: page.details.name.clone(),
        messages,
        now: state.clock.now(),
    })
}

#[component]
pub fn TeamMessagesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || team_messages(code.clone()),
        |TeamMessages {
             code,
             name,
             messages,
             now,
         }| {
            let language = crate::i18n::current();
            let title = t!("messages-title", neighbourhood = name.as_str());
            let none = messages.is_empty();
            view! {
                <Title text=title.clone() />
                <p><a href=neighbourhood_path(&code) class="back-link">{t!("messages-back", neighbourhood = name.as_str())}</a></p>
                <h1 class="heading-l">{title}</h1>
                <p class="lead">{t!("messages-intro")}</p>
                <p>{t!("messages-follow")}</p>
                <p><a href=feed_path(&code, "messages.atom", language)>{t!("messages-feed")}</a></p>
                {none.then(|| view! { <p>{t!("messages-none")}</p> })}
                {messages.into_iter().map(|message| view! { <MessageCard message now /> }).collect_view()}
            }
            .into_any()
        },
    )
}
