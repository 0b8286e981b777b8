//! "Find your neighbourhood policing team": the question on the home page, and the ways in
//! beside it (surgeries near you, the votes open now, community groups, raising a concern).
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
use crate::{t, t_in};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FIELD: &str = "postcode";

/// Votes open now, closing soonest first (a few), and how many are open in all.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct OpenVotes {
    /// (link, question, "Harborne: closes on Monday 7 December 2026 at 5pm").
    listed: Vec<(String, crate::components::data::StaffText, String)>,
    total: u64,
}

/// How many open votes the home page lists before saying how many more there are.
const VOTES_LISTED: u64 = 5;

/// What the home page shows for the address asked.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Answer {
    /// The question, with any notice left by the last form ("You have signed out"), and the
    /// votes open now.
    Question(FormFeedback, OpenVotes),
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
        use crate::services::votes;
        let language = context.language;
        let (open, total) = votes::open_now(&context.state.db, context.now(), VOTES_LISTED)
            .await
            .map_err(|e| fault("reading the open votes", e))?;
        let listed = open
            .into_iter()
            .map(|v| {
                (
                    votes::vote_path(v.id),
                    crate::components::data::StaffText::chosen(
                        language,
                        &v.question,
                        v.question_cy.as_deref(),
                    ),
                    t_in!(
                        language,
                        "ways-vote-closes",
                        neighbourhood = v.neighbourhood,
                        closes = language.time(v.closes_at)
                    ),
                )
            })
            .collect();
        return Ok(Answer::Question(
            context.feedback().await?,
            OpenVotes { listed, total },
        ));
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
            Answer::Question(feedback, votes) => view! {
                <FeedbackBanner feedback />
                <PostcodeForm entered=String::new() problem=None />
                <WaysIn votes />
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
    let language = crate::i18n::current();
    let message = problem.as_ref().map(|problem| problem.message(language));
    let title = if message.is_some() {
        t!("error-title", title = t!("find-title"))
    } else {
        t!("find-title")
    };
    view! {
        <Title text=title />
        {message.clone().map(|message| view! { <ErrorSummary errors=vec![FieldError::new(FIELD, message)] /> })}
        <form method="get" action="/">
            <PostcodeField
                entered
                error=message
                hint=t!("find-hint")
                as_heading=true
            />
            <button type="submit" class="button">{t!("find-button")}</button>
        </form>
    }
    .into_any()
}

/// Where residents go from the home page besides finding their team.
#[component]
fn WaysIn(votes: OpenVotes) -> impl IntoView {
    let OpenVotes { listed, total } = votes;
    let more = total.saturating_sub(listed.len() as u64);
    view! {
        <div class="ways-in">
            <section class="ways-in__item">
                <h2 class="heading-m">{t!("ways-meet-title")}</h2>
                <p>{t!("ways-meet-body")}</p>
                <p><a href="/surgeries">{t!("ways-meet-link")}</a></p>
            </section>
            <section class="ways-in__item">
                <h2 class="heading-m">{t!("ways-concern-title")}</h2>
                <p><a href="/concerns/new">{t!("ways-concern-link")}</a>{t!("ways-concern-body")}</p>
            </section>
            <section class="ways-in__item">
                <h2 class="heading-m">{t!("ways-votes-title")}</h2>
                {if listed.is_empty() {
                    view! { <p>{t!("ways-votes-none")}</p> }.into_any()
                } else {
                    view! {
                        <p>{t!("ways-votes-open")}</p>
                        <ul class="list">
                            {listed.into_iter().map(|(link, question, about)| view! {
                                <li><a href=link lang=question.lang>{question.text}</a><br /><span class="hint">{about}</span></li>
                            }).collect_view()}
                        </ul>
                        {(more > 0).then(|| view! {
                            <p>{t!("ways-votes-more", count = more)}</p>
                        })}
                    }.into_any()
                }}
            </section>
            <section class="ways-in__item">
                <h2 class="heading-m">{t!("ways-groups-title")}</h2>
                <p>{t!("ways-groups-body")}</p>
                <p><a href="/groups">{t!("ways-groups-link")}</a></p>
            </section>
        </div>
    }
}
