//! What staff change about neighbourhoods: their details, their public team lists, and (for
//! administrators) Local Policing Areas and the neighbourhoods themselves. Every change is
//! audited in the same transaction.

use crate::domain::neighbourhood::{NeighbourhoodDetailsEntry, TeamMemberEntry};
use crate::policy::{Administration, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::write::Database;
use entity::{local_policing_area, neighbourhood, team_member};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait,
    ActiveValue::{NotSet, Set},
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use serde::Serialize;

/// A neighbourhood as staff pages list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NeighbourhoodSummary {
    pub id: i32,
    pub lpa_id: i32,
    pub code: String,
    pub name: String,
    pub lpa: String,
}

pub async fn neighbourhoods(db: &DatabaseConnection) -> Result<Vec<NeighbourhoodSummary>, DbErr> {
    let rows = neighbourhood::Entity::find()
        .find_also_related(local_policing_area::Entity)
        .order_by_asc(neighbourhood::Column::Name)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(n, lpa)| NeighbourhoodSummary {
            id: n.id,
            lpa_id: n.lpa_id,
            code: n.code,
            name: n.name,
            lpa: lpa.map(|l| l.name).unwrap_or_default(),
        })
        .collect())
}

/// "PCSO Priya Kaur to the Edgbaston team", as the audit log names a team member.
fn team_subject(m: &team_member::Model, n: &neighbourhood::Model) -> String {
    format!("{} {} on the {} team", m.rank, m.name, n.name)
}

#[derive(Serialize)]
struct TeamMemberSnapshot<'a> {
    name: &'a str,
    rank: &'a str,
    bio: &'a str,
    is_contact_officer: bool,
}

fn team_snapshot(m: &team_member::Model) -> TeamMemberSnapshot<'_> {
    TeamMemberSnapshot {
        name: &m.name,
        rank: &m.rank,
        bio: &m.bio,
        is_contact_officer: m.is_contact_officer,
    }
}

/// Adds someone to a neighbourhood's public team list. Naming a new contact officer replaces
/// the old one: residents are given one named officer.
pub async fn add_team_member(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: TeamMemberEntry,
) -> Result<(), DbErr> {
    let (actor, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    if entry.is_contact_officer {
        clear_contact_officer(&txn, n.id).await?;
    }
    let next_order = team_member::Entity::find()
        .filter(team_member::Column::NeighbourhoodId.eq(n.id))
        .order_by_desc(team_member::Column::DisplayOrder)
        .one(&txn)
        .await?
        .map_or(1, |m| m.display_order + 1);
    let added = team_member::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        name: Set(entry.name),
        rank: Set(entry.rank),
        bio: Set(entry.bio),
        is_contact_officer: Set(entry.is_contact_officer),
        display_order: Set(next_order),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        AuditAction::TeamMemberAdded,
        &team_subject(&added, n),
        None::<&()>,
        Some(&team_snapshot(&added)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await
}

async fn clear_contact_officer<C: sea_orm::ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<(), DbErr> {
    team_member::Entity::update_many()
        .col_expr(team_member::Column::IsContactOfficer, Expr::value(false))
        .filter(team_member::Column::NeighbourhoodId.eq(neighbourhood_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Changes or removes (`entry` None) a team member of neighbourhood `n`. False if there is no
/// such member in that neighbourhood.
pub async fn change_team_member(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    member_id: i32,
    entry: Option<TeamMemberEntry>,
) -> Result<bool, DbErr> {
    let (actor, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let Some(before) = team_member::Entity::find_by_id(member_id)
        .filter(team_member::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(false);
    };
    let subject = team_subject(&before, n);
    match entry {
        Some(entry) => {
            if entry.is_contact_officer {
                clear_contact_officer(&txn, n.id).await?;
            }
            let mut changed = before.clone().into_active_model();
            changed.name = Set(entry.name);
            changed.rank = Set(entry.rank);
            changed.bio = Set(entry.bio);
            changed.is_contact_officer = Set(entry.is_contact_officer);
            let after = changed.update(&txn).await?;
            audit::record(
                &txn,
                clock,
                Some(actor),
                AuditAction::TeamMemberChanged,
                &subject,
                Some(&team_snapshot(&before)),
                Some(&team_snapshot(&after)),
            )
            .await?;
        }
        None => {
            team_member::Entity::delete_by_id(member_id)
                .exec(&txn)
                .await?;
            audit::record(
                &txn,
                clock,
                Some(actor),
                AuditAction::TeamMemberRemoved,
                &subject,
                Some(&team_snapshot(&before)),
                None::<&()>,
            )
            .await?;
        }
    }
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(true)
}

pub async fn update_neighbourhood_details(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: NeighbourhoodDetailsEntry,
) -> Result<(), DbErr> {
    let (actor, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    // Read inside the transaction, so an edit made meanwhile is not lost from the record.
    let current = neighbourhood::Entity::find_by_id(n.id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("neighbourhood {}", n.code)))?;
    let before = NeighbourhoodDetailsEntry {
        description: current.description,
        contact_email: current.contact_email,
        contact_telephone: current.contact_telephone,
    };
    neighbourhood::Entity::update_many()
        .col_expr(
            neighbourhood::Column::Description,
            Expr::value(entry.description.clone()),
        )
        .col_expr(
            neighbourhood::Column::ContactEmail,
            Expr::value(entry.contact_email.clone()),
        )
        .col_expr(
            neighbourhood::Column::ContactTelephone,
            Expr::value(entry.contact_telephone.clone()),
        )
        .filter(neighbourhood::Column::Id.eq(n.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        AuditAction::NeighbourhoodDetailsChanged,
        &n.name,
        Some(&before),
        Some(&entry),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await
}

pub async fn lpas(db: &DatabaseConnection) -> Result<Vec<local_policing_area::Model>, DbErr> {
    local_policing_area::Entity::find()
        .order_by_asc(local_policing_area::Column::Name)
        .all(db)
        .await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaChange {
    Done,
    CodeTaken,
    NoSuchArea,
}

#[derive(Serialize)]
struct AreaSnapshot<'a> {
    code: &'a str,
    name: &'a str,
}

/// Adds a Local Policing Area to the force.
pub async fn create_lpa(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    force_id: &str,
    code: &str,
    name: &str,
) -> Result<AreaChange, DbErr> {
    let actor = permit.member();
    let txn = db.write().await?;
    if local_policing_area::Entity::find()
        .filter(local_policing_area::Column::Code.eq(code))
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(AreaChange::CodeTaken);
    }
    local_policing_area::ActiveModel {
        id: NotSet,
        force_id: Set(force_id.to_string()),
        code: Set(code.to_string()),
        name: Set(name.to_string()),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        AuditAction::AreaCreated,
        name,
        None::<&()>,
        Some(&AreaSnapshot { code, name }),
    )
    .await?;
    crate::services::gazetteer::bump_revision(&txn).await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(AreaChange::Done)
}

pub async fn rename_lpa(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    id: i32,
    name: &str,
) -> Result<AreaChange, DbErr> {
    let actor = permit.member();
    let txn = db.write().await?;
    let Some(before) = local_policing_area::Entity::find_by_id(id)
        .one(&txn)
        .await?
    else {
        return Ok(AreaChange::NoSuchArea);
    };
    local_policing_area::Entity::update_many()
        .col_expr(local_policing_area::Column::Name, Expr::value(name))
        .filter(local_policing_area::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        AuditAction::AreaRenamed,
        &before.name,
        Some(&AreaSnapshot {
            code: &before.code,
            name: &before.name,
        }),
        Some(&AreaSnapshot {
            code: &before.code,
            name,
        }),
    )
    .await?;
    crate::services::gazetteer::bump_revision(&txn).await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(AreaChange::Done)
}

/// Adds a neighbourhood (without a boundary until one is imported) to an LPA.
pub async fn create_neighbourhood(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    lpa_id: i32,
    code: &str,
    name: &str,
) -> Result<AreaChange, DbErr> {
    let actor = permit.member();
    let txn = db.write().await?;
    let Some(lpa) = local_policing_area::Entity::find_by_id(lpa_id)
        .one(&txn)
        .await?
    else {
        return Ok(AreaChange::NoSuchArea);
    };
    if neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq(code))
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(AreaChange::CodeTaken);
    }
    neighbourhood::ActiveModel {
        id: NotSet,
        force_id: Set(lpa.force_id.clone()),
        lpa_id: Set(lpa.id),
        code: Set(code.to_string()),
        name: Set(name.to_string()),
        description: Set(String::new()),
        boundary: Set(None),
        centre_latitude: Set(None),
        centre_longitude: Set(None),
        contact_email: Set(None),
        contact_telephone: Set(None),
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        AuditAction::NeighbourhoodCreated,
        name,
        None::<&()>,
        Some(&AreaSnapshot { code, name }),
    )
    .await?;
    crate::services::gazetteer::bump_revision(&txn).await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(AreaChange::Done)
}
