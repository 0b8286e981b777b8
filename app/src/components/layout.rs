use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Who the header greets: read from the session alone, so it costs no database query.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub resident: bool,
    pub staff: bool,
}

#[server(prefix = "/fn", endpoint = "signed-in")]
pub async fn signed_in() -> Result<Viewer, ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    Ok(Viewer {
        resident: context.session.resident_id().await?.is_some(),
        staff: context.session.staff_id(context.now()).await?.is_some(),
    })
}

/// Header, main landmark and footer shared by every page.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    // Read again on each navigation, so signing in or out shows in the header.
    let signed_in = Resource::new_blocking(move || location.pathname.get(), |_| signed_in());
    view! {
        <a href="#main-content" class="skip-link">"Skip to main content"</a>
        <header class="site-header">
            <div class="width-container site-header__bar">
                <a href="/" class="site-header__service">"Neighbourhood policing"</a>
                <nav aria-label="Account" class="site-header__nav">
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            let who = signed_in.await.unwrap_or_default();
                            view! {
                                {who.staff.then(|| view! { <a href="/staff" class="site-header__link">"Staff dashboard"</a> })}
                                {if who.resident {
                                    view! { <a href="/account" class="site-header__link">"Your account"</a> }.into_any()
                                } else {
                                    view! { <a href="/sign-in" class="site-header__link">"Sign in"</a> }.into_any()
                                }}
                            }
                        })}
                    </Suspense>
                </nav>
            </div>
        </header>
        <div class="width-container">
            <main id="main-content" class="main" tabindex="-1">{children()}</main>
        </div>
        <footer class="site-footer">
            <div class="width-container">
                <p>"In an emergency, call 999. To report a crime or contact the police when it is not an emergency, call 101."</p>
                <p><a href="/staff/sign-in">"Staff sign in"</a></p>
            </div>
        </footer>
    }
}
