//! A neighbourhood's SARA problems for its team, and opening one.

use super::neighbourhood::manage_path;
use crate::components::form::{FeedbackBanner, TextArea, TextField, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::concern::MOST_REPLY;
use crate::domain::forms::FormFeedback;
use crate::services::problems::problem_path;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ProblemRow {
    reference: String,
    title: String,
    stage: &'static str,
    published: bool,
    updated: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct ProblemsView {
    code: String,
    name: String,
    problems: Vec<ProblemRow>,
    feedback: FormFeedback,
}

pub(super) fn problems_path(code: &str) -> String {
    format!("{}/problems", manage_path(code))
}

async fn neighbourhood_problems(code: String) -> Result<ProblemsView, PageError> {
    use crate::services::clock::format_date;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let problems = crate::services::problems::for_neighbourhood(&context.state.db, n.id)
        .await
        .map_err(|e| fault("reading problems", e))?
        .into_iter()
        .map(|p| ProblemRow {
            reference: p.reference,
            title: p.title,
            stage: p.stage.label(),
            published: p.published,
            updated: format_date(p.updated_at),
        })
        .collect();
    Ok(ProblemsView {
        code: n.code,
        name: n.name,
        problems,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/problems/open")]
pub async fn open_problem(
    code: String,
    title: String,
    scanning: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{optional_text, required_text};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let mut errors = Vec::new();
    let title_text = required_text(
        "title",
        "Title",
        &title,
        "Enter a short name for the problem, like Speeding on Court Oak Road",
        crate::domain::problem::MOST_TITLE,
        &mut errors,
    );
    let scanning_text = optional_text("scanning", "Scanning", &scanning, MOST_REPLY, &mut errors);
    if !errors.is_empty() {
        return context
            .reply(
                &problems_path(&n.code),
                FormFeedback::errors(
                    "problem",
                    errors,
                    &[("title", title.as_str()), ("scanning", scanning.as_str())],
                ),
            )
            .await;
    }
    let reference = crate::services::problems::open(
        &context.state.db,
        &context.state.clock,
        &permit,
        &title_text,
        &scanning_text,
    )
    .await
    .map_err(|e| fault("opening a problem", e))?;
    context
        .reply(
            &problem_path(&n.code, &reference),
            FormFeedback::notice("problem", format!("Problem {reference} has been opened")),
        )
        .await
}

#[component]
pub fn NeighbourhoodProblemsPage() -> impl IntoView {
    let code = route_param("code");
    page(
        move || neighbourhood_problems(code.clone()),
        |view| view! { <Problems view /> },
    )
}

#[component]
fn Problems(view: ProblemsView) -> impl IntoView {
    let ProblemsView {
        code,
        name,
        problems,
        feedback,
    } = view;
    let none = problems.is_empty();
    view! {
        <Title text=page_title(&format!("Problems in {name}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">"Problems (SARA)"</h1>
        <p>
            <a href=manage_path(&code)>"Back to managing "{name}</a>
            " · "<a href=format!("{}/concerns", manage_path(&code))>"Concerns"</a>
        </p>
        <p>"Group concerns that share a cause into a problem, and work it through Scanning, Analysis, Response and Assessment."</p>
        {none.then(|| view! { <p>"No problems have been opened."</p> })}
        <table class="table" hidden=none>
            <caption class="visually-hidden">"Problems"</caption>
            <thead><tr><th scope="col">"Problem"</th><th scope="col">"Stage"</th><th scope="col">"Public"</th><th scope="col">"Last updated"</th></tr></thead>
            <tbody>
                {problems.into_iter().map(|p| view! {
                    <tr>
                        <td><a href=problem_path(&code, &p.reference)>{p.title}</a><br /><span class="hint">{p.reference}</span></td>
                        <td>{p.stage}</td>
                        <td>{if p.published { "Published" } else { "Not published" }}</td>
                        <td>{p.updated}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>

        <h2 class="heading-m">"Open a problem"</h2>
        <form method="post" action=OpenProblem::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <TextField name="title" label="Problem" hint="A short name, like Speeding on Court Oak Road" autocomplete="off" feedback=feedback.clone() />
            <TextArea name="scanning" label="Scanning: what is happening, where and when, and how many concerns and reports (optional)" max=MOST_REPLY rows=4 feedback />
            <button type="submit" class="button">"Open problem"</button>
        </form>
    }
    .into_any()
}
