//! One occurrence as its team runs it: who has booked (names and addresses, for the team
//! only), who came, and cancelling it, which cancels every booking and emails each resident.

use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::bookings::LetterParts;
use crate::services::calendar::{CalendarMethod, calendar};
use crate::services::clock::{Clock, format_span};
use crate::services::messages::{self, EmailSite};
use crate::services::write::{Database, Write};
use crate::services::{outbox, surgeries};
use entity::booking::{self, Attendance, BookingStatus};
use entity::surgery::SurgeryStatus;
use entity::waiting_entry::{self, WaitingStatus};
use entity::{neighbourhood, resident, staff_account, surgery, surgery_series, surgery_slot};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::HashMap;

/// One booking as the team sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    pub booking_id: i32,
    pub reference: String,
    pub slot_starts_at: i64,
    pub slot_ends_at: i64,
    /// The resident's name (or the name a walk-in gave); None once the resident has deleted
    /// their account, or if they gave none.
    pub name: Option<String>,
    pub email: Option<String>,
    /// The member of staff who booked on the resident's behalf.
    pub booked_by: Option<String>,
    /// Held by a resident who has since deleted their account.
    pub account_deleted: bool,
    pub topic: String,
    pub adjustments: String,
    pub status: BookingStatus,
    pub attendance: Option<Attendance>,
}

/// The occurrence's slots, by id.
async fn slots_by_id<C: ConnectionTrait>(
    conn: &C,
    surgery_id: i32,
) -> Result<HashMap<i32, surgery_slot::Model>, DbErr> {
    Ok(surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect())
}

/// These residents, by id.
async fn residents_by_id<C: ConnectionTrait>(
    conn: &C,
    ids: impl Iterator<Item = i32>,
) -> Result<HashMap<i32, resident::Model>, DbErr> {
    Ok(resident::Entity::find()
        .filter(resident::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
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
    let slots = slots_by_id(conn, surgery_id).await?;
    let residents = residents_by_id(conn, bookings.iter().filter_map(|b| b.resident_id)).await?;
    let staff: HashMap<i32, String> = staff_account::Entity::find()
        .filter(staff_account::Column::Id.is_in(bookings.iter().filter_map(|b| b.booked_by)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
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
                name: resident
                    .and_then(|r| r.display_name.clone())
                    .or(b.walk_in_name.clone()),
                email: resident.map(|r| r.email.clone()),
                booked_by: b.booked_by.and_then(|id| staff.get(&id).cloned()),
                account_deleted: b.resident_id.is_none() && b.walk_in_name.is_none(),
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

/// Someone waiting for a place at the occurrence, as the team sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitingRow {
    pub slot_starts_at: i64,
    pub slot_ends_at: i64,
    pub name: Option<String>,
    pub email: String,
    pub topic: String,
    pub adjustments: String,
    pub since: i64,
}

/// The occurrence's waiting list, in the order places will be offered (by slot, then first
/// come first served).
pub async fn waiting_list<C: ConnectionTrait>(
    conn: &C,
    surgery_id: i32,
) -> Result<Vec<WaitingRow>, DbErr> {
    let entries = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::SurgeryId.eq(surgery_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .order_by_asc(waiting_entry::Column::CreatedAt)
        .order_by_asc(waiting_entry::Column::Id)
        .all(conn)
        .await?;
    let slots = slots_by_id(conn, surgery_id).await?;
    let residents = residents_by_id(conn, entries.iter().filter_map(|e| e.resident_id)).await?;
    let mut rows: Vec<WaitingRow> = entries
        .into_iter()
        .filter_map(|e| {
            let slot = slots.get(&e.slot_id)?;
            let resident = residents.get(&e.resident_id?)?;
            Some(WaitingRow {
                slot_starts_at: slot.starts_at,
                slot_ends_at: slot.ends_at,
                name: resident.display_name.clone(),
                email: resident.email.clone(),
                topic: e.topic,
                adjustments: e.adjustments,
                since: e.created_at,
            })
        })
        .collect();
    rows.sort_by_key(|r| r.slot_starts_at);
    Ok(rows)
}

/// For each of these occurrences, how many live bookings have no attendance recorded yet.
pub async fn attendance_to_record<C: ConnectionTrait>(
    conn: &C,
    surgery_ids: &[i32],
) -> Result<HashMap<i32, u64>, DbErr> {
    let mut counts = HashMap::new();
    for b in booking::Entity::find()
        .filter(booking::Column::SurgeryId.is_in(surgery_ids.iter().copied()))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .filter(booking::Column::Attendance.is_null())
        .all(conn)
        .await?
    {
        *counts.entry(b.surgery_id).or_default() += 1;
    }
    Ok(counts)
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
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    booking_id: i32,
    attendance: Attendance,
) -> Result<AttendanceOutcome, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
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
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    surgery_id: i32,
    reason: &str,
) -> Result<OccurrenceCancelled, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let Some((detail, residents_told)) =
        cancel_within(&txn, clock, site, n, surgery_id, reason).await?
    else {
        return Ok(OccurrenceCancelled::NotCancellable);
    };
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
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(OccurrenceCancelled::Cancelled { residents_told })
}

/// Cancels one of `n`'s occurrences still to come inside the caller's transaction: its
/// bookings and waiting lists end and each resident booked is emailed. None if it was not
/// going ahead (or not `n`'s); otherwise the occurrence and how many residents were told.
async fn cancel_within(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    n: &neighbourhood::Model,
    surgery_id: i32,
    reason: &str,
) -> Result<Option<(surgeries::OccurrenceDetail, usize)>, DbErr> {
    let now = clock.now();
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
        .exec(conn)
        .await?;
    if cancelled.rows_affected != 1 {
        return Ok(None);
    }
    let Some(detail) = surgeries::occurrence(conn, surgery_id).await? else {
        return Ok(None);
    };
    let live = booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(conn)
        .await?;
    booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled),
        )
        .col_expr(booking::Column::CancelledAt, Expr::value(now))
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .exec(conn)
        .await?;
    waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::Status,
            Expr::value(WaitingStatus::Withdrawn),
        )
        .filter(waiting_entry::Column::SurgeryId.eq(surgery_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .exec(conn)
        .await?;
    surgery_slot::Entity::update_many()
        .col_expr(surgery_slot::Column::Booked, Expr::value(0))
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .exec(conn)
        .await?;
    let mut residents_told = 0;
    for (b, resident, slot) in with_residents(conn, &detail, &live).await? {
        let parts = LetterParts::new(site, &detail, slot);
        let cancellation = calendar(
            CalendarMethod::Cancel,
            &[parts.event(&b.reference, b.time_changes, &resident, true)],
            now,
        );
        outbox::enqueue(
            conn,
            clock,
            messages::surgery_cancelled_by_team(&parts.letter(&resident, &b.reference), reason)
                .with_calendar(cancellation),
        )
        .await?;
        residents_told += 1;
    }
    Ok(Some((detail, residents_told)))
}

/// Each booking held by a resident with an account, with the resident and the booking's slot.
async fn with_residents<'a, C: ConnectionTrait>(
    conn: &C,
    detail: &'a surgeries::OccurrenceDetail,
    bookings: &'a [booking::Model],
) -> Result<Vec<(&'a booking::Model, resident::Model, &'a surgery_slot::Model)>, DbErr> {
    let mut residents: HashMap<i32, resident::Model> = resident::Entity::find()
        .filter(resident::Column::Id.is_in(bookings.iter().filter_map(|b| b.resident_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    Ok(bookings
        .iter()
        .filter_map(|b| {
            let resident = residents.remove(&b.resident_id?)?;
            let slot = detail.slots.iter().find(|s| s.id == b.slot_id)?;
            Some((b, resident, slot))
        })
        .collect())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesEnded {
    /// Ended: this many occurrences still to come were cancelled, and this many residents
    /// emailed.
    Ended {
        cancelled: usize,
        residents_told: usize,
    },
    /// Already ended, or not one of this neighbourhood's.
    NotEndable,
}

#[derive(Serialize)]
struct SeriesRecord<'a> {
    ended: bool,
    reason: Option<&'a str>,
    surgeries_cancelled: usize,
}

/// Ends a repeating surgery: every occurrence still to come is cancelled (with its bookings,
/// each resident emailed), in one transaction with the audit entry.
pub async fn end_series(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    series_id: i32,
    reason: &str,
) -> Result<SeriesEnded, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let ended = surgery_series::Entity::update_many()
        .col_expr(surgery_series::Column::EndedAt, Expr::value(now))
        .filter(surgery_series::Column::Id.eq(series_id))
        .filter(surgery_series::Column::NeighbourhoodId.eq(n.id))
        .filter(surgery_series::Column::EndedAt.is_null())
        .exec(&txn)
        .await?;
    if ended.rows_affected != 1 {
        return Ok(SeriesEnded::NotEndable);
    }
    let to_come = surgery::Entity::find()
        .filter(surgery::Column::SeriesId.eq(series_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gt(now))
        .order_by_asc(surgery::Column::StartsAt)
        .all(&txn)
        .await?;
    let (mut cancelled, mut residents_told) = (0, 0);
    for occurrence in &to_come {
        if let Some((_, told)) = cancel_within(&txn, clock, site, n, occurrence.id, reason).await? {
            cancelled += 1;
            residents_told += told;
        }
    }
    let title = surgery_series::Entity::find_by_id(series_id)
        .one(&txn)
        .await?
        .map(|s| s.title)
        .unwrap_or_default();
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::SeriesEnded,
        &format!("“{title}” in {}", n.name),
        Some(&SeriesRecord {
            ended: false,
            reason: None,
            surgeries_cancelled: 0,
        }),
        Some(&SeriesRecord {
            ended: true,
            reason: Some(reason),
            surgeries_cancelled: cancelled,
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(SeriesEnded::Ended {
        cancelled,
        residents_told,
    })
}

/// Where and when a team moves an occurrence to, and why (told to those booked). It keeps its
/// length and its slots, and every booking keeps its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewTime<'a> {
    pub starts_at: i64,
    pub venue_id: i32,
    pub reason: &'a str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OccurrenceMoved {
    /// Moved, and this many residents emailed the new time.
    Moved { residents_told: usize },
    /// The new time and place are the ones it already has.
    Unchanged,
    /// The venue does not serve this neighbourhood.
    NoSuchVenue,
    /// Cancelled, started, or not this neighbourhood's.
    NotMovable,
}

#[derive(Serialize)]
struct MoveRecord {
    when: String,
    venue: String,
}

/// Moves an occurrence still to come to a new start (and perhaps venue), shifting its slots
/// with it; each resident booked is emailed the new time with a calendar update, and will be
/// reminded again the day before. One transaction with the audit entry.
pub async fn move_occurrence(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    surgery_id: i32,
    to: NewTime<'_>,
) -> Result<OccurrenceMoved, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(venue) = crate::services::venues::serving_one(&txn, n.id, to.venue_id).await? else {
        return Ok(OccurrenceMoved::NoSuchVenue);
    };
    let Some(before) = surgery::Entity::find_by_id(surgery_id)
        .filter(surgery::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(OccurrenceMoved::NotMovable);
    };
    if before.starts_at == to.starts_at && before.venue_id == to.venue_id {
        return Ok(OccurrenceMoved::Unchanged);
    }
    let shift = to.starts_at - before.starts_at;
    // The occurrence's row first, as bookings take it; it must still be going ahead as read.
    let moved = surgery::Entity::update_many()
        .col_expr(surgery::Column::StartsAt, Expr::value(to.starts_at))
        .col_expr(
            surgery::Column::EndsAt,
            Expr::col(surgery::Column::EndsAt).add(shift),
        )
        .col_expr(surgery::Column::VenueId, Expr::value(venue.id))
        .col_expr(
            surgery::Column::Revision,
            Expr::col(surgery::Column::Revision).add(1),
        )
        .filter(surgery::Column::Id.eq(surgery_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.eq(before.starts_at))
        .filter(surgery::Column::StartsAt.gt(now))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(OccurrenceMoved::NotMovable);
    }
    surgery_slot::Entity::update_many()
        .col_expr(
            surgery_slot::Column::StartsAt,
            Expr::col(surgery_slot::Column::StartsAt).add(shift),
        )
        .col_expr(
            surgery_slot::Column::EndsAt,
            Expr::col(surgery_slot::Column::EndsAt).add(shift),
        )
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .exec(&txn)
        .await?;
    // A reminder already sent was for the old day: the new one gets its own.
    booking::Entity::update_many()
        .col_expr(
            booking::Column::RemindedAt,
            Expr::value(Option::<i64>::None),
        )
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .exec(&txn)
        .await?;
    let Some(detail) = surgeries::occurrence(&txn, surgery_id).await? else {
        return Ok(OccurrenceMoved::NotMovable);
    };
    let live = booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(&txn)
        .await?;
    let mut residents_told = 0;
    for (b, resident, slot) in with_residents(&txn, &detail, &live).await? {
        let parts = LetterParts::new(site, &detail, slot);
        let update = calendar(
            CalendarMethod::Request,
            &[parts.event(&b.reference, b.time_changes, &resident, false)],
            now,
        );
        outbox::enqueue(
            &txn,
            clock,
            messages::surgery_moved_by_team(&parts.letter(&resident, &b.reference), to.reason)
                .with_calendar(update),
        )
        .await?;
        residents_told += 1;
    }
    let old_venue = entity::venue::Entity::find_by_id(before.venue_id)
        .one(&txn)
        .await?
        .map(|v| v.name)
        .unwrap_or_default();
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::SurgeryMoved,
        &format!("“{}” in {}", detail.series.title, n.name),
        Some(&MoveRecord {
            when: format_span(before.starts_at, before.ends_at),
            venue: old_venue,
        }),
        Some(&MoveRecord {
            when: format_span(detail.surgery.starts_at, detail.surgery.ends_at),
            venue: venue.name.clone(),
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(OccurrenceMoved::Moved { residents_told })
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
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    slot_id: i32,
    places: i32,
) -> Result<PlacesChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    use crate::services::bookings::{lock_occurrence, promote_first_waiting};
    let now = clock.now();
    let txn = db.write().await?;
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
