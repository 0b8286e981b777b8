//! Residents' places at booked surgeries. The database keeps every rule: a slot's count only
//! moves by conditional updates that cannot pass its places, a resident holds at most one live
//! booking per occurrence (a partial unique index), and a booking, its slot's count and its
//! email are written in one transaction.

use crate::domain::ids::ResidentId;
use crate::domain::surgery::booking_reference;
use crate::policy::Permit;
use crate::services::calendar::{CalendarEvent, CalendarMethod, calendar};
use crate::services::clock::{Clock, format_span};
use crate::services::messages::{self, BookingLetter, EmailSite};
use crate::services::outbox;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::surgeries::{self, OccurrenceDetail, venue_line};
use crate::services::tokens::{new_token, token_hash};
use crate::services::write::{Database, Write};
use crate::t_in;
use entity::booking::{self, BookingStatus};
use entity::surgery::SurgeryStatus;
use entity::waiting_entry::{self, WaitingStatus};
use entity::{resident, surgery, surgery_slot};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    SqlErr,
};
use serde::Serialize;

/// A place a signed-in resident asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingRequest {
    pub surgery_id: i32,
    pub slot_id: i32,
    pub resident_id: ResidentId,
    pub topic: String,
    pub adjustments: String,
    /// Chosen when the resident reached the check-your-answers page: sending that page twice
    /// finds the first booking rather than making a second.
    pub idempotency_key: String,
    /// The slot was full when they chose it: if it still is, they join its waiting list.
    pub wait_if_full: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Booked {
    /// Booked now, or by an earlier sending of the same confirmation.
    Booked { reference: String },
    /// The resident already holds a place at this occurrence.
    AlreadyBooked { reference: String },
    /// Every place in the slot has gone.
    SlotFull,
    /// The slot is full and the resident is on its waiting list.
    Waiting,
    /// The occurrence is cancelled, has started, takes no bookings, or has no such slot.
    NotBookable,
}

/// Books a place, unless the slot is full or the resident already has one here.
pub async fn book(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    request: &BookingRequest,
) -> Result<Booked, DbErr> {
    if let Some(earlier) = by_idempotency_key(db, request).await? {
        return Ok(Booked::Booked {
            reference: earlier.reference,
        });
    }
    let now = clock.now();
    let txn = db.write().await?;
    // The occurrence's row first, as every change to an occurrence does: a cancellation by the
    // team waits for this booking, or this booking sees the cancellation.
    let open = surgery::Entity::update_many()
        .col_expr(surgery::Column::Status, Expr::col(surgery::Column::Status))
        .filter(surgery::Column::Id.eq(request.surgery_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gt(now))
        .exec(&txn)
        .await?;
    if open.rows_affected != 1 {
        return Ok(Booked::NotBookable);
    }
    let Some(slot) = surgery_slot::Entity::find_by_id(request.slot_id)
        .filter(surgery_slot::Column::SurgeryId.eq(request.surgery_id))
        .one(&txn)
        .await?
    else {
        return Ok(Booked::NotBookable);
    };
    let Some(resident) = resident::Entity::find_by_id(request.resident_id)
        .one(&txn)
        .await?
    else {
        return Ok(Booked::NotBookable);
    };
    if !take_place(&txn, slot.id).await? {
        if !request.wait_if_full {
            return Ok(Booked::SlotFull);
        }
        return join_waiting_list(txn, request, &resident, now).await;
    }
    let inserted = insert_booking(
        &txn,
        clock,
        site,
        NewBooking {
            slot: &slot,
            holder: Holder::Resident(&resident),
            topic: &request.topic,
            adjustments: &request.adjustments,
            idempotency_key: Some(&request.idempotency_key),
            booked_by: None,
        },
        Welcome::Booked,
    )
    .await;
    let reference = match inserted {
        Ok(reference) => reference,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            // Another request won: the same confirmation sent twice, or a second booking by
            // the same resident. Nothing of this attempt is kept.
            txn.rollback().await?;
            return after_conflict(db, request).await;
        }
        Err(error) => return Err(error),
    };
    txn.commit().await?;
    Ok(Booked::Booked { reference })
}

/// A place a member of staff books on a resident's behalf (assisted digital): at the surgery
/// for someone who walked in, or for someone who telephoned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkInRequest {
    pub surgery_id: i32,
    pub slot_id: i32,
    pub name: String,
    /// With an address, the place is held by the resident's account (made if they have none),
    /// and they are emailed the confirmation; without one, only the name is kept.
    pub email: Option<crate::domain::email_address::EmailAddress>,
    pub topic: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalkInBooked {
    Booked {
        reference: String,
        emailed: bool,
    },
    /// The resident with that address already holds a place here.
    AlreadyBooked {
        reference: String,
    },
    SlotFull,
    /// The slot is over.
    SlotOver,
    /// Not one of this neighbourhood's booked surgeries going ahead, or already over.
    NotBookable,
}

#[derive(Serialize)]
struct WalkInRecord<'a> {
    reference: &'a str,
    slot: String,
    emailed: bool,
}

/// Books a walk-in's place, from before the surgery until it ends, in one transaction with the
/// audit entry and (with an address) the confirmation email. Places are taken as residents'
/// are, so a walk-in never overbooks a slot either.
pub async fn book_walk_in(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<entity::neighbourhood::Model>,
    request: &WalkInRequest,
) -> Result<WalkInBooked, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    use crate::services::audit::{self, AuditAction};
    let now = clock.now();
    let txn = db.write().await?;
    let open = surgery::Entity::update_many()
        .col_expr(surgery::Column::Status, Expr::col(surgery::Column::Status))
        .filter(surgery::Column::Id.eq(request.surgery_id))
        .filter(surgery::Column::NeighbourhoodId.eq(n.id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::EndsAt.gt(now))
        .exec(&txn)
        .await?;
    if open.rows_affected != 1 {
        return Ok(WalkInBooked::NotBookable);
    }
    let Some(slot) = surgery_slot::Entity::find_by_id(request.slot_id)
        .filter(surgery_slot::Column::SurgeryId.eq(request.surgery_id))
        .one(&txn)
        .await?
    else {
        return Ok(WalkInBooked::NotBookable);
    };
    if slot.ends_at <= now {
        return Ok(WalkInBooked::SlotOver);
    }
    let resident = match &request.email {
        Some(email) => Some(
            // The name the team typed is not the resident's to be known by: only they name
            // their account.
            crate::services::resident_accounts::find_or_create(&txn, email, "", now).await?,
        ),
        None => None,
    };
    if let Some(resident) = &resident
        && let Some(live) =
            live_booking(&txn, request.surgery_id, ResidentId::new(resident.id)).await?
    {
        return Ok(WalkInBooked::AlreadyBooked {
            reference: live.reference,
        });
    }
    if !take_place(&txn, slot.id).await? {
        return Ok(WalkInBooked::SlotFull);
    }
    let holder = match &resident {
        Some(resident) => Holder::Resident(resident),
        None => Holder::WalkIn(&request.name),
    };
    let reference = insert_booking(
        &txn,
        clock,
        site,
        NewBooking {
            slot: &slot,
            holder,
            topic: &request.topic,
            adjustments: "",
            idempotency_key: None,
            booked_by: Some(member.id),
        },
        Welcome::ByTeam,
    )
    .await?;
    let title = surgeries::occurrence(&txn, request.surgery_id)
        .await?
        .map(|d| d.series.title)
        .unwrap_or_default();
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::WalkInBooked,
        &format!("“{title}” in {}", n.name),
        None::<&WalkInRecord>,
        Some(&WalkInRecord {
            reference: &reference,
            slot: format_span(slot.starts_at, slot.ends_at),
            emailed: resident.is_some(),
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(WalkInBooked::Booked {
        reference,
        emailed: resident.is_some(),
    })
}

/// Takes one of the slot's places, if one is left.
async fn take_place<C: ConnectionTrait>(conn: &C, slot_id: i32) -> Result<bool, DbErr> {
    let taken = surgery_slot::Entity::update_many()
        .col_expr(
            surgery_slot::Column::Booked,
            Expr::col(surgery_slot::Column::Booked).add(1),
        )
        .filter(surgery_slot::Column::Id.eq(slot_id))
        .filter(Expr::col(surgery_slot::Column::Booked).lt(Expr::col(surgery_slot::Column::Places)))
        .exec(conn)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// Puts the resident on the full slot's waiting list, inside the booking's transaction (which
/// holds the occurrence's row, so these checks cannot be overtaken).
async fn join_waiting_list(
    txn: Write,
    request: &BookingRequest,
    resident: &resident::Model,
    now: i64,
) -> Result<Booked, DbErr> {
    if let Some(live) = live_booking(&txn, request.surgery_id, ResidentId::new(resident.id)).await?
    {
        return Ok(Booked::AlreadyBooked {
            reference: live.reference,
        });
    }
    let already_waiting = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::SurgeryId.eq(request.surgery_id))
        .filter(waiting_entry::Column::ResidentId.eq(resident.id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .one(&txn)
        .await?
        .is_some();
    if !already_waiting {
        waiting_entry::Entity::insert(waiting_entry::ActiveModel {
            id: NotSet,
            surgery_id: Set(request.surgery_id),
            slot_id: Set(request.slot_id),
            resident_id: Set(Some(resident.id)),
            status: Set(WaitingStatus::Waiting),
            topic: Set(request.topic.clone()),
            adjustments: Set(request.adjustments.clone()),
            created_at: Set(now),
            booking_id: Set(None),
        })
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(Booked::Waiting)
}

/// A booking about to be made: its place in `slot` is already taken.
struct NewBooking<'a> {
    slot: &'a surgery_slot::Model,
    holder: Holder<'a>,
    topic: &'a str,
    adjustments: &'a str,
    idempotency_key: Option<&'a str>,
    /// The member of staff booking on the holder's behalf.
    booked_by: Option<i32>,
}

/// Whose place it is.
#[derive(Clone, Copy)]
enum Holder<'a> {
    /// A resident with an account (and so an email address).
    Resident(&'a resident::Model),
    /// Someone booked by the team with only their name.
    WalkIn(&'a str),
}

/// Which confirmation the resident is sent.
#[derive(Clone, Copy)]
enum Welcome {
    Booked,
    /// A place came free and they were first on the waiting list.
    FromWaitingList,
    /// The team booked it for them.
    ByTeam,
}

/// Writes the booking and, for a resident with an account, its confirmation email (with the
/// calendar invitation and the link to cancel) inside the caller's transaction; returns its
/// reference.
async fn insert_booking(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    new: NewBooking<'_>,
    welcome: Welcome,
) -> Result<String, DbErr> {
    let now = clock.now();
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).expect("the operating system's random number generator");
    let reference = booking_reference(random);
    let token = new_token();
    let (resident_id, walk_in_name) = match new.holder {
        Holder::Resident(resident) => (Some(resident.id), None),
        Holder::WalkIn(name) => (None, Some(name.to_string())),
    };
    booking::Entity::insert(booking::ActiveModel {
        id: NotSet,
        reference: Set(reference.clone()),
        surgery_id: Set(new.slot.surgery_id),
        slot_id: Set(new.slot.id),
        resident_id: Set(resident_id),
        status: Set(BookingStatus::Booked),
        topic: Set(new.topic.to_string()),
        adjustments: Set(new.adjustments.to_string()),
        created_at: Set(now),
        cancelled_at: Set(None),
        cancel_token_hash: Set(token_hash(&token)),
        idempotency_key: Set(new.idempotency_key.map(str::to_string)),
        attendance: Set(None),
        reminded_at: Set(None),
        walk_in_name: Set(walk_in_name),
        booked_by: Set(new.booked_by),
        time_changes: Set(0),
    })
    .exec_without_returning(conn)
    .await?;
    let Holder::Resident(resident) = new.holder else {
        return Ok(reference);
    };
    let Some(detail) = surgeries::occurrence(conn, new.slot.surgery_id).await? else {
        return Err(DbErr::RecordNotFound("the surgery being booked".into()));
    };
    let parts = LetterParts::new(site, &detail, new.slot);
    let cancel_link = format!("{}/bookings/cancel?token={token}", site.site_url);
    let invitation = calendar(
        CalendarMethod::Request,
        &[parts.event(&reference, 0, resident, false)],
        now,
    );
    let letter = parts.letter(resident, &reference);
    let email = match welcome {
        Welcome::Booked => messages::booking_confirmed(&letter, &cancel_link),
        Welcome::FromWaitingList => messages::waiting_list_place(&letter, &cancel_link),
        Welcome::ByTeam => messages::booked_by_team(&letter, &cancel_link),
    };
    outbox::enqueue(conn, clock, email.with_calendar(invitation)).await?;
    Ok(reference)
}

/// Gives a freed place in `slot` to the first resident waiting for it, in the caller's
/// transaction (which holds the occurrence's row); true if someone was given it. Nobody is
/// promoted into a slot that has started; someone who holds another place at the occurrence is
/// passed over.
pub(crate) async fn promote_first_waiting(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    slot: &surgery_slot::Model,
) -> Result<bool, DbErr> {
    if slot.starts_at <= clock.now() {
        return Ok(false);
    }
    let waiting = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::SlotId.eq(slot.id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .order_by_asc(waiting_entry::Column::CreatedAt)
        .order_by_asc(waiting_entry::Column::Id)
        .all(conn)
        .await?;
    for entry in waiting {
        // The entry is claimed before anything else: a resident leaving the list at this moment
        // either left first (the claim matches nothing and the next person is tried) or is
        // told they now hold the place.
        if !claim_waiting_entry(conn, entry.id).await? {
            continue;
        }
        let resident = match entry.resident_id {
            Some(id) => resident::Entity::find_by_id(id).one(conn).await?,
            None => None,
        };
        let holds_a_place = match &resident {
            Some(r) => live_booking(conn, entry.surgery_id, ResidentId::new(r.id))
                .await?
                .is_some(),
            None => false,
        };
        let (Some(resident), false) = (resident, holds_a_place) else {
            set_claimed_entry(conn, entry.id, WaitingStatus::Withdrawn, None).await?;
            continue;
        };
        if !take_place(conn, slot.id).await? {
            set_claimed_entry(conn, entry.id, WaitingStatus::Waiting, None).await?;
            return Ok(false);
        }
        let reference = insert_booking(
            conn,
            clock,
            site,
            NewBooking {
                slot,
                holder: Holder::Resident(&resident),
                topic: &entry.topic,
                adjustments: &entry.adjustments,
                idempotency_key: None,
                booked_by: None,
            },
            Welcome::FromWaitingList,
        )
        .await?;
        let booking_id = booking::Entity::find()
            .filter(booking::Column::Reference.eq(&reference))
            .one(conn)
            .await?
            .map(|b| b.id);
        set_claimed_entry(conn, entry.id, WaitingStatus::Promoted, booking_id).await?;
        return Ok(true);
    }
    Ok(false)
}

/// Marks a waiting entry promoted if it is still waiting; false if its resident left (or was
/// promoted) first. The conditional update waits for, and then sees, any other change to the row.
async fn claim_waiting_entry<C: ConnectionTrait>(conn: &C, entry_id: i32) -> Result<bool, DbErr> {
    let claimed = waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::Status,
            Expr::value(WaitingStatus::Promoted),
        )
        .filter(waiting_entry::Column::Id.eq(entry_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .exec(conn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Settles an entry this transaction claimed: promoted with its booking, withdrawn, or back to
/// waiting when the place went after all.
async fn set_claimed_entry<C: ConnectionTrait>(
    conn: &C,
    entry_id: i32,
    status: WaitingStatus,
    booking_id: Option<i32>,
) -> Result<(), DbErr> {
    waiting_entry::Entity::update_many()
        .col_expr(waiting_entry::Column::Status, Expr::value(status))
        .col_expr(waiting_entry::Column::BookingId, Expr::value(booking_id))
        .filter(waiting_entry::Column::Id.eq(entry_id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn by_idempotency_key<C: ConnectionTrait>(
    conn: &C,
    request: &BookingRequest,
) -> Result<Option<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::IdempotencyKey.eq(&request.idempotency_key))
        .filter(booking::Column::ResidentId.eq(request.resident_id))
        .one(conn)
        .await
}

/// What a booking that lost a race on a unique index finds: its own earlier sending, or the
/// resident's other place at this occurrence.
async fn after_conflict(
    db: &DatabaseConnection,
    request: &BookingRequest,
) -> Result<Booked, DbErr> {
    if let Some(earlier) = by_idempotency_key(db, request).await? {
        return Ok(Booked::Booked {
            reference: earlier.reference,
        });
    }
    Ok(
        match live_booking(db, request.surgery_id, request.resident_id).await? {
            Some(live) => Booked::AlreadyBooked {
                reference: live.reference,
            },
            // A reference or token collided (a chance of about one in 10^12): try again.
            None => Booked::NotBookable,
        },
    )
}

/// The resident's live booking at an occurrence, if they have one.
pub async fn live_booking<C: ConnectionTrait>(
    db: &C,
    surgery_id: i32,
    resident_id: ResidentId,
) -> Result<Option<booking::Model>, DbErr> {
    booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::ResidentId.eq(resident_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .one(db)
        .await
}

/// What the emails and calendar files about one booking say.
pub(crate) struct LetterParts {
    title: String,
    title_cy: Option<String>,
    place: String,
    /// The team, as calendars name the organiser.
    sender: String,
    neighbourhood: String,
    force: String,
    site: EmailSite,
    organiser_email: String,
    /// Names the booking's calendar event, so its cancellation finds it even if the team's
    /// address changes in between.
    site_host: String,
    starts_at: i64,
    ends_at: i64,
    description: String,
    how_to_find: String,
    site_url: String,
    /// How many times the occurrence was moved (the calendar's sequence).
    revision: i32,
}

impl LetterParts {
    pub(crate) fn new(
        site: &EmailSite,
        detail: &OccurrenceDetail,
        slot: &surgery_slot::Model,
    ) -> Self {
        let (sender, organiser_email) = site.team_organiser(&detail.neighbourhood);
        Self {
            title: detail.series.title.clone(),
            title_cy: detail.series.title_cy.clone(),
            place: venue_line(&detail.venue),
            sender,
            neighbourhood: detail.neighbourhood.name.clone(),
            force: site.force_name.clone(),
            site: site.clone(),
            organiser_email,
            site_host: site.host(),
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            description: detail.series.description.clone(),
            how_to_find: detail.venue.how_to_find.clone(),
            site_url: site.site_url.clone(),
            revision: detail.surgery.revision,
        }
    }

    /// The email's details for `to`, in the language they read the portal in.
    pub(crate) fn letter<'a>(
        &'a self,
        to: &'a resident::Model,
        reference: &'a str,
    ) -> BookingLetter<'a> {
        let language = self.site.language_of(to);
        BookingLetter {
            language,
            to: &to.email,
            reference,
            surgery_title: crate::i18n::staff_words(
                language,
                &self.title,
                self.title_cy.as_deref(),
            )
            .0,
            when: language.span(self.starts_at, self.ends_at),
            place: &self.place,
            how_to_find: &self.how_to_find,
            booking_link: format!(
                "{}{}",
                self.site_url,
                crate::domain::surgery::booking_path(reference)
            ),
            sender: messages::team_sender_in(language, &self.neighbourhood, &self.force),
        }
    }

    /// The booking's calendar event; `time_changes` is how often its holder moved it (each
    /// move, like each move of the occurrence, raises the sequence).
    pub(crate) fn event(
        &self,
        reference: &str,
        time_changes: i32,
        attendee: &resident::Model,
        cancelled: bool,
    ) -> CalendarEvent {
        let language = self.site.language_of(attendee);
        CalendarEvent {
            uid: format!("booking-{reference}@{}", self.site_host),
            sequence: crate::services::calendar::sequence(self.revision + time_changes, cancelled),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            summary: crate::i18n::staff_words(language, &self.title, self.title_cy.as_deref())
                .0
                .to_string(),
            description: format!(
                "{}\n\n{}",
                self.description,
                t_in!(language, "email-calendar-reference", reference = reference)
            ),
            location: self.place.clone(),
            organiser_name: self.sender.clone(),
            organiser_email: self.organiser_email.clone(),
            attendee_email: Some(attendee.email.clone()),
            cancelled,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cancelled {
    Cancelled {
        reference: String,
    },
    /// Cancelled before (by this link, the account page or the team).
    AlreadyCancelled {
        reference: String,
    },
    /// The surgery has started or is over: nothing to free.
    TooLate,
    NotRecognised,
}

/// Which booking to cancel: by the emailed link's token, or the signed-in resident's own.
pub enum WhichBooking<'a> {
    Token(&'a str),
    Resident {
        resident_id: ResidentId,
        reference: &'a str,
    },
}

/// Cancels a booking, frees its place and emails the resident the calendar's cancellation.
pub async fn cancel(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    which: WhichBooking<'_>,
) -> Result<Cancelled, DbErr> {
    let now = clock.now();
    let query = match which {
        WhichBooking::Token(token) => {
            booking::Entity::find().filter(booking::Column::CancelTokenHash.eq(token_hash(token)))
        }
        WhichBooking::Resident {
            resident_id,
            reference,
        } => booking::Entity::find()
            .filter(booking::Column::ResidentId.eq(resident_id))
            .filter(booking::Column::Reference.eq(reference.trim())),
    };
    let txn = db.write().await?;
    let Some(found) = query.one(&txn).await? else {
        return Ok(Cancelled::NotRecognised);
    };
    lock_occurrence(&txn, found.surgery_id).await?;
    let Some(slot) = surgery_slot::Entity::find_by_id(found.slot_id)
        .one(&txn)
        .await?
    else {
        return Ok(Cancelled::NotRecognised);
    };
    if found.status == BookingStatus::Cancelled {
        return Ok(Cancelled::AlreadyCancelled {
            reference: found.reference,
        });
    }
    if slot.starts_at <= now {
        return Ok(Cancelled::TooLate);
    }
    if !end_booking(&txn, found.id, now).await? {
        return Ok(Cancelled::AlreadyCancelled {
            reference: found.reference,
        });
    }
    free_place(&txn, slot.id).await?;
    promote_first_waiting(&txn, clock, site, &slot).await?;
    let resident = match found.resident_id {
        Some(id) => resident::Entity::find_by_id(id).one(&txn).await?,
        None => None,
    };
    if let (Some(resident), Some(detail)) = (
        resident,
        surgeries::occurrence(&txn, found.surgery_id).await?,
    ) {
        let parts = LetterParts::new(site, &detail, &slot);
        let cancellation = calendar(
            CalendarMethod::Cancel,
            &[parts.event(&found.reference, found.time_changes, &resident, true)],
            now,
        );
        outbox::enqueue(
            &txn,
            clock,
            messages::booking_cancelled(&parts.letter(&resident, &found.reference))
                .with_calendar(cancellation),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Cancelled::Cancelled {
        reference: found.reference,
    })
}

/// What became of a resident's request to move their booking to another time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeChanged {
    /// Moved; the resident is emailed the new time with a calendar update.
    Changed { reference: String },
    /// They chose the time they already have.
    SameTime,
    /// Every place at that time has gone.
    SlotFull,
    /// Their time, or the one they chose, has started: nothing moves.
    TooLate,
    /// No live booking of theirs with that reference, or no such time at its surgery.
    NotRecognised,
}

/// Moves the resident's live booking to another time at the same surgery in one transaction:
/// the new place is taken by a conditional update (so it is never over-filled), the booking
/// moves only if it is still live at its old time, and the old place goes to the first person
/// waiting for it.
pub async fn change_time(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    resident_id: ResidentId,
    reference: &str,
    new_slot_id: i32,
) -> Result<TimeChanged, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = booking::Entity::find()
        .filter(booking::Column::ResidentId.eq(resident_id))
        .filter(booking::Column::Reference.eq(reference.trim()))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .one(&txn)
        .await?
    else {
        return Ok(TimeChanged::NotRecognised);
    };
    lock_occurrence(&txn, found.surgery_id).await?;
    let (Some(old_slot), Some(new_slot), Some(resident), Some(detail)) = (
        surgery_slot::Entity::find_by_id(found.slot_id)
            .one(&txn)
            .await?,
        surgery_slot::Entity::find_by_id(new_slot_id)
            .filter(surgery_slot::Column::SurgeryId.eq(found.surgery_id))
            .one(&txn)
            .await?,
        resident::Entity::find_by_id(resident_id).one(&txn).await?,
        surgeries::occurrence(&txn, found.surgery_id).await?,
    ) else {
        return Ok(TimeChanged::NotRecognised);
    };
    if detail.surgery.status != SurgeryStatus::Scheduled {
        return Ok(TimeChanged::NotRecognised);
    }
    if old_slot.starts_at <= now || new_slot.starts_at <= now {
        return Ok(TimeChanged::TooLate);
    }
    if old_slot.id == new_slot.id {
        return Ok(TimeChanged::SameTime);
    }
    if !take_place(&txn, new_slot.id).await? {
        return Ok(TimeChanged::SlotFull);
    }
    let moved = booking::Entity::update_many()
        .col_expr(booking::Column::SlotId, Expr::value(new_slot.id))
        .col_expr(
            booking::Column::TimeChanges,
            Expr::col(booking::Column::TimeChanges).add(1),
        )
        // A reminder for the old time says nothing of the new one.
        .col_expr(
            booking::Column::RemindedAt,
            Expr::value(Option::<i64>::None),
        )
        .filter(booking::Column::Id.eq(found.id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .filter(booking::Column::SlotId.eq(old_slot.id))
        .exec(&txn)
        .await?;
    if moved.rows_affected != 1 {
        return Ok(TimeChanged::NotRecognised);
    }
    free_place(&txn, old_slot.id).await?;
    promote_first_waiting(&txn, clock, site, &old_slot).await?;
    let parts = LetterParts::new(site, &detail, &new_slot);
    let update = calendar(
        CalendarMethod::Request,
        &[parts.event(&found.reference, found.time_changes + 1, &resident, false)],
        now,
    );
    outbox::enqueue(
        &txn,
        clock,
        messages::booking_time_changed(&parts.letter(&resident, &found.reference))
            .with_calendar(update),
    )
    .await?;
    txn.commit().await?;
    Ok(TimeChanged::Changed {
        reference: found.reference,
    })
}

/// Locks the occurrence's row, as every change to its places does first, so that bookings,
/// cancellations and promotions from the waiting list at one occurrence take turns.
pub(crate) async fn lock_occurrence<C: ConnectionTrait>(
    conn: &C,
    surgery_id: i32,
) -> Result<(), DbErr> {
    surgery::Entity::update_many()
        .col_expr(surgery::Column::Status, Expr::col(surgery::Column::Status))
        .filter(surgery::Column::Id.eq(surgery_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Cancels a live booking; false if it was not live. Of two cancellations at once, only one
/// finds it live (and so frees its place).
async fn end_booking<C: ConnectionTrait>(
    conn: &C,
    booking_id: i32,
    now: i64,
) -> Result<bool, DbErr> {
    let ended = booking::Entity::update_many()
        .col_expr(
            booking::Column::Status,
            Expr::value(BookingStatus::Cancelled),
        )
        .col_expr(booking::Column::CancelledAt, Expr::value(now))
        .filter(booking::Column::Id.eq(booking_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .exec(conn)
        .await?;
    Ok(ended.rows_affected == 1)
}

/// Gives a slot's place back.
async fn free_place<C: ConnectionTrait>(conn: &C, slot_id: i32) -> Result<(), DbErr> {
    surgery_slot::Entity::update_many()
        .col_expr(
            surgery_slot::Column::Booked,
            Expr::col(surgery_slot::Column::Booked).sub(1),
        )
        .filter(surgery_slot::Column::Id.eq(slot_id))
        .filter(surgery_slot::Column::Booked.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// How long before a slot its reminder goes, and how long before it a booking must have been
/// made to get one (a booking made on the day has its confirmation fresh in mind).
pub const REMINDER_SECONDS_BEFORE: i64 = 24 * 3600;

/// Emails the reminders now due: live bookings at occurrences going ahead whose slot starts
/// within a day. Each booking is claimed by a conditional update in the transaction that puts
/// its reminder in the outbox, so it is reminded once however many instances look at once, and
/// never after it (or its surgery) is cancelled.
pub async fn send_reminders(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
) -> Result<usize, DbErr> {
    let now = clock.now();
    let due_slots = surgery_slot::Entity::find()
        .filter(surgery_slot::Column::StartsAt.gt(now))
        .filter(surgery_slot::Column::StartsAt.lte(now + REMINDER_SECONDS_BEFORE))
        .filter(surgery_slot::Column::Booked.gt(0))
        .all(db)
        .await?;
    let mut sent = 0;
    for slot in due_slots {
        let waiting = booking::Entity::find()
            .filter(booking::Column::SlotId.eq(slot.id))
            .filter(booking::Column::Status.eq(BookingStatus::Booked))
            .filter(booking::Column::RemindedAt.is_null())
            .filter(booking::Column::CreatedAt.lt(slot.starts_at - REMINDER_SECONDS_BEFORE))
            .all(db)
            .await?;
        if waiting.is_empty() {
            continue;
        }
        let Some(detail) = surgeries::occurrence(db, slot.surgery_id).await? else {
            continue;
        };
        if detail.surgery.status != SurgeryStatus::Scheduled {
            continue;
        }
        let parts = LetterParts::new(site, &detail, &slot);
        for b in waiting {
            let Some(resident_id) = b.resident_id else {
                continue;
            };
            let txn = db.write().await?;
            let claimed = booking::Entity::update_many()
                .col_expr(booking::Column::RemindedAt, Expr::value(now))
                .filter(booking::Column::Id.eq(b.id))
                .filter(booking::Column::Status.eq(BookingStatus::Booked))
                .filter(booking::Column::RemindedAt.is_null())
                .exec(&txn)
                .await?;
            let resident = resident::Entity::find_by_id(resident_id).one(&txn).await?;
            let (1, Some(resident)) = (claimed.rows_affected, resident) else {
                continue;
            };
            outbox::enqueue(
                &txn,
                clock,
                messages::booking_reminder(&parts.letter(&resident, &b.reference))
                    // Not worth sending once the surgery has started.
                    .expiring_at(slot.starts_at),
            )
            .await?;
            txn.commit().await?;
            sent += 1;
        }
    }
    Ok(sent)
}

/// One of a resident's bookings, as their account lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BookingSummary {
    pub reference: String,
    pub surgery_id: i32,
    /// Which time at the surgery: for moving it, not for the resident's download.
    #[serde(skip)]
    pub slot_id: i32,
    pub title: String,
    /// The surgery's title in Welsh, if the team gave one.
    #[serde(skip)]
    pub title_cy: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub neighbourhood: String,
    /// The neighbourhood's code, for links.
    #[serde(skip)]
    pub neighbourhood_code: String,
    pub status: BookingStatus,
    /// Whether they came, once the team recorded it: part of what the portal holds about them.
    pub attendance: Option<entity::booking::Attendance>,
    /// The occurrence itself was cancelled by the team.
    pub surgery_cancelled: bool,
    pub topic: String,
    pub adjustments: String,
    pub created_at: i64,
    pub cancelled_at: Option<i64>,
}

impl BookingSummary {
    /// The team recorded that they came (the survey is offered then).
    pub fn attended(&self) -> bool {
        self.attendance == Some(entity::booking::Attendance::Attended)
    }

    /// Still booked, at a surgery going ahead that has not started: it can be moved to another
    /// time or cancelled.
    pub fn can_change(&self, now: i64) -> bool {
        self.status == BookingStatus::Booked && !self.surgery_cancelled && self.starts_at > now
    }
}

/// Every booking a resident has made, soonest first.
pub async fn for_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<BookingSummary>, DbErr> {
    let bookings = booking::Entity::find()
        .filter(booking::Column::ResidentId.eq(resident_id))
        .order_by_asc(booking::Column::CreatedAt)
        .all(db)
        .await?;
    let mut summaries = Vec::with_capacity(bookings.len());
    for b in bookings {
        summaries.extend(summarise(db, b).await?);
    }
    summaries.sort_by_key(|s| s.starts_at);
    Ok(summaries)
}

/// The booking an emailed cancel link is for, so its page can say which booking it cancels.
pub async fn by_cancel_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<BookingSummary>, DbErr> {
    match booking::Entity::find()
        .filter(booking::Column::CancelTokenHash.eq(token_hash(token)))
        .one(db)
        .await?
    {
        Some(b) => summarise(db, b).await,
        None => Ok(None),
    }
}

async fn summarise(
    db: &DatabaseConnection,
    b: booking::Model,
) -> Result<Option<BookingSummary>, DbErr> {
    let (Some(detail), Some(slot)) = (
        surgeries::occurrence(db, b.surgery_id).await?,
        surgery_slot::Entity::find_by_id(b.slot_id).one(db).await?,
    ) else {
        return Ok(None);
    };
    Ok(Some(BookingSummary {
        reference: b.reference,
        surgery_id: b.surgery_id,
        slot_id: b.slot_id,
        title: detail.series.title,
        title_cy: detail.series.title_cy,
        starts_at: slot.starts_at,
        ends_at: slot.ends_at,
        place: venue_line(&detail.venue),
        neighbourhood: detail.neighbourhood.name,
        neighbourhood_code: detail.neighbourhood.code,
        status: b.status,
        attendance: b.attendance,
        surgery_cancelled: detail.surgery.status == SurgeryStatus::Cancelled,
        topic: b.topic,
        adjustments: b.adjustments,
        created_at: b.created_at,
        cancelled_at: b.cancelled_at,
    }))
}

/// For account deletion, inside its transaction: places not yet used are freed, and what the
/// resident wrote is erased. The bookings stay, unnamed, so the team's counts stay true.
pub async fn erase_for_resident(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    resident_id: ResidentId,
) -> Result<(), DbErr> {
    let now = clock.now();
    let live = booking::Entity::find()
        .filter(booking::Column::ResidentId.eq(resident_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(conn)
        .await?;
    for b in live {
        let Some(slot) = surgery_slot::Entity::find_by_id(b.slot_id)
            .one(conn)
            .await?
            .filter(|slot| slot.starts_at > now)
        else {
            continue;
        };
        lock_occurrence(conn, b.surgery_id).await?;
        if end_booking(conn, b.id, now).await? {
            free_place(conn, b.slot_id).await?;
            promote_first_waiting(conn, clock, site, &slot).await?;
        }
    }
    waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::Status,
            Expr::value(WaitingStatus::Withdrawn),
        )
        .filter(waiting_entry::Column::ResidentId.eq(resident_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .exec(conn)
        .await?;
    waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::ResidentId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(waiting_entry::Column::Topic, Expr::value(""))
        .col_expr(waiting_entry::Column::Adjustments, Expr::value(""))
        .filter(waiting_entry::Column::ResidentId.eq(resident_id))
        .exec(conn)
        .await?;
    booking::Entity::update_many()
        .col_expr(
            booking::Column::ResidentId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(booking::Column::Topic, Expr::value(""))
        .col_expr(booking::Column::Adjustments, Expr::value(""))
        .col_expr(
            booking::Column::IdempotencyKey,
            Expr::value(Option::<String>::None),
        )
        .filter(booking::Column::ResidentId.eq(resident_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A place a resident is waiting for, as their account lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WaitingSummary {
    pub id: i32,
    pub surgery_id: i32,
    pub title: String,
    /// The surgery's title in Welsh, if the team gave one.
    #[serde(skip)]
    pub title_cy: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: WaitingStatus,
    pub topic: String,
    pub adjustments: String,
    pub joined_at: i64,
}

/// Every waiting-list entry a resident has, soonest slot first.
pub async fn waiting_for_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<WaitingSummary>, DbErr> {
    let entries = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::ResidentId.eq(resident_id))
        .all(db)
        .await?;
    let mut summaries = Vec::with_capacity(entries.len());
    for e in entries {
        let (Some(detail), Some(slot)) = (
            surgeries::occurrence(db, e.surgery_id).await?,
            surgery_slot::Entity::find_by_id(e.slot_id).one(db).await?,
        ) else {
            continue;
        };
        summaries.push(WaitingSummary {
            id: e.id,
            surgery_id: e.surgery_id,
            title: detail.series.title,
            title_cy: detail.series.title_cy,
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            status: e.status,
            topic: e.topic,
            adjustments: e.adjustments,
            joined_at: e.created_at,
        });
    }
    summaries.sort_by_key(|s| s.starts_at);
    Ok(summaries)
}

/// What became of a request to leave a waiting list.
#[derive(Debug, PartialEq, Eq)]
pub enum LeftWaitingList {
    Left,
    /// A place was given to them from the list a moment before: they hold it now.
    GivenAPlace {
        reference: String,
    },
    NotOnIt,
}

/// Takes the resident off a waiting list, unless a freed place has already been given to them.
pub async fn leave_waiting_list(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    entry_id: i32,
) -> Result<LeftWaitingList, DbErr> {
    let left = waiting_entry::Entity::update_many()
        .col_expr(
            waiting_entry::Column::Status,
            Expr::value(WaitingStatus::Withdrawn),
        )
        .filter(waiting_entry::Column::Id.eq(entry_id))
        .filter(waiting_entry::Column::ResidentId.eq(resident_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .exec(db)
        .await?;
    if left.rows_affected == 1 {
        return Ok(LeftWaitingList::Left);
    }
    let promoted_to = waiting_entry::Entity::find_by_id(entry_id)
        .filter(waiting_entry::Column::ResidentId.eq(resident_id))
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Promoted))
        .one(db)
        .await?
        .and_then(|entry| entry.booking_id);
    let Some(booking_id) = promoted_to else {
        return Ok(LeftWaitingList::NotOnIt);
    };
    Ok(booking::Entity::find_by_id(booking_id)
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .one(db)
        .await?
        .map_or(LeftWaitingList::NotOnIt, |booking| {
            LeftWaitingList::GivenAPlace {
                reference: booking.reference,
            }
        }))
}

/// A resident's bookings and places on waiting lists.
pub struct BookingRecords;

#[async_trait::async_trait]
impl ResidentRecords for BookingRecords {
    fn columns(&self) -> &'static [Column] {
        &[("booking", "resident_id"), ("waiting_entry", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        Ok(vec![
            ("bookings", as_download(&for_resident(db, who.id).await?)?),
            (
                "waiting_lists",
                as_download(&waiting_for_resident(db, who.id).await?)?,
            ),
        ])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        erase_for_resident(write, erasure.clock, erasure.site, who.id).await
    }
}
