//! Staff sign in, second step: the six-digit code from the member's authenticator app.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::domain::forms::FormFeedback;
use crate::pages::home::ServiceProblem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;

#[cfg(feature = "ssr")]
const FORM: &str = "staff-code";

/// The feedback for the code page, or None when no password step is waiting for a code.
#[server(prefix = "/fn", endpoint = "staff/sign-in/code-page")]
pub async fn code_page() -> Result<Option<FormFeedback>, ServerFnError> {
    let context = crate::request::RequestContext::new().await?;
    if context
        .session
        .pending_staff(context.now())
        .await?
        .is_none()
    {
        return Ok(None);
    }
    Ok(Some(
        context.session.take_feedback().await?.unwrap_or_default(),
    ))
}

#[server(prefix = "/fn", endpoint = "staff/sign-in/code")]
pub async fn staff_enter_code(code: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::staff::{self, CodeCheck};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let now = context.now();
    let Some(pending) = context.session.pending_staff(now).await? else {
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
    let check = staff::check_code(
        &context.state.db,
        &context.state.clock,
        pending.id,
        &code,
        &client_ip,
    )
    .await
    .map_err(|e| fault("checking a staff code", e))?;
    let problem = match check {
        CodeCheck::Accepted => {
            context.session.sign_in_staff(pending.id, now).await?;
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
    let page = Resource::new_blocking(|| (), |_| code_page());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(feedback)) => view! {
                        <Title text=page_title("Enter your security code", &feedback) />
                        <FeedbackBanner feedback=feedback.clone() />
                        <h1 class="heading-l">"Enter your security code"</h1>
                        <form method="post" action="/fn/staff/sign-in/code" novalidate>
                            <TextField
                                name="code"
                                label="Security code"
                                hint="The 6-digit code your authenticator app shows for Neighbourhood policing."
                                autocomplete="one-time-code"
                                class="input input--width-10"
                                feedback
                            />
                            <button type="submit" class="button">"Sign in"</button>
                        </form>
                    }
                    .into_any(),
                    Ok(None) => view! { <Redirect path="/staff/sign-in" /> }.into_any(),
                    Err(error) => view! { <ServiceProblem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
