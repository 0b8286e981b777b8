use crate::components::language::{LanguageSwitcher, UncheckedTranslation};
use crate::components::page::StaysOnServer;
use crate::i18n::Language;
use crate::pages::account::overview::SignOut;
use crate::request::RequestContext;
use crate::session::StaffSignIn;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Who the header greets: read from the session alone, so it costs no database query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Viewer {
    resident: bool,
    staff: StaffViewer,
}

/// How far the browser's member of staff is through signing in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
enum StaffViewer {
    #[default]
    None,
    /// Their password was accepted and a second factor is next: neither the residents' sign-in
    /// nor the staff pages are for them now, only finishing or signing out.
    SigningIn,
    SignedIn {
        name: String,
    },
}

async fn viewer() -> Result<Viewer, ServerFnError> {
    let context = RequestContext::new().await?;
    let staff = context
        .session
        .staff(context.now(), context.state.staff_idle_seconds)
        .await?;
    Ok(Viewer {
        resident: context.session.resident_id().await?.is_some(),
        staff: match staff {
            Some(StaffSignIn::SignedIn(signed_in)) => StaffViewer::SignedIn {
                name: signed_in.name,
            },
            Some(StaffSignIn::CodeRequired { .. } | StaffSignIn::SetUpRequired { .. }) => {
                StaffViewer::SigningIn
            }
            None => StaffViewer::None,
        },
    })
}

/// The header's links for whoever is viewing.
#[component]
fn AccountLinks(viewer: Viewer) -> impl IntoView {
    match viewer.staff {
        StaffViewer::SignedIn { name } => view! {
            <span class="site-header__who">{name}</span>
            <a href="/staff" class="site-header__link">{t!("nav-staff-dashboard")}</a>
            <a href="/staff/account" class="site-header__link">{t!("nav-your-sign-in")}</a>
            <form method="post" action=SignOut::url() class="site-header__form">
                <button type="submit" class="site-header__button">{t!("nav-sign-out")}</button>
            </form>
        }
        .into_any(),
        StaffViewer::SigningIn => view! {
            <form method="post" action=SignOut::url() class="site-header__form">
                <button type="submit" class="site-header__button">{t!("nav-sign-out")}</button>
            </form>
        }
        .into_any(),
        StaffViewer::None if viewer.resident => view! {
            <a href="/account" class="site-header__link">{t!("nav-your-account")}</a>
        }
        .into_any(),
        StaffViewer::None => {
            view! { <a href="/sign-in" class="site-header__link">{t!("nav-sign-in")}</a> }
                .into_any()
        }
    }
}

/// The header's links as a page in `language` shows them to someone not signed in, and to a
/// signed-in resident: a public page kept for everyone becomes the resident's by swapping one
/// for the other (see `server/src/page_cache.rs`).
pub fn account_links_html(language: Language) -> (String, String) {
    let links = |resident| {
        crate::i18n::render_in(language, || {
            view! { <AccountLinks viewer=Viewer { resident, staff: StaffViewer::None } /> }
                .to_html()
        })
    };
    (links(false), links(true))
}

/// Header, main landmark and footer shared by every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let viewer: Resource<_, StaysOnServer> = Resource::new_with_options(
        || (),
        |_| async { viewer().await.unwrap_or_default() },
        true,
    );
    let header_links = move || {
        Suspend::new(async move {
            view! { <AccountLinks viewer=viewer.await /> }
        })
    };
    let staff_link = move || {
        Suspend::new(async move {
            (viewer.await.staff == StaffViewer::None).then(
                || view! { <li><a href="/staff/sign-in">{t!("footer-staff-sign-in")}</a></li> },
            )
        })
    };
    view! {
        <a href="#main-content" class="skip-link">{t!("skip-to-main")}</a>
        <header class="site-header">
            <div class="width-container site-header__bar">
                <a href="/" class="site-header__service">{t!("service-name")}</a>
                <nav aria-label=t!("nav-account") class="site-header__nav">
                    <Suspense fallback=|| ()>{header_links}</Suspense>
                </nav>
            </div>
        </header>
        <LanguageSwitcher />
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1"><UncheckedTranslation /><FailedForm />{children()}</main>
        </div>
        <footer class="site-footer">
            <div class="width-container">
                <p>{t!("footer-emergency")}</p>
                <ul class="site-footer__links">
                    <li><a href="/groups">{t!("footer-groups")}</a></li>
                    <li><a href="/accessibility">{t!("footer-accessibility")}</a></li>
                    <li><a href="/privacy">{t!("footer-privacy")}</a></li>
                    <li><a href="/api">{t!("footer-open-data")}</a></li>
                    <Suspense fallback=|| ()>{staff_link}</Suspense>
                </ul>
            </div>
        </footer>
    }
}

/// The message of a form sent without JavaScript that its server function refused as a whole
/// (a fault, a refusal, fields it could not read), which the server keeps in the session for
/// the page the browser is sent back to: nobody is left wondering whether their form was sent.
#[component]
fn FailedForm() -> impl IntoView {
    let message: Resource<_, StaysOnServer> = Resource::new_with_options(
        || (),
        |_| async {
            let session = crate::session::PortalSession::from_request().await.ok()?;
            session.take_failed_form().await.ok().flatten()
        },
        true,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                message.await.map(|message| view! {
                    <div class="error-summary" tabindex="-1" autofocus=true>
                        <div role="alert">
                            <h2 class="error-summary__title">{t!("error-summary-title")}</h2>
                            <p class="body">{message}</p>
                        </div>
                    </div>
                })
            })}
        </Suspense>
    }
}
