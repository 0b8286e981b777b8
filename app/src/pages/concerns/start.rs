//! `/concerns/new`: raising a concern starts with where it is, so it reaches the right team.
//! A plain GET form: a postcode leads to its neighbourhood's concern form; a district offers
//! its neighbourhoods.

use crate::components::emergency::NotForEmergencies;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::form::PostcodeField;
use crate::components::page::{PageError, page};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::neighbourhood::raise_concern_path;
use crate::state::fault;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "postcode";

#[derive(Clone, Debug, PartialEq, Eq)]
enum Start {
    Question {
        entered: String,
        problem: Option<FindProblem>,
    },
    District {
        district: String,
        neighbourhoods: Vec<NeighbourhoodChoice>,
    },
}

async fn start(entered: Option<String>) -> Result<Start, PageError> {
    let state = crate::state::PortalState::from_context()?;
    let Some(entered) = entered else {
        return Ok(Start::Question {
            entered: String::new(),
            problem: None,
        });
    };
    match crate::services::find::find_neighbourhood(&state.gazetteer.current(), &entered)
        .map_err(|e| fault("finding a neighbourhood", e))?
    {
        FindOutcome::Neighbourhood { code } => Err(PageError::Redirect(raise_concern_path(&code))),
        FindOutcome::District {
            district,
            neighbourhoods,
        } => Ok(Start::District {
            district,
            neighbourhoods,
        }),
        FindOutcome::Problem(problem) => Ok(Start::Question {
            entered,
            problem: Some(problem),
        }),
    }
}

#[component]
pub fn RaiseConcernStartPage() -> impl IntoView {
    let entered = use_query_map().read_untracked().get(FIELD);
    page(
        move || start(entered.clone()),
        |start| match start {
            Start::Question { entered, problem } => {
                let message = problem.as_ref().map(|p| p.message(crate::i18n::current()));
                let heading = t!("concern-start-title");
                let title = if message.is_some() {
                    t!("error-title", title = heading.as_str())
                } else {
                    heading.clone()
                };
                view! {
                    <Title text=title />
                    {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
                    <h1 class="heading-l">{heading}</h1>
                    <p>{t!("concern-start-intro")}</p>
                    <NotForEmergencies />
                    <form method="get" action="/concerns/new">
                        <PostcodeField
                            entered
                            error=message
                            hint=t!("concern-start-hint")
                        />
                        <button type="submit" class="button">{t!("concern-continue")}</button>
                    </form>
                }
                .into_any()
            }
            Start::District {
                district,
                neighbourhoods,
            } => view! {
                <crate::components::district::DistrictChoice
                    district
                    neighbourhoods
                    link=raise_concern_path
                    back="/concerns/new"
                />
            }
            .into_any(),
        },
    )
}
