//! One "you said, we did" update, for its team to correct (audited, shown publicly as "Updated
//! on …") or withdraw (it leaves the public pages and feeds; the record stays).

use super::neighbourhood::manage_path;
use super::updates::{
    AnswerChoices, SentUpdate, UpdateFields, answer_choices, update_path, updates_path,
};
use crate::components::form::{FeedbackBanner, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::domain::forms::FormFeedback;
use crate::domain::update::UpdateForm;
use crate::state::fault;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct UpdateView {
    code: String,
    name: String,
    id: i32,
    published_on: String,
    choices: AnswerChoices,
    /// The form as it was sent back with a problem, or filled in from the update.
    form: FormFeedback,
    feedback: FormFeedback,
}

async fn team_update(code: String, id: String) -> Result<UpdateView, PageError> {
    use crate::services::clock::format_date;
    use crate::services::updates;
    let context = crate::request::RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let db = &context.state.db;
    let found = updates::editable(db, n.id, id)
        .await
        .map_err(|e| fault("reading an update", e))?
        .ok_or(PageError::NotFound)?;
    let feedback = context.feedback().await?;
    let form = if feedback.form == "update" && !feedback.errors.is_empty() {
        feedback.clone()
    } else {
        as_typed(&found)
    };
    Ok(UpdateView {
        published_on: format_date(found.update.published_on),
        choices: answer_choices(db, n.id).await?,
        code: n.code,
        name: n.name,
        id,
        form,
        feedback,
    })
}

/// The form as the update was last published, to correct.
fn as_typed(found: &crate::services::updates::Editable) -> FormFeedback {
    let update = &found.update;
    let day = crate::domain::schedule::uk_local(update.published_on).date();
    let typed = UpdateForm {
        you_said: update.you_said.clone(),
        we_did: update.we_did.clone(),
        next_steps: update.next_steps.clone(),
        outcome: update.outcome.clone(),
        you_said_cy: update.you_said_cy.clone().unwrap_or_default(),
        we_did_cy: update.we_did_cy.clone().unwrap_or_default(),
        next_steps_cy: update.next_steps_cy.clone().unwrap_or_default(),
        outcome_cy: update.outcome_cy.clone().unwrap_or_default(),
        published_on_day: day.format("%-d").to_string(),
        published_on_month: day.format("%-m").to_string(),
        published_on_year: day.format("%Y").to_string(),
        concerns: found.concern_references.join(", "),
    };
    SentUpdate {
        form: typed,
        priorities: found.priority_ids.clone(),
        votes: found.vote_ids.clone(),
        problems: found.problem_references.clone(),
    }
    .sent_back(Vec::new())
}

#[server(prefix = "/fn", endpoint = "staff/updates/edit")]
pub async fn correct_update(
    code: String,
    update_id: i32,
    priorities: Option<Vec<i32>>,
    votes: Option<Vec<i32>>,
    problems: Option<Vec<String>>,
    #[server(flatten)] form: UpdateForm,
) -> Result<(), ServerFnError> {
    use crate::services::updates::{self, Changed};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let code = permit.subject().code.clone();
    let back = update_path(&code, update_id);
    let sent = SentUpdate::new(form, priorities, votes, problems);
    let entry = match sent.parse(context.now()) {
        Ok(entry) => entry,
        Err(feedback) => return context.reply(&back, feedback).await,
    };
    let changed = updates::edit(
        &context.state.db,
        &context.state.clock,
        &permit,
        update_id,
        &entry,
    )
    .await
    .map_err(|e| fault("correcting an update", e))?;
    match changed {
        Changed::Changed => {
            context
                .reply(
                    &updates_path(&code),
                    FormFeedback::notice("update", "The update is corrected"),
                )
                .await
        }
        Changed::NoSuchLink { what } => context.reply(&back, sent.not_ours(&what)).await,
        Changed::NotFound => gone(&context, &code).await,
    }
}

#[server(prefix = "/fn", endpoint = "staff/updates/withdraw")]
pub async fn withdraw_update(code: String, update_id: i32) -> Result<(), ServerFnError> {
    use crate::services::updates::{self, Changed};
    let context = crate::request::RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let code = permit.subject().code.clone();
    let withdrawn = updates::withdraw(&context.state.db, &context.state.clock, &permit, update_id)
        .await
        .map_err(|e| fault("withdrawing an update", e))?;
    match withdrawn {
        Changed::Changed => {
            context
                .reply(
                    &updates_path(&code),
                    FormFeedback::notice(
                        "update",
                        "The update is withdrawn: it no longer shows on the neighbourhood's pages or feed",
                    ),
                )
                .await
        }
        Changed::NotFound | Changed::NoSuchLink { .. } => gone(&context, &code).await,
    }
}

/// Back to the list: the update was withdrawn meanwhile (or was never this team's).
async fn gone(context: &crate::request::RequestContext, code: &str) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    context
        .reply(
            &updates_path(code),
            FormFeedback::errors(
                "update",
                vec![FieldError::new(
                    "you_said",
                    "That update has been withdrawn, so it can no longer be changed",
                )],
                &[],
            ),
        )
        .await
}

#[component]
pub fn TeamUpdatePage() -> impl IntoView {
    let (code, id) = (route_param("code"), route_param("id"));
    page(
        move || team_update(code.clone(), id.clone()),
        |view| view! { <TeamUpdate view /> },
    )
}

#[component]
fn TeamUpdate(view: UpdateView) -> impl IntoView {
    let UpdateView {
        code,
        name,
        id,
        published_on,
        choices,
        form,
        feedback,
    } = view;
    view! {
        <Title text=page_title(&format!("Correct the update of {published_on}"), &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{name.clone()}</span>
        <h1 class="heading-l">{format!("The update of {published_on}")}</h1>
        <p>
            <a href=updates_path(&code)>"Back to you said, we did"</a>
            " · "<a href=manage_path(&code)>"Managing "{name}</a>
        </p>
        <h2 class="heading-m">"Correct it"</h2>
        <p>"Residents see that it was updated, and when. Nobody is emailed again."</p>
        <form method="post" action=CorrectUpdate::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="update_id" value=id />
            <UpdateFields form choices />
            <button type="submit" class="button">"Save the correction"</button>
        </form>
        <h2 class="heading-m">"Withdraw it"</h2>
        <div class="warning-text">
            <span class="warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="warning-text__text">
                <span class="visually-hidden">"Warning"</span>
                "A withdrawn update no longer shows on the neighbourhood's pages or in its feed. It cannot be put back."
            </strong>
        </div>
        <form method="post" action=WithdrawUpdate::url()>
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="update_id" value=id />
            <button type="submit" class="button button--warning">"Withdraw the update"</button>
        </form>
    }
    .into_any()
}
