//! `GET /neighbourhoods/{code}/surgeries.ics`: a neighbourhood's surgeries still to come, as a
//! calendar residents can subscribe to (no personal data).

use app::services::surgeries;
use app::state::PortalState;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

pub async fn surgeries_feed(
    State(state): State<PortalState>,
    Path(code): Path<String>,
) -> Response {
    match surgeries::calendar_feed(&state.db, &code, state.clock.now(), &state.email_site()).await {
        Ok(Some(feed)) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "inline; filename=\"surgeries.ics\"",
                ),
                (header::CACHE_CONTROL, "public, max-age=300"),
            ],
            feed,
        )
            .into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, "Not Found").into_response(),
        Err(error) => {
            tracing::error!(%error, "making a surgeries calendar feed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
