//! A group's dashboard, for its members: every item it follows or put forward, with its status,
//! the team's last response and its date, days since the team last updated it, and the whole
//! timeline, oldest first. Items without an update for three months are highlighted. Organisers
//! choose what the group follows and put issues forward; every member chooses their alerts,
//! whether their name is shown, and may leave. The record downloads as CSV.

use super::refuse;
use crate::components::form::{FeedbackBanner, Select, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, form_value};
use crate::domain::group::{Item, dashboard_path, group_path, item_kind_label, members_path};
use crate::domain::neighbourhood::raise_concern_path;
use crate::request::RequestContext;
use crate::request::group::{GroupAccess, member_access};
use crate::services::following::{Follower, Tracked};
use crate::state::fault;
use entity::follow::ItemKind;
use entity::resident::FollowAlerts;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ItemRow {
    /// What the follow form sends to stop following it (none for an issue put forward).
    followed: Option<String>,
    kind: String,
    title: String,
    link: Option<String>,
    neighbourhood: String,
    status: String,
    /// (what, when)
    last_response: Option<(String, String)>,
    days_since_update: i64,
    stale: bool,
    /// (when, what, text), oldest first
    events: Vec<(String, String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct DashboardView {
    reference: String,
    name: String,
    verified: bool,
    organiser: bool,
    items: Vec<ItemRow>,
    /// What the group could follow: (value, label)
    choices: Vec<(String, String)>,
    /// Where an issue can be put forward: (code, neighbourhood)
    teams: Vec<(String, String)>,
    meetings: Vec<crate::services::group_meetings::Meeting>,
    show_name: bool,
    alerts: FollowAlerts,
    feedback: FormFeedback,
}

/// How a form names an item: "priority-12".
pub fn item_value(item: Item) -> String {
    format!("{}-{}", form_value(&item.kind), item.id)
}

fn parse_item(value: &str) -> Option<Item> {
    let (kind, id) = value.trim().rsplit_once('-')?;
    Some(Item {
        kind: crate::domain::forms::chosen_value(kind)?,
        id: id.parse().ok()?,
    })
}

/// What the group could follow in its neighbourhoods and does not yet.
async fn choices(
    context: &RequestContext,
    access: &GroupAccess,
    followed: &[Item],
) -> Result<Vec<(String, String)>, ServerFnError> {
    use crate::services::{priorities, problems, votes};
    let db = &context.state.db;
    let mut offered = Vec::new();
    for n in &access.group.neighbourhoods {
        offered.push((
            Item {
                kind: ItemKind::Neighbourhood,
                id: n.id,
            },
            format!("New priorities, votes and updates in {}", n.name),
        ));
        for p in priorities::for_neighbourhood(db, n.id, false)
            .await
            .map_err(|e| fault("reading priorities", e))?
        {
            offered.push((
                Item {
                    kind: ItemKind::Priority,
                    id: p.priority.id,
                },
                format!("Priority in {}: {}", n.name, p.priority.issue),
            ));
        }
        for p in problems::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading problems", e))?
            .into_iter()
            .filter(|p| p.published)
        {
            offered.push((
                Item {
                    kind: ItemKind::Problem,
                    id: p.id,
                },
                format!("Problem in {}: {}", n.name, p.title),
            ));
        }
        for v in votes::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading votes", e))?
        {
            offered.push((
                Item {
                    kind: ItemKind::Vote,
                    id: v.id,
                },
                format!("Vote in {}: {}", n.name, v.question),
            ));
        }
    }
    Ok(offered
        .into_iter()
        .filter(|(item, _)| !followed.contains(item))
        .map(|(item, label)| (item_value(item), label))
        .collect())
}

async fn dashboard(reference: String) -> Result<DashboardView, PageError> {
    use crate::domain::priority::days_between;
    use crate::services::clock::{format_date, format_time};
    use crate::services::{following, group_meetings, resident_accounts};
    let context = RequestContext::new().await?;
    let (access, resident_id) = member_access(&context, &reference).await??;
    let db = &context.state.db;
    let now = context.now();
    let tracked = following::for_group(db, access.group.group.id)
        .await
        .map_err(|e| fault("reading what a group tracks", e))?;
    let followed: Vec<Item> = tracked
        .iter()
        .filter_map(|t| match t.tracked {
            Tracked::Followed(item) => Some(item),
            Tracked::PutForward { .. } => None,
        })
        .collect();
    let items = tracked
        .into_iter()
        .map(|t| ItemRow {
            followed: match t.tracked {
                Tracked::Followed(item) => Some(item_value(item)),
                Tracked::PutForward { .. } => None,
            },
            last_response: t
                .last_response()
                .map(|e| (e.happening.label().to_string(), format_date(e.at))),
            days_since_update: days_between(t.last_team_update(), now),
            stale: t.is_stale(now),
            events: t
                .events
                .iter()
                .map(|e| {
                    (
                        format_time(e.at),
                        e.happening.label().to_string(),
                        e.text.clone(),
                    )
                })
                .collect(),
            kind: t.kind_label,
            title: t.title,
            link: t.link,
            neighbourhood: t.neighbourhood,
            status: t.status,
        })
        .collect();
    let account = resident_accounts::account(db, resident_id)
        .await
        .map_err(|e| fault("reading an account", e))?
        .ok_or(PageError::NotFound)?;
    let organiser = access.is_organiser();
    Ok(DashboardView {
        choices: if organiser {
            choices(&context, &access, &followed).await?
        } else {
            Vec::new()
        },
        meetings: group_meetings::for_group(db, access.group.group.id)
            .await
            .map_err(|e| fault("reading meetings", e))?,
        show_name: access.membership.as_ref().is_some_and(|m| m.show_name),
        alerts: account.follow_alerts,
        verified: access.group.is_public(),
        organiser,
        teams: access
            .group
            .neighbourhoods
            .iter()
            .map(|n| (n.code.clone(), n.name.clone()))
            .collect(),
        items,
        reference: access.group.group.reference,
        name: access.group.group.name,
        feedback: context.feedback().await?,
    })
}

/// Following or no longer following.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FollowAction {
    Follow,
    Unfollow,
}

/// Follows (or stops following) an item: for the resident themselves, or, when `group` names
/// one they organise, for the group.
#[server(prefix = "/fn", endpoint = "following/change")]
pub async fn change_following(
    item: String,
    action: FollowAction,
    group: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::services::following::{self, Followed};
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        context
            .session
            .give_feedback(FormFeedback::notice(
                "sign-in",
                "Sign in to follow what your neighbourhood team does.",
            ))
            .await?;
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let (follower, back) = match group.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
        None => (
            Follower::Resident(resident_id),
            "/account#following".to_string(),
        ),
        Some(reference) => {
            let access = match member_access(&context, reference).await? {
                Ok((access, _)) => access,
                Err(error) => return refuse(error),
            };
            let path = dashboard_path(&access.group.group.reference);
            if !access.is_organiser() {
                return context
                    .reply(
                        &path,
                        FormFeedback::errors(
                            "follow",
                            vec![FieldError::new(
                                "item",
                                "Only the group's organisers choose what it follows",
                            )],
                            &[],
                        ),
                    )
                    .await;
            }
            (Follower::Group(access.group.group.id), path)
        }
    };
    let Some(item) = parse_item(&item) else {
        return context
            .reply(
                &back,
                FormFeedback::errors(
                    "follow",
                    vec![FieldError::new("item", "Choose something to follow")],
                    &[],
                ),
            )
            .await;
    };
    let db = &context.state.db;
    let notice = match action {
        FollowAction::Follow => match following::follow(db, &context.state.clock, follower, item)
            .await
            .map_err(|e| fault("following", e))?
        {
            Followed::Followed => format!(
                "Now following the {}",
                item_kind_label(item.kind).to_lowercase()
            ),
            Followed::AlreadyFollowing => "Already following it".to_string(),
            Followed::NoSuchItem => {
                return context
                    .reply(
                        &back,
                        FormFeedback::errors(
                            "follow",
                            vec![FieldError::new("item", "That cannot be followed")],
                            &[],
                        ),
                    )
                    .await;
            }
        },
        FollowAction::Unfollow => {
            following::unfollow(db, follower, item)
                .await
                .map_err(|e| fault("unfollowing", e))?;
            "No longer following it".to_string()
        }
    };
    context
        .reply(&back, FormFeedback::notice("follow", notice))
        .await
}

/// A member's choice whether their name is shown on the group's page.
#[server(prefix = "/fn", endpoint = "groups/preferences")]
pub async fn group_preferences(
    reference: String,
    show_name: Option<String>,
) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let (access, resident_id) = match member_access(&context, &reference).await? {
        Ok(found) => found,
        Err(error) => return refuse(error),
    };
    let path = dashboard_path(&access.group.group.reference);
    crate::services::groups::set_show_name(
        &context.state.db,
        resident_id,
        access.group.group.id,
        show_name.is_some(),
    )
    .await
    .map_err(|e| fault("choosing whether a name is shown", e))?;
    context
        .reply(
            &path,
            FormFeedback::notice("preferences", "Your choices are saved"),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "groups/leave")]
pub async fn leave_group(reference: String) -> Result<(), ServerFnError> {
    use crate::services::groups::{self, MemberChanged};
    let context = RequestContext::new().await?;
    let (access, resident_id) = match member_access(&context, &reference).await? {
        Ok(found) => found,
        Err(error) => return refuse(error),
    };
    let outcome = groups::leave(&context.state.db, resident_id, &access.group)
        .await
        .map_err(|e| fault("leaving a group", e))?;
    match outcome {
        MemberChanged::Changed => {
            context
                .reply(
                    "/account#groups",
                    FormFeedback::notice("account", "You have left the group"),
                )
                .await
        }
        MemberChanged::NotNow | MemberChanged::NotAnOrganiser => {
            context
                .reply(
                    "/account#groups",
                    FormFeedback::notice("account", "You are not a member of that group"),
                )
                .await
        }
        MemberChanged::LastOrganiser => {
            context
                .reply(
                    &dashboard_path(&access.group.group.reference),
                    FormFeedback::errors(
                        "leave",
                        vec![FieldError::new(
                            "leave",
                            "You are the group's only organiser. Make another member an organiser before you leave",
                        )],
                        &[],
                    ),
                )
                .await
        }
    }
}

#[component]
pub fn GroupDashboardPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || dashboard(reference.clone()),
        |view| view! { <Dashboard view /> },
    )
}

fn alerts_words(alerts: FollowAlerts) -> &'static str {
    match alerts {
        FollowAlerts::Weekly => "once a week",
        FollowAlerts::Immediate => "as things happen",
        FollowAlerts::None => "never",
    }
}

#[component]
fn Dashboard(view: DashboardView) -> impl IntoView {
    let DashboardView {
        reference,
        name,
        verified,
        organiser,
        items,
        choices,
        teams,
        meetings,
        show_name,
        alerts,
        feedback,
    } = view;
    let stale = items.iter().filter(|i| i.stale).count();
    let no_items = items.is_empty();
    let summary = items.clone();
    view! {
        <Title text=page_title(&format!("{name}: dashboard"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=group_path(&reference) class="back-link">"The group's public page"</a></p>
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"What the team has done on what the group follows"</h1>
        {(stale > 0).then(|| view! {
            <p class="inset-text"><strong>{match stale {
                1 => "1 item has".to_string(),
                n => format!("{n} items have"),
            }}</strong>" had no update from the team for 3 months or more."</p>
        })}
        {no_items.then(|| view! { <p>"The group does not follow anything yet, and has not put forward any issues."</p> })}
        <table class="table" hidden=no_items>
            <caption class="visually-hidden">"Everything the group follows or put forward"</caption>
            <thead>
                <tr>
                    <th scope="col">"What"</th>
                    <th scope="col">"Status"</th>
                    <th scope="col">"Last response"</th>
                    <th scope="col" class="table__numeric">"Days since the team updated it"</th>
                </tr>
            </thead>
            <tbody>
                {summary.into_iter().map(|i| view! {
                    <tr class:table__row--stale=i.stale>
                        <td>{format!("{}: ", i.kind)}{i.title}<br /><span class="hint">{i.neighbourhood}</span></td>
                        <td>{i.status}{i.stale.then(|| view! { <strong class="tag tag--warning">"No update for 3 months"</strong> })}</td>
                        <td>{i.last_response.map_or_else(|| "None yet".to_string(), |(what, when)| format!("{what}, {when}"))}</td>
                        <td class="table__numeric">{i.days_since_update}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=format!("/groups/{reference}/record.csv") download>"Download the group's record (CSV)"</a></p>

        <h2 class="heading-m">"Timelines"</h2>
        {items.into_iter().enumerate().map(|(n, i)| {
            let heading_id = format!("item-{n}");
            let (section_label, list_label) = (heading_id.clone(), heading_id.clone());
            let unfollow = (organiser && i.followed.is_some()).then(|| view! {
                <form method="post" action=ChangeFollowing::url()>
                    <input type="hidden" name="item" value=i.followed.clone().unwrap_or_default() />
                    <input type="hidden" name="action" value=form_value(&FollowAction::Unfollow) />
                    <input type="hidden" name="group" value=reference.clone() />
                    <button type="submit" class="button button--secondary">"Stop following"<span class="visually-hidden">{format!(" {}", i.title)}</span></button>
                </form>
            });
            view! {
                <section class="tracked-item" class:tracked-item--stale=i.stale aria-labelledby=section_label>
                    <h3 class="heading-s" id=heading_id>
                        {format!("{}: ", i.kind)}
                        {match i.link.clone() {
                            Some(link) => view! { <a href=link>{i.title.clone()}</a> }.into_any(),
                            None => view! { <span>{i.title.clone()}</span> }.into_any(),
                        }}
                    </h3>
                    <p>{format!("{}. {}.", i.neighbourhood, i.status)}</p>
                    <ol class="timeline" aria-labelledby=list_label>
                        {i.events.into_iter().map(|(when, what, text)| view! {
                            <li class="timeline__item">
                                <p class="timeline__when">{format!("{when} – {what}")}</p>
                                <p class="timeline__text">{text}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                    {unfollow}
                </section>
            }
        }).collect_view()}

        {organiser.then(|| view! {
            <h2 class="heading-m">"Follow something"</h2>
            {if choices.is_empty() {
                view! { <p>"The group follows everything its neighbourhoods have."</p> }.into_any()
            } else {
                let follow_feedback = feedback.for_form("follow");
                view! {
                    <form method="post" action=ChangeFollowing::url()>
                        <input type="hidden" name="action" value=form_value(&FollowAction::Follow) />
                        <input type="hidden" name="group" value=reference.clone() />
                        <Select id="item" name="item" label="What should the group follow?" options=choices chosen=String::new() error=follow_feedback.error("item") placeholder="Choose a priority, problem, vote or neighbourhood" />
                        <button type="submit" class="button">"Follow"</button>
                    </form>
                }
                .into_any()
            }}
            <h2 class="heading-m">"Put an issue forward"</h2>
            {if verified {
                view! {
                    <p>"An issue you put forward becomes a concern from the group: the team replies within 72 hours, and replies go to every organiser. You can propose it for the next priority vote."</p>
                    <ul class="list">
                        {teams.iter().map(|(code, n)| view! {
                            <li><a href=raise_concern_path(code)>{format!("Put an issue forward to the {n} team")}</a></li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            } else {
                view! { <p>"You can put issues forward once the group has been verified."</p> }.into_any()
            }}
            <p><a href=members_path(&reference)>"Manage members and invite people"</a></p>
        })}

        <h2 class="heading-m">"Meetings with the team"</h2>
        <crate::components::meetings::MeetingTable meetings caption="Meetings with the team" />

        <h2 class="heading-m" id="preferences">"Your choices"</h2>
        <form method="post" action=GroupPreferences::url()>
            <input type="hidden" name="reference" value=reference.clone() />
            <p>{format!("Emails about changes: {}. ", alerts_words(alerts))}<a href="/account#alerts">"Change how often you hear"</a></p>
            <crate::components::form::Checkbox name="show_name" label="Show my name on the group's public page" checked=show_name />
            <button type="submit" class="button button--secondary">"Save your choices"</button>
        </form>
        <h2 class="heading-m" id="leave">"Leave the group"</h2>
        <form method="post" action=LeaveGroup::url()>
            <input type="hidden" name="reference" value=reference />
            <button type="submit" class="button button--warning">"Leave the group"</button>
        </form>
    }
    .into_any()
}
