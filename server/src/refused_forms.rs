//! Forms sent without JavaScript that a server function refuses as a whole: a fault, a refusal
//! (not signed in, not permitted) or fields it cannot read. Leptos sends the browser back to the
//! page with the error encoded in the address (`__err`), where the page would ignore it, and
//! where anyone could write a message of their own into a link. This keeps the server's own
//! message in the session instead, for the page to show once, and sends the browser back to a
//! clean address.

use app::session::PortalSession;
use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::ServerFnError;
use leptos::server_fn::error::ServerFnUrlError;
use tower_sessions::Session;

/// For an error the person cannot act on as written (fields that could not be read).
const UNREADABLE: &str = "Sorry, the form could not be read. Check it and try again.";

pub async fn keep_in_session(session: Session, request: Request, next: Next) -> Response {
    let from_a_form = request.uri().path().starts_with("/fn/");
    let mut response = next.run(request).await;
    if !from_a_form {
        return response;
    }
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|location| location.to_str().ok())
        .map(str::to_string)
    else {
        return response;
    };
    // The portal's own answers name a path on this site. Leptos sends a refused form back to
    // whatever the `Referer` named, which can be another site: only its path is kept.
    let Ok(mut back) = url::Url::parse(&location) else {
        if location.starts_with("//") {
            response
                .headers_mut()
                .insert(header::LOCATION, HeaderValue::from_static("/"));
        }
        return response;
    };
    if let Some(encoded) = back
        .query_pairs()
        .find(|(name, _)| name == "__err")
        .map(|(_, value)| value.into_owned())
    {
        let message = match ServerFnUrlError::<ServerFnError>::decode_err(&encoded) {
            ServerFnError::ServerError(message) => message,
            unreadable => {
                tracing::warn!(error = %unreadable, "a form's fields could not be read");
                UNREADABLE.to_string()
            }
        };
        if let Err(error) = PortalSession::new(session).set_failed_form(&message).await {
            tracing::error!(%error, "could not keep a refused form's message");
        }
    }
    let kept: Vec<(String, String)> = back
        .query_pairs()
        .filter(|(name, _)| name != "__err" && name != "__path")
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    if kept.is_empty() {
        back.set_query(None);
    } else {
        back.query_pairs_mut().clear().extend_pairs(kept);
    }
    // One leading slash: "//host/…" would name another site.
    let path = format!("/{}", back.path().trim_start_matches('/'));
    let same_site = match back.query() {
        Some(query) => format!("{path}?{query}"),
        None => path,
    };
    if let Ok(location) = HeaderValue::from_str(&same_site) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}
