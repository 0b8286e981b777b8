//! JSON endpoints under `/api/` (no session), and a resident's data download (with one).

pub mod account;
pub mod calendar;
pub mod postcodes;

use app::state::PortalState;
use axum::Router;
use axum::routing::get;

pub fn router(state: PortalState) -> Router {
    Router::new()
        .route("/api/postcodes/{postcode}", get(postcodes::lookup))
        .route(
            "/neighbourhoods/{code}/surgeries.ics",
            get(calendar::surgeries_feed),
        )
        .with_state(state)
}

/// Routes that need the resident's session.
pub fn account_router(state: PortalState) -> Router {
    Router::new()
        .route("/account/data", get(account::download))
        .with_state(state)
}
