//! "Sign in": a resident enters their email address and is sent a single-use link. There is no
//! password, and the answer never says whether an account exists.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use crate::t;
#[cfg(feature = "ssr")]
use crate::t_in;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const FORM: &str = "sign-in";

#[server(prefix = "/fn", endpoint = "sign-in/link")]
pub async fn request_sign_in_link(email: String) -> Result<(), ServerFnError> {
    use crate::domain::email_address::EmailAddress;
    use crate::domain::forms::FieldError;
    use crate::services::resident_accounts::{self, LinkContext, LinkRequest};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let typed = [("email", email.as_str())];
    let address = match EmailAddress::parse(&email) {
        Ok(address) => address,
        Err(problem) => {
            return context
                .reply(
                    "/sign-in",
                    FormFeedback::errors(
                        FORM,
                        vec![FieldError::new("email", problem.message(context.language))],
                        &typed,
                    ),
                )
                .await;
        }
    };
    let client_ip = context.client_ip().await;
    let force_name = context.state.force_name();
    let outcome = resident_accounts::request_sign_in_link(
        &context.state.db,
        &context.state.clock,
        &address,
        LinkContext {
            site_url: &context.state.site_url,
            force_name: &force_name,
            client_ip: &client_ip,
            keys: &context.state.bucket_keys,
            language: context.language,
        },
    )
    .await
    .map_err(|e| fault("sending a sign-in link", e))?;
    match outcome {
        LinkRequest::Sent { link_id } => {
            context.session.asked_for_link(link_id).await?;
            context
                .reply(
                    "/sign-in/check-email",
                    FormFeedback::notice(FORM, address.as_str()),
                )
                .await
        }
        LinkRequest::TryLater { minutes } => {
            let (count, unit) = crate::domain::forms::minutes_or_hours(minutes);
            let message = t_in!(
                context.language,
                "sign-in-too-many",
                count = count,
                unit = unit
            );
            context
                .reply(
                    "/sign-in",
                    FormFeedback::errors(FORM, vec![FieldError::new("email", message)], &typed),
                )
                .await
        }
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    page(crate::request::feedback, |feedback| {
        view! { <SignInForm feedback /> }
    })
}

#[component]
fn SignInForm(feedback: FormFeedback) -> impl IntoView {
    view! {
        <Title text=page_title(&t!("sign-in-title"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">{t!("sign-in-title")}</h1>
        <p>{t!("sign-in-why")}</p>
        <p>{t!("sign-in-how")}</p>
        <form method="post" action=RequestSignInLink::url() novalidate>
            <TextField name="email" label=t!("sign-in-email-label") kind="email" autocomplete="email" feedback />
            <button type="submit" class="button">{t!("sign-in-button")}</button>
        </form>
        <p class="hint">{t!("sign-in-staff")}" "<a href="/staff/sign-in">{t!("sign-in-staff-link")}</a></p>
    }
}
