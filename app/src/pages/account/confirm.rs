//! Following an emailed link. The link opens this page and a button signs in, so a mail
//! scanner that opens links cannot use up the resident's link. The page names the account the
//! link signs in to. A link followed in a browser that did not ask for it (someone may have
//! sent theirs, to read what the victim then does) works only once the address it was sent
//! to is typed.

use crate::components::form::{FeedbackBanner, TextField, page_title};
use crate::components::page::{PageError, page};
use crate::domain::forms::FormFeedback;
use crate::t;
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
    Unusable(String),
}

fn why_unusable(
    language: crate::i18n::Language,
    outcome: crate::services::resident_accounts::LinkOutcome,
) -> String {
    use crate::services::resident_accounts::LinkOutcome;
    language.text(match outcome {
        LinkOutcome::Expired => "confirm-expired",
        LinkOutcome::AlreadyUsed => "confirm-used",
        LinkOutcome::NotRecognised | LinkOutcome::SignedIn { .. } => "confirm-not-recognised",
    })
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
        Err(outcome) => LinkView::Unusable(why_unusable(context.language, outcome)),
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
            Err(problem) => Some(problem.message(context.language)),
            Ok(typed)
                if EmailAddress::parse(&link.email)
                    .is_ok_and(|sent| sent.mailbox() == typed.mailbox()) =>
            {
                None
            }
            Ok(_) => Some(context.language.text("confirm-wrong-address")),
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
    // Emails sent while they are away are written in the language they signed in with.
    resident_accounts::set_language(&state.db, resident_id, context.language)
        .await
        .map_err(|e| fault("remembering a resident's language", e))?;
    let notice = context.language.text(if new_account {
        "signed-in-new-account"
    } else {
        "signed-in"
    });
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
                vec![FieldError::new(
                    "email",
                    why_unusable(context.language, outcome),
                )],
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
    let title = page_title(&t!("confirm-title"), &feedback);
    match view {
        LinkView::AskedHere { email } => view! {
            <Title text=title />
            <FeedbackBanner feedback />
            <h1 class="heading-l">{t!("confirm-title")}</h1>
            <p>{t!("confirm-as", email = email)}</p>
            <form method="post" action=ConfirmSignIn::url()>
                <input type="hidden" name="token" value=token />
                <button type="submit" class="button">{t!("confirm-button")}</button>
            </form>
            <p class="hint">{t!("confirm-not-yours")}" "<a href="/sign-in">{t!("confirm-not-yours-link")}</a></p>
        }
        .into_any(),
        LinkView::AskedElsewhere => view! {
            <Title text=title />
            <FeedbackBanner feedback=feedback.clone() />
            <h1 class="heading-l">{t!("confirm-elsewhere-title")}</h1>
            <p>{t!("confirm-elsewhere-why")}</p>
            <form method="post" action=ConfirmSignIn::url() novalidate>
                <input type="hidden" name="token" value=token />
                <TextField
                    name="email"
                    label=t!("sign-in-email-label")
                    hint=t!("confirm-elsewhere-hint")
                    kind="email"
                    autocomplete="email"
                    feedback
                />
                <button type="submit" class="button">{t!("confirm-elsewhere-button")}</button>
            </form>
            <p>{t!("confirm-elsewhere-not-asked")}" "<a href="/sign-in">{t!("confirm-elsewhere-not-asked-link")}</a></p>
        }
        .into_any(),
        LinkView::Unusable(why) => view! {
            <Title text=t!("confirm-broken-title") />
            <h1 class="heading-l">{t!("confirm-broken-heading")}</h1>
            <p>{why}</p>
            <p><a href="/sign-in" class="button">{t!("confirm-new-link")}</a></p>
        }
        .into_any(),
    }
}
