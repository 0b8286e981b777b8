//! `GET /api/{force}/{neighbourhood}/partners`: how the team works with partner organisations,
//! as counts only (the portal's own call; data.police.uk has none). Which organisations, and
//! what they did, residents read on the neighbourhood page, credited on its published problems.

use super::openapi::{NeighbourhoodPath, Refusals};
use super::police::{fault, named};
use app::state::PortalState;
use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct PartnerCounts {
    /// Partner organisations (a council, a housing association, a school…) working in the
    /// neighbourhood: those its team may share problems with.
    pub organisations: u64,
    /// The team's problems shared with at least one of them now.
    #[serde(rename = "problems-shared")]
    pub problems_shared: u64,
    /// Problems a partner organisation recorded an action on in the last 12 months: the
    /// Guarantee's "Working with partners".
    #[serde(rename = "problems-worked")]
    pub problems_worked: u64,
}

/// `GET /api/{force}/{neighbourhood}/partners`.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/partners",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "How many partner organisations work in the neighbourhood, how many of the team's problems are shared with them, and how many they recorded an action on in the last 12 months. Counts only.", body = PartnerCounts),
        Refusals
    )
)]
pub async fn partners(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let now = state.clock.now();
    // The Guarantee's counts as "How we're doing" shows them, kept for a minute.
    let counted = tokio::try_join!(
        app::services::partners::counts(&state.db, n.id),
        state.public_pages.guarantee_counts(&state.db, now, n.id),
    );
    match counted {
        Ok(((organisations, problems_shared), (guarantee, _))) => Json(PartnerCounts {
            organisations,
            problems_shared,
            problems_worked: guarantee.problems_with_partners,
        })
        .into_response(),
        Err(error) => fault("counting a neighbourhood's partners", error),
    }
}
