//! Venues: the places where teams meet residents. The team of the neighbourhood that added a
//! venue keeps its details up to date; a venue may serve several neighbourhoods, whose teams
//! may all hold surgeries there. Every venue is placed on the map through the gazetteer.

use crate::domain::postcode::Postcode;
use crate::domain::venue::VenueDetailsEntry;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::gazetteer::Gazetteer;
use crate::services::write::Database;
use entity::{neighbourhood, venue, venue_neighbourhood};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::BTreeSet;

/// The venues serving a neighbourhood, by name.
pub async fn serving<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<Vec<venue::Model>, DbErr> {
    venue::Entity::find()
        .filter(venue::Column::Id.in_subquery(served_by(neighbourhood_id)))
        .order_by_asc(venue::Column::Name)
        .all(conn)
        .await
}

/// The venue, if it serves the neighbourhood.
pub async fn serving_one<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    venue_id: i32,
) -> Result<Option<venue::Model>, DbErr> {
    venue::Entity::find_by_id(venue_id)
        .filter(venue::Column::Id.in_subquery(served_by(neighbourhood_id)))
        .one(conn)
        .await
}

fn served_by(neighbourhood_id: i32) -> sea_orm::sea_query::SelectStatement {
    use sea_orm::{QuerySelect, QueryTrait};
    venue_neighbourhood::Entity::find()
        .select_only()
        .column(venue_neighbourhood::Column::VenueId)
        .filter(venue_neighbourhood::Column::NeighbourhoodId.eq(neighbourhood_id))
        .into_query()
}

/// The ids of the neighbourhoods a venue serves.
pub async fn neighbourhoods_served<C: ConnectionTrait>(
    conn: &C,
    venue_id: i32,
) -> Result<BTreeSet<i32>, DbErr> {
    Ok(venue_neighbourhood::Entity::find()
        .filter(venue_neighbourhood::Column::VenueId.eq(venue_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.neighbourhood_id)
        .collect())
}

/// Where a venue's postcode is, or why it cannot be placed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placed {
    At { latitude: f64, longitude: f64 },
    Unknown,
    Terminated,
}

impl Placed {
    /// What to tell the team when the postcode cannot be placed.
    pub fn problem(self, postcode: &Postcode) -> Option<String> {
        match self {
            Placed::At { .. } => None,
            Placed::Unknown => Some(format!(
                "We could not find {postcode} on the map. Check the postcode: residents are shown where the venue is"
            )),
            Placed::Terminated => Some(format!(
                "{postcode} is no longer in use. Enter the venue's current postcode"
            )),
        }
    }
}

pub fn place(gazetteer: &Gazetteer, postcode: &Postcode) -> Placed {
    match gazetteer.postcodes.get(postcode) {
        None => Placed::Unknown,
        Some(entry) if entry.terminated => Placed::Terminated,
        Some(entry) => Placed::At {
            latitude: entry.latitude,
            longitude: entry.longitude,
        },
    }
}

/// What the audit log keeps of a venue.
#[derive(Serialize)]
struct VenueRecord<'a> {
    #[serde(flatten)]
    details: &'a VenueDetailsEntry,
    serves: Vec<String>,
}

async fn names<C: ConnectionTrait>(conn: &C, ids: &BTreeSet<i32>) -> Result<Vec<String>, DbErr> {
    Ok(neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(neighbourhood::Column::Name)
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.name)
        .collect())
}

fn record_of(details: &VenueDetailsEntry, serves: Vec<String>) -> VenueRecord<'_> {
    VenueRecord { details, serves }
}

/// Adds a venue kept by `n`'s team and serving `n`, placed at `position`; returns its id.
pub async fn add(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    details: &VenueDetailsEntry,
    (latitude, longitude): (f64, f64),
) -> Result<i32, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let id = venue::Entity::insert(venue::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(Some(n.id)),
        name: Set(details.name.clone()),
        kind: Set(details.kind),
        address: Set(details.address.clone()),
        postcode: Set(details.postcode.to_string()),
        latitude: Set(latitude),
        longitude: Set(longitude),
        step_free: Set(details.step_free),
        accessibility_notes: Set(details.accessibility_notes.clone()),
        how_to_find: Set(details.how_to_find.clone()),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    venue_neighbourhood::Entity::insert(venue_neighbourhood::ActiveModel {
        venue_id: Set(id),
        neighbourhood_id: Set(n.id),
    })
    .exec_without_returning(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::VenueAdded,
        &format!("{} for {}", details.name, n.name),
        None::<&VenueRecord>,
        Some(&record_of(details, vec![n.name.clone()])),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(id)
}

/// A change to a venue: its details, where it now is, and which neighbourhoods it serves.
pub struct VenueChange<'a> {
    pub details: &'a VenueDetailsEntry,
    /// A new position, when the postcode changed.
    pub moved_to: Option<(f64, f64)>,
    /// The neighbourhoods the member of staff chose, among `choosable`.
    pub chosen: BTreeSet<i32>,
    /// The neighbourhoods the member may add or take away; the venue's others stay as they are.
    pub choosable: BTreeSet<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VenueSaved {
    Saved,
    /// Not a venue `n`'s team keeps.
    NoSuchVenue,
    /// Every neighbourhood would have been taken away.
    ServesNone,
    /// A neighbourhood whose surgeries are still held there would have been taken away.
    StillInUse {
        neighbourhood: String,
    },
}

pub async fn update(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    venue_id: i32,
    change: VenueChange<'_>,
) -> Result<VenueSaved, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    use sea_orm::IntoActiveModel;
    let txn = db.write().await?;
    let Some(current) = venue::Entity::find_by_id(venue_id)
        .filter(venue::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(VenueSaved::NoSuchVenue);
    };
    let serves_before = neighbourhoods_served(&txn, venue_id).await?;
    let serves_after: BTreeSet<i32> = serves_before
        .iter()
        .copied()
        .filter(|id| !change.choosable.contains(id))
        .chain(change.chosen.intersection(&change.choosable).copied())
        .collect();
    if serves_after.is_empty() {
        return Ok(VenueSaved::ServesNone);
    }
    for dropped in serves_before.difference(&serves_after) {
        if let Some(neighbourhood) = upcoming_surgery_in(&txn, venue_id, *dropped, clock).await? {
            return Ok(VenueSaved::StillInUse { neighbourhood });
        }
    }
    let before = VenueDetailsEntry {
        name: current.name.clone(),
        kind: current.kind,
        address: current.address.clone(),
        postcode: Postcode::parse(&current.postcode)
            .unwrap_or_else(|_| change.details.postcode.clone()),
        step_free: current.step_free,
        accessibility_notes: current.accessibility_notes.clone(),
        how_to_find: current.how_to_find.clone(),
    };
    let details = change.details;
    let mut row = current.into_active_model();
    row.name = Set(details.name.clone());
    row.kind = Set(details.kind);
    row.address = Set(details.address.clone());
    row.postcode = Set(details.postcode.to_string());
    if let Some((latitude, longitude)) = change.moved_to {
        row.latitude = Set(latitude);
        row.longitude = Set(longitude);
    }
    row.step_free = Set(details.step_free);
    row.accessibility_notes = Set(details.accessibility_notes.clone());
    row.how_to_find = Set(details.how_to_find.clone());
    venue::Entity::update(row).exec(&txn).await?;
    venue_neighbourhood::Entity::delete_many()
        .filter(venue_neighbourhood::Column::VenueId.eq(venue_id))
        .filter(
            venue_neighbourhood::Column::NeighbourhoodId
                .is_in(serves_before.difference(&serves_after).copied()),
        )
        .exec(&txn)
        .await?;
    let added: Vec<_> = serves_after
        .difference(&serves_before)
        .map(|id| venue_neighbourhood::ActiveModel {
            venue_id: Set(venue_id),
            neighbourhood_id: Set(*id),
        })
        .collect();
    if !added.is_empty() {
        venue_neighbourhood::Entity::insert_many(added)
            .exec_without_returning(&txn)
            .await?;
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::VenueChanged,
        &format!("{} for {}", details.name, n.name),
        Some(&record_of(&before, names(&txn, &serves_before).await?)),
        Some(&record_of(details, names(&txn, &serves_after).await?)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(VenueSaved::Saved)
}

/// The name of the neighbourhood, if it still has a surgery to come at the venue.
async fn upcoming_surgery_in<C: ConnectionTrait>(
    conn: &C,
    venue_id: i32,
    neighbourhood_id: i32,
    clock: &Clock,
) -> Result<Option<String>, DbErr> {
    use entity::surgery::{self, SurgeryStatus};
    let in_use = surgery::Entity::find()
        .filter(surgery::Column::VenueId.eq(venue_id))
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .filter(surgery::Column::EndsAt.gt(clock.now()))
        .one(conn)
        .await?
        .is_some();
    if !in_use {
        return Ok(None);
    }
    Ok(neighbourhood::Entity::find_by_id(neighbourhood_id)
        .one(conn)
        .await?
        .map(|n| n.name))
}
