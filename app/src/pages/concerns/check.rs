//! Raising a concern, step two: check your answers, then send it. Sending raises it and emails
//! the acknowledgement in one transaction; sending twice finds the same concern.

use super::raise::{neighbourhood, resident_or_sign_in};
use crate::components::emergency::NotForEmergencies;
use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::neighbourhood::raise_concern_path;
use crate::request::RequestContext;
use crate::state::fault;
use crate::t;
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
    use crate::domain::forms::{FieldError, minutes_or_hours};
    use crate::services::concerns::{self, RaiseRequest, Raised, concern_path};
    let context = RequestContext::new().await?;
    let language = context.language;
    let Some(resident_id) = context.session.resident_id().await? else {
        leptos_axum::redirect("/sign-in");
        return Ok(());
    };
    let Some(n) = neighbourhood(&context, &code).await? else {
        return Err(crate::request::deny(
            http::StatusCode::NOT_FOUND,
            &language.text("concern-no-such-neighbourhood"),
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
                                    crate::t_in!(
                                        language,
                                        "concern-no-longer-organiser",
                                        group = chosen.name.as_str()
                                    ),
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
                    FormFeedback::notice("raised", language.text("concern-sent")),
                )
                .await
        }
        Raised::TooMany { minutes } => {
            let (count, unit) = minutes_or_hours(minutes);
            let message = crate::t_in!(
                language,
                "concern-too-many",
                limit = context.state.concern_limit.attempts,
                count = count,
                unit = unit
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
    let row = |key: String, value: AnyView, what: String| {
        let change = change.clone();
        view! {
            <div class="summary-list__row">
                <dt class="summary-list__key">{key}</dt>
                <dd class="summary-list__value">{value}</dd>
                <dd class="summary-list__actions">
                    <a href=change>{t!("concern-change")}<span class="visually-hidden">{format!(" {what}")}</span></a>
                </dd>
            </div>
        }
    };
    // What the resident typed, and the category's name (set by the force), are not translated.
    let data = |text: String| view! { <span lang="en">{text}</span> }.into_any();
    let place = view! {
        <span lang="en">{location}</span>
        {pinned.then(|| view! { " "{t!("concern-with-pin")} })}
    }
    .into_any();
    let when = if when_happens.is_empty() {
        t!("concern-not-given").into_any()
    } else {
        data(when_happens)
    };
    let summary = if public_summary {
        t!("concern-check-summary-yes")
    } else {
        t!("concern-check-summary-no")
    };
    view! {
        <Title text=page_title(&t!("concern-check-title"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <p><a href=change.clone() class="back-link">{t!("concern-back")}</a></p>
        <span class="caption-l">{t!("concern-team-caption", name = name.as_str())}</span>
        <h1 class="heading-l">{t!("concern-check-title")}</h1>
        <dl class="summary-list">
            {on_behalf.as_ref().map(|g| {
                let after = t!(if g.propose_for_vote {
                    "concern-replies-to-organisers-proposed"
                } else {
                    "concern-replies-to-organisers"
                });
                let who = view! { <span lang="en">{g.name.clone()}</span>" "{after} }.into_any();
                row(t!("concern-row-raised-for"), who, t!("concern-change-who"))
            })}
            {row(t!("concern-row-where"), place, t!("concern-change-where"))}
            {row(t!("concern-row-kind"), data(category), t!("concern-change-kind"))}
            {row(t!("concern-row-what"), data(description), t!("concern-change-what"))}
            {row(t!("concern-row-when"), when, t!("concern-change-when"))}
            {row(t!("concern-row-summary"), summary.into_any(), t!("concern-change-summary"))}
            {on_behalf.is_none().then(|| view! {
                <div class="summary-list__row">
                    <dt class="summary-list__key">{t!("concern-row-replies-to")}</dt>
                    <dd class="summary-list__value">{email}</dd>
                </div>
            })}
        </dl>
        <p>{t!("concern-check-reply")}</p>
        <NotForEmergencies />
        <form method="post" action=SendConcern::url() id="send">
            <input type="hidden" name="code" value=code />
            <button type="submit" class="button">{t!("concern-send")}</button>
        </form>
    }
    .into_any()
}
