//! A problem shared with a partner's organisation: its stages as the team wrote them, every
//! action (the team's and each partner's, credited) and each partner's assessment, and the
//! partner's own action to add and assessment to write. What the team keeps to itself stays off
//! this page: residents' concerns appear only as how many.

use super::{HOME, shared_problem_path};
use crate::components::form::{DateInput, FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::concern::MOST_REPLY;
use crate::domain::forms::{FormFeedback, TypedDate};
use crate::domain::partner::AssessmentForm;
use crate::domain::problem::ActionForm;
use crate::request::RequestContext;
use crate::services::partners::PartnerAssessment;
use crate::state::fault;
use entity::problem::SaraStage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use sea_orm::EntityTrait;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ActionRow {
    date: String,
    what: String,
    owner: String,
    /// The organisation credited, or the team.
    by: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct SharedProblemView {
    organisation: String,
    problem: entity::problem::Model,
    neighbourhood: String,
    actions: Vec<ActionRow>,
    concerns: usize,
    /// Every partner's assessment, their own among them.
    assessments: Vec<PartnerAssessment>,
    organisation_id: i32,
    feedback: FormFeedback,
}

/// The permit for the problem with `reference`, if it is shared with the member's organisation.
async fn permit_for(
    context: &RequestContext,
    reference: &str,
) -> Result<
    Result<crate::policy::Permit<crate::policy::partner::SharedProblem>, crate::policy::Denied>,
    ServerFnError,
> {
    let shared = crate::services::partners::shared_problem(&context.state.db, reference)
        .await
        .map_err(|e| fault("reading a shared problem", e))?;
    super::permit_for(context, shared, crate::policy::partner::work_on_shared).await
}

async fn shared_problem(reference: String) -> Result<SharedProblemView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::partners;
    let context = RequestContext::new().await?;
    let permit = permit_for(&context, &reference).await??;
    let db = &context.state.db;
    let problem = permit.subject().problem.clone();
    let organisation_id = permit.member().partner_organisation_id.unwrap_or_default();
    let organisation = partners::organisation_name(db, organisation_id)
        .await
        .map_err(|e| fault("reading a partner organisation", e))?
        .ok_or(PageError::NotFound)?;
    let n = entity::neighbourhood::Entity::find_by_id(problem.neighbourhood_id)
        .one(&**db)
        .await
        .map_err(|e| fault("reading a problem's neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let detail = crate::services::problems::detail(&**db, &n, &problem.reference)
        .await
        .map_err(|e| fault("reading a shared problem", e))?
        .ok_or(PageError::NotFound)?;
    let assessments = partners::assessments(&**db, problem.id)
        .await
        .map_err(|e| fault("reading partners' assessments", e))?;
    Ok(SharedProblemView {
        assessments,
        organisation_id,
        actions: detail
            .actions
            .into_iter()
            .map(|a| ActionRow {
                date: format_date(a.action_on),
                by: if a.partner_organisation_id.is_some() {
                    a.partner.clone()
                } else {
                    format!("{} team", n.name)
                },
                what: a.description,
                owner: a.owner,
            })
            .collect(),
        concerns: detail.concerns.len(),
        neighbourhood: n.name,
        organisation,
        problem: detail.problem,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "partner/problems/action")]
pub async fn add_partner_action(
    reference: String,
    #[server(flatten)] form: ActionForm,
) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let permit = permit_for(&context, &reference)
        .await?
        .map_err(crate::request::deny_access)?;
    let path = shared_problem_path(&permit.subject().problem.reference);
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("action", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let added = crate::services::partners::add_action(
        &context.state.db,
        &context.state.clock,
        &permit,
        &entry,
    )
    .await
    .map_err(|e| fault("adding a partner's action to a problem", e))?;
    saved_or_lost(
        &context,
        (&path, "action"),
        added,
        "Your action has been added for the team to see",
        "your action was not added",
    )
    .await
}

/// Back to the problem, saying `done`; or, where the team stopped sharing it as the form was
/// sent, to the partner's home, saying what was `lost`.
async fn saved_or_lost(
    context: &RequestContext,
    (path, form): (&str, &str),
    saved: bool,
    done: &str,
    lost: &str,
) -> Result<(), ServerFnError> {
    if saved {
        context.reply(path, FormFeedback::notice(form, done)).await
    } else {
        let unshared =
            format!("The team no longer shares that problem with your organisation: {lost}");
        context
            .reply(HOME, FormFeedback::notice("shared", unshared))
            .await
    }
}

#[server(prefix = "/fn", endpoint = "partner/problems/assessment")]
pub async fn assess_as_partner(
    reference: String,
    #[server(flatten)] form: AssessmentForm,
) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let permit = permit_for(&context, &reference)
        .await?
        .map_err(crate::request::deny_access)?;
    let path = shared_problem_path(&permit.subject().problem.reference);
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("assessment", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let written =
        crate::services::partners::assess(&context.state.db, &context.state.clock, &permit, &entry)
            .await
            .map_err(|e| fault("writing a partner's assessment of a problem", e))?;
    saved_or_lost(
        &context,
        (&path, "assessment"),
        written,
        "Your assessment has been saved for the team to see",
        "your assessment was not saved",
    )
    .await
}

#[component]
pub fn SharedProblemPage() -> impl IntoView {
    let reference = route_param("reference");
    page(
        move || shared_problem(reference.clone()),
        |view| view! { <SharedProblem view /> },
    )
}

#[component]
fn SharedProblem(view: SharedProblemView) -> impl IntoView {
    use crate::services::clock::format_date;
    let SharedProblemView {
        organisation,
        problem: p,
        neighbourhood,
        actions,
        concerns,
        assessments,
        organisation_id,
        feedback,
    } = view;
    let no_actions = actions.is_empty();
    let action_feedback = feedback.for_form("action");
    let own = assessments
        .iter()
        .find(|a| a.organisation_id == organisation_id)
        .cloned();
    let dated = |at: Option<i64>| at.map_or_else(|| "Not started".to_string(), format_date);
    let written = |text: &str| {
        if text.trim().is_empty() {
            "Not written yet".to_string()
        } else {
            text.to_string()
        }
    };
    view! {
        <Title text=page_title(&p.title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Problem {} in {neighbourhood}", p.reference)}</span>
        <h1 class="heading-l">{p.title.clone()}</h1>
        <p><a href=HOME class="back-link">"Your organisation's work"</a></p>
        <dl class="summary-list">
            <SummaryRow key="Current stage">{format!("{}: {}", p.stage.label(), p.stage.meaning())}</SummaryRow>
            <SummaryRow key="Concerns residents raised">{concerns.to_string()}</SummaryRow>
            <SummaryRow key="Scanning">{written(&p.scanning)}<br /><span class="hint">{dated(p.scanning_at)}</span></SummaryRow>
            <SummaryRow key="Where it happens">{written(&p.analysis_locations)}</SummaryRow>
            <SummaryRow key="Why it happens">{written(&p.analysis_causes)}<br /><span class="hint">{dated(p.analysis_at)}</span></SummaryRow>
            <SummaryRow key="Did it work?">{written(&p.assessment_worked)}<br /><span class="hint">{dated(p.assessment_at)}</span></SummaryRow>
        </dl>
        {(p.stage == SaraStage::Assessment).then(|| view! { <p>"The team is checking whether the actions worked."</p> })}

        <h2 class="heading-m" id="actions">"Actions"</h2>
        {no_actions.then(|| view! { <p>"No actions recorded yet."</p> })}
        <table class="table table--stacked" aria-labelledby="actions" hidden=no_actions>
            <thead><tr><th scope="col">"Date"</th><th scope="col">"Action"</th><th scope="col">"Owner"</th><th scope="col">"By"</th></tr></thead>
            <tbody>
                {actions.into_iter().map(|row| view! {
                    <tr>
                        <td data-label="Date">{row.date}</td>
                        <td data-label="Action">{row.what}</td>
                        <td data-label="Owner">{row.owner}</td>
                        <td data-label="By">{row.by}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">{format!("Add what {organisation} did, or will do")}</h2>
        <form method="post" action=AddPartnerAction::url() novalidate>
            <input type="hidden" name="reference" value=p.reference.clone() />
            <TextField name="description" label="Action" hint="For example, cleared the alleyway and fitted a lockable gate" autocomplete="off" feedback=action_feedback.clone() />
            <TextField name="owner" label="Owner" hint="Who in your organisation owns it" autocomplete="off" feedback=action_feedback.clone() />
            <DateInput name="on" legend="Date" typed=TypedDate::from_fields(|f| action_feedback.value(f), "on") error=action_feedback.error("on_day") />
            <button type="submit" class="button">"Add action"</button>
        </form>

        <h2 class="heading-m">"Partners' assessments"</h2>
        <crate::components::partner::Assessments assessments />
        <h2 class="heading-m">{format!("Did {organisation}'s work make a difference?")}</h2>
        <form method="post" action=AssessAsPartner::url() novalidate>
            <input type="hidden" name="reference" value=p.reference.clone() />
            <TextArea name="worked" label="Did it work?" hint="What your organisation found, for the team: the team writes its own assessment" max=MOST_REPLY rows=3 value=own.as_ref().map(|a| a.worked.clone()).unwrap_or_default() feedback=feedback.for_form("assessment") />
            <TextArea name="measure" label="How you know (optional)" hint="For example, fewer reports to your housing office since the gate went in" max=MOST_REPLY rows=3 value=own.map(|a| a.measure).unwrap_or_default() feedback=feedback.for_form("assessment") />
            <button type="submit" class="button button--secondary">"Save your assessment"</button>
        </form>
    }
    .into_any()
}
