//! The panel before and after raising a concern: the portal is not for emergencies or for
//! reporting crimes, which go to the force's own reporting page.

use crate::components::page::StaysOnServer;
use leptos::prelude::*;

/// Where crimes are reported online: the force's name and website.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Reporting {
    force: String,
    url: String,
}

async fn reporting() -> Reporting {
    crate::state::PortalState::from_context()
        .ok()
        .and_then(|state| state.gazetteer.current().force.clone())
        .map(|force| Reporting {
            force: force.name,
            url: force.url,
        })
        .unwrap_or_default()
}

#[component]
pub fn NotForEmergencies() -> impl IntoView {
    let reporting: Resource<_, StaysOnServer> =
        Resource::new_with_options(|| (), |_| reporting(), true);
    let report = move || {
        Suspend::new(async move {
            let Reporting { force, url } = reporting.await;
            if url.is_empty() {
                view! { <p>"To report a crime, call 101 or report it on the police force's website."</p> }
                    .into_any()
            } else {
                view! {
                    <p>"To report a crime, call 101 or "<a href=url>{format!("report it online on the {force} website")}</a>"."</p>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="warning-text" role="note">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <div class="warning-text__text">
                <strong><span class="visually-hidden">"Warning: "</span>"This is not for emergencies or for reporting a crime."</strong>
                <p>"If a crime is happening now or someone is in danger, call 999."</p>
                <Suspense fallback=|| ()>{report}</Suspense>
                <p>"If you are deaf or hard of hearing, text 999 after registering with emergencySMS, or use textphone 18000."</p>
            </div>
        </div>
    }
}
