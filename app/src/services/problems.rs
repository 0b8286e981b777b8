//! SARA problems: a team groups concerns into a problem and works it through Scanning,
//! Analysis, Response (its actions) and Assessment, each stage dated when first written. A
//! problem's public summary and stage can be published on the neighbourhood page. Every change
//! is audited in the same transaction.

use crate::domain::problem::ActionEntry;
use crate::domain::reference::new_reference;
use crate::domain::staff::StaffMember;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::write::{Database, Write};
use entity::problem::{self, SaraStage};
use entity::{concern, neighbourhood, problem_action};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use serde::Serialize;

pub fn problem_path(code: &str, reference: &str) -> String {
    format!("/staff/neighbourhoods/{code}/problems/{reference}")
}

/// A neighbourhood's problems, most recently changed first.
pub async fn for_neighbourhood<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<Vec<problem::Model>, DbErr> {
    problem::Entity::find()
        .filter(problem::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(problem::Column::UpdatedAt)
        .order_by_desc(problem::Column::Id)
        .all(conn)
        .await
}

/// A problem with its actions and the concerns grouped into it.
#[derive(Clone, Debug, PartialEq)]
pub struct ProblemDetail {
    pub problem: problem::Model,
    /// Oldest first.
    pub actions: Vec<problem_action::Model>,
    pub concerns: Vec<concern::Model>,
}

pub async fn detail<C: ConnectionTrait>(
    conn: &C,
    n: &neighbourhood::Model,
    reference: &str,
) -> Result<Option<ProblemDetail>, DbErr> {
    let Some(found) = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(problem::Column::NeighbourhoodId.eq(n.id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let actions = problem_action::Entity::find()
        .filter(problem_action::Column::ProblemId.eq(found.id))
        .order_by_asc(problem_action::Column::ActionOn)
        .order_by_asc(problem_action::Column::Id)
        .all(conn)
        .await?;
    let concerns = concern::Entity::find()
        .filter(concern::Column::ProblemId.eq(found.id))
        .order_by_asc(concern::Column::CreatedAt)
        .all(conn)
        .await?;
    Ok(Some(ProblemDetail {
        problem: found,
        actions,
        concerns,
    }))
}

/// What the audit log keeps of a problem.
#[derive(Serialize)]
struct ProblemRecord<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_cy: Option<&'a str>,
    stage: &'a str,
    published: bool,
    public_summary: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    public_summary_cy: Option<&'a str>,
}

fn record(p: &problem::Model) -> ProblemRecord<'_> {
    ProblemRecord {
        title: &p.title,
        title_cy: p.title_cy.as_deref(),
        stage: p.stage.label(),
        published: p.published,
        public_summary: &p.public_summary,
        public_summary_cy: p.public_summary_cy.as_deref(),
    }
}

/// Opens a problem at Scanning, with what was seen; returns its reference.
pub async fn open(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    title: &str,
    scanning: &str,
) -> Result<String, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let reference = new_reference("PRB");
    let opened = problem::Entity::insert(problem::ActiveModel {
        id: NotSet,
        reference: Set(reference.clone()),
        neighbourhood_id: Set(n.id),
        title: Set(title.to_string()),
        stage: Set(SaraStage::Scanning),
        scanning: Set(scanning.to_string()),
        scanning_at: Set((!scanning.is_empty()).then_some(now)),
        analysis_causes: Set(String::new()),
        analysis_victims: Set(String::new()),
        analysis_offenders: Set(String::new()),
        analysis_locations: Set(String::new()),
        analysis_at: Set(None),
        response_at: Set(None),
        assessment_worked: Set(String::new()),
        assessment_measure: Set(String::new()),
        assessment_outcome: Set(String::new()),
        assessment_at: Set(None),
        published: Set(false),
        public_summary: Set(String::new()),
        title_cy: Set(None),
        public_summary_cy: Set(None),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
        updated_at: Set(now),
    })
    .exec_with_returning(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::ProblemOpened,
        &format!("{reference} “{title}” in {}", n.name),
        None::<&ProblemRecord>,
        Some(&record(&opened)),
    )
    .await?;
    txn.commit().await?;
    Ok(reference)
}

/// What a team writes at one SARA stage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageWriting {
    Scanning {
        text: String,
    },
    Analysis {
        causes: String,
        victims: String,
        offenders: String,
        locations: String,
    },
    Assessment {
        worked: String,
        measure: String,
        outcome: String,
    },
}

impl StageWriting {
    fn stage(&self) -> SaraStage {
        match self {
            StageWriting::Scanning { .. } => SaraStage::Scanning,
            StageWriting::Analysis { .. } => SaraStage::Analysis,
            StageWriting::Assessment { .. } => SaraStage::Assessment,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemChanged {
    Changed,
    NoSuchProblem,
}

/// Loads the problem for a change, or None if it is not `n`'s.
async fn for_change<C: ConnectionTrait>(
    conn: &C,
    n: &neighbourhood::Model,
    reference: &str,
) -> Result<Option<problem::Model>, DbErr> {
    problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(problem::Column::NeighbourhoodId.eq(n.id))
        .one(conn)
        .await
}

/// Writes a stage: dated the first time, and the problem moves on to it if it is further on.
pub async fn write_stage(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    writing: StageWriting,
) -> Result<ProblemChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(before) = for_change(&txn, n, reference).await? else {
        return Ok(ProblemChanged::NoSuchProblem);
    };
    let stage = writing.stage();
    let mut row = before.clone().into_active_model();
    match writing {
        StageWriting::Scanning { text } => {
            row.scanning = Set(text);
            row.scanning_at = Set(before.scanning_at.or(Some(now)));
        }
        StageWriting::Analysis {
            causes,
            victims,
            offenders,
            locations,
        } => {
            row.analysis_causes = Set(causes);
            row.analysis_victims = Set(victims);
            row.analysis_offenders = Set(offenders);
            row.analysis_locations = Set(locations);
            row.analysis_at = Set(before.analysis_at.or(Some(now)));
        }
        StageWriting::Assessment {
            worked,
            measure,
            outcome,
        } => {
            row.assessment_worked = Set(worked);
            row.assessment_measure = Set(measure);
            row.assessment_outcome = Set(outcome);
            row.assessment_at = Set(before.assessment_at.or(Some(now)));
        }
    }
    row.stage = Set(before.stage.max(stage));
    row.updated_at = Set(now);
    let after = problem::Entity::update(row).exec(&txn).await?;
    changed(&txn, clock, member, n, &before, &after).await?;
    txn.commit().await?;
    Ok(ProblemChanged::Changed)
}

async fn changed(
    conn: &Write,
    clock: &Clock,
    member: &StaffMember,
    n: &neighbourhood::Model,
    before: &problem::Model,
    after: &problem::Model,
) -> Result<(), DbErr> {
    audit::record(
        conn,
        clock,
        Some(member),
        AuditAction::ProblemChanged,
        &format!("{} “{}” in {}", after.reference, after.title, n.name),
        Some(&record(before)),
        Some(&record(after)),
    )
    .await?;
    if before.published || after.published {
        conn.public_page_changed().await?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ActionRecord<'a> {
    action: &'a str,
    owner: &'a str,
    partner: &'a str,
    date: String,
}

/// Records an action: the problem is then at least at Response.
pub async fn add_action(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    action: &ActionEntry,
) -> Result<ProblemChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = for_change(&txn, n, reference).await? else {
        return Ok(ProblemChanged::NoSuchProblem);
    };
    problem_action::Entity::insert(problem_action::ActiveModel {
        id: NotSet,
        problem_id: Set(found.id),
        description: Set(action.description.clone()),
        owner: Set(action.owner.clone()),
        partner: Set(action.partner.clone()),
        action_on: Set(action.on),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
        partner_organisation_id: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    acted_on(&txn, found.id, now).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::ProblemChanged,
        &format!("{} “{}” in {}", found.reference, found.title, n.name),
        None::<&ActionRecord>,
        Some(&ActionRecord {
            action: &action.description,
            owner: &action.owner,
            partner: &action.partner,
            date: crate::services::clock::format_date(action.on),
        }),
    )
    .await?;
    if found.published {
        txn.public_page_changed().await?;
    }
    txn.commit().await?;
    Ok(ProblemChanged::Changed)
}

/// After an action is recorded on a problem (by its team or a partner): the problem is at least
/// at Response, dated the first time. Conditional updates rather than the row read before, so a
/// stage another writer moved on to meanwhile is never moved back.
pub(crate) async fn acted_on(txn: &Write, problem_id: i32, now: i64) -> Result<(), DbErr> {
    problem::Entity::update_many()
        .col_expr(problem::Column::Stage, Expr::value(SaraStage::Response))
        .filter(problem::Column::Id.eq(problem_id))
        .filter(problem::Column::Stage.is_in([SaraStage::Scanning, SaraStage::Analysis]))
        .exec(txn)
        .await?;
    problem::Entity::update_many()
        .col_expr(
            problem::Column::ResponseAt,
            Func::coalesce([Expr::col(problem::Column::ResponseAt), Expr::value(now)]).into(),
        )
        .col_expr(problem::Column::UpdatedAt, Expr::value(now))
        .filter(problem::Column::Id.eq(problem_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// What residents read of a published problem, as the team wrote it: its summary, and the title
/// and summary in Welsh if given.
#[derive(Clone, Copy, Debug)]
pub struct PublicWords<'a> {
    pub summary: &'a str,
    pub title_cy: Option<&'a str>,
    pub summary_cy: Option<&'a str>,
}

/// Publishes the problem with its summary (written by the team) and current stage, or takes it
/// off the public page (keeping what it said, for publishing again).
pub async fn publish(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    words: Option<PublicWords<'_>>,
) -> Result<ProblemChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(before) = for_change(&txn, n, reference).await? else {
        return Ok(ProblemChanged::NoSuchProblem);
    };
    let mut row = before.clone().into_active_model();
    row.published = Set(words.is_some());
    if let Some(words) = words {
        row.public_summary = Set(words.summary.to_string());
        row.title_cy = Set(words.title_cy.map(str::to_string));
        row.public_summary_cy = Set(words.summary_cy.map(str::to_string));
    }
    row.updated_at = Set(now);
    let after = problem::Entity::update(row).exec(&txn).await?;
    changed(&txn, clock, member, n, &before, &after).await?;
    txn.commit().await?;
    Ok(ProblemChanged::Changed)
}

/// Marks a problem as updated now (a concern was added to it).
pub async fn touch<C: ConnectionTrait>(conn: &C, problem_id: i32, now: i64) -> Result<(), DbErr> {
    problem::Entity::update_many()
        .col_expr(problem::Column::UpdatedAt, Expr::value(now))
        .filter(problem::Column::Id.eq(problem_id))
        .exec(conn)
        .await?;
    Ok(())
}
