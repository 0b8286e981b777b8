//! `GET /staff/neighbourhoods/{code}/surgeries/{id}/bookings.csv`: an occurrence's bookings as a
//! spreadsheet, for its neighbourhood's team only (names and contact details).

use app::request::StaffGuard;
use app::services::clock::{format_date, format_times};
use app::services::{occurrences, surgeries};
use app::state::PortalState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use entity::booking::{Attendance, BookingStatus};
use tower_sessions::Session;

pub async fn download(
    State(state): State<PortalState>,
    Path((code, id)): Path<(String, String)>,
    session: Session,
) -> Response {
    let context = super::staff_download(&state, session);
    let n = match context.neighbourhood_access(&code).await {
        Ok(StaffGuard::Granted(permit)) => permit.into_subject(),
        Ok(StaffGuard::Missing) => return StatusCode::NOT_FOUND.into_response(),
        Ok(StaffGuard::Denied(denied)) => return super::refused(denied),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Ok(id) = id.parse::<i32>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let detail = match surgeries::occurrence(&state.db, id).await {
        Ok(Some(detail)) if detail.surgery.neighbourhood_id == n.id => detail,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return fault(error),
    };
    let roster = match occurrences::roster(&state.db, id).await {
        Ok(roster) => roster,
        Err(error) => return fault(error),
    };
    let filename = format!(
        "bookings-{}-{}.csv",
        n.code,
        app::domain::schedule::uk_local(detail.surgery.starts_at).format("%Y-%m-%d")
    );
    super::csv_file(&filename, &ROSTER_HEADERS, &roster_rows(&roster)).unwrap_or_else(fault)
}

fn fault(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "failed listing an occurrence's bookings");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// A cell a spreadsheet would take as a formula is begun with an apostrophe, so a resident's
/// text can never run as one when the team opens the file.
pub(crate) fn cell(text: &str) -> String {
    // Spreadsheets skip leading spaces before a formula's sign, so those count too.
    match text.trim_start().chars().next() {
        Some('=' | '+' | '-' | '@') => format!("'{text}"),
        _ if text.starts_with(['\t', '\r']) => format!("'{text}"),
        _ => text.to_string(),
    }
}

const ROSTER_HEADERS: [&str; 10] = [
    "Date",
    "Time",
    "Reference",
    "Name",
    "Email",
    "To talk about",
    "Help to take part",
    "Booked by",
    "Status",
    "Attendance",
];

/// The bookings, one row each.
fn roster_rows(roster: &[occurrences::RosterEntry]) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for entry in roster {
        let status = match entry.status {
            BookingStatus::Booked => "Booked",
            BookingStatus::Cancelled => "Cancelled",
        };
        let attendance = match entry.attendance {
            Some(Attendance::Attended) => "Attended",
            Some(Attendance::DidNotAttend) => "Did not attend",
            None => "",
        };
        let booked_by = entry
            .booked_by
            .as_ref()
            .map_or_else(|| "The resident".to_string(), |by| format!("{by} (staff)"));
        rows.push(vec![
            format_date(entry.slot_starts_at),
            format_times(entry.slot_starts_at, entry.slot_ends_at),
            entry.reference.clone(),
            cell(entry.name.as_deref().unwrap_or("")),
            cell(entry.email.as_deref().unwrap_or("")),
            cell(&entry.topic),
            cell(&entry.adjustments),
            cell(&booked_by),
            status.to_string(),
            attendance.to_string(),
        ]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("  =1+1"), "'  =1+1");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(
            cell("Speeding on Court Oak Road"),
            "Speeding on Court Oak Road"
        );
    }
}
