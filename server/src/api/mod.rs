//! JSON endpoints: the postcode lookup under `/api/`, and a resident's data download.

pub mod account;
pub mod postcodes;

use app::state::PortalState;
use axum::Router;
use axum::routing::get;

pub fn router(state: PortalState) -> Router {
    Router::new()
        .route("/api/postcodes/{postcode}", get(postcodes::lookup))
        .route("/account/data", get(account::download))
        .with_state(state)
}
