//! Administrators' view of the audit log, filtered by who, what and when.

use crate::components::staff_gate::staff_gate;
use crate::domain::staff::StaffAccess;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub actor: String,
    pub action: String,
    /// `YYYY-MM-DD`, inclusive.
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    pub rows: Vec<AuditRow>,
    pub problem: Option<String>,
}

#[server(prefix = "/fn", endpoint = "staff/audit")]
pub async fn audit_log(query: AuditQuery) -> Result<StaffAccess<AuditView>, ServerFnError> {
    use crate::services::audit::{self, AuditFilter};
    use crate::services::clock::{format_time, parse_date};
    use crate::state::fault;
    let context = crate::request::RequestContext::new().await?;
    if let Err(denied) = context.staff_access(|m| m.is_administrator()).await? {
        return Ok(denied);
    }
    let date = |text: &str| -> Result<Option<i64>, ()> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            parse_date(text).map(Some).ok_or(())
        }
    };
    let (Ok(from), Ok(to)) = (date(&query.from), date(&query.to)) else {
        return Ok(StaffAccess::Granted(AuditView {
            rows: Vec::new(),
            problem: Some("Enter dates like 2026-11-22".into()),
        }));
    };
    let filter = AuditFilter {
        actor: Some(query.actor.trim().to_string()).filter(|s| !s.is_empty()),
        action: Some(query.action.trim().to_string()).filter(|s| !s.is_empty()),
        from,
        until: to.map(|t| t + 86_400),
    };
    let rows = audit::entries(&context.state.db, &filter, 500)
        .await
        .map_err(|e| fault("reading the audit log", e))?
        .into_iter()
        .map(|e| AuditRow {
            at: format_time(e.at),
            actor: e.actor,
            action: e.action,
            subject: e.subject,
            before: e.before,
            after: e.after,
        })
        .collect();
    Ok(StaffAccess::Granted(AuditView {
        rows,
        problem: None,
    }))
}

#[component]
pub fn StaffAuditPage() -> impl IntoView {
    let params = use_query_map();
    let query = move || {
        let params = params.read();
        let get = |key: &str| params.get(key).unwrap_or_default();
        AuditQuery {
            actor: get("actor"),
            action: get("action"),
            from: get("from"),
            to: get("to"),
        }
    };
    let page = Resource::new_blocking(query, audit_log);
    view! {
        <Title text="Audit log" />
        <h1 class="heading-l">"Audit log"</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let typed = query();
                staff_gate(page.await, move |view| view! { <Audit view typed /> })
            })}
        </Suspense>
    }
}

#[component]
fn Audit(view: AuditView, typed: AuditQuery) -> impl IntoView {
    let AuditView { rows, problem } = view;
    let empty = rows.is_empty();
    view! {
        <form method="get" action="/staff/audit" class="filter">
            <div class="form-group"><label class="label" for="actor">"Who (name or email)"</label><input class="input" id="actor" name="actor" value=typed.actor /></div>
            <div class="form-group"><label class="label" for="action">"What"</label><p class="hint" id="action-hint">"For example team_member, staff_account or neighbourhood."</p><input class="input" id="action" name="action" aria-describedby="action-hint" value=typed.action /></div>
            <div class="form-group"><label class="label" for="from">"From (YYYY-MM-DD)"</label><input class="input input--width-10" id="from" name="from" value=typed.from /></div>
            <div class="form-group"><label class="label" for="to">"To (YYYY-MM-DD)"</label><input class="input input--width-10" id="to" name="to" value=typed.to /></div>
            <button type="submit" class="button button--secondary">"Filter"</button>
        </form>
        {problem.map(|p| view! { <p class="error-message" role="alert">{p}</p> })}
        {empty.then(|| view! { <p>"No entries match."</p> })}
        <table class="table" hidden=empty>
            <caption class="visually-hidden">"Audit entries, newest first"</caption>
            <thead><tr><th scope="col">"When"</th><th scope="col">"Who"</th><th scope="col">"What"</th><th scope="col">"Before"</th><th scope="col">"After"</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td>{r.at}</td>
                        <td>{r.actor}</td>
                        <td><code>{r.action}</code><br />{r.subject}</td>
                        <td><code class="audit-json">{r.before.unwrap_or_default()}</code></td>
                        <td><code class="audit-json">{r.after.unwrap_or_default()}</code></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
