//! The calls of data.police.uk's neighbourhood API that the portal serves from its own data,
//! in exactly that API's shapes, so its clients work here by changing only the base URL.
//! Unknown forces and neighbourhoods answer 404 with the plain body `Not Found`, as there.

use super::openapi::{NeighbourhoodPath, Refusals};
use app::domain::schedule::uk_local;
use app::domain::surgery::surgery_path;
use app::services::{neighbourhoods, surgeries};
use app::state::PortalState;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entity::neighbourhood;
use entity::surgery_series::BookingMode;
use serde::Serialize;
use utoipa::ToSchema;

/// data.police.uk's date format: UK local time, no zone, no fractions.
pub fn police_date(unix_seconds: i64) -> String {
    uk_local(unix_seconds)
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

pub fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "Not Found").into_response()
}

pub fn fault(doing: &str, error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "failed {doing}");
    (StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error").into_response()
}

/// Only the ways of contact that have values (data.police.uk leaves the others out).
#[derive(Serialize, Default, ToSchema)]
pub struct ContactDetails {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
}

impl ContactDetails {
    /// The ways a neighbourhood's team can be reached.
    pub fn of(n: &neighbourhood::Model) -> Self {
        Self {
            email: n.contact_email.clone(),
            telephone: n.contact_telephone.clone(),
        }
    }
}

/// data.police.uk gives `null` for text a force has not written (blank counts as not written).
pub fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// One event, as data.police.uk gives it, with the portal's additions under keys of its own.
#[derive(Serialize, ToSchema)]
pub struct Event {
    pub contact_details: ContactDetails,
    pub description: Option<String>,
    pub title: String,
    pub address: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub start_date: String,
    pub end_date: String,
    /// The portal's: whether residents book a slot ("booked-slots") or just come ("drop-in").
    pub booking: &'static str,
    /// The portal's: the surgery's page, where residents book.
    pub url: String,
}

/// Whether `force` (case-sensitive) is the force this portal serves; answered from memory.
pub fn serves_force(state: &PortalState, force: &str) -> bool {
    state
        .gazetteer
        .current()
        .force
        .as_ref()
        .is_some_and(|f| f.id == force)
}

/// The neighbourhood `code` of force `force`, as the path names them (both case-sensitive).
pub async fn neighbourhood(
    state: &PortalState,
    force: &str,
    code: &str,
) -> Result<Option<entity::neighbourhood::Model>, sea_orm::DbErr> {
    if !serves_force(state, force) {
        return Ok(None);
    }
    Ok(neighbourhoods::neighbourhood_by_code(&state.db, code)
        .await?
        .filter(|n| n.force_id == force))
}

/// The neighbourhood the path names, or the answer to give instead: `404 Not Found`, or a
/// fault.
pub async fn named(
    state: &PortalState,
    force: &str,
    code: &str,
) -> Result<entity::neighbourhood::Model, Response> {
    match neighbourhood(state, force, code).await {
        Ok(Some(n)) => Ok(n),
        Ok(None) => Err(not_found()),
        Err(error) => Err(fault("reading a neighbourhood", error)),
    }
}

/// `GET /api/{force}/{neighbourhood}/events`: surgeries and meetings still to come, soonest
/// first.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/events",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "Surgeries and meetings still to come, soonest first.", body = [Event]),
        Refusals
    )
)]
pub async fn events(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let occurrences =
        match surgeries::feed_occurrences(&state.db, n.id, state.clock.now(), false).await {
            Ok(occurrences) => occurrences,
            Err(error) => return fault("reading a neighbourhood's events", error),
        };
    let events: Vec<Event> = occurrences
        .into_iter()
        .map(|o| Event {
            contact_details: ContactDetails::of(&n),
            description: non_empty(o.series.description),
            title: o.series.title,
            address: surgeries::venue_line(&o.venue),
            kind: "meeting",
            start_date: police_date(o.surgery.starts_at),
            end_date: police_date(o.surgery.ends_at),
            booking: match o.series.booking {
                BookingMode::DropIn => "drop-in",
                BookingMode::BookedSlots => "booked-slots",
            },
            url: format!("{}{}", state.site_url, surgery_path(o.surgery.id)),
        })
        .collect();
    Json(events).into_response()
}

/// One priority, as data.police.uk gives it: `action` and `action-date` are present and `null`
/// while the team has recorded no action.
#[derive(Serialize, ToSchema)]
pub struct Priority {
    pub issue: String,
    #[serde(rename = "issue-date")]
    pub issue_date: String,
    pub action: Option<String>,
    #[serde(rename = "action-date")]
    pub action_date: Option<String>,
}

/// `GET /api/{force}/{neighbourhood}/priorities`: the current local priorities (not retired),
/// most recently raised first, each with its latest action.
#[utoipa::path(
    get,
    path = "/api/{force}/{neighbourhood}/priorities",
    tag = "neighbourhoods",
    params(NeighbourhoodPath),
    responses(
        (status = 200, description = "The neighbourhood's current priorities, most recently raised first.", body = [Priority]),
        Refusals
    )
)]
pub async fn priorities(
    State(state): State<PortalState>,
    Path((force, code)): Path<(String, String)>,
) -> Response {
    let n = match named(&state, &force, &code).await {
        Ok(n) => n,
        Err(answer) => return answer,
    };
    let current = match app::services::priorities::for_neighbourhood(&state.db, n.id, false).await {
        Ok(current) => current,
        Err(error) => return fault("reading a neighbourhood's priorities", error),
    };
    let priorities: Vec<Priority> = current
        .into_iter()
        .map(|p| {
            let latest = p.latest_action().cloned();
            Priority {
                issue: p.priority.issue,
                issue_date: police_date(p.priority.issue_date),
                action: latest.as_ref().map(|a| a.action.clone()),
                action_date: latest.map(|a| police_date(a.action_date)),
            }
        })
        .collect();
    Json(priorities).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_uk_local_time_without_a_zone() {
        // 1 July 2026 13:30 UTC is 2:30pm British Summer Time.
        assert_eq!(police_date(1_782_912_600), "2026-07-01T14:30:00");
        // 22 November 2026 14:05 UTC is the same in winter.
        assert_eq!(police_date(1_795_356_300), "2026-11-22T14:05:00");
    }
}
