//! `GET /staff/guarantee.csv`: the engagement dashboard's figures as a spreadsheet, for the
//! same LPA and filter as the page: one row per neighbourhood, then each LPA's totals and the
//! force's. For every member of staff.

use crate::api::bookings::cell;
use app::domain::guarantee::{Audience, Commitment, Counts, percent};
use app::request::RequestContext;
use app::services::clock::format_date;
use app::services::guarantee::DashboardQuery;
use app::session::PortalSession;
use app::state::PortalState;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use tower_sessions::Session;

pub async fn download(
    State(state): State<PortalState>,
    Query(query): Query<HashMap<String, String>>,
    session: Session,
) -> Response {
    let context = RequestContext {
        state: state.clone(),
        session: PortalSession::new(session),
        // Staff downloads are in English.
        language: app::i18n::Language::English,
    };
    match context.staff_access(app::policy::see_staff_pages).await {
        Ok(Ok(_)) => {}
        Ok(Err(denied)) => return super::refused(denied),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
    let query = DashboardQuery::from_query(|name| query.get(name).cloned());
    let now = state.clock.now();
    let (areas, force) = match app::services::guarantee::dashboard(&state.db, now, &query).await {
        Ok((_, areas, force)) => (areas, force),
        Err(error) => {
            tracing::error!(error = %app::state::error_chain(&error), "failed counting the Guarantee figures");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut rows = Vec::new();
    for area in &areas {
        for f in &area.neighbourhoods {
            rows.push(row(&f.place.lpa, &f.place.code, &f.place.name, &f.counts));
        }
        rows.push(row(&area.lpa, "", "All listed", &area.totals));
    }
    rows.push(row("The force", "", "All listed", &force));
    let csv = match figures_csv(&rows) {
        Ok(csv) => csv,
        Err(error) => {
            tracing::error!(%error, "failed writing the Guarantee figures");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let day = app::domain::schedule::uk_local(now).format("%Y-%m-%d");
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"guarantee-{day}.csv\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        csv,
    )
        .into_response()
}

const HEADERS: [&str; 31] = [
    "LPA",
    "Neighbourhood code",
    "Neighbourhood",
    "Neighbourhoods",
    "Named contact officers published",
    "With contact details published",
    "Concerns answered within 72 hours",
    "Concerns answered later",
    "Concerns waiting past 72 hours",
    "Share answered within 72 hours (%)",
    "Current priorities",
    "Priorities due an update",
    "Oldest priority update",
    "Surgeries held",
    "Group meetings held",
    "Next surgery",
    "Places booked",
    "Attended",
    "Did not attend",
    "Updates published",
    "Improved: yes",
    "Improved: no",
    "Improved: not sure",
    "Messages sent",
    "Messages found useful",
    "Messages not found useful",
    "Meeting: named contact officer",
    "Meeting: answered within 72 hours",
    "Meeting: priorities up to date",
    "Meeting: regular public meetings",
    "Commitments missed",
];

/// One row of figures: a neighbourhood's (whose "meeting" cells are yes or no) or a total's
/// (whose "meeting" cells count the neighbourhoods meeting each commitment).
fn row(lpa: &str, code: &str, name: &str, c: &Counts) -> Vec<String> {
    let single = c.neighbourhoods == 1 && !code.is_empty();
    let meeting = |i: usize, commitment: Commitment| {
        if single {
            if commitment.met(c) { "yes" } else { "no" }.to_string()
        } else {
            c.meeting[i].to_string()
        }
    };
    let date = |at: Option<i64>| at.map(format_date).unwrap_or_default();
    vec![
        cell(lpa),
        cell(code),
        cell(name),
        c.neighbourhoods.to_string(),
        c.contact_officers.to_string(),
        c.contactable.to_string(),
        c.answered_in_time.to_string(),
        c.answered_late.to_string(),
        c.open_past_due.to_string(),
        percent(c.answered_in_time, c.concerns_due(), Audience::Staff)
            .map(|p| p.to_string())
            .unwrap_or_default(),
        c.priorities.to_string(),
        c.priorities_due.to_string(),
        date(c.oldest_priority_update),
        c.surgeries_held.to_string(),
        c.group_meetings.to_string(),
        date(c.next_surgery),
        c.places_booked.to_string(),
        c.attended.to_string(),
        c.did_not_attend.to_string(),
        c.updates.to_string(),
        c.improved_yes.to_string(),
        c.improved_no.to_string(),
        c.improved_not_sure.to_string(),
        c.messages_sent.to_string(),
        c.messages_useful.to_string(),
        c.messages_not_useful.to_string(),
        meeting(0, Commitment::ContactOfficer),
        meeting(1, Commitment::AnswerWithin72Hours),
        meeting(2, Commitment::PrioritiesUpToDate),
        meeting(3, Commitment::RegularMeetings),
        if single {
            c.missing()
                .iter()
                .map(|m| m.label())
                .collect::<Vec<_>>()
                .join("; ")
        } else {
            String::new()
        },
    ]
}

fn figures_csv(rows: &[Vec<String>]) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADERS)?;
    for row in rows {
        writer.write_record(row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
