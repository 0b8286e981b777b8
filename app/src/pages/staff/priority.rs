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
    issue_date: String,
    status: PriorityStatus,
    updated: String,
    update_due: bool,
    /// (date, action)
    actions: Vec<(String, String)>,
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
        issue_date: format_date(detail.priority.issue_date),
        status: detail.priority.status,
        updated: last_updated_words(detail.priority.updated_at, now),
        actions: detail
            .actions
            .into_iter()
            .map(|a| (format_date(a.action_date), a.action))
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
    action_date_day: String,
    action_date_month: String,
    action_date_year: String,
) -> Result<(), ServerFnError> {
    use crate::domain::concern::plain_text;
    use crate::domain::forms::FieldError;
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
        issue_date,
        status,
        updated,
        update_due,
        actions,
        feedback,
    } = view;
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
            <SummaryRow key="Raised by residents">{issue_date}</SummaryRow>
            <SummaryRow key="Status">{status.label()}</SummaryRow>
            <SummaryRow key="Updated">{updated}{update_due.then(|| view! { " "<strong class="tag tag--warning">"Update due"</strong> })}</SummaryRow>
        </dl>
        <h2 class="heading-m" id="actions">"What the team did"</h2>
        {no_actions.then(|| view! { <p>"No action recorded yet: residents see the priority as open."</p> })}
        <table class="table" aria-labelledby="actions" hidden=no_actions>
            <thead><tr><th scope="col">"Date"</th><th scope="col">"Action"</th></tr></thead>
            <tbody>{actions.into_iter().map(|(date, action)| view! { <tr><td>{date}</td><td>{action}</td></tr> }).collect_view()}</tbody>
        </table>
        <h2 class="heading-m">"Record an action"</h2>
        <form method="post" action=AddPriorityAction::url() novalidate>
            <input type="hidden" name="code" value=code.clone() />
            <input type="hidden" name="priority_id" value=id />
            <TextArea name="action" label="What the team did" hint="Residents see this, and the data.police.uk API gives it as the priority's action" max=2000 rows=4 feedback=action_form.clone() />
            <DateInput name="action_date" legend="When" typed=TypedDate::from_fields(|f| action_form.value(f), "action_date") error=action_form.error("action_date_day") />
            <button type="submit" class="button">"Record the action"</button>
        </form>
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
