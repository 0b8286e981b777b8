//! "Sign in": a resident enters their email address and is sent a single-use link. There is no
//! password, and the answer never says whether an account exists.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::page;
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

const FORM: &str = "sign-in";

#[server(prefix = "/fn", endpoint = "sign-in/link")]
pub async fn request_sign_in_link(
    email: String,
    display_name: String,
) -> Result<(), ServerFnError> {
    use crate::domain::email_address::{EmailAddress, parse_display_name};
    use crate::domain::forms::FieldError;
    use crate::services::resident_accounts::{self, LinkContext, LinkRequest};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let typed = [
        ("email", email.as_str()),
        ("display_name", display_name.as_str()),
    ];
    let address = EmailAddress::parse(&email);
    let name = parse_display_name(&display_name);
    let mut errors = Vec::new();
    if let Err(problem) = &address {
        errors.push(FieldError::new("email", problem));
    }
    if let Err(problem) = &name {
        errors.push(FieldError::new("display_name", problem));
    }
    let (Ok(address), Ok(name)) = (address, name) else {
        return context
            .reply("/sign-in", FormFeedback::errors(FORM, errors, &typed))
            .await;
    };
    let client_ip = context.client_ip().await;
    let force_name = context.state.force_name();
    let outcome = resident_accounts::request_sign_in_link(
        &context.state.db,
        &context.state.clock,
        &address,
        name,
        LinkContext {
            site_url: &context.state.site_url,
            force_name: &force_name,
            client_ip: &client_ip,
            keys: &context.state.bucket_keys,
        },
    )
    .await
    .map_err(|e| fault("sending a sign-in link", e))?;
    match outcome {
        LinkRequest::Sent => {
            context
                .reply(
                    "/sign-in/check-email",
                    FormFeedback::notice(FORM, address.as_str()),
                )
                .await
        }
        LinkRequest::TryLater { minutes } => {
            let message = crate::domain::forms::try_again_in(
                "You have asked for too many sign-in links.",
                minutes,
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
    page(
        crate::request::feedback,
        |feedback| view! { <SignInForm feedback /> },
    )
}

#[component]
fn SignInForm(feedback: FormFeedback) -> impl IntoView {
    view! {
        <Title text=page_title("Sign in", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Sign in"</h1>
        <p>"Sign in to book a place at a surgery, raise a concern or vote on your neighbourhood's priorities."</p>
        <p>"We will email you a link. Follow it within 20 minutes to sign in. If you have not signed in before, this creates your account. There is no password."</p>
        <form method="post" action=RequestSignInLink::url() novalidate>
            <TextField name="email" label="Email address" kind="email" autocomplete="email" feedback=feedback.clone() />
            <TextField
                name="display_name"
                label="Your name (optional)"
                hint="How you would like to be named to your neighbourhood team. You can leave this blank."
                autocomplete="name"
                feedback
            />
            <button type="submit" class="button">"Email me a link"</button>
        </form>
        <p class="hint">"Police staff: "<a href="/staff/sign-in">"sign in here"</a>"."</p>
    }
}
