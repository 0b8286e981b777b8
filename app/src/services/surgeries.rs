//! Surgeries as teams schedule them and residents find them: a schedule becomes its
//! occurrences (in UTC) and, for booked surgeries, their slots, in one transaction with the
//! audit entry.

use crate::domain::forms::given;
use crate::domain::schedule::ScheduleEntry;
use crate::domain::surgery::{BookingPlan, slot_times};
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_time};
use crate::services::write::Database;
use entity::surgery::SurgeryStatus;
use entity::surgery_series::BookingMode;
use entity::{neighbourhood, surgery, surgery_series, surgery_slot, venue};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheduled {
    /// `occurrences` dates from `first` (Unix seconds).
    Scheduled { occurrences: usize, first: i64 },
    /// The venue is not one of the neighbourhood's.
    NoSuchVenue,
    /// Every date it makes is already past.
    NoneInFuture,
}

/// What the audit log keeps of a new schedule.
#[derive(Serialize)]
struct ScheduleRecord<'a> {
    title: &'a str,
    venue: &'a str,
    first: String,
    occurrences: usize,
    booking: String,
}

pub async fn schedule(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: ScheduleEntry,
) -> Result<Scheduled, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let Some(venue) = crate::services::venues::serving_one(db, n.id, entry.venue_id).await? else {
        return Ok(Scheduled::NoSuchVenue);
    };
    let txn = db.write().await?;
    let scheduled =
        insert_schedule(&txn, clock.now(), n.id, &venue, &entry, Some(member.id)).await?;
    let Scheduled::Scheduled { occurrences, first } = scheduled else {
        return Ok(scheduled);
    };
    let booking_words = match entry.plan {
        BookingPlan::DropIn { .. } => "drop-in".to_string(),
        BookingPlan::Slots { minutes, places } => {
            format!("booked slots of {minutes} minutes, {places} places each")
        }
    };
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::SurgeryScheduled,
        &format!("“{}” at {} in {}", entry.title, venue.name, n.name),
        None::<&ScheduleRecord>,
        Some(&ScheduleRecord {
            title: &entry.title,
            venue: &venue.name,
            first: format_time(first),
            occurrences,
            booking: booking_words,
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(scheduled)
}

/// Writes a schedule's series, its occurrences still to come and their slots, inside the
/// caller's transaction. The demo data uses it directly; teams go through `schedule`.
pub async fn insert_schedule<C: ConnectionTrait>(
    conn: &C,
    now: i64,
    neighbourhood_id: i32,
    venue: &venue::Model,
    entry: &ScheduleEntry,
    created_by: Option<i32>,
) -> Result<Scheduled, DbErr> {
    let occurrences: Vec<_> = entry
        .schedule
        .occurrences()
        .into_iter()
        .filter(|o| o.starts_at > now)
        .collect();
    let Some(first) = occurrences.first() else {
        return Ok(Scheduled::NoneInFuture);
    };
    let (booking, expected, slot_minutes, places) = match entry.plan {
        BookingPlan::DropIn { expected } => {
            (BookingMode::DropIn, expected.map(|e| e as i32), None, None)
        }
        BookingPlan::Slots { minutes, places } => (
            BookingMode::BookedSlots,
            None,
            Some(minutes as i32),
            Some(places as i32),
        ),
    };
    let series_id = surgery_series::Entity::insert(surgery_series::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(neighbourhood_id),
        venue_id: Set(venue.id),
        title: Set(entry.title.clone()),
        description: Set(entry.description.clone()),
        title_cy: Set(given(entry.title_cy.clone())),
        description_cy: Set(given(entry.description_cy.clone())),
        booking: Set(booking),
        expected_capacity: Set(expected),
        slot_minutes: Set(slot_minutes),
        places_per_slot: Set(places),
        schedule: Set(serde_json::to_string(&entry.schedule).unwrap_or_default()),
        created_at: Set(now),
        created_by: Set(created_by),
        ended_at: Set(None),
    })
    .exec(conn)
    .await?
    .last_insert_id;
    for occurrence in &occurrences {
        let surgery_id = surgery::Entity::insert(surgery::ActiveModel {
            id: NotSet,
            series_id: Set(series_id),
            neighbourhood_id: Set(neighbourhood_id),
            venue_id: Set(venue.id),
            starts_at: Set(occurrence.starts_at),
            ends_at: Set(occurrence.ends_at),
            status: Set(SurgeryStatus::Scheduled),
            cancelled_reason: Set(None),
            revision: Set(0),
        })
        .exec(conn)
        .await?
        .last_insert_id;
        if let BookingPlan::Slots { minutes, places } = entry.plan {
            // Slots are counted in minutes from the occurrence's start in UTC: a surgery is
            // within one UK day, and no clock change falls inside opening hours.
            let length = ((occurrence.ends_at - occurrence.starts_at) / 60) as u32;
            let slots = slot_times(0, length, minutes)
                .into_iter()
                .map(|(from, to)| surgery_slot::ActiveModel {
                    id: NotSet,
                    surgery_id: Set(surgery_id),
                    starts_at: Set(occurrence.starts_at + i64::from(from) * 60),
                    ends_at: Set(occurrence.starts_at + i64::from(to) * 60),
                    places: Set(places as i32),
                    booked: Set(0),
                });
            surgery_slot::Entity::insert_many(slots)
                .exec_without_returning(conn)
                .await?;
        }
    }
    Ok(Scheduled::Scheduled {
        occurrences: occurrences.len(),
        first: first.starts_at,
    })
}

/// How many of a series' occurrences are still to come and going ahead.
pub async fn still_to_come_in_series(
    db: &DatabaseConnection,
    series_id: i32,
    now: i64,
) -> Result<usize, DbErr> {
    use sea_orm::PaginatorTrait;
    Ok(surgery::Entity::find()
        .filter(surgery::Column::SeriesId.eq(series_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gt(now))
        .count(db)
        .await? as usize)
}

/// One occurrence in a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OccurrenceSummary {
    pub id: i32,
    pub title: String,
    /// The title in Welsh, if the team gave one.
    pub title_cy: Option<String>,
    pub starts_at: i64,
    pub ends_at: i64,
    pub venue_name: String,
    pub cancelled: bool,
    /// For booked surgeries: places in all its slots, and how many are booked.
    pub places: Option<(i32, i32)>,
}

/// A neighbourhood's occurrences that have not ended, soonest first: only those going ahead
/// for residents, every one for its team.
pub async fn upcoming(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
    include_cancelled: bool,
    limit: u64,
) -> Result<Vec<OccurrenceSummary>, DbErr> {
    let mut query = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(surgery::Column::EndsAt.gt(now));
    if !include_cancelled {
        query = query.filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled));
    }
    let occurrences = query
        .order_by_asc(surgery::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?;
    summarise(db, occurrences).await
}

/// A neighbourhood's occurrences that ended since `since`, the most recent first, so the team
/// can record attendance afterwards.
pub async fn recent(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
    since: i64,
) -> Result<Vec<OccurrenceSummary>, DbErr> {
    let occurrences = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(surgery::Column::EndsAt.lte(now))
        .filter(surgery::Column::StartsAt.gte(since))
        .order_by_desc(surgery::Column::StartsAt)
        .all(db)
        .await?;
    summarise(db, occurrences).await
}

/// The occurrences going ahead in these neighbourhoods that start from `from` until `to`,
/// soonest first (a team's day, for its dashboard).
pub async fn starting_between(
    db: &DatabaseConnection,
    neighbourhood_ids: &[i32],
    from: i64,
    to: i64,
) -> Result<Vec<(i32, OccurrenceSummary)>, DbErr> {
    let occurrences = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::StartsAt.gte(from))
        .filter(surgery::Column::StartsAt.lt(to))
        .order_by_asc(surgery::Column::StartsAt)
        .all(db)
        .await?;
    let neighbourhoods: Vec<i32> = occurrences.iter().map(|o| o.neighbourhood_id).collect();
    Ok(neighbourhoods
        .into_iter()
        .zip(summarise(db, occurrences).await?)
        .collect())
}

async fn summarise<C: ConnectionTrait>(
    conn: &C,
    occurrences: Vec<surgery::Model>,
) -> Result<Vec<OccurrenceSummary>, DbErr> {
    let ids: Vec<i32> = occurrences.iter().map(|o| o.id).collect();
    let series: HashMap<i32, (String, Option<String>)> = surgery_series::Entity::find()
        .filter(surgery_series::Column::Id.is_in(occurrences.iter().map(|o| o.series_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, (s.title, s.title_cy)))
        .collect();
    let venues: HashMap<i32, String> = venue::Entity::find()
        .filter(venue::Column::Id.is_in(occurrences.iter().map(|o| o.venue_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v.name))
        .collect();
    let mut places: HashMap<i32, (i32, i32)> = HashMap::new();
    for slot in surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.is_in(ids))
        .all(conn)
        .await?
    {
        let total = places.entry(slot.surgery_id).or_default();
        total.0 += slot.places;
        total.1 += slot.booked;
    }
    Ok(occurrences
        .into_iter()
        .map(|o| OccurrenceSummary {
            id: o.id,
            title: series
                .get(&o.series_id)
                .map(|(title, _)| title.clone())
                .unwrap_or_default(),
            title_cy: series
                .get(&o.series_id)
                .and_then(|(_, welsh)| welsh.clone()),
            starts_at: o.starts_at,
            ends_at: o.ends_at,
            venue_name: venues.get(&o.venue_id).cloned().unwrap_or_default(),
            cancelled: o.status == SurgeryStatus::Cancelled,
            places: places.get(&o.id).copied(),
        })
        .collect())
}

/// One occurrence with everything its page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct OccurrenceDetail {
    pub surgery: surgery::Model,
    pub series: surgery_series::Model,
    pub venue: venue::Model,
    pub neighbourhood: neighbourhood::Model,
    pub slots: Vec<surgery_slot::Model>,
}

pub async fn occurrence<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<Option<OccurrenceDetail>, DbErr> {
    let Some(surgery) = surgery::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let series = surgery_series::Entity::find_by_id(surgery.series_id)
        .one(conn)
        .await?;
    let venue = venue::Entity::find_by_id(surgery.venue_id)
        .one(conn)
        .await?;
    let neighbourhood = neighbourhood::Entity::find_by_id(surgery.neighbourhood_id)
        .one(conn)
        .await?;
    let (Some(series), Some(venue), Some(neighbourhood)) = (series, venue, neighbourhood) else {
        return Ok(None);
    };
    let slots = surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(id))
        .order_by_asc(surgery_slot::Column::StartsAt)
        .all(conn)
        .await?;
    Ok(Some(OccurrenceDetail {
        surgery,
        series,
        venue,
        neighbourhood,
        slots,
    }))
}

/// "Central Library, Centenary Square, Birmingham B1 2JB".
pub fn venue_line(venue: &venue::Model) -> String {
    [
        venue.name.as_str(),
        venue.address.as_str(),
        venue.postcode.as_str(),
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// A venue as residents read about it.
#[derive(Clone, Debug, PartialEq)]
pub struct VenueDetails {
    pub name: String,
    /// Name, address and postcode on one line.
    pub line: String,
    pub kind: &'static str,
    pub step_free: bool,
    pub accessibility_notes: String,
    pub how_to_find: String,
    pub latitude: f64,
    pub longitude: f64,
}

impl From<&venue::Model> for VenueDetails {
    fn from(venue: &venue::Model) -> Self {
        Self {
            name: venue.name.clone(),
            line: venue_line(venue),
            kind: venue.kind.label(),
            step_free: venue.step_free,
            accessibility_notes: venue.accessibility_notes.clone(),
            how_to_find: venue.how_to_find.clone(),
            latitude: venue.latitude,
            longitude: venue.longitude,
        }
    }
}

/// How many occurrences a neighbourhood's calendar feed and events list hold.
const FEED_OCCURRENCES: u64 = 200;

/// An occurrence with its series and venue, for the feeds.
pub struct FeedOccurrence {
    pub surgery: surgery::Model,
    pub series: surgery_series::Model,
    pub venue: venue::Model,
}

/// A neighbourhood's occurrences that have not ended, soonest first (cancelled ones too, if
/// `include_cancelled`), at most `FEED_OCCURRENCES`.
pub async fn feed_occurrences(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    now: i64,
    include_cancelled: bool,
) -> Result<Vec<FeedOccurrence>, DbErr> {
    let mut query = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(surgery::Column::EndsAt.gt(now));
    if !include_cancelled {
        query = query.filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled));
    }
    let occurrences = query
        .order_by_asc(surgery::Column::StartsAt)
        .order_by_asc(surgery::Column::Id)
        .limit(FEED_OCCURRENCES)
        .all(db)
        .await?;
    let series: HashMap<i32, surgery_series::Model> = surgery_series::Entity::find()
        .filter(surgery_series::Column::Id.is_in(occurrences.iter().map(|o| o.series_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let venues: HashMap<i32, venue::Model> = venue::Entity::find()
        .filter(venue::Column::Id.is_in(occurrences.iter().map(|o| o.venue_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|v| (v.id, v))
        .collect();
    Ok(occurrences
        .into_iter()
        .filter_map(|surgery| {
            Some(FeedOccurrence {
                series: series.get(&surgery.series_id)?.clone(),
                venue: venues.get(&surgery.venue_id)?.clone(),
                surgery,
            })
        })
        .collect())
}

/// A neighbourhood's surgeries still to come as a subscribable iCalendar feed, cancelled ones
/// marked so (so subscribed calendars drop them). It names no resident. None for an unknown
/// neighbourhood.
pub async fn calendar_feed(
    db: &DatabaseConnection,
    code: &str,
    now: i64,
    site: &crate::services::messages::EmailSite,
) -> Result<Option<String>, DbErr> {
    use crate::services::calendar::{CalendarEvent, CalendarMethod, calendar, sequence};
    let Some(n) = crate::services::neighbourhoods::neighbourhood_by_code(db, code).await? else {
        return Ok(None);
    };
    let occurrences = feed_occurrences(db, n.id, now, true).await?;
    let (organiser_name, organiser_email) = site.team_organiser(&n);
    let site_host = site.host();
    let events: Vec<CalendarEvent> = occurrences
        .iter()
        .map(|o| {
            let cancelled = o.surgery.status == SurgeryStatus::Cancelled;
            CalendarEvent {
                uid: format!("surgery-{}@{site_host}", o.surgery.id),
                sequence: sequence(o.surgery.revision, cancelled),
                starts_at: o.surgery.starts_at,
                ends_at: o.surgery.ends_at,
                summary: o.series.title.clone(),
                description: o.series.description.clone(),
                location: venue_line(&o.venue),
                organiser_name: organiser_name.clone(),
                organiser_email: organiser_email.clone(),
                attendee_email: None,
                cancelled,
            }
        })
        .collect();
    Ok(Some(calendar(CalendarMethod::Publish, &events, now)))
}
