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
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "postcode";
const TITLE: &str = "Raise a concern with your neighbourhood team";

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
                let title = if message.is_some() {
                    format!("Error: {TITLE}")
                } else {
                    TITLE.to_string()
                };
                view! {
                    <Title text=title />
                    {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
                    <h1 class="heading-l">{TITLE}</h1>
                    <p>"Tell your neighbourhood team about something that worries you locally: anti-social behaviour, speeding, drug dealing, a dark alleyway. They will reply within 72 hours, and you can always see what happened to it."</p>
                    <NotForEmergencies />
                    <form method="get" action="/concerns/new">
                        <PostcodeField
                            entered
                            error=message
                            hint="The postcode of the place you are concerned about, or yours. For example, B15 2TT."
                        />
                        <button type="submit" class="button">"Continue"</button>
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
