//! Following a password link: the member of staff chooses a new password (or, from their
//! invitation, their first), and gives a code from their authenticator app when their account
//! has one, so the link alone (someone reading their email) is not enough.

use crate::components::form::{FeedbackBanner, SecurityCodeField, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FORM: &str = "reset-password";

#[derive(Clone, Debug, PartialEq, Eq)]
struct ResetView {
    token: String,
    needs_code: bool,
    /// A new member's first password, from their invitation.
    invitation: bool,
    feedback: FormFeedback,
}

fn reset_path(token: &str) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("token", token)
        .finish();
    format!("/staff/reset-password?{query}")
}

/// Why a link cannot be used, as the forgotten-password page says it.
fn link_problem(link: &crate::services::staff_auth::ResetLink) -> &'static str {
    use crate::services::staff_auth::ResetLink;
    match link {
        ResetLink::Expired => {
            "That link has expired. Ask for a new one here, or ask your force administrator to invite you again."
        }
        ResetLink::AlreadyUsed => {
            "That link has already been used: each link works once. Ask for a new one."
        }
        ResetLink::NotRecognised | ResetLink::Valid { .. } => {
            "That link is not recognised. Ask for a new one."
        }
    }
}

fn to_forgotten_password(link: &crate::services::staff_auth::ResetLink) -> FormFeedback {
    use crate::domain::forms::FieldError;
    FormFeedback::errors(
        "forgot-password",
        vec![FieldError::new("email", link_problem(link))],
        &[],
    )
}

async fn reset_page(token: String) -> Result<ResetView, PageError> {
    use crate::services::staff_auth::{self, ResetLink};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let link = staff_auth::reset_link(&context.state.db, &context.state.clock, &token)
        .await
        .map_err(|e| fault("reading a password reset link", e))?;
    match link {
        ResetLink::Valid {
            needs_code,
            invitation,
        } => Ok(ResetView {
            token,
            needs_code,
            invitation,
            feedback: context.feedback().await?,
        }),
        problem => {
            context
                .session
                .give_feedback(to_forgotten_password(&problem))
                .await?;
            Err(PageError::Redirect("/staff/forgot-password".into()))
        }
    }
}

#[server(prefix = "/fn", endpoint = "staff/reset-password")]
pub async fn reset_staff_password(
    token: String,
    password: String,
    code: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, try_again_in};
    use crate::domain::password::check_new_password;
    use crate::services::staff_auth::{self, ResetPassword};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let path = reset_path(&token);
    if let Err(problem) = check_new_password(&password) {
        return context
            .reply(
                &path,
                FormFeedback::errors(FORM, vec![FieldError::new("password", problem)], &[]),
            )
            .await;
    }
    let client_ip = context.client_ip().await;
    let outcome = staff_auth::reset_password(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        &token,
        password,
        code.as_deref().unwrap_or_default(),
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("resetting a staff password", e))?;
    let problem = match outcome {
        ResetPassword::Reset => {
            // Whoever was signed in here, and everywhere else, signs in again.
            context.session.sign_out().await?;
            return context
                .reply(
                    "/staff/sign-in",
                    FormFeedback::notice("staff-sign-in", "Your password is set. Sign in with it."),
                )
                .await;
        }
        ResetPassword::Link(problem) => {
            return context
                .reply("/staff/forgot-password", to_forgotten_password(&problem))
                .await;
        }
        ResetPassword::WrongCode => {
            "The code is not right, or has been used. Enter the code your app shows now."
                .to_string()
        }
        ResetPassword::TryLater { minutes } => {
            try_again_in("Too many attempts with a wrong code.", minutes)
        }
    };
    context
        .reply(
            &path,
            FormFeedback::errors(FORM, vec![FieldError::new("code", problem)], &[]),
        )
        .await
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let token = use_query_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    page(
        move || reset_page(token.clone()),
        |view| view! { <Reset view /> },
    )
}

#[component]
fn Reset(view: ResetView) -> impl IntoView {
    let ResetView {
        token,
        needs_code,
        invitation,
        feedback,
    } = view;
    let heading = if invitation {
        "Choose your password"
    } else {
        "Choose a new password"
    };
    view! {
        <Title text=page_title(heading, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">{heading}</h1>
        {invitation.then(|| view! {
            <p>"Welcome. Choose the password for your new staff account. If your role needs a second factor, you will set it up when you first sign in."</p>
        })}
        <form method="post" action=ResetStaffPassword::url() novalidate>
            <input type="hidden" name="token" value=token />
            <TextField
                name="password"
                label=if invitation { "Password" } else { "New password" }
                hint="At least 12 characters, and not a common password. A few words you will remember works well."
                kind="password"
                autocomplete="new-password"
                feedback=feedback.clone()
            />
            {needs_code.then(|| view! {
                <SecurityCodeField feedback />
            })}
            <button type="submit" class="button">{if invitation { "Set my password" } else { "Set my new password" }}</button>
        </form>
    }
    .into_any()
}
