//! Following an emailed link. The link opens this page and a button signs in, so a mail
//! scanner that opens links cannot use up the resident's link.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[server(prefix = "/fn", endpoint = "sign-in/confirm")]
pub async fn confirm_sign_in(token: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, FormFeedback};
    use crate::services::resident_accounts::{self, LinkOutcome};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let outcome =
        resident_accounts::redeem_sign_in_link(&context.state.db, &context.state.clock, &token)
            .await
            .map_err(|e| fault("following a sign-in link", e))?;
    let problem = match outcome {
        LinkOutcome::SignedIn {
            resident_id,
            new_account,
        } => {
            context.session.sign_in_resident(resident_id).await?;
            let notice = if new_account {
                "Your account has been created and you are signed in"
            } else {
                "You are signed in"
            };
            // Someone sent to sign in part-way (booking, raising a concern) goes back there.
            let next = match context.session.take_after_sign_in().await? {
                Some(next) => next.path(),
                None => "/account".to_string(),
            };
            return context
                .reply(&next, FormFeedback::notice("account", notice))
                .await;
        }
        LinkOutcome::NotRecognised => "That sign-in link is not recognised. Ask for a new one.",
        LinkOutcome::Expired => {
            "That sign-in link has expired: links work for 20 minutes. Ask for a new one."
        }
        LinkOutcome::AlreadyUsed => {
            "That sign-in link has already been used: each link works once. Ask for a new one."
        }
    };
    context
        .reply(
            "/sign-in",
            FormFeedback::errors("sign-in", vec![FieldError::new("email", problem)], &[]),
        )
        .await
}

#[component]
pub fn ConfirmSignInPage() -> impl IntoView {
    let token = use_query_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    view! {
        <Title text="Sign in to neighbourhood policing" />
        <h1 class="heading-l">"Sign in to neighbourhood policing"</h1>
        <form method="post" action=ConfirmSignIn::url()>
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button">"Continue and sign in"</button>
        </form>
    }
}
