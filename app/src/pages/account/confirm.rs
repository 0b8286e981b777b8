//! Following an emailed link. The link opens this page and a button signs in, so a mail
//! scanner that opens links cannot use up the resident's link. The page names the account the
//! link signs in to. A link followed in a browser that did not ask for it (someone may have
//! sent theirs, to read what the victim then does) works only once the address it was sent
//! to is typed.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

const FORM: &str = "confirm";

/// What the link's page offers.
#[derive(Clone, Debug, PartialEq, Eq)]
enum LinkView {
    /// Asked for in this browser: it signs in to `email`.
    AskedHere { email: String },
    /// Asked for elsewhere: the address it was sent to must be typed.
    AskedElsewhere,
    /// It no longer works, for this reason.
    Unusable(&'static str),
}

fn why_unusable(outcome: crate::services::resident_accounts::LinkOutcome) -> &'static str {
    use crate::services::resident_accounts::LinkOutcome;
    match outcome {
        LinkOutcome::Expired => {
            "That sign-in link has expired: links work for 20 minutes. Ask for a new one."
        }
        LinkOutcome::AlreadyUsed => {
            "That sign-in link has already been used: each link works once. Ask for a new one."
        }
        LinkOutcome::NotRecognised | LinkOutcome::SignedIn { .. } => {
            "That sign-in link is not recognised. Ask for a new one."
        }
    }
}

async fn link_view(token: String) -> Result<(LinkView, FormFeedback), PageError> {
    use crate::services::resident_accounts;
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    let pending = resident_accounts::pending_link(&context.state.db, &context.state.clock, &token)
        .await
        .map_err(|e| fault("reading a sign-in link", e))?;
    let view = match pending {
        Ok(link) if context.session.asked_here(link.id).await? => {
            LinkView::AskedHere { email: link.email }
        }
        Ok(_) => LinkView::AskedElsewhere,
        Err(outcome) => LinkView::Unusable(why_unusable(outcome)),
    };
    Ok((view, context.feedback().await?))
}

#[server(prefix = "/fn", endpoint = "sign-in/confirm")]
pub async fn confirm_sign_in(token: String, email: Option<String>) -> Result<(), ServerFnError> {
    use crate::domain::email_address::EmailAddress;
    use crate::domain::forms::FieldError;
    use crate::services::resident_accounts::{self, LinkOutcome};
    use crate::state::fault;

    let context = crate::request::RequestContext::new().await?;
    let state = &context.state;
    let pending = resident_accounts::pending_link(&state.db, &state.clock, &token)
        .await
        .map_err(|e| fault("reading a sign-in link", e))?;
    let link = match pending {
        Ok(link) => link,
        Err(outcome) => return unusable(&context, outcome).await,
    };
    // Followed elsewhere, the link works only for someone who knows where it was sent.
    if !context.session.asked_here(link.id).await? {
        let problem = match EmailAddress::parse(email.as_deref().unwrap_or_default()) {
            Err(problem) => Some(problem.to_string()),
            Ok(typed)
                if EmailAddress::parse(&link.email)
                    .is_ok_and(|sent| sent.mailbox() == typed.mailbox()) =>
            {
                None
            }
            Ok(_) => Some(
                "This link was not sent to that address. If you did not ask for it, do not use it: ask for a sign-in link of your own.".to_string(),
            ),
        };
        if let Some(message) = problem {
            let back = format!("/sign-in/confirm?token={}", query_safe(&token));
            return context
                .reply(
                    &back,
                    FormFeedback::errors(
                        FORM,
                        vec![FieldError::new("email", message)],
                        &[("email", email.as_deref().unwrap_or_default())],
                    ),
                )
                .await;
        }
    }
    let outcome = resident_accounts::redeem_sign_in_link(&state.db, &state.clock, &link)
        .await
        .map_err(|e| fault("following a sign-in link", e))?;
    let LinkOutcome::SignedIn {
        resident_id,
        new_account,
    } = outcome
    else {
        return unusable(&context, outcome).await;
    };
    context.session.sign_in_resident(resident_id).await?;
    let notice = if new_account {
        "Your account has been created and you are signed in. You can add your name on this page."
    } else {
        "You are signed in"
    };
    // Someone sent to sign in part-way (booking, raising a concern) goes back there.
    let next = match context.session.take_after_sign_in().await? {
        Some(next) => next.path(),
        None => "/account".to_string(),
    };
    context
        .reply(&next, FormFeedback::notice("account", notice))
        .await
}

/// Back to "Sign in", saying why the link no longer works.
async fn unusable(
    context: &crate::request::RequestContext,
    outcome: crate::services::resident_accounts::LinkOutcome,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    context
        .reply(
            "/sign-in",
            FormFeedback::errors(
                "sign-in",
                vec![FieldError::new("email", why_unusable(outcome))],
                &[],
            ),
        )
        .await
}

/// A token as it may stand in a query: tokens are URL-safe already, anything else is dropped.
fn query_safe(token: &str) -> String {
    token
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

#[component]
pub fn ConfirmSignInPage() -> impl IntoView {
    let token = use_query_map()
        .read_untracked()
        .get("token")
        .unwrap_or_default();
    let loading = token.clone();
    page(
        move || link_view(loading.clone()),
        move |(view, feedback)| view! { <ConfirmSignIn token=token.clone() view feedback /> },
    )
}

#[component]
fn ConfirmSignIn(token: String, view: LinkView, feedback: FormFeedback) -> impl IntoView {
    let title = page_title("Sign in to neighbourhood policing", &feedback);
    match view {
        LinkView::AskedHere { email } => view! {
            <Title text=title />
            <FeedbackBanner feedback />
            <h1 class="heading-l">"Sign in to neighbourhood policing"</h1>
            <p>"You are signing in as "<strong>{email}</strong>"."</p>
            <form method="post" action=ConfirmSignIn::url()>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button">"Continue and sign in"</button>
            </form>
            <p class="hint">"Not your address? Do not continue: "<a href="/sign-in">"ask for a sign-in link of your own"</a>"."</p>
        }
        .into_any(),
        LinkView::AskedElsewhere => view! {
            <Title text=title />
            <FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">"Check this sign-in link is yours"</h1>
            <p>"This link was asked for in a different browser or on another device. Links can be sent by someone else to sign you in to their account and see what you do there, so we need to check it is yours."</p>
            <form method="post" action=ConfirmSignIn::url() novalidate>
                <input type="hidden" name="token" value=token />
                <TextField
                    name="email"
                    label="Email address"
                    hint="The address you asked for this sign-in link with."
                    kind="email"
                    autocomplete="email"
                    feedback
                />
                <button type="submit" class="button">"Sign in"</button>
            </form>
            <p>"If you did not ask for a sign-in link, do not use it: "<a href="/sign-in">"ask for your own"</a>"."</p>
        }
        .into_any(),
        LinkView::Unusable(why) => view! {
            <Title text="Sign-in link not working" />
            <h1 class="heading-l">"This sign-in link is not working"</h1>
            <p>{why}</p>
            <p><a href="/sign-in" class="button">"Ask for a new link"</a></p>
        }
        .into_any(),
    }
}
