//! A group's members, for its organisers: requests to approve or refuse, members to make
//! organisers (or members again) or remove, and invitations by email. The group always keeps
//! an organiser.

use super::refuse;
use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, form_value};
use crate::domain::group::{dashboard_path, members_path};
use crate::request::RequestContext;
use crate::request::group::member_access;
use crate::services::groups::MemberChange;
use crate::state::fault;
use crate::{t, t_in};
use entity::group_member::{MemberRole, MemberStatus};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct MemberLine {
    id: i32,
    /// Their name, or their address if they gave none (organisers need to know who it is).
    who: String,
    organiser: bool,
    requested: bool,
    joined: String,
    is_you: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct MembersView {
    reference: String,
    name: String,
    members: Vec<MemberLine>,
    feedback: FormFeedback,
}

async fn members(reference: String) -> Result<MembersView, PageError> {
    let context = RequestContext::new().await?;
    let (access, resident_id) = member_access(&context, &reference).await??;
    if !access.is_organiser() {
        return Err(PageError::Redirect(dashboard_path(
            &access.group.group.reference,
        )));
    }
    let members = crate::services::groups::members(&context.state.db, access.group.group.id)
        .await
        .map_err(|e| fault("reading a group's members", e))?
        .into_iter()
        .map(|m| MemberLine {
            id: m.member.id,
            who: match m.name {
                Some(name) => format!("{name} ({})", m.email),
                None => m.email,
            },
            organiser: m.member.role == MemberRole::Organiser,
            requested: m.member.status == MemberStatus::Requested,
            joined: context.language.date(m.member.joined_at),
            is_you: m.member.resident_id == resident_id.get(),
        })
        .collect();
    Ok(MembersView {
        reference: access.group.group.reference,
        name: access.group.group.name,
        members,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "groups/invite")]
pub async fn invite_member(reference: String, email: String) -> Result<(), ServerFnError> {
    use crate::domain::email_address::{EmailAddress, EmailAddressProblem};
    use crate::services::groups::{self, Invited};
    let context = RequestContext::new().await?;
    let (access, resident_id) = match member_access(&context, &reference).await? {
        Ok(found) => found,
        Err(error) => return refuse(error),
    };
    let path = members_path(&access.group.group.reference);
    let address = match EmailAddress::parse(&email) {
        Ok(address) => address,
        Err(problem) => {
            let message = context.language.text(match problem {
                EmailAddressProblem::Missing => "group-invite-email-missing",
                EmailAddressProblem::Malformed => "email-malformed",
            });
            return context
                .reply(
                    &path,
                    FormFeedback::errors(
                        "invite",
                        vec![FieldError::new("email", message)],
                        &[("email", &email)],
                    ),
                )
                .await;
        }
    };
    let outcome = groups::invite(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &context.state.bucket_keys,
        resident_id,
        &access.group,
        &address,
    )
    .await
    .map_err(|e| fault("inviting someone to a group", e))?;
    let language = context.language;
    let feedback = match outcome {
        Invited::Invited => FormFeedback::notice(
            "invite",
            t_in!(language, "group-invite-sent", email = address.to_string()),
        ),
        Invited::AlreadyMember => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                language.text("group-invite-already-member"),
            )],
            &[("email", &email)],
        ),
        Invited::NotAnOrganiser => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                language.text("group-invite-not-organiser"),
            )],
            &[],
        ),
        Invited::NotVerified => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                language.text("group-invite-not-verified"),
            )],
            &[("email", &email)],
        ),
        Invited::TooMany { minutes } => {
            let (count, unit) = crate::domain::forms::minutes_or_hours(minutes);
            FormFeedback::errors(
                "invite",
                vec![FieldError::new(
                    "email",
                    t_in!(
                        language,
                        "group-invite-too-many",
                        count = count,
                        unit = unit
                    ),
                )],
                &[("email", &email)],
            )
        }
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "groups/members/change")]
pub async fn change_group_member(
    reference: String,
    member_id: i32,
    change: MemberChange,
) -> Result<(), ServerFnError> {
    use crate::services::groups::{self, MemberChanged};
    let context = RequestContext::new().await?;
    let (access, resident_id) = match member_access(&context, &reference).await? {
        Ok(found) => found,
        Err(error) => return refuse(error),
    };
    let path = members_path(&access.group.group.reference);
    let outcome = groups::change_member(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        resident_id,
        &access.group,
        member_id,
        change,
    )
    .await
    .map_err(|e| fault("changing a group's member", e))?;
    let problem = match outcome {
        MemberChanged::Changed => {
            let notice = match change {
                MemberChange::Approve => "group-member-approved",
                MemberChange::Refuse => "group-member-refused",
                MemberChange::MakeOrganiser => "group-member-made-organiser",
                MemberChange::MakeMember => "group-member-made-member",
                MemberChange::Remove => "group-member-removed",
            };
            return context
                .reply(
                    &path,
                    FormFeedback::notice("members", context.language.text(notice)),
                )
                .await;
        }
        MemberChanged::NotAnOrganiser => "group-members-not-organiser",
        MemberChanged::NotNow => "group-members-not-now",
        MemberChanged::LastOrganiser => "group-members-last-organiser",
    };
    let problem = context.language.text(problem);
    context
        .reply(
            &path,
            FormFeedback::errors("members", vec![FieldError::new("members", problem)], &[]),
        )
        .await
}

#[component]
pub fn GroupMembersPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || members(reference.clone()),
        |view| view! { <Members view /> },
    )
}

#[component]
fn Members(view: MembersView) -> impl IntoView {
    let MembersView {
        reference,
        name,
        members,
        feedback,
    } = view;
    let (requests, current): (Vec<_>, Vec<_>) = members.into_iter().partition(|m| m.requested);
    let button = move |reference: &str,
                       member: &MemberLine,
                       change: MemberChange,
                       label: String,
                       class: &'static str| {
        view! {
            <form method="post" action=ChangeGroupMember::url() class="inline-form">
                <input type="hidden" name="reference" value=reference.to_string() />
                <input type="hidden" name="member_id" value=member.id />
                <input type="hidden" name="change" value=form_value(&change) />
                <button type="submit" class=class>{label}<span class="visually-hidden">{format!(": {}", member.who)}</span></button>
            </form>
        }
    };
    let no_requests = requests.is_empty();
    let (who, asked, decide, role, joined, change) = (
        t!("group-column-who"),
        t!("group-column-asked"),
        t!("group-column-decide"),
        t!("group-column-role"),
        t!("group-column-joined"),
        t!("group-column-change"),
    );
    let current_who = who.clone();
    let current_joined = joined.clone();
    view! {
        <Title text=page_title(&t!("group-members-title", group = name.as_str()), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=dashboard_path(&reference) class="back-link">{t!("group-back-to-dashboard")}</a></p>
        <span class="caption-l" lang=crate::components::data::data_lang()>{name.clone()}</span>
        <h1 class="heading-l" id="members">{t!("group-members")}</h1>
        <h2 class="heading-m">{t!("group-requests")}</h2>
        {no_requests.then(|| view! { <p>{t!("group-requests-none")}</p> })}
        <table class="table table--stacked" hidden=no_requests>
            <caption class="visually-hidden">{t!("group-requests")}</caption>
            <thead><tr><th scope="col">{who.clone()}</th><th scope="col">{asked.clone()}</th><th scope="col">{decide.clone()}</th></tr></thead>
            <tbody>
                {requests.iter().map(|m| view! {
                    <tr>
                        <td data-label=who.clone()>{m.who.clone()}</td>
                        <td data-label=asked.clone()>{m.joined.clone()}</td>
                        <td class="table__actions" data-label=decide.clone()>
                            {button(&reference, m, MemberChange::Approve, t!("group-approve"), "button")}
                            {button(&reference, m, MemberChange::Refuse, t!("group-refuse"), "button button--secondary")}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2 class="heading-m">{t!("group-members")}</h2>
        <table class="table table--stacked">
            <caption class="visually-hidden">{t!("group-members")}</caption>
            <thead><tr><th scope="col">{who}</th><th scope="col">{role.clone()}</th><th scope="col">{joined}</th><th scope="col">{change.clone()}</th></tr></thead>
            <tbody>
                {current.iter().map(|m| {
                    let role_words = if m.organiser { t!("group-role-organiser") } else { t!("group-role-member") };
                    let named = if m.is_you { t!("group-member-you", who = m.who.as_str()) } else { m.who.clone() };
                    view! {
                        <tr>
                            <td data-label=current_who.clone()>{named}</td>
                            <td data-label=role.clone()>{role_words}</td>
                            <td data-label=current_joined.clone()>{m.joined.clone()}</td>
                            <td class="table__actions" data-label=change.clone()>
                                {if m.organiser {
                                    button(&reference, m, MemberChange::MakeMember, t!("group-make-member"), "button button--secondary").into_any()
                                } else {
                                    button(&reference, m, MemberChange::MakeOrganiser, t!("group-make-organiser"), "button button--secondary").into_any()
                                }}
                                {(!m.is_you).then(|| button(&reference, m, MemberChange::Remove, t!("group-remove"), "button button--warning"))}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h2 class="heading-m">{t!("group-invite-heading")}</h2>
        <p>{t!("group-invite-intro")}</p>
        <form method="post" action=InviteMember::url() novalidate>
            <input type="hidden" name="reference" value=reference.clone() />
            <TextField name="email" label=t!("group-invite-email-label") kind="email" autocomplete="off" feedback=feedback.for_form("invite") />
            <button type="submit" class="button">{t!("group-invite-button")}</button>
        </form>
    }
    .into_any()
}
