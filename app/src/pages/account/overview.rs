//! "Your account": what the portal holds about the resident, and the controls over it.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct AccountView {
    pub email: String,
    pub display_name: Option<String>,
    pub created: String,
    /// Places booked at surgeries still to come: (reference, surgery, when).
    pub bookings: Vec<(String, String, String)>,
    /// Waiting lists joined for surgeries still to come: (entry, surgery, when).
    pub waiting: Vec<(i32, String, String)>,
    /// Concerns raised, newest first: (reference, kind, status).
    pub concerns: Vec<(String, String, &'static str)>,
    /// Emailed when an update answers their concern or vote.
    pub update_emails: bool,
    /// Their community groups: (reference, name, role or status)
    pub groups: Vec<(String, String, &'static str)>,
    /// What they follow themselves: (item as the follow form names it, kind, title, link,
    /// status)
    pub following: Vec<(String, String, String, Option<String>, String)>,
    pub follow_alerts: entity::resident::FollowAlerts,
    pub feedback: FormFeedback,
}

/// The signed-in resident's account; anyone else is sent to sign in.
async fn your_account() -> Result<AccountView, PageError> {
    use crate::services::clock::{format_span, format_time};
    use crate::services::{bookings, resident_accounts};
    use crate::state::fault;
    use entity::booking::BookingStatus;
    use entity::waiting_entry::WaitingStatus;
    let context = crate::request::RequestContext::new().await?;
    let signed_out = || PageError::Redirect("/sign-in".into());
    let id = context
        .session
        .resident_id()
        .await?
        .ok_or_else(signed_out)?;
    let account = resident_accounts::account(&context.state.db, id)
        .await
        .map_err(|e| fault("reading an account", e))?
        .ok_or_else(signed_out)?;
    let now = context.now();
    let bookings = bookings::for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading bookings", e))?
        .into_iter()
        .filter(|b| b.status == BookingStatus::Booked && !b.surgery_cancelled && b.ends_at > now)
        .map(|b| (b.reference, b.title, format_span(b.starts_at, b.ends_at)))
        .collect();
    let waiting = bookings::waiting_for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading waiting lists", e))?
        .into_iter()
        .filter(|w| w.status == WaitingStatus::Waiting && w.starts_at > now)
        .map(|w| (w.id, w.title, format_span(w.starts_at, w.ends_at)))
        .collect();
    let concerns = crate::services::concerns::for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading concerns", e))?
        .into_iter()
        .map(|c| {
            (
                c.reference,
                format!("{} in {}", c.category, c.neighbourhood),
                crate::domain::concern::status_label(c.status),
            )
        })
        .collect();
    let groups = crate::services::groups::of_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading a resident's groups", e))?
        .into_iter()
        .map(|(g, m)| {
            use entity::group_member::{MemberRole, MemberStatus};
            let role = match (m.status, m.role) {
                (MemberStatus::Requested, _) => "Asked to join",
                (MemberStatus::Active, MemberRole::Organiser) => "Organiser",
                (MemberStatus::Active, MemberRole::Member) => "Member",
            };
            (g.group.reference, g.group.name, role)
        })
        .collect();
    let following = crate::services::following::for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading what a resident follows", e))?
        .into_iter()
        .filter_map(|item| match item.tracked {
            crate::services::following::Tracked::Followed(followed) => Some((
                crate::pages::groups::dashboard::item_value(followed),
                item.kind_label,
                item.title,
                item.link,
                item.status,
            )),
            crate::services::following::Tracked::PutForward { .. } => None,
        })
        .collect();
    Ok(AccountView {
        groups,
        following,
        follow_alerts: account.follow_alerts,
        update_emails: account.update_emails,
        bookings,
        waiting,
        concerns,
        email: account.email,
        display_name: account.display_name,
        created: format_time(account.created_at),
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "account/name")]
pub async fn change_display_name(display_name: String) -> Result<(), ServerFnError> {
    use crate::domain::email_address::parse_display_name;
    use crate::domain::forms::FieldError;
    use crate::services::resident_accounts;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    match parse_display_name(&display_name) {
        Ok(name) => {
            resident_accounts::set_display_name(&context.state.db, id, name)
                .await
                .map_err(|e| fault("changing a name", e))?;
            context
                .reply(
                    "/account",
                    FormFeedback::notice("account", "Your name has been saved"),
                )
                .await
        }
        Err(problem) => {
            context
                .reply(
                    "/account",
                    FormFeedback::errors(
                        "account",
                        vec![FieldError::new("display_name", problem)],
                        &[("display_name", &display_name)],
                    ),
                )
                .await
        }
    }
}

/// The answer to "email me about updates?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateEmails {
    Yes,
    No,
}

#[server(prefix = "/fn", endpoint = "account/update-emails")]
pub async fn choose_update_emails(choice: Option<UpdateEmails>) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(choice) = choice else {
        return context
            .reply(
                "/account",
                FormFeedback::errors(
                    "emails",
                    vec![FieldError::new(
                        "choice",
                        "Select whether to get these emails",
                    )],
                    &[],
                ),
            )
            .await;
    };
    let on = choice == UpdateEmails::Yes;
    crate::services::resident_accounts::set_update_emails(&context.state.db, id, on)
        .await
        .map_err(|e| fault("changing which emails a resident gets", e))?;
    let notice = if on {
        "You will be emailed about updates"
    } else {
        "You will not be emailed about updates"
    };
    context
        .reply("/account", FormFeedback::notice("emails", notice))
        .await
}

#[server(prefix = "/fn", endpoint = "account/alerts")]
pub async fn choose_alerts(
    alerts: Option<entity::resident::FollowAlerts>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(alerts) = alerts else {
        return context
            .reply(
                "/account",
                FormFeedback::errors(
                    "alerts",
                    vec![FieldError::new(
                        "alerts",
                        "Select how often to hear about changes",
                    )],
                    &[],
                ),
            )
            .await;
    };
    crate::services::alerts::set_alerts(&context.state.db, &context.state.clock, id, alerts)
        .await
        .map_err(|e| fault("choosing alerts", e))?;
    context
        .reply(
            "/account",
            FormFeedback::notice("alerts", "Your choice is saved"),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "account/waiting/leave")]
pub async fn leave_waiting_list(entry_id: i32) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::domain::surgery::booking_path;
    use crate::services::bookings::{self, LeftWaitingList};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let left = bookings::leave_waiting_list(&context.state.db, id, entry_id)
        .await
        .map_err(|e| fault("leaving a waiting list", e))?;
    match left {
        LeftWaitingList::Left => {
            context
                .reply(
                    "/account",
                    FormFeedback::notice("account", "You have left the waiting list"),
                )
                .await
        }
        // Leaving now would not give the place back: say what they hold and how to let it go.
        LeftWaitingList::GivenAPlace { reference } => {
            context
                .reply(
                    &booking_path(&reference),
                    FormFeedback::notice(
                        "booking",
                        format!(
                            "A place came free and was given to you from the waiting list just before you asked to leave it. Your booking is {reference}. If you no longer need it, cancel it below so someone else can have it."
                        ),
                    ),
                )
                .await
        }
        LeftWaitingList::NotOnIt => {
            context
                .reply(
                    "/account",
                    FormFeedback::errors(
                        "account",
                        vec![FieldError::new(
                            "waiting",
                            "You are not on that waiting list",
                        )],
                        &[],
                    ),
                )
                .await
        }
    }
}

/// Signs out a resident, a member of staff, or both: the whole session ends.
#[server(prefix = "/fn", endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    context.session.sign_out().await?;
    context
        .reply("/", FormFeedback::notice("home", "You have signed out"))
        .await
}

#[component]
pub fn AccountPage() -> impl IntoView {
    page(your_account, |account| view! { <Account account /> })
}

#[component]
fn Account(account: AccountView) -> impl IntoView {
    let AccountView {
        email,
        display_name,
        created,
        bookings,
        waiting,
        concerns,
        update_emails,
        groups,
        following,
        follow_alerts,
        feedback,
    } = account;
    let no_groups = groups.is_empty();
    let no_following = following.is_empty();
    use crate::components::form::{Choice, Radios};
    use crate::domain::forms::form_value;
    use crate::pages::groups::dashboard::{ChangeFollowing, FollowAction};
    use entity::resident::FollowAlerts;
    let no_concerns = concerns.is_empty();
    let no_waiting = waiting.is_empty();
    let no_bookings = bookings.is_empty();
    view! {
        <Title text=page_title("Your account", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Your account"</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">"Email address"</dt>
                <dd class="summary-list__value">{email}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Name"</dt>
                <dd class="summary-list__value">{display_name.clone().unwrap_or_else(|| "Not given".into())}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">"Account created"</dt>
                <dd class="summary-list__value">{created}</dd>
            </div>
        </dl>

        <h2 class="heading-m" id="bookings">"Your surgery bookings"</h2>
        {no_bookings.then(|| view! { <p>"You have no places booked at surgeries to come."</p> })}
        <ul class="surgery-list" aria-labelledby="bookings" hidden=no_bookings>
            {bookings.into_iter().map(|(reference, title, when)| view! {
                <li>
                    <a href=crate::domain::surgery::booking_path(&reference)>{title}</a>
                    <br />{when}<br /><span class="hint">{format!("Reference {reference}")}</span>
                </li>
            }).collect_view()}
        </ul>

        {(!no_waiting).then(|| view! {
            <h2 class="heading-m" id="waiting">"Waiting lists you are on"</h2>
            <ul class="surgery-list" aria-labelledby="waiting">
                {waiting.into_iter().map(|(entry, title, when)| view! {
                    <li>
                        {title.clone()}<br />{when}
                        <form method="post" action=LeaveWaitingList::url()>
                            <input type="hidden" name="entry_id" value=entry />
                            <button type="submit" class="button button--secondary button--small">
                                "Leave the waiting list"<span class="visually-hidden">{format!(" for {title}")}</span>
                            </button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        })}

        <h2 class="heading-m" id="concerns">"Your concerns"</h2>
        {no_concerns.then(|| view! { <p>"You have not raised a concern."</p> })}
        <ul class="surgery-list" aria-labelledby="concerns" hidden=no_concerns>
            {concerns.into_iter().map(|(reference, what, status)| view! {
                <li>
                    <a href=crate::services::concerns::concern_path(&reference)>{what}</a>
                    <br /><strong class="tag">{status}</strong>
                    <br /><span class="hint">{format!("Reference {reference}")}</span>
                </li>
            }).collect_view()}
        </ul>
        <p><a href="/concerns/new">"Raise a concern"</a></p>

        <h2 class="heading-m" id="groups">"Your community groups"</h2>
        {no_groups.then(|| view! { <p>"You are not a member of a community group."</p> })}
        <ul class="surgery-list" aria-labelledby="groups" hidden=no_groups>
            {groups.into_iter().map(|(reference, name, role)| view! {
                <li>
                    <a href=crate::domain::group::group_path(&reference)>{name}</a>
                    <br /><strong class="tag">{role}</strong>
                </li>
            }).collect_view()}
        </ul>
        <p><a href="/groups">"Find a community group"</a>" or "<a href="/groups/new">"register one"</a></p>

        <h2 class="heading-m" id="following">"What you follow"</h2>
        {no_following.then(|| view! { <p>"You do not follow anything yet. You can follow a local priority or a vote from its page."</p> })}
        <ul class="surgery-list" aria-labelledby="following" hidden=no_following>
            {following.into_iter().map(|(item, kind, title, link, status)| view! {
                <li>
                    {format!("{kind}: ")}
                    {match link {
                        Some(link) => view! { <a href=link>{title.clone()}</a> }.into_any(),
                        None => view! { <span>{title.clone()}</span> }.into_any(),
                    }}
                    <br /><strong class="tag">{status}</strong>
                    <form method="post" action=ChangeFollowing::url()>
                        <input type="hidden" name="item" value=item />
                        <input type="hidden" name="action" value=form_value(&FollowAction::Unfollow) />
                        <button type="submit" class="button button--secondary button--small">
                            "Stop following"<span class="visually-hidden">{format!(" {title}")}</span>
                        </button>
                    </form>
                </li>
            }).collect_view()}
        </ul>
        <form method="post" action=ChooseAlerts::url() novalidate id="alerts-form">
            <Radios
                name="alerts"
                legend="How often should we email you about changes to what you and your groups follow?".to_string()
                choices=vec![
                    Choice::new(form_value(&FollowAlerts::Weekly), "Once a week")
                        .hint("A summary each Monday of what the teams did the week before, only if anything changed."),
                    Choice::new(form_value(&FollowAlerts::Immediate), "As things happen"),
                    Choice::new(form_value(&FollowAlerts::None), "Never"),
                ]
                chosen=form_value(&follow_alerts)
                error=feedback.for_form("alerts").error("alerts")
            />
            <button type="submit" class="button button--secondary">"Save"</button>
        </form>

        <h2 class="heading-m">"Emails about updates"</h2>
        <form method="post" action=ChooseUpdateEmails::url() novalidate>
            <crate::components::form::Radios
                name="choice"
                legend="Email me when the team publishes a \"you said, we did\" update on a concern I raised or a vote I voted in".to_string()
                choices=vec![
                    crate::components::form::Choice::new(crate::domain::forms::form_value(&UpdateEmails::Yes), "Yes"),
                    crate::components::form::Choice::new(crate::domain::forms::form_value(&UpdateEmails::No), "No"),
                ]
                chosen=crate::domain::forms::form_value(&if update_emails { UpdateEmails::Yes } else { UpdateEmails::No })
                error=feedback.for_form("emails").error("choice")
            />
            <button type="submit" class="button button--secondary">"Save"</button>
        </form>

        <h2 class="heading-m">"Change your name"</h2>
        <form method="post" action=ChangeDisplayName::url() novalidate>
            <TextField
                name="display_name"
                label="Your name (optional)"
                hint="Leave this blank to be shown as \"a resident\"."
                autocomplete="name"
                value=display_name.unwrap_or_default()
                feedback
            />
            <button type="submit" class="button button--secondary">"Save name"</button>
        </form>

        <h2 class="heading-m">"Your data"</h2>
        <p><a href="/account/data" download="my-neighbourhood-policing-data.json">"Download all your data (JSON)"</a></p>

        <h2 class="heading-m">"Sign out"</h2>
        <form method="post" action=SignOut::url()>
            <button type="submit" class="button button--secondary">"Sign out"</button>
        </form>

        <h2 class="heading-m">"Delete your account"</h2>
        <p>"This erases your email address and name. Anything you have published stays, shown as written by \"a resident\"."</p>
        <p><a href="/account/delete" class="button button--warning">"Delete your account"</a></p>
    }
    .into_any()
}
