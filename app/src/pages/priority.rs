//! A local priority's public page: the issue residents raised, what the team has done about it
//! (each action, dated), when it was last updated, and the "you said, we did" updates that
//! answer it.

use crate::components::data::StaffText;
use crate::components::page::{PageError, page, route_param};
use crate::components::updates::UpdateList;
use crate::domain::neighbourhood::neighbourhood_path;
use crate::services::updates::UpdateDetail;
use crate::state::{PortalState, fault};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[derive(Clone, Debug, PartialEq, Eq)]
struct PriorityView {
    id: i32,
    code: String,
    neighbourhood: String,
    issue: StaffText,
    raised: String,
    status: String,
    updated: String,
    update_due: bool,
    /// (date, action), oldest first
    actions: Vec<(String, StaffText)>,
    updates: Vec<UpdateDetail>,
}

async fn priority(code: String, id: String) -> Result<PriorityView, PageError> {
    use crate::domain::priority::{last_updated_in, status_in};
    use crate::services::{neighbourhoods, priorities, updates};
    // Read from the context before the first await.
    let (state, language) = (PortalState::from_context()?, crate::i18n::current());
    let id: i32 = id.parse().map_err(|_| PageError::NotFound)?;
    let n = neighbourhoods::neighbourhood_by_code(&state.db, &code)
        .await
        .map_err(|e| fault("reading a neighbourhood", e))?
        .ok_or(PageError::NotFound)?;
    let detail = priorities::one(&state.db, n.id, id)
        .await
        .map_err(|e| fault("reading a priority", e))?
        .filter(|d| d.priority.status != entity::priority::PriorityStatus::Retired)
        .ok_or(PageError::NotFound)?;
    let now = state.clock.now();
    Ok(PriorityView {
        updates: updates::for_priority(&state.db, id)
            .await
            .map_err(|e| fault("reading updates", e))?,
        id,
        code: n.code,
        neighbourhood: n.name,
        update_due: detail.update_due(now),
        issue: StaffText::chosen(
            language,
            &detail.priority.issue,
            detail.priority.issue_cy.as_deref(),
        ),
        raised: language.date(detail.priority.issue_date),
        status: status_in(detail.priority.status, language),
        updated: last_updated_in(detail.priority.updated_at, now, language),
        actions: detail
            .actions
            .into_iter()
            .map(|a| {
                let action = StaffText::chosen(language, &a.action, a.action_cy.as_deref());
                (language.date(a.action_date), action)
            })
            .collect(),
    })
}

#[component]
pub fn PriorityPage() -> impl IntoView {
    let code = route_param("code");
    let id = route_param("id");
    page(
        move || priority(code.clone(), id.clone()),
        |PriorityView {
             id,
             code,
             neighbourhood,
             issue,
             raised,
             status,
             updated,
             update_due,
             actions,
             updates,
         }| {
            let no_actions = actions.is_empty();
            view! {
                <Title text=issue.text.clone() />
                <span class="caption-l">{t!("priority-caption", neighbourhood = neighbourhood.as_str())}</span>
                <h1 class="heading-l" lang=issue.lang>{issue.text}</h1>
                <p>
                    {t!("priority-summary", date = raised, status = status, updated = updated)}
                    {update_due.then(|| view! { " "<strong class="tag tag--warning">{t!("priority-update-due")}</strong> })}
                </p>
                <h2 class="heading-m" id="actions">{t!("priority-actions-title")}</h2>
                {no_actions.then(|| view! { <p>{t!("priority-no-actions")}</p> })}
                <ol class="timeline" aria-labelledby="actions" hidden=no_actions>
                    {actions.into_iter().map(|(date, action)| view! {
                        <li class="timeline__item">
                            <p class="timeline__when">{date}</p>
                            <p class="timeline__text" lang=action.lang>{action.text}</p>
                        </li>
                    }).collect_view()}
                </ol>
                <h2 class="heading-m">{t!("updates-title")}</h2>
                <UpdateList updates />
                <crate::components::follow::FollowButton
                    item=crate::domain::group::Item { kind: entity::follow::ItemKind::Priority, id }
                />
                <p><a href=neighbourhood_path(&code)>{t!("priority-team-link", neighbourhood = neighbourhood.as_str())}</a></p>
            }
            .into_any()
        },
    )
}
