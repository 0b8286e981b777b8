//! A group's dashboard, for its members: every item it follows or put forward, with its status,
//! the team's last response and its date, days since the team last updated it, and the whole
//! timeline, oldest first. Items without an update for three months are highlighted. Organisers
//! choose what the group follows and put issues forward; every member chooses their alerts,
//! whether their name is shown, and may leave. The record downloads as CSV.

use super::group::linked_title;
use super::refuse;
use crate::components::data::{StaffText, data_lang};
use crate::components::form::{FeedbackBanner, OptionGroup, Select, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, form_value};
use crate::domain::group::{Item, dashboard_path, group_path, members_path};
use crate::domain::neighbourhood::raise_concern_path;
use crate::request::RequestContext;
use crate::request::group::{GroupAccess, member_access};
use crate::services::following::{Phrase, Tracked};
use crate::state::fault;
use crate::{t, t_in};
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
    title: StaffText,
    link: Option<String>,
    neighbourhood: String,
    status: String,
    /// (what, when)
    last_response: Option<(String, String)>,
    days_since_update: i64,
    stale: bool,
    /// (when, what, text), oldest first
    events: Vec<(String, String, Vec<Phrase>)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct DashboardView {
    reference: String,
    name: String,
    verified: bool,
    organiser: bool,
    items: Vec<ItemRow>,
    /// What the group could follow: each neighbourhood as a whole, then its priorities,
    /// problems and votes by their titles, grouped.
    choices: Choices,
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

/// What a group could follow and does not yet: (value, label) of whole neighbourhoods, and
/// groups of the items in each, by their titles (the team's words).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Choices {
    neighbourhoods: Vec<(String, String)>,
    items: Vec<OptionGroup>,
}

impl Choices {
    fn is_empty(&self) -> bool {
        self.neighbourhoods.is_empty() && self.items.iter().all(|g| g.options.is_empty())
    }
}

/// What the group could follow in its neighbourhoods and does not yet.
async fn choices(
    context: &RequestContext,
    access: &GroupAccess,
    followed: &[Item],
) -> Result<Choices, ServerFnError> {
    use crate::services::{priorities, problems, votes};
    let db = &context.state.db;
    let language = context.language;
    // What the team wrote: in Welsh where it gave it and the reader reads Welsh.
    let offer = |kind, id, english: String, welsh: Option<String>| {
        let item = Item { kind, id };
        let words = StaffText::chosen(language, &english, welsh.as_deref());
        (!followed.contains(&item)).then(|| (item_value(item), words))
    };
    let mut choices = Choices::default();
    for n in &access.group.neighbourhoods {
        let neighbourhood = n.name.as_str();
        let whole = Item {
            kind: ItemKind::Neighbourhood,
            id: n.id,
        };
        choices
            .neighbourhoods
            .extend((!followed.contains(&whole)).then(|| {
                let words = t_in!(
                    language,
                    "group-follow-offer-neighbourhood",
                    neighbourhood = neighbourhood
                );
                (item_value(whole), words)
            }));
        let priorities = priorities::for_neighbourhood(db, n.id, false)
            .await
            .map_err(|e| fault("reading priorities", e))?
            .into_iter()
            .filter_map(|p| {
                offer(
                    ItemKind::Priority,
                    p.priority.id,
                    p.priority.issue,
                    p.priority.issue_cy,
                )
            })
            .collect();
        let problems = problems::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading problems", e))?
            .into_iter()
            .filter(|p| p.published)
            .filter_map(|p| offer(ItemKind::Problem, p.id, p.title, None))
            .collect();
        let votes = votes::for_neighbourhood(db, n.id)
            .await
            .map_err(|e| fault("reading votes", e))?
            .into_iter()
            .filter_map(|v| offer(ItemKind::Vote, v.id, v.question, v.question_cy))
            .collect();
        for (id, options) in [
            ("group-follow-priorities-in", priorities),
            ("group-follow-problems-in", problems),
            ("group-follow-votes-in", votes),
        ] {
            choices.items.push(OptionGroup {
                label: t_in!(language, id, neighbourhood = neighbourhood),
                options,
            });
        }
    }
    choices.items.retain(|group| !group.options.is_empty());
    Ok(choices)
}

async fn dashboard(reference: String) -> Result<DashboardView, PageError> {
    use crate::domain::priority::days_between;
    use crate::services::{following, group_meetings, resident_accounts};
    let context = RequestContext::new().await?;
    let language = context.language;
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
                .map(|e| (e.happening.words(language), language.date(e.at))),
            days_since_update: days_between(t.last_team_update(), now),
            stale: t.is_stale(now),
            events: t
                .events
                .iter()
                .map(|e| {
                    (
                        language.time(e.at),
                        e.happening.words(language),
                        e.text.phrases(language),
                    )
                })
                .collect(),
            kind: t.kind.words(language),
            title: t.title.chosen(language),
            status: t.status.words(language),
            link: t.link,
            neighbourhood: t.neighbourhood,
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
            Choices::default()
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
    use crate::services::following::{self, Changer, Followed, Unfollowed};
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        context
            .session
            .give_feedback(FormFeedback::notice(
                "sign-in",
                context.language.text("group-follow-sign-in"),
            ))
            .await?;
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let (changer, back) = match group.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
        None => (
            Changer::Resident(resident_id),
            "/account#following".to_string(),
        ),
        Some(reference) => {
            let access = match member_access(&context, reference).await? {
                Ok((access, _)) => access,
                Err(error) => return refuse(error),
            };
            let changer = Changer::Organiser {
                group_id: access.group.group.id,
                resident_id,
            };
            (changer, dashboard_path(&access.group.group.reference))
        }
    };
    let organisers_only = || {
        FormFeedback::errors(
            "follow",
            vec![FieldError::new(
                "item",
                context.language.text("group-follow-organisers-only"),
            )],
            &[],
        )
    };
    let Some(item) = parse_item(&item) else {
        return context
            .reply(
                &back,
                FormFeedback::errors(
                    "follow",
                    vec![FieldError::new(
                        "item",
                        context.language.text("group-follow-choose"),
                    )],
                    &[],
                ),
            )
            .await;
    };
    let db = &context.state.db;
    let notice = match action {
        FollowAction::Follow => match following::follow(db, &context.state.clock, changer, item)
            .await
            .map_err(|e| fault("following", e))?
        {
            Followed::Followed => t_in!(
                context.language,
                "group-now-following",
                kind = form_value(&item.kind)
            ),
            Followed::AlreadyFollowing => context.language.text("group-already-following"),
            Followed::NotAnOrganiser => return context.reply(&back, organisers_only()).await,
            Followed::NoSuchItem => {
                return context
                    .reply(
                        &back,
                        FormFeedback::errors(
                            "follow",
                            vec![FieldError::new(
                                "item",
                                context.language.text("group-cannot-follow"),
                            )],
                            &[],
                        ),
                    )
                    .await;
            }
        },
        FollowAction::Unfollow => match following::unfollow(db, changer, item)
            .await
            .map_err(|e| fault("unfollowing", e))?
        {
            Unfollowed::Stopped | Unfollowed::NotFollowing => {
                context.language.text("group-unfollowed")
            }
            Unfollowed::NotAnOrganiser => return context.reply(&back, organisers_only()).await,
        },
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
            FormFeedback::notice("preferences", context.language.text("group-choices-saved")),
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
                    FormFeedback::notice("account", context.language.text("group-left")),
                )
                .await
        }
        MemberChanged::NotNow | MemberChanged::NotAnOrganiser => {
            context
                .reply(
                    "/account#groups",
                    FormFeedback::notice("account", context.language.text("group-not-member")),
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
                            context.language.text("group-only-organiser"),
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

/// What a timeline says happened: what someone wrote in it is marked as English where it is,
/// on a page in another language.
fn event_text(phrases: Vec<Phrase>) -> impl IntoView {
    phrases
        .into_iter()
        .enumerate()
        .map(|(i, phrase)| {
            let text = match phrase.written {
                Some(written) => written.inside(phrase.words),
                None => phrase.words.into_any(),
            };
            view! { {(i > 0).then_some(" ")}{text} }
        })
        .collect_view()
}

/// How often a resident hears of changes, as the message chooses its words by it.
fn alerts_choice(alerts: FollowAlerts) -> &'static str {
    match alerts {
        FollowAlerts::Weekly => "weekly",
        FollowAlerts::Immediate => "immediate",
        FollowAlerts::None => "none",
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
        <Title text=page_title(&t!("group-dashboard-title", group = name.as_str()), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=group_path(&reference) class="back-link">{t!("group-public-page-link")}</a></p>
        <span class="caption-l" lang=data_lang()>{name.clone()}</span>
        <h1 class="heading-l">{t!("group-dashboard-heading")}</h1>
        {(stale > 0).then(|| view! {
            <p class="inset-text"><strong>{t!("group-stale-count", count = stale)}</strong>{format!(" {}", t!("group-stale-rest", count = stale))}</p>
        })}
        {no_items.then(|| view! { <p>{t!("group-dashboard-none")}</p> })}
        <table class="table" hidden=no_items>
            <caption class="visually-hidden">{t!("group-dashboard-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!("group-column-what")}</th>
                    <th scope="col">{t!("group-column-status")}</th>
                    <th scope="col">{t!("group-column-last-response")}</th>
                    <th scope="col" class="table__numeric">{t!("group-column-days")}</th>
                </tr>
            </thead>
            <tbody>
                {summary.into_iter().map(|i| view! {
                    <tr class:table__row--stale=i.stale>
                        <td>{format!("{} ", t!("group-item-label", kind = i.kind))}{i.title.view()}<br /><span class="hint">{i.neighbourhood}</span></td>
                        <td>{i.status}{i.stale.then(|| view! { <strong class="tag tag--warning">{t!("group-stale-tag")}</strong> })}</td>
                        <td>{i.last_response.map_or_else(|| t!("group-none-yet"), |(what, date)| t!("group-last-response", what = what, date = date))}</td>
                        <td class="table__numeric">{i.days_since_update}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p><a href=format!("/groups/{reference}/record.csv") download>{t!("group-download")}</a></p>

        <h2 class="heading-m">{t!("group-timelines")}</h2>
        {items.into_iter().enumerate().map(|(n, i)| {
            let heading_id = format!("item-{n}");
            let (section_label, list_label) = (heading_id.clone(), heading_id.clone());
            let unfollow = (organiser && i.followed.is_some()).then(|| view! {
                <form method="post" action=ChangeFollowing::url()>
                    <input type="hidden" name="item" value=i.followed.clone().unwrap_or_default() />
                    <input type="hidden" name="action" value=form_value(&FollowAction::Unfollow) />
                    <input type="hidden" name="group" value=reference.clone() />
                    <button type="submit" class="button button--secondary">{t!("group-stop-following")}<span class="visually-hidden" lang=i.title.lang>{format!(" {}", i.title.text)}</span></button>
                </form>
            });
            view! {
                <section class="tracked-item" class:tracked-item--stale=i.stale aria-labelledby=section_label>
                    <h3 class="heading-s" id=heading_id>
                        {format!("{} ", t!("group-item-label", kind = i.kind.as_str()))}
                        {linked_title(i.title.clone(), i.link.clone())}
                    </h3>
                    <p>{t!("group-item-where", neighbourhood = i.neighbourhood.as_str(), status = i.status.as_str())}</p>
                    <ol class="timeline" aria-labelledby=list_label>
                        {i.events.into_iter().map(|(when, what, text)| view! {
                            <li class="timeline__item">
                                <p class="timeline__when">{t!("group-event-when", when = when, what = what)}</p>
                                <p class="timeline__text">{event_text(text)}</p>
                            </li>
                        }).collect_view()}
                    </ol>
                    {unfollow}
                </section>
            }
        }).collect_view()}

        {organiser.then(|| view! {
            <h2 class="heading-m">{t!("group-follow-heading")}</h2>
            {if choices.is_empty() {
                view! { <p>{t!("group-follows-everything")}</p> }.into_any()
            } else {
                let follow_feedback = feedback.for_form("follow");
                view! {
                    <form method="post" action=ChangeFollowing::url()>
                        <input type="hidden" name="action" value=form_value(&FollowAction::Follow) />
                        <input type="hidden" name="group" value=reference.clone() />
                        <Select id="item" name="item" label=t!("group-follow-label") options=choices.neighbourhoods groups=choices.items chosen=String::new() error=follow_feedback.error("item") placeholder=t!("group-follow-placeholder") />
                        <button type="submit" class="button">{t!("group-follow-button")}</button>
                    </form>
                }
                .into_any()
            }}
            <h2 class="heading-m">{t!("group-put-forward-heading")}</h2>
            {if verified {
                view! {
                    <p>{t!("group-put-forward-intro")}</p>
                    <ul class="list">
                        {teams.iter().map(|(code, n)| view! {
                            <li><a href=raise_concern_path(code)>{t!("group-put-forward-link", neighbourhood = n.as_str())}</a></li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            } else {
                view! { <p>{t!("group-put-forward-not-verified")}</p> }.into_any()
            }}
            <p><a href=members_path(&reference)>{t!("group-manage-members")}</a></p>
        })}

        <h2 class="heading-m">{t!("group-meetings-heading")}</h2>
        <crate::components::meetings::MeetingTable meetings caption=t!("group-meetings-heading") />

        <h2 class="heading-m" id="preferences">{t!("group-your-choices")}</h2>
        <form method="post" action=GroupPreferences::url()>
            <input type="hidden" name="reference" value=reference.clone() />
            <p>{format!("{} ", t!("group-alerts", alerts = alerts_choice(alerts)))}<a href="/account#alerts">{t!("group-change-alerts")}</a></p>
            <crate::components::form::Checkbox name="show_name" label=t!("group-show-name") checked=show_name />
            <button type="submit" class="button button--secondary">{t!("group-save-choices")}</button>
        </form>
        <h2 class="heading-m" id="leave">{t!("group-leave")}</h2>
        <form method="post" action=LeaveGroup::url()>
            <input type="hidden" name="reference" value=reference />
            <button type="submit" class="button button--warning">{t!("group-leave")}</button>
        </form>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, render_in};
    use crate::services::following::{EventText, Written};

    fn timeline_html(language: Language, text: &EventText) -> String {
        render_in(language, || event_text(text.phrases(language)).to_html())
    }

    #[test]
    fn a_timeline_marks_as_english_only_the_english_someone_wrote() {
        let issue = |welsh: Option<&str>| EventText::PrioritySet {
            issue: Written {
                english: "Speeding".into(),
                welsh: welsh.map(Into::into),
            },
        };
        let english = timeline_html(Language::English, &issue(Some("Goryrru")));
        assert!(
            english.contains("Set as a local priority: Speeding"),
            "{english}"
        );
        assert!(!english.contains("lang="), "{english}");
        let welsh = timeline_html(Language::Welsh, &issue(None));
        assert!(
            welsh.contains(r#"Pennwyd yn flaenoriaeth leol: <span lang="en">Speeding</span>"#),
            "{welsh}"
        );
        let in_welsh = timeline_html(Language::Welsh, &issue(Some("Goryrru")));
        assert!(
            in_welsh.contains("Pennwyd yn flaenoriaeth leol: Goryrru"),
            "{in_welsh}"
        );
        assert!(!in_welsh.contains("lang="), "{in_welsh}");
    }
}
