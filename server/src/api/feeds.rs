//! Atom 1.0 feeds: `GET /neighbourhoods/{code}/concerns.atom`, the moderated summaries of what
//! residents raised and the problems the team published, and `…/updates.atom`, the team's "you
//! said, we did" updates, and `…/messages.atom`, the messages the team sent; newest first. Entry ids are stable
//! (`tag:` URIs from the site's host and each reference), and each entry's updated time is when
//! it last changed publicly. A feed is in English unless asked for in another language the
//! force offers (`?lang=cy`, as the page in that language links to it): feed readers send no
//! cookie, and a subscription should not change language with the reader's browser.

use app::i18n::Language;
use app::services::{moderation, neighbourhoods};
use app::state::PortalState;
use app::t_in;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// How many entries a feed holds.
const ENTRIES: usize = 50;

/// `?lang=` on a feed's address.
#[derive(serde::Deserialize)]
pub struct FeedLanguage {
    lang: Option<String>,
}

impl FeedLanguage {
    /// The language asked for, if the force offers it; else English.
    fn chosen(&self, state: &PortalState) -> Language {
        self.lang
            .as_deref()
            .and_then(Language::parse)
            .filter(|language| state.languages.contains(*language))
            .unwrap_or_default()
    }
}

/// A feed's id: the feed in each language is a document of its own (its entries keep theirs).
fn feed_id(host: &str, code: &str, feed: &str, language: Language) -> String {
    match language {
        Language::English => format!("tag:{host},2026:neighbourhood/{code}/{feed}"),
        other => format!(
            "tag:{host},2026:neighbourhood/{code}/{feed}/{}",
            other.code()
        ),
    }
}

fn at(unix_seconds: i64) -> FixedDateTime {
    chrono::DateTime::from_timestamp(unix_seconds, 0)
        .unwrap_or_default()
        .fixed_offset()
}

pub async fn concerns_feed(
    State(state): State<PortalState>,
    Path(code): Path<String>,
    Query(asked): Query<FeedLanguage>,
) -> Response {
    let language = asked.chosen(&state);
    let n = match team_of(&state, &code).await {
        Ok(n) => n,
        Err(response) => return response,
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
            title: Text::plain(t_in!(
                language,
                "feed-concern-title",
                category = s.category.as_str(),
                date = language.date(s.raised_at)
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
        .chain(raised.problems.into_iter().map(|p| {
            let (stage, meaning) = app::domain::problem::stage_in(p.stage, language);
            let words = |english: &str, welsh: &Option<String>| {
                app::i18n::staff_words(language, english, welsh.as_deref())
                    .0
                    .to_string()
            };
            let title = t_in!(
                language,
                "feed-problem-title",
                title = words(&p.title, &p.title_cy),
                stage = stage.as_str()
            );
            let stage = t_in!(
                language,
                "feed-problem-stage",
                stage = stage,
                meaning = meaning
            );
            Entry {
                id: format!("tag:{host},2026:problem/{}", p.reference),
                title: Text::plain(title),
                updated: at(p.updated_at),
                content: Some(atom_syndication::Content {
                    value: Some(format!("{}\n\n{stage}", words(&p.summary, &p.summary_cy))),
                    content_type: Some("text".into()),
                    ..Default::default()
                }),
                links: vec![Link {
                    href: format!("{page}#raised"),
                    ..Default::default()
                }],
                ..Default::default()
            }
        }))
        .collect();
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.updated));
    entries.truncate(ENTRIES);
    atom(Feed {
        id: feed_id(&host, &n.code, "concerns", language),
        title: Text::plain(t_in!(
            language,
            "feed-concerns-title",
            neighbourhood = n.name.as_str()
        )),
        ..team_feed(&n, &site, language, &page, "concerns.atom", entries)
    })
}

/// `GET /neighbourhoods/{code}/updates.atom`: the team's "you said, we did" updates, newest
/// first.
pub async fn updates_feed(
    State(state): State<PortalState>,
    Path(code): Path<String>,
    Query(asked): Query<FeedLanguage>,
) -> Response {
    let language = asked.chosen(&state);
    let n = match team_of(&state, &code).await {
        Ok(n) => n,
        Err(response) => return response,
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
            let words = |id, english: &str, welsh: &Option<String>| {
                let text = app::i18n::staff_words(language, english, welsh.as_deref()).0;
                (!text.is_empty()).then(|| t_in!(language, id, text = text))
            };
            // The same parts, in the same words, as the email residents get of it.
            let text = [
                words(
                    "email-update-you-said",
                    &update.you_said,
                    &update.you_said_cy,
                ),
                words("email-update-we-did", &update.we_did, &update.we_did_cy),
                words("email-update-outcome", &update.outcome, &update.outcome_cy),
                words(
                    "email-update-next-steps",
                    &update.next_steps,
                    &update.next_steps_cy,
                ),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n\n");
            Entry {
                id: format!("tag:{host},2026:update/{}", update.id),
                title: Text::plain(t_in!(
                    language,
                    "feed-update-title",
                    date = language.date(update.published_on)
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
        id: feed_id(&host, &n.code, "updates", language),
        title: Text::plain(t_in!(
            language,
            "feed-updates-title",
            neighbourhood = n.name.as_str()
        )),
        ..team_feed(&n, &site, language, &page, "updates.atom", entries)
    })
}

/// `GET /neighbourhoods/{code}/messages.atom`: the messages the team has sent, newest first,
/// in the team's words with their kind in `language`.
pub async fn messages_feed(
    State(state): State<PortalState>,
    Path(code): Path<String>,
    Query(asked): Query<FeedLanguage>,
) -> Response {
    let language = asked.chosen(&state);
    let n = match team_of(&state, &code).await {
        Ok(n) => n,
        Err(response) => return response,
    };
    let messages =
        match app::services::team_messages::published(&state.db, n.id, ENTRIES as u64).await {
            Ok(messages) => messages,
            Err(error) => return fault(error),
        };
    let site = state.email_site();
    let host = site.host();
    let page = format!(
        "{}{}",
        state.site_url,
        app::domain::neighbourhood::messages_path(&n.code)
    );
    let entries: Vec<Entry> = messages
        .into_iter()
        .map(|message| {
            let kind = language.text(app::domain::team_message::kind_key(message.kind));
            let sent_at = message.send_at.unwrap_or(message.updated_at);
            Entry {
                id: format!("tag:{host},2026:message/{}", message.reference),
                title: Text::plain(format!("{kind}: {}", message.title)),
                updated: at(message.updated_at),
                published: Some(at(sent_at)),
                content: Some(atom_syndication::Content {
                    value: Some(message.body),
                    content_type: Some("text".into()),
                    ..Default::default()
                }),
                links: vec![Link {
                    href: format!("{page}#{}", message.reference),
                    ..Default::default()
                }],
                ..Default::default()
            }
        })
        .collect();
    atom(Feed {
        id: feed_id(&host, &n.code, "messages", language),
        title: Text::plain(t_in!(
            language,
            "feed-messages-title",
            neighbourhood = n.name.as_str()
        )),
        ..team_feed(&n, &site, language, &page, "messages.atom", entries)
    })
}

/// A neighbourhood team's feed of `entries` in `language`: its author, links (the page, and
/// itself as `file`) and updated time (the newest entry's). The caller names its id and title.
fn team_feed(
    n: &entity::neighbourhood::Model,
    site: &app::services::messages::EmailSite,
    language: Language,
    page: &str,
    file: &str,
    entries: Vec<Entry>,
) -> Feed {
    Feed {
        lang: Some(language.tag().to_string()),
        updated: entries
            .iter()
            .map(|e| e.updated)
            .max()
            .unwrap_or_else(|| at(QUIET_SINCE)),
        authors: vec![Person {
            name: app::services::messages::team_sender_in(language, &n.name, &site.force_name),
            ..Default::default()
        }],
        links: vec![
            Link {
                href: page.to_string(),
                ..Default::default()
            },
            Link {
                href: format!(
                    "{}{}",
                    site.site_url,
                    app::domain::neighbourhood::feed_path(&n.code, file, language)
                ),
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

/// The neighbourhood whose feed is asked for; or the answer: 404 if there is none.
async fn team_of(
    state: &PortalState,
    code: &str,
) -> Result<entity::neighbourhood::Model, Response> {
    match neighbourhoods::neighbourhood_by_code(&state.db, code).await {
        Ok(Some(n)) => Ok(n),
        Ok(None) => Err((StatusCode::NOT_FOUND, "Not Found").into_response()),
        Err(error) => Err(fault(error)),
    }
}

fn fault(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "failed making a feed");
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
