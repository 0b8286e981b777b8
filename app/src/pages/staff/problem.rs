//! One SARA problem for its team: Scanning, Analysis (the problem analysis triangle), Response
//! (actions with an owner, partner and date) and Assessment, each dated; the concerns grouped
//! into it; and publishing its summary and stage on the neighbourhood page.

use super::problems::problems_path;
use crate::components::form::{DateInput, FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::concern::MOST_REPLY;
use crate::domain::forms::{FormFeedback, TypedDate};
use crate::domain::problem::ActionForm;
use crate::request::RequestContext;
use crate::services::problems::{ProblemChanged, StageWriting, problem_path};
use crate::state::fault;
use entity::problem::SaraStage;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq)]
struct ProblemView {
    code: String,
    neighbourhood: String,
    problem: entity::problem::Model,
    /// (what, owner, partner, date)
    actions: Vec<(String, String, String, String)>,
    /// (link, reference, status)
    concerns: Vec<(String, String, &'static str)>,
    /// (id, name) of the partner organisations it is shared with.
    shared_with: Vec<(i32, String)>,
    /// (id, name) of those working in the neighbourhood it is not shared with yet.
    shareable: Vec<(i32, String)>,
    assessments: Vec<crate::services::partners::PartnerAssessment>,
    feedback: FormFeedback,
}

async fn problem(code: String, reference: String) -> Result<ProblemView, PageError> {
    use crate::domain::concern::status_label;
    use crate::services::clock::format_date;
    use crate::services::concerns::team_concern_path;
    let context = RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let detail = crate::services::problems::detail(&context.state.db, &n, &reference)
        .await
        .map_err(|e| fault("reading a problem", e))?
        .ok_or(PageError::NotFound)?;
    let db = &context.state.db;
    let shared_with: Vec<(i32, String)> =
        crate::services::partners::shared_with(db, detail.problem.id)
            .await
            .map_err(|e| fault("listing a problem's partners", e))?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
    let already: Vec<i32> = shared_with.iter().map(|(id, _)| *id).collect();
    let shareable = crate::services::partners::working_in(db, n.id, &already)
        .await
        .map_err(|e| fault("listing a neighbourhood's partners", e))?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let assessments = crate::services::partners::assessments(&**db, detail.problem.id)
        .await
        .map_err(|e| fault("reading partners' assessments", e))?;
    Ok(ProblemView {
        shared_with,
        shareable,
        assessments,
        actions: detail
            .actions
            .into_iter()
            .map(|a| (a.description, a.owner, a.partner, format_date(a.action_on)))
            .collect(),
        concerns: detail
            .concerns
            .into_iter()
            .map(|c| {
                (
                    team_concern_path(&n.code, &c.reference),
                    c.reference,
                    status_label(c.status),
                )
            })
            .collect(),
        code: n.code,
        neighbourhood: n.name,
        problem: detail.problem,
        feedback: context.feedback().await?,
    })
}

/// Writes one stage, then goes back to the problem's page.
async fn save_stage(
    code: &str,
    reference: &str,
    form: &str,
    // Each field's name, what its label calls it, and what was typed.
    fields: &[(&str, &str, &str)],
    writing: impl FnOnce(Vec<String>) -> StageWriting,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::optional_text;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(code).await?;
    let n = permit.subject();
    let path = problem_path(&n.code, reference);
    let mut errors = Vec::new();
    let texts = fields
        .iter()
        .map(|(field, label, typed)| optional_text(field, label, typed, MOST_REPLY, &mut errors))
        .collect();
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    form,
                    errors,
                    &fields
                        .iter()
                        .map(|(field, _, typed)| (*field, *typed))
                        .collect::<Vec<_>>(),
                ),
            )
            .await;
    }
    let outcome = crate::services::problems::write_stage(
        &context.state.db,
        &context.state.clock,
        &permit,
        reference,
        writing(texts),
    )
    .await
    .map_err(|e| fault("writing a problem's stage", e))?;
    match outcome {
        ProblemChanged::Changed => {
            context
                .reply(&path, FormFeedback::notice(form, "Saved"))
                .await
        }
        ProblemChanged::NoSuchProblem => Err(no_such_problem()),
    }
}

fn no_such_problem() -> ServerFnError {
    crate::request::deny(http::StatusCode::NOT_FOUND, "There is no such problem.")
}

#[server(prefix = "/fn", endpoint = "staff/problems/scanning")]
pub async fn save_scanning(
    code: String,
    reference: String,
    scanning: String,
) -> Result<(), ServerFnError> {
    save_stage(
        &code,
        &reference,
        "scanning",
        &[("scanning", "Scanning", &scanning)],
        |mut texts| StageWriting::Scanning {
            text: texts.remove(0),
        },
    )
    .await
}

#[server(prefix = "/fn", endpoint = "staff/problems/analysis")]
pub async fn save_analysis(
    code: String,
    reference: String,
    victims: String,
    offenders: String,
    locations: String,
    causes: String,
) -> Result<(), ServerFnError> {
    save_stage(
        &code,
        &reference,
        "analysis",
        &[
            ("victims", "Victims", &victims),
            ("offenders", "Offenders", &offenders),
            ("locations", "Locations", &locations),
            ("causes", "Causes", &causes),
        ],
        |texts| {
            let [victims, offenders, locations, causes]: [String; 4] =
                texts.try_into().unwrap_or_default();
            StageWriting::Analysis {
                causes,
                victims,
                offenders,
                locations,
            }
        },
    )
    .await
}

#[server(prefix = "/fn", endpoint = "staff/problems/assessment")]
pub async fn save_assessment(
    code: String,
    reference: String,
    worked: String,
    measure: String,
    outcome: String,
) -> Result<(), ServerFnError> {
    save_stage(
        &code,
        &reference,
        "assessment",
        &[
            ("worked", "What worked", &worked),
            ("measure", "Measured how", &measure),
            ("outcome", "Outcome", &outcome),
        ],
        |texts| {
            let [worked, measure, outcome]: [String; 3] = texts.try_into().unwrap_or_default();
            StageWriting::Assessment {
                worked,
                measure,
                outcome,
            }
        },
    )
    .await
}

#[server(prefix = "/fn", endpoint = "staff/problems/action")]
pub async fn add_action(
    code: String,
    reference: String,
    #[server(flatten)] form: ActionForm,
) -> Result<(), ServerFnError> {
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = problem_path(&permit.subject().code, &reference);
    let entry = match form.parse() {
        Ok(entry) => entry,
        Err(errors) => {
            let feedback = FormFeedback::errors_keeping("action", errors, &form);
            return context.reply(&path, feedback).await;
        }
    };
    let outcome = crate::services::problems::add_action(
        &context.state.db,
        &context.state.clock,
        &permit,
        &reference,
        &entry,
    )
    .await
    .map_err(|e| fault("adding an action to a problem", e))?;
    match outcome {
        ProblemChanged::Changed => {
            context
                .reply(
                    &path,
                    FormFeedback::notice("action", "The action has been added"),
                )
                .await
        }
        ProblemChanged::NoSuchProblem => Err(no_such_problem()),
    }
}

/// Sharing a problem with a partner organisation, or no longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sharing {
    Share,
    StopSharing,
}

#[server(prefix = "/fn", endpoint = "staff/problems/share")]
pub async fn share_problem(
    code: String,
    reference: String,
    organisation_id: Option<i32>,
    sharing: Sharing,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::partners::{self, Shared};
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = problem_path(&permit.subject().code, &reference);
    let Some(organisation_id) = organisation_id else {
        let errors = vec![FieldError::new(
            "organisation_id",
            "Choose the partner to share it with",
        )];
        return context
            .reply(&path, FormFeedback::errors("share", errors, &[]))
            .await;
    };
    let outcome = partners::share_problem(
        &context.state.db,
        &context.state.clock,
        &permit,
        &reference,
        organisation_id,
        sharing == Sharing::Share,
    )
    .await
    .map_err(|e| fault("sharing a problem with a partner", e))?;
    let feedback = match outcome {
        Shared::Shared => FormFeedback::notice(
            "share",
            "The problem is shared: the partner's people see it and its actions, and add their own",
        ),
        Shared::Unshared => FormFeedback::notice(
            "share",
            "The partner no longer sees the problem. What they recorded on it stays.",
        ),
        Shared::AsItWas => FormFeedback::notice("share", "Nothing has changed"),
        Shared::NotWorkingThere => FormFeedback::errors(
            "share",
            vec![FieldError::new(
                "organisation_id",
                "That partner does not work in this neighbourhood: ask an administrator to add it to where they work",
            )],
            &[],
        ),
        Shared::NoSuchProblem => return Err(no_such_problem()),
    };
    context.reply(&path, feedback).await
}

/// Publishing a problem, or taking it off the public page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Publishing {
    Publish,
    Withdraw,
}

#[server(prefix = "/fn", endpoint = "staff/problems/publish")]
pub async fn publish_problem(
    code: String,
    reference: String,
    publishing: Publishing,
    summary: String,
    /// The title and summary in Welsh: asked for where the force offers Welsh, and kept as
    /// they were (hidden) where it no longer does.
    title_cy: Option<String>,
    summary_cy: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::{FieldError, given};
    use crate::services::problems::PublicWords;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = problem_path(&n.code, &reference);
    let mut errors = Vec::new();
    let summary_text = plain_text("summary", "Summary", &summary, MOST_REPLY, &mut errors);
    let (title_cy, summary_cy) = (title_cy.unwrap_or_default(), summary_cy.unwrap_or_default());
    let title_in_welsh = given(plain_text(
        "title_cy",
        "Title in Welsh",
        &title_cy,
        crate::domain::problem::MOST_TITLE,
        &mut errors,
    ));
    let summary_in_welsh = given(plain_text(
        "summary_cy",
        "Summary in Welsh",
        &summary_cy,
        MOST_REPLY,
        &mut errors,
    ));
    if publishing == Publishing::Publish && summary_text.is_empty() {
        errors.push(FieldError::new(
            "summary",
            "Write the summary residents will see: what the problem is and what the team is doing",
        ));
    }
    if !errors.is_empty() {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    "publish",
                    errors,
                    &[
                        ("summary", summary.as_str()),
                        ("title_cy", title_cy.as_str()),
                        ("summary_cy", summary_cy.as_str()),
                    ],
                ),
            )
            .await;
    }
    let outcome = crate::services::problems::publish(
        &context.state.db,
        &context.state.clock,
        &permit,
        &reference,
        (publishing == Publishing::Publish).then_some(PublicWords {
            summary: &summary_text,
            title_cy: title_in_welsh.as_deref(),
            summary_cy: summary_in_welsh.as_deref(),
        }),
    )
    .await
    .map_err(|e| fault("publishing a problem", e))?;
    match outcome {
        ProblemChanged::Changed => {
            let notice = match publishing {
                Publishing::Publish => "The problem is published on the neighbourhood's page",
                Publishing::Withdraw => "The problem has been taken off the neighbourhood's page",
            };
            context
                .reply(&path, FormFeedback::notice("publish", notice))
                .await
        }
        ProblemChanged::NoSuchProblem => Err(no_such_problem()),
    }
}

#[component]
pub fn ProblemPage() -> impl IntoView {
    let code = route_param("code");
    let reference = route_param("reference");
    page(
        move || problem(code.clone(), reference.clone()),
        |view| view! { <Problem view /> },
    )
}

#[component]
fn Problem(view: ProblemView) -> impl IntoView {
    use crate::domain::forms::form_value;
    use crate::services::clock::format_date;
    let ProblemView {
        code,
        neighbourhood,
        problem: p,
        actions,
        concerns,
        shared_with,
        shareable,
        assessments,
        feedback,
    } = view;
    let dated = |at: Option<i64>| at.map_or_else(|| "Not started".to_string(), format_date);
    let stage_row = |stage: SaraStage, at: Option<i64>| {
        let current = p.stage == stage;
        view! {
            <li class:stage--current=current>
                <strong>{stage.label()}</strong>{format!(": {}", stage.meaning())}
                <br /><span class="hint">{dated(at)}</span>
                {current.then(|| view! { " "<strong class="tag">"Current stage"</strong> })}
            </li>
        }
    };
    let back = problems_path(&code);
    let reference = p.reference.clone();
    let hidden = move || {
        view! {
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="reference" value=reference.clone() />
        }
    };
    let no_actions = actions.is_empty();
    let share_feedback = feedback.for_form("share");
    let share_error = share_feedback.error("organisation_id");
    let no_partners = shared_with.is_empty();
    let none_to_share = shareable.is_empty();
    let no_concerns = concerns.is_empty();
    let action_feedback = feedback.for_form("action");
    let publish_feedback = feedback.for_form("publish");
    view! {
        <Title text=page_title(&p.title, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Problem {} in {neighbourhood}", p.reference)}</span>
        <h1 class="heading-l">{p.title.clone()}</h1>
        <p><a href=back>"Back to the problems"</a></p>
        <ol class="sara-stages">
            {stage_row(SaraStage::Scanning, p.scanning_at)}
            {stage_row(SaraStage::Analysis, p.analysis_at)}
            {stage_row(SaraStage::Response, p.response_at)}
            {stage_row(SaraStage::Assessment, p.assessment_at)}
        </ol>

        <h2 class="heading-m" id="concerns">"Concerns in this problem"</h2>
        {no_concerns.then(|| view! { <p>"None yet. Put a concern into this problem from its page."</p> })}
        <ul class="list" aria-labelledby="concerns" hidden=no_concerns>
            {concerns.into_iter().map(|(link, reference, status)| view! {
                <li><a href=link>{reference}</a>{format!(" ({status})")}</li>
            }).collect_view()}
        </ul>

        <h2 class="heading-m">"Scanning"</h2>
        <form method="post" action=SaveScanning::url() novalidate>
            {hidden()}
            <TextArea name="scanning" label="What is happening, where and when, and how many concerns and reports" max=MOST_REPLY rows=4 value=p.scanning.clone() feedback=feedback.for_form("scanning") />
            <button type="submit" class="button button--secondary">"Save scanning"</button>
        </form>

        <h2 class="heading-m">"Analysis"</h2>
        <p class="hint">"The problem analysis triangle: who is affected, who is responsible, and where; then why it happens."</p>
        <form method="post" action=SaveAnalysis::url() novalidate>
            {hidden()}
            <TextArea name="victims" label="Victims: who is affected" max=MOST_REPLY rows=3 value=p.analysis_victims.clone() feedback=feedback.for_form("analysis") />
            <TextArea name="offenders" label="Offenders: who is responsible" max=MOST_REPLY rows=3 value=p.analysis_offenders.clone() feedback=feedback.for_form("analysis") />
            <TextArea name="locations" label="Locations: where it happens" max=MOST_REPLY rows=3 value=p.analysis_locations.clone() feedback=feedback.for_form("analysis") />
            <TextArea name="causes" label="Causes: why it happens" max=MOST_REPLY rows=3 value=p.analysis_causes.clone() feedback=feedback.for_form("analysis") />
            <button type="submit" class="button button--secondary">"Save analysis"</button>
        </form>

        <h2 class="heading-m" id="actions">"Response: actions"</h2>
        {no_actions.then(|| view! { <p>"No actions recorded yet."</p> })}
        <table class="table" aria-labelledby="actions" hidden=no_actions>
            <thead><tr><th scope="col">"Date"</th><th scope="col">"Action"</th><th scope="col">"Owner"</th><th scope="col">"Partner"</th></tr></thead>
            <tbody>
                {actions.into_iter().map(|(what, owner, partner, date)| view! {
                    <tr><td>{date}</td><td>{what}</td><td>{owner}</td><td>{if partner.is_empty() { "None".to_string() } else { partner }}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        <form method="post" action=AddAction::url() novalidate>
            {hidden()}
            <TextField name="description" label="Action" hint="What was done, or will be, like extra patrols on Friday evenings" autocomplete="off" feedback=action_feedback.clone() />
            <TextField name="owner" label="Owner" hint="Who in the team owns it" autocomplete="off" feedback=action_feedback.clone() />
            <TextField name="partner" label="Partner (optional)" hint="For example, Birmingham City Council" autocomplete="off" feedback=action_feedback.clone() />
            <DateInput name="on" legend="Date" typed=TypedDate::from_fields(|f| action_feedback.value(f), "on") error=action_feedback.error("on_day") />
            <button type="submit" class="button button--secondary">"Add action"</button>
        </form>

        <h2 class="heading-m" id="partners">"Partners working on it"</h2>
        <p class="hint">"A partner organisation you share the problem with sees what the team wrote of it at each stage, as written, how many concerns are grouped into it, and its actions; it adds actions of its own, credited to it. It sees no resident's name or contact details, unless the team wrote them into the problem: keep them out."</p>
        {no_partners.then(|| view! { <p>"Not shared with a partner."</p> })}
        <ul class="list" aria-labelledby="partners" hidden=no_partners>
            {shared_with.into_iter().map(|(id, name)| view! {
                <li>
                    {name.clone()}" "
                    <form method="post" action=ShareProblem::url() class="inline-form">
                        {hidden()}
                        <input type="hidden" name="organisation_id" value=id />
                        <button type="submit" name="sharing" value=form_value(&Sharing::StopSharing) class="button button--secondary button--small">
                            "Stop sharing"<span class="visually-hidden">{format!(" with {name}")}</span>
                        </button>
                    </form>
                </li>
            }).collect_view()}
        </ul>
        {if none_to_share {
            view! { <p>"No other partner organisation works in this neighbourhood. An administrator registers partners and where they work."</p> }.into_any()
        } else {
            view! {
                <form method="post" action=ShareProblem::url() novalidate>
                    {hidden()}
                    <div class="form-group" class:form-group--error=share_error.is_some()>
                        <label class="label" for="organisation_id">"Share with"</label>
                        {share_error.clone().map(|m| view! { <p id="organisation_id-error" class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p> })}
                        <select class="select" id="organisation_id" name="organisation_id">
                            {shareable.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="submit" name="sharing" value=form_value(&Sharing::Share) class="button button--secondary">"Share the problem"</button>
                </form>
            }.into_any()
        }}

        <h2 class="heading-m">"Assessment"</h2>
        <form method="post" action=SaveAssessment::url() novalidate>
            {hidden()}
            <TextArea name="worked" label="Did it work?" max=MOST_REPLY rows=3 value=p.assessment_worked.clone() feedback=feedback.for_form("assessment") />
            <TextArea name="measure" label="Measured how" max=MOST_REPLY rows=3 value=p.assessment_measure.clone() feedback=feedback.for_form("assessment") />
            <TextArea name="outcome" label="Outcome" max=MOST_REPLY rows=3 value=p.assessment_outcome.clone() feedback=feedback.for_form("assessment") />
            <button type="submit" class="button button--secondary">"Save assessment"</button>
        </form>
        <h3 class="heading-s">"What partners found"</h3>
        <crate::components::partner::Assessments assessments />

        <h2 class="heading-m">"On the neighbourhood's page"</h2>
        <dl class="summary-list">
            <SummaryRow key="Public">{if p.published { "Published, with its current stage" } else { "Not published" }}</SummaryRow>
        </dl>
        <form method="post" action=PublishProblem::url() novalidate>
            {hidden()}
            <TextArea name="summary" label="Summary for residents" hint="What the problem is and what the team is doing. Do not name anyone." max=MOST_REPLY rows=4 value=p.public_summary.clone() feedback=publish_feedback.clone() />
            {if crate::components::form::offers_welsh() {
                view! {
                    <TextField name="title_cy" label="Title in Welsh (optional)" hint="Residents reading the portal in Welsh see these instead" autocomplete="off" value=p.title_cy.clone().unwrap_or_default() lang="cy" feedback=publish_feedback.clone() />
                    <TextArea name="summary_cy" label="Summary in Welsh (optional)" max=MOST_REPLY rows=4 value=p.public_summary_cy.clone().unwrap_or_default() lang="cy" feedback=publish_feedback />
                }
                .into_any()
            } else {
                // A force that no longer offers Welsh keeps what was written in it.
                view! {
                    <input type="hidden" name="title_cy" value=p.title_cy.clone().unwrap_or_default() />
                    <input type="hidden" name="summary_cy" value=p.public_summary_cy.clone().unwrap_or_default() />
                }
                .into_any()
            }}
            <button type="submit" name="publishing" value=form_value(&Publishing::Publish) class="button">{if p.published { "Update the published summary" } else { "Publish" }}</button>
            {p.published.then(|| view! {
                " "<button type="submit" name="publishing" value=form_value(&Publishing::Withdraw) class="button button--secondary">"Take it off the public page"</button>
            })}
        </form>
    }
    .into_any()
}
