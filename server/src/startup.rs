//! Building the HTTP application: database, spatial index, router, listener, health checks.

use crate::api::rate_limit::ApiRateLimit;
use crate::assets::SiteAssets;
use crate::config::Config;
use crate::csrf::SiteOrigin;
use crate::database;
use crate::email::Mailer;
use crate::jobs::send_email::EmailSender;
use crate::jobs::{Intervals, Jobs};
use crate::page_cache::PageCache;
use crate::request_ids::RequestIds;
use app::services::clock::Clock;
use app::services::gazetteer::SharedGazetteer;
use app::services::outbox::RetryPolicy;
use app::services::public_pages::PublicPages;
use app::services::rate_limit::BucketKeys;
use app::services::session_store::DatabaseSessionStore;
use app::services::write::Database;
use app::state::{PortalResources, PortalState};
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::MatchedPath;
use axum::http::{HeaderValue, StatusCode, header};
use axum::http::{Request, Response};
use axum::response::IntoResponse;
use axum::routing::future::RouteFuture;
use axum::routing::get;
use axum::serve::ListenerExt;
use futures_util::future::Either;
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use sea_orm::DatabaseConnection;
use std::convert::Infallible;
use std::future::{Future, Ready};
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll, ready};
use std::time::Duration;
use tokio::net::TcpSocket;
use tokio::sync::Notify;
use tower::ServiceBuilder;
use tower_http::CompressionLevel;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};
use tracing::Span;

pub struct Application {
    socket: TcpSocket,
    address: SocketAddr,
    clock: Clock,
    config: Config,
    db: DatabaseConnection,
    jobs: Arc<OnceLock<Jobs>>,
    background_jobs: bool,
}

/// How many connections may wait to be accepted. The standard library's 128 overflows when
/// hundreds of residents act at the same moment (a popular vote closing): the kernel then drops
/// the rest, and each waits a second before its browser tries again. Linux caps this at
/// `net.core.somaxconn` (4096 by default).
const LISTEN_BACKLOG: u32 = 4096;

/// The instance's address, taken (so port 0 picks a free port, as the tests do) but not yet
/// listened on: until it listens, a connection is refused, and a proxy tries another instance
/// whatever the request, since nothing was sent.
fn bind(address: SocketAddr) -> std::io::Result<TcpSocket> {
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    Ok(socket)
}

impl Application {
    /// Connects to the database and takes the address (port 0 picks a free port, as the tests
    /// do). Nothing is loaded yet, and nothing is listened for until `run_until_stopped` has
    /// the site ready.
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = database::connect_with(&config.database_url, config.database_connections).await?;
        let socket = bind(config.listen)?;
        let address = socket.local_addr()?;
        Ok(Self {
            socket,
            address,
            clock: config.clock(),
            config: config.clone(),
            db,
            jobs: Arc::default(),
            background_jobs: true,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The clock the portal's rules use; tests move it forward.
    pub fn clock(&self) -> Clock {
        self.clock.clone()
    }

    /// Runs on `clock` instead of its own: instances in one test then agree on the time, as
    /// servers synchronised by NTP do.
    pub fn with_clock(self, clock: Clock) -> Self {
        Self { clock, ..self }
    }

    /// Starts none of the background jobs: a test runs each when it needs it, through `jobs`.
    pub fn without_background_jobs(self) -> Self {
        Self {
            background_jobs: false,
            ..self
        }
    }

    /// This instance's background jobs, there once it is ready.
    pub fn jobs(&self) -> Arc<OnceLock<Jobs>> {
        self.jobs.clone()
    }

    /// Applies the migrations and loads the gazetteer, then listens: an instance still
    /// starting refuses connections, so a proxy sends every request (a booking's too) to one
    /// that is ready, and a resident never meets a "starting" answer.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (site, jobs) = start(&self.config, self.db, self.address, self.clock).await?;
        if self.background_jobs {
            jobs.start(Intervals {
                reload: Duration::from_secs(self.config.reload_interval),
                reminders: Duration::from_secs(self.config.reminder_interval),
                housekeeping: Duration::from_secs(600),
                messages_per_minute: self.config.message_rate,
            });
        }
        let _ = self.jobs.set(jobs);
        let gate = Gate::new(site);
        // Without TCP_NODELAY a streamed page or small file waits ~40 ms on delayed ACKs.
        let listener = self.socket.listen(LISTEN_BACKLOG)?.tap_io(|tcp| {
            if let Err(error) = tcp.set_nodelay(true) {
                tracing::warn!(%error, "could not set TCP_NODELAY");
            }
        });
        tracing::info!("ready");
        let serving = axum::serve(
            listener,
            axum::ServiceExt::<Request<Body>>::into_make_service_with_connect_info::<SocketAddr>(
                gate.clone(),
            ),
        )
        .with_graceful_shutdown({
            let drain = Duration::from_secs(self.config.shutdown_drain);
            async move {
                if shutdown_signal().await == Stop::Terminate && !drain.is_zero() {
                    // Still answering (connections waiting to be accepted included) while the
                    // load balancer sees /health/ready fail and moves away.
                    gate.stop_being_ready();
                    tracing::info!(seconds = drain.as_secs(), "draining before stopping");
                    tokio::time::sleep(drain).await;
                }
            }
        })
        .into_future();
        let served = serving.await;
        // Every request answered (or the server failed): the email sender finishes the
        // message it holds, or hands it back for another instance, before the process ends.
        if let Some(jobs) = self.jobs.get() {
            jobs.stop(Duration::from_secs(self.config.shutdown_grace))
                .await;
        }
        served?;
        Ok(())
    }
}

/// Answers the health checks itself and lets everything else through to the site.
#[derive(Clone)]
struct Gate {
    site: Router,
    /// Set when the instance has been asked to stop: `/health/ready` fails, so a load balancer
    /// sends no more, while the site still answers what comes.
    stopping: Arc<std::sync::atomic::AtomicBool>,
}

impl Gate {
    fn new(site: Router) -> Self {
        Self {
            site,
            stopping: Arc::default(),
        }
    }

    fn stop_being_ready(&self) {
        self.stopping
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    fn ready(&self) -> bool {
        !self.stopping.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl tower::Service<Request<Body>> for Gate {
    type Response = Response<Body>;
    type Error = Infallible;
    // Named futures, not boxed ones: every request passes here.
    type Future = Either<Ready<Result<Response<Body>, Infallible>>, Answering>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        let answer = |status: StatusCode, body: &'static str| {
            let mut response = (status, body).into_response();
            if status == StatusCode::SERVICE_UNAVAILABLE {
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
            }
            Either::Left(std::future::ready(Ok(response)))
        };
        match request.uri().path() {
            "/health/live" => answer(StatusCode::OK, "live"),
            "/health/ready" if self.ready() => answer(StatusCode::OK, "ready"),
            "/health/ready" => answer(StatusCode::SERVICE_UNAVAILABLE, "not ready"),
            _ => Either::Right(Answering {
                answer: tower::Service::call(&mut self.site, request),
                // Stopping: each connection ends once answered, so when the listener closes
                // the proxy holds none open that could be closed under a request it has just
                // sent (a form it may not send again).
                closing: !self.ready(),
            }),
        }
    }
}

pin_project_lite::pin_project! {
    /// The site's answer, marked to close its connection when the instance is stopping.
    struct Answering {
        #[pin]
        answer: RouteFuture<Infallible>,
        closing: bool,
    }
}

impl Future for Answering {
    type Output = Result<Response<Body>, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.answer.poll(cx))?;
        if *this.closing {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        Poll::Ready(Ok(response))
    }
}

/// Applies migrations, loads the gazetteer and builds the site and its background jobs.
async fn start(
    config: &Config,
    db: DatabaseConnection,
    address: SocketAddr,
    clock: Clock,
) -> anyhow::Result<(Router, Jobs)> {
    database::migrate(&db).await?;
    let secret = crate::secret::site_secret(&db, config.secret.as_deref()).await?;
    let gazetteer = SharedGazetteer::default();
    gazetteer.reload(&db).await?;
    let loaded = gazetteer.current();
    tracing::info!(
        neighbourhoods = loaded.neighbourhoods.len(),
        postcodes = loaded.postcodes.len(),
        revision = loaded.revision,
        "gazetteer loaded"
    );
    let outbox_ready = Arc::new(Notify::new());
    let sessions = DatabaseSessionStore::new(db.clone());
    let sender = EmailSender {
        db: db.clone(),
        clock: clock.clone(),
        mailer: Mailer::from_config(&config.email)?,
        from_address: config.email.from.clone(),
        site_host: url::Url::parse(&config.site_url)?
            .host_str()
            .unwrap_or("localhost")
            .to_string(),
        retry: RetryPolicy {
            base_seconds: config.email.retry_seconds as i64,
            max_attempts: config.email.max_attempts as i32,
        },
        ready: outbox_ready.clone(),
        worker: crate::jobs::send_email::worker_name(),
        stop: tokio::sync::watch::Sender::new(false),
    };
    let assets = tokio::task::spawn_blocking({
        let site_root = config.site_root.clone();
        move || SiteAssets::load(&site_root)
    })
    .await?;
    let public_pages = PublicPages::default();
    let state = PortalState::from(PortalResources {
        db: Database::new(db, public_pages.clone(), outbox_ready.clone()),
        gazetteer,
        clock,
        site_url: config.site_url.clone(),
        trust_forwarded_for: config.trust_forwarded_for,
        outbox_ready,
        assets: Arc::new(assets.urls.clone()),
        staff_idle_seconds: config.staff_idle_minutes as i64 * 60,
        concern_limit: app::services::rate_limit::Limit {
            attempts: config.concerns_per_day as i64,
            window_seconds: 86_400,
        },
        bucket_keys: BucketKeys::new(&secret),
        public_pages,
        map_tiles: config
            .tile_layer()
            .map_err(|problem| anyhow::anyhow!("{problem}"))?,
        languages: config.languages.clone(),
        report_crime_url: config.report_crime_url.clone(),
    });
    let jobs = Jobs::new(state.clone(), sessions.clone(), sender);
    Ok((router(config, address, state, sessions, assets)?, jobs))
}

fn router(
    config: &Config,
    address: SocketAddr,
    state: PortalState,
    sessions: DatabaseSessionStore,
    assets: SiteAssets,
) -> anyhow::Result<Router> {
    let options = LeptosOptions::builder()
        .output_name("portal")
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(address)
        .build();
    let routes = route_list();
    let provide_state = {
        let state = state.clone();
        move || provide_context(state.clone())
    };

    let page_cache = PageCache::new(
        state.clone(),
        sessions.clone(),
        HeaderValue::from_str(&app::security::content_security_policy(
            None,
            state.map_tiles.as_ref().map(|l| l.origin()).as_deref(),
        ))
        .expect("the policy is a valid header value"),
    );
    // Pages and the forms' server functions: the only part that uses sessions.
    let session_layer = SessionManagerLayer::new(sessions)
        .with_name("portal_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.site_url.starts_with("https://"))
        .with_expiry(Expiry::OnInactivity(time::Duration::days(7)))
        // Every answer moves the expiry on; the store writes it back at most once a minute.
        .with_always_save(true);
    let pages = Router::new()
        .leptos_routes_with_context(&options, routes, provide_state.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            provide_state,
            shell,
        ))
        .with_state(options)
        .merge(crate::api::account_router(state.clone()))
        // One stack, outermost first: each `Router::layer` of its own would box the request's
        // way in and out again for every layer.
        .layer(
            ServiceBuilder::new()
                .layer(axum::middleware::from_fn_with_state(
                    state.languages.clone(),
                    crate::language::choose,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    page_cache.clone(),
                    crate::page_cache::serve,
                ))
                // Pages travel compressed (brotli or gzip, as the browser accepts), at a level
                // made for compressing on every request: brotli's default (11) is for files
                // compressed once.
                .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
                .layer(axum::middleware::from_fn(
                    crate::page_cache::private_unless_anonymous,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    crate::session_stamps::SecureCookies(config.site_url.starts_with("https://")),
                    crate::session_stamps::stamp_sessions,
                ))
                .layer(session_layer)
                .layer(axum::middleware::from_fn(
                    crate::session_stamps::load_session_now,
                ))
                .layer(axum::middleware::from_fn_with_state(
                    page_cache,
                    crate::page_cache::serve_signed_in,
                ))
                // Only pages and forms change anything; the API and static files answer GET
                // alone.
                .layer(axum::middleware::from_fn_with_state(
                    SiteOrigin::of(&config.site_url)?,
                    crate::csrf::refuse_cross_site,
                ))
                .layer(axum::middleware::from_fn(
                    crate::refused_forms::keep_in_session,
                ))
                .layer(axum::middleware::from_fn(end_at_document_close)),
        );

    // The stylesheet and bundle, compressed once at start.
    let static_files = Router::new()
        .route("/pkg/{file}", get(crate::assets::serve))
        .with_state(assets);

    // The JSON API and feeds: no session.
    let rate_limit = ApiRateLimit::new(
        config.api_rate,
        config.api_burst,
        config.trust_forwarded_for,
    );
    let metrics = crate::metrics::MetricsAccess::new(
        state.clone(),
        &config.metrics_allow,
        config.trust_forwarded_for,
    );
    let api = crate::api::router(state, rate_limit, metrics);

    let site_headers = Arc::new(crate::site_headers::SiteHeaders::new(
        HeaderValue::from_str(&app::security::content_security_policy(None, None))
            .expect("the policy is a valid header value"),
        config.site_url.starts_with("https://"),
    ));
    Ok(api.merge(static_files).merge(pages).layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::x_request_id(RequestIds::for_this_instance()))
            // One log line per request: method, path, status, duration; every line logged
            // while answering carries the request's id.
            .layer(
                TraceLayer::new_for_http()
                    // The route, not the address: `/api/postcodes/{postcode}` keeps residents'
                    // postcodes out of the logs.
                    .make_span_with(|request: &Request<Body>| {
                        let route = request
                            .extensions()
                            .get::<MatchedPath>()
                            .map_or_else(|| request.uri().path(), MatchedPath::as_str);
                        let id = request
                            .headers()
                            .get("x-request-id")
                            .and_then(|id| id.to_str().ok())
                            .unwrap_or_default();
                        tracing::info_span!("request", method = %request.method(), route = %route, id = %id)
                    })
                    .on_request(())
                    .on_response(|response: &Response<Body>, latency: Duration, _: &Span| {
                        tracing::info!(
                            status = response.status().as_u16(),
                            duration_ms = latency.as_secs_f64() * 1000.0,
                            "served"
                        );
                    }),
            )
            .layer(PropagateRequestIdLayer::x_request_id())
            .layer(crate::metrics::RecordRequestsLayer)
            // Headers every response carries. Rendered pages set their own
            // Content-Security-Policy (naming their script nonce); other HTML gets this page
            // policy, and everything else the data policy.
            .map_response(move |mut response: Response<Body>| {
                site_headers.add_to(&mut response);
                response
            }),
    ))
}

/// Leptos follows every page with the scripts that hydrate a whole app. Only islands run in the
/// browser here, and they do not read them, so a page's document ends at `</html>`: a page
/// without an island carries no script at all.
async fn end_at_document_close(
    request: Request<Body>,
    next: axum::middleware::Next,
) -> Response<Body> {
    const END: &[u8] = b"</html>";
    let response = next.run(request).await;
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    if !is_page {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let document = match axum::body::to_bytes(body, 16 * 1024 * 1024).await {
        Ok(document) => document,
        Err(error) => {
            tracing::error!(%error, "could not read a rendered page");
            return Response::builder()
                .status(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::empty())
                .expect("a plain response");
        }
    };
    let end = document
        .windows(END.len())
        .position(|window| window == END)
        .map_or(document.len(), |at| at + END.len());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(document.slice(..end)))
}

/// The app's routes, worked out once per process. Working them out runs the app with resource
/// loading suppressed process-wide, so a page rendering at that moment in another instance in the
/// same process (the integration tests run many) would wait forever (leptos-rs/leptos#4773).
pub fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// How the instance was asked to stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stop {
    /// Ctrl-C, by someone at a terminal: at once.
    Interrupt,
    /// SIGTERM, from a process manager or orchestrator: after the drain.
    Terminate,
}

async fn shutdown_signal() -> Stop {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    let stop = tokio::select! {
        () = interrupt => Stop::Interrupt,
        () = terminate => Stop::Terminate,
    };
    tracing::info!(?stop, "shutting down");
    stop
}

#[cfg(test)]
mod tests {
    use super::Gate;
    use axum::Router;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};

    async fn status(gate: &Gate, path: &str) -> StatusCode {
        answer(gate, path).await.status()
    }

    async fn answer(gate: &Gate, path: &str) -> axum::response::Response {
        let request = Request::get(path).body(Body::empty()).unwrap();
        tower::Service::call(&mut gate.clone(), request)
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn an_instance_is_ready_until_asked_to_stop_and_then_still_answers_closing_each_connection()
     {
        let gate = Gate::new(Router::new().route("/page", axum::routing::get(|| async { "page" })));
        assert_eq!(status(&gate, "/health/live").await, StatusCode::OK);
        assert_eq!(status(&gate, "/health/ready").await, StatusCode::OK);
        let kept_open = answer(&gate, "/page").await;
        assert_eq!(kept_open.status(), StatusCode::OK);
        assert!(kept_open.headers().get("connection").is_none());

        gate.stop_being_ready();
        assert_eq!(
            status(&gate, "/health/ready").await,
            StatusCode::SERVICE_UNAVAILABLE
        );
        assert_eq!(status(&gate, "/health/live").await, StatusCode::OK);
        let closing = answer(&gate, "/page").await;
        assert_eq!(closing.status(), StatusCode::OK, "still answering");
        assert_eq!(
            closing.headers().get("connection").unwrap(),
            "close",
            "and ending the connection after"
        );
    }
}
