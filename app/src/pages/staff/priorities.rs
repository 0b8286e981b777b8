//! A neighbourhood's local priorities for its team: each with its status, latest action and
//! when it was last updated ("update due" after three months), and setting one directly or from
//! a SARA problem (from a vote's results, on the vote's page).

use super::neighbourhood::manage_path;
use crate::components::form::{DateInput, FeedbackBanner, Select, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::{FormFeedback, TypedDate};
use crate::services::priorities::team_priority_path;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct PriorityRow {
    id: i32,
    issue: String,
    status: &'static str,
    latest: String,
    updated: String,
    update_due: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PrioritiesView {
    code: String,
    name: String,
    priorities: Vec<PriorityRow>,
    problems: Vec<(i32, String)>,
    feedback: FormFeedback,
}

pub(super) fn priorities_path(code: &str) -> String {
    format!("{}/priorities", manage_path(code))
}

async fn neighbourhood_priorities(code: String) -> Result<PrioritiesView, PageError> {
    use crate::domain::priority::last_updated_words;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let db = &context.state.db;
    let now = context.now();
    let priorities = crate::services::priorities::for_neighbourhood(db, n.id, true)
        .await
        .map_err(|e| fault("reading priorities", e))?
        .into_iter()
        .map(|p| PriorityRow {
            id: p.priority.id,
            update_due: p.update_due(now),
            latest: p
                .latest_action()
                .map_or_else(|| "No action yet".to_string(), |a| a.action.clone()),
            status: p.priority.status.label(),
            updated: last_updated_words(p.priority.updated_at, now),
            issue: p.priority.issue,
        })
        .collect();
    let problems = crate::services::problems::for_neighbourhood(db, n.id)
        .await
        .map_err(|e| fault("reading problems", e))?
        .into_iter()
        .map(|p| (p.id, format!("{} ({})", p.title, p.reference)))
        .collect();
    Ok(PrioritiesView {
        code: n.code,
        name: n.name,
        priorities,
        problems,
        feedback: context.feedback().await?,
    })
}

/// The date residents raised an issue (the start of that UK day), or the problem with it.
fn issue_date(
    typed: &TypedDate,
    errors: &mut Vec<crate::domain::forms::FieldError>,
) -> Option<i64> {
    use crate::domain::forms::FieldError;
    use crate::services::clock::start_of_uk_day;
    match typed.bound(start_of_uk_day) {
        Ok(Some(day)) => Some(day),
        Ok(None) => {
            errors.push(FieldError::new(
                "issue_date_day",
                "Enter when residents raised it",
            ));
            None
        }
        Err(problem) => {
            errors.push(FieldError::new(
                "issue_date_day",
                format!("The date {problem}"),
            ));
            None
        }
    }
}

#[server(prefix = "/fn", endpoint = "staff/priorities/set")]
pub async fn set_priority(
    code: String,
    issue: String,
    /// Only when the force offers Welsh.
    issue_cy: Option<String>,
    problem_id: Option<String>,
    issue_date_day: String,
    issue_date_month: String,
    issue_date_year: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::{FieldError, given};
    use crate::services::priorities::{self, PrioritySet, PrioritySource};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = priorities_path(&n.code);
    let problem_id = problem_id.and_then(|typed| typed.trim().parse::<i32>().ok());
    let mut errors = Vec::new();
    let date = TypedDate {
        day: issue_date_day.clone(),
        month: issue_date_month.clone(),
        year: issue_date_year.clone(),
    };
    let day = issue_date(&date, &mut errors);
    let issue_text = plain_text("issue", "The issue", &issue, 1000, &mut errors);
    let issue_cy = issue_cy.unwrap_or_default();
    let welsh = given(plain_text(
        "issue_cy",
        "The issue in Welsh",
        &issue_cy,
        1000,
        &mut errors,
    ));
    let source = match (problem_id, issue_text.is_empty(), day) {
        (Some(problem_id), true, Some(issue_date)) => Some(PrioritySource::Problem {
            problem_id,
            issue_date,
        }),
        (None, false, Some(issue_date)) => Some(PrioritySource::Direct {
            issue: issue_text,
            issue_date,
        }),
        (None, true, _) => {
            errors.push(FieldError::new(
                "issue",
                "Write the issue residents raised, or choose a problem",
            ));
            None
        }
        (Some(_), false, _) => {
            errors.push(FieldError::new(
                "issue",
                "Write the issue, or choose a problem, not both",
            ));
            None
        }
        _ => None,
    };
    let (Some(source), true) = (source, errors.is_empty()) else {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    "priority",
                    errors,
                    &[
                        ("issue", issue.as_str()),
                        ("issue_cy", issue_cy.as_str()),
                        ("issue_date_day", issue_date_day.as_str()),
                        ("issue_date_month", issue_date_month.as_str()),
                        ("issue_date_year", issue_date_year.as_str()),
                    ],
                ),
            )
            .await;
    };
    let outcome = priorities::set(
        &context.state.db,
        &context.state.clock,
        &permit,
        source,
        welsh,
    )
    .await
    .map_err(|e| fault("setting a priority", e))?;
    let feedback = match outcome {
        PrioritySet::Set { .. } => FormFeedback::notice(
            "priority",
            "The priority is set and shown on the neighbourhood's page",
        ),
        PrioritySet::AlreadySet | PrioritySet::NotAvailable => FormFeedback::errors(
            "priority",
            vec![FieldError::new(
                "problem_id",
                "Choose one of this neighbourhood's problems",
            )],
            &[],
        ),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn NeighbourhoodPrioritiesPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_priorities(code.clone()),
        |view| view! { <Priorities view /> },
    )
}

#[component]
fn Priorities(view: PrioritiesView) -> impl IntoView {
    let PrioritiesView {
        code,
        name,
        priorities,
        problems,
        feedback,
    } = view;
    let form = feedback.for_form("priority");
    let none = priorities.is_empty();
    let due = priorities.iter().filter(|p| p.update_due).count();
    let no_problems = problems.is_empty();
    let offers_welsh = crate::components::form::offers_welsh();
    view! {
        <Title text=page_title(&format!("Priorities in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Local priorities"</h1>
        <p>
            <a href=manage_path(&code)>"Back to managing "{name}</a>
            " · "<a href=format!("{}/votes", manage_path(&code))>"Votes"</a>
            " · "<a href=format!("{}/updates", manage_path(&code))>"You said, we did"</a>
        </p>
        {(due > 0).then(|| view! {
            <div class="notification-banner" role="region" aria-label="Updates due">
                <p class="notification-banner__heading">{format!("{due} {} not been updated for 3 months: residents see \"update due\".", if due == 1 { "priority has" } else { "priorities have" })}</p>
            </div>
        })}
        {none.then(|| view! { <p>"No priorities are set."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">"Priorities"</caption>
            <thead><tr><th scope="col">"Issue"</th><th scope="col">"Status"</th><th scope="col">"Latest action"</th><th scope="col">"Updated"</th></tr></thead>
            <tbody>
                {priorities.into_iter().map(|p| view! {
                    <tr>
                        <td><a href=team_priority_path(&code, p.id)>{p.issue}</a></td>
                        <td>{p.status}</td>
                        <td>{p.latest}</td>
                        <td>{p.updated}{p.update_due.then(|| view! { " "<strong class="tag tag--warning">"Update due"</strong> })}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Set a priority"</h2>
        <p>"From a vote's results, use the vote's page. Here, write the issue residents raised, or choose one of the neighbourhood's problems."</p>
        <form method="post" action=SetPriority::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <TextArea name="issue" label="The issue residents raised" hint="For example, Speeding on Court Oak Road near the school" max=1000 rows=3 feedback=form.clone() />
            {offers_welsh.then(|| view! {
                <TextArea name="issue_cy" label="The issue in Welsh (optional)" hint="Residents reading the portal in Welsh see this instead, also when the issue is a problem's title" max=1000 rows=3 lang="cy" feedback=form.clone() />
            })}
            {(!no_problems).then(|| view! {
                <Select
                    id="problem_id"
                    name="problem_id"
                    label="Or a problem (its title becomes the issue)"
                    options=problems.clone().into_iter().map(|(id, title)| (id.to_string(), title)).collect()
                    chosen=String::new()
                    error=form.error("problem_id")
                    placeholder="No problem"
                />
            })}
            <DateInput name="issue_date" legend="When residents raised it" typed=TypedDate::from_fields(|f| form.value(f), "issue_date") error=form.error("issue_date_day") />
            <button type="submit" class="button">"Set the priority"</button>
        </form>
    }
    .into_any()
}
