//! "I have forgotten my password": a member of staff asks for an emailed link to choose a new
//! one. The answer never says whether an account has the address.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const PATH: &str = "/staff/forgot-password";
const FORM: &str = "forgot-password";

#[server(prefix = "/fn", endpoint = "staff/forgot-password")]
pub async fn request_staff_password_reset(email: String) -> Result<(), ServerFnError> {
    use crate::domain::email_address::EmailAddress;
    use crate::domain::forms::{FieldError, try_again_in};
    use crate::services::staff_auth::{self, ResetRequest};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let address = match EmailAddress::parse(&email) {
        Ok(address) => address,
        Err(problem) => {
            return context
                .reply(
                    PATH,
                    FormFeedback::errors(
                        FORM,
                        vec![FieldError::new("email", problem)],
                        &[("email", &email)],
                    ),
                )
                .await;
        }
    };
    let client_ip = context.client_ip().await;
    let outcome = staff_auth::request_password_reset(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        &address,
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("sending a password reset link", e))?;
    let feedback = match outcome {
        ResetRequest::Sent => FormFeedback::notice(
            FORM,
            format!(
                "If a staff account has the address {address}, we have emailed it a link to choose a new password. The link works once, for 30 minutes."
            ),
        ),
        ResetRequest::TryLater { minutes } => FormFeedback::errors(
            FORM,
            vec![FieldError::new(
                "email",
                try_again_in("You have asked for too many links.", minutes),
            )],
            &[("email", &email)],
        ),
    };
    context.reply(PATH, feedback).await
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    page(crate::request::feedback, |feedback| {
        view! {
            <Title text=page_title("Reset your password", &feedback) />
            <FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">"Reset your password"</h1>
            <p>"Enter the email address of your staff account. We will email you a link to choose a new password."</p>
            <p>"If your account has a second factor, you will also need a code from your authenticator app. If you have lost that too, ask your force administrator."</p>
            <form method="post" action=RequestStaffPasswordReset::url() novalidate>
                <TextField name="email" label="Email address" kind="email" autocomplete="username" feedback />
                <button type="submit" class="button">"Email me a link"</button>
            </form>
            <p><a href="/staff/sign-in">"Back to staff sign in"</a></p>
        }
    })
}
