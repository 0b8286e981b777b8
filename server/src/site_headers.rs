//! The headers every answer carries: framing refused, the referrer trimmed, content types not
//! guessed, a Content-Security-Policy where an answer sets none of its own, and on an https site
//! Strict Transport Security. Rendered pages name their script nonce in a policy of their own;
//! any other HTML gets the site's page policy, and everything else (data, feeds, files) the data
//! policy, which lets nothing load: only a page ever loads anything.
//!
//! Set all at once on the way out (the router applies `SiteHeaders::add_to` with tower's
//! `map_response`), rather than by one `SetResponseHeader` layer per header: every answer passes
//! each layer, and each moved the whole response once more (the postcode lookup, the most
//! asked-for answer, spent a measurable share of its time on that).

use axum::http::{HeaderValue, Response, StatusCode, header};

pub struct SiteHeaders {
    page_policy: HeaderValue,
    /// Sent only by a site served over https.
    strict_transport: Option<HeaderValue>,
}

impl SiteHeaders {
    pub fn new(page_policy: HeaderValue, https: bool) -> Self {
        Self {
            page_policy,
            strict_transport: https
                .then(|| HeaderValue::from_static("max-age=31536000; includeSubDomains")),
        }
    }

    pub fn add_to<B>(&self, response: &mut Response<B>) {
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
                self.page_policy.clone()
            } else {
                HeaderValue::from_static(app::security::DATA_POLICY)
            };
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        if let Some(strict_transport) = &self.strict_transport {
            headers.insert(header::STRICT_TRANSPORT_SECURITY, strict_transport.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderMap;

    fn answer(
        site: &SiteHeaders,
        status: StatusCode,
        kind: Option<&'static str>,
        own_policy: Option<&'static str>,
    ) -> HeaderMap {
        let mut response = Response::new(());
        *response.status_mut() = status;
        if let Some(kind) = kind {
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
        }
        if let Some(policy) = own_policy {
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(policy),
            );
        }
        site.add_to(&mut response);
        response.headers().clone()
    }

    fn site(https: bool) -> SiteHeaders {
        SiteHeaders::new(HeaderValue::from_static("default-src 'self'"), https)
    }

    #[test]
    fn every_answer_gets_the_site_headers_and_keeps_a_policy_of_its_own() {
        let plain = answer(
            &site(false),
            StatusCode::OK,
            Some("text/html; charset=utf-8"),
            None,
        );
        assert_eq!(plain[header::X_FRAME_OPTIONS], "DENY");
        assert_eq!(plain[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(
            plain[header::REFERRER_POLICY],
            "strict-origin-when-cross-origin"
        );
        assert_eq!(plain[header::CONTENT_SECURITY_POLICY], "default-src 'self'");
        assert!(!plain.contains_key(header::STRICT_TRANSPORT_SECURITY));

        let page = answer(
            &site(false),
            StatusCode::OK,
            Some("text/html"),
            Some("script-src 'nonce-abc'"),
        );
        assert_eq!(
            page[header::CONTENT_SECURITY_POLICY],
            "script-src 'nonce-abc'"
        );
    }

    #[test]
    fn data_files_and_feeds_get_a_policy_that_lets_nothing_load() {
        for kind in ["application/json", "application/atom+xml", "text/css"] {
            let headers = answer(&site(false), StatusCode::OK, Some(kind), None);
            assert_eq!(
                headers[header::CONTENT_SECURITY_POLICY],
                app::security::DATA_POLICY,
                "{kind}"
            );
        }
    }

    #[test]
    fn a_not_modified_answer_leaves_the_kept_copy_its_own_policy() {
        let headers = answer(&site(false), StatusCode::NOT_MODIFIED, None, None);
        assert!(!headers.contains_key(header::CONTENT_SECURITY_POLICY));
        assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    }

    #[test]
    fn an_https_site_tells_browsers_never_to_use_plain_http() {
        let headers = answer(&site(true), StatusCode::OK, Some("application/json"), None);
        assert_eq!(
            headers[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000; includeSubDomains"
        );
    }
}
