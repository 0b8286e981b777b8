//! Administrators' page for the force's Local Policing Areas and neighbourhoods.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const PATH: &str = "/staff/areas";

#[derive(Clone, Debug, PartialEq, Eq)]
struct AreaRow {
    id: i32,
    code: String,
    name: String,
    /// (code, name) of its neighbourhoods.
    neighbourhoods: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct AreasView {
    areas: Vec<AreaRow>,
    feedback: FormFeedback,
}

async fn areas() -> Result<AreasView, PageError> {
    use crate::services::management;
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let db = &context.state.db;
    let lpas = management::lpas(db)
        .await
        .map_err(|e| fault("listing areas", e))?;
    let neighbourhoods = management::neighbourhoods(db)
        .await
        .map_err(|e| fault("listing neighbourhoods", e))?;
    let areas = lpas
        .into_iter()
        .map(|lpa| AreaRow {
            neighbourhoods: neighbourhoods
                .iter()
                .filter(|n| n.lpa_id == lpa.id)
                .map(|n| (n.code.clone(), n.name.clone()))
                .collect(),
            id: lpa.id,
            code: lpa.code,
            name: lpa.name,
        })
        .collect();
    Ok(AreasView {
        areas,
        feedback: context.feedback().await?,
    })
}

/// The code typed, and the problem with it, if any.
fn check_code(value: &str, errors: &mut Vec<crate::domain::forms::FieldError>) -> String {
    use crate::domain::neighbourhood::AreaCode;
    match AreaCode::parse(value) {
        Ok(code) => code.as_str().to_string(),
        Err(problem) => {
            errors.push(crate::domain::forms::FieldError::new(
                "code",
                problem.to_string(),
            ));
            value.trim().to_string()
        }
    }
}

/// Adds an LPA (`lpa_id` empty) or a neighbourhood in LPA `lpa_id`.
#[server(prefix = "/fn", endpoint = "staff/areas/create")]
pub async fn create_area(lpa_id: String, code: String, name: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, required_text};
    use crate::services::management::{self, AreaChange};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let parent: Option<i32> = lpa_id.trim().parse().ok();
    let form = if parent.is_some() {
        format!("neighbourhood-{lpa_id}")
    } else {
        "lpa".to_string()
    };
    let mut errors = Vec::new();
    let code = check_code(&code, &mut errors);
    let name = required_text("name", "Name", &name, "Enter a name", 100, &mut errors);
    if !errors.is_empty() {
        return context
            .reply(
                PATH,
                FormFeedback::errors(&form, errors, &[("code", &code), ("name", &name)]),
            )
            .await;
    }
    let db = &context.state.db;
    let clock = &context.state.clock;
    let outcome = match parent {
        Some(lpa) => management::create_neighbourhood(db, clock, &admin, lpa, &code, &name).await,
        None => {
            let force = context
                .state
                .gazetteer
                .current()
                .force
                .as_ref()
                .map(|f| f.id.clone());
            let Some(force) = force else {
                return context
                    .reply(
                        PATH,
                        FormFeedback::errors(
                            &form,
                            vec![FieldError::new(
                                "code",
                                "Import or seed the force before adding areas",
                            )],
                            &[],
                        ),
                    )
                    .await;
            };
            management::create_lpa(db, clock, &admin, &force, &code, &name).await
        }
    }
    .map_err(|e| fault("adding an area", e))?;
    let feedback = match outcome {
        AreaChange::Done => FormFeedback::notice(&form, format!("{name} has been added")),
        AreaChange::CodeTaken => FormFeedback::errors(
            &form,
            vec![FieldError::new(
                "code",
                "Another area already has this code",
            )],
            &[("code", &code), ("name", &name)],
        ),
        AreaChange::NoSuchArea => {
            return Err(crate::request::deny(
                http::StatusCode::NOT_FOUND,
                "There is no such Local Policing Area.",
            ));
        }
    };
    context.reply(PATH, feedback).await
}

#[server(prefix = "/fn", endpoint = "staff/areas/rename")]
pub async fn rename_area(lpa_id: i32, name: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::required_text;
    use crate::services::management::{self, AreaChange};
    let context = crate::request::RequestContext::new().await?;
    let admin = context.require_staff(crate::policy::administer).await?;
    let form = format!("rename-{lpa_id}");
    let mut errors = Vec::new();
    let name = required_text("name", "Name", &name, "Enter a name", 100, &mut errors);
    if !errors.is_empty() {
        return context
            .reply(PATH, FormFeedback::errors(&form, errors, &[]))
            .await;
    }
    match management::rename_lpa(
        &context.state.db,
        &context.state.clock,
        &admin,
        lpa_id,
        &name,
    )
    .await
    .map_err(|e| fault("renaming an area", e))?
    {
        AreaChange::Done => {
            context
                .reply(
                    PATH,
                    FormFeedback::notice(&form, format!("The area is now called {name}")),
                )
                .await
        }
        AreaChange::NoSuchArea | AreaChange::CodeTaken => Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such Local Policing Area.",
        )),
    }
}

#[component]
pub fn StaffAreasPage() -> impl IntoView {
    page(areas, |view| view! { <Areas view /> })
}

#[component]
fn Areas(view: AreasView) -> impl IntoView {
    let AreasView { areas, feedback } = view;
    let lpa_feedback = feedback.for_form("lpa");
    view! {
        <Title text=page_title("Local Policing Areas and neighbourhoods", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Local Policing Areas and neighbourhoods"</h1>
        {areas.into_iter().map(|area| {
            let rename = feedback.for_form(&format!("rename-{}", area.id));
            let add = feedback.for_form(&format!("neighbourhood-{}", area.id));
            let id = area.id;
            view! {
                <section class="area">
                    <h2 class="heading-m">{area.name.clone()}<span class="hint">{format!(" ({})", area.code)}</span></h2>
                    <ul class="list">
                        {area.neighbourhoods.into_iter().map(|(code, name)| view! {
                            <li><a href=format!("/staff/neighbourhoods/{code}")>{name}</a></li>
                        }).collect_view()}
                    </ul>
                    <details class="details">
                        <summary>{format!("Rename {}", area.name)}</summary>
                        <form method="post" action=RenameArea::url() novalidate>
                            <input type="hidden" name="lpa_id" value=id />
                            <TextField name="name" label="New name" value=area.name.clone() feedback=rename />
                            <button type="submit" class="button button--secondary">"Rename"</button>
                        </form>
                    </details>
                    <details class="details">
                        <summary>{format!("Add a neighbourhood to {}", area.name)}</summary>
                        <form method="post" action=CreateArea::url() novalidate>
                            <input type="hidden" name="lpa_id" value=id />
                            <TextField name="code" label="Code" hint="The neighbourhood's data.police.uk id." feedback=add.clone() />
                            <TextField name="name" label="Name" feedback=add />
                            <button type="submit" class="button button--secondary">"Add neighbourhood"</button>
                        </form>
                    </details>
                </section>
            }
        }).collect_view()}

        <h2 class="heading-m">"Add a Local Policing Area"</h2>
        <form method="post" action=CreateArea::url() novalidate>
            <input type="hidden" name="lpa_id" value="" />
            <TextField name="code" label="Code" feedback=lpa_feedback.clone() />
            <TextField name="name" label="Name" feedback=lpa_feedback />
            <button type="submit" class="button">"Add area"</button>
        </form>
    }
    .into_any()
}
