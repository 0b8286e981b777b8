//! data.police.uk's rate limit on the open API: a leaky bucket per client, by default 15
//! requests a second with bursts of 30, answered `429 Too Many Requests` with `Retry-After`
//! beyond that. Each instance keeps its own buckets in memory (a request costs no database
//! work), so behind a balancer of N instances a client may get up to N times the rate.

use axum::extract::{ConnectInfo, Request};
use axum::http::StatusCode;
use axum::http::header::RETRY_AFTER;
use axum::response::{IntoResponse, Response};
use futures_util::future::Either;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::future::{Ready, ready};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use tower::{Layer, Service};

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

impl<S> Layer<S> for ApiRateLimit {
    type Service = RateLimited<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RateLimited {
            inner,
            limit: self.clone(),
        }
    }
}

/// The API behind the limit. A tower service of its own, not a `from_fn` closure: the lookup is
/// the most asked-for answer, and a closure boxes its future and clones the service inside it
/// once more for every request, which cost the lookup a measurable share of its speed.
#[derive(Clone)]
pub struct RateLimited<S> {
    inner: S,
    limit: ApiRateLimit,
}

impl<S> Service<Request> for RateLimited<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Either<Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        match self.limit.refusal(&request) {
            Some(refused) => Either::Left(ready(Ok(refused))),
            None => Either::Right(self.inner.call(request)),
        }
    }
}

impl ApiRateLimit {
    /// `429 Too Many Requests` when the client has used its allowance; None to let it through.
    fn refusal(&self, request: &Request) -> Option<Response> {
        if self.requests.fetch_add(1, Ordering::Relaxed) % FORGET_EVERY == FORGET_EVERY - 1 {
            self.buckets.retain_recent();
        }
        // No limit applies when the address is not known.
        let client = client_address(request, self.trust_forwarded_for)?;
        let not_until = self.buckets.check_key(&client).err()?;
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        let seconds = wait.as_secs_f64().ceil().max(1.0) as u64;
        Some(
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(RETRY_AFTER, seconds.to_string())],
                "Too Many Requests",
            )
                .into_response(),
        )
    }
}
