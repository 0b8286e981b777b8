//! The time team members record: hours in the community and abstractions, each audited.

use crate::domain::duty::DutyEntry;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::write::Database;
use entity::{duty_day, duty_time, neighbourhood, staff_account};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;

#[derive(Serialize)]
struct DutyRecord<'a> {
    kind: &'a str,
    day: String,
    minutes: i32,
    place: &'a str,
}

/// The most time one member may record for one day: all of it.
pub const MOST_MINUTES_A_DAY: i32 = 24 * 60;

/// What became of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recording {
    Kept,
    /// It would take the member's day past 24 hours; `already` minutes are recorded for it.
    OverADay {
        already: i32,
    },
}

/// Keeps a record for the neighbourhood's team, audited in the same transaction, if the
/// member's total for that day stays within 24 hours. The total is added to by one upsert that
/// matches only while it stays within the day, so records sent at once cannot pass it together.
pub async fn record(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: &DutyEntry,
) -> Result<Recording, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    if !add_to_day(&txn, member.id, entry.worked_on, entry.minutes).await? {
        let already = duty_day::Entity::find_by_id((member.id, entry.worked_on))
            .one(&txn)
            .await?
            .map_or(0, |day| day.minutes);
        txn.rollback().await?;
        return Ok(Recording::OverADay { already });
    }
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
    txn.commit().await?;
    Ok(Recording::Kept)
}

/// Adds `minutes` to the member's total for the day; false (and nothing added) if the total
/// would pass 24 hours.
async fn add_to_day(
    conn: &impl ConnectionTrait,
    staff_id: i32,
    worked_on: i64,
    minutes: i32,
) -> Result<bool, DbErr> {
    use duty_day::Column;
    let total = Expr::col((duty_day::Entity, Column::Minutes))
        .add(Expr::col((Alias::new("excluded"), Column::Minutes)));
    let statement = Query::insert()
        .into_table(duty_day::Entity)
        .columns([Column::StaffId, Column::WorkedOn, Column::Minutes])
        .values_panic([staff_id.into(), worked_on.into(), minutes.into()])
        .on_conflict(
            OnConflict::columns([Column::StaffId, Column::WorkedOn])
                .value(Column::Minutes, total.clone())
                .action_and_where(total.lte(MOST_MINUTES_A_DAY))
                .to_owned(),
        )
        .returning(Query::returning().column(Column::Minutes))
        .to_owned();
    Ok(conn.query_one(&statement).await?.is_some())
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
