//! `POST /unsubscribe?resident=…&signature=…`: the one-click unsubscribe of RFC 8058, which
//! mail programs post to from an email's `List-Unsubscribe` header. The signature is the
//! authority (no session, no form), so it answers whoever posts it, and only stops emails.

use app::domain::ids::ResidentId;
use app::services::resident_accounts;
use app::state::PortalState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Signed {
    resident: i32,
    signature: String,
    #[serde(default)]
    list: resident_accounts::EmailList,
}

pub async fn one_click(State(state): State<PortalState>, Query(signed): Query<Signed>) -> Response {
    match resident_accounts::unsubscribe(
        &state.db,
        &state.bucket_keys,
        ResidentId::new(signed.resident),
        signed.list,
        &signed.signature,
    )
    .await
    {
        Ok(true) => (StatusCode::OK, "Unsubscribed").into_response(),
        Ok(false) => (StatusCode::FORBIDDEN, "That link is not recognised").into_response(),
        Err(error) => {
            tracing::error!(%error, "failed unsubscribing");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
