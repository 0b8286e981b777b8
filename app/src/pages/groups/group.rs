//! A community group's public page: what it does, where, what it follows and the issues it
//! put forward (without anything a member wrote that a moderator has not seen), the names of
//! members who chose to be shown, a contact form relayed to its organisers, and asking to join.
//! Until verified, only its members and the staff who may verify it see it.

use crate::components::data::{DATA, StaffText, data_lang};
use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::group::{
    MOST_MESSAGE, dashboard_path, group_path, kind_words, staff_group_path,
};
use crate::domain::neighbourhood::neighbourhood_path;
use crate::i18n::FluentArgs;
use crate::request::RequestContext;
use crate::request::group::{GroupAccess, access, page_access};
use crate::services::following::Tracked;
use crate::state::fault;
use crate::{t, t_in};
use entity::community_group::GroupStatus;
use entity::group_member::MemberStatus;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct GroupView {
    reference: String,
    name: String,
    kind: String,
    description: String,
    status: GroupStatus,
    status_reason: String,
    /// (code, name)
    neighbourhoods: Vec<(String, String)>,
    /// (kind, title, link, status)
    follows: Vec<(String, StaffText, Option<String>, String)>,
    /// (what, neighbourhood, put forward on, status)
    submissions: Vec<(String, String, String, String)>,
    names: Vec<String>,
    signed_in: bool,
    member: bool,
    requested: bool,
    staff_may_act: bool,
    feedback: FormFeedback,
}

/// The title of something tracked (`TrackedTitle::chosen`), as a link to its page where it has
/// one, or as text in a `<span>`.
pub(super) fn linked_title(title: StaffText, link: Option<String>) -> AnyView {
    let StaffText { text, lang } = title;
    match link {
        Some(link) => view! { <a href=link lang=lang>{text}</a> }.into_any(),
        None => view! { <span lang=lang>{text}</span> }.into_any(),
    }
}

/// A message with one piece of data in it (a group's name, a reason staff wrote): `id` is
/// formatted with `args` and `name` standing for the data, which is marked `lang="en"` on a
/// page in another language.
pub(super) fn with_data(
    id: &str,
    mut args: FluentArgs<'_>,
    name: &'static str,
    data: String,
) -> AnyView {
    args.set(name, DATA);
    crate::components::data::with_data(crate::i18n::current().text_with(id, &args), data)
}

async fn group(reference: String) -> Result<GroupView, PageError> {
    use crate::services::following;
    let context = RequestContext::new().await?;
    let language = context.language;
    let access = page_access(&context, &reference).await?;
    let staff_may_act = access.staff_may_act();
    let GroupAccess {
        group,
        resident_id,
        membership,
        ..
    } = access;
    let db = &context.state.db;
    let tracked = following::for_group(db, group.group.id)
        .await
        .map_err(|e| fault("reading what a group follows", e))?;
    let (mut follows, mut submissions) = (Vec::new(), Vec::new());
    for item in tracked {
        let kind = item.kind.words(language);
        let status = item.status.words(language);
        match item.tracked {
            Tracked::Followed(_) => {
                let title = item.title.chosen(language);
                follows.push((kind, title, item.link, status));
            }
            Tracked::PutForward { .. } => {
                submissions.push((kind, item.neighbourhood, language.date(item.since), status))
            }
        }
    }
    Ok(GroupView {
        names: crate::services::groups::shown_names(db, group.group.id)
            .await
            .map_err(|e| fault("reading a group's members", e))?,
        reference: group.group.reference,
        name: group.group.name,
        kind: kind_words(group.group.kind, language),
        description: group.group.description,
        status: group.group.status,
        status_reason: group.group.status_reason,
        neighbourhoods: group
            .neighbourhoods
            .into_iter()
            .map(|n| (n.code, n.name))
            .collect(),
        follows,
        submissions,
        signed_in: resident_id.is_some(),
        member: membership
            .as_ref()
            .is_some_and(|m| m.status == MemberStatus::Active),
        requested: membership
            .as_ref()
            .is_some_and(|m| m.status == MemberStatus::Requested),
        staff_may_act,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "groups/join")]
pub async fn ask_to_join(reference: String) -> Result<(), ServerFnError> {
    use crate::services::groups::{self, Requested};
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(found) = access(&context, &reference).await? else {
        return super::refuse(PageError::NotFound);
    };
    let outcome = groups::request_to_join(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        resident_id,
        &found.group,
    )
    .await
    .map_err(|e| fault("asking to join a group", e))?;
    let feedback = match outcome {
        Requested::Requested => {
            FormFeedback::notice("join", context.language.text("group-join-requested"))
        }
        Requested::AlreadyThere => {
            FormFeedback::notice("join", context.language.text("group-join-already"))
        }
        Requested::NotOpen => FormFeedback::errors(
            "join",
            vec![crate::domain::forms::FieldError::new(
                "join",
                context.language.text("group-join-not-open"),
            )],
            &[],
        ),
    };
    context
        .reply(&group_path(&found.group.group.reference), feedback)
        .await
}

#[server(prefix = "/fn", endpoint = "groups/contact")]
pub async fn contact_group(
    reference: String,
    from_name: String,
    from_email: String,
    message: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, minutes_or_hours};
    use crate::services::groups::{self, Relayed};
    let context = RequestContext::new().await?;
    let Some(found) = access(&context, &reference).await? else {
        return super::refuse(PageError::NotFound);
    };
    let path = group_path(&found.group.group.reference);
    let typed = |errors| {
        FormFeedback::errors(
            "contact",
            errors,
            &[
                ("from_name", from_name.as_str()),
                ("from_email", from_email.as_str()),
                ("message", message.as_str()),
            ],
        )
    };
    if !found.group.is_public() {
        return context
            .reply(
                &path,
                typed(vec![FieldError::new(
                    "message",
                    context.language.text("group-contact-not-open"),
                )]),
            )
            .await;
    }
    let (name, email, text) = match crate::domain::group::contact_message_in(
        &from_name,
        &from_email,
        &message,
        context.language,
    ) {
        Ok(checked) => checked,
        Err(errors) => return context.reply(&path, typed(errors)).await,
    };
    let client_ip = context.client_ip().await;
    let outcome = groups::relay_message(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &context.state.bucket_keys,
        &client_ip,
        &found.group,
        &name,
        email.as_str(),
        &text,
    )
    .await
    .map_err(|e| fault("passing on a message to a group", e))?;
    match outcome {
        Relayed::Sent => {
            context
                .reply(
                    &path,
                    FormFeedback::notice("contact", context.language.text("group-contact-sent")),
                )
                .await
        }
        Relayed::TooMany { minutes } => {
            let (count, unit) = minutes_or_hours(minutes);
            let message = t_in!(
                context.language,
                "group-contact-too-many",
                count = count,
                unit = unit
            );
            context
                .reply(&path, typed(vec![FieldError::new("message", message)]))
                .await
        }
    }
}

#[component]
pub fn GroupPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || group(reference.clone()),
        |view| view! { <Group view /> },
    )
}

#[component]
fn Group(view: GroupView) -> impl IntoView {
    let GroupView {
        reference,
        name,
        kind,
        description,
        status,
        status_reason,
        neighbourhoods,
        follows,
        submissions,
        names,
        signed_in,
        member,
        requested,
        staff_may_act,
        feedback,
    } = view;
    // Just registered: the GOV.UK confirmation panel, with the reference.
    let just_registered = feedback.form == super::register::REGISTERED;
    let registered = just_registered.then(|| {
        view! {
            <div class="panel panel--confirmation">
                <h1 class="panel__title">{t!("group-registered")}</h1>
                <p class="panel__body">{t!("group-registered-reference")}<br /><strong>{feedback.notice.clone().unwrap_or_default()}</strong></p>
            </div>
            <p>{t!("group-registered-next")}</p>
        }
    });
    let banner = (feedback.form != "registered")
        .then(|| view! { <FeedbackBanner feedback=feedback.clone() /> });
    let status_note = match status {
        GroupStatus::Verified => None,
        GroupStatus::Pending => Some(t!("group-status-pending").into_any()),
        GroupStatus::Declined => Some(with_data(
            "group-status-declined",
            FluentArgs::new(),
            "reason",
            status_reason,
        )),
        GroupStatus::Closed => Some(with_data(
            "group-status-closed",
            FluentArgs::new(),
            "reason",
            status_reason,
        )),
    };
    let contact_feedback = feedback.for_form("contact");
    let public = status == GroupStatus::Verified;
    let no_follows = follows.is_empty();
    let no_submissions = submissions.is_empty();
    view! {
        <Title text=page_title(&name, &feedback) />
        {banner}
        {registered}
        <span class="caption-l">{kind}</span>
        // The confirmation panel is the page's heading when there is one.
        {if just_registered {
            view! { <h2 class="heading-l" lang=data_lang()>{name.clone()}</h2> }.into_any()
        } else {
            view! { <h1 class="heading-l" lang=data_lang()>{name.clone()}</h1> }.into_any()
        }}
        {status_note.map(|note| view! { <p class="inset-text">{note}</p> })}
        <p class="body-preserve" lang=data_lang()>{description}</p>
        <p>
            {format!("{} ", t!("group-works-in"))}
            {neighbourhoods.into_iter().enumerate().map(|(i, (code, n))| view! {
                {(i > 0).then_some(", ")}
                <a href=neighbourhood_path(&code)>{n}</a>
            }).collect_view()}
        </p>
        {(!names.is_empty()).then(|| view! { <p>{t!("group-members-include", names = crate::i18n::current().list(&names))}</p> })}
        {member.then(|| view! { <p><a href=dashboard_path(&reference) class="button">{t!("group-dashboard-link")}</a></p> })}
        {staff_may_act.then(|| view! { <p><a href=staff_group_path(&reference)>{t!("group-staff-link")}</a></p> })}

        <h2 class="heading-m">{t!("group-follows-title")}</h2>
        {no_follows.then(|| view! { <p>{t!("group-follows-none")}</p> })}
        <table class="table" hidden=no_follows>
            <caption class="visually-hidden">{t!("group-follows-title")}</caption>
            <thead><tr><th scope="col">{t!("group-column-what")}</th><th scope="col">{t!("group-column-status")}</th></tr></thead>
            <tbody>
                {follows.into_iter().map(|(what, title, link, status)| view! {
                    <tr>
                        <td>{format!("{} ", t!("group-item-label", kind = what))}{linked_title(title, link)}</td>
                        <td>{status}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">{t!("group-submissions-title")}</h2>
        {no_submissions.then(|| view! { <p>{t!("group-submissions-none")}</p> })}
        <table class="table" hidden=no_submissions>
            <caption class="visually-hidden">{t!("group-submissions-title")}</caption>
            <thead><tr><th scope="col">{t!("group-column-issue")}</th><th scope="col">{t!("group-column-neighbourhood")}</th><th scope="col">{t!("group-column-put-forward")}</th><th scope="col">{t!("group-column-status")}</th></tr></thead>
            <tbody>
                {submissions.into_iter().map(|(what, place, on, status)| view! {
                    <tr><td>{what}</td><td>{place}</td><td>{on}</td><td>{status}</td></tr>
                }).collect_view()}
            </tbody>
        </table>

        {(public && !member).then(|| {
            let join = if requested {
                view! { <p>{t!("group-join-asked")}</p> }.into_any()
            } else if signed_in {
                view! {
                    <p>{t!("group-join-privacy")}</p>
                    <form method="post" action=AskToJoin::url() id="join">
                        <input type="hidden" name="reference" value=reference.clone() />
                        <button type="submit" class="button button--secondary">{t!("group-join-ask-button")}</button>
                    </form>
                }
                .into_any()
            } else {
                let before = t!("group-join-sign-in-before");
                let link = view! { <a href="/sign-in">{t!("group-join-sign-in-link")}</a> };
                let after = t!("group-join-sign-in-after");
                // Nothing before the link in English: no empty text there.
                if before.is_empty() {
                    view! { <p>{link}{after}</p> }.into_any()
                } else {
                    view! { <p>{before}{link}{after}</p> }.into_any()
                }
            };
            view! {
                <h2 class="heading-m">{t!("group-join-section")}</h2>
                {join}
            }
        })}

        {public.then(|| view! {
            <h2 class="heading-m" id="contact">{t!("group-contact-title")}</h2>
            <p>{t!("group-contact-intro")}</p>
            <form method="post" action=ContactGroup::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextField name="from_name" label=t!("group-contact-name") autocomplete="name" feedback=contact_feedback.clone() />
                <TextField name="from_email" label=t!("group-contact-email") kind="email" autocomplete="email" feedback=contact_feedback.clone() />
                <TextArea name="message" label=t!("group-contact-message") max=MOST_MESSAGE rows=5 feedback=contact_feedback.clone() />
                <button type="submit" class="button">{t!("group-contact-button")}</button>
            </form>
        })}
        <p><a href="/groups">{t!("group-all-link")}</a></p>
    }
    .into_any()
}
