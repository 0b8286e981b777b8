//! Building the HTTP application: database, spatial index, router, listener.

use crate::config::Config;
use crate::csrf::SiteOrigin;
use crate::database;
use crate::email::Mailer;
use crate::jobs::send_email::EmailSender;
use app::services::clock::Clock;
use app::services::gazetteer::SharedGazetteer;
use app::services::session_store::DatabaseSessionStore;
use app::state::PortalState;
use app::{App, shell};
use axum::Router;
use axum::body::Body;
use axum::extract::MatchedPath;
use axum::http::{HeaderValue, header};
use axum::http::{Request, Response};
use axum::serve::ListenerExt;
use leptos::prelude::*;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};
use tracing::Span;

pub struct Application {
    listener: TcpListener,
    router: Router,
    address: SocketAddr,
    clock: Clock,
}

impl Application {
    /// Connects to the database, applies migrations, builds the neighbourhood index and binds the
    /// listener (port 0 picks a free port, as the tests do).
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let db = database::connect(&config.database_url).await?;
        database::migrate(&db).await?;
        let gazetteer = SharedGazetteer::default();
        gazetteer.reload(&db).await?;
        let loaded = gazetteer.current();
        tracing::info!(
            neighbourhoods = loaded.neighbourhoods.len(),
            postcodes = loaded.postcodes.len(),
            revision = loaded.revision,
            "gazetteer loaded"
        );
        tokio::spawn(crate::jobs::reload_gazetteer::run(
            db.clone(),
            gazetteer.clone(),
            Duration::from_secs(config.reload_interval),
        ));
        let clock = Clock::default();
        let outbox_ready = Arc::new(Notify::new());
        let sessions = DatabaseSessionStore::new(db.clone());
        tokio::spawn(
            EmailSender {
                db: db.clone(),
                clock: clock.clone(),
                mailer: Mailer::from_config(&config.email)?,
                from_address: config.email.from.clone(),
                site_host: url::Url::parse(&config.site_url)?
                    .host_str()
                    .unwrap_or("localhost")
                    .to_string(),
                retry_seconds: config.email.retry_seconds as i64,
                ready: outbox_ready.clone(),
            }
            .run(),
        );
        tokio::spawn(crate::jobs::housekeeping::run(
            db.clone(),
            clock.clone(),
            sessions.clone(),
            Duration::from_secs(600),
        ));
        let state = PortalState {
            db,
            gazetteer,
            clock: clock.clone(),
            site_url: config.site_url.clone(),
            trust_forwarded_for: config.trust_forwarded_for,
            outbox_ready,
        };

        let listener = TcpListener::bind(config.listen).await?;
        let address = listener.local_addr()?;
        Ok(Self {
            router: router(config, address, state, sessions)?,
            listener,
            address,
            clock,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The clock the portal's rules use; tests move it forward.
    pub fn clock(&self) -> Clock {
        self.clock.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        // Without TCP_NODELAY a streamed page or small file waits ~40 ms on delayed ACKs.
        let listener = self.listener.tap_io(|tcp| {
            if let Err(error) = tcp.set_nodelay(true) {
                tracing::warn!(%error, "could not set TCP_NODELAY");
            }
        });
        axum::serve(
            listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
    }
}

fn router(
    config: &Config,
    address: SocketAddr,
    state: PortalState,
    sessions: DatabaseSessionStore,
) -> anyhow::Result<Router> {
    let options = LeptosOptions::builder()
        .output_name("portal")
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(address)
        .build();
    let routes = route_list();
    let api = crate::api::router(state.clone());
    let provide_state = move || provide_context(state.clone());

    let site = Router::new()
        .leptos_routes_with_context(&options, routes, provide_state.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context(
            provide_state,
            shell,
        ))
        .with_state(options);

    let session_layer = SessionManagerLayer::new(sessions)
        .with_name("portal_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.site_url.starts_with("https://"))
        .with_expiry(Expiry::OnInactivity(time::Duration::days(7)));
    let site_origin = SiteOrigin::of(&config.site_url)?;

    Ok(api
        .merge(site)
        .layer(session_layer)
        .layer(axum::middleware::from_fn_with_state(
            site_origin,
            crate::csrf::refuse_cross_site,
        ))
        // Pages, the stylesheet and above all the WebAssembly bundle travel compressed (brotli or
        // gzip, as the browser accepts).
        .layer(CompressionLayer::new())
        // Headers every response carries. Rendered pages set their own Content-Security-Policy
        // (naming their script nonce); everything else gets the strict default.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&app::security::content_security_policy(None))
                .expect("the policy is a valid header value"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        // One log line per request: method, path, status, duration.
        .layer(
            TraceLayer::new_for_http()
                // The route, not the address: `/api/postcodes/{postcode}` keeps residents'
                // postcodes out of the logs.
                .make_span_with(|request: &Request<Body>| {
                    let route = request
                        .extensions()
                        .get::<MatchedPath>()
                        .map_or_else(|| request.uri().path(), MatchedPath::as_str);
                    tracing::info_span!("request", method = %request.method(), route = %route)
                })
                .on_request(())
                .on_response(|response: &Response<Body>, latency: Duration, _: &Span| {
                    tracing::info!(
                        status = response.status().as_u16(),
                        duration_ms = latency.as_secs_f64() * 1000.0,
                        "served"
                    );
                }),
        ))
}

/// The app's routes, worked out once per process. Working them out runs the app with resource
/// loading suppressed process-wide, so a page rendering at that moment in another instance in the
/// same process (the integration tests run many) would wait forever (leptos-rs/leptos#4773).
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

async fn shutdown_signal() {
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
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
