//! Form pieces in the GOV.UK pattern: fields with their label, hint and error, and the feedback
//! (error summary or confirmation) left by the last form sent.

use crate::components::error_summary::ErrorSummary;
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;

/// The feedback for this page, taken from the session (once).
#[server(prefix = "/fn", endpoint = "form-feedback")]
pub async fn take_form_feedback() -> Result<Option<FormFeedback>, ServerFnError> {
    let session = crate::session::PortalSession::from_request().await?;
    session.take_feedback().await
}

/// The error summary when the last form had problems, or its confirmation when it worked.
#[component]
pub fn FeedbackBanner(feedback: FormFeedback) -> impl IntoView {
    if !feedback.errors.is_empty() {
        return view! { <ErrorSummary errors=feedback.errors /> }.into_any();
    }
    match feedback.notice {
        Some(notice) => view! {
            <div class="notification-banner notification-banner--success" role="alert">
                <p class="notification-banner__heading">{notice}</p>
            </div>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// A labelled text input, showing its error and the value typed last time.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    feedback: FormFeedback,
    #[prop(optional)] hint: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(optional)] value: String,
    #[prop(default = "input")] class: &'static str,
) -> impl IntoView {
    let error = feedback.error(name);
    let typed = feedback.value(name);
    // A password is never sent back to the browser.
    let value = if kind == "password" {
        String::new()
    } else if typed.is_empty() {
        value
    } else {
        typed
    };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [
        (!hint.is_empty()).then(|| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let has_error = error.is_some();
    view! {
        <div class="form-group" class:form-group--error=has_error>
            <label class="label" for=name>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p id=hint_id class="hint">{hint}</p> })}
            {error.map(|message| view! {
                <p id=error_id class="error-message">
                    <span class="visually-hidden">"Error: "</span>{message}
                </p>
            })}
            <input
                class=class
                class:input--error=has_error
                id=name
                name=name
                type=kind
                autocomplete=(!autocomplete.is_empty()).then_some(autocomplete)
                spellcheck="false"
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                value=value
            />
        </div>
    }
}

/// A page title, prefixed "Error: " when the form on it had problems.
pub fn page_title(title: &str, feedback: &FormFeedback) -> String {
    if feedback.errors.is_empty() {
        title.to_string()
    } else {
        format!("Error: {title}")
    }
}
