//! Public pages as sent to someone not signed in, kept for a minute: the home page, the
//! neighbourhood pages and their "How we're doing" figures, and the statements every page links
//! to. They are the same for every visitor without a session, so they are rendered once and sent
//! again until what they show changes (the public pages' revision moves on) or a minute passes.
//!
//! Only requests without a cookie or a query are answered from here, and only complete pages
//! without a script or a cookie of their own are kept.

use app::services::clock::Clock;
use app::services::public_pages::PublicPages;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How long, in seconds on the portal's clock, a page is sent again before it is rendered
/// afresh, for what changes with time rather than with an edit.
const FRESH_FOR: i64 = 60;

/// More pages than a force has neighbourhoods, times the encodings browsers ask for.
const MOST_PAGES: usize = 20_000;

#[derive(Clone)]
pub struct PageCache {
    pages: PublicPages,
    clock: Clock,
    /// The Content-Security-Policy a kept page is sent with: no script nonce, as it is sent to
    /// many (its maps' tile server included).
    policy: HeaderValue,
    kept: Arc<RwLock<HashMap<Key, Kept>>>,
}

/// A page, in the encoding this browser asked for.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    accept_encoding: Option<HeaderValue>,
}

struct Kept {
    revision: i64,
    /// When it was rendered, on the portal's clock.
    at: i64,
    headers: HeaderMap,
    body: Bytes,
}

impl PageCache {
    pub fn new(pages: PublicPages, clock: Clock, policy: HeaderValue) -> Self {
        Self {
            pages,
            clock,
            policy,
            kept: Arc::default(),
        }
    }
}

/// The pages that are the same for everyone not signed in.
fn is_public_page(path: &str) -> bool {
    matches!(path, "/" | "/accessibility" | "/privacy")
        || path
            .strip_prefix("/neighbourhoods/")
            .map(|rest| rest.strip_suffix("/how-we-are-doing").unwrap_or(rest))
            .is_some_and(|code| !code.is_empty() && !code.contains('/'))
}

/// Where someone signs in, or is signed in: never the same for everyone, even before the
/// session begins (a second factor's secret is shown before the sign-in is complete).
fn is_personal_path(path: &str) -> bool {
    ["/sign-in", "/staff", "/account"].iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Pages and form answers that belong to one browser, being part of a session or a sign-in,
/// are stored by no browser or proxy (`Cache-Control: no-store`); only what anyone without a
/// session would see may be kept.
pub async fn private_unless_anonymous(request: Request, next: Next) -> Response {
    // A page opened from an emailed link (`?token=…`) is for whoever holds the link.
    let from_a_link = request
        .uri()
        .query()
        .is_some_and(|query| query.split('&').any(|pair| pair.starts_with("token=")));
    let personal = is_personal_path(request.uri().path())
        || from_a_link
        || request.headers().contains_key(header::COOKIE);
    let mut response = next.run(request).await;
    if personal || response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    let anonymous = request.method() == Method::GET
        && request.uri().query().is_none()
        && !request.headers().contains_key(header::COOKIE)
        && is_public_page(request.uri().path());
    if !anonymous {
        return next.run(request).await;
    }
    let key = Key {
        path: request.uri().path().to_string(),
        accept_encoding: request.headers().get(header::ACCEPT_ENCODING).cloned(),
    };
    let revision = cache.pages.revision();
    let now = cache.clock.now();
    if let Some(kept) = cache
        .kept
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .get(&key)
        .filter(|kept| kept.revision == revision && (kept.at..kept.at + FRESH_FOR).contains(&now))
    {
        let mut response = Response::new(Body::from(kept.body.clone()));
        *response.headers_mut() = kept.headers.clone();
        return response;
    }
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, 4 * 1024 * 1024).await else {
        return Response::from_parts(parts, Body::empty());
    };
    // Sent to many, a page carries no per-response nonce: it has no inline script to allow.
    parts
        .headers
        .insert(header::CONTENT_SECURITY_POLICY, cache.policy.clone());
    let scripted = body.windows(7).any(|w| w == b"<script");
    if !scripted {
        let mut kept = cache
            .kept
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.len() >= MOST_PAGES {
            kept.clear();
        }
        kept.insert(
            key,
            Kept {
                revision,
                at: now,
                headers: parts.headers.clone(),
                body: body.clone(),
            },
        );
    }
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::{is_personal_path, is_public_page};

    #[test]
    fn every_sign_in_step_and_signed_in_page_is_personal() {
        for path in [
            "/sign-in",
            "/sign-in/confirm",
            "/staff",
            "/staff/sign-in/code",
            "/staff/two-factor",
            "/staff/reset-password",
            "/account",
            "/account/bookings/SRG-1",
        ] {
            assert!(is_personal_path(path), "{path}");
        }
        for path in [
            "/",
            "/neighbourhoods/BW003",
            "/staffing",
            "/accounts",
            "/votes/1",
        ] {
            assert!(!is_personal_path(path), "{path}");
        }
    }

    #[test]
    fn only_pages_the_same_for_everyone_are_kept() {
        for path in [
            "/",
            "/neighbourhoods/BW003",
            "/neighbourhoods/BW003/how-we-are-doing",
            "/accessibility",
            "/privacy",
        ] {
            assert!(is_public_page(path), "{path}");
        }
        for path in [
            "/account",
            "/sign-in",
            "/staff",
            "/neighbourhoods/",
            "/neighbourhoods/BW003/x",
            "/neighbourhoods//how-we-are-doing",
            "/staff/neighbourhoods/BW003",
        ] {
            assert!(!is_public_page(path), "{path}");
        }
    }
}
