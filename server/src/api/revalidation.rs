//! Lets clients and caches keep the open API's answers and revalidate them: every successful
//! answer carries `Cache-Control`, an `ETag` made from its body and a `Last-Modified`, and a
//! request whose `If-None-Match` names the current tag (or, without one, whose
//! `If-Modified-Since` is no earlier than `Last-Modified`) is answered `304 Not Modified` with no
//! body.
//!
//! The postcode lookup, asked for most, depends on the gazetteer alone: its tag is the
//! gazetteer's revision (and the portal's version, which shapes the answer), known before the
//! answer is made, so it is never read or hashed, and a current tag is answered at once. It
//! carries no `Last-Modified` (see `GazetteerRevalidation`).
//!
//! `Last-Modified` is when this instance first served the answer as it now is. That is never
//! earlier than the change that made it, so a client holding an older answer is never told it is
//! current, whichever instance it asks; at worst an instance that started later sends a body the
//! client already had. HTTP dates are whole seconds, so an answer first served in the current
//! second gets no `Last-Modified` yet: another answer may replace it within that same second.

use app::services::clock::Clock;
use app::services::gazetteer::SharedGazetteer;
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::extract::State;
use axum::http::Uri;
use axum::http::header::{CACHE_CONTROL, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::future::Either;
use pin_project_lite::pin_project;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::future::{Future, Ready};
use std::hash::{BuildHasher, RandomState};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, ready};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tower::{Layer, Service};

/// Public data that changes when a team updates it: caches may keep it for a minute, then ask.
const CACHE_CONTROL_VALUE: &str = "public, max-age=60";

/// The API's answers are small; anything larger than this is a fault, not an answer.
const LARGEST_ANSWER: usize = 16 * 1024 * 1024;

/// Answers remembered before the memory is cleared and started again (every answer then counts as
/// changed now, which is later, so still safe).
const REMEMBERED_ANSWERS: usize = 50_000;

/// The first 12 bytes of an answer's SHA-256: its tag.
type Digest12 = [u8; 12];

/// When each answer, by a hash of its address and by its digest, was first served by this
/// instance. Hashes keep the lookup path free of allocations; a collision between two addresses
/// only ever makes an answer newer, unless the two answers are also identical.
#[derive(Clone)]
pub struct Revalidation {
    clock: Clock,
    addresses: RandomState,
    first_served: Arc<Mutex<HashMap<u64, (Digest12, i64)>>>,
}

impl Revalidation {
    pub fn new(clock: Clock) -> Self {
        Self {
            clock,
            addresses: RandomState::new(),
            first_served: Arc::default(),
        }
    }

    /// When the answer at `address` with `tag` was first served, recording it as now if the
    /// answer there is new.
    fn last_modified(&self, address: &Uri, digest: Digest12) -> i64 {
        let address = self.addresses.hash_one(address);
        let mut first_served = self
            .first_served
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match first_served.get(&address) {
            Some((known, at)) if *known == digest => *at,
            _ => {
                if first_served.len() >= REMEMBERED_ANSWERS {
                    first_served.clear();
                }
                let now = self.clock.now();
                first_served.insert(address, (digest, now));
                now
            }
        }
    }
}

/// What a request asks to be revalidated against.
struct Asked {
    if_none_match: Option<HeaderValue>,
    if_modified_since: Option<SystemTime>,
}

impl Asked {
    fn of(request: &Request) -> Self {
        Self {
            if_none_match: request.headers().get(IF_NONE_MATCH).cloned(),
            if_modified_since: request
                .headers()
                .get(IF_MODIFIED_SINCE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| httpdate::parse_http_date(v).ok()),
        }
    }

    /// Whether the client's copy is the answer tagged `tag`, first served at `modified`, at
    /// `now`; and whether that time can be given yet (not within the current second).
    fn has(&self, tag: &HeaderValue, modified: i64, now: i64) -> (bool, bool) {
        let settled = modified < now;
        // An `If-None-Match` decides alone when there is one (RFC 9110, 13.2.2).
        let unchanged = match (&self.if_none_match, self.if_modified_since) {
            (Some(asked), _) => names(asked, tag),
            (None, Some(since)) => settled && unix_seconds(since) >= modified,
            (None, None) => false,
        };
        (unchanged, settled)
    }
}

/// The headers that let an answer be kept and revalidated.
fn validators(
    tag: HeaderValue,
    modified: i64,
    settled: bool,
) -> [(HeaderName, Option<HeaderValue>); 3] {
    [
        (ETAG, Some(tag)),
        (
            CACHE_CONTROL,
            Some(HeaderValue::from_static(CACHE_CONTROL_VALUE)),
        ),
        (LAST_MODIFIED, settled.then(|| http_date(modified))),
    ]
}

fn with_validators(
    mut response: Response,
    validators: [(HeaderName, Option<HeaderValue>); 3],
) -> Response {
    for (name, value) in validators {
        if let Some(value) = value {
            response.headers_mut().insert(name, value);
        }
    }
    response
}

pub async fn revalidate(
    State(revalidation): State<Revalidation>,
    request: Request,
    next: Next,
) -> Response {
    let asked = Asked::of(&request);
    let address = request.uri().clone();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match to_bytes(body, LARGEST_ANSWER).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "failed reading an API answer to tag it");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let digest = digest(&bytes);
    let tag = entity_tag(digest);
    let modified = revalidation.last_modified(&address, digest);
    let (unchanged, settled) = asked.has(&tag, modified, revalidation.clock.now());
    let validators = validators(tag, modified, settled);
    if unchanged {
        return with_validators(StatusCode::NOT_MODIFIED.into_response(), validators);
    }
    with_validators(Response::from_parts(parts, Body::from(bytes)), validators)
}

/// Revalidation of answers made from the gazetteer alone, by its revision. They carry no
/// `Last-Modified`: when an instance first served a revision says nothing of when another
/// instance, ahead or behind it, served the next, so only the tag can be trusted across them.
#[derive(Clone)]
pub struct GazetteerRevalidation {
    gazetteer: SharedGazetteer,
}

impl GazetteerRevalidation {
    pub fn new(gazetteer: SharedGazetteer) -> Self {
        Self { gazetteer }
    }
}

/// The tag of every answer made from the gazetteer at `revision`.
fn revision_tag(revision: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("W/\"g{}-{revision}\"", env!("CARGO_PKG_VERSION")))
        .expect("a version and a number make a valid header")
}

/// Validators of an answer made from the gazetteer: its tag, and no `Last-Modified`.
fn gazetteer_validators(tag: HeaderValue) -> [(HeaderName, Option<HeaderValue>); 3] {
    [
        (ETAG, Some(tag)),
        (
            CACHE_CONTROL,
            Some(HeaderValue::from_static(CACHE_CONTROL_VALUE)),
        ),
        (LAST_MODIFIED, None),
    ]
}

impl<S> Layer<S> for GazetteerRevalidation {
    type Service = RevalidatedByGazetteer<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RevalidatedByGazetteer {
            inner,
            gazetteer: self.gazetteer.clone(),
        }
    }
}

/// Answers from the gazetteer, revalidated by its revision. A tower service of its own (the
/// postcode lookup is the most asked-for answer): no future boxed and no service cloned for it,
/// as a `from_fn` closure would.
#[derive(Clone)]
pub struct RevalidatedByGazetteer<S> {
    inner: S,
    gazetteer: SharedGazetteer,
}

impl<S> Service<Request> for RevalidatedByGazetteer<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Either<Ready<Result<Response, S::Error>>, Tagged<S::Future>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        // The answer is made from this revision or a newer one, never an older: a tag can name
        // an older answer than the client has, which only costs it a body.
        let tag = revision_tag(self.gazetteer.current().revision);
        let asked = request.headers().get(IF_NONE_MATCH).cloned();
        // A tag named outright is answered at once; `*` only once there is an answer to match.
        let named = asked
            .as_ref()
            .is_some_and(|asked| asked.as_bytes() != b"*" && names(asked, &tag));
        if named {
            return Either::Left(std::future::ready(Ok(with_validators(
                StatusCode::NOT_MODIFIED.into_response(),
                gazetteer_validators(tag),
            ))));
        }
        Either::Right(Tagged {
            answer: self.inner.call(request),
            tag,
            asked,
        })
    }
}

pin_project! {
    /// An answer on its way, to be tagged (or, for `If-None-Match: *`, found unchanged).
    pub struct Tagged<F> {
        #[pin]
        answer: F,
        tag: HeaderValue,
        asked: Option<HeaderValue>,
    }
}

impl<F, E> Future for Tagged<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.answer.poll(cx))?;
        if response.status() != StatusCode::OK {
            return Poll::Ready(Ok(response));
        }
        let tag = this.tag.clone();
        let unchanged = this.asked.as_ref().is_some_and(|asked| names(asked, &tag));
        let response = if unchanged {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            response
        };
        Poll::Ready(Ok(with_validators(response, gazetteer_validators(tag))))
    }
}

fn http_date(unix_seconds: i64) -> HeaderValue {
    let at = UNIX_EPOCH + Duration::from_secs(u64::try_from(unix_seconds).unwrap_or(0));
    HeaderValue::from_str(&httpdate::fmt_http_date(at)).expect("an HTTP date is a valid header")
}

fn unix_seconds(at: SystemTime) -> i64 {
    at.duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn digest(body: &[u8]) -> Digest12 {
    let full = Sha256::digest(body);
    let mut digest = [0; 12];
    digest.copy_from_slice(&full[..12]);
    digest
}

/// A weak tag (`W/"…"`): the same data compressed differently is still the same data.
fn entity_tag(digest: Digest12) -> HeaderValue {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut tag = Vec::with_capacity(28);
    tag.extend_from_slice(b"W/\"");
    for byte in digest {
        tag.extend([HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 15)]]);
    }
    tag.push(b'"');
    HeaderValue::from_bytes(&tag).expect("hex digits make a valid header")
}

/// Whether an `If-None-Match` list names `tag` (compared weakly, as RFC 9110 asks) or is `*`.
fn names(asked: &HeaderValue, tag: &HeaderValue) -> bool {
    let Ok(asked) = asked.to_str() else {
        return false;
    };
    let opaque = |t: &str| t.trim().trim_start_matches("W/").to_string();
    let ours = opaque(tag.to_str().unwrap_or_default());
    asked
        .split(',')
        .any(|candidate| candidate.trim() == "*" || opaque(candidate) == ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_named_weakly_in_a_list_or_by_a_star() {
        let tag = entity_tag(digest(b"[]"));
        let plain = tag.to_str().unwrap().trim_start_matches("W/").to_string();
        for asked in [
            tag.to_str().unwrap().to_string(),
            plain.clone(),
            format!("\"other\", {plain}"),
            "*".to_string(),
        ] {
            assert!(
                names(&HeaderValue::from_str(&asked).unwrap(), &tag),
                "{asked}"
            );
        }
        assert!(!names(&HeaderValue::from_static("\"other\""), &tag));
        assert_ne!(entity_tag(digest(b"[]")), entity_tag(digest(b"[{}]")));
    }

    #[test]
    fn an_answer_keeps_the_time_it_was_first_served_until_it_changes() {
        let clock = Clock::fixed(1_795_428_000);
        let revalidation = Revalidation::new(clock.clone());
        let (old, new) = (digest(b"[]"), digest(b"[{}]"));
        let (forces, force) = (
            Uri::from_static("/api/forces"),
            Uri::from_static("/api/forces/x"),
        );
        let first = revalidation.last_modified(&forces, old);
        clock.advance(600);
        assert_eq!(revalidation.last_modified(&forces, old), first);
        assert_eq!(
            revalidation.last_modified(&forces, new),
            first + 600,
            "a changed answer is modified when it was first served"
        );
        assert_eq!(revalidation.last_modified(&force, old), first + 600);
    }

    #[test]
    fn dates_are_written_as_http_dates() {
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
        let parsed = httpdate::parse_http_date("Thu, 03 Dec 2026 15:00:00 GMT").unwrap();
        assert_eq!(
            http_date(unix_seconds(parsed)),
            "Thu, 03 Dec 2026 15:00:00 GMT"
        );
    }
}
