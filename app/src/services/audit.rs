//! The audit log: every staff action that changes data, with the record before and after.

use crate::domain::staff::StaffMember;
use crate::services::clock::Clock;
use entity::audit_entry::{ActiveModel, Column, Entity, Model};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

/// Writes one entry, inside the caller's transaction so the log and the change agree.
pub async fn record<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    actor: Option<&StaffMember>,
    action: &str,
    subject: &str,
    before: Option<&impl Serialize>,
    after: Option<&impl Serialize>,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        id: NotSet,
        at: Set(clock.now()),
        staff_account_id: Set(actor.map(|a| a.id)),
        actor: Set(actor.map_or_else(
            || "command line".to_string(),
            |a| format!("{} <{}>", a.name, a.email),
        )),
        action: Set(action.to_string()),
        subject: Set(subject.to_string()),
        before: Set(before.map(snapshot)),
        after: Set(after.map(snapshot)),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

fn snapshot(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// What an administrator filters the log by; every part is optional.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Part of the actor's name or email.
    pub actor: Option<String>,
    /// An action prefix, such as `team_member`.
    pub action: Option<String>,
    pub from: Option<i64>,
    pub until: Option<i64>,
}

/// The newest entries first, at most `limit`.
pub async fn entries<C: ConnectionTrait>(
    conn: &C,
    filter: &AuditFilter,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    let mut query = Entity::find();
    if let Some(actor) = &filter.actor {
        query = query.filter(Column::Actor.contains(actor));
    }
    if let Some(action) = &filter.action {
        query = query.filter(Column::Action.starts_with(action));
    }
    if let Some(from) = filter.from {
        query = query.filter(Column::At.gte(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(Column::At.lt(until));
    }
    query
        .order_by_desc(Column::At)
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(conn)
        .await
}
