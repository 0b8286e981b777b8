//! The language each page is answered in, chosen once per request: the one the browser chose
//! before (its `portal_language` cookie), if the force still offers it; else the best match for
//! its `Accept-Language`; else English. Pages and server functions read it from the request
//! (`app::i18n::current`), and the page cache keeps a copy of each page per language.

use app::i18n::{COOKIE, Language, Languages};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// The language asked for in a request's cookie, if any.
fn chosen(request: &Request) -> Option<&str> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == COOKIE).then_some(value)
        })
}

/// Whether a request's cookies are the language's alone: it is then a visitor's, as the page
/// cache sees it. A cookie that cannot be read counts as another.
pub fn only_the_language_cookie(request: &Request) -> bool {
    let mut found = false;
    for value in request.headers().get_all(header::COOKIE) {
        let Ok(value) = value.to_str() else {
            return false;
        };
        for pair in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            match pair.split_once('=') {
                Some((name, _)) if name == COOKIE => found = true,
                _ => return false,
            }
        }
    }
    found
}

pub async fn choose(
    State(languages): State<Languages>,
    mut request: Request,
    next: Next,
) -> Response {
    let language = languages.choose(
        chosen(&request),
        request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    );
    request.extensions_mut().insert(language);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(language.tag()),
    );
    // Another browser's languages or cookie may be answered in another language.
    headers.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
}

/// The language a request was answered in (English outside the pages).
pub fn of(request: &Request) -> Language {
    request
        .extensions()
        .get::<Language>()
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn with_cookies(cookies: &str) -> Request {
        Request::builder()
            .header(header::COOKIE, cookies)
            .body(Body::empty())
            .unwrap()
    }

    #[test]
    fn the_language_cookie_is_read_among_others() {
        let request = with_cookies("portal_session=abc; portal_language=cy");
        assert_eq!(chosen(&request), Some("cy"));
        assert!(!only_the_language_cookie(&request));
        assert!(only_the_language_cookie(&with_cookies(
            "portal_language=ur"
        )));
        let unreadable = Request::builder()
            .header(header::COOKIE, "portal_language=ur")
            .header(
                header::COOKIE,
                HeaderValue::from_bytes(b"portal_session=\xe9").unwrap(),
            )
            .body(Body::empty())
            .unwrap();
        assert!(!only_the_language_cookie(&unreadable));
        assert!(!only_the_language_cookie(&Request::new(Body::empty())));
        assert_eq!(chosen(&with_cookies("other_language=ur")), None);
    }
}
