//! `/metrics` in Prometheus's text format, for the force's monitoring to scrape from each
//! instance: requests by route template and status with their latency, the jobs' runs, emails
//! sent and failed, and, read when asked, the outbox's backlog, live sessions, the data's
//! revisions and the database connections. Answered to loopback and to the addresses the
//! configuration allows, never through the proxy.

use crate::api::rate_limit::client_address;
use app::state::PortalState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use ipnet::IpNet;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use pin_project_lite::pin_project;
use sea_orm::{ColumnTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashSet;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, OnceLock, RwLock};
use std::task::{Context, Poll, ready};
use std::time::Instant;
use tower::{Layer, Service};

/// Latency buckets, in seconds: from a kept page (a millisecond) to a slow report.
const SECONDS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The process's recorder: installed once, shared by every instance in the process (tests
/// start several).
fn recorder() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), SECONDS)
            .expect("the buckets are not empty")
            .install_recorder()
            .expect("no other metrics recorder is installed")
    })
}

/// Who may read `/metrics`, and what it reads.
#[derive(Clone)]
pub struct MetricsAccess {
    state: PortalState,
    allowed: Arc<[IpNet]>,
    trust_forwarded_for: bool,
}

impl MetricsAccess {
    pub fn new(state: PortalState, allowed: &[IpNet], trust_forwarded_for: bool) -> Self {
        recorder();
        Self {
            state,
            allowed: allowed.into(),
            trust_forwarded_for,
        }
    }
}

/// Loopback, or an allowed network; an unknown address never.
fn readable_from(allowed: &[IpNet], client: Option<IpAddr>) -> bool {
    client.is_some_and(|address| {
        address.is_loopback() || allowed.iter().any(|net| net.contains(&address))
    })
}

/// Counts each request by its route's template (never its address: postcodes stay out),
/// method and status, and times it. A tower layer of its own rather than a `from_fn` closure:
/// every request passes it, and a closure boxes its future and clones the service inside it once
/// more for each.
#[derive(Clone, Copy, Default)]
pub struct RecordRequestsLayer;

impl<S> Layer<S> for RecordRequestsLayer {
    type Service = RecordRequests<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RecordRequests { inner }
    }
}

#[derive(Clone)]
pub struct RecordRequests<S> {
    inner: S,
}

impl<S> Service<Request> for RecordRequests<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Recorded<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let route = request
            .extensions()
            .get::<MatchedPath>()
            .map_or("unmatched", |route| interned(route.as_str()));
        let method = method_label(request.method());
        let started = Instant::now();
        Recorded {
            answer: self.inner.call(request),
            started,
            route,
            method,
        }
    }
}

pin_project! {
    /// A request being answered, counted and timed once it is.
    pub struct Recorded<F> {
        #[pin]
        answer: F,
        started: Instant,
        route: &'static str,
        method: &'static str,
    }
}

impl<F, E> Future for Recorded<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let response = ready!(this.answer.poll(cx))?;
        let status = interned(response.status().as_str());
        let route = *this.route;
        metrics::counter!("portal_http_requests_total", "method" => *this.method, "route" => route, "status" => status)
            .increment(1);
        metrics::histogram!("portal_http_request_duration_seconds", "route" => route)
            .record(this.started.elapsed().as_secs_f64());
        Poll::Ready(Ok(response))
    }
}

/// The standard methods by name; any other (a client may send anything) counted as "other", so
/// the figures cannot be made to grow without bound.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "other",
    }
}

/// A label kept for the life of the process, so counting a request copies no text. Only route
/// templates (the router's own, a fixed set) and status codes (three digits) are interned.
fn interned(label: &str) -> &'static str {
    static LABELS: OnceLock<RwLock<HashSet<&'static str>>> = OnceLock::new();
    let labels = LABELS.get_or_init(RwLock::default);
    if let Some(known) = labels
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .get(label)
    {
        return known;
    }
    let mut labels = labels
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    match labels.get(label) {
        Some(known) => known,
        None => {
            let kept: &'static str = Box::leak(label.into());
            labels.insert(kept);
            kept
        }
    }
}

/// One run of a background job: counted with its outcome, timed, and its time kept.
pub fn job_ran(job: &'static str, started: Instant, succeeded: bool) {
    let outcome = if succeeded { "ok" } else { "failed" };
    metrics::counter!("portal_job_runs_total", "job" => job, "outcome" => outcome).increment(1);
    metrics::histogram!("portal_job_duration_seconds", "job" => job)
        .record(started.elapsed().as_secs_f64());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64());
    metrics::gauge!("portal_job_last_run_timestamp_seconds", "job" => job).set(now);
}

/// An email handed to the mail server, or refused by it.
pub fn email_sent(sent: bool) {
    if sent {
        metrics::counter!("portal_emails_sent_total").increment(1);
    } else {
        metrics::counter!("portal_emails_failed_total").increment(1);
    }
}

/// `GET /metrics`.
pub async fn scrape(State(access): State<MetricsAccess>, request: Request) -> Response {
    if !readable_from(
        &access.allowed,
        client_address(&request, access.trust_forwarded_for),
    ) {
        return StatusCode::NOT_FOUND.into_response();
    }
    if let Err(error) = read_gauges(&access.state).await {
        tracing::error!(%error, "could not read the figures /metrics reports");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        recorder().render(),
    )
        .into_response()
}

/// The figures read when asked, not counted as they happen.
async fn read_gauges(state: &PortalState) -> Result<(), sea_orm::DbErr> {
    let now = state.clock.now();
    let (waiting, oldest) = app::services::outbox::backlog(&*state.db).await?;
    metrics::gauge!("portal_outbox_waiting").set(waiting as f64);
    metrics::gauge!("portal_outbox_oldest_waiting_seconds")
        .set(oldest.map_or(0, |queued| (now - queued).max(0)) as f64);
    let parked = app::services::outbox::parked_count(&*state.db).await?;
    metrics::gauge!("portal_outbox_given_up").set(parked as f64);
    let sessions = entity::session::Entity::find()
        .filter(entity::session::Column::ExpiresAt.gt(now))
        .count(&*state.db)
        .await?;
    metrics::gauge!("portal_sessions").set(sessions as f64);
    metrics::gauge!("portal_data_revision").set(state.public_pages.revision() as f64);
    metrics::gauge!("portal_gazetteer_revision").set(state.gazetteer.current().revision as f64);
    let (size, idle) = match state.db.get_database_backend() {
        DbBackend::Postgres => {
            let pool = state.db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        DbBackend::Sqlite => {
            let pool = state.db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    };
    metrics::gauge!("portal_database_connections", "state" => "idle").set(idle as f64);
    metrics::gauge!("portal_database_connections", "state" => "in_use")
        .set(size.saturating_sub(idle as u32) as f64);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_are_read_from_loopback_and_the_allowed_networks_alone() {
        let allowed: Vec<IpNet> = vec!["10.20.0.0/16".parse().unwrap()];
        let may = |client: &str| readable_from(&allowed, Some(client.parse().unwrap()));
        assert!(may("127.0.0.1") && may("::1") && may("10.20.3.4"));
        assert!(!may("10.21.0.1") && !may("203.0.113.9"));
        assert!(!readable_from(&allowed, None), "an unknown address");
    }

    #[test]
    fn a_label_is_kept_once_and_a_method_nobody_registered_is_counted_as_other() {
        let first = interned("/api/postcodes/{postcode}");
        let again = interned(&String::from("/api/postcodes/{postcode}"));
        assert!(std::ptr::eq(first, again), "the same label kept twice");
        assert_eq!(method_label(&Method::GET), "GET");
        let invented = Method::from_bytes(b"SPAMMETHOD").unwrap();
        assert_eq!(method_label(&invented), "other");
    }
}
