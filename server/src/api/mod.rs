//! Routes served outside Leptos: the JSON API under `/api/` and calendar feeds (no session),
//! and downloads for someone signed in (with one). Each table below is the only place its
//! routes are registered, so the authorisation matrix can list them all (`paths`).

pub mod account;
pub mod bookings;
pub mod calendar;
pub mod feeds;
pub mod police;
pub mod postcodes;

use app::state::PortalState;
use axum::Router;
use axum::routing::{MethodRouter, get};

type Routes = Vec<(&'static str, MethodRouter<PortalState>)>;

/// Public data: no session.
fn public_routes() -> Routes {
    vec![
        ("/api/postcodes/{postcode}", get(postcodes::lookup)),
        ("/api/{force}/{neighbourhood}/events", get(police::events)),
        (
            "/neighbourhoods/{code}/surgeries.ics",
            get(calendar::surgeries_feed),
        ),
        (
            "/neighbourhoods/{code}/concerns.atom",
            get(feeds::concerns_feed),
        ),
    ]
}

/// Downloads for the resident or member of staff signed in.
fn session_routes() -> Routes {
    vec![
        ("/account/data", get(account::download)),
        (
            "/staff/neighbourhoods/{code}/surgeries/{id}/bookings.csv",
            get(bookings::download),
        ),
    ]
}

fn build(routes: Routes, state: PortalState) -> Router {
    routes
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
        .with_state(state)
}

pub fn router(state: PortalState) -> Router {
    build(public_routes(), state)
}

/// Routes that need the visitor's session.
pub fn account_router(state: PortalState) -> Router {
    build(session_routes(), state)
}

/// Every path registered here, for the authorisation matrix.
pub fn paths() -> Vec<&'static str> {
    public_routes()
        .into_iter()
        .chain(session_routes())
        .map(|(path, _)| path)
        .collect()
}
