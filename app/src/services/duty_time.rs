//! The time team members record: hours in the community and abstractions, each audited.

use crate::domain::duty::DutyEntry;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::write::Database;
use entity::{duty_time, neighbourhood, staff_account};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

#[derive(Serialize)]
struct DutyRecord<'a> {
    kind: &'a str,
    day: String,
    minutes: i32,
    place: &'a str,
}

/// Keeps a record for the neighbourhood's team, audited in the same transaction.
pub async fn record(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: &DutyEntry,
) -> Result<(), DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    duty_time::Entity::insert(duty_time::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        staff_id: Set(Some(member.id)),
        kind: Set(entry.kind),
        worked_on: Set(entry.worked_on),
        minutes: Set(entry.minutes),
        place: Set(entry.place.clone()),
        created_at: Set(clock.now()),
    })
    .exec(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::DutyTimeRecorded,
        &format!("{} ({})", n.name, n.code),
        None::<&DutyRecord>,
        Some(&DutyRecord {
            kind: entry.kind.label(),
            day: format_date(entry.worked_on),
            minutes: entry.minutes,
            place: &entry.place,
        }),
    )
    .await?;
    txn.commit().await
}

/// A record as the team's page lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub record: duty_time::Model,
    /// Who recorded it, or none once their account is gone.
    pub by: Option<String>,
}

/// The neighbourhood's latest records, newest day first.
pub async fn recent(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    limit: u64,
) -> Result<Vec<Recorded>, DbErr> {
    let records = duty_time::Entity::find()
        .filter(duty_time::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(duty_time::Column::WorkedOn)
        .order_by_desc(duty_time::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let staff = staff_account::Entity::find()
        .filter(staff_account::Column::Id.is_in(records.iter().filter_map(|r| r.staff_id)))
        .all(db)
        .await?;
    Ok(records
        .into_iter()
        .map(|record| Recorded {
            by: staff
                .iter()
                .find(|s| Some(s.id) == record.staff_id)
                .map(|s| s.name.clone()),
            record,
        })
        .collect())
}
