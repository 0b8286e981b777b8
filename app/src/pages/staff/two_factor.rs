//! Setting up the second factor: the member adds the secret to an authenticator app and proves
//! it works with a code. Administrators must do this before they can sign in.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::domain::forms::FormFeedback;
use crate::pages::home::ServiceProblem;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Redirect;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
const FORM: &str = "two-factor";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetUpView {
    /// Base32, as typed into an app.
    pub secret: String,
    /// `otpauth://` address, which phone apps open directly.
    pub otpauth_url: String,
    pub feedback: FormFeedback,
}

#[cfg(feature = "ssr")]
async fn who_is_setting_up(
    context: &crate::request::RequestContext,
) -> Result<Option<(i32, bool)>, ServerFnError> {
    if let Some(pending) = context.session.pending_staff(context.now()).await? {
        return Ok(Some((pending.id, true)));
    }
    Ok(context.staff().await?.map(|member| (member.id, false)))
}

#[server(prefix = "/fn", endpoint = "staff/two-factor-page")]
pub async fn set_up_page() -> Result<Option<SetUpView>, ServerFnError> {
    use crate::services::staff;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let Some((id, _)) = who_is_setting_up(&context).await? else {
        return Ok(None);
    };
    let secret = match context.session.new_second_factor().await? {
        Some(secret) => secret,
        None => {
            let secret = staff::new_totp_secret();
            context.session.set_new_second_factor(Some(&secret)).await?;
            secret
        }
    };
    let email = staff::member(&context.state.db, id)
        .await
        .map_err(|e| fault("reading a staff account", e))?
        .map(|member| member.email)
        .unwrap_or_default();
    let otpauth_url = staff::totp(&secret, &email)
        .and_then(|totp| totp.to_url().ok())
        .unwrap_or_default();
    Ok(Some(SetUpView {
        secret,
        otpauth_url,
        feedback: context.session.take_feedback().await?.unwrap_or_default(),
    }))
}

#[server(prefix = "/fn", endpoint = "staff/two-factor")]
pub async fn confirm_second_factor(code: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    use crate::services::staff;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let (Some((id, pending)), Some(secret)) = (
        who_is_setting_up(&context).await?,
        context.session.new_second_factor().await?,
    ) else {
        leptos_axum::redirect("/staff/sign-in");
        return Ok(());
    };
    let enabled =
        staff::enable_second_factor(&context.state.db, &context.state.clock, id, &secret, &code)
            .await
            .map_err(|e| fault("setting up a second factor", e))?;
    if !enabled {
        let message = if code.trim().is_empty() {
            "Enter the code from your authenticator app"
        } else {
            "The code is not right. Check the app shows Neighbourhood policing and enter the code it shows now."
        };
        return context
            .reply(
                "/staff/two-factor",
                FormFeedback::errors(FORM, vec![FieldError::new("code", message)], &[]),
            )
            .await;
    }
    context.session.set_new_second_factor(None).await?;
    if pending {
        context.session.sign_in_staff(id, context.now()).await?;
    }
    context
        .reply(
            "/staff",
            FormFeedback::notice(
                "dashboard",
                "Your second factor is set up. You will be asked for a code each time you sign in.",
            ),
        )
        .await
}

#[component]
pub fn TwoFactorPage() -> impl IntoView {
    let page = Resource::new_blocking(|| (), |_| set_up_page());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(view)) => view! { <SetUp view /> }.into_any(),
                    Ok(None) => view! { <Redirect path="/staff/sign-in" /> }.into_any(),
                    Err(error) => view! { <ServiceProblem error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SetUp(view: SetUpView) -> impl IntoView {
    let SetUpView {
        secret,
        otpauth_url,
        feedback,
    } = view;
    // Groups of four are easier to type.
    let grouped = secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <Title text=page_title("Set up your second factor", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Set up your second factor"</h1>
        <p>"Each time you sign in you will also enter a code from an authenticator app on your phone, so a stolen password alone cannot be used."</p>
        <ol class="list list--number">
            <li>"Open your authenticator app and add an account."</li>
            <li>
                "Enter this key: "<code class="secret" id="totp-secret" data-secret=secret.clone()>{grouped}</code>
                ". On a phone you can instead "<a href=otpauth_url>"open the key in your app"</a>"."
            </li>
            <li>"Enter the 6-digit code the app shows."</li>
        </ol>
        <form method="post" action="/fn/staff/two-factor" novalidate>
            <TextField name="code" label="Security code" autocomplete="one-time-code" class="input input--width-10" feedback />
            <button type="submit" class="button">"Turn on the second factor"</button>
        </form>
    }
}
