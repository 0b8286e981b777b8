//! `GET /api/{force}/{neighbourhood}/confidence`: the confidence survey's answers for the last
//! four quarters that ended, as counts only (the portal's own call; data.police.uk has none).
//! A quarter is given only once it has ended and at least 10 residents of the neighbourhood
//! answered, as "How we're doing" shows it; nothing names or dates one resident's answers.

use super::openapi::{NeighbourhoodPath, Refusals};
use super::police::{fault, named};
use app::domain::forms::form_value;
use app::domain::survey::{LEAST_ANSWERS, Quarter};
use app::state::PortalState;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// How many quarters before this one are given.
const QUARTERS: usize = 4;

/// One ended quarter of the survey in one neighbourhood.
#[derive(Serialize, ToSchema)]
pub struct ConfidenceQuarter {
    /// The quarter, such as `2026-Q3` (July to September 2026).
    pub quarter: String,
    /// Its first and last months, `YYYY-MM`.
    #[serde(rename = "first-month")]
    pub first_month: String,
    #[serde(rename = "last-month")]
    pub last_month: String,
    /// How many residents answered; `null` when fewer than 10 did (then no counts are given).
    pub answered: Option<i64>,
    /// How many gave each answer to each question; empty when fewer than 10 answered.
    pub counts: Vec<AnswerCount>,
}

#[derive(Serialize, ToSchema)]
pub struct AnswerCount {
    /// `understand`, `deal`, `rely` (the Crime Survey for England and Wales's confidence
    /// statements) or `safe` (walking alone after dark).
    pub question: String,
    /// `strongly-agree` … `strongly-disagree`, or `very-safe` … `never-alone`.
    pub answer: String,
    pub count: i64,
}

/// `GET /api/{force}/{neighbourhood}/confidence`: the last four ended quarters in which anyone
/// answered, newest first.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/confidence",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "The confidence survey's answers, as counts, for each of the last four quarters that ended and in which anyone answered, newest first. A quarter with fewer than 10 answers gives no counts.", body = [ConfidenceQuarter]),
        Refusals
    )
)]
pub async fn confidence(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let now = state.clock.now();
    let tallies = match app::services::survey::tallies(&state.db, n.id, now, QUARTERS).await {
        Ok(tallies) => tallies,
        Err(error) => return fault("reading the survey's counts", error),
    };
    let current = Quarter::of(now);
    let quarters: Vec<ConfidenceQuarter> = tallies
        .into_iter()
        .filter(|(quarter, counts)| *quarter != current && !counts.is_empty())
        .map(|(quarter, counts)| {
            let answered: i64 = counts
                .iter()
                .filter(|(question, _, _)| {
                    *question == entity::survey_tally::SurveyQuestion::Understand
                })
                .map(|(_, _, n)| n)
                .sum();
            let enough = answered >= LEAST_ANSWERS;
            let (first, last) = quarter.months();
            ConfidenceQuarter {
                quarter: quarter.code(),
                first_month: format!("{}-{first:02}", quarter.year),
                last_month: format!("{}-{last:02}", quarter.year),
                answered: enough.then_some(answered),
                counts: if enough {
                    counts
                        .into_iter()
                        .filter(|(_, _, n)| *n > 0)
                        .map(|(question, answer, count)| AnswerCount {
                            question: form_value(&question),
                            answer,
                            count,
                        })
                        .collect()
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    Json(quarters).into_response()
}
