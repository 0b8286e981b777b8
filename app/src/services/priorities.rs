//! Local priorities: set by a team from a closed vote's options (one click each), from a SARA
//! problem, or directly; each with its actions. Shown on the neighbourhood page with when each
//! was last updated, flagged "update due" after three months, and served to data.police.uk's
//! clients. Every change is audited.

use crate::domain::priority::update_due;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::write::{Database, Write};
use entity::priority::{self, PriorityStatus};
use entity::{neighbourhood, priority_action, problem, vote, vote_option};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    SqlErr,
};
use serde::Serialize;
use std::collections::HashMap;

pub fn priority_path(code: &str, id: i32) -> String {
    format!("/neighbourhoods/{code}/priorities/{id}")
}

pub fn team_priority_path(code: &str, id: i32) -> String {
    format!("/staff/neighbourhoods/{code}/priorities/{id}")
}

/// A priority with its actions, newest action last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriorityDetail {
    pub priority: priority::Model,
    pub actions: Vec<priority_action::Model>,
}

impl PriorityDetail {
    pub fn latest_action(&self) -> Option<&priority_action::Model> {
        self.actions.last()
    }

    /// Not updated for three months, and still current.
    pub fn update_due(&self, now: i64) -> bool {
        self.priority.status != PriorityStatus::Retired && update_due(self.priority.updated_at, now)
    }
}

/// A neighbourhood's priorities with their actions: the current ones (open, under way,
/// resolved), or every one with `with_retired`. Most recently set first.
pub async fn for_neighbourhood<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    with_retired: bool,
) -> Result<Vec<PriorityDetail>, DbErr> {
    let mut query =
        priority::Entity::find().filter(priority::Column::NeighbourhoodId.eq(neighbourhood_id));
    if !with_retired {
        query = query.filter(priority::Column::Status.ne(PriorityStatus::Retired));
    }
    let priorities = query
        .order_by_desc(priority::Column::IssueDate)
        .order_by_desc(priority::Column::Id)
        .all(conn)
        .await?;
    let mut actions: HashMap<i32, Vec<priority_action::Model>> = HashMap::new();
    for action in priority_action::Entity::find()
        .filter(priority_action::Column::PriorityId.is_in(priorities.iter().map(|p| p.id)))
        .order_by_asc(priority_action::Column::ActionDate)
        .order_by_asc(priority_action::Column::Id)
        .all(conn)
        .await?
    {
        actions.entry(action.priority_id).or_default().push(action);
    }
    Ok(priorities
        .into_iter()
        .map(|priority| PriorityDetail {
            actions: actions.remove(&priority.id).unwrap_or_default(),
            priority,
        })
        .collect())
}

/// One of a neighbourhood's priorities.
pub async fn one<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    id: i32,
) -> Result<Option<PriorityDetail>, DbErr> {
    let Some(priority) = priority::Entity::find_by_id(id)
        .filter(priority::Column::NeighbourhoodId.eq(neighbourhood_id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let actions = priority_action::Entity::find()
        .filter(priority_action::Column::PriorityId.eq(id))
        .order_by_asc(priority_action::Column::ActionDate)
        .order_by_asc(priority_action::Column::Id)
        .all(conn)
        .await?;
    Ok(Some(PriorityDetail { priority, actions }))
}

/// Where a new priority comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrioritySource {
    /// A closed vote's option: its label is the issue, the vote's close its date.
    VoteOption {
        option_id: i32,
    },
    /// A SARA problem: its title is the issue.
    Problem {
        problem_id: i32,
        issue_date: i64,
    },
    Direct {
        issue: String,
        issue_date: i64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrioritySet {
    Set {
        id: i32,
    },
    /// That option is a priority already.
    AlreadySet,
    /// Not this neighbourhood's, or (for an option) its vote has not closed.
    NotAvailable,
}

#[derive(Serialize)]
struct PriorityRecord<'a> {
    issue: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issue_cy: Option<&'a str>,
    issue_date: String,
    status: &'a str,
}

fn record(p: &priority::Model) -> PriorityRecord<'_> {
    PriorityRecord {
        issue: &p.issue,
        issue_cy: p.issue_cy.as_deref(),
        issue_date: format_date(p.issue_date),
        status: p.status.label(),
    }
}

/// Sets a priority from `source`, with the issue in Welsh (`issue_cy`) if the team gave it, or
/// the vote option's or the problem's Welsh.
pub async fn set(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    source: PrioritySource,
    issue_cy: Option<String>,
) -> Result<PrioritySet, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    // An option's or a problem's Welsh comes with it, unless the team gives other Welsh.
    let mut issue_cy = issue_cy;
    let (issue, issue_date, vote_option_id, problem_id) = match source {
        PrioritySource::VoteOption { option_id } => {
            let Some(option) = vote_option::Entity::find_by_id(option_id).one(&txn).await? else {
                return Ok(PrioritySet::NotAvailable);
            };
            let closed = vote::Entity::find_by_id(option.vote_id)
                .filter(vote::Column::NeighbourhoodId.eq(n.id))
                .filter(vote::Column::ClosesAt.lte(now))
                .one(&txn)
                .await?;
            let Some(closed) = closed else {
                return Ok(PrioritySet::NotAvailable);
            };
            issue_cy = issue_cy.or(option.label_cy);
            (option.label, closed.closes_at, Some(option.id), None)
        }
        PrioritySource::Problem {
            problem_id,
            issue_date,
        } => {
            let Some(found) = problem::Entity::find_by_id(problem_id)
                .filter(problem::Column::NeighbourhoodId.eq(n.id))
                .one(&txn)
                .await?
            else {
                return Ok(PrioritySet::NotAvailable);
            };
            issue_cy = issue_cy.or(found.title_cy);
            (found.title, issue_date, None, Some(found.id))
        }
        PrioritySource::Direct { issue, issue_date } => (issue, issue_date, None, None),
    };
    let inserted = priority::Entity::insert(priority::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        issue: Set(issue),
        issue_cy: Set(issue_cy),
        issue_date: Set(issue_date),
        status: Set(PriorityStatus::Open),
        vote_option_id: Set(vote_option_id),
        problem_id: Set(problem_id),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
        updated_at: Set(now),
    })
    .exec_with_returning(&txn)
    .await;
    let set = match inserted {
        Ok(set) => set,
        // Two clicks on one option: the unique index keeps one priority.
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(PrioritySet::AlreadySet);
        }
        Err(error) => return Err(error),
    };
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PrioritySet,
        &format!("“{}” in {}", set.issue, n.name),
        None::<&PriorityRecord>,
        Some(&record(&set)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(PrioritySet::Set { id: set.id })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriorityChanged {
    Changed,
    NoSuchPriority,
    Unchanged,
}

/// Records an action (what the team did, and when, perhaps also in Welsh): the priority is then
/// updated, and under way if it was open.
pub async fn add_action(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    id: i32,
    action: &str,
    action_cy: Option<&str>,
    action_date: i64,
) -> Result<PriorityChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = priority::Entity::find_by_id(id)
        .filter(priority::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(PriorityChanged::NoSuchPriority);
    };
    priority_action::Entity::insert(priority_action::ActiveModel {
        id: NotSet,
        priority_id: Set(found.id),
        action: Set(action.to_string()),
        action_cy: Set(action_cy.map(str::to_string)),
        action_date: Set(action_date),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
    })
    .exec_without_returning(&txn)
    .await?;
    priority::Entity::update_many()
        .col_expr(priority::Column::UpdatedAt, Expr::value(now))
        .filter(priority::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    let under_way = priority::Entity::update_many()
        .col_expr(
            priority::Column::Status,
            Expr::value(PriorityStatus::ActionUnderWay),
        )
        .filter(priority::Column::Id.eq(found.id))
        .filter(priority::Column::Status.eq(PriorityStatus::Open))
        .exec(&txn)
        .await?;
    if under_way.rows_affected == 1 {
        record_status_change(&txn, found.id, PriorityStatus::ActionUnderWay, now).await?;
    }
    #[derive(Serialize)]
    struct ActionRecord<'a> {
        action: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        action_cy: Option<&'a str>,
        date: String,
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PriorityActionAdded,
        &format!("“{}” in {}", found.issue, n.name),
        None::<&ActionRecord>,
        Some(&ActionRecord {
            action,
            action_cy,
            date: format_date(action_date),
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(PriorityChanged::Changed)
}

/// Changes a priority's status (resolving or retiring it, say).
pub async fn change_status(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    id: i32,
    status: PriorityStatus,
) -> Result<PriorityChanged, DbErr> {
    let n = permit.subject();
    let now = clock.now();
    let txn = db.write().await?;
    let Some(before) = neighbourhood_priority(&txn, n, id).await? else {
        return Ok(PriorityChanged::NoSuchPriority);
    };
    let changed = priority::Entity::update_many()
        .col_expr(priority::Column::Status, Expr::value(status))
        .col_expr(priority::Column::UpdatedAt, Expr::value(now))
        .filter(priority::Column::Id.eq(id))
        .filter(priority::Column::Status.ne(status))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Ok(PriorityChanged::Unchanged);
    }
    record_status_change(&txn, id, status, now).await?;
    let after = priority::Model {
        status,
        updated_at: now,
        ..before.clone()
    };
    changed_from(txn, clock, permit, &before, &after).await
}

/// Gives, changes or removes (`None`) the issue in Welsh. Residents see no news in it, so
/// the priority's "last updated" stays.
pub async fn word_in_welsh(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    id: i32,
    issue_cy: Option<String>,
) -> Result<PriorityChanged, DbErr> {
    let n = permit.subject();
    let txn = db.write().await?;
    let Some(before) = neighbourhood_priority(&txn, n, id).await? else {
        return Ok(PriorityChanged::NoSuchPriority);
    };
    let changed = priority::Entity::update_many()
        .col_expr(priority::Column::IssueCy, Expr::value(issue_cy.clone()))
        .filter(priority::Column::Id.eq(id))
        // Only a change is a change: an audit entry says something happened.
        .filter(match &issue_cy {
            Some(welsh) => sea_orm::Condition::any()
                .add(priority::Column::IssueCy.ne(welsh.as_str()))
                .add(priority::Column::IssueCy.is_null()),
            None => sea_orm::Condition::all().add(priority::Column::IssueCy.is_not_null()),
        })
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Ok(PriorityChanged::Unchanged);
    }
    let after = priority::Model {
        issue_cy,
        ..before.clone()
    };
    changed_from(txn, clock, permit, &before, &after).await
}

/// The neighbourhood's priority `id`, read in the change's transaction.
async fn neighbourhood_priority(
    txn: &Write,
    n: &neighbourhood::Model,
    id: i32,
) -> Result<Option<priority::Model>, DbErr> {
    priority::Entity::find_by_id(id)
        .filter(priority::Column::NeighbourhoodId.eq(n.id))
        .one(txn)
        .await
}

/// Ends a change from `before` to `after`: audited, the public pages told, committed.
async fn changed_from(
    txn: Write,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    before: &priority::Model,
    after: &priority::Model,
) -> Result<PriorityChanged, DbErr> {
    audit::record(
        &txn,
        clock,
        Some(permit.member()),
        AuditAction::PriorityChanged,
        &format!("“{}” in {}", before.issue, permit.subject().name),
        Some(&record(before)),
        Some(&record(after)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(PriorityChanged::Changed)
}

/// Keeps a change of status for the priority's followers' timelines.
async fn record_status_change<C: ConnectionTrait>(
    conn: &C,
    priority_id: i32,
    status: PriorityStatus,
    at: i64,
) -> Result<(), DbErr> {
    entity::priority_status_change::Entity::insert(entity::priority_status_change::ActiveModel {
        id: sea_orm::ActiveValue::NotSet,
        priority_id: sea_orm::ActiveValue::Set(priority_id),
        status: sea_orm::ActiveValue::Set(status),
        at: sea_orm::ActiveValue::Set(at),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Marks a priority updated now (an update answered it).
pub async fn touch<C: ConnectionTrait>(conn: &C, id: i32, now: i64) -> Result<(), DbErr> {
    priority::Entity::update_many()
        .col_expr(priority::Column::UpdatedAt, Expr::value(now))
        .filter(priority::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The options of a neighbourhood's closed votes that are priorities already.
pub async fn options_set<C: ConnectionTrait>(
    conn: &C,
    option_ids: &[i32],
) -> Result<Vec<i32>, DbErr> {
    Ok(priority::Entity::find()
        .filter(priority::Column::VoteOptionId.is_in(option_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|p| p.vote_option_id)
        .collect())
}

/// How many current priorities in each of these neighbourhoods are due an update (not updated
/// for three months): (neighbourhood id, count), counted by the database.
pub async fn due_counts(
    db: &DatabaseConnection,
    neighbourhood_ids: &[i32],
    now: i64,
) -> Result<Vec<(i32, i64)>, DbErr> {
    use sea_orm::QuerySelect;
    priority::Entity::find()
        .select_only()
        .column(priority::Column::NeighbourhoodId)
        .column_as(priority::Column::Id.count(), "due")
        .filter(priority::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
        .filter(priority::Column::Status.ne(PriorityStatus::Retired))
        .filter(priority::Column::UpdatedAt.lt(crate::domain::priority::due_before(now)))
        .group_by(priority::Column::NeighbourhoodId)
        .into_tuple()
        .all(db)
        .await
}
