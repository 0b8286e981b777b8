//! A neighbourhood's public page: who the team are, how to reach them, the area they cover.

use crate::components::boundary_map::BoundaryMap;
use crate::components::guarantee::GuaranteePanel;
use crate::components::page::{PageError, page, route_param};
use crate::components::surgery_list::{ListedSurgery, SurgeryList};
use crate::domain::geometry::SvgShape;
use crate::domain::guarantee::Measure;
use crate::domain::neighbourhood::{NeighbourhoodDetails, raise_concern_path};
use crate::services::moderation::RaisedHere;
use crate::services::public_pages::NeighbourhoodPage;
use crate::services::yours_here::{self, Yours};
use crate::state::{PortalState, fault};
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
        |(page, surgeries, raised, local, (measures, computed), yours)| {
            let NeighbourhoodPage { details, map } = Arc::unwrap_or_clone(page);
            view! { <Neighbourhood details map surgeries raised local measures computed yours /> }
        },
    )
}

/// Priorities, votes and "you said, we did", as the page shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
struct LocalPriorities {
    /// (id, issue, raised, latest action, last updated, update due)
    priorities: Vec<(i32, String, String, Option<String>, String, bool)>,
    /// (id, question, open now, closes or closed)
    votes: Vec<(i32, String, bool, String)>,
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
    use crate::domain::priority::last_updated_words;
    use crate::services::clock::{format_date, format_time};
    use crate::services::{priorities, updates, votes};
    let now = state.clock.now();
    let priorities = priorities::for_neighbourhood(&state.db, neighbourhood_id, false)
        .await
        .map_err(|e| fault("reading priorities", e))?
        .into_iter()
        .map(|p| {
            (
                p.priority.id,
                p.priority.issue.clone(),
                format_date(p.priority.issue_date),
                p.latest_action().map(|a| a.action.clone()),
                last_updated_words(p.priority.updated_at, now),
                p.update_due(now),
            )
        })
        .collect();
    let votes = votes::for_neighbourhood(&state.db, neighbourhood_id)
        .await
        .map_err(|e| fault("reading votes", e))?
        .into_iter()
        .filter(|v| v.opens_at <= now && v.closes_at > now - RECENT_VOTES_SECONDS)
        .map(|v| {
            let open = v.closes_at > now;
            let when = if open {
                format!("Open until {}", format_time(v.closes_at))
            } else {
                format!("Closed on {}: see the results", format_date(v.closes_at))
            };
            (v.id, v.question, open, when)
        })
        .collect();
    let (updates, updates_pages) =
        updates::page_for_neighbourhood(&state.db, neighbourhood_id, updates_page)
            .await
            .map_err(|e| fault("reading updates", e))?;
    Ok(LocalPriorities {
        priorities,
        votes,
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
);

async fn details(code: String, updates_page: u64) -> Result<Loaded, PageError> {
    let state = PortalState::from_context()?;
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
    let measures = crate::pages::how_we_are_doing::public_measures(&state, page.details.id).await?;
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
    Ok((page, surgeries, raised, local, measures, yours))
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
    view! {
        <Title text=format!("{name} neighbourhood team") />
        <span class="caption-l">{format!("{lpa} · {force}")}</span>
        <h1 class="heading-l">{format!("{name} neighbourhood team")}</h1>
        {(!description.is_empty()).then(|| view! { <p class="lead">{description}</p> })}
        <p><a href=raise_concern_path(&code) class="button">"Raise a concern with this team"</a></p>
        <YoursHere yours />

        <div class="grid-row">
            <div class="grid-column-two-thirds">
                <h2 class="heading-m" id="team">"Your team"</h2>
                {contact_officer.map(|m| view! {
                    <p>
                        "Your named contact officer is "<strong>{format!("{} {}", m.rank, m.name)}</strong>"."
                    </p>
                })}
                {(!has_team).then(|| view! {
                    <p>"The team's names have not been published here yet. Call 101 to reach them."</p>
                })}
                <ul class="team-list" aria-labelledby="team" hidden=!has_team>
                    {team
                        .into_iter()
                        .map(|m| view! {
                            <li class="team-list__member">
                                <h3 class="heading-s">{m.name}</h3>
                                <p class="team-list__rank">
                                    {m.rank}
                                    {m.is_contact_officer.then(|| view! { <strong class="tag">"Contact officer"</strong> })}
                                </p>
                                <p>{m.bio}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>

                <h2 class="heading-m" id="surgeries">"Meet the team: surgeries"</h2>
                <SurgeryList surgeries labelled_by="surgeries" />
                <p>
                    <a href=format!("/surgeries?neighbourhood={code}")>"See all surgeries"</a>" · "
                    <a href=format!("/neighbourhoods/{code}/surgeries.ics")>"Add this team's surgeries to your calendar"</a>
                    <span class="hint">" (a calendar feed your phone or computer can subscribe to)"</span>
                </p>

                <GuaranteePanel code=code.clone() measures computed />

                <Priorities code=code.clone() local />

                <RaisedByResidents code=code.clone() raised />

                <h2 class="heading-m" id="groups">"Community groups"</h2>
                <p>
                    <a href=format!("/groups?neighbourhood={code}")>"Community groups working with this team"</a>" · "
                    <a href=format!("/groups/new?neighbourhood={code}")>"Register your group"</a>
                </p>
                <crate::components::follow::FollowButton
                    item=crate::domain::group::Item { kind: entity::follow::ItemKind::Neighbourhood, id: neighbourhood_id }
                    what="this neighbourhood"
                />

                <h2 class="heading-m">"Contact the team"</h2>
                {(!has_contact).then(|| view! {
                    <p>"Call 101 and ask for the "{name.clone()}" neighbourhood team."</p>
                })}
                <ul class="contact-list" hidden=!has_contact>
                    {contact.email.map(|email| view! {
                        <li>"Email: "<a href=format!("mailto:{email}")>{email.clone()}</a></li>
                    })}
                    {contact.telephone.map(|phone| view! {
                        <li>"Telephone: "<a href=format!("tel:{}", phone.replace(' ', ""))>{phone.clone()}</a></li>
                    })}
                    {links.into_iter().map(|link| view! {
                        <li><a href=link.url rel="external">{link.title}</a></li>
                    }).collect_view()}
                </ul>
                <p class="hint">"Do not use email to report a crime. In an emergency, call 999."</p>
            </div>
            <div class="grid-column-one-third">
                <h2 class="heading-m">"The area"</h2>
                {if let Some(shape) = map {
                    view! { <BoundaryMap name=name.clone() shape /> }.into_any()
                } else {
                    view! { <p>"A map of this neighbourhood is not available yet."</p> }.into_any()
                }}
            </div>
        </div>
        <p><a href="/">"Search for a different postcode"</a></p>
    }
    .into_any()
}

/// Where a signed-in resident's own bookings, ballots and following of this neighbourhood are
/// listed; empty for everyone else, so the page kept for visitors becomes a resident's by
/// filling it (see `server/src/page_cache.rs`).
#[component]
fn YoursHere(yours: Option<Vec<Yours>>) -> impl IntoView {
    use crate::services::clock::format_time;
    let yours = yours.filter(|yours| !yours.is_empty());
    view! {
        <div id="yours-here">
            {yours.map(|yours| view! {
                <h2 class="heading-m">"Yours in this neighbourhood"</h2>
                <ul class="list">
                    {yours.into_iter().map(|item| match item {
                        Yours::Booking { reference, starts_at } => view! {
                            <li>
                                {format!("Your place at a surgery on {} ({reference}): ", format_time(starts_at))}
                                <a href=format!("/account/bookings/{reference}")>"see or change your booking"</a>
                            </li>
                        }.into_any(),
                        Yours::Ballot { vote_id, question } => view! {
                            <li>
                                {format!("You voted in \"{question}\": ")}
                                <a href=crate::services::votes::vote_path(vote_id)>"see the vote"</a>
                            </li>
                        }.into_any(),
                        Yours::Following => view! {
                            <li>"You follow this neighbourhood: we email you when the team posts an update. "
                                <a href="/account">"Change this in your account"</a>
                            </li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

/// The place for a resident's own as a page shows it: empty for a visitor (`None`), filled
/// with `yours` for a resident.
pub fn yours_here_html(language: crate::i18n::Language, yours: Option<Vec<Yours>>) -> String {
    crate::i18n::render_in(language, || view! { <YoursHere yours /> }.to_html())
}

/// "What residents have raised": moderated summaries, counts by kind for the last three months,
/// and the problems the team has published. (How many were answered within 72 hours is in
/// "How we're doing".)
#[component]
fn RaisedByResidents(code: String, raised: RaisedHere) -> impl IntoView {
    use crate::domain::concern::status_label;
    use crate::domain::disclosure::public_breakdown;
    use crate::services::clock::format_date;
    let RaisedHere {
        counts,
        summaries,
        problems,
    } = raised;
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    let breakdown = public_breakdown(&counts, "concern", "concerns", "Other kinds");
    let no_summaries = summaries.is_empty();
    view! {
        <h2 class="heading-m" id="raised">"What residents have raised"</h2>
        {if total == 0 {
            view! { <p>"No concerns have been raised in the last 3 months."</p> }.into_any()
        } else {
            view! {
                <p>{format!("In the last 3 months, residents raised {}.", breakdown.total)}</p>
                <table class="table">
                    <caption class="visually-hidden">"Concerns raised in the last 3 months, by kind"</caption>
                    <thead><tr><th scope="col">"Kind of concern"</th><th scope="col" class="table__numeric">"Raised"</th></tr></thead>
                    <tbody>
                        {breakdown.rows.into_iter().map(|(category, count)| view! {
                            <tr><td>{category}</td><td class="table__numeric">{count}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p class="hint">"Counts from 1 to 4 are shown as \u{201c}fewer than 5\u{201d}, and small kinds are counted together, so no figure points to a person."</p>
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
                <h3 class="heading-s">{category}</h3>
                <ul class="surgery-list">
                    {group.into_iter().map(|s| view! {
                        <li>
                            <p class="timeline__text">{s.summary}</p>
                            <span class="hint">{format!("Raised {}. {}", format_date(s.raised_at), status_label(s.status))}</span>
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()
        })}
        {(!problems.is_empty()).then(|| view! {
            <h3 class="heading-s">"Problems the team is working on"</h3>
            <ul class="surgery-list">
                {problems.into_iter().map(|p| view! {
                    <li>
                        <strong>{p.title}</strong>
                        <br /><span class="hint">{format!("Stage: {} ({}). Last updated {}.", p.stage.label(), p.stage.meaning(), format_date(p.updated_at))}</span>
                        <p class="timeline__text">{p.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
        })}
        <p><a href=format!("/neighbourhoods/{code}/concerns.atom")>"Follow what residents raise here (Atom feed)"</a></p>
    }
    .into_any()
}

/// The neighbourhood's local priorities (with "update due" when one has not been updated for
/// three months), its votes open now or lately closed, and "you said, we did", a page at a time.
#[component]
fn Priorities(code: String, local: LocalPriorities) -> impl IntoView {
    use crate::components::updates::UpdateList;
    use crate::services::priorities::priority_path;
    use crate::services::votes::vote_path;
    let LocalPriorities {
        priorities,
        votes,
        updates,
        updates_page,
        updates_pages,
    } = local;
    let none = priorities.is_empty();
    let here = format!("/neighbourhoods/{code}");
    view! {
        <h2 class="heading-m" id="priorities">"Local priorities"</h2>
        {none.then(|| view! { <p>"The team has not published its priorities yet."</p> })}
        <ul class="surgery-list" aria-labelledby="priorities" hidden=none>
            {priorities.into_iter().map(|(id, issue, raised, action, updated, due)| view! {
                <li>
                    <a href=priority_path(&code, id)>{issue}</a>
                    <br /><span class="hint">{format!("Raised on {raised}. {updated}.")}</span>
                    {due.then(|| view! { " "<strong class="tag tag--warning">"Update due"</strong> })}
                    <p>{action.map_or_else(|| "No action recorded yet.".to_string(), |a| format!("Latest action: {a}"))}</p>
                </li>
            }).collect_view()}
        </ul>
        {(!votes.is_empty()).then(|| view! {
            <h3 class="heading-s" id="votes">"Have your say: votes"</h3>
            <ul class="surgery-list" aria-labelledby="votes">
                {votes.into_iter().map(|(id, question, open, when)| view! {
                    <li>
                        <a href=vote_path(id)>{question}</a>
                        <br /><span class="hint">{when}</span>
                        {open.then(|| view! { " "<strong class="tag">"Open"</strong> })}
                    </li>
                }).collect_view()}
            </ul>
        })}
        <h2 class="heading-m" id="updates">"You said, we did"</h2>
        <UpdateList updates />
        {(updates_pages > 1).then(|| view! {
            <nav class="pagination" aria-label="More updates">
                {(updates_page > 1).then(|| view! { <a href=format!("{here}?updates={}#updates", updates_page - 1)>"Newer updates"</a>" " })}
                <span>{format!("Page {updates_page} of {updates_pages}")}</span>
                {(updates_page < updates_pages).then(|| view! { " "<a href=format!("{here}?updates={}#updates", updates_page + 1)>"Older updates"</a> })}
            </nav>
        })}
        <p><a href=format!("{here}/updates.atom")>"Follow the team's updates (Atom feed)"</a></p>
    }
    .into_any()
}
