//! Raising a concern, step two: check your answers, then send it. Sending raises it and emails
//! the acknowledgement in one transaction; sending twice finds the same concern.

use super::raise::{neighbourhood, resident_or_sign_in};
use crate::components::emergency::NotForEmergencies;
use crate::components::form::FeedbackBanner;
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::raise_concern_path;
use crate::request::RequestContext;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct CheckView {
    code: String,
    name: String,
    location: String,
    pinned: bool,
    category: String,
    description: String,
    when_happens: String,
    public_summary: bool,
    email: String,
    on_behalf: Option<crate::session::DraftGroup>,
    feedback: FormFeedback,
}

async fn check(code: String) -> Result<CheckView, PageError> {
    use crate::services::{concerns, resident_accounts};
    let context = RequestContext::new().await?;
    let n = neighbourhood(&context, &code)
        .await?
        .ok_or(PageError::NotFound)?;
    let resident = resident_or_sign_in(&context, &n.code).await??;
    // Only the state this page is for: a concern entered for this neighbourhood.
    let Some(draft) = context
        .session
        .concern_draft()
        .await?
        .filter(|draft| draft.code == n.code)
    else {
        return Err(PageError::Redirect(raise_concern_path(&n.code)));
    };
    let category = concerns::categories(&context.state.db, true)
        .await
        .map_err(|e| fault("reading concern categories", e))?
        .into_iter()
        .find(|c| c.id == draft.entry.category_id)
        .map(|c| c.name)
        .unwrap_or_default();
    let email = resident_accounts::account(&context.state.db, resident)
        .await
        .map_err(|e| fault("reading an account", e))?
        .map(|a| a.email)
        .unwrap_or_default();
    let entry = draft.entry.clone();
    Ok(CheckView {
        code: n.code,
        name: n.name,
        pinned: entry.pin.is_some(),
        location: entry.location,
        category,
        description: entry.description,
        when_happens: entry.when_happens,
        public_summary: entry.public_summary,
        email,
        on_behalf: draft.on_behalf,
        feedback: context.feedback().await?,
    })
}

#[server(prefix = "/fn", endpoint = "concerns/confirm")]
pub async fn send_concern(code: String) -> Result<(), ServerFnError> {
    use crate::domain::forms::{FieldError, try_again_in};
    use crate::services::concerns::{self, RaiseRequest, Raised, concern_path};
    let context = RequestContext::new().await?;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(n) = neighbourhood(&context, &code).await? else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            "There is no such neighbourhood.",
        ));
    };
    let path = raise_concern_path(&n.code);
    let Some(draft) = context
        .session
        .concern_draft()
        .await?
        .filter(|draft| draft.code == n.code)
    else {
        leptos_axum::redirect(&path);
        return Ok(());
    };
    // The group chosen must still be one the resident organises here.
    let group = match &draft.on_behalf {
        None => None,
        Some(chosen) => {
            let organised = super::raise::organised_groups(&context, resident_id, n.id).await?;
            match organised
                .into_iter()
                .find(|g| g.reference == chosen.reference)
            {
                Some(g) => Some(concerns::OnBehalf {
                    id: g.id,
                    propose_for_vote: chosen.propose_for_vote,
                }),
                None => {
                    return context
                        .reply(
                            &format!("{path}/check"),
                            FormFeedback::errors(
                                "concern",
                                vec![FieldError::new(
                                    "send",
                                    format!("You no longer organise {} here. Change who the concern is for", chosen.name),
                                )],
                                &[],
                            ),
                        )
                        .await;
                }
            }
        }
    };
    let outcome = concerns::raise(
        &context.state.db,
        &context.state.clock,
        &context.email_site(),
        &context.state.bucket_keys,
        context.state.concern_limit,
        RaiseRequest {
            neighbourhood: &n,
            resident_id,
            entry: &draft.entry,
            position: draft.position,
            idempotency_key: &draft.key,
            group,
        },
    )
    .await
    .map_err(|e| fault("raising a concern", e))?;
    match outcome {
        Raised::Raised { reference } => {
            context.session.set_concern_draft(None).await?;
            context
                .reply(
                    &concern_path(&reference),
                    FormFeedback::notice("raised", "Concern sent"),
                )
                .await
        }
        Raised::TooMany { minutes } => {
            let message = try_again_in(
                &format!(
                    "You can raise up to {} concerns a day.",
                    context.state.concern_limit.attempts
                ),
                minutes,
            );
            context
                .reply(
                    &format!("{path}/check"),
                    FormFeedback::errors("concern", vec![FieldError::new("send", message)], &[]),
                )
                .await
        }
    }
}

#[component]
pub fn CheckConcernPage() -> impl IntoView {
    let code = route_param("code");
    page(move || check(code.clone()), |view| view! { <Check view /> })
}

#[component]
fn Check(view: CheckView) -> impl IntoView {
    let CheckView {
        code,
        name,
        location,
        pinned,
        category,
        description,
        when_happens,
        public_summary,
        email,
        on_behalf,
        feedback,
    } = view;
    let change = raise_concern_path(&code);
    let row = |key: &'static str, value: String, what: &'static str| {
        let change = change.clone();
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{key}</dt>
                <dd class="summary-list__value">{value}</dd>
                <dd class="summary-list__actions">
                    <a href=change>"Change"<span class="visually-hidden">{format!(" {what}")}</span></a>
                </dd>
            </div>
        }
    };
    let place = if pinned {
        format!("{location} (with a pin on the map)")
    } else {
        location
    };
    view! {
        <Title text=if feedback.errors.is_empty() { "Check your concern".to_string() } else { "Error: Check your concern".to_string() } />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=change.clone() class="back-link">"Back"</a></p>
        <span class="caption-l">{format!("{name} neighbourhood team")}</span>
        <h1 class="heading-l">"Check your concern"</h1>
        <dl class="summary-list">
            {on_behalf.as_ref().map(|g| {
                let mut who = format!("{} (replies go to its organisers)", g.name);
                if g.propose_for_vote {
                    who.push_str(", proposed for the next priority vote");
                }
                row("Raised for", who, "who the concern is for")
            })}
            {row("Where", place, "where it is happening")}
            {row("Kind of concern", category, "the kind of concern")}
            {row("What is happening", description, "what is happening")}
            {row("When it happens", if when_happens.is_empty() { "Not given".into() } else { when_happens }, "when it happens")}
            {row("Public summary", if public_summary { "Yes, once a moderator has checked it".into() } else { "No".into() }, "whether a summary is shown")}
            {on_behalf.is_none().then(|| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">"Replies go to"</dt>
                    <dd class="summary-list__value">{email}</dd>
                </div>
            })}
        </dl>
        <p>"The team will reply within 72 hours. Your name and contact details are never published."</p>
        <NotForEmergencies />
        <form method="post" action=SendConcern::url() id="send">
            <input type="hidden" name="code" value=code />
            <button type="submit" class="button">"Send your concern"</button>
        </form>
    }
    .into_any()
}
