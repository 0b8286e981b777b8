//! Cross-site request forgery: a request that changes something (any method but GET, HEAD and
//! OPTIONS: forms and server functions) must come from the portal's own pages. Browsers say
//! where a request came from in `Origin` (or, failing that, `Referer`), and a page on another
//! site cannot change either.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// The site's origin, such as `https://portal.example.police.uk`.
#[derive(Clone)]
pub struct SiteOrigin(pub Arc<str>);

impl SiteOrigin {
    pub fn of(site_url: &str) -> anyhow::Result<Self> {
        let url = url::Url::parse(site_url)?;
        Ok(Self(url.origin().ascii_serialization().into()))
    }

    fn accepts(&self, request: &Request) -> bool {
        let headers = request.headers();
        if let Some(origin) = headers.get(header::ORIGIN) {
            return origin.as_bytes() == self.0.as_bytes();
        }
        headers
            .get(header::REFERER)
            .and_then(|referer| referer.to_str().ok())
            .and_then(|referer| url::Url::parse(referer).ok())
            .is_some_and(|referer| referer.origin().ascii_serialization() == *self.0)
    }
}

pub async fn refuse_cross_site(
    State(site): State<SiteOrigin>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) || site.accepts(&request)
    {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), "refused a request from another site");
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "This form was sent from another website, so it has been refused. \
         Go back to the neighbourhood policing website and try again.",
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder().method("POST").uri("/fn/sign-out");
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        builder.body(Body::empty()).unwrap()
    }

    #[test]
    fn only_the_sites_own_origin_or_referer_is_accepted() {
        let site = SiteOrigin::of("https://portal.example.uk").unwrap();
        assert!(site.accepts(&post(&[("origin", "https://portal.example.uk")])));
        assert!(site.accepts(&post(&[("referer", "https://portal.example.uk/account")])));
        assert!(!site.accepts(&post(&[("origin", "https://evil.example")])));
        assert!(!site.accepts(&post(&[("origin", "null")])));
        assert!(!site.accepts(&post(&[("origin", "http://portal.example.uk")])));
        assert!(!site.accepts(&post(&[(
            "referer",
            "https://portal.example.uk.evil.example/"
        )])));
        assert!(!site.accepts(&post(&[])));
    }
}
