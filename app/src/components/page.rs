//! The shell every page shares: a page reads what it shows (calling the services directly, on
//! the server) and either renders it or says why not. Why not is one type, `PageError`, and the
//! HTTP status for each answer is set here and nowhere else.

use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// Why a page cannot be shown as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageError {
    /// 404: there is no such thing (or it is not public).
    NotFound,
    /// 403: signed in, but not allowed to see this.
    Forbidden,
    /// 302 to another page: sign in first, or the step that comes before this one.
    Redirect(String),
    /// 500: the service failed; the cause has been logged.
    Fault,
}

/// A fault has already been logged by `state::fault`, with its whole cause chain.
impl From<ServerFnError> for PageError {
    fn from(_: ServerFnError) -> Self {
        PageError::Fault
    }
}

/// Renders a page: `load` reads what the page shows (on the server, calling the services) and
/// `render` turns it into the view. The whole page is rendered before the response starts, so
/// its status and headers can still be set.
pub fn page<T, Fut, V>(
    load: impl Fn() -> Fut + Send + Sync + 'static,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, PageError>> + Send + 'static,
    V: IntoView + 'static,
{
    let data: Resource<_, StaysOnServer> = Resource::new_with_options(|| (), move |_| load(), true);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => error_page(error),
                    }
                })
            }}
        </Suspense>
    }
}

/// A parameter of the page's route (`:code` in `/neighbourhoods/:code`), or "" if absent.
pub fn route_param(name: &str) -> String {
    leptos_router::hooks::use_params_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// The "encoding" of what pages read: nothing. Pages are not hydrated, so their data never goes
/// to the browser; Leptos would otherwise serialise all of it into every page.
pub struct StaysOnServer;

/// A browser never asks for page data.
#[derive(Debug)]
pub struct NeverSent;

impl<T> codee::Encoder<T> for StaysOnServer {
    type Error = std::convert::Infallible;
    type Encoded = String;

    fn encode(_: &T) -> Result<String, Self::Error> {
        Ok(String::new())
    }
}

impl<T> codee::Decoder<T> for StaysOnServer {
    type Error = NeverSent;
    type Encoded = str;

    fn decode(_: &str) -> Result<T, NeverSent> {
        Err(NeverSent)
    }
}

fn set_status(status: http::StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

fn error_page(error: PageError) -> AnyView {
    match error {
        PageError::NotFound => view! { <NotFound /> }.into_any(),
        PageError::Forbidden => {
            set_status(http::StatusCode::FORBIDDEN);
            view! {
                <Title text=t!("forbidden-title") />
                <h1 class="heading-l">{t!("forbidden-title")}</h1>
                <p>{t!("forbidden-body")}</p>
                <p><a href="/staff">{t!("forbidden-link")}</a></p>
            }
            .into_any()
        }
        PageError::Redirect(path) => {
            leptos_axum::redirect(&path);
            ().into_any()
        }
        PageError::Fault => {
            set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
            view! {
                <Title text=t!("fault-title") />
                <h1 class="heading-l">{t!("fault-title")}</h1>
                <p>{t!("fault-try-later")}</p>
                <p>{t!("fault-emergency")}</p>
            }
            .into_any()
        }
    }
}

/// GOV.UK "page not found", answered with status 404: for unknown addresses and for things
/// that do not exist.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(http::StatusCode::NOT_FOUND);
    view! {
        <Title text=t!("not-found-title") />
        <h1 class="heading-l">{t!("not-found-title")}</h1>
        <p>{t!("not-found-typed")}</p>
        <p>{t!("not-found-pasted")}</p>
        <p><a href="/">{t!("find-title")}</a></p>
    }
}
