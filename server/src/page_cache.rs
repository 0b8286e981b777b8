//! Public pages as sent to someone not signed in, kept for a minute: the home page, the
//! neighbourhood pages and their "How we're doing" figures, and the statements every page links
//! to. They are the same for every visitor without a session, so they are rendered once and sent
//! again until what they show changes (the public pages' revision moves on) or a minute passes.
//!
//! Only requests without a cookie or a query are answered from here, and only complete pages
//! without a script or a cookie of their own are kept.
//!
//! A resident signed in gets the same pages from the same kind of copy, made theirs: the
//! header's "Sign in" becomes "Your account", and a neighbourhood page's place for what is
//! theirs there is filled from one query (`services::yours_here`). Anything else in the session
//! (a member of staff, a message for the page) and the page is rendered afresh.

use app::i18n::Language;
use app::services::session_store::{DatabaseSessionStore, SessionStamps};
use app::services::yours_here::Yours;
use app::session::PortalSession;
use app::state::PortalState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::Bytes;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, RwLock};
use tower_sessions::{Expiry, Session};

/// How long, in seconds on the portal's clock, a page is sent again before it is rendered
/// afresh, for what changes with time rather than with an edit.
const FRESH_FOR: i64 = 60;

/// More pages than a force has neighbourhoods, times the encodings browsers ask for.
const MOST_PAGES: usize = 20_000;

/// Signed-in residents' pages kept for them, at most (about 10 KB each, compressed).
const MOST_PRIVATE_PAGES: usize = 5_000;

#[derive(Clone)]
pub struct PageCache {
    state: PortalState,
    /// The Content-Security-Policy a kept page is sent with: no script nonce, as it is sent to
    /// many (its maps' tile server included).
    policy: HeaderValue,
    kept: Kept<Key>,
    /// Public pages as made for a signed-in resident, as sent (compressed), for the same
    /// browser's session as it is now (its cookies name the session and its stamp).
    private: Kept<Key>,
    /// Pages as rendered for someone not signed in, uncompressed, by address and language:
    /// what a signed-in resident's copy is made from.
    templates: Kept<(String, Language)>,
    /// For the session a template is rendered with: none, as for a visitor.
    sessions: DatabaseSessionStore,
    /// The visitor's and the resident's header links, rendered once in each language.
    account_links: Arc<HashMap<Language, (String, String)>>,
    /// A neighbourhood page's place for what is a resident's, as the visitors' page has it
    /// (empty), rendered once in each language.
    empty_yours_here: Arc<HashMap<Language, String>>,
    /// What is a resident's in a neighbourhood, by resident, neighbourhood and the stamp of
    /// their session: anything they do in their browser gives a new stamp, and anything else
    /// (a team cancelling a surgery) shows within the minute, as on the page itself.
    yours: Kept<(i32, i32, i64), Vec<Yours>>,
}

/// A page, in the language and the encoding this browser asked for; for a signed-in resident,
/// with their browser's cookies.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    language: Language,
    accept_encoding: Option<HeaderValue>,
    cookies: Option<HeaderValue>,
}

/// Marks a page made a resident's from the kept copy, which may be kept for their browser
/// until a minute after `at`, when the oldest of what it was made from was made.
#[derive(Clone, Copy)]
struct MadeTheirs {
    at: i64,
}

#[derive(Clone)]
struct Page {
    headers: HeaderMap,
    body: Bytes,
}

/// What was made at the public pages' `revision` (their generation, `PublicPages::generation`),
/// at `at` on the portal's clock.
#[derive(Clone)]
struct Made<V> {
    revision: i64,
    at: i64,
    value: V,
}

/// Pages (or their parts) kept until the public pages' revision moves on or a minute passes;
/// at most `most`, after which all are forgotten and kept afresh.
struct Kept<K, V = Page> {
    made: Arc<RwLock<HashMap<K, Made<V>>>>,
    most: usize,
}

impl<K, V> Clone for Kept<K, V> {
    fn clone(&self) -> Self {
        Self {
            made: self.made.clone(),
            most: self.most,
        }
    }
}

impl<K: Hash + Eq, V: Clone> Kept<K, V> {
    fn new(most: usize) -> Self {
        Self {
            made: Arc::default(),
            most,
        }
    }

    fn fresh(&self, key: &K, revision: i64, now: i64) -> Option<Made<V>> {
        self.made
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(key)
            .filter(|made| {
                made.revision == revision && (made.at..made.at + FRESH_FOR).contains(&now)
            })
            .cloned()
    }

    fn keep(&self, key: K, made: Made<V>) {
        let mut kept = self
            .made
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if kept.len() >= self.most {
            kept.clear();
        }
        kept.insert(key, made);
    }
}

impl PageCache {
    pub fn new(state: PortalState, sessions: DatabaseSessionStore, policy: HeaderValue) -> Self {
        Self {
            state,
            policy,
            kept: Kept::new(MOST_PAGES),
            private: Kept::new(MOST_PRIVATE_PAGES),
            templates: Kept::new(MOST_PAGES),
            yours: Kept::new(MOST_PAGES),
            sessions,
            account_links: Arc::new(
                Language::ALL
                    .into_iter()
                    .map(|l| (l, app::components::layout::account_links_html(l)))
                    .collect(),
            ),
            empty_yours_here: Arc::new(
                Language::ALL
                    .into_iter()
                    .map(|l| (l, app::components::yours_here::yours_here_html(l, None)))
                    .collect(),
            ),
        }
    }

    /// A response rendered from the public pages at `revision`, if it can be kept for
    /// everyone: complete, without a script or a cookie of its own; sent with the policy for
    /// pages sent to many.
    async fn keepable(&self, response: Response, revision: i64) -> Result<Made<Page>, Response> {
        if response.status() != StatusCode::OK
            || response.headers().contains_key(header::SET_COOKIE)
        {
            return Err(response);
        }
        let mut page = whole(response).await?;
        // A page with a script goes out as rendered, with the policy naming its own nonce.
        if page.body.windows(7).any(|w| w == b"<script") {
            return Err(send(page));
        }
        // Sent to many, a page carries no per-response nonce: it has no inline script to allow.
        page.headers
            .insert(header::CONTENT_SECURITY_POLICY, self.policy.clone());
        Ok(Made {
            revision,
            at: self.state.clock.now(),
            value: page,
        })
    }
}

/// A response read whole; too large to keep, it is sent on without its body.
async fn whole(response: Response) -> Result<Page, Response> {
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, 4 * 1024 * 1024).await {
        Ok(body) => Ok(Page {
            headers: parts.headers,
            body,
        }),
        Err(_) => Err(Response::from_parts(parts, Body::empty())),
    }
}

fn send(page: Page) -> Response {
    let mut response = Response::new(Body::from(page.body));
    *response.headers_mut() = page.headers;
    response
}

/// A request this cache can answer: `GET` of a page the same for everyone not signed in, with
/// no query (a query always has the page rendered for the request).
fn asks_for_a_public_page(request: &Request) -> bool {
    request.method() == Method::GET
        && request.uri().query().is_none()
        && is_public_page(request.uri().path())
}

/// The pages that are the same for everyone not signed in.
fn is_public_page(path: &str) -> bool {
    matches!(path, "/" | "/accessibility" | "/privacy")
        || path
            .strip_prefix("/neighbourhoods/")
            .map(|rest| rest.strip_suffix("/how-we-are-doing").unwrap_or(rest))
            .is_some_and(|code| !code.is_empty() && !code.contains('/'))
}

/// Where someone signs in, or is signed in: never the same for everyone, even before the
/// session begins (a second factor's secret is shown before the sign-in is complete).
fn is_personal_path(path: &str) -> bool {
    ["/sign-in", "/staff", "/account"].iter().any(|prefix| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Pages and form answers that belong to one browser, being part of a session or a sign-in,
/// are stored by no browser or proxy (`Cache-Control: no-store`); only what anyone without a
/// session would see may be kept.
pub async fn private_unless_anonymous(request: Request, next: Next) -> Response {
    // A page opened from an emailed link (`?token=…`) is for whoever holds the link.
    let from_a_link = request
        .uri()
        .query()
        .is_some_and(|query| query.split('&').any(|pair| pair.starts_with("token=")));
    let personal = is_personal_path(request.uri().path())
        || from_a_link
        || request.headers().contains_key(header::COOKIE);
    let mut response = next.run(request).await;
    if personal || response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

pub async fn serve(State(cache): State<PageCache>, request: Request, next: Next) -> Response {
    // A browser whose only cookie remembers its language is a visitor still: the language is
    // chosen already, and the page is rendered without the cookie, as for any visitor.
    let mut request = request;
    if crate::language::only_the_language_cookie(&request) {
        request.headers_mut().remove(header::COOKIE);
    }
    // Every Cookie field, as the session and its stamp are read from all of them.
    let cookies = request
        .headers()
        .contains_key(header::COOKIE)
        .then(|| {
            let fields: Vec<&[u8]> = request
                .headers()
                .get_all(header::COOKIE)
                .iter()
                .map(HeaderValue::as_bytes)
                .collect();
            HeaderValue::from_bytes(&fields.join(&b"; "[..]))
        })
        .transpose();
    let Ok(cookies) = cookies else {
        return next.run(request).await;
    };
    // A browser's cookies name its session as it is now only with the session's stamp: any
    // change to the session gives a new one.
    let stamped = cookies.is_none() || crate::session_stamps::shown_stamp(&request).is_some();
    if !(stamped && asks_for_a_public_page(&request)) {
        return next.run(request).await;
    }
    let kept = if cookies.is_some() {
        &cache.private
    } else {
        &cache.kept
    };
    let key = Key {
        path: request.uri().path().to_string(),
        language: crate::language::of(&request),
        accept_encoding: request.headers().get(header::ACCEPT_ENCODING).cloned(),
        cookies,
    };
    let revision = cache.state.public_pages.generation();
    if let Some(made) = kept.fresh(&key, revision, cache.state.clock.now()) {
        return send(made.value);
    }
    let response = next.run(request).await;
    if key.cookies.is_some() {
        return cache.keep_private(key, response, revision).await;
    }
    match cache.keepable(response, revision).await {
        Ok(made) => {
            let page = made.value.clone();
            cache.kept.keep(key, made);
            send(page)
        }
        Err(response) => response,
    }
}

/// Inside the session layer: a public page for a signed-in resident, from the copy kept for
/// visitors with what is theirs put in; anything else goes on to be rendered.
pub async fn serve_signed_in(
    State(cache): State<PageCache>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    if !asks_for_a_public_page(&request) {
        return next.run(request).await;
    }
    let path = request.uri().path().to_string();
    let language = crate::language::of(&request);
    let Ok(Some(resident)) = PortalSession::new(session).resident_alone().await else {
        return next.run(request).await;
    };
    let revision = cache.state.public_pages.generation();
    let template_key = (path.clone(), language);
    let template = match cache
        .templates
        .fresh(&template_key, revision, cache.state.clock.now())
    {
        Some(template) => template,
        None => match cache
            .keepable(next.clone().run(cache.as_visitor(&request)).await, revision)
            .await
        {
            Ok(made) => {
                cache.templates.keep(template_key, made.clone());
                made
            }
            Err(_) => return next.run(request).await,
        },
    };
    match cache
        .made_theirs(&path, language, template, resident, revision)
        .await
    {
        Ok(Some(made)) => {
            let mut response = send(made.value);
            response.extensions_mut().insert(MadeTheirs { at: made.at });
            response
        }
        Ok(None) => next.run(request).await,
        Err(error) => {
            tracing::error!(%error, "could not read what a resident has on a page");
            next.run(request).await
        }
    }
}

impl PageCache {
    /// Keeps a page made a resident's from the kept copy, as sent, for their browser.
    async fn keep_private(&self, key: Key, response: Response, revision: i64) -> Response {
        let Some(&MadeTheirs { at }) = response.extensions().get::<MadeTheirs>() else {
            return response;
        };
        if response.status() != StatusCode::OK {
            return response;
        }
        let page = match whole(response).await {
            Ok(page) => page,
            Err(response) => return response,
        };
        self.private.keep(
            key,
            Made {
                revision,
                at,
                value: page.clone(),
            },
        );
        send(page)
    }

    /// The same page asked for by a visitor without a session: nothing of the resident's
    /// request (its cookies, its other headers and extensions) goes into what is kept for all.
    fn as_visitor(&self, request: &Request) -> Request {
        let mut visitor = Request::new(Body::empty());
        *visitor.method_mut() = Method::GET;
        *visitor.uri_mut() = request.uri().clone();
        for name in [header::HOST, header::ACCEPT] {
            if let Some(value) = request.headers().get(&name) {
                visitor.headers_mut().insert(name, value.clone());
            }
        }
        visitor
            .extensions_mut()
            .insert(crate::language::of(request));
        if let Some(address) = request
            .extensions()
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        {
            visitor.extensions_mut().insert(*address);
        }
        visitor.extensions_mut().insert(Session::new(
            None,
            Arc::new(self.sessions.clone()),
            Some(Expiry::OnSessionEnd),
        ));
        visitor
    }

    /// The visitors' `template` of the page at `path`, made the resident's, as old as the
    /// oldest part it was made from; `None` when the template does not have the places to fill
    /// (then the page is rendered for them).
    async fn made_theirs(
        &self,
        path: &str,
        language: Language,
        template: Made<Page>,
        resident: app::domain::ids::ResidentId,
        revision: i64,
    ) -> Result<Option<Made<Page>>, sea_orm::DbErr> {
        let mut at = template.at;
        let template = template.value;
        let Ok(html) = std::str::from_utf8(&template.body) else {
            return Ok(None);
        };
        let (visitors_links, residents_links) = &self.account_links[&language];
        let Some(mut html) = swap_once(html, visitors_links, residents_links) else {
            return Ok(None);
        };
        if let Some(code) = path
            .strip_prefix("/neighbourhoods/")
            .filter(|code| !code.contains('/'))
        {
            let state = &self.state;
            let Some(page) = state.public_pages.neighbourhood(&state.db, code).await? else {
                return Ok(None);
            };
            let yours = self.yours(resident, page.details.id, revision).await?;
            at = at.min(yours.at);
            let filled = app::components::yours_here::yours_here_html(language, Some(yours.value));
            let Some(filled) = swap_once(&html, &self.empty_yours_here[&language], &filled) else {
                return Ok(None);
            };
            html = filled;
        }
        let mut headers = template.headers;
        headers.remove(header::CONTENT_LENGTH);
        Ok(Some(Made {
            revision,
            at,
            value: Page {
                body: Bytes::from(html),
                headers,
            },
        }))
    }

    /// What is the resident's in a neighbourhood: as read for the same session within the
    /// minute, or read now.
    async fn yours(
        &self,
        resident: app::domain::ids::ResidentId,
        neighbourhood_id: i32,
        revision: i64,
    ) -> Result<Made<Vec<Yours>>, sea_orm::DbErr> {
        let now = self.state.clock.now();
        let key = SessionStamps::current().map(|stamp| (resident.get(), neighbourhood_id, stamp));
        if let Some(kept) = key.and_then(|key| self.yours.fresh(&key, revision, now)) {
            return Ok(kept);
        }
        let yours = app::services::yours_here::in_neighbourhood(
            &self.state.db,
            resident,
            neighbourhood_id,
            now,
        )
        .await?;
        let made = Made {
            revision,
            at: now,
            value: yours,
        };
        if let Some(key) = key {
            self.yours.keep(key, made.clone());
        }
        Ok(made)
    }
}

/// `html` with its one `from` replaced by `to`; `None` unless `from` is there exactly once.
fn swap_once(html: &str, from: &str, to: &str) -> Option<String> {
    let at = html.find(from)?;
    if html[at + from.len()..].contains(from) {
        return None;
    }
    Some(format!("{}{to}{}", &html[..at], &html[at + from.len()..]))
}

#[cfg(test)]
mod tests {
    use super::{is_personal_path, is_public_page};

    #[test]
    fn every_sign_in_step_and_signed_in_page_is_personal() {
        for path in [
            "/sign-in",
            "/sign-in/confirm",
            "/staff",
            "/staff/sign-in/code",
            "/staff/two-factor",
            "/staff/reset-password",
            "/account",
            "/account/bookings/SRG-1",
        ] {
            assert!(is_personal_path(path), "{path}");
        }
        for path in [
            "/",
            "/neighbourhoods/BW003",
            "/staffing",
            "/accounts",
            "/votes/1",
        ] {
            assert!(!is_personal_path(path), "{path}");
        }
    }

    #[test]
    fn only_pages_the_same_for_everyone_are_kept() {
        for path in [
            "/",
            "/neighbourhoods/BW003",
            "/neighbourhoods/BW003/how-we-are-doing",
            "/accessibility",
            "/privacy",
        ] {
            assert!(is_public_page(path), "{path}");
        }
        for path in [
            "/account",
            "/sign-in",
            "/staff",
            "/neighbourhoods/",
            "/neighbourhoods/BW003/x",
            "/neighbourhoods//how-we-are-doing",
            "/staff/neighbourhoods/BW003",
        ] {
            assert!(!is_public_page(path), "{path}");
        }
    }
}
