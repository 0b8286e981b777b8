//! data.police.uk's rate limit on the open API: a leaky bucket per client, by default 15
//! requests a second with bursts of 30, answered `429 Too Many Requests` with `Retry-After`
//! beyond that. Each instance keeps its own buckets in memory (a request costs no database
//! work), so behind a balancer of N instances a client may get up to N times the rate.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::http::header::RETRY_AFTER;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Buckets of clients that have gone quiet are dropped every this many requests, so memory
/// does not grow with every address ever seen.
const FORGET_EVERY: u64 = 4096;

#[derive(Clone)]
pub struct ApiRateLimit {
    buckets: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    requests: Arc<AtomicU64>,
    trust_forwarded_for: bool,
}

impl ApiRateLimit {
    pub fn new(per_second: NonZeroU32, burst: NonZeroU32, trust_forwarded_for: bool) -> Self {
        let quota = Quota::per_second(per_second).allow_burst(burst);
        Self {
            buckets: Arc::new(RateLimiter::keyed(quota)),
            requests: Arc::default(),
            trust_forwarded_for,
        }
    }
}

/// The client's address: the connection's peer, or the last `X-Forwarded-For` entry behind a
/// proxy that sets it (`trust_forwarded_for`). None when neither is known.
pub fn client_address(request: &Request, trust_forwarded_for: bool) -> Option<IpAddr> {
    if trust_forwarded_for
        && let Some(forwarded) = app::request::last_forwarded_for(request.headers())
    {
        return forwarded.parse().ok();
    }
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())
}

pub async fn limit(State(limit): State<ApiRateLimit>, request: Request, next: Next) -> Response {
    if limit.requests.fetch_add(1, Ordering::Relaxed) % FORGET_EVERY == FORGET_EVERY - 1 {
        limit.buckets.retain_recent();
    }
    // No limit applies when the address is not known.
    let Some(client) = client_address(&request, limit.trust_forwarded_for) else {
        return next.run(request).await;
    };
    match limit.buckets.check_key(&client) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(RETRY_AFTER, seconds.to_string())],
                "Too Many Requests",
            )
                .into_response()
        }
    }
}
