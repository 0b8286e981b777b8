//! The panel before and after raising a concern: the portal is not for emergencies or for
//! reporting crimes.

use leptos::prelude::*;

#[component]
pub fn NotForEmergencies() -> impl IntoView {
    view! {
        <div class="warning-text" role="note">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <div class="warning-text__text">
                <strong><span class="visually-hidden">"Warning: "</span>"This is not for emergencies or for reporting a crime."</strong>
                <p>"If a crime is happening now or someone is in danger, call 999."</p>
                <p>"To report a crime, call 101 or report it on the police force's website. If you are deaf or hard of hearing, text 999 after registering with emergencySMS, or use textphone 18000."</p>
            </div>
        </div>
    }
}
