//! JSON endpoints under `/api/`.

pub mod postcodes;

use app::state::PortalState;
use axum::Router;
use axum::routing::get;

pub fn router(state: PortalState) -> Router {
    Router::new()
        .route("/api/postcodes/{postcode}", get(postcodes::lookup))
        .with_state(state)
}
