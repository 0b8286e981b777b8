//! The headers every answer carries: framing refused, the referrer trimmed, content types not
//! guessed, a Content-Security-Policy where an answer sets none of its own, and on an https site
//! Strict Transport Security. Rendered pages name their script nonce in a policy of their own;
//! any other HTML gets the site's page policy, and everything else (data, feeds, files) the data
//! policy, which lets nothing load: only a page ever loads anything.
//!
//! One layer that sets them all, rather than one `SetResponseHeader` layer per header: every
//! answer passes each layer on its way out, and each moved the whole response once more (the
//! postcode lookup, the most asked-for answer, spent a measurable share of its time on that).

use axum::http::{HeaderValue, Response, StatusCode, header};
use pin_project_lite::pin_project;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use tower::{Layer, Service};

#[derive(Clone)]
pub struct SiteHeadersLayer {
    headers: Arc<SiteHeaders>,
}

struct SiteHeaders {
    page_policy: HeaderValue,
    /// Sent only by a site served over https.
    strict_transport: Option<HeaderValue>,
}

impl SiteHeadersLayer {
    pub fn new(page_policy: HeaderValue, https: bool) -> Self {
        Self {
            headers: Arc::new(SiteHeaders {
                page_policy,
                strict_transport: https
                    .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains")),
            }),
        }
    }
}

impl<S> Layer<S> for SiteHeadersLayer {
    type Service = WithSiteHeaders<S>;

    fn layer(&self, inner: S) -> Self::Service {
        WithSiteHeaders {
            inner,
            headers: self.headers.clone(),
        }
    }
}

#[derive(Clone)]
pub struct WithSiteHeaders<S> {
    inner: S,
    headers: Arc<SiteHeaders>,
}

impl<S, Request, Body> Service<Request> for WithSiteHeaders<S>
where
    S: Service<Request, Response = Response<Body>>,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Headed<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        Headed {
            answer: self.inner.call(request),
            headers: self.headers.clone(),
        }
    }
}

pin_project! {
    /// An answer on its way, to be given the site's headers.
    pub struct Headed<F> {
        #[pin]
        answer: F,
        headers: Arc<SiteHeaders>,
    }
}

impl<F, Body, E> Future for Headed<F>
where
    F: Future<Output = Result<Response<Body>, E>>,
{
    type Output = Result<Response<Body>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let mut response = ready!(this.answer.poll(cx))?;
        let site = this.headers;
        let not_modified = response.status() == StatusCode::NOT_MODIFIED;
        let headers = response.headers_mut();
        headers.reserve(5);
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        );
        headers.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        // A 304 carries no content type, and a browser copies its headers onto the answer it
        // kept: that answer keeps the policy it came with.
        if !not_modified && !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
            let page = headers
                .get(header::CONTENT_TYPE)
                .is_some_and(|kind| kind.as_bytes().starts_with(b"text/html"));
            let policy = if page {
                site.page_policy.clone()
            } else {
                HeaderValue::from_static(app::security::DATA_POLICY)
            };
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        if let Some(strict_transport) = &site.strict_transport {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, strict_transport.clone());
        }
        Poll::Ready(Ok(response))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use tower::ServiceExt;

    async fn answer(
        layer: SiteHeadersLayer,
        kind: &'static str,
        own_policy: Option<&'static str>,
    ) -> axum::http::HeaderMap {
        let site = tower::service_fn(move |_: axum::http::Request<Body>| async move {
            let mut response = Response::new(Body::empty());
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
            if let Some(policy) = own_policy {
                response.headers_mut().insert(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(policy),
                );
            }
            Ok::<_, std::convert::Infallible>(response)
        });
        layer
            .layer(site)
            .oneshot(axum::http::Request::new(Body::empty()))
            .await
            .unwrap()
            .headers()
            .clone()
    }

    #[tokio::test]
    async fn every_answer_gets_the_site_headers_and_keeps_a_policy_of_its_own() {
        let layer = SiteHeadersLayer::new(HeaderValue::from_static("default-src 'self'"), false);
        let plain = answer(layer.clone(), "text/html; charset=utf-8", None).await;
        assert_eq!(plain[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(plain[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(
            plain[header::REFERRER_POLICY],
            "strict-origin-when-cross-origin"
        );
        assert_eq!(plain[header::CONTENT_SECURITY_POLICY], "default-src 'self'");
        assert!(!plain.contains_key(header::STRICT_TRANSPORT_SECURITY));

        let page = answer(layer, "text/html", Some("script-src 'nonce-abc'")).await;
        assert_eq!(
            page[header::CONTENT_SECURITY_POLICY],
            "script-src 'nonce-abc'"
        );
    }

    #[tokio::test]
    async fn data_files_and_feeds_get_a_policy_that_lets_nothing_load() {
        let layer = SiteHeadersLayer::new(HeaderValue::from_static("default-src 'self'"), false);
        for kind in ["application/json", "application/atom+xml", "text/css"] {
            let headers = answer(layer.clone(), kind, None).await;
            assert_eq!(
                headers[header::CONTENT_SECURITY_POLICY],
                app::security::DATA_POLICY,
                "{kind}"
            );
        }
    }

    #[tokio::test]
    async fn a_not_modified_answer_leaves_the_kept_copy_its_own_policy() {
        let layer = SiteHeadersLayer::new(HeaderValue::from_static("default-src 'self'"), false);
        let site = tower::service_fn(|_: axum::http::Request<Body>| async {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            Ok::<_, std::convert::Infallible>(response)
        });
        let answer = layer
            .layer(site)
            .oneshot(axum::http::Request::new(Body::empty()))
            .await
            .unwrap();
        assert!(
            !answer
                .headers()
                .contains_key(header::CONTENT_SECURITY_POLICY)
        );
        assert_eq!(answer.headers()[header::X_FRAME_OPTIONS], "DENY");
    }

    #[tokio::test]
    async fn an_https_site_tells_browsers_never_to_use_plain_http() {
        let layer = SiteHeadersLayer::new(HeaderValue::from_static("default-src 'self'"), true);
        let headers = answer(layer, "application/json", None).await;
        assert_eq!(
            headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains"
        );
    }
}
