//! The confidence survey offered where a resident has just met their team: a closed concern, a
//! surgery they came to.

use crate::t;
use leptos::prelude::*;

/// "How do you feel about policing here?", linking to the survey at `path`.
#[component]
pub fn SurveyInvitation(path: String) -> impl IntoView {
    view! {
        <div class="inset-text">
            <p><a href=path>{t!("survey-invite")}</a></p>
        </div>
    }
}
