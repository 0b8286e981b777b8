//! The panel before and after raising a concern: the portal is not for emergencies or for
//! reporting crimes, which go to the force's own reporting page.

use leptos::prelude::*;

#[component]
pub fn NotForEmergencies() -> impl IntoView {
    // The force's name and website, from the data already in memory.
    let force = use_context::<crate::state::PortalState>()
        .and_then(|state| state.gazetteer.current().force.clone())
        .filter(|force| !force.url.is_empty());
    let report = match force {
        Some(force) => view! {
            <p>"To report a crime, call 101 or "<a href=force.url>{format!("report it online on the {} website", force.name)}</a>"."</p>
        }
        .into_any(),
        None => view! { <p>"To report a crime, call 101 or report it on the police force's website."</p> }
            .into_any(),
    };
    view! {
        <div class="warning-text" role="note">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <div class="warning-text__text">
                <strong><span class="visually-hidden">"Warning: "</span>"This is not for emergencies or for reporting a crime."</strong>
                <p>"If a crime is happening now or someone is in danger, call 999."</p>
                {report}
                <p>"If you are deaf or hard of hearing, text 999 after registering with emergencySMS, or use textphone 18000."</p>
            </div>
        </div>
    }
}
