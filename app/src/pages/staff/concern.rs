//! One concern for its neighbourhood's team: what the resident wrote and how to reach them,
//! the 72-hour clock, the timeline with internal notes, and the forms that reply, note, change
//! the status or put it into a SARA problem.

use super::neighbourhood_concerns::concerns_path;
use crate::components::form::{
    Choice, FeedbackBanner, Radios, Select, TextArea, TextField, page_title,
};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::concern::{MOST_REPLY, StatusChoice, StatusForm};
use crate::domain::forms::{FormFeedback, form_value};
use crate::request::RequestContext;
use crate::services::concerns::{TimelineEntry, team_concern_path};
use crate::state::fault;
use entity::concern::CloseReason;
use entity::concern_event::EventKind;
use entity::concern_referral::ContactConsent;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ConcernView {
    code: String,
    neighbourhood: String,
    reference: String,
    status: &'static str,
    clock: String,
    overdue: bool,
    closed: bool,
    category: String,
    location: String,
    pin: Option<String>,
    description: String,
    when_happens: String,
    resident: String,
    summary: String,
    problem: Option<(String, String)>,
    problems: Vec<(i32, String)>,
    timeline: Vec<TimelineEntry>,
    /// The partner organisations it was passed to: (name, passed when, what they see of the
    /// resident).
    passed_to: Vec<(String, String, &'static str)>,
    /// (id, name) of those working in the neighbourhood it may still be passed to.
    may_pass_to: Vec<(i32, String)>,
    feedback: FormFeedback,
}

fn close_reasons() -> [(CloseReason, &'static str); 4] {
    [
        (CloseReason::ActionTaken, "Action taken"),
        (CloseReason::NoFurtherAction, "No further action"),
        (CloseReason::NotAPoliceMatter, "Not a police matter"),
        (CloseReason::Duplicate, "The same as another concern"),
    ]
}

async fn team_concern(code: String, reference: String) -> Result<ConcernView, PageError> {
    use crate::components::concern_queue::rows;
    use crate::domain::concern::status_label;
    use crate::services::concerns::{self, QueueItem};
    use entity::concern::{ConcernStatus, SummaryStatus};
    let context = RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let found = concerns::team_concern(db, &n, &reference)
        .await
        .map_err(|e| fault("reading a concern", e))?
        .ok_or(PageError::NotFound)?;
    let c = &found.detail.concern;
    let clock = rows(
        vec![QueueItem {
            reference: c.reference.clone(),
            neighbourhood_code: n.code.clone(),
            neighbourhood: n.name.clone(),
            category: String::new(),
            location: String::new(),
            status: c.status,
            created_at: c.created_at,
            due_at: c.due_at,
            first_reply_at: c.first_reply_at,
        }],
        context.now(),
    )
    .remove(0);
    let problems = crate::services::problems::for_neighbourhood(db, n.id)
        .await
        .map_err(|e| fault("reading problems", e))?
        .into_iter()
        .map(|p| (p.id, format!("{} ({})", p.title, p.reference)))
        .collect();
    let mut resident = match (&found.resident_name, &found.resident_email) {
        (_, None) => "A resident (their account has been deleted)".to_string(),
        (Some(name), Some(email)) => format!("{name}, {email}"),
        (None, Some(email)) => email.clone(),
    };
    // Put forward for a community group: replies go to all its organisers.
    if let Some(group) = &found.detail.group {
        resident = format!(
            "{resident}, for the community group {} (replies go to its organisers{})",
            group.name,
            if c.proposed_for_vote {
                "; proposed for the next priority vote"
            } else {
                ""
            }
        );
    }
    let may_pass_to = crate::services::referrals::may_pass_to(&**db, &found.detail)
        .await
        .map_err(|e| fault("listing a neighbourhood's partners", e))?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let passed_to = found
        .detail
        .passed_to
        .iter()
        .map(|p| {
            (
                p.organisation.clone(),
                crate::services::clock::format_time(p.passed_at),
                match p.contact_details {
                    ContactConsent::Given => "The resident lets them see their name and email",
                    ContactConsent::Refused => "The resident keeps their name and email from them",
                    ContactConsent::Asked => {
                        "They see no name or email: the resident has not answered"
                    }
                },
            )
        })
        .collect();
    Ok(ConcernView {
        passed_to,
        may_pass_to,
        code: n.code.clone(),
        neighbourhood: n.name.clone(),
        reference: c.reference.clone(),
        status: status_label(c.status),
        clock: clock.clock,
        overdue: clock.overdue,
        closed: c.status == ConcernStatus::Closed,
        category: found.detail.category.clone(),
        location: c.location.clone(),
        pin: c
            .latitude
            .zip(c.longitude)
            .map(|(lat, lon)| format!("{lat:.5}, {lon:.5}")),
        description: c.description.clone(),
        when_happens: c.when_happens.clone(),
        resident,
        summary: match c.summary_status {
            SummaryStatus::None => "Not agreed: for the team only".into(),
            SummaryStatus::Pending => "Agreed: waiting for a moderator".into(),
            SummaryStatus::Rejected => "Not published (rejected by a moderator)".into(),
            SummaryStatus::Approved => format!(
                "Published: “{}”",
                c.public_summary.clone().unwrap_or_default()
            ),
        },
        problem: found.detail.problem.as_ref().map(|p| {
            (
                crate::services::problems::problem_path(&n.code, &p.reference),
                p.title.clone(),
            )
        }),
        problems,
        timeline: found.detail.timeline.clone(),
        feedback: context.feedback().await?,
    })
}

/// The text of a reply or note, checked; or the form's feedback.
pub(crate) fn written(
    form: &str,
    (field, label): (&str, &str),
    typed: &str,
    missing: &str,
) -> Result<String, FormFeedback> {
    let mut errors = Vec::new();
    let text = crate::domain::forms::required_paragraph(
        field,
        label,
        typed,
        missing,
        MOST_REPLY,
        &mut errors,
    );
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(FormFeedback::errors(form, errors, &[(field, typed)]))
    }
}

fn not_found() -> ServerFnError {
    crate::request::deny(http::StatusCode::NOT_FOUND, "There is no such concern.")
}

#[server(prefix = "/fn", endpoint = "staff/concerns/reply")]
pub async fn reply_to_resident(
    code: String,
    reference: String,
    reply: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::concerns::{self, TeamAction};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_concern_path(&n.code, &reference);
    let text = match written(
        "reply",
        ("reply", "Your reply"),
        &reply,
        "Write your reply to the resident",
    ) {
        Ok(text) => text,
        Err(feedback) => return context.reply(&path, feedback).await,
    };
    let outcome = concerns::team_reply(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &reference,
        &text,
    )
    .await
    .map_err(|e| fault("replying about a concern", e))?;
    let feedback = match outcome {
        TeamAction::Done => {
            FormFeedback::notice("reply", "Your reply has been sent to the resident")
        }
        TeamAction::NoSuchConcern => return Err(not_found()),
        TeamAction::NotNow => FormFeedback::errors(
            "reply",
            vec![FieldError::new(
                "reply",
                "This concern is closed: the resident can reopen it",
            )],
            &[("reply", reply.as_str())],
        ),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/concerns/note")]
pub async fn add_note(code: String, reference: String, note: String) -> Result<(), ServerFnError> {
    use crate::services::concerns::{self, TeamAction};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_concern_path(&n.code, &reference);
    let text = match written("note", ("note", "Note"), &note, "Write the note") {
        Ok(text) => text,
        Err(feedback) => return context.reply(&path, feedback).await,
    };
    let outcome = concerns::add_note(
        &context.state.db,
        &context.state.clock,
        &permit,
        &reference,
        &text,
    )
    .await
    .map_err(|e| fault("adding a note to a concern", e))?;
    match outcome {
        TeamAction::NoSuchConcern => Err(not_found()),
        _ => {
            context
                .reply(
                    &path,
                    FormFeedback::notice("note", "Your note has been added"),
                )
                .await
        }
    }
}

#[server(prefix = "/fn", endpoint = "staff/concerns/status")]
pub async fn change_concern_status(
    code: String,
    reference: String,
    #[server(flatten)] form: StatusForm,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::concerns::{self, StatusChanged};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = team_concern_path(&permit.subject().code, &reference);
    let typed = |errors| FormFeedback::errors_keeping("status", errors, &form);
    let change = match form.parse() {
        Ok(change) => change,
        Err(errors) => return context.reply(&path, typed(errors)).await,
    };
    let outcome = concerns::change_status(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &reference,
        &change,
    )
    .await
    .map_err(|e| fault("changing a concern's status", e))?;
    let feedback = match outcome {
        StatusChanged::Changed => FormFeedback::notice(
            "status",
            "The status has been changed and the resident told",
        ),
        StatusChanged::NoSuchConcern => return Err(not_found()),
        StatusChanged::Unchanged => typed(vec![FieldError::new(
            "status",
            "The concern already has that status",
        )]),
        StatusChanged::NoSuchDuplicate => typed(vec![FieldError::new(
            "duplicate_of",
            "That is not another of this neighbourhood's concerns",
        )]),
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/concerns/problem")]
pub async fn put_into_problem(
    code: String,
    reference: String,
    problem_id: Option<i32>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::concerns::{self, StatusChanged};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_concern_path(&n.code, &reference);
    let problem = |message: &str| {
        FormFeedback::errors("problem", vec![FieldError::new("problem_id", message)], &[])
    };
    let Some(problem_id) = problem_id else {
        return context
            .reply(&path, problem("Select the problem to put it into"))
            .await;
    };
    let outcome = concerns::link_to_problem(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &reference,
        problem_id,
    )
    .await
    .map_err(|e| fault("putting a concern into a problem", e))?;
    let feedback = match outcome {
        StatusChanged::Changed => FormFeedback::notice(
            "problem",
            "The concern is now part of the problem, and the resident has been told",
        ),
        StatusChanged::Unchanged => problem("The concern is already part of that problem"),
        StatusChanged::NoSuchConcern | StatusChanged::NoSuchDuplicate => {
            problem("Select one of this neighbourhood's problems")
        }
    };
    context.reply(&path, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/concerns/refer")]
pub async fn pass_to_partner(
    code: String,
    reference: String,
    organisation_id: Option<i32>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::referrals::{self, Referred};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = team_concern_path(&permit.subject().code, &reference);
    let refused = |message: &str| {
        FormFeedback::errors(
            "refer",
            vec![FieldError::new("organisation_id", message)],
            &[],
        )
    };
    let Some(organisation_id) = organisation_id else {
        return context
            .reply(&path, refused("Choose the partner to pass it to"))
            .await;
    };
    let outcome = referrals::refer(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &permit,
        &reference,
        organisation_id,
    )
    .await
    .map_err(|e| fault("passing a concern to a partner", e))?;
    let feedback = match outcome {
        Referred::Referred => FormFeedback::notice(
            "refer",
            "The concern is in the partner's queue, and the resident has been emailed to choose whether the partner sees their name and email address",
        ),
        Referred::AlreadyReferred => FormFeedback::notice(
            "refer",
            "Nothing has changed: it was passed to them already",
        ),
        Referred::NotWorkingThere => refused(
            "That partner does not work in this neighbourhood: ask an administrator to add it to where they work",
        ),
        Referred::Closed => refused("A closed concern cannot be passed on"),
        Referred::NoSuchConcern => return Err(not_found()),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn TeamConcernPage() -> impl IntoView {
    let code = route_param("code");
    let reference = route_param("reference");
    page(
        move || team_concern(code.clone(), reference.clone()),
        |view| view! { <TeamConcern view /> },
    )
}

#[component]
fn TeamConcern(view: ConcernView) -> impl IntoView {
    use crate::services::clock::format_time;
    let ConcernView {
        code,
        neighbourhood,
        reference,
        status,
        clock,
        overdue,
        closed,
        category,
        location,
        pin,
        description,
        when_happens,
        resident,
        summary,
        problem,
        problems,
        timeline,
        passed_to,
        may_pass_to,
        feedback,
    } = view;
    let refer_error = feedback.for_form("refer").error("organisation_id");
    let none_passed = passed_to.is_empty();
    let none_to_pass = may_pass_to.is_empty();
    let status_feedback = feedback.for_form("status");
    let problem_feedback = feedback.for_form("problem");
    let reasons = close_reasons();
    let chosen_reason = status_feedback.value("close_reason");
    let status_choices = vec![
        Choice::new(form_value(&StatusChoice::UnderReview), "Under review"),
        Choice::new(form_value(&StatusChoice::PassedToPartner), "Passed to a partner").reveal(
            view! {
                <TextField name="partner" label="Who it was passed to" hint="For example, Birmingham City Council, or a housing association" autocomplete="off" feedback=status_feedback.clone() />
            }
            .into_any(),
        ),
        Choice::new(form_value(&StatusChoice::Closed), "Closed").reveal(
            view! {
                <Select
                    id="close_reason"
                    name="close_reason"
                    label="Why it is closed"
                    options=reasons.into_iter().map(|(reason, label)| (form_value(&reason), label.to_string())).collect()
                    chosen=chosen_reason
                    error=status_feedback.error("close_reason")
                    placeholder="Choose a reason"
                />
                <TextField name="duplicate_of" label="For a duplicate: the concern it repeats" hint="Its reference, like NC-7K3M-Q9XD" class="input input--width-10" autocomplete="off" feedback=status_feedback.clone() />
            }
            .into_any(),
        ),
    ];
    let chosen_status = status_feedback.value("status");
    let no_timeline = timeline.is_empty();
    let no_problems = problems.is_empty();
    view! {
        <Title text=page_title(&format!("Concern {reference}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Concerns in {neighbourhood}")}</span>
        <h1 class="heading-l">{format!("Concern {reference}")}</h1>
        <p><a href=concerns_path(&code)>"Back to the concerns"</a></p>
        <dl class="summary-list">
            <SummaryRow key="Status">{status}</SummaryRow>
            <SummaryRow key="72-hour reply">
                {if overdue { view! { <strong class="tag tag--warning">{clock}</strong> }.into_any() } else { view! { {clock} }.into_any() }}
            </SummaryRow>
            <SummaryRow key="Kind of concern">{category}</SummaryRow>
            <SummaryRow key="Where">{location}{pin.map(|at| view! { <br /><span class="hint">{format!("Pin on the map at {at}")}</span> })}</SummaryRow>
            <SummaryRow key="What is happening">{description}</SummaryRow>
            <SummaryRow key="When it happens">{if when_happens.is_empty() { "Not given".to_string() } else { when_happens }}</SummaryRow>
            <SummaryRow key="Resident">{resident}<br /><span class="hint">"For the team only: never published."</span></SummaryRow>
            <SummaryRow key="Public summary">{summary}</SummaryRow>
            <SummaryRow key="Problem">
                {match problem.clone() {
                    Some((path, title)) => view! { <a href=path>{title}</a> }.into_any(),
                    None => view! { "Not part of a problem" }.into_any(),
                }}
            </SummaryRow>
        </dl>

        <h2 class="heading-m" id="timeline">"Timeline"</h2>
        {no_timeline.then(|| view! { <p>"Nothing yet. Reply within 72 hours of it being raised."</p> })}
        <ol class="timeline" aria-labelledby="timeline" hidden=no_timeline>
            {timeline.into_iter().map(|entry| {
                let note = entry.kind == EventKind::Note;
                view! {
                    <li class="timeline__item" class:timeline__item--note=note>
                        <p class="timeline__when">
                            {format!("{}, {}", entry.who, format_time(entry.at))}
                            {note.then(|| view! { " "<strong class="tag">"Note for staff"</strong> })}
                        </p>
                        <p class="timeline__text">{entry.text}</p>
                    </li>
                }
            }).collect_view()}
        </ol>

        {(!closed).then(|| view! {
            <h2 class="heading-m">"Reply to the resident"</h2>
            <form method="post" action=ReplyToResident::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="reference" value=reference.clone() />
                <TextArea name="reply" label="Your reply" hint="The resident is emailed this. The first reply stops the 72-hour clock." max=MOST_REPLY rows=5 feedback=feedback.for_form("reply") />
                <button type="submit" class="button">"Send reply"</button>
            </form>
        })}

        <h2 class="heading-m">"Add a note for the team"</h2>
        <form method="post" action=AddNote::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="reference" value=reference.clone() />
            <TextArea name="note" label="Note" hint="Only staff see notes. A note does not stop the 72-hour clock." max=MOST_REPLY rows=3 feedback=feedback.for_form("note") />
            <button type="submit" class="button button--secondary">"Add note"</button>
        </form>

        <h2 class="heading-m">"Change the status"</h2>
        <form method="post" action=ChangeConcernStatus::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="reference" value=reference.clone() />
            <Radios name="status" legend="New status".to_string() choices=status_choices chosen=chosen_status error=status_feedback.error("status") hint="The resident is emailed the new status in plain words." />
            <button type="submit" class="button button--secondary">"Change status"</button>
        </form>

        <h2 class="heading-m" id="partners">"Partner organisations"</h2>
        <p class="hint">"A partner you pass the concern to finds it in its queue: it sees what the resident wrote and the replies (not the team's notes), and replies to the resident under its own name. It sees the resident's name and email only if the resident agrees, which they are asked by email. Only the team's reply stops the 72-hour clock."</p>
        {none_passed.then(|| view! { <p>"Not passed to a partner organisation."</p> })}
        <ul class="list" aria-labelledby="partners" hidden=none_passed>
            {passed_to.into_iter().map(|(name, when, sees)| view! {
                <li><strong>{name}</strong>{format!(", passed on {when}")}<br /><span class="hint">{sees}</span></li>
            }).collect_view()}
        </ul>
        {match (closed, none_to_pass) {
            (true, _) => view! { <p>"A closed concern is not passed on."</p> }.into_any(),
            (false, true) => view! { <p>"No other partner organisation works in this neighbourhood. An administrator registers partners and where they work."</p> }.into_any(),
            (false, false) => view! {
                <form method="post" action=PassToPartner::url() novalidate>
                    <input type="hidden" name="code" value=code.clone() />
                    <input type="hidden" name="reference" value=reference.clone() />
                    <div class="form-group" class:form-group--error=refer_error.is_some()>
                        <label class="label" for="organisation_id">"Pass it to"</label>
                        {refer_error.clone().map(|m| view! { <p id="organisation_id-error" class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                        <select class="select" id="organisation_id" name="organisation_id">
                            {may_pass_to.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button button--secondary">"Pass to the partner"</button>
                </form>
            }.into_any(),
        }}

        <h2 class="heading-m">"Work on it as a problem (SARA)"</h2>
        {if no_problems {
            view! { <p>"This neighbourhood has no problems open. "<a href=format!("/staff/neighbourhoods/{code}/problems")>"Open a problem"</a>" first."</p> }.into_any()
        } else {
            view! {
                <form method="post" action=PutIntoProblem::url() novalidate>
                    <input type="hidden" name="code" value=code.clone() />
                    <input type="hidden" name="reference" value=reference.clone() />
                    <Select
                        id="problem_id"
                        name="problem_id"
                        label="Problem"
                        options=problems.into_iter().map(|(id, title)| (id.to_string(), title)).collect()
                        chosen=String::new()
                        error=problem_feedback.error("problem_id")
                    />
                    <button type="submit" class="button button--secondary">"Put it into the problem"</button>
                </form>
                <p><a href=format!("/staff/neighbourhoods/{code}/problems")>"Or open a new problem"</a></p>
            }
            .into_any()
        }}
    }
    .into_any()
}
