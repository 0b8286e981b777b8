//! The browser's session stamp (see `app::services::session_store`): read from its cookie before
//! the session is, and a new one given back whenever the session was written, so any instance
//! can tell whether its copy of the session in memory is the newest.

use app::services::session_store::{STAMP_COOKIE, SessionStamps};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_sessions::Session;
use tower_sessions::cookie::{Cookie, SameSite};

/// Whether the stamp's cookie is sent over HTTPS only, as the session's is.
#[derive(Clone, Copy)]
pub struct SecureCookies(pub bool);

/// Around the session layer: makes the stamp the browser shows known to the session store for
/// the whole request, and gives the browser the stamp its session has afterwards.
pub async fn stamp_sessions(
    State(SecureCookies(secure)): State<SecureCookies>,
    request: Request,
    next: Next,
) -> Response {
    let shown = shown_stamp(&request);
    let (mut response, changed) = SessionStamps::during(shown, next.run(request)).await;
    if let Some(stamp) = changed {
        let cookie = Cookie::build((STAMP_COOKIE, stamp.to_string()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(secure)
            .build();
        match HeaderValue::from_str(&cookie.to_string()) {
            Ok(value) => {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Err(error) => tracing::error!(%error, "could not write the session's stamp"),
        }
    }
    response
}

/// Inside the session layer: reads the session now, within the request's own task, where the
/// store sees the browser's stamp; pages and server functions may run on tasks of their own.
pub async fn load_session_now(session: Session, request: Request, next: Next) -> Response {
    if session.id().is_some()
        && let Err(error) = session.load().await
    {
        tracing::error!(%error, "could not read the session");
    }
    next.run(request).await
}

/// The stamp the browser shows in its cookie, if any.
pub(crate) fn shown_stamp(request: &Request) -> Option<i64> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == STAMP_COOKIE)
        .and_then(|cookie| cookie.value().parse().ok())
}
