//! Staff sign in, second step: the six-digit code from the member's authenticator app.

use crate::components::form::{FeedbackBanner, SecurityCodeField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const FORM: &str = "staff-code";

#[server(prefix = "/fn", endpoint = "staff/sign-in/code")]
pub async fn staff_enter_code(code: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::request::StaffState;
    use crate::services::staff_auth::{self, CodeCheck};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    // Only someone whose password was just accepted, and whose account has a second factor.
    let Some(StaffState::CodeRequired { id }) = context.staff_state().await? else {
        return context
            .reply(
                "/staff/sign-in",
                FormFeedback::errors(
                    "staff-sign-in",
                    vec![FieldError::new(
                        "email",
                        "Your sign in timed out. Enter your email address and password again.",
                    )],
                    &[],
                ),
            )
            .await;
    };
    if code.trim().is_empty() {
        return context
            .reply(
                "/staff/sign-in/code",
                FormFeedback::errors(
                    FORM,
                    vec![FieldError::new(
                        "code",
                        "Enter the code from your authenticator app",
                    )],
                    &[],
                ),
            )
            .await;
    }
    let client_ip = context.client_ip().await;
    let check = staff_auth::check_code(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        id,
        &code,
    )
    .await
    .map_err(|e| fault("checking a staff code", e))?;
    let problem = match check {
        CodeCheck::Accepted => {
            context.sign_in_staff_by_id(id).await?;
            leptos_axum::redirect("/staff");
            return Ok(());
        }
        CodeCheck::Wrong => {
            "The code is not right, or has been used. Enter the code your app shows now."
                .to_string()
        }
        CodeCheck::TryLater { minutes } => {
            crate::domain::forms::try_again_in("Too many attempts to sign in.", minutes)
        }
    };
    context
        .reply(
            "/staff/sign-in/code",
            FormFeedback::errors(FORM, vec![FieldError::new("code", problem)], &[]),
        )
        .await
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    page(code_page, |feedback| {
        view! {
            <Title text=page_title("Enter your security code", &feedback) />
            <FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">"Enter your security code"</h1>
            <form method="post" action=StaffEnterCode::url() novalidate>
                <SecurityCodeField feedback />
                <button type="submit" class="button">"Sign in"</button>
            </form>
        }
    })
}

/// The feedback for the code page, shown only while a password step is waiting for a code.
async fn code_page() -> Result<FormFeedback, PageError> {
    use crate::request::StaffState;
    let context = crate::request::RequestContext::new().await?;
    match context.staff_state().await? {
        Some(StaffState::CodeRequired { .. }) => Ok(context.feedback().await?),
        Some(StaffState::SetUpRequired { .. }) => {
            Err(PageError::Redirect("/staff/two-factor".into()))
        }
        Some(StaffState::SignedIn(_)) => Err(PageError::Redirect("/staff".into())),
        None => Err(PageError::Redirect("/staff/sign-in".into())),
    }
}
