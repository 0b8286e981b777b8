//! `GET /groups/{reference}/record.csv`: a group's record for its members (for its annual
//! meeting, say): one row per event on everything it follows or put forward, oldest first
//! within each item, then its meetings with the team, most recent first.

use crate::api::bookings::cell;
use app::i18n::Language;
use app::request::RequestContext;
use app::request::group::member_access;
use app::services::clock::{format_date, format_time};
use app::services::{following, group_meetings};
use app::session::PortalSession;
use app::state::PortalState;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

pub async fn record(
    State(state): State<PortalState>,
    Path(reference): Path<String>,
    session: Session,
) -> Response {
    let context = RequestContext {
        state: state.clone(),
        session: PortalSession::new(session),
        // Staff downloads are in English.
        language: Language::English,
    };
    let access = match member_access(&context, &reference).await {
        Ok(Ok((access, _))) => access,
        Ok(Err(app::components::page::PageError::Redirect(to))) => {
            return Redirect::to(&to).into_response();
        }
        Ok(Err(_)) => return StatusCode::NOT_FOUND.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let group = &access.group.group;
    let items = match following::for_group(&state.db, group.id).await {
        Ok(items) => items,
        Err(error) => return fault(error),
    };
    let meetings = match group_meetings::for_group(&state.db, group.id).await {
        Ok(meetings) => meetings,
        Err(error) => return fault(error),
    };
    let csv = match record_csv(&items, &meetings) {
        Ok(csv) => csv,
        Err(error) => return fault(error),
    };
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"group-{}.csv\"", group.reference),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        csv,
    )
        .into_response()
}

fn fault(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "failed writing a group's record");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

/// One row per timeline event, then one per meeting, with a header row.
fn record_csv(
    items: &[following::TrackedItem],
    meetings: &[group_meetings::Meeting],
) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "Item",
        "Title",
        "Neighbourhood",
        "Current status",
        "When",
        "What happened",
        "Details",
    ])?;
    // In English, as every staff download is.
    let english = Language::English;
    for item in items {
        let kind = item.kind.words(english);
        let title = item.title.chosen(english).text;
        let status = item.status.words(english);
        for event in &item.events {
            writer.write_record([
                cell(&kind),
                cell(&title),
                cell(&item.neighbourhood),
                cell(&status),
                format_time(event.at),
                event.happening.words(english),
                cell(&event.text.plain(english)),
            ])?;
        }
    }
    for meeting in meetings {
        writer.write_record([
            "Meeting with the team".to_string(),
            cell(
                &meeting
                    .priorities
                    .iter()
                    .map(|issue| issue.english.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            cell(&meeting.neighbourhood),
            String::new(),
            format_date(meeting.met_on),
            format!("{} attended", meeting.attendees),
            cell(&meeting.notes),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
