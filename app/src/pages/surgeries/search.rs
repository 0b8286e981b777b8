//! `/surgeries`: what is coming up for a postcode's neighbourhood (`?postcode=`), or for one
//! neighbourhood (`?neighbourhood=`, the neighbourhood page's "see all"). A plain GET form, so
//! the address can be shared and it works without JavaScript.

use crate::components::district::DistrictChoice;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::form::PostcodeField;
use crate::components::page::{PageError, page};
use crate::components::surgery_list::{ListedSurgery, SurgeryList};
use crate::domain::find::{FindOutcome, FindProblem, NeighbourhoodChoice};
use crate::domain::neighbourhood::neighbourhood_path;
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "postcode";

/// The most occurrences listed for one neighbourhood.
const LISTED: u64 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Search {
    /// The question, or the question again with what is wrong with the postcode.
    Question {
        entered: String,
        problem: Option<FindProblem>,
    },
    District {
        district: String,
        neighbourhoods: Vec<NeighbourhoodChoice>,
    },
    Found {
        code: String,
        name: String,
        surgeries: Vec<ListedSurgery>,
    },
}

async fn search(
    postcode: Option<String>,
    neighbourhood: Option<String>,
) -> Result<Search, PageError> {
    use crate::services::{find, neighbourhoods, surgeries};
    let context = crate::request::RequestContext::new().await?;
    let code = match (neighbourhood, postcode) {
        (Some(code), _) => code,
        (None, None) => {
            return Ok(Search::Question {
                entered: String::new(),
                problem: None,
            });
        }
        (None, Some(entered)) => {
            match find::find_neighbourhood(&context.state.gazetteer.current(), &entered)
                .map_err(|e| fault("finding a neighbourhood", e))?
            {
                FindOutcome::Neighbourhood { code } => code,
                FindOutcome::District {
                    district,
                    neighbourhoods,
                } => {
                    return Ok(Search::District {
                        district,
                        neighbourhoods,
                    });
                }
                FindOutcome::Problem(problem) => {
                    return Ok(Search::Question {
                        entered,
                        problem: Some(problem),
                    });
                }
            }
        }
    };
    let n = neighbourhoods::neighbourhood_by_code(&context.state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let listed = surgeries::upcoming(&context.state.db, n.id, context.now(), false, LISTED)
        .await
        .map_err(|e| fault("reading surgeries", e))?
        .into_iter()
        .map(ListedSurgery::from)
        .collect();
    Ok(Search::Found {
        code: n.code,
        name: n.name,
        surgeries: listed,
    })
}

/// The surgeries of one neighbourhood.
fn surgeries_in(code: &str) -> String {
    format!("/surgeries?neighbourhood={code}")
}

#[component]
pub fn SurgerySearchPage() -> impl IntoView {
    let (postcode, neighbourhood) = {
        let query = use_query_map().read_untracked();
        (query.get(FIELD), query.get("neighbourhood"))
    };
    page(
        move || search(postcode.clone(), neighbourhood.clone()),
        |found| match found {
            Search::Question { entered, problem } => {
                view! { <SearchForm entered problem /> }.into_any()
            }
            Search::District {
                district,
                neighbourhoods,
            } => view! {
                <DistrictChoice district neighbourhoods link=surgeries_in back="/surgeries" />
            }
            .into_any(),
            Search::Found {
                code,
                name,
                surgeries,
            } => view! { <Found code name surgeries /> }.into_any(),
        },
    )
}

#[component]
fn SearchForm(entered: String, problem: Option<FindProblem>) -> impl IntoView {
    let message = problem.as_ref().map(|p| p.message(crate::i18n::current()));
    let has_error = message.is_some();
    let title = if has_error {
        "Error: Find a surgery near you"
    } else {
        "Find a surgery near you"
    };
    view! {
        <Title text=title />
        {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
        <h1 class="heading-l">"Find a surgery near you"</h1>
        <p>"Surgeries are times when your neighbourhood team is at a library, school or community centre for you to talk to in person."</p>
        <form method="get" action="/surgeries">
            <PostcodeField entered error=message hint="For example, B15 2TT" />
            <button type="submit" class="button">"Find surgeries"</button>
        </form>
    }
    .into_any()
}

#[component]
fn Found(code: String, name: String, surgeries: Vec<ListedSurgery>) -> impl IntoView {
    let heading = format!("Surgeries in {name}");
    view! {
        <Title text=heading.clone() />
        <h1 class="heading-l" id="surgeries">{heading}</h1>
        <SurgeryList surgeries labelled_by="surgeries" />
        <p>
            <a href=format!("/neighbourhoods/{code}/surgeries.ics")>"Add these surgeries to your calendar"</a>
            " · "<a href=neighbourhood_path(&code)>"The "{name.clone()}" neighbourhood team"</a>
            " · "<a href="/surgeries">"Search for a different postcode"</a>
        </p>
    }
    .into_any()
}
