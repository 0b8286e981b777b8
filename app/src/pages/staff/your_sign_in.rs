//! "Your sign-in": a member of staff changes their password, moves their second factor to a new
//! authenticator app, or signs out of every browser at once.

use super::two_factor::{NewKey, NewKeyView, new_key};
use crate::components::form::{FeedbackBanner, SecurityCodeField, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::domain::staff::Role;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const PATH: &str = "/staff/account";

#[derive(Clone, Debug, PartialEq, Eq)]
struct SignInView {
    name: String,
    email: String,
    role: Role,
    /// The key for a new authenticator app, when the member has a second factor to move.
    new_key: Option<NewKeyView>,
    feedback: FormFeedback,
}

async fn your_sign_in() -> Result<SignInView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    let member = context
        .staff_page(crate::policy::manage_own_account)
        .await?
        .into_member();
    let new_key = if member.has_second_factor {
        Some(new_key(&context, member.id).await?)
    } else {
        None
    };
    Ok(SignInView {
        name: member.name,
        email: member.email,
        role: member.role,
        new_key,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "staff/account/password")]
pub async fn change_staff_password(
    current_password: String,
    new_password: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, try_again_in};
    use crate::domain::password::check_new_password;
    use crate::services::staff_auth::{self, ChangePassword};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let permit = context
        .require_staff(crate::policy::manage_own_account)
        .await?;
    let mut errors = Vec::new();
    if current_password.is_empty() {
        errors.push(FieldError::new(
            "current_password",
            "Enter your current password",
        ));
    }
    if let Err(problem) = check_new_password(&new_password) {
        errors.push(FieldError::new("new_password", problem));
    }
    if !errors.is_empty() {
        return context
            .reply(PATH, FormFeedback::errors("password", errors, &[]))
            .await;
    }
    let client_ip = context.client_ip().await;
    let outcome = staff_auth::change_password(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        &permit,
        &current_password,
        new_password,
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("changing a staff password", e))?;
    let problem = match outcome {
        ChangePassword::Changed => {
            // Every other session has ended; this one carries on, in the account's new
            // session generation.
            context.sign_in_staff_by_id(permit.member().id).await?;
            return context
                .reply(
                    PATH,
                    FormFeedback::notice(
                        "password",
                        "Your password has been changed. Any other browser signed in to your account has been signed out.",
                    ),
                )
                .await;
        }
        ChangePassword::WrongPassword => "Your current password is not right".to_string(),
        ChangePassword::TryLater { minutes } => {
            try_again_in("Too many attempts with a wrong password.", minutes)
        }
    };
    context
        .reply(
            PATH,
            FormFeedback::errors(
                "password",
                vec![FieldError::new("current_password", problem)],
                &[],
            ),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "staff/account/second-factor")]
pub async fn replace_second_factor(
    current_code: String,
    new_code: String,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, try_again_in};
    use crate::services::staff_auth::{self, ReplaceFactor};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let permit = context
        .require_staff(crate::policy::replace_second_factor)
        .await?;
    let Some(new_secret) = context.session.enrolment(permit.member().id).await? else {
        leptos_axum::redirect(PATH);
        return Ok(());
    };
    let client_ip = context.client_ip().await;
    let outcome = staff_auth::replace_second_factor(
        &context.state.db,
        &context.state.clock,
        context.attempt(&client_ip),
        &permit,
        &current_code,
        &new_secret,
        &new_code,
        &context.email_site(),
    )
    .await
    .map_err(|e| fault("moving a second factor", e))?;
    let (field, problem) = match outcome {
        ReplaceFactor::Replaced => {
            context.session.set_enrolment(None).await?;
            return context
                .reply(
                    PATH,
                    FormFeedback::notice(
                        "second-factor",
                        "Your second factor has moved to the new app. Codes from the old one no longer work.",
                    ),
                )
                .await;
        }
        ReplaceFactor::WrongCurrentCode => (
            "current_code",
            "The code from your current app is not right, or has been used".to_string(),
        ),
        ReplaceFactor::WrongNewCode => (
            "new_code",
            "The code from the new app is not right. Check you added the key shown here"
                .to_string(),
        ),
        ReplaceFactor::TryLater { minutes } => (
            "current_code",
            try_again_in("Too many attempts with a wrong code.", minutes),
        ),
    };
    context
        .reply(
            PATH,
            FormFeedback::errors("second-factor", vec![FieldError::new(field, problem)], &[]),
        )
        .await
}

#[server(prefix = "/fn", endpoint = "staff/account/sign-out-everywhere")]
pub async fn sign_out_everywhere() -> Result<(), ServerFnError> {
    use crate::services::staff_auth;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let permit = context
        .require_staff(crate::policy::manage_own_account)
        .await?;
    staff_auth::sign_out_everywhere(&context.state.db, &context.state.clock, &permit)
        .await
        .map_err(|e| fault("signing out everywhere", e))?;
    context.session.sign_out().await?;
    context
        .reply(
            "/staff/sign-in",
            FormFeedback::notice(
                "staff-sign-in",
                "You have been signed out of every browser, this one included.",
            ),
        )
        .await
}

#[component]
pub fn YourSignInPage() -> impl IntoView {
    page(your_sign_in, |view| view! { <YourSignIn view /> })
}

#[component]
fn YourSignIn(view: SignInView) -> impl IntoView {
    let SignInView {
        name,
        email,
        role,
        new_key,
        feedback,
    } = view;
    let password_feedback = feedback.for_form("password");
    let factor_feedback = feedback.for_form("second-factor");
    view! {
        <Title text=page_title("Your sign-in", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Your sign-in"</h1>
        <dl class="summary-list">
            <div class="summary-list__row"><dt class="summary-list__key">"Name"</dt><dd class="summary-list__value">{name}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Email address"</dt><dd class="summary-list__value">{email}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Role"</dt><dd class="summary-list__value">{role.label()}</dd></div>
            <div class="summary-list__row"><dt class="summary-list__key">"Second factor"</dt><dd class="summary-list__value">{if new_key.is_some() { "On" } else { "Off" }}</dd></div>
        </dl>

        <h2 class="heading-m">"Change your password"</h2>
        <form method="post" action=ChangeStaffPassword::url() novalidate>
            <TextField name="current_password" label="Current password" kind="password" autocomplete="current-password" feedback=password_feedback.clone() />
            <TextField
                name="new_password"
                label="New password"
                hint="At least 12 characters, and not a common password. A few words you will remember works well."
                kind="password"
                autocomplete="new-password"
                feedback=password_feedback
            />
            <button type="submit" class="button">"Change password"</button>
        </form>

        <h2 class="heading-m">"Your second factor"</h2>
        {match new_key {
            Some(key) => view! {
                <p>"To use a new phone or authenticator app, add this new key to it, then enter a code from the app you use now and one from the new app."</p>
                <NewKey key />
                <form method="post" action=ReplaceSecondFactor::url() novalidate>
                    <SecurityCodeField name="current_code" label="Code from the app you use now" feedback=factor_feedback.clone() />
                    <SecurityCodeField name="new_code" label="Code from the new app" feedback=factor_feedback />
                    <button type="submit" class="button button--secondary">"Move my second factor"</button>
                </form>
                <p class="hint">"Lost the phone with your app? Ask a force administrator to reset your second factor."</p>
            }
            .into_any(),
            None => view! {
                <p>"Your second factor is off. "<a href="/staff/two-factor">"Set up a second factor"</a>" to protect your account."</p>
            }
            .into_any(),
        }}

        <h2 class="heading-m">"Sign out everywhere"</h2>
        <p>"If you signed in on a computer you no longer use, or think someone else has, sign out of every browser at once. You will need to sign in again here too."</p>
        <form method="post" action=SignOutEverywhere::url()>
            <button type="submit" class="button button--warning">"Sign out everywhere"</button>
        </form>
    }
    .into_any()
}
