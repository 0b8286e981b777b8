//! A community group's public page: what it does, where, what it follows and the issues it
//! put forward (without anything a member wrote that a moderator has not seen), the names of
//! members who chose to be shown, a contact form relayed to its organisers, and asking to join.
//! Until verified, only its members and the staff who may verify it see it.

use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::group::{MOST_MESSAGE, dashboard_path, group_path, staff_group_path};
use crate::domain::neighbourhood::neighbourhood_path;
use crate::request::RequestContext;
use crate::request::group::{GroupAccess, access, page_access};
use crate::state::fault;
use entity::community_group::GroupStatus;
use entity::group_member::MemberStatus;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct GroupView {
    reference: String,
    name: String,
    kind: &'static str,
    description: String,
    status: GroupStatus,
    status_reason: String,
    /// (code, name)
    neighbourhoods: Vec<(String, String)>,
    /// (kind, title, link, status)
    follows: Vec<(String, String, Option<String>, String)>,
    /// (what, neighbourhood, put forward on, status)
    submissions: Vec<(String, String, String, String)>,
    names: Vec<String>,
    signed_in: bool,
    member: bool,
    requested: bool,
    staff_may_act: bool,
    feedback: FormFeedback,
}

async fn group(reference: String) -> Result<GroupView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::following::{self, Tracked};
    let context = RequestContext::new().await?;
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
        match item.tracked {
            Tracked::Followed(_) => {
                follows.push((item.kind_label, item.title, item.link, item.status));
            }
            Tracked::PutForward { .. } => submissions.push((
                item.kind_label,
                item.neighbourhood,
                format_date(item.since),
                item.status,
            )),
        }
    }
    Ok(GroupView {
        names: crate::services::groups::shown_names(db, group.group.id)
            .await
            .map_err(|e| fault("reading a group's members", e))?,
        reference: group.group.reference,
        name: group.group.name,
        kind: group.group.kind.label(),
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
        Requested::Requested => FormFeedback::notice(
            "join",
            "Request sent: the group's organisers will approve it",
        ),
        Requested::AlreadyThere => FormFeedback::notice(
            "join",
            "You are already a member of this group, or have asked to join",
        ),
        Requested::NotOpen => FormFeedback::errors(
            "join",
            vec![crate::domain::forms::FieldError::new(
                "join",
                "You can ask to join once the group has been verified",
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
    use crate::domain::forms::{FieldError, try_again_in};
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
                    "People can contact the group once it has been verified",
                )]),
            )
            .await;
    }
    let (name, email, text) =
        match crate::domain::group::contact_message(&from_name, &from_email, &message) {
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
                    FormFeedback::notice(
                        "contact",
                        "Message sent: the group's organisers will reply to your email address",
                    ),
                )
                .await
        }
        Relayed::TooMany { minutes } => {
            let message = try_again_in("You have sent several messages already.", minutes);
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
                <h1 class="panel__title">"Group registered"</h1>
                <p class="panel__body">"Your reference is"<br /><strong>{feedback.notice.clone().unwrap_or_default()}</strong></p>
            </div>
            <p>"The neighbourhood team or a moderator will check the group. We will email you when it is verified; until then only you and the group's members can see this page."</p>
        }
    });
    let banner = (feedback.form != "registered")
        .then(|| view! { <FeedbackBanner feedback=feedback.clone() /> });
    let status_note = match status {
        GroupStatus::Verified => None,
        GroupStatus::Pending => Some("Waiting for verification: only the group's members and the staff who check groups can see this page.".to_string()),
        GroupStatus::Declined => Some(format!("Not verified, so not public. The reason given: {status_reason}")),
        GroupStatus::Closed => Some(format!("Closed. {status_reason}")),
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
            view! { <h2 class="heading-l">{name.clone()}</h2> }.into_any()
        } else {
            view! { <h1 class="heading-l">{name.clone()}</h1> }.into_any()
        }}
        {status_note.map(|note| view! { <p class="inset-text">{note}</p> })}
        <p class="body-preserve">{description}</p>
        <p>
            "Works in: "
            {neighbourhoods.into_iter().enumerate().map(|(i, (code, n))| view! {
                {(i > 0).then_some(", ")}
                <a href=neighbourhood_path(&code)>{n}</a>
            }).collect_view()}
        </p>
        {(!names.is_empty()).then(|| view! { <p>{format!("Members include {}.", names.join(", "))}</p> })}
        {member.then(|| view! { <p><a href=dashboard_path(&reference) class="button">"Go to the group's dashboard"</a></p> })}
        {staff_may_act.then(|| view! { <p><a href=staff_group_path(&reference)>"Verify the group or record a meeting (staff)"</a></p> })}

        <h2 class="heading-m">"What the group follows"</h2>
        {no_follows.then(|| view! { <p>"The group does not follow anything yet."</p> })}
        <table class="table" hidden=no_follows>
            <caption class="visually-hidden">"What the group follows"</caption>
            <thead><tr><th scope="col">"What"</th><th scope="col">"Status"</th></tr></thead>
            <tbody>
                {follows.into_iter().map(|(what, title, link, status)| view! {
                    <tr>
                        <td>{format!("{what}: ")}{match link {
                            Some(link) => view! { <a href=link>{title}</a> }.into_any(),
                            None => view! { <span>{title}</span> }.into_any(),
                        }}</td>
                        <td>{status}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Issues the group has put forward"</h2>
        {no_submissions.then(|| view! { <p>"The group has not put forward any issues yet."</p> })}
        <table class="table" hidden=no_submissions>
            <caption class="visually-hidden">"Issues the group has put forward"</caption>
            <thead><tr><th scope="col">"Issue"</th><th scope="col">"Neighbourhood"</th><th scope="col">"Put forward"</th><th scope="col">"Status"</th></tr></thead>
            <tbody>
                {submissions.into_iter().map(|(what, place, on, status)| view! {
                    <tr><td>{what}</td><td>{place}</td><td>{on}</td><td>{status}</td></tr>
                }).collect_view()}
            </tbody>
        </table>

        {(public && !member).then(|| {
            let join = if requested {
                view! { <p>"You have asked to join: the group's organisers will approve your request."</p> }.into_any()
            } else if signed_in {
                view! {
                    <p>"The group's organisers see your name and email address, to approve your request and to keep in touch. Nobody else does."</p>
                    <form method="post" action=AskToJoin::url() id="join">
                        <input type="hidden" name="reference" value=reference.clone() />
                        <button type="submit" class="button button--secondary">"Ask to join the group"</button>
                    </form>
                }
                .into_any()
            } else {
                view! { <p><a href="/sign-in">"Sign in"</a>" to ask to join the group."</p> }.into_any()
            };
            view! {
                <h2 class="heading-m">"Join the group"</h2>
                {join}
            }
        })}

        {public.then(|| view! {
            <h2 class="heading-m" id="contact">"Contact the group"</h2>
            <p>"Your message is passed on to the group's organisers by email, with your name and email address so they can reply. It does not go to the police: to report a crime, call 101, or 999 in an emergency."</p>
            <form method="post" action=ContactGroup::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <TextField name="from_name" label="Your name" autocomplete="name" feedback=contact_feedback.clone() />
                <TextField name="from_email" label="Your email address" kind="email" autocomplete="email" feedback=contact_feedback.clone() />
                <TextArea name="message" label="Your message" max=MOST_MESSAGE rows=5 feedback=contact_feedback.clone() />
                <button type="submit" class="button">"Send the message"</button>
            </form>
        })}
        <p><a href="/groups">"All community groups"</a></p>
    }
    .into_any()
}
