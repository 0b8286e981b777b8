//! Atom 1.0 feeds: `GET /neighbourhoods/{code}/concerns.atom`, the moderated summaries of what
//! residents raised and the problems the team published, and `…/updates.atom`, the team's "you
//! said, we did" updates; newest first. Entry ids are stable
//! (`tag:` URIs from the site's host and each reference), and each entry's updated time is when
//! it last changed publicly.

use app::services::{moderation, neighbourhoods};
use app::state::PortalState;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// How many entries a feed holds.
const ENTRIES: usize = 50;

fn at(unix_seconds: i64) -> FixedDateTime {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .fixed_offset()
}

pub async fn concerns_feed(State(state): State<PortalState>, Path(code): Path<String>) -> Response {
    let n = match neighbourhoods::neighbourhood_by_code(&state.db, &code).await {
        Ok(Some(n)) => n,
        Ok(None) => return (StatusCode::NOT_FOUND, "Not Found").into_response(),
        Err(error) => return fault(error),
    };
    let raised = match moderation::raised_in(&state.db, n.id, state.clock.now()).await {
        Ok(raised) => raised,
        Err(error) => return fault(error),
    };
    let site = state.email_site();
    let host = site.host();
    let page = format!("{}/neighbourhoods/{}", state.site_url, n.code);
    let mut entries: Vec<Entry> = raised
        .summaries
        .into_iter()
        .map(|s| Entry {
            id: format!("tag:{host},2026:concern/{}", s.reference),
            title: Text::plain(format!(
                "{}, raised {}",
                s.category,
                app::services::clock::format_date(s.raised_at)
            )),
            updated: at(s.approved_at),
            content: Some(atom_syndication::Content {
                value: Some(s.summary),
                content_type: Some("text".into()),
                ..Default::default()
            }),
            links: vec![Link {
                href: format!("{page}#raised"),
                ..Default::default()
            }],
            ..Default::default()
        })
        .chain(raised.problems.into_iter().map(|p| Entry {
            id: format!("tag:{host},2026:problem/{}", p.reference),
            title: Text::plain(format!("{} ({})", p.title, p.stage.label())),
            updated: at(p.updated_at),
            content: Some(atom_syndication::Content {
                value: Some(format!(
                    "{}\n\nStage: {}, {}.",
                    p.summary,
                    p.stage.label(),
                    p.stage.meaning()
                )),
                content_type: Some("text".into()),
                ..Default::default()
            }),
            links: vec![Link {
                href: format!("{page}#raised"),
                ..Default::default()
            }],
            ..Default::default()
        }))
        .collect();
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.updated));
    entries.truncate(ENTRIES);
    atom(Feed {
        id: format!("tag:{host},2026:neighbourhood/{}/concerns", n.code),
        title: Text::plain(format!("What residents have raised in {}", n.name)),
        ..team_feed(&n, &site, &page, "concerns.atom", entries)
    })
}

/// `GET /neighbourhoods/{code}/updates.atom`: the team's "you said, we did" updates, newest
/// first.
pub async fn updates_feed(State(state): State<PortalState>, Path(code): Path<String>) -> Response {
    let n = match neighbourhoods::neighbourhood_by_code(&state.db, &code).await {
        Ok(Some(n)) => n,
        Ok(None) => return (StatusCode::NOT_FOUND, "Not Found").into_response(),
        Err(error) => return fault(error),
    };
    let updates = match app::services::updates::newest(&state.db, n.id, ENTRIES as u64).await {
        Ok(updates) => updates,
        Err(error) => return fault(error),
    };
    let site = state.email_site();
    let host = site.host();
    let page = format!("{}/neighbourhoods/{}", state.site_url, n.code);
    let entries: Vec<Entry> = updates
        .into_iter()
        .map(|u| {
            let update = u.update;
            let mut text = format!("You said: {}\n\nWe did: {}", update.you_said, update.we_did);
            if !update.outcome.is_empty() {
                text.push_str(&format!("\n\nThe result: {}", update.outcome));
            }
            if !update.next_steps.is_empty() {
                text.push_str(&format!("\n\nWhat happens next: {}", update.next_steps));
            }
            Entry {
                id: format!("tag:{host},2026:update/{}", update.id),
                title: Text::plain(format!(
                    "You said, we did: {}",
                    app::services::clock::format_date(update.published_on)
                )),
                updated: at(update.updated_at),
                published: Some(at(update.published_on)),
                content: Some(atom_syndication::Content {
                    value: Some(text),
                    content_type: Some("text".into()),
                    ..Default::default()
                }),
                links: vec![Link {
                    href: format!("{page}#updates"),
                    ..Default::default()
                }],
                ..Default::default()
            }
        })
        .collect();
    atom(Feed {
        id: format!("tag:{host},2026:neighbourhood/{}/updates", n.code),
        title: Text::plain(format!("You said, we did: {}", n.name)),
        ..team_feed(&n, &site, &page, "updates.atom", entries)
    })
}

/// A neighbourhood team's feed of `entries`: its author, links (the page, and itself as
/// `file`) and updated time (the newest entry's). The caller names its id and title.
fn team_feed(
    n: &entity::neighbourhood::Model,
    site: &app::services::messages::EmailSite,
    page: &str,
    file: &str,
    entries: Vec<Entry>,
) -> Feed {
    Feed {
        updated: entries
            .iter()
            .map(|e| e.updated)
            .max()
            .unwrap_or_else(|| at(QUIET_SINCE)),
        authors: vec![Person {
            name: app::services::messages::team_sender(&n.name, &site.force_name),
            ..Default::default()
        }],
        links: vec![
            Link {
                href: page.to_string(),
                ..Default::default()
            },
            Link {
                href: format!("{page}/{file}"),
                rel: "self".into(),
                ..Default::default()
            },
        ],
        entries,
        ..Default::default()
    }
}

fn atom(feed: Feed) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        only_xml_characters(&feed.to_string()),
    )
        .into_response()
}

/// The feed without any character XML 1.0 forbids. Text entering the portal has no control
/// characters, but a feed must stay well-formed whatever an older record holds; markup is made
/// only of characters XML allows, so nothing but such a stray character is removed.
fn only_xml_characters(xml: &str) -> String {
    xml.chars()
        .filter(|c| {
            matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
                || *c >= '\u{10000}'
        })
        .collect()
}

/// A feed with no entries yet still needs an updated time that does not move: 1 January 2026.
const QUIET_SINCE: i64 = 1_767_225_600;

fn fault(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "failed making a concerns feed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_feed_never_carries_a_character_xml_forbids() {
        assert_eq!(
            super::only_xml_characters("<title>a\u{b}b\u{1}c\td\u{FFFE}é😀</title>"),
            "<title>abc\td\u{e9}😀</title>"
        );
    }
}
