//! Moderation (moderators and administrators): each public summary a resident agreed to,
//! approved as written, edited to remove anything identifying, or rejected. Nothing a resident
//! writes is published before this.

use crate::components::form::{FeedbackBanner, page_title, textarea_content};
use crate::components::page::{PageError, page};
use crate::domain::concern::MOST_DESCRIPTION;
use crate::domain::forms::{FormFeedback, form_value};
use crate::services::moderation::PendingSummary;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

/// How many summaries the page shows at once.
const SHOWN: u64 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
struct ModerationView {
    pending: Vec<PendingSummary>,
    feedback: FormFeedback,
}

async fn moderation() -> Result<ModerationView, PageError> {
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::moderate).await?;
    let pending = crate::services::moderation::pending(&context.state.db, SHOWN)
        .await
        .map_err(|e| fault("reading summaries to moderate", e))?;
    Ok(ModerationView {
        pending,
        feedback: context.feedback().await?,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModerationChoice {
    Approve,
    Reject,
}

#[server(prefix = "/fn", endpoint = "staff/moderation/decide")]
pub async fn decide_summary(
    concern_id: i32,
    decision: ModerationChoice,
    summary: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::FieldError;
    use crate::services::moderation::{self, Decision, Moderated};
    let context = crate::request::RequestContext::new().await?;
    let moderator = context.require_staff(crate::policy::moderate).await?;
    let field = format!("summary-{concern_id}");
    let mut errors = Vec::new();
    let text = plain_text(&field, "Summary", &summary, MOST_DESCRIPTION, &mut errors);
    if decision == ModerationChoice::Approve && text.is_empty() {
        errors.push(FieldError::new(
            &field,
            "Write the summary to publish, or reject it",
        ));
    }
    if !errors.is_empty() {
        return context
            .reply(
                "/staff/moderation",
                FormFeedback::errors("moderation", errors, &[(field.as_str(), summary.as_str())]),
            )
            .await;
    }
    let decided = match decision {
        ModerationChoice::Approve => Decision::Approve { summary: text },
        ModerationChoice::Reject => Decision::Reject,
    };
    let outcome = moderation::decide(
        &context.state.db,
        &context.state.clock,
        &moderator,
        concern_id,
        &decided,
    )
    .await
    .map_err(|e| fault("moderating a summary", e))?;
    let feedback = match (outcome, decision) {
        (Moderated::Done, ModerationChoice::Approve) => {
            FormFeedback::notice("moderation", "The summary is published")
        }
        (Moderated::Done, ModerationChoice::Reject) => FormFeedback::notice(
            "moderation",
            "The summary has been rejected: it will not be published",
        ),
        (Moderated::NotPending, _) => FormFeedback::errors(
            "moderation",
            vec![FieldError::new(
                &field,
                "That summary has already been decided",
            )],
            &[],
        ),
    };
    context.reply("/staff/moderation", feedback).await
}

#[component]
pub fn ModerationPage() -> impl IntoView {
    page(moderation, |view| view! { <Moderation view /> })
}

#[component]
fn Moderation(view: ModerationView) -> impl IntoView {
    use crate::services::clock::format_date;
    let ModerationView { pending, feedback } = view;
    let none = pending.is_empty();
    view! {
        <Title text=page_title("Public summaries to moderate", &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <h1 class="heading-l">"Public summaries to moderate"</h1>
        <p>"Residents agreed to a summary of their concern being shown on the neighbourhood's page. Remove names, addresses, car registrations and anything else that could identify a person, then approve it; or reject it. The resident's own words stay visible to staff."</p>
        {none.then(|| view! { <p>"Nothing is waiting."</p> })}
        {pending.into_iter().map(|item| {
            let field = format!("summary-{}", item.concern_id);
            let decided = feedback.for_form("moderation");
            let error = decided.error(&field);
            let typed = decided.value(&field);
            let proposed = if typed.is_empty() { item.description.clone() } else { typed };
            let has_error = error.is_some();
            view! {
                <section class="moderation-item" aria-labelledby=format!("{field}-heading")>
                    <h2 class="heading-s" id=format!("{field}-heading")>{format!("{} in {}, raised {}", item.category, item.neighbourhood, format_date(item.created_at))}</h2>
                    <p class="hint">{format!("Concern {}. Where: {}", item.reference, item.location)}</p>
                    <div class="inset-text"><p class="timeline__text">{item.description.clone()}</p></div>
                    <form method="post" action=DecideSummary::url() novalidate>
                        <input type="hidden" name="concern_id" value=item.concern_id />
                        <div class="form-group" class:form-group--error=has_error>
                            <label class="label" for=field.clone()>"Summary to publish"</label>
                            {error.map(|message| view! {
                                <p id=format!("{field}-error") class="error-message"><span class="visually-hidden">"Error: "</span>{message}</p>
                            })}
                            <textarea class="textarea" id=field.clone() name="summary" rows="4">{textarea_content(&proposed)}</textarea>
                        </div>
                        <button type="submit" name="decision" value=form_value(&ModerationChoice::Approve) class="button">"Approve"</button>
                        " "
                        <button type="submit" name="decision" value=form_value(&ModerationChoice::Reject) class="button button--warning">"Reject"</button>
                    </form>
                </section>
            }
        }).collect_view()}
    }
    .into_any()
}
