//! "Find your neighbourhood policing team": the one question on the home page.
//!
//! The form is a plain GET to `/?postcode=…`, so the address can be shared; a postcode in one
//! neighbourhood is answered with a redirect to that neighbourhood's page.

use crate::components::district::DistrictChoice;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::form::{FeedbackBanner, PostcodeField};
use crate::components::page::{PageError, page};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::request::RequestContext;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "postcode";
const TITLE: &str = "Find your neighbourhood policing team";

/// What the home page shows for the address asked.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Answer {
    /// The question, with any notice left by the last form ("You have signed out").
    Question(FormFeedback),
    /// The question again, saying what is wrong with the postcode entered.
    Problem {
        entered: String,
        problem: FindProblem,
    },
    District {
        district: String,
        neighbourhoods: Vec<NeighbourhoodChoice>,
    },
}

async fn answer(entered: Option<String>) -> Result<Answer, PageError> {
    let context = RequestContext::new().await?;
    let Some(entered) = entered else {
        return Ok(Answer::Question(context.feedback().await?));
    };
    let outcome =
        crate::services::find::find_neighbourhood(&context.state.gazetteer.current(), &entered)
            .map_err(|e| fault("finding a neighbourhood", e))?;
    match outcome {
        FindOutcome::Problem(problem) => Ok(Answer::Problem { entered, problem }),
        FindOutcome::District {
            district,
            neighbourhoods,
        } => Ok(Answer::District {
            district,
            neighbourhoods,
        }),
        FindOutcome::Neighbourhood { code } => Err(PageError::Redirect(neighbourhood_path(&code))),
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let entered = use_query_map().read_untracked().get(FIELD);
    page(
        move || answer(entered.clone()),
        |answer| match answer {
            Answer::Question(feedback) => view! {
                <FeedbackBanner feedback />
                <PostcodeForm entered=String::new() problem=None />
            }
            .into_any(),
            Answer::Problem { entered, problem } => {
                view! { <PostcodeForm entered problem=Some(problem) /> }.into_any()
            }
            Answer::District {
                district,
                neighbourhoods,
            } => view! {
                <DistrictChoice district neighbourhoods link=neighbourhood_path back="/" />
            }
            .into_any(),
        },
    )
}

#[component]
fn PostcodeForm(entered: String, problem: Option<FindProblem>) -> impl IntoView {
    let message = problem.as_ref().map(FindProblem::message);
    let title = if message.is_some() {
        format!("Error: {TITLE}")
    } else {
        TITLE.to_string()
    };
    view! {
        <Title text=title />
        {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
        <form method="get" action="/">
            <PostcodeField
                entered
                error=message
                hint="We will show you your neighbourhood policing team. For example, B15 2TT. If you only know the first part, enter that, like B15."
                as_heading=true
            />
            <button type="submit" class="button">"Find your team"</button>
        </form>
        <h2 class="heading-m">"Tell your team about something that worries you"</h2>
        <p><a href="/concerns/new">"Raise a concern with your neighbourhood team"</a>": they reply within 72 hours. It is not for emergencies: in an emergency, call 999."</p>
    }
    .into_any()
}
