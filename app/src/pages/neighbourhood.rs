//! A neighbourhood's public page: who the team are, how to reach them, the area they cover.

use crate::components::boundary_map::BoundaryMap;
use crate::components::data::{DATA, StaffText, data_lang, with_data};
use crate::components::guarantee::GuaranteePanel;
use crate::components::page::{PageError, page, route_param};
use crate::components::surgery_list::{ListedSurgery, SurgeryList};
use crate::components::team_messages::{ShownMessage, last_day};
use crate::components::yours_here::YoursHere;
use crate::domain::geometry::SvgShape;
use crate::domain::guarantee::Measure;
use crate::domain::neighbourhood::{NeighbourhoodDetails, messages_path, raise_concern_path};
use crate::domain::team_message::kind_key;
use crate::i18n::Written;
use crate::services::moderation::RaisedHere;
use crate::services::public_pages::NeighbourhoodPage;
use crate::services::yours_here::{self, Yours};
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use std::sync::Arc;

#[component]
pub fn NeighbourhoodPage() -> impl IntoView {
    let code = route_param("code");
    // `?updates=2`: the second page of "you said, we did".
    let updates_page = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("updates")
        .and_then(|page| page.parse::<u64>().ok())
        .unwrap_or(1)
        .max(1);
    page(
        move || details(code.clone(), updates_page),
        |(page, surgeries, raised, local, (measures, computed), yours, news)| {
            let NeighbourhoodPage { details, map } = Arc::unwrap_or_clone(page);
            view! { <Neighbourhood details map surgeries raised local measures computed yours news /> }
        },
    )
}

/// A current priority as the list shows it: what staff wrote in English, and in Welsh where given.
#[derive(Clone, Debug, PartialEq, Eq)]
struct PriorityLine {
    id: i32,
    issue: Written,
    raised: i64,
    latest_action: Option<Written>,
    updated: i64,
    update_due: bool,
}

/// A vote open now or closed lately, as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct VoteLine {
    id: i32,
    /// As the team wrote it, and in Welsh where given.
    question: Written,
    open: bool,
    /// When it closes, or closed.
    closes_at: i64,
}

/// Priorities, votes and "you said, we did", as the page shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
struct LocalPriorities {
    priorities: Vec<PriorityLine>,
    /// (id, question, open now, closes or closed at)
    votes: Vec<VoteLine>,
    /// When they were read, for "last updated 3 days ago".
    now: i64,
    updates: Vec<crate::services::updates::UpdateDetail>,
    updates_page: u64,
    updates_pages: u64,
}

/// How long a closed vote stays listed with its results.
const RECENT_VOTES_SECONDS: i64 = 60 * 86_400;

async fn local_priorities(
    state: &PortalState,
    neighbourhood_id: i32,
    updates_page: u64,
) -> Result<LocalPriorities, PageError> {
    use crate::services::{priorities, updates, votes};
    let now = state.clock.now();
    let priorities = priorities::for_neighbourhood(&state.db, neighbourhood_id, false)
        .await
        .map_err(|e| fault("reading priorities", e))?
        .into_iter()
        .map(|p| PriorityLine {
            id: p.priority.id,
            issue: Written {
                english: p.priority.issue.clone(),
                welsh: p.priority.issue_cy.clone(),
            },
            raised: p.priority.issue_date,
            latest_action: p.latest_action().map(|a| Written {
                english: a.action.clone(),
                welsh: a.action_cy.clone(),
            }),
            updated: p.priority.updated_at,
            update_due: p.update_due(now),
        })
        .collect();
    let votes = votes::for_neighbourhood(&state.db, neighbourhood_id)
        .await
        .map_err(|e| fault("reading votes", e))?
        .into_iter()
        .filter(|v| v.opens_at <= now && v.closes_at > now - RECENT_VOTES_SECONDS)
        .map(|v| VoteLine {
            id: v.id,
            open: v.closes_at > now,
            question: Written {
                english: v.question,
                welsh: v.question_cy,
            },
            closes_at: v.closes_at,
        })
        .collect();
    let (updates, updates_pages) =
        updates::page_for_neighbourhood(&state.db, neighbourhood_id, updates_page)
            .await
            .map_err(|e| fault("reading updates", e))?;
    Ok(LocalPriorities {
        priorities,
        votes,
        now,
        updates,
        updates_page,
        updates_pages,
    })
}

/// How many surgeries the page lists.
const SURGERIES_SHOWN: u64 = 5;

type Loaded = (
    Arc<NeighbourhoodPage>,
    Vec<ListedSurgery>,
    RaisedHere,
    LocalPriorities,
    (Vec<Measure>, String),
    Option<Vec<Yours>>,
    TeamNews,
);

/// How many of the team's newest messages the page lists.
const MESSAGES_SHOWN: u64 = 3;

/// The team's warnings that still apply, and its newest messages.
#[derive(Clone, Debug, PartialEq, Eq)]
struct TeamNews {
    warnings: Vec<ShownMessage>,
    latest: Vec<ShownMessage>,
}

async fn team_news(state: &PortalState, neighbourhood_id: i32) -> Result<TeamNews, PageError> {
    use crate::services::team_messages;
    let now = state.clock.now();
    let warnings = team_messages::live_warnings(&state.db, neighbourhood_id, now)
        .await
        .map_err(|e| fault("reading a team's warnings", e))?;
    let latest = team_messages::published(&state.db, neighbourhood_id, MESSAGES_SHOWN)
        .await
        .map_err(|e| fault("reading a team's messages", e))?;
    Ok(TeamNews {
        warnings: warnings.into_iter().map(ShownMessage::from).collect(),
        latest: latest.into_iter().map(ShownMessage::from).collect(),
    })
}

async fn details(code: String, updates_page: u64) -> Result<Loaded, PageError> {
    // Read from the context before the first await.
    let (state, language) = (PortalState::from_context()?, crate::i18n::current());
    let page = state
        .public_pages
        .neighbourhood(&state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    // Read on each render (the page as sent to visitors without a session is kept for a
    // minute), so a surgery drops off the list once it is over.
    let surgeries = crate::services::surgeries::upcoming(
        &state.db,
        page.details.id,
        state.clock.now(),
        false,
        SURGERIES_SHOWN,
    )
    .await
    .map_err(|e| fault("reading surgeries", e))?
    .into_iter()
    .map(ListedSurgery::from)
    .collect();
    let raised =
        crate::services::moderation::raised_in(&state.db, page.details.id, state.clock.now())
            .await
            .map_err(|e| fault("reading what residents have raised", e))?;
    let local = local_priorities(&state, page.details.id, updates_page).await?;
    let measures =
        crate::pages::how_we_are_doing::public_measures(&state, page.details.id, language).await?;
    let yours = match crate::session::PortalSession::from_request()
        .await?
        .resident_id()
        .await?
    {
        Some(resident) => Some(
            yours_here::in_neighbourhood(&state.db, resident, page.details.id, state.clock.now())
                .await
                .map_err(|e| fault("reading what a resident has here", e))?,
        ),
        None => None,
    };
    let news = team_news(&state, page.details.id).await?;
    Ok((page, surgeries, raised, local, measures, yours, news))
}

#[component]
fn Neighbourhood(
    details: NeighbourhoodDetails,
    map: Option<SvgShape>,
    surgeries: Vec<ListedSurgery>,
    raised: RaisedHere,
    local: LocalPriorities,
    measures: Vec<Measure>,
    computed: String,
    yours: Option<Vec<Yours>>,
    news: TeamNews,
) -> impl IntoView {
    let NeighbourhoodDetails {
        id: neighbourhood_id,
        code,
        name,
        lpa,
        force,
        description,
        team,
        contact,
        ..
    } = details;
    let contact_officer = team.iter().find(|m| m.is_contact_officer).cloned();
    let has_team = !team.is_empty();
    // Only web addresses become links: anything else (a `javascript:` URL) is not shown.
    let links: Vec<_> = contact
        .links
        .into_iter()
        .filter(|l| l.url.starts_with("https://") || l.url.starts_with("http://"))
        .collect();
    let has_contact = contact.email.is_some() || contact.telephone.is_some() || !links.is_empty();
    let title = t!("neighbourhood-title", name = name.as_str());
    // A telephone number's groups of digits stay in order on a page that runs right to left.
    let ltr = (crate::i18n::current().direction() == crate::i18n::Direction::RightToLeft)
        .then_some("ltr");
    view! {
        <Title text=title.clone() />
        <span class="caption-l" lang=data_lang()>{format!("{lpa} · {force}")}</span>
        <h1 class="heading-l">{title}</h1>
        {(!description.is_empty()).then(|| view! { <p class="lead" lang=data_lang()>{description}</p> })}
        <Warnings code=code.clone() warnings=news.warnings />
        <p><a href=raise_concern_path(&code) class="button">{t!("neighbourhood-raise-concern")}</a></p>
        <YoursHere yours />

        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h2 class="heading-m" id="team">{t!("neighbourhood-team-title")}</h2>
                {contact_officer.map(|m| {
                    // The officer's rank and name, in bold, wherever the language puts them.
                    let sentence = t!("neighbourhood-contact-officer", officer = DATA);
                    let (before, after) = sentence.split_once(DATA).map_or_else(
                        || (sentence.clone(), String::new()),
                        |(before, after)| (before.to_string(), after.to_string()),
                    );
                    view! {
                        <p>
                            {(!before.is_empty()).then_some(before)}
                            <strong lang=data_lang()>{format!("{} {}", m.rank, m.name)}</strong>
                            {(!after.is_empty()).then_some(after)}
                        </p>
                    }
                })}
                {(!has_team).then(|| view! {
                    <p>{t!("neighbourhood-no-team")}</p>
                })}
                <ul class="team-list" aria-labelledby="team" hidden=!has_team>
                    {team
                        .into_iter()
                        .map(|m| view! {
                            <li class="team-list__member">
                                <h3 class="heading-s">{m.name}</h3>
                                <p class="team-list__rank">
                                    {rank(m.rank)}
                                    {m.is_contact_officer.then(|| view! { <strong class="tag">{t!("neighbourhood-contact-officer-tag")}</strong> })}
                                </p>
                                <p lang=data_lang()>{m.bio}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>

                <h2 class="heading-m" id="surgeries">{t!("neighbourhood-surgeries-title")}</h2>
                <SurgeryList surgeries labelled_by="surgeries" />
                <p>
                    <a href=format!("/surgeries?neighbourhood={code}")>{t!("neighbourhood-all-surgeries")}</a>" · "
                    <a href=format!("/neighbourhoods/{code}/surgeries.ics")>{t!("neighbourhood-calendar")}</a>
                    <span class="hint">{format!(" {}", t!("neighbourhood-calendar-hint"))}</span>
                </p>

                <GuaranteePanel code=code.clone() measures computed />

                <LatestMessages code=code.clone() latest=news.latest />

                <Priorities code=code.clone() local />

                <RaisedByResidents code=code.clone() raised />

                <h2 class="heading-m" id="groups">{t!("neighbourhood-groups-title")}</h2>
                <p>
                    <a href=format!("/groups?neighbourhood={code}")>{t!("neighbourhood-groups-link")}</a>" · "
                    <a href=format!("/groups/new?neighbourhood={code}")>{t!("neighbourhood-register-group")}</a>
                </p>
                <crate::components::follow::FollowButton
                    item=crate::domain::group::Item { kind: entity::follow::ItemKind::Neighbourhood, id: neighbourhood_id }
                />

                <h2 class="heading-m">{t!("neighbourhood-contact-title")}</h2>
                {(!has_contact).then(|| view! {
                    <p>{t!("neighbourhood-contact-call", name = name.as_str())}</p>
                })}
                <ul class="contact-list" hidden=!has_contact>
                    {contact.email.map(|email| view! {
                        <li>{format!("{} ", t!("neighbourhood-contact-email"))}<a href=format!("mailto:{email}")>{email.clone()}</a></li>
                    })}
                    {contact.telephone.map(|phone| view! {
                        <li>{format!("{} ", t!("neighbourhood-contact-telephone"))}<a href=format!("tel:{}", phone.replace(' ', "")) dir=ltr>{phone.clone()}</a></li>
                    })}
                    {links.into_iter().map(|link| view! {
                        <li><a href=link.url rel="external" lang=data_lang()>{link.title}</a></li>
                    }).collect_view()}
                </ul>
                <p class="hint">{t!("neighbourhood-contact-not-email")}</p>
            </div>
            <div class="grid-column-one-third">
                <h2 class="heading-m">{t!("neighbourhood-area-title")}</h2>
                {if let Some(shape) = map {
                    view! { <BoundaryMap name=name.clone() shape /> }.into_any()
                } else {
                    view! { <p>{t!("neighbourhood-no-map")}</p> }.into_any()
                }}
            </div>
        </div>
        <p><a href="/">{t!("district-search-again")}</a></p>
    }
    .into_any()
}

/// The team's warnings that still apply, each with its last day and a link to read it in full.
#[component]
fn Warnings(code: String, warnings: Vec<ShownMessage>) -> impl IntoView {
    let language = crate::i18n::current();
    warnings
        .into_iter()
        .map(|warning| {
            let title = StaffText::of(language, (&warning.title, true));
            let heading_id = format!("warning-{}", warning.reference);
            let labelled_by = heading_id.clone();
            view! {
                <section class="team-warning" aria-labelledby=labelled_by>
                    <h2 class="team-warning__title" id=heading_id>{t!("messages-warning-heading")}</h2>
                    <p class="heading-s" lang=title.lang>{title.text}</p>
                    {warning.expires_at.map(|end| view! { <p>{t!("messages-until", date = last_day(language, end))}</p> })}
                    <p><a href=format!("{}#{}", messages_path(&code), warning.reference)>{t!("messages-warning-link")}</a></p>
                </section>
            }
        })
        .collect_view()
}

/// The team's newest messages, as titles linking to them, and the way to all of them.
#[component]
fn LatestMessages(code: String, latest: Vec<ShownMessage>) -> impl IntoView {
    let language = crate::i18n::current();
    let none = latest.is_empty();
    view! {
        <h2 class="heading-m" id="messages">{t!("messages-latest-title")}</h2>
        {none.then(|| view! { <p>{t!("messages-none")}</p> })}
        <ul class="list" aria-labelledby="messages" hidden=none>
            {latest.into_iter().map(|message| {
                let title = StaffText::of(language, (&message.title, true));
                view! {
                    <li>
                        <a href=format!("{}#{}", messages_path(&code), message.reference) lang=title.lang>{title.text}</a>
                        <span class="hint">{format!(" {}", t!(kind_key(message.kind)))}{message.sent_at.map(|at| format!(", {}", language.date(at)))}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><a href=messages_path(&code)>{t!("messages-see-all")}</a></p>
    }
    .into_any()
}

/// A team member's rank, as the team wrote it.
fn rank(rank: String) -> AnyView {
    with_data(DATA.to_string(), rank)
}

/// A concern's status as the neighbourhood page shows it.
fn status_words(status: entity::concern::ConcernStatus) -> String {
    use entity::concern::ConcernStatus;
    t!(match status {
        ConcernStatus::Received => "neighbourhood-status-received",
        ConcernStatus::Replied => "neighbourhood-status-replied",
        ConcernStatus::UnderReview => "neighbourhood-status-under-review",
        ConcernStatus::BeingWorkedOn => "neighbourhood-status-being-worked-on",
        ConcernStatus::PassedToPartner => "neighbourhood-status-passed-to-partner",
        ConcernStatus::Closed => "neighbourhood-status-closed",
    })
}

/// "What residents have raised": moderated summaries, counts by kind for the last three months,
/// and the problems the team has published. (How many were answered within 72 hours is in
/// "How we're doing".)
#[component]
fn RaisedByResidents(code: String, raised: RaisedHere) -> impl IntoView {
    use crate::domain::disclosure::{Breakdown, FEWEST_SHOWN, PublicCount, PublicTotal, breakdown};
    let language = crate::i18n::current();
    let RaisedHere {
        counts,
        summaries,
        problems,
    } = raised;
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    let Breakdown {
        total: counted,
        rows,
    } = breakdown(&counts);
    let counted = match counted {
        PublicTotal::Counted(PublicCount::Exactly(count)) => {
            t!("neighbourhood-raised-total", count = count)
        }
        PublicTotal::Counted(PublicCount::Few) => {
            t!("neighbourhood-raised-fewer", fewest = FEWEST_SHOWN)
        }
        PublicTotal::MoreThan(count) => t!("neighbourhood-raised-more", count = count),
    };
    let no_summaries = summaries.is_empty();
    view! {
        <h2 class="heading-m" id="raised">{t!("neighbourhood-raised-title")}</h2>
        {if total == 0 {
            view! { <p>{t!("neighbourhood-raised-none")}</p> }.into_any()
        } else {
            view! {
                <p>{counted}</p>
                <table class="table">
                    <caption class="visually-hidden">{t!("neighbourhood-raised-caption")}</caption>
                    <thead><tr><th scope="col">{t!("neighbourhood-raised-kind")}</th><th scope="col" class="table__numeric">{t!("neighbourhood-raised-count")}</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(category, count)| {
                            let (category, lang) = match category {
                                Some(category) => (category, data_lang()),
                                None => (t!("neighbourhood-raised-others"), None),
                            };
                            view! {
                                <tr><td lang=lang>{category}</td><td class="table__numeric">{count.words(language)}</td></tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="hint">{t!("neighbourhood-raised-hint")}</p>
            }
            .into_any()
        }}
        {(!no_summaries).then(|| {
            // Grouped by kind, in the order the newest of each kind was raised.
            let mut groups: Vec<(String, Vec<crate::services::moderation::PublicSummary>)> = Vec::new();
            for summary in summaries {
                match groups.iter_mut().find(|(category, _)| *category == summary.category) {
                    Some((_, group)) => group.push(summary),
                    None => groups.push((summary.category.clone(), vec![summary])),
                }
            }
            groups.into_iter().map(|(category, group)| view! {
                <h3 class="heading-s" lang=data_lang()>{category}</h3>
                <ul class="surgery-list">
                    {group.into_iter().map(|s| view! {
                        <li>
                            <p class="timeline__text" lang=data_lang()>{s.summary}</p>
                            <span class="hint">{t!("neighbourhood-raised-summary", date = language.date(s.raised_at), status = status_words(s.status))}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()
        })}
        {(!problems.is_empty()).then(|| view! {
            <h3 class="heading-s">{t!("neighbourhood-problems-title")}</h3>
            <ul class="surgery-list">
                {problems.into_iter().map(|p| {
                    let (stage, meaning) = crate::domain::problem::stage_in(p.stage, language);
                    let title = StaffText::chosen(language, &p.title, p.title_cy.as_deref());
                    let summary = StaffText::chosen(language, &p.summary, p.summary_cy.as_deref());
                    view! {
                        <li>
                            <strong lang=title.lang>{title.text}</strong>
                            <br /><span class="hint">{t!("neighbourhood-problem-stage", stage = stage, meaning = meaning, date = language.date(p.updated_at))}</span>
                            <p class="timeline__text" lang=summary.lang>{summary.text}</p>
                            {(!p.partners.is_empty()).then(|| view! {
                                <p class="hint">{t!("neighbourhood-problem-partners", partners = crate::i18n::current().list(&p.partners))}</p>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        <p><a href=crate::domain::neighbourhood::feed_path(&code, "concerns.atom", language)>{t!("neighbourhood-raised-feed")}</a></p>
    }
    .into_any()
}

/// The neighbourhood's local priorities (with "update due" when one has not been updated for
/// three months), its votes open now or lately closed, and "you said, we did", a page at a time.
#[component]
fn Priorities(code: String, local: LocalPriorities) -> impl IntoView {
    use crate::components::updates::UpdateList;
    use crate::domain::priority::last_updated_in;
    use crate::services::priorities::priority_path;
    use crate::services::votes::vote_path;
    let language = crate::i18n::current();
    let LocalPriorities {
        priorities,
        votes,
        now,
        updates,
        updates_page,
        updates_pages,
    } = local;
    let none = priorities.is_empty();
    let here = format!("/neighbourhoods/{code}");
    view! {
        <h2 class="heading-m" id="priorities">{t!("neighbourhood-priorities-title")}</h2>
        {none.then(|| view! { <p>{t!("neighbourhood-priorities-none")}</p> })}
        <ul class="surgery-list" aria-labelledby="priorities" hidden=none>
            {priorities.into_iter().map(|p| {
                let issue = p.issue.chosen(language);
                view! {
                    <li>
                        <a href=priority_path(&code, p.id) lang=issue.lang>{issue.text}</a>
                        <br /><span class="hint">{t!("neighbourhood-priority-raised", date = language.date(p.raised), updated = last_updated_in(p.updated, now, language))}</span>
                        {p.update_due.then(|| view! { " "<strong class="tag tag--warning">{t!("priority-update-due")}</strong> })}
                        <p>{match p.latest_action.map(|action| action.chosen(language)) {
                            None => t!("neighbourhood-priority-no-action").into_any(),
                            Some(action) => action.inside(t!("neighbourhood-priority-latest-action", action = DATA)),
                        }}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        {(!votes.is_empty()).then(|| view! {
            <h3 class="heading-s" id="votes">{t!("neighbourhood-votes-title")}</h3>
            <ul class="surgery-list" aria-labelledby="votes">
                {votes.into_iter().map(|VoteLine { id, question, open, closes_at }| view! {
                    <li>
                        {
                            let question = question.chosen(language);
                            view! { <a href=vote_path(id) lang=question.lang>{question.text}</a> }
                        }
                        <br /><span class="hint">{if open {
                            t!("neighbourhood-vote-open-until", time = language.time(closes_at))
                        } else {
                            t!("neighbourhood-vote-closed", date = language.date(closes_at))
                        }}</span>
                        {open.then(|| view! { " "<strong class="tag">{t!("neighbourhood-vote-open")}</strong> })}
                    </li>
                }).collect_view()}
            </ul>
        })}
        <h2 class="heading-m" id="updates">{t!("updates-title")}</h2>
        <UpdateList updates />
        {(updates_pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t!("updates-pages")>
                {(updates_page > 1).then(|| view! { <a href=format!("{here}?updates={}#updates", updates_page - 1)>{t!("updates-newer")}</a>" " })}
                <span>{t!("updates-page", page = updates_page, pages = updates_pages)}</span>
                {(updates_page < updates_pages).then(|| view! { " "<a href=format!("{here}?updates={}#updates", updates_page + 1)>{t!("updates-older")}</a> })}
            </nav>
        })}
        <p><a href=crate::domain::neighbourhood::feed_path(&code, "updates.atom", language)>{t!("updates-feed")}</a></p>
    }
    .into_any()
}
