//! Staff sign in, first step: email address and password.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const FORM: &str = "staff-sign-in";

#[server(prefix = "/fn", endpoint = "staff/sign-in")]
pub async fn staff_sign_in(email: String, password: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::staff_auth::{self, NextStep, PasswordCheck};
    use crate::session::StaffSignIn;
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
    let check = staff_auth::check_password(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        &email,
        &password,
    )
    .await
    .map_err(|e| fault("checking a staff password", e))?;
    let problem = match check {
        PasswordCheck::Accepted { account, then } => {
            let since = context.now();
            let (state, next) = match then {
                NextStep::SignedIn => {
                    context.sign_in_staff(&account).await?;
                    leptos_axum::redirect("/staff");
                    return Ok(());
                }
                NextStep::EnterCode => (
                    StaffSignIn::CodeRequired {
                        id: account.id,
                        since,
                    },
                    "/staff/sign-in/code",
                ),
                NextStep::SetUpSecondFactor => (
                    StaffSignIn::SetUpRequired {
                        id: account.id,
                        since,
                    },
                    "/staff/two-factor",
                ),
            };
            context.session.set_staff(&state).await?;
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
    page(
        crate::request::feedback,
        |feedback| view! { <StaffSignInForm feedback /> },
    )
}

#[component]
fn StaffSignInForm(feedback: FormFeedback) -> impl IntoView {
    view! {
        <Title text=page_title("Staff sign in", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Staff sign in"</h1>
        <p>"For police officers, PCSOs and staff with an account from their force administrator."</p>
        <form method="post" action=StaffSignIn::url() novalidate>
            <TextField name="email" label="Email address" kind="email" autocomplete="username" feedback=feedback.clone() />
            <TextField name="password" label="Password" kind="password" autocomplete="current-password" feedback />
            <button type="submit" class="button">"Continue"</button>
        </form>
        <p><a href="/staff/forgot-password">"I have forgotten my password"</a></p>
        <p class="hint">"Residents: "<a href="/sign-in">"sign in with your email address"</a>"."</p>
    }
}
