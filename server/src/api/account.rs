//! `GET /account/data`: everything the portal holds about the signed-in resident, as a JSON
//! download.

use app::services::resident_data;
use app::session::PortalSession;
use app::state::PortalState;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

pub async fn download(State(state): State<PortalState>, session: Session) -> Response {
    let resident = match PortalSession::new(session).resident_id().await {
        Ok(id) => id,
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Some(id) = resident else {
        return Redirect::to("/sign-in").into_response();
    };
    match resident_data::export(&state.db, id).await {
        Ok(Some(data)) => (
            [
                (header::CONTENT_TYPE, "application/json; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"my-neighbourhood-policing-data.json\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Ok(None) => Redirect::to("/sign-in").into_response(),
        Err(error) => {
            tracing::error!(%error, "exporting a resident's data");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
