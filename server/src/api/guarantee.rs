//! `GET /staff/guarantee.csv`: the engagement dashboard's figures as a spreadsheet, for the
//! same LPA and filter as the page: one row per neighbourhood, then each LPA's totals and the
//! force's. For every member of staff.

use crate::api::bookings::cell;
use app::domain::guarantee::{Audience, Commitment, Counts, percent};
use app::services::clock::format_date;
use app::services::guarantee::DashboardQuery;
use app::state::PortalState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use tower_sessions::Session;

pub async fn download(
    State(state): State<PortalState>,
    Query(query): Query<HashMap<String, String>>,
    session: Session,
) -> Response {
    let context = super::staff_download(&state, session);
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
    let day = app::domain::schedule::uk_local(now).format("%Y-%m-%d");
    super::csv_file(&format!("guarantee-{day}.csv"), &HEADERS, &rows)
        .unwrap_or_else(|error| written_badly("the Guarantee figures", error))
}

fn written_badly(what: &str, error: csv::Error) -> Response {
    tracing::error!(%error, "failed writing {what}");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

const HEADERS: [&str; 32] = [
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
    "Problems worked with partners",
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
        c.problems_with_partners.to_string(),
    ]
}

/// `GET /staff/guarantee/confidence.csv?lpa=…&quarter=…`: the dashboard's confidence survey
/// comparison for an ended quarter, one row per neighbourhood where anyone answered, then each
/// LPA's total and that of all listed. Shares only from 10 answers, as the page shows them.
pub async fn confidence_download(
    State(state): State<PortalState>,
    Query(query): Query<HashMap<String, String>>,
    session: Session,
) -> Response {
    use app::domain::survey::{chosen_quarter, share_cell};
    let context = super::staff_download(&state, session);
    match context.staff_access(app::policy::see_staff_pages).await {
        Ok(Ok(_)) => {}
        Ok(Err(denied)) => return super::refused(denied),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
    let now = state.clock.now();
    let quarter = chosen_quarter(now, query.get("quarter").map_or("", String::as_str));
    let lpa = query.get("lpa").map_or("", String::as_str);
    let (_, areas, force) = match app::services::survey::comparison(&state.db, quarter, lpa).await {
        Ok(compared) => compared,
        Err(error) => {
            tracing::error!(error = %app::state::error_chain(&error), "failed comparing the survey's results");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let row = |lpa: &str, code: &str, name: &str, result: &app::domain::survey::QuarterResult| {
        vec![
            cell(&quarter.code()),
            cell(lpa),
            cell(code),
            cell(name),
            result.answered.to_string(),
            share_cell(result, |s| Some(s.understand)),
            share_cell(result, |s| Some(s.deal)),
            share_cell(result, |s| Some(s.rely)),
            share_cell(result, |s| s.safe),
        ]
    };
    let mut rows = Vec::new();
    for area in &areas {
        for n in &area.neighbourhoods {
            rows.push(row(&area.lpa, &n.code, &n.name, &n.result));
        }
        rows.push(row(&area.lpa, "", "All listed", &area.total));
    }
    rows.push(row("The force", "", "All listed", &force));
    super::csv_file(
        &format!("confidence-{}.csv", quarter.code()),
        &[
            "Quarter",
            "LPA",
            "Neighbourhood code",
            "Neighbourhood",
            "Residents who answered",
            "Agree the police understand the issues",
            "Agree the police deal with what matters",
            "Agree the police can be relied on",
            "Of those who walk alone after dark, feel very or fairly safe",
        ],
        &rows,
    )
    .unwrap_or_else(|error| written_badly("the survey's comparison", error))
}
