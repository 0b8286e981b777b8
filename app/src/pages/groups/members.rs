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
    use crate::services::clock::format_date;
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
            joined: format_date(m.member.joined_at),
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
    use crate::domain::email_address::EmailAddress;
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
            return context
                .reply(
                    &path,
                    FormFeedback::errors(
                        "invite",
                        vec![FieldError::new("email", problem.about_someone_else())],
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
    let feedback = match outcome {
        Invited::Invited => FormFeedback::notice("invite", format!("Invitation sent to {address}")),
        Invited::AlreadyMember => FormFeedback::errors(
            "invite",
            vec![FieldError::new("email", "That person is already a member")],
            &[("email", &email)],
        ),
        Invited::NotAnOrganiser => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                "Only organisers can invite people",
            )],
            &[],
        ),
        Invited::NotVerified => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                "You can invite people once the group has been verified",
            )],
            &[("email", &email)],
        ),
        Invited::TooMany { minutes } => FormFeedback::errors(
            "invite",
            vec![FieldError::new(
                "email",
                crate::domain::forms::try_again_in(
                    "You have sent many invitations in the last hour.",
                    minutes,
                ),
            )],
            &[("email", &email)],
        ),
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
                MemberChange::Approve => "Request approved",
                MemberChange::Refuse => "Request refused",
                MemberChange::MakeOrganiser => "They are now an organiser",
                MemberChange::MakeMember => "They are now a member",
                MemberChange::Remove => "Member removed",
            };
            return context
                .reply(&path, FormFeedback::notice("members", notice))
                .await;
        }
        MemberChanged::NotAnOrganiser => "Only organisers can change members",
        MemberChanged::NotNow => "That member or request has already changed. Check the list again",
        MemberChanged::LastOrganiser => {
            "The group must keep an organiser: make another member an organiser first"
        }
    };
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
                       label: &'static str,
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
    view! {
        <Title text=page_title(&format!("{name}: members"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=dashboard_path(&reference) class="back-link">"Back to the dashboard"</a></p>
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l" id="members">"Members"</h1>
        <h2 class="heading-m">"Asking to join"</h2>
        {no_requests.then(|| view! { <p>"Nobody is waiting."</p> })}
        <table class="table table--stacked" hidden=no_requests>
            <caption class="visually-hidden">"Asking to join"</caption>
            <thead><tr><th scope="col">"Who"</th><th scope="col">"Asked"</th><th scope="col">"Decide"</th></tr></thead>
            <tbody>
                {requests.iter().map(|m| view! {
                    <tr>
                        <td data-label="Who">{m.who.clone()}</td>
                        <td data-label="Asked">{m.joined.clone()}</td>
                        <td class="table__actions" data-label="Decide">
                            {button(&reference, m, MemberChange::Approve, "Approve", "button")}
                            {button(&reference, m, MemberChange::Refuse, "Refuse", "button button--secondary")}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <h2 class="heading-m">"Members"</h2>
        <table class="table table--stacked">
            <caption class="visually-hidden">"Members"</caption>
            <thead><tr><th scope="col">"Who"</th><th scope="col">"Role"</th><th scope="col">"Joined"</th><th scope="col">"Change"</th></tr></thead>
            <tbody>
                {current.iter().map(|m| {
                    let role = if m.organiser { "Organiser" } else { "Member" };
                    let who = if m.is_you { format!("{} (you)", m.who) } else { m.who.clone() };
                    view! {
                        <tr>
                            <td data-label="Who">{who}</td>
                            <td data-label="Role">{role}</td>
                            <td data-label="Joined">{m.joined.clone()}</td>
                            <td class="table__actions" data-label="Change">
                                {if m.organiser {
                                    button(&reference, m, MemberChange::MakeMember, "Make a member", "button button--secondary").into_any()
                                } else {
                                    button(&reference, m, MemberChange::MakeOrganiser, "Make an organiser", "button button--secondary").into_any()
                                }}
                                {(!m.is_you).then(|| button(&reference, m, MemberChange::Remove, "Remove", "button button--warning"))}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <h2 class="heading-m">"Invite someone"</h2>
        <p>"We email them a link that works once, for 14 days. Only the group's organisers see members' addresses."</p>
        <form method="post" action=InviteMember::url() novalidate>
            <input type="hidden" name="reference" value=reference.clone() />
            <TextField name="email" label="Their email address" kind="email" autocomplete="off" feedback=feedback.for_form("invite") />
            <button type="submit" class="button">"Send the invitation"</button>
        </form>
    }
    .into_any()
}
