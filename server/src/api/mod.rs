//! Routes served outside Leptos: the JSON API under `/api/` and calendar feeds (no session),
//! and downloads for someone signed in (with one). Each table below is the only place its
//! routes are registered, so the authorisation matrix can list them all (`paths`).

pub mod account;
pub mod bookings;
pub mod calendar;
pub mod confidence;
pub mod directory;
pub mod feeds;
pub mod groups;
pub mod guarantee;
pub mod openapi;
pub mod partners;
pub mod police;
pub mod postcodes;
pub mod rate_limit;
pub mod revalidation;
pub mod unsubscribe;

use crate::metrics::MetricsAccess;
use app::state::PortalState;
use axum::Router;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use rate_limit::ApiRateLimit;
use tower::ServiceBuilder;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::SizeAbove;
use tower_http::cors::{Any, CorsLayer};

type Routes = Vec<(&'static str, MethodRouter<PortalState>)>;

/// The open data API: read-only public data, no session, open to pages on any site.
fn open_data_routes() -> Routes {
    vec![
        ("/api/openapi.json", get(openapi::document)),
        ("/api/forces", get(directory::forces)),
        ("/api/forces/{force}", get(directory::force)),
        ("/api/locate-neighbourhood", get(directory::locate)),
        (
            "/api/{force}/neighbourhoods",
            get(directory::neighbourhood_list),
        ),
        (
            "/api/{force}/{neighbourhood}",
            get(directory::neighbourhood),
        ),
        (
            "/api/{force}/{neighbourhood}/boundary",
            get(directory::boundary),
        ),
        (
            "/api/{force}/{neighbourhood}/people",
            get(directory::people),
        ),
        ("/api/{force}/{neighbourhood}/events", get(police::events)),
        (
            "/api/{force}/{neighbourhood}/confidence",
            get(confidence::confidence),
        ),
        (
            "/api/{force}/{neighbourhood}/partners",
            get(partners::partners),
        ),
        (
            "/api/{force}/{neighbourhood}/priorities",
            get(police::priorities),
        ),
    ]
}

/// The open data API's answers made from the gazetteer alone, revalidated by its revision.
fn gazetteer_routes() -> Routes {
    vec![("/api/postcodes/{postcode}", get(postcodes::lookup))]
}

/// Feeds, and the one-click unsubscribe: no session.
fn public_routes() -> Routes {
    vec![
        (
            "/neighbourhoods/{code}/surgeries.ics",
            get(calendar::surgeries_feed),
        ),
        (
            "/neighbourhoods/{code}/concerns.atom",
            get(feeds::concerns_feed),
        ),
        (
            "/neighbourhoods/{code}/updates.atom",
            get(feeds::updates_feed),
        ),
        (
            "/neighbourhoods/{code}/messages.atom",
            get(feeds::messages_feed),
        ),
        // Mail programs post here with no session and no form: the signature is the authority.
        ("/unsubscribe", post(unsubscribe::one_click)),
    ]
}

/// Monitoring's figures, for loopback and the allowed networks alone.
fn monitoring_routes() -> Vec<(&'static str, MethodRouter<MetricsAccess>)> {
    vec![("/metrics", get(crate::metrics::scrape))]
}

/// Downloads for the resident or member of staff signed in.
fn session_routes() -> Routes {
    vec![
        ("/account/data", get(account::download)),
        (
            "/staff/neighbourhoods/{code}/surgeries/{id}/bookings.csv",
            get(bookings::download),
        ),
        ("/groups/{reference}/record.csv", get(groups::record)),
        ("/staff/guarantee.csv", get(guarantee::download)),
        (
            "/staff/guarantee/confidence.csv",
            get(guarantee::confidence_download),
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

pub fn router(state: PortalState, rate_limit: ApiRateLimit, metrics: MetricsAccess) -> Router {
    let monitoring = monitoring_routes()
        .into_iter()
        .fold(Router::new(), |router, (path, route)| {
            router.route(path, route)
        })
        .with_state(metrics);
    // Open to pages on any site, within each client's rate.
    let open_to_all = ServiceBuilder::new()
        .layer(
            CorsLayer::new()
                .allow_origin(Any)
                .allow_methods([Method::GET, Method::HEAD])
                // Every origin gets the same answer (`*`): nothing to vary by.
                .vary([]),
        )
        .layer(rate_limit);
    let open_data = build(open_data_routes(), state.clone()).layer(
        ServiceBuilder::new()
            .layer(compressed_when_large())
            .layer(open_to_all.clone())
            .layer(axum::middleware::from_fn_with_state(
                revalidation::Revalidation::new(state.clock.clone()),
                revalidation::revalidate,
            )),
    );
    // A postcode's answer is a few hundred bytes, never worth compressing: the most
    // asked-for answer passes no layer it does not need.
    let gazetteer =
        build(gazetteer_routes(), state.clone()).layer(
            ServiceBuilder::new().layer(open_to_all).layer(
                revalidation::GazetteerRevalidation::new(state.gazetteer.clone()),
            ),
        );
    open_data
        .merge(gazetteer)
        .merge(monitoring)
        .merge(build(public_routes(), state).layer(compressed_when_large()))
}

/// Small answers are not worth compressing.
fn compressed_when_large() -> CompressionLayer<SizeAbove> {
    CompressionLayer::new()
        .quality(CompressionLevel::Fastest)
        .compress_when(SizeAbove::new(1024))
}

/// Routes that need the visitor's session.
pub fn account_router(state: PortalState) -> Router {
    build(session_routes(), state)
}

/// Every path registered here, for the authorisation matrix.
pub fn paths() -> Vec<&'static str> {
    open_data_routes()
        .into_iter()
        .chain(gazetteer_routes())
        .chain(public_routes())
        .chain(session_routes())
        .map(|(path, _)| path)
        .chain(monitoring_routes().into_iter().map(|(path, _)| path))
        .collect()
}

/// How a staff download starts: who is asking, from their session, in English (staff files
/// are in English).
pub(crate) fn staff_download(
    state: &PortalState,
    session: tower_sessions::Session,
) -> app::request::RequestContext {
    app::request::RequestContext {
        state: state.clone(),
        session: app::session::PortalSession::new(session),
        language: app::i18n::Language::English,
    }
}

/// A spreadsheet to save as `filename`: `headers`, then `rows`.
pub(crate) fn csv_file(
    filename: &str,
    headers: &[&str],
    rows: &[Vec<String>],
) -> Result<axum::response::Response, csv::Error> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(headers)?;
    for row in rows {
        writer.write_record(row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        String::from_utf8_lossy(&bytes).into_owned(),
    )
        .into_response())
}

/// The answer to a staff download refused to someone: signing in, or setting up their second
/// factor, first; 403 when it is not theirs.
pub(crate) fn refused(denied: app::policy::Denied) -> axum::response::Response {
    use app::policy::Denied;
    use axum::response::{IntoResponse, Redirect};
    match denied {
        Denied::SignInNeeded => Redirect::to("/staff/sign-in").into_response(),
        Denied::SecondFactorNeeded => Redirect::to("/staff/two-factor").into_response(),
        Denied::Forbidden => axum::http::StatusCode::FORBIDDEN.into_response(),
    }
}
