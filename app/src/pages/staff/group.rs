//! A community group for staff: verifying it (or declining it, with the reason its organisers
//! are told), the issues it put forward, and the meetings teams have had with it, with a form
//! to record one. Team members of the group's neighbourhoods, moderators and administrators
//! see it; recording a meeting is for the neighbourhoods' teams.

use crate::components::form::{
    Choice, DateInput, FeedbackBanner, Radios, Select, TextArea, TextField, checkbox_list,
    page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FieldError, FormFeedback, TypedDate, form_value};
use crate::domain::group::{MOST_NOTES, group_path, staff_group_path};
use crate::policy::{Denied, Permit};
use crate::request::{RequestContext, StaffGuard, deny_access};
use crate::services::groups::Group;
use crate::state::fault;
use entity::community_group::GroupStatus;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq)]
struct StaffGroupView {
    reference: String,
    name: String,
    kind: &'static str,
    description: String,
    status: GroupStatus,
    status_reason: String,
    neighbourhoods: String,
    organisers: usize,
    members: usize,
    /// Who registered it (its first member), to check it is real: (name, email address).
    registered_by: Option<(String, String)>,
    /// (reference, team page, neighbourhood, status, put forward on)
    concerns: Vec<(String, Option<String>, String, String, String)>,
    meetings: Vec<crate::services::group_meetings::Meeting>,
    /// The neighbourhoods this member of staff can record meetings for: (id, name)
    teams: Vec<(String, String)>,
    /// Their current priorities: (id, "neighbourhood: issue")
    priorities: Vec<(String, String)>,
    feedback: FormFeedback,
}

/// Whether the member of staff may act for the group: the neighbourhoods' team members,
/// moderators and administrators. Only they learn which groups exist.
async fn access(
    context: &RequestContext,
    reference: &str,
) -> Result<StaffGuard<Group>, ServerFnError> {
    let group = crate::services::groups::by_reference(&context.state.db, reference)
        .await
        .map_err(|e| fault("reading a group", e))?;
    StaffGuard::check(context, group, |member, group| {
        let neighbourhoods = group.neighbourhood_ids();
        crate::policy::group::act_for(member, group, &neighbourhoods)
    })
    .await
}

async fn staff_action(
    context: &RequestContext,
    reference: &str,
) -> Result<Permit<Group>, ServerFnError> {
    access(context, reference)
        .await?
        .action("There is no such group.")
}

async fn staff_group(reference: String) -> Result<StaffGroupView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::{concerns, following, group_meetings, groups, priorities};
    use entity::group_member::MemberStatus;
    let context = RequestContext::new().await?;
    let (member, group) = access(&context, &reference).await?.page()?.into_parts();
    let db = &context.state.db;
    let members = groups::members(db, group.group.id)
        .await
        .map_err(|e| fault("reading a group's members", e))?;
    let active = members
        .iter()
        .filter(|m| m.member.status == MemberStatus::Active);
    let concern_rows = following::put_forward(db, group.group.id)
        .await
        .map_err(|e| fault("reading what a group put forward", e))?
        .into_iter()
        .map(|c| {
            let n = group
                .neighbourhoods
                .iter()
                .find(|n| n.id == c.neighbourhood_id);
            let team = n
                .filter(|n| crate::policy::neighbourhood::may_manage(&member, n.id))
                .map(|n| concerns::team_concern_path(&n.code, &c.reference));
            (
                c.reference,
                team,
                n.map(|n| n.name.clone()).unwrap_or_default(),
                crate::domain::concern::status_label(c.status).to_string(),
                format_date(c.created_at),
            )
        })
        .collect();
    let mut teams = Vec::new();
    let mut priority_choices = Vec::new();
    for n in group
        .neighbourhoods
        .iter()
        .filter(|n| crate::policy::neighbourhood::may_manage(&member, n.id))
    {
        teams.push((n.id.to_string(), n.name.clone()));
        for p in priorities::for_neighbourhood(db, n.id, false)
            .await
            .map_err(|e| fault("reading priorities", e))?
        {
            priority_choices.push((
                p.priority.id.to_string(),
                format!("{}: {}", n.name, p.priority.issue),
            ));
        }
    }
    Ok(StaffGroupView {
        registered_by: members.first().map(|m| {
            (
                m.name.clone().unwrap_or_else(|| "No name given".into()),
                m.email.clone(),
            )
        }),
        organisers: members
            .iter()
            .filter(|m| crate::policy::group::organises(&m.member))
            .count(),
        members: active.count(),
        concerns: concern_rows,
        meetings: group_meetings::for_group(db, group.group.id)
            .await
            .map_err(|e| fault("reading meetings", e))?,
        teams,
        priorities: priority_choices,
        neighbourhoods: group
            .neighbourhoods
            .iter()
            .map(|n| n.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        reference: group.group.reference,
        name: group.group.name,
        kind: group.group.kind.label(),
        description: group.group.description,
        status: group.group.status,
        status_reason: group.group.status_reason,
        feedback: context.feedback().await?,
    })
}

/// Verify or decline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupDecision {
    Verify,
    Decline,
}

#[server(prefix = "/fn", endpoint = "staff/groups/decide")]
pub async fn decide_group(
    reference: String,
    decision: Option<GroupDecision>,
    reason: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::services::groups::{self, Decided, Decision};
    let context = RequestContext::new().await?;
    let permit = staff_action(&context, &reference).await?;
    let group = permit.subject();
    let path = staff_group_path(&group.group.reference);
    let decision_typed = decision.map(|d| form_value(&d));
    let mut errors = Vec::new();
    let reason_text = plain_text("reason", "Reason", &reason, 1000, &mut errors);
    let decision = match decision {
        Some(GroupDecision::Verify) => Some(Decision::Verify),
        Some(GroupDecision::Decline) if reason_text.is_empty() => {
            errors.push(FieldError::new(
                "reason",
                "Say why the group is declined: its organisers are told",
            ));
            None
        }
        Some(GroupDecision::Decline) => Some(Decision::Decline {
            reason: reason_text,
        }),
        None => {
            errors.push(FieldError::new(
                "decision",
                "Choose whether to verify the group",
            ));
            None
        }
    };
    let (Some(decision), true) = (decision, errors.is_empty()) else {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    "decide",
                    errors,
                    &[
                        ("reason", reason.as_str()),
                        ("decision", decision_typed.as_deref().unwrap_or_default()),
                    ],
                ),
            )
            .await;
    };
    let outcome = groups::decide(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &decision,
    )
    .await
    .map_err(|e| fault("deciding on a group", e))?;
    let feedback = match (outcome, &decision) {
        (Decided::Decided, Decision::Verify) => {
            FormFeedback::notice("decide", "Group verified: its page is public")
        }
        (Decided::Decided, Decision::Decline { .. }) => {
            FormFeedback::notice("decide", "Group declined: its organisers have been told")
        }
        (Decided::NotWaiting, _) => FormFeedback::errors(
            "decide",
            vec![FieldError::new(
                "decision",
                "The group has already been decided on",
            )],
            &[],
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/groups/meeting")]
#[allow(clippy::too_many_arguments)]
pub async fn record_meeting(
    reference: String,
    neighbourhood: Option<i32>,
    met_on_day: String,
    met_on_month: String,
    met_on_year: String,
    attendees: String,
    notes: String,
    priorities: Option<Vec<i32>>,
) -> Result<(), ServerFnError> {
    use crate::domain::group::MeetingForm;
    use crate::services::group_meetings;
    let context = RequestContext::new().await?;
    let permit = staff_action(&context, &reference).await?;
    let (group, member) = (permit.subject(), permit.member());
    let teams: Vec<i32> = group
        .neighbourhood_ids()
        .into_iter()
        .filter(|id| crate::policy::neighbourhood::may_manage(member, *id))
        .collect();
    if teams.is_empty() {
        return Err(deny_access(Denied::Forbidden));
    }
    let path = staff_group_path(&group.group.reference);
    let mut known_priorities = Vec::new();
    for id in &teams {
        for p in crate::services::priorities::for_neighbourhood(&context.state.db, *id, true)
            .await
            .map_err(|e| fault("reading priorities", e))?
        {
            known_priorities.push((p.priority.id, *id));
        }
    }
    let met_on = TypedDate {
        day: met_on_day.clone(),
        month: met_on_month.clone(),
        year: met_on_year.clone(),
    };
    let form = MeetingForm {
        neighbourhood,
        met_on: &met_on,
        attendees: &attendees,
        notes: &notes,
        priorities: priorities.clone().unwrap_or_default(),
    };
    let entry = match form.parse(&teams, &known_priorities, context.now()) {
        Ok(entry) => entry,
        Err(errors) => {
            let chosen = neighbourhood.map(|n| n.to_string()).unwrap_or_default();
            return context
                .reply(
                    &path,
                    FormFeedback::errors(
                        "meeting",
                        errors,
                        &[
                            ("neighbourhood", chosen.as_str()),
                            ("met_on_day", met_on_day.as_str()),
                            ("met_on_month", met_on_month.as_str()),
                            ("met_on_year", met_on_year.as_str()),
                            ("attendees", attendees.as_str()),
                            ("notes", notes.as_str()),
                        ],
                    )
                    .keeping_choices("priorities", &priorities.unwrap_or_default()),
                )
                .await;
        }
    };
    group_meetings::record(&context.state.db, &context.state.clock, &permit, &entry)
        .await
        .map_err(|e| fault("recording a meeting", e))?;
    context
        .reply(&path, FormFeedback::notice("meeting", "Meeting recorded"))
        .await
}

#[component]
pub fn StaffGroupPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || staff_group(reference.clone()),
        |view| view! { <StaffGroup view /> },
    )
}

#[component]
fn StaffGroup(view: StaffGroupView) -> impl IntoView {
    let StaffGroupView {
        reference,
        name,
        kind,
        description,
        status,
        status_reason,
        neighbourhoods,
        organisers,
        members,
        registered_by,
        concerns,
        meetings,
        teams,
        priorities,
        feedback,
    } = view;
    let status_words = match status {
        GroupStatus::Declined | GroupStatus::Closed => format!(
            "{}: {status_reason}",
            crate::domain::group::status_words(status)
        ),
        _ => crate::domain::group::status_words(status).to_string(),
    };
    let decide_feedback = feedback.for_form("decide");
    let meeting_feedback = feedback.for_form("meeting");
    let no_concerns = concerns.is_empty();
    view! {
        <Title text=page_title(&name, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href="/staff/groups" class="back-link">"Community groups"</a></p>
        <span class="caption-l">{kind}</span>
        <h1 class="heading-l">{name}</h1>
        <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">"Reference"</dt><dd class="summary-list__value">{reference.clone()}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Status"</dt><dd class="summary-list__value">{status_words}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Works in"</dt><dd class="summary-list__value">{neighbourhoods}</dd></div>
            {registered_by.map(|(who, email)| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Registered by"</dt>
                    <dd class="summary-list__value">{who}<br /><a href=format!("mailto:{email}")>{email.clone()}</a></dd>
                </div>
            })}
            <div class="summary-list__row"><dt class="summary-list__key">"Members"</dt><dd class="summary-list__value">{format!("{members} ({organisers} organising)")}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"What it does"</dt><dd class="summary-list__value body-preserve">{description}</dd></div>
        </dl>
        <p><a href=group_path(&reference)>"The group's page"</a></p>

        {(status == GroupStatus::Pending).then(|| {
            let choices = vec![
                Choice::new(form_value(&GroupDecision::Verify), "Verify it").hint("It is a real group working in these neighbourhoods. Its page becomes public."),
                Choice::new(form_value(&GroupDecision::Decline), "Decline it").reveal(view! {
                    <TextArea name="reason" label="Why? (its organisers are told)" max=1000 rows=3 feedback=decide_feedback.clone() />
                }.into_any()),
            ];
            view! {
                <h2 class="heading-m">"Verify the group"</h2>
                <form method="post" action=DecideGroup::url()>
                    <input type="hidden" name="reference" value=reference.clone() />
                    <Radios name="decision" legend="Is this a real group working in these neighbourhoods?".to_string() choices chosen=decide_feedback.value("decision") error=decide_feedback.error("decision") />
                    <button type="submit" class="button">"Save the decision"</button>
                </form>
            }
        })}

        <h2 class="heading-m">"Issues it put forward"</h2>
        {no_concerns.then(|| view! { <p>"None yet."</p> })}
        <table class="table" hidden=no_concerns>
            <caption class="visually-hidden">"Issues it put forward"</caption>
            <thead><tr><th scope="col">"Concern"</th><th scope="col">"Neighbourhood"</th><th scope="col">"Status"</th><th scope="col">"Put forward"</th></tr></thead>
            <tbody>
                {concerns.into_iter().map(|(reference, link, place, status, on)| view! {
                    <tr>
                        <td>{match link {
                            Some(link) => view! { <a href=link>{reference}</a> }.into_any(),
                            None => view! { <span>{reference}</span> }.into_any(),
                        }}</td>
                        <td>{place}</td><td>{status}</td><td>{on}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Meetings with the group"</h2>
        <crate::components::meetings::MeetingTable meetings caption="Meetings with the group" />

        {(!teams.is_empty()).then(|| view! {
            <h2 class="heading-m">"Record a meeting"</h2>
            <form method="post" action=RecordMeeting::url() novalidate>
                <input type="hidden" name="reference" value=reference.clone() />
                <Select id="neighbourhood" name="neighbourhood" label="Which team met the group?" options=teams chosen=meeting_feedback.value("neighbourhood") error=meeting_feedback.error("neighbourhood") placeholder="Choose a team" />
                <DateInput name="met_on" legend="When did you meet?" typed=TypedDate::from_fields(|f| meeting_feedback.value(f), "met_on") error=meeting_feedback.error("met_on_day") />
                <TextField name="attendees" label="How many people attended?" class="input input--width-4" feedback=meeting_feedback.clone() />
                <TextArea name="notes" label="Notes (optional)" hint="What was discussed and agreed. The group's members see these notes." max=MOST_NOTES rows=4 feedback=meeting_feedback.clone() />
                {checkbox_list("priorities", "Priorities discussed (optional)", priorities, meeting_feedback.choices("priorities"))}
                <button type="submit" class="button">"Record the meeting"</button>
            </form>
        })}
    }
    .into_any()
}
