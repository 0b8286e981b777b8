//! One local priority for its team: its actions, recording another, and changing its status.

use super::priorities::priorities_path;
use crate::components::form::{Choice, DateInput, FeedbackBanner, Radios, TextArea, page_title};
use crate::components::page::{PageError, page, route_param};
use crate::components::summary::SummaryRow;
use crate::domain::forms::{FormFeedback, TypedDate, form_value};
use crate::request::RequestContext;
use crate::services::priorities::{PriorityChanged, priority_path, team_priority_path};
use crate::state::fault;
use entity::priority::PriorityStatus;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct PriorityView {
    code: String,
    neighbourhood: String,
    id: i32,
    issue: String,
    /// The issue in Welsh, if given.
    issue_cy: String,
    issue_date: String,
    status: PriorityStatus,
    updated: String,
    update_due: bool,
    /// (date, action, the action in Welsh if given)
    actions: Vec<(String, String, Option<String>)>,
    feedback: FormFeedback,
}

async fn team_priority(code: String, id: String) -> Result<PriorityView, PageError> {
    use crate::domain::priority::last_updated_words;
    use crate::services::clock::format_date;
    let context = RequestContext::new().await?;
    let n = context.neighbourhood_page(&code).await?.into_subject();
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let now = context.now();
    let detail = crate::services::priorities::one(&context.state.db, n.id, id)
        .await
        .map_err(|e| fault("reading a priority", e))?
        .ok_or(PageError::NotFound)?;
    Ok(PriorityView {
        code: n.code,
        neighbourhood: n.name,
        id,
        update_due: detail.update_due(now),
        issue: detail.priority.issue.clone(),
        issue_cy: detail.priority.issue_cy.clone().unwrap_or_default(),
        issue_date: format_date(detail.priority.issue_date),
        status: detail.priority.status,
        updated: last_updated_words(detail.priority.updated_at, now),
        actions: detail
            .actions
            .into_iter()
            .map(|a| (format_date(a.action_date), a.action, a.action_cy))
            .collect(),
        feedback: context.feedback().await?,
    })
}

fn no_such_priority() -> ServerFnError {
    crate::request::deny(http::StatusCode::NOT_FOUND, "There is no such priority.")
}

#[server(prefix = "/fn", endpoint = "staff/priorities/action")]
pub async fn add_priority_action(
    code: String,
    priority_id: i32,
    action: String,
    /// Only when the force offers Welsh.
    action_cy: Option<String>,
    action_date_day: String,
    action_date_month: String,
    action_date_year: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::{FieldError, given};
    use crate::services::clock::start_of_uk_day;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_priority_path(&n.code, priority_id);
    let mut errors = Vec::new();
    let text = plain_text("action", "What the team did", &action, 2000, &mut errors);
    if text.is_empty() {
        errors.push(FieldError::new("action", "Write what the team did"));
    }
    let action_cy = action_cy.unwrap_or_default();
    let welsh = given(plain_text(
        "action_cy",
        "What the team did, in Welsh",
        &action_cy,
        2000,
        &mut errors,
    ));
    let date = TypedDate {
        day: action_date_day.clone(),
        month: action_date_month.clone(),
        year: action_date_year.clone(),
    };
    let day = match date.bound(start_of_uk_day) {
        Ok(Some(day)) if day <= context.now() => Some(day),
        Ok(Some(_)) => {
            errors.push(FieldError::new(
                "action_date_day",
                "The date must be today or in the past: record what the team has done",
            ));
            None
        }
        Ok(None) => {
            errors.push(FieldError::new(
                "action_date_day",
                "Enter the date of the action",
            ));
            None
        }
        Err(problem) => {
            errors.push(FieldError::new(
                "action_date_day",
                format!("The date {problem}"),
            ));
            None
        }
    };
    let (Some(day), true) = (day, errors.is_empty()) else {
        return context
            .reply(
                &path,
                FormFeedback::errors(
                    "action",
                    errors,
                    &[
                        ("action", action.as_str()),
                        ("action_cy", action_cy.as_str()),
                        ("action_date_day", action_date_day.as_str()),
                        ("action_date_month", action_date_month.as_str()),
                        ("action_date_year", action_date_year.as_str()),
                    ],
                ),
            )
            .await;
    };
    let outcome = crate::services::priorities::add_action(
        &context.state.db,
        &context.state.clock,
        &permit,
        priority_id,
        &text,
        welsh.as_deref(),
        day,
    )
    .await
    .map_err(|e| fault("recording a priority's action", e))?;
    match outcome {
        PriorityChanged::NoSuchPriority => Err(no_such_priority()),
        _ => {
            context
                .reply(
                    &path,
                    FormFeedback::notice("action", "The action has been recorded"),
                )
                .await
        }
    }
}

/// Gives, changes or removes the issue in Welsh: a priority set from a vote's option or a
/// problem takes its English title, so its Welsh comes after.
#[server(prefix = "/fn", endpoint = "staff/priorities/welsh")]
pub async fn word_priority_in_welsh(
    code: String,
    priority_id: i32,
    issue_cy: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::given;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let path = team_priority_path(&permit.subject().code, priority_id);
    let mut errors = Vec::new();
    let welsh = given(plain_text(
        "issue_cy",
        "The issue in Welsh",
        &issue_cy,
        1000,
        &mut errors,
    ));
    if !errors.is_empty() {
        let sent_back = FormFeedback::errors("welsh", errors, &[("issue_cy", issue_cy.as_str())]);
        return context.reply(&path, sent_back).await;
    }
    let removed = welsh.is_none();
    let outcome = crate::services::priorities::word_in_welsh(
        &context.state.db,
        &context.state.clock,
        &permit,
        priority_id,
        welsh,
    )
    .await
    .map_err(|e| fault("wording a priority in Welsh", e))?;
    let notice = match (outcome, removed) {
        (PriorityChanged::NoSuchPriority, _) => return Err(no_such_priority()),
        (PriorityChanged::Unchanged, _) => "The issue in Welsh is as it was",
        (PriorityChanged::Changed, false) => "The issue in Welsh is saved",
        (PriorityChanged::Changed, true) => {
            "The issue in Welsh is removed: residents reading in Welsh see the English"
        }
    };
    context
        .reply(&path, FormFeedback::notice("welsh", notice))
        .await
}

#[server(prefix = "/fn", endpoint = "staff/priorities/status")]
pub async fn change_priority_status(
    code: String,
    priority_id: i32,
    status: Option<PriorityStatus>,
) -> Result<(), ServerFnError> {
    use crate::domain::forms::FieldError;
    let context = RequestContext::new().await?;
    let permit = context.neighbourhood_action(&code).await?;
    let n = permit.subject();
    let path = team_priority_path(&n.code, priority_id);
    let problem = |message: &str| {
        FormFeedback::errors("status", vec![FieldError::new("status", message)], &[])
    };
    let Some(status) = status else {
        return context.reply(&path, problem("Select the new status")).await;
    };
    let outcome = crate::services::priorities::change_status(
        &context.state.db,
        &context.state.clock,
        &permit,
        priority_id,
        status,
    )
    .await
    .map_err(|e| fault("changing a priority's status", e))?;
    let feedback = match outcome {
        PriorityChanged::Changed => FormFeedback::notice("status", "The status has been changed"),
        PriorityChanged::Unchanged => problem("The priority already has that status"),
        PriorityChanged::NoSuchPriority => return Err(no_such_priority()),
    };
    context.reply(&path, feedback).await
}

#[component]
pub fn TeamPriorityPage() -> impl IntoView {
    let code = route_param("code");
    let id = route_param("id");
    page(
        move || team_priority(code.clone(), id.clone()),
        |view| view! { <TeamPriority view /> },
    )
}

#[component]
fn TeamPriority(view: PriorityView) -> impl IntoView {
    let PriorityView {
        code,
        neighbourhood,
        id,
        issue,
        issue_cy,
        issue_date,
        status,
        updated,
        update_due,
        actions,
        feedback,
    } = view;
    let offers_welsh = crate::components::form::offers_welsh();
    let welsh_form = feedback.for_form("welsh");
    let welsh_issue = issue_cy.clone();
    let action_form = feedback.for_form("action");
    let status_form = feedback.for_form("status");
    let no_actions = actions.is_empty();
    let statuses = PriorityStatus::ALL
        .into_iter()
        .map(|s| Choice::new(form_value(&s), s.label()))
        .collect();
    view! {
        <Title text=page_title(&issue, &feedback) />
        <FeedbackBanner feedback=feedback.clone() />
        <span class="caption-l">{format!("Priorities in {neighbourhood}")}</span>
        <h1 class="heading-l">{issue.clone()}</h1>
        <p><a href=priorities_path(&code)>"Back to the priorities"</a>" · "<a href=priority_path(&code, id)>"See the public page"</a></p>
        <dl class="summary-list">
            {(!welsh_issue.is_empty()).then(|| view! { <SummaryRow key="In Welsh"><span lang="cy">{welsh_issue}</span></SummaryRow> })}
            <SummaryRow key="Raised by residents">{issue_date}</SummaryRow>
            <SummaryRow key="Status">{status.label()}</SummaryRow>
            <SummaryRow key="Updated">{updated}{update_due.then(|| view! { " "<strong class="tag tag--warning">"Update due"</strong> })}</SummaryRow>
        </dl>
        <h2 class="heading-m" id="actions">"What the team did"</h2>
        {no_actions.then(|| view! { <p>"No action recorded yet: residents see the priority as open."</p> })}
        <table class="table" aria-labelledby="actions" hidden=no_actions>
            <thead><tr><th scope="col">"Date"</th><th scope="col">"Action"</th></tr></thead>
            <tbody>{actions.into_iter().map(|(date, action, welsh)| view! {
                <tr><td>{date}</td><td>{action}{welsh.map(|welsh| view! { <br /><span class="hint" lang="cy">{welsh}</span> })}</td></tr>
            }).collect_view()}</tbody>
        </table>
        <h2 class="heading-m">"Record an action"</h2>
        <form method="post" action=AddPriorityAction::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="priority_id" value=id />
            <TextArea name="action" label="What the team did" hint="Residents see this, and the data.police.uk API gives it as the priority's action" max=2000 rows=4 feedback=action_form.clone() />
            {offers_welsh.then(|| view! {
                <TextArea name="action_cy" label="What the team did, in Welsh (optional)" hint="Residents reading the portal in Welsh see this instead" max=2000 rows=4 lang="cy" feedback=action_form.clone() />
            })}
            <DateInput name="action_date" legend="When" typed=TypedDate::from_fields(|f| action_form.value(f), "action_date") error=action_form.error("action_date_day") />
            <button type="submit" class="button">"Record the action"</button>
        </form>
        {offers_welsh.then(|| view! {
            <h2 class="heading-m">"The issue in Welsh"</h2>
            <form method="post" action=WordPriorityInWelsh::url() novalidate>
                <input type="hidden" name="code" value=code.clone() />
                <input type="hidden" name="priority_id" value=id />
                <TextArea name="issue_cy" label="The issue in Welsh" hint="Residents reading the portal in Welsh see this instead of the English. Leave it empty to show them the English." max=1000 rows=3 value=issue_cy lang="cy" feedback=welsh_form />
                <button type="submit" class="button button--secondary">"Save the Welsh"</button>
            </form>
        })}
        <h2 class="heading-m">"Change the status"</h2>
        <form method="post" action=ChangePriorityStatus::url() novalidate>
            <input type="hidden" name="code" value=code />
            <input type="hidden" name="priority_id" value=id />
            <Radios name="status" legend="Status".to_string() choices=statuses chosen=form_value(&status) error=status_form.error("status") hint="A retired priority is no longer shown as current." />
            <button type="submit" class="button button--secondary">"Change status"</button>
        </form>
    }
    .into_any()
}
