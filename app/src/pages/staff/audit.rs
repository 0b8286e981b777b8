//! Administrators' view of the audit log, in plain words, filtered by who, what and when.

use crate::components::error_summary::ErrorSummary;
use crate::components::form::DateInput;
use crate::components::page::{PageError, page};
use crate::domain::forms::{FieldError, TypedDate, form_value};
use crate::services::audit::{AuditTopic, FieldChange};
use crate::state::fault;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[derive(Clone, Debug, PartialEq, Eq)]
struct AuditRow {
    at: String,
    /// "Alex Morgan changed the role of Sam Patel (sam.patel@…)".
    summary: String,
    /// The actor's full label, with their address.
    actor: String,
    changes: Vec<FieldChange>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct AuditQuery {
    actor: String,
    topic: Option<AuditTopic>,
    from: TypedDate,
    to: TypedDate,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct AuditView {
    rows: Vec<AuditRow>,
    errors: Vec<FieldError>,
}

/// "Alex Morgan" from "Alex Morgan <alex@…>".
fn name_of(actor: &str) -> &str {
    actor.split(" <").next().unwrap_or(actor)
}

async fn audit_log(query: AuditQuery) -> Result<AuditView, PageError> {
    use crate::services::audit::{self, AuditAction, AuditFilter, changed_fields};
    use crate::services::clock::{end_of_uk_day, format_time, start_of_uk_day};
    let context = crate::request::RequestContext::new().await?;
    context.staff_page(crate::policy::administer).await?;
    let mut errors = Vec::new();
    let mut date =
        |field: &str, label: &str, typed: &TypedDate, bound: fn(i32, u32, u32) -> Option<i64>| {
            match typed.bound(bound) {
                Ok(at) => at,
                Err(problem) => {
                    errors.push(FieldError::new(field, format!("{label} {problem}")));
                    None
                }
            }
        };
    let from = date("from_day", "The date from", &query.from, start_of_uk_day);
    let until = date("to_day", "The date to", &query.to, end_of_uk_day);
    if !errors.is_empty() {
        return Ok(AuditView {
            rows: Vec::new(),
            errors,
        });
    }
    let filter = AuditFilter {
        actor: Some(query.actor.trim().to_string()).filter(|s| !s.is_empty()),
        topic: query.topic,
        from,
        until,
    };
    let rows = audit::entries(&context.state.db, &filter, 500)
        .await
        .map_err(|e| fault("reading the audit log", e))?
        .into_iter()
        .map(|e| {
            let actor = name_of(&e.actor);
            let summary = match AuditAction::parse(&e.action) {
                Some(action) => action.describe(actor, &e.subject),
                None => format!("{actor}: {} ({})", e.action, e.subject),
            };
            AuditRow {
                at: format_time(e.at),
                summary,
                changes: changed_fields(e.before.as_deref(), e.after.as_deref()),
                actor: e.actor,
            }
        })
        .collect();
    Ok(AuditView {
        rows,
        errors: Vec::new(),
    })
}

#[component]
pub fn StaffAuditPage() -> impl IntoView {
    let typed = {
        let params = use_query_map().read_untracked();
        let get = |key: &str| params.get(key).unwrap_or_default();
        AuditQuery {
            actor: get("actor"),
            topic: AuditTopic::ALL
                .into_iter()
                .find(|topic| form_value(topic) == get("topic")),
            from: TypedDate::from_fields(get, "from"),
            to: TypedDate::from_fields(get, "to"),
        }
    };
    let shown = typed.clone();
    page(
        move || audit_log(typed.clone()),
        move |view| {
            let typed = shown.clone();
            let title = if view.errors.is_empty() {
                "Audit log"
            } else {
                "Error: Audit log"
            };
            view! {
                <Title text=title />
                {(!view.errors.is_empty()).then(|| view! { <ErrorSummary errors=view.errors.clone() /> })}
                <h1 class="heading-l">"Audit log"</h1>
                <Audit view typed />
            }
        },
    )
}

#[component]
fn Audit(view: AuditView, typed: AuditQuery) -> impl IntoView {
    let AuditView { rows, errors } = view;
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    };
    let empty = rows.is_empty();
    let chosen = typed.topic;
    view! {
        <form method="get" action="/staff/audit" class="filter">
            <div class="form-group">
                <label class="label" for="actor">"Who (name or email address)"</label>
                <input class="input" id="actor" name="actor" value=typed.actor />
            </div>
            <div class="form-group">
                <label class="label" for="topic">"About"</label>
                <select class="select" id="topic" name="topic">
                    <option value="" selected=chosen.is_none()>"Everything"</option>
                    {AuditTopic::ALL.into_iter().map(|topic| view! {
                        <option value=form_value(&topic) selected=chosen == Some(topic)>{topic.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <DateInput name="from" legend="From" typed=typed.from error=error_for("from_day") />
            <DateInput name="to" legend="To" typed=typed.to error=error_for("to_day") />
            <button type="submit" class="button button--secondary">"Filter"</button>
        </form>
        {(empty && errors.is_empty()).then(|| view! { <p>"No entries match."</p> })}
        <table class="table" tabindex="0" hidden=empty>
            <caption class="visually-hidden">"Audit entries, newest first"</caption>
            <thead><tr><th scope="col">"When"</th><th scope="col">"What happened"</th><th scope="col">"What changed"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td>{r.at}</td>
                        <td>{r.summary}<br /><span class="hint">{r.actor}</span></td>
                        <td>
                            <ul class="list">
                                {r.changes.into_iter().map(|c| view! {
                                    <li>
                                        <strong>{c.field}</strong>": "
                                        {match (c.before, c.after) {
                                            (Some(before), Some(after)) => format!("{before} → {after}"),
                                            (None, Some(after)) => after,
                                            (Some(before), None) => format!("{before} (removed)"),
                                            (None, None) => String::new(),
                                        }}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
