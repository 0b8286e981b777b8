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
use crate::t;
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
    let title = if message.is_some() {
        t!("error-title", title = t!("surgery-search-title"))
    } else {
        t!("surgery-search-title")
    };
    view! {
        <Title text=title />
        {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
        <h1 class="heading-l">{t!("surgery-search-title")}</h1>
        <p>{t!("surgery-search-body")}</p>
        <form method="get" action="/surgeries">
            <PostcodeField entered error=message hint=t!("surgery-search-hint") />
            <button type="submit" class="button">{t!("surgery-search-button")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn Found(code: String, name: String, surgeries: Vec<ListedSurgery>) -> impl IntoView {
    let heading = t!("surgery-found-title", neighbourhood = name.as_str());
    view! {
        <Title text=heading.clone() />
        <h1 class="heading-l" id="surgeries">{heading}</h1>
        <SurgeryList surgeries labelled_by="surgeries" />
        <p>
            <a href=format!("/neighbourhoods/{code}/surgeries.ics")>{t!("surgery-calendar-link")}</a>
            " · "<a href=neighbourhood_path(&code)>{t!("surgery-team-link", neighbourhood = name.as_str())}</a>
            " · "<a href="/surgeries">{t!("surgery-search-again")}</a>
        </p>
    }
    .into_any()
}
