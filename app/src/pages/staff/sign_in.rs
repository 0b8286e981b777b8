//! Staff sign in, first step: email address and password.

use crate::components::form::{FeedbackBanner, TextField, page_title, take_form_feedback};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos_meta::Title;

#[cfg(feature = "ssr")]
const FORM: &str = "staff-sign-in";

#[server(prefix = "/fn", endpoint = "staff/sign-in")]
pub async fn staff_sign_in(email: String, password: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::staff::{self, NextStep, PasswordCheck};
    use crate::session::PendingStaff;
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let typed = [("email", email.as_str())];
    let mut errors = Vec::new();
    if email.trim().is_empty() {
        errors.push(FieldError::new("email", "Enter your email address"));
    }
    if password.is_empty() {
        errors.push(FieldError::new("password", "Enter your password"));
    }
    if !errors.is_empty() {
        return context
            .reply("/staff/sign-in", FormFeedback::errors(FORM, errors, &typed))
            .await;
    }
    let client_ip = context.client_ip().await;
    let check = staff::check_password(
        &context.state.db,
        &context.state.clock,
        &email,
        &password,
        &client_ip,
    )
    .await
    .map_err(|e| fault("checking a staff password", e))?;
    let problem = match check {
        PasswordCheck::Accepted { id, then } => {
            let now = context.now();
            let next = match then {
                NextStep::SignedIn => {
                    context.session.sign_in_staff(id, now).await?;
                    leptos_axum::redirect("/staff");
                    return Ok(());
                }
                NextStep::EnterCode => "/staff/sign-in/code",
                NextStep::SetUpSecondFactor => "/staff/two-factor",
            };
            context
                .session
                .set_pending_staff(&PendingStaff { id, at: now })
                .await?;
            leptos_axum::redirect(next);
            return Ok(());
        }
        PasswordCheck::Wrong => "The email address or password is not right".to_string(),
        PasswordCheck::TryLater { minutes } => {
            crate::domain::forms::try_again_in("Too many attempts to sign in.", minutes)
        }
    };
    context
        .reply(
            "/staff/sign-in",
            FormFeedback::errors(FORM, vec![FieldError::new("email", problem)], &typed),
        )
        .await
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let feedback = Resource::new_blocking(|| (), |_| take_form_feedback());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let feedback = feedback.await.ok().flatten().unwrap_or_default();
                view! { <StaffSignInForm feedback /> }
            })}
        </Suspense>
    }
}

#[component]
fn StaffSignInForm(feedback: FormFeedback) -> impl IntoView {
    view! {
        <Title text=page_title("Staff sign in", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Staff sign in"</h1>
        <p>"For police officers, PCSOs and staff with an account from their force administrator."</p>
        <form method="post" action="/fn/staff/sign-in" novalidate>
            <TextField name="email" label="Email address" kind="email" autocomplete="username" feedback=feedback.clone() />
            <TextField name="password" label="Password" kind="password" autocomplete="current-password" feedback />
            <button type="submit" class="button">"Continue"</button>
        </form>
        <p class="hint">"Residents: "<a href="/sign-in">"sign in with your email address"</a>"."</p>
    }
}
