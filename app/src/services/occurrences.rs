//! One occurrence as its team runs it: who has booked (names and addresses, for the team
//! only), who came, and cancelling it, which cancels every booking and emails each resident.

use crate::domain::staff::StaffMember;
use crate::services::audit::{self, AuditAction};
use crate::services::bookings::LetterParts;
use crate::services::calendar::{CalendarMethod, calendar};
use crate::services::clock::{Clock, format_span};
use crate::services::messages::{self, EmailSite};
use crate::services::{outbox, surgeries};
use entity::booking::{self, Attendance, BookingStatus};
use entity::surgery::SurgeryStatus;
use entity::waiting_entry::{self, WaitingStatus};
use entity::{neighbourhood, resident, surgery, surgery_slot};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;
use std::collections::HashMap;

/// One booking as the team sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    pub booking_id: i32,
    pub reference: String,
    pub slot_starts_at: i64,
    pub slot_ends_at: i64,
    /// None once the resident has deleted their account.
    pub name: Option<String>,
    pub email: Option<String>,
    pub topic: String,
    pub adjustments: String,
    pub status: BookingStatus,
    pub attendance: Option<Attendance>,
}

/// The occurrence's bookings, by slot and then by when they were made.
pub async fn roster<C: ConnectionTrait>(
    conn: &C,
    surgery_id: i32,
) -> Result<Vec<RosterEntry>, DbErr> {
    let bookings = booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .order_by_asc(booking::Column::CreatedAt)
        .all(conn)
        .await?;
    let slots: HashMap<i32, surgery_slot::Model> = surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let residents: HashMap<i32, resident::Model> = resident::Entity::find()
        .filter(resident::Column::Id.is_in(bookings.iter().filter_map(|b| b.resident_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut entries: Vec<RosterEntry> = bookings
        .into_iter()
        .map(|b| {
            let slot = slots.get(&b.slot_id);
            let resident = b.resident_id.and_then(|id| residents.get(&id));
            RosterEntry {
                booking_id: b.id,
                reference: b.reference,
                slot_starts_at: slot.map_or(0, |s| s.starts_at),
                slot_ends_at: slot.map_or(0, |s| s.ends_at),
                name: resident.and_then(|r| r.display_name.clone()),
                email: resident.map(|r| r.email.clone()),
                topic: b.topic,
                adjustments: b.adjustments,
                status: b.status,
                attendance: b.attendance,
            }
        })
        .collect();
    entries.sort_by_key(|e| e.slot_starts_at);
    Ok(entries)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttendanceOutcome {
    Recorded,
    /// Attendance is recorded from the surgery's start.
    NotStarted,
    /// Not a live booking at one of this neighbourhood's occurrences.
    NoSuchBooking,
}

#[derive(Serialize)]
struct AttendanceRecord {
    attendance: Attendance,
}

/// Records whether the resident came, once the surgery has begun.
pub async fn record_attendance(
    db: &DatabaseConnection,
    clock: &Clock,
    member: &StaffMember,
    n: &neighbourhood::Model,
    booking_id: i32,
    attendance: Attendance,
) -> Result<AttendanceOutcome, DbErr> {
    let now = clock.now();
    let txn = crate::services::begin_write(db).await?;
    let Some(found) = booking::Entity::find_by_id(booking_id)
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .one(&txn)
        .await?
    else {
        return Ok(AttendanceOutcome::NoSuchBooking);
    };
    let Some(occurrence) = surgery::Entity::find_by_id(found.surgery_id)
        .filter(surgery::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(AttendanceOutcome::NoSuchBooking);
    };
    if occurrence.starts_at > now {
        return Ok(AttendanceOutcome::NotStarted);
    }
    booking::Entity::update_many()
        .col_expr(booking::Column::Attendance, Expr::value(attendance))
        .filter(booking::Column::Id.eq(found.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::AttendanceRecorded,
        &format!("booking {}", found.reference),
        found
            .attendance
            .map(|attendance| AttendanceRecord { attendance })
            .as_ref(),
        Some(&AttendanceRecord { attendance }),
    )
    .await?;
    txn.commit().await?;
    Ok(AttendanceOutcome::Recorded)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OccurrenceCancelled {
    /// Cancelled, and this many residents emailed.
    Cancelled { residents_told: usize },
    /// Already cancelled, started, or not this neighbourhood's.
    NotCancellable,
}

#[derive(Serialize)]
struct CancellationRecord<'a> {
    status: &'a str,
    reason: Option<&'a str>,
}

/// Cancels an occurrence still to come: every live booking is cancelled with it, its places
/// are emptied, and each resident is emailed the calendar's cancellation, all in one
/// transaction with the audit entry.
pub async fn cancel_occurrence(
    db: &DatabaseConnection,
    clock: &Clock,
    site: &EmailSite,
    member: &StaffMember,
    n: &neighbourhood::Model,
    surgery_id: i32,
    reason: &str,
) -> Result<OccurrenceCancelled, DbErr> {
    let now = clock.now();
    let txn = crate::services::begin_write(db).await?;
    // The occurrence's row first, as a booking takes it: no booking slips in after this.
    let cancelled = surgery::Entity::update_many()
        .col_expr(
            surgery::Column::Status,
            Expr::value(SurgeryStatus::Cancelled),
        )
        .col_expr(surgery::Column::CancelledReason, Expr::value(reason))
        .filter(surgery::Column::Id.eq(surgery_id))
        .filter(surgery::Column::NeighbourhoodId.eq(n.id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gt(now))
        .exec(&txn)
        .await?;
    if cancelled.rows_affected != 1 {
        return Ok(OccurrenceCancelled::NotCancellable);
    }
    let Some(detail) = surgeries::occurrence(&txn, surgery_id).await? else {
        return Ok(OccurrenceCancelled::NotCancellable);
    };
    let live = booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(&txn)
        .await?;
    booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled),
        )
        .col_expr(booking::Column::CancelledAt, Expr::value(now))
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .exec(&txn)
        .await?;
    waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::Status,
            Expr::value(WaitingStatus::Withdrawn),
        )
        .filter(waiting_entry::Column::SurgeryId.eq(surgery_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .exec(&txn)
        .await?;
    surgery_slot::Entity::update_many()
        .col_expr(surgery_slot::Column::Booked, Expr::value(0))
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .exec(&txn)
        .await?;
    let mut residents_told = 0;
    for b in &live {
        let resident = match b.resident_id {
            Some(id) => resident::Entity::find_by_id(id).one(&txn).await?,
            None => None,
        };
        let slot = detail.slots.iter().find(|s| s.id == b.slot_id);
        let (Some(resident), Some(slot)) = (resident, slot) else {
            continue;
        };
        let parts = LetterParts::new(site, &detail, slot);
        let cancellation = calendar(
            CalendarMethod::Cancel,
            &[parts.event(&b.reference, &resident.email, true)],
            now,
        );
        outbox::enqueue(
            &txn,
            clock,
            messages::surgery_cancelled_by_team(
                &parts.letter(&resident.email, &b.reference),
                reason,
            )
            .with_calendar(cancellation),
        )
        .await?;
        residents_told += 1;
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::SurgeryCancelled,
        &format!(
            "“{}” on {} in {}",
            detail.series.title,
            format_span(detail.surgery.starts_at, detail.surgery.ends_at),
            n.name
        ),
        Some(&CancellationRecord {
            status: "scheduled",
            reason: None,
        }),
        Some(&CancellationRecord {
            status: "cancelled",
            reason: Some(reason),
        }),
    )
    .await?;
    crate::services::public_pages::changed(&txn).await?;
    txn.commit().await?;
    Ok(OccurrenceCancelled::Cancelled { residents_told })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlacesChanged {
    /// Changed; this many residents waiting were given the new places.
    Changed { promoted: usize },
    /// Places can be lowered only down to those already booked.
    BelowBooked { booked: i32 },
    /// The slot has started, or is not one of this neighbourhood's occurrences still going
    /// ahead.
    NotChangeable,
}

#[derive(Serialize)]
struct PlacesRecord {
    places: i32,
}

/// Raises or lowers a slot's places (never below those booked), filling new places from its
/// waiting list, in one transaction with the audit entry.
pub async fn change_places(
    db: &DatabaseConnection,
    clock: &Clock,
    site: &EmailSite,
    member: &StaffMember,
    n: &neighbourhood::Model,
    slot_id: i32,
    places: i32,
) -> Result<PlacesChanged, DbErr> {
    use crate::services::bookings::{lock_occurrence, promote_first_waiting};
    let now = clock.now();
    let txn = crate::services::begin_write(db).await?;
    let Some(slot) = surgery_slot::Entity::find_by_id(slot_id).one(&txn).await? else {
        return Ok(PlacesChanged::NotChangeable);
    };
    lock_occurrence(&txn, slot.surgery_id).await?;
    let going_ahead = surgery::Entity::find_by_id(slot.surgery_id)
        .filter(surgery::Column::NeighbourhoodId.eq(n.id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .one(&txn)
        .await?;
    let (Some(occurrence), true) = (going_ahead, slot.starts_at > now) else {
        return Ok(PlacesChanged::NotChangeable);
    };
    // Lowered only while no more are booked than the new number, checked by the database.
    let changed = surgery_slot::Entity::update_many()
        .col_expr(surgery_slot::Column::Places, Expr::value(places))
        .filter(surgery_slot::Column::Id.eq(slot.id))
        .filter(surgery_slot::Column::Booked.lte(places))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        let booked = surgery_slot::Entity::find_by_id(slot.id)
            .one(&txn)
            .await?
            .map_or(slot.booked, |s| s.booked);
        return Ok(PlacesChanged::BelowBooked { booked });
    }
    let mut promoted = 0;
    while promote_first_waiting(&txn, clock, site, &slot).await? {
        promoted += 1;
    }
    let detail = surgeries::occurrence(&txn, occurrence.id).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PlacesChanged,
        &format!(
            "the {} slot of “{}” in {}",
            format_span(slot.starts_at, slot.ends_at),
            detail.map(|d| d.series.title).unwrap_or_default(),
            n.name
        ),
        Some(&PlacesRecord {
            places: slot.places,
        }),
        Some(&PlacesRecord { places }),
    )
    .await?;
    txn.commit().await?;
    Ok(PlacesChanged::Changed { promoted })
}
