//! "Your account": what the portal holds about the resident, and the controls over it.

use crate::components::data::{DATA, StaffText, with_data};
use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct AccountView {
    pub email: String,
    pub display_name: Option<String>,
    pub created: String,
    /// Places booked at surgeries still to come: (reference, surgery, when).
    pub bookings: Vec<(String, StaffText, String)>,
    /// Waiting lists joined for surgeries still to come: (entry, surgery, when).
    pub waiting: Vec<(i32, StaffText, String)>,
    /// Concerns raised, newest first: (reference, category, neighbourhood, status).
    pub concerns: Vec<(String, String, String, String)>,
    /// Emailed when an update answers their concern or vote.
    pub update_emails: bool,
    /// Their community groups: (reference, name, role or status)
    pub groups: Vec<(String, String, String)>,
    /// What they follow themselves.
    pub following: Vec<Following>,
    pub follow_alerts: entity::resident::FollowAlerts,
    /// How each kind of team message comes.
    pub message_choices: Vec<(
        entity::team_message::MessageKind,
        entity::message_preference::MessageFrequency,
    )>,
    /// The latest messages they were sent: (reference, title, when).
    pub received: Vec<(String, StaffText, String)>,
    pub feedback: FormFeedback,
}

/// Something the resident follows, in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Following {
    /// The item as the follow form names it.
    item: String,
    /// "Priority:", "Vote:", …
    kind: String,
    title: StaffText,
    link: Option<String>,
    status: String,
}

/// What the resident follows, in `language`.
fn following(
    language: crate::i18n::Language,
    followed: crate::domain::group::Item,
    item: crate::services::following::TrackedItem,
) -> Following {
    use entity::follow::ItemKind;
    Following {
        item: crate::pages::groups::dashboard::item_value(followed),
        kind: language.text(match followed.kind {
            ItemKind::Priority => "account-following-priority",
            ItemKind::Problem => "account-following-problem",
            ItemKind::Vote => "account-following-vote",
            ItemKind::Neighbourhood => "account-following-neighbourhood",
        }),
        title: item.title.chosen(language),
        link: item.link,
        status: item.status.words(language),
    }
}

/// A concern's status, in `language`.
fn concern_status(
    language: crate::i18n::Language,
    status: entity::concern::ConcernStatus,
) -> String {
    use entity::concern::ConcernStatus;
    language.text(match status {
        ConcernStatus::Received => "account-concern-received",
        ConcernStatus::Replied => "account-concern-replied",
        ConcernStatus::UnderReview => "account-concern-under-review",
        ConcernStatus::BeingWorkedOn => "account-concern-being-worked-on",
        ConcernStatus::PassedToPartner => "account-concern-passed-to-partner",
        ConcernStatus::Closed => "account-concern-closed",
    })
}

/// The signed-in resident's account; anyone else is sent to sign in.
async fn your_account() -> Result<AccountView, PageError> {
    use crate::services::{bookings, resident_accounts};
    use crate::state::fault;
    use entity::booking::BookingStatus;
    use entity::waiting_entry::WaitingStatus;
    let context = crate::request::RequestContext::new().await?;
    let language = context.language;
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
        .map(|b| {
            let title = StaffText::chosen(language, &b.title, b.title_cy.as_deref());
            (b.reference, title, language.span(b.starts_at, b.ends_at))
        })
        .collect();
    let waiting = bookings::waiting_for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading waiting lists", e))?
        .into_iter()
        .filter(|w| w.status == WaitingStatus::Waiting && w.starts_at > now)
        .map(|w| {
            let title = StaffText::chosen(language, &w.title, w.title_cy.as_deref());
            (w.id, title, language.span(w.starts_at, w.ends_at))
        })
        .collect();
    let concerns = crate::services::concerns::for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading concerns", e))?
        .into_iter()
        .map(|c| {
            (
                c.reference,
                c.category,
                c.neighbourhood,
                concern_status(language, c.status),
            )
        })
        .collect();
    let groups = crate::services::groups::of_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading a resident's groups", e))?
        .into_iter()
        .map(|(g, m)| {
            use entity::group_member::{MemberRole, MemberStatus};
            let role = language.text(match (m.status, m.role) {
                (MemberStatus::Requested, _) => "account-group-asked",
                (MemberStatus::Active, MemberRole::Organiser) => "account-group-organiser",
                (MemberStatus::Active, MemberRole::Member) => "account-group-member",
            });
            (g.group.reference, g.group.name, role)
        })
        .collect();
    let following = crate::services::following::for_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading what a resident follows", e))?
        .into_iter()
        .filter_map(|item| match item.tracked {
            crate::services::following::Tracked::Followed(followed) => {
                Some(following(language, followed, item))
            }
            crate::services::following::Tracked::PutForward { .. } => None,
        })
        .collect();
    let message_choices = crate::services::message_preferences::of_resident(&context.state.db, id)
        .await
        .map_err(|e| fault("reading a resident's choice of messages", e))?;
    let received = crate::services::message_replies::received(&context.state.db, id, 10)
        .await
        .map_err(|e| fault("reading the messages sent to a resident", e))?
        .into_iter()
        .map(|m| {
            (
                m.reference,
                StaffText::of(language, (&m.title, true)),
                language.date(m.queued_at),
            )
        })
        .collect();
    Ok(AccountView {
        received,
        groups,
        following,
        message_choices,
        follow_alerts: account.follow_alerts,
        update_emails: account.update_emails,
        bookings,
        waiting,
        concerns,
        email: account.email,
        display_name: account.display_name,
        created: language.time(account.created_at),
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
                    FormFeedback::notice("account", context.language.text("account-name-saved")),
                )
                .await
        }
        Err(problem) => {
            use crate::domain::email_address::DisplayNameProblem;
            let message = context.language.text(match problem {
                DisplayNameProblem::TooLong => "account-name-too-long",
                DisplayNameProblem::Unprintable => "account-name-unprintable",
            });
            context
                .reply(
                    "/account",
                    FormFeedback::errors(
                        "account",
                        vec![FieldError::new("display_name", message)],
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
                        context.language.text("account-update-emails-missing"),
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
    let notice = context.language.text(if on {
        "account-update-emails-on"
    } else {
        "account-update-emails-off"
    });
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
                        context.language.text("account-alerts-missing"),
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
            FormFeedback::notice("alerts", context.language.text("account-alerts-saved")),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "account/messages")]
pub async fn choose_messages(
    #[server(flatten)] form: crate::domain::team_message::MessageChoicesForm,
) -> Result<(), ServerFnError> {
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some(id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    crate::services::message_preferences::set(&context.state.db, id, &form.chosen())
        .await
        .map_err(|e| fault("choosing messages", e))?;
    context
        .reply(
            "/account",
            FormFeedback::notice("messages", context.language.text("account-messages-saved")),
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
                    FormFeedback::notice("account", context.language.text("account-left-waiting")),
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
                        crate::t_in!(
                            context.language,
                            "account-given-a-place",
                            reference = reference.as_str()
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
                            context.language.text("account-not-waiting"),
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
        .reply(
            "/",
            FormFeedback::notice("home", context.language.text("account-signed-out")),
        )
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
        message_choices,
        received,
        feedback,
    } = account;
    let no_received = received.is_empty();
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
        <Title text=page_title(&t!("account-title"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">{t!("account-title")}</h1>
        <dl class="summary-list">
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("account-email")}</dt>
                <dd class="summary-list__value">{email}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("account-name")}</dt>
                <dd class="summary-list__value">{display_name.clone().unwrap_or_else(|| t!("account-name-not-given"))}</dd>
            </div>
            <div class="summary-list__row">
                <dt class="summary-list__key">{t!("account-created")}</dt>
                <dd class="summary-list__value">{created}</dd>
            </div>
        </dl>

        <h2 class="heading-m" id="bookings">{t!("account-bookings")}</h2>
        {no_bookings.then(|| view! { <p>{t!("account-no-bookings")}</p> })}
        <ul class="surgery-list" aria-labelledby="bookings" hidden=no_bookings>
            {bookings.into_iter().map(|(reference, title, when)| view! {
                <li>
                    <a href=crate::domain::surgery::booking_path(&reference) lang=title.lang>{title.text}</a>
                    <br />{when}<br /><span class="hint">{t!("account-reference", reference = reference.as_str())}</span>
                </li>
            }).collect_view()}
        </ul>

        {(!no_waiting).then(|| view! {
            <h2 class="heading-m" id="waiting">{t!("account-waiting")}</h2>
            <ul class="surgery-list" aria-labelledby="waiting">
                {waiting.into_iter().map(|(entry, title, when)| view! {
                    <li>
                        <span lang=title.lang>{title.text.clone()}</span><br />{when}
                        <form method="post" action=LeaveWaitingList::url()>
                            <input type="hidden" name="entry_id" value=entry />
                            <button type="submit" class="button button--secondary button--small">
                                {t!("account-leave-waiting")}<span class="visually-hidden">" "{with_data(t!("account-leave-waiting-for", title = DATA), title.text)}</span>
                            </button>
                        </form>
                    </li>
                }).collect_view()}
            </ul>
        })}

        <h2 class="heading-m" id="concerns">{t!("account-concerns")}</h2>
        {no_concerns.then(|| view! { <p>{t!("account-no-concerns")}</p> })}
        <ul class="surgery-list" aria-labelledby="concerns" hidden=no_concerns>
            {concerns.into_iter().map(|(reference, category, neighbourhood, status)| view! {
                <li>
                    <a href=crate::services::concerns::concern_path(&reference)>{with_data(
                        t!("account-concern-what", category = DATA, neighbourhood = neighbourhood.as_str()),
                        category,
                    )}</a>
                    <br /><strong class="tag">{status}</strong>
                    <br /><span class="hint">{t!("account-reference", reference = reference.as_str())}</span>
                </li>
            }).collect_view()}
        </ul>
        <p><a href="/concerns/new">{t!("account-raise-concern")}</a></p>

        <h2 class="heading-m" id="groups">{t!("account-groups")}</h2>
        {no_groups.then(|| view! { <p>{t!("account-no-groups")}</p> })}
        <ul class="surgery-list" aria-labelledby="groups" hidden=no_groups>
            {groups.into_iter().map(|(reference, name, role)| view! {
                <li>
                    <a href=crate::domain::group::group_path(&reference) lang="en">{name}</a>
                    <br /><strong class="tag">{role}</strong>
                </li>
            }).collect_view()}
        </ul>
        <p><a href="/groups">{t!("account-find-group")}</a>" "{t!("account-find-or-register")}" "<a href="/groups/new">{t!("account-register-group")}</a></p>

        <h2 class="heading-m" id="following">{t!("account-following")}</h2>
        {no_following.then(|| view! { <p>{t!("account-following-none")}</p> })}
        <ul class="surgery-list" aria-labelledby="following" hidden=no_following>
            {following.into_iter().map(|Following { item, kind, title, link, status }| {
                let StaffText { text: title, lang } = title;
                view! {
                    <li>
                        {kind}" "
                        {match link {
                            Some(link) => view! { <a href=link lang=lang>{title.clone()}</a> }.into_any(),
                            None => view! { <span lang=lang>{title.clone()}</span> }.into_any(),
                        }}
                        <br /><strong class="tag">{status}</strong>
                        <form method="post" action=ChangeFollowing::url()>
                            <input type="hidden" name="item" value=item />
                            <input type="hidden" name="action" value=form_value(&FollowAction::Unfollow) />
                            <button type="submit" class="button button--secondary button--small">
                                {t!("account-stop-following")}<span class="visually-hidden" lang=lang>{format!(" {title}")}</span>
                            </button>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ul>
        <form method="post" action=ChooseAlerts::url() novalidate id="alerts-form">
            <Radios
                name="alerts"
                legend=t!("account-alerts-legend")
                choices=vec![
                    Choice::new(form_value(&FollowAlerts::Weekly), t!("account-alerts-weekly"))
                        .hint(t!("account-alerts-weekly-hint")),
                    Choice::new(form_value(&FollowAlerts::Immediate), t!("account-alerts-immediate")),
                    Choice::new(form_value(&FollowAlerts::None), t!("account-alerts-never")),
                ]
                chosen=form_value(&follow_alerts)
                error=feedback.for_form("alerts").error("alerts")
            />
            <button type="submit" class="button button--secondary">{t!("account-save")}</button>
        </form>

        <h2 class="heading-m" id="messages">{t!("account-messages-title")}</h2>
        <p>{t!("account-messages-intro")}</p>
        <form method="post" action=ChooseMessages::url() novalidate>
            {message_choices.into_iter().map(|(kind, frequency)| {
                use crate::domain::team_message::{MessageChoicesForm, kind_key};
                use entity::message_preference::MessageFrequency;
                view! {
                    <Radios
                        name=MessageChoicesForm::field(kind)
                        legend=t!(kind_key(kind))
                        choices=vec![
                            Choice::new(form_value(&MessageFrequency::Immediate), t!("account-messages-immediate")),
                            Choice::new(form_value(&MessageFrequency::Daily), t!("account-messages-daily")),
                            Choice::new(form_value(&MessageFrequency::Weekly), t!("account-messages-weekly")),
                            Choice::new(form_value(&MessageFrequency::Never), t!("account-messages-never")),
                        ]
                        chosen=form_value(&frequency)
                        error=None
                    />
                }
            }).collect_view()}
            <button type="submit" class="button button--secondary">{t!("account-messages-save")}</button>
        </form>
        <h3 class="heading-s" id="received" hidden=no_received>{t!("account-messages-received-title")}</h3>
        <p hidden=no_received>{t!("account-messages-read-and-reply")}</p>
        <ul class="surgery-list" aria-labelledby="received" hidden=no_received>
            {received.into_iter().map(|(reference, title, when)| view! {
                <li>
                    <a href=crate::services::message_replies::resident_path(&reference) lang=title.lang>{title.text}</a>
                    <br /><span class="hint">{t!("messages-sent-on", date = when)}</span>
                </li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">{t!("account-update-emails")}</h2>
        <form method="post" action=ChooseUpdateEmails::url() novalidate>
            <crate::components::form::Radios
                name="choice"
                legend=t!("account-update-emails-legend")
                choices=vec![
                    crate::components::form::Choice::new(crate::domain::forms::form_value(&UpdateEmails::Yes), t!("account-yes")),
                    crate::components::form::Choice::new(crate::domain::forms::form_value(&UpdateEmails::No), t!("account-no")),
                ]
                chosen=crate::domain::forms::form_value(&if update_emails { UpdateEmails::Yes } else { UpdateEmails::No })
                error=feedback.for_form("emails").error("choice")
            />
            <button type="submit" class="button button--secondary">{t!("account-save")}</button>
        </form>

        <h2 class="heading-m">{t!("account-change-name")}</h2>
        <form method="post" action=ChangeDisplayName::url() novalidate>
            <TextField
                name="display_name"
                label=t!("account-name-label")
                hint=t!("account-name-hint")
                autocomplete="name"
                value=display_name.unwrap_or_default()
                feedback
            />
            <button type="submit" class="button button--secondary">{t!("account-save-name")}</button>
        </form>

        <h2 class="heading-m">{t!("account-your-data")}</h2>
        <p><a href="/account/data" download="my-neighbourhood-policing-data.json">{t!("account-download")}</a></p>

        <h2 class="heading-m">{t!("account-sign-out")}</h2>
        <form method="post" action=SignOut::url()>
            <button type="submit" class="button button--secondary">{t!("account-sign-out")}</button>
        </form>

        <h2 class="heading-m">{t!("account-delete")}</h2>
        <p>{t!("account-delete-explained")}</p>
        <p><a href="/account/delete" class="button button--warning">{t!("account-delete")}</a></p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::group::Item;
    use crate::i18n::Language;
    use crate::services::following::{
        Tracked, TrackedItem, TrackedKind, TrackedStatus, TrackedTitle, Written,
    };
    use entity::follow::ItemKind;

    fn tracked(kind: ItemKind, title: TrackedTitle, status: TrackedStatus) -> (Item, TrackedItem) {
        let item = Item { kind, id: 7 };
        (
            item,
            TrackedItem {
                tracked: Tracked::Followed(item),
                kind: TrackedKind::Item(kind),
                title,
                link: None,
                neighbourhood: "Harborne".into(),
                status,
                since: 0,
                events: vec![],
            },
        )
    }

    fn written(english: &str, welsh: Option<&str>) -> TrackedTitle {
        TrackedTitle::Written(Written {
            english: english.into(),
            welsh: welsh.map(Into::into),
        })
    }

    #[test]
    fn what_is_followed_is_put_in_the_page_language_with_what_the_team_wrote_marked_english() {
        let (item, vote) = tracked(
            ItemKind::Vote,
            written("Which first?", None),
            TrackedStatus::VoteResultsPublished,
        );
        let shown = following(Language::Welsh, item, vote);
        assert_eq!(shown.kind, "Pleidlais:");
        assert_eq!(shown.status, "Canlyniadau wedi'u cyhoeddi");
        assert_eq!(shown.title.text, "Which first?");
        assert_eq!(shown.title.lang, Some("en"));

        let (item, place) = tracked(
            ItemKind::Neighbourhood,
            TrackedTitle::Neighbourhood {
                name: "Harborne".into(),
            },
            TrackedStatus::Neighbourhood {
                current_priorities: 2,
            },
        );
        let shown = following(Language::Polish, item, place);
        assert_eq!(shown.title.text, "Dzielnica Harborne");
        assert_eq!(shown.status, "2 aktualne priorytety");
        assert_eq!(shown.title.lang, None);

        let (item, priority) = tracked(
            ItemKind::Priority,
            written("Speeding", Some("Goryrru")),
            TrackedStatus::Priority(entity::priority::PriorityStatus::ActionUnderWay),
        );
        let shown = following(Language::English, item, priority.clone());
        assert_eq!(shown.status, "Action under way");
        assert_eq!(shown.kind, "Priority:");
        assert_eq!(shown.title.text, "Speeding");
        assert_eq!(shown.title.lang, None);
        // The team's Welsh on a Welsh page, not marked as English.
        let shown = following(Language::Welsh, item, priority);
        assert_eq!(shown.title.text, "Goryrru");
        assert_eq!(shown.title.lang, None);
    }
}
