//! Moderation: nothing a resident writes appears publicly until a moderator has approved it,
//! perhaps edited (redacting names, addresses, anything identifying). The resident's original
//! stays visible to staff. What residents have raised is then shown, with counts, on the
//! neighbourhood page and in its Atom feed.

use crate::policy::{Moderation, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::write::Database;
use entity::concern::{self, ConcernStatus, SummaryStatus};
use entity::problem::{self, SaraStage};
use entity::{concern_category, neighbourhood};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use std::collections::HashMap;

/// A summary waiting for a moderator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingSummary {
    pub concern_id: i32,
    pub reference: String,
    pub neighbourhood: String,
    pub category: String,
    pub location: String,
    /// What the resident wrote, from which the public summary is made.
    pub description: String,
    pub created_at: i64,
}

/// How many public summaries wait for a moderator.
pub async fn pending_count(db: &DatabaseConnection) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    concern::Entity::find()
        .filter(concern::Column::SummaryStatus.eq(SummaryStatus::Pending))
        .count(db)
        .await
}

/// Summaries waiting, oldest first.
pub async fn pending(db: &DatabaseConnection, limit: u64) -> Result<Vec<PendingSummary>, DbErr> {
    let found = concern::Entity::find()
        .filter(concern::Column::SummaryStatus.eq(SummaryStatus::Pending))
        .order_by_asc(concern::Column::CreatedAt)
        .order_by_asc(concern::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let neighbourhoods: HashMap<i32, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(found.iter().map(|c| c.neighbourhood_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let categories = category_names(db).await?;
    Ok(found
        .into_iter()
        .map(|c| PendingSummary {
            concern_id: c.id,
            reference: c.reference,
            neighbourhood: neighbourhoods
                .get(&c.neighbourhood_id)
                .cloned()
                .unwrap_or_default(),
            category: categories.get(&c.category_id).cloned().unwrap_or_default(),
            location: c.location,
            description: c.description,
            created_at: c.created_at,
        })
        .collect())
}

async fn category_names<C: ConnectionTrait>(conn: &C) -> Result<HashMap<i32, String>, DbErr> {
    Ok(concern_category::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect())
}

/// A moderator's decision on one summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Published as `summary` (the resident's words, perhaps edited).
    Approve {
        summary: String,
    },
    Reject,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moderated {
    Done,
    /// Another moderator decided first, or there was nothing to decide.
    NotPending,
}

#[derive(Serialize)]
struct SummaryRecord<'a> {
    decision: &'a str,
    summary: Option<&'a str>,
    edited: bool,
}

pub async fn decide(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Moderation>,
    concern_id: i32,
    decision: &Decision,
) -> Result<Moderated, DbErr> {
    let moderator = permit.member();
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = concern::Entity::find_by_id(concern_id).one(&txn).await? else {
        return Ok(Moderated::NotPending);
    };
    let (status, summary) = match decision {
        Decision::Approve { summary } => (SummaryStatus::Approved, Some(summary.clone())),
        Decision::Reject => (SummaryStatus::Rejected, None),
    };
    // Only a summary still pending is decided: two moderators at once decide it once.
    let decided = concern::Entity::update_many()
        .col_expr(concern::Column::SummaryStatus, Expr::value(status))
        .col_expr(concern::Column::PublicSummary, Expr::value(summary.clone()))
        .col_expr(concern::Column::ModeratedBy, Expr::value(moderator.id))
        .col_expr(concern::Column::ModeratedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::SummaryStatus.eq(SummaryStatus::Pending))
        .exec(&txn)
        .await?;
    if decided.rows_affected != 1 {
        return Ok(Moderated::NotPending);
    }
    audit::record(
        &txn,
        clock,
        Some(moderator),
        AuditAction::SummaryModerated,
        &format!("concern {}", found.reference),
        None::<&SummaryRecord>,
        Some(&SummaryRecord {
            decision: if summary.is_some() {
                "approved"
            } else {
                "rejected"
            },
            edited: summary
                .as_deref()
                .is_some_and(|s| s.trim() != found.description.trim()),
            summary: summary.as_deref(),
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(Moderated::Done)
}

/// How long "recent" is on the public page: the last three months.
pub const RECENT_SECONDS: i64 = 90 * 86_400;
/// How many approved summaries the neighbourhood page shows.
const SUMMARIES_SHOWN: u64 = 10;

/// What residents have raised in a neighbourhood, as the public sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RaisedHere {
    /// Concerns raised in the last three months, by category (most first).
    pub counts: Vec<(String, u64)>,
    /// Approved summaries, newest first.
    pub summaries: Vec<PublicSummary>,
    /// Published problems, most recently updated first.
    pub problems: Vec<PublicProblem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PublicSummary {
    pub reference: String,
    pub category: String,
    pub summary: String,
    pub raised_at: i64,
    pub approved_at: i64,
    pub status: ConcernStatus,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PublicProblem {
    pub reference: String,
    pub title: String,
    pub stage: SaraStage,
    pub summary: String,
    /// The title and summary in Welsh, where the team gave them.
    pub title_cy: Option<String>,
    pub summary_cy: Option<String>,
    pub updated_at: i64,
    /// The partner organisations that recorded an action on it, credited by name.
    pub partners: Vec<String>,
}

pub async fn raised_in(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
) -> Result<RaisedHere, DbErr> {
    let since = now - RECENT_SECONDS;
    let recent = || {
        concern::Entity::find()
            .filter(concern::Column::NeighbourhoodId.eq(neighbourhood_id))
            .filter(concern::Column::CreatedAt.gte(since))
    };
    let by_category: Vec<(i32, i64)> = recent()
        .select_only()
        .column(concern::Column::CategoryId)
        .column_as(concern::Column::Id.count(), "raised")
        .group_by(concern::Column::CategoryId)
        .into_tuple()
        .all(db)
        .await?;
    let names = category_names(db).await?;
    let mut counts: Vec<(String, u64)> = by_category
        .into_iter()
        .map(|(category, raised)| {
            (
                names.get(&category).cloned().unwrap_or_default(),
                raised as u64,
            )
        })
        .collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let summaries = concern::Entity::find()
        .filter(concern::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(concern::Column::SummaryStatus.eq(SummaryStatus::Approved))
        .order_by_desc(concern::Column::CreatedAt)
        .limit(SUMMARIES_SHOWN)
        .all(db)
        .await?
        .into_iter()
        .map(|c| PublicSummary {
            reference: c.reference,
            category: names.get(&c.category_id).cloned().unwrap_or_default(),
            summary: c.public_summary.unwrap_or_default(),
            raised_at: c.created_at,
            approved_at: c.moderated_at.unwrap_or(c.created_at),
            status: c.status,
        })
        .collect();
    let published = problem::Entity::find()
        .filter(problem::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(problem::Column::Published.eq(true))
        .order_by_desc(problem::Column::UpdatedAt)
        .all(db)
        .await?;
    let mut credits =
        crate::services::partners::credits(db, &published.iter().map(|p| p.id).collect::<Vec<_>>())
            .await?;
    let problems = published
        .into_iter()
        .map(|p| PublicProblem {
            partners: credits.remove(&p.id).unwrap_or_default(),
            reference: p.reference,
            title: p.title,
            stage: p.stage,
            summary: p.public_summary,
            title_cy: p.title_cy,
            summary_cy: p.public_summary_cy,
            updated_at: p.updated_at,
        })
        .collect();
    Ok(RaisedHere {
        counts,
        summaries,
        problems,
    })
}
