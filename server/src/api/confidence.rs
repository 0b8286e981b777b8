//! `GET /api/{force}/{neighbourhood}/confidence`: the confidence survey for the last four
//! quarters that ended, as counts only (the portal's own call; data.police.uk has none): what
//! "How we're doing" shows as shares, under its rules (a quarter once it has ended and at least
//! 10 residents answered; feeling safe once 10 walk alone after dark). Nothing names or dates
//! one resident's answers.

use super::openapi::{NeighbourhoodPath, Refusals};
use super::police::{fault, named};
use app::domain::survey::{LEAST_ANSWERS, Tally, ended_quarters};
use app::state::PortalState;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// One ended quarter of the survey in one neighbourhood: what "How we're doing" shows of it,
/// as counts rather than shares.
#[derive(Serialize, ToSchema)]
pub struct ConfidenceQuarter {
    /// The quarter, such as `2026-Q3` (July to September 2026).
    pub quarter: String,
    /// Its first and last months, `YYYY-MM`.
    #[serde(rename = "first-month")]
    pub first_month: String,
    #[serde(rename = "last-month")]
    pub last_month: String,
    /// How many residents answered; `null` when fewer than 10 did (then nothing else is given).
    pub answered: Option<i64>,
    /// How many strongly or tend to agree with each statement; `null` with fewer than 10
    /// answers.
    pub agree: Option<Agreeing>,
    /// How many walk alone in the area after dark; `null` when fewer than 10 do.
    #[serde(rename = "walk-alone")]
    pub walk_alone: Option<i64>,
    /// How many of them feel very or fairly safe doing so; `null` when fewer than 10 walk alone.
    #[serde(rename = "feel-safe")]
    pub feel_safe: Option<i64>,
}

/// How many agree with each of the Crime Survey for England and Wales's confidence statements.
#[derive(Serialize, ToSchema)]
pub struct Agreeing {
    /// The police in this area understand the issues that affect this community.
    pub understand: i64,
    /// They deal with the things that matter to this community.
    pub deal: i64,
    /// They can be relied on to be there when you need them.
    pub rely: i64,
}

/// `GET /api/{force}/{neighbourhood}/confidence`: the last four ended quarters in which anyone
/// answered, newest first.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/confidence",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "The confidence survey, as counts, for each of the last four quarters that ended and in which anyone answered, newest first. A quarter with fewer than 10 answers gives no counts; feeling safe is given once 10 walk alone after dark.", body = [ConfidenceQuarter]),
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
    let ended = ended_quarters(state.clock.now());
    let tallies = match app::services::survey::tallies(&state.db, n.id, ended).await {
        Ok(tallies) => tallies,
        Err(error) => return fault("reading the survey's counts", error),
    };
    let quarters: Vec<ConfidenceQuarter> = tallies
        .into_iter()
        .filter(|(_, counts)| !counts.is_empty())
        .map(|(quarter, counts)| {
            let tally = Tally::of(&counts);
            let enough = tally.answered >= LEAST_ANSWERS;
            let walkers = enough && tally.walk_alone >= LEAST_ANSWERS;
            let (first, last) = quarter.months();
            ConfidenceQuarter {
                quarter: quarter.code(),
                first_month: format!("{}-{first:02}", quarter.year),
                last_month: format!("{}-{last:02}", quarter.year),
                answered: enough.then_some(tally.answered),
                agree: enough.then_some(Agreeing {
                    understand: tally.understand,
                    deal: tally.deal,
                    rely: tally.rely,
                }),
                walk_alone: walkers.then_some(tally.walk_alone),
                feel_safe: walkers.then_some(tally.feel_safe),
            }
        })
        .collect();
    Json(quarters).into_response()
}
