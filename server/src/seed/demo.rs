//! The demo force: West Midlands Police's seven Local Policing Areas with twelve neighbourhoods,
//! fictional teams and about a hundred postcodes, all written for this project
//! (`server/demo/west-midlands.json`).

use app::domain::geometry::MultiPolygon;
use app::domain::postcode::Postcode;
use app::services::clock::Clock;
use entity::{
    booking, force, local_policing_area, neighbourhood, neighbourhood_link, postcode, surgery_slot,
    team_member, venue, venue_neighbourhood,
};
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait, PaginatorTrait};
use serde::Deserialize;
use std::collections::HashMap;

const DEMO: &str = include_str!("../../demo/west-midlands.json");

#[derive(Deserialize)]
struct Demo {
    force: DemoForce,
    lpas: Vec<DemoLpa>,
    neighbourhoods: Vec<DemoNeighbourhood>,
    postcodes: Vec<DemoPostcode>,
}

#[derive(Deserialize)]
struct DemoForce {
    id: String,
    name: String,
    url: String,
    telephone: String,
    description: String,
    postcode_areas: Vec<String>,
}

#[derive(Deserialize)]
struct DemoLpa {
    code: String,
    name: String,
}

#[derive(Deserialize)]
struct DemoNeighbourhood {
    code: String,
    lpa: String,
    name: String,
    description: String,
    email: String,
    telephone: String,
    links: Vec<DemoLink>,
    boundary: MultiPolygon,
    team: Vec<DemoMember>,
    venues: Vec<DemoVenue>,
}

#[derive(Deserialize)]
struct DemoLink {
    title: String,
    url: String,
}

#[derive(Deserialize)]
struct DemoMember {
    name: String,
    rank: String,
    bio: String,
    contact_officer: bool,
}

#[derive(Deserialize)]
struct DemoVenue {
    name: String,
    kind: venue::VenueKind,
    address: String,
    postcode: String,
    latitude: f64,
    longitude: f64,
    step_free: bool,
    accessibility_notes: String,
    how_to_find: String,
}

#[derive(Deserialize)]
struct DemoPostcode {
    postcode: String,
    latitude: f64,
    longitude: f64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SeedOutcome {
    Seeded {
        lpas: usize,
        neighbourhoods: usize,
        team_members: usize,
        postcodes: usize,
        surgeries: usize,
    },
    /// The database already holds a force: demo data never mixes with real data.
    AlreadyHasData,
}

/// The first slot of the first occurrence of Edgbaston's booked surgery, given `places`: the
/// slot crowds race for in the benchmark's booking race and the test command's proxy drill.
/// Returns the surgery's id and the slot's.
pub async fn crowded_slot(db: &DatabaseConnection, places: i32) -> anyhow::Result<(i32, i32)> {
    use anyhow::Context;
    use entity::{neighbourhood, surgery, surgery_series, surgery_slot};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let edgbaston = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Code.eq("BW003"))
        .one(db)
        .await?
        .context("the demo's Edgbaston")?;
    let series = surgery_series::Entity::find()
        .filter(surgery_series::Column::NeighbourhoodId.eq(edgbaston.id))
        .filter(surgery_series::Column::Booking.eq(surgery_series::BookingMode::BookedSlots))
        .order_by_asc(surgery_series::Column::Id)
        .one(db)
        .await?
        .context("the demo's booked surgery")?;
    let occurrence = surgery::Entity::find()
        .filter(surgery::Column::SeriesId.eq(series.id))
        .order_by_asc(surgery::Column::StartsAt)
        .one(db)
        .await?
        .context("an occurrence")?;
    let slot = surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(occurrence.id))
        .order_by_asc(surgery_slot::Column::StartsAt)
        .one(db)
        .await?
        .context("a slot")?;
    surgery_slot::Entity::update_many()
        .col_expr(
            surgery_slot::Column::Places,
            sea_orm::sea_query::Expr::value(places),
        )
        .filter(surgery_slot::Column::Id.eq(slot.id))
        .exec(db)
        .await?;
    Ok((occurrence.id, slot.id))
}

/// Loads the demo data in one transaction: all of it or none.
pub async fn seed(db: &DatabaseConnection, clock: &Clock) -> anyhow::Result<SeedOutcome> {
    if force::Entity::find().count(db).await? > 0 {
        return Ok(SeedOutcome::AlreadyHasData);
    }
    let demo: Demo = serde_json::from_str(DEMO)?;
    let txn = crate::database::begin_write_waiting(db).await?;

    force::Entity::insert(force::ActiveModel {
        id: Set(demo.force.id.clone()),
        name: Set(demo.force.name),
        url: Set(demo.force.url),
        telephone: Set(demo.force.telephone),
        description: Set(demo.force.description),
        postcode_areas: Set(demo.force.postcode_areas.join(" ")),
    })
    .exec(&txn)
    .await?;

    let mut lpa_ids = HashMap::new();
    for lpa in &demo.lpas {
        let inserted = local_policing_area::Entity::insert(local_policing_area::ActiveModel {
            force_id: Set(demo.force.id.clone()),
            code: Set(lpa.code.clone()),
            name: Set(lpa.name.clone()),
            ..Default::default()
        })
        .exec(&txn)
        .await?;
        lpa_ids.insert(lpa.code.as_str(), inserted.last_insert_id);
    }

    let mut team_members = 0;
    let mut surgeries = 0;
    let mut surgeries_under_way = 0;
    let now = clock.now();
    for n in &demo.neighbourhoods {
        n.boundary
            .validate()
            .map_err(|e| anyhow::anyhow!("demo neighbourhood {}: {e}", n.code))?;
        let centre = n
            .boundary
            .centre()
            .ok_or_else(|| anyhow::anyhow!("demo neighbourhood {} has no centre", n.code))?;
        let lpa_id = *lpa_ids.get(n.lpa.as_str()).ok_or_else(|| {
            anyhow::anyhow!("demo neighbourhood {} names unknown LPA {}", n.code, n.lpa)
        })?;
        let neighbourhood_id = neighbourhood::Entity::insert(neighbourhood::ActiveModel {
            force_id: Set(demo.force.id.clone()),
            lpa_id: Set(lpa_id),
            code: Set(n.code.clone()),
            name: Set(n.name.clone()),
            description: Set(n.description.clone()),
            boundary: Set(Some(serde_json::to_string(&n.boundary)?)),
            centre_latitude: Set(Some(centre.latitude)),
            centre_longitude: Set(Some(centre.longitude)),
            contact_email: Set(Some(n.email.clone())),
            contact_telephone: Set(Some(n.telephone.clone())),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;

        for link in &n.links {
            neighbourhood_link::Entity::insert(neighbourhood_link::ActiveModel {
                neighbourhood_id: Set(neighbourhood_id),
                title: Set(link.title.clone()),
                url: Set(link.url.clone()),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
        }
        for (order, member) in n.team.iter().enumerate() {
            team_member::Entity::insert(team_member::ActiveModel {
                neighbourhood_id: Set(neighbourhood_id),
                name: Set(member.name.clone()),
                rank: Set(member.rank.clone()),
                bio: Set(member.bio.clone()),
                is_contact_officer: Set(member.contact_officer),
                display_order: Set(i32::try_from(order)?),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            team_members += 1;
        }
        let mut venues = Vec::new();
        for v in &n.venues {
            let inserted = venue::Entity::insert(venue::ActiveModel {
                neighbourhood_id: Set(Some(neighbourhood_id)),
                name: Set(v.name.clone()),
                kind: Set(v.kind),
                address: Set(v.address.clone()),
                postcode: Set(Postcode::parse(&v.postcode)?.to_string()),
                latitude: Set(v.latitude),
                longitude: Set(v.longitude),
                step_free: Set(v.step_free),
                accessibility_notes: Set(v.accessibility_notes.clone()),
                how_to_find: Set(v.how_to_find.clone()),
                ..Default::default()
            })
            .exec_with_returning(&txn)
            .await?;
            venue_neighbourhood::Entity::insert(venue_neighbourhood::ActiveModel {
                venue_id: Set(inserted.id),
                neighbourhood_id: Set(neighbourhood_id),
            })
            .exec_without_returning(&txn)
            .await?;
            venues.push(inserted);
        }
        surgeries += demo_surgeries(&txn, now, neighbourhood_id, &venues).await?;
        if surgeries_under_way == 0
            && let Some(first) = venues.first()
        {
            surgeries_under_way += surgery_under_way(&txn, now, neighbourhood_id, first).await?;
        }
    }
    surgeries += surgeries_under_way;

    let mut rows = Vec::with_capacity(demo.postcodes.len());
    for p in &demo.postcodes {
        let parsed = Postcode::parse(&p.postcode)
            .map_err(|e| anyhow::anyhow!("demo postcode {:?}: {e}", p.postcode))?;
        rows.push(postcode::ActiveModel {
            postcode: Set(parsed.to_string()),
            outcode: Set(parsed.outcode().to_string()),
            latitude: Set(p.latitude),
            longitude: Set(p.longitude),
            // Demo postcodes find their neighbourhood through the boundaries.
            neighbourhood_id: Set(None),
            terminated_on: Set(None),
            ward_code: Set(None),
        });
    }
    postcode::Entity::insert_many(rows).exec(&txn).await?;
    crate::database::bump_dataset_revision(&txn).await?;
    txn.commit().await?;

    Ok(SeedOutcome::Seeded {
        lpas: demo.lpas.len(),
        neighbourhoods: demo.neighbourhoods.len(),
        team_members,
        postcodes: demo.postcodes.len(),
        surgeries,
    })
}

/// Each demo neighbourhood's surgeries, from the coming days on: at its first venue a weekly
/// Saturday morning surgery with 15-minute slots of two places, and at its second (if it has
/// one) a monthly drop-in on an evening.
async fn demo_surgeries(
    txn: &sea_orm::DatabaseTransaction,
    now: i64,
    neighbourhood_id: i32,
    venues: &[venue::Model],
) -> anyhow::Result<usize> {
    use app::domain::schedule::ScheduleEntry;
    use app::domain::schedule::{Repeat, Schedule, Until, WeekOfMonth, uk_local};
    use app::domain::surgery::BookingPlan;
    use app::services::surgeries::{Scheduled, insert_schedule};
    use chrono::{Datelike, Duration, NaiveTime, Weekday};
    let today = uk_local(now).date();
    let next = |weekday: Weekday| {
        let mut day = today + Duration::days(1);
        while day.weekday() != weekday {
            day += Duration::days(1);
        }
        day
    };
    let time = |hour| NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or_default();
    let mut plans = Vec::new();
    if let Some(first) = venues.first() {
        plans.push((
            first,
            ScheduleEntry {
                venue_id: first.id,
                title: format!("PCSO surgery at {}", first.name),
                description: "Talk to your neighbourhood team in person about anything that worries you locally: parking, anti-social behaviour, feeling safe. Book a 15-minute slot.".into(),
                // The demo's teams give their booked surgeries a Welsh title and description.
                title_cy: format!("Cymhorthfa SCCH yn {}", first.name),
                description_cy: "Siaradwch â'ch tîm cymdogaeth wyneb yn wyneb am unrhyw beth sy'n eich poeni'n lleol: parcio, ymddygiad gwrthgymdeithasol, teimlo'n ddiogel. Cadwch le am 15 munud.".into(),
                plan: BookingPlan::Slots { minutes: 15, places: 2 },
                schedule: Schedule {
                    first: next(Weekday::Sat),
                    start: time(10),
                    end: time(12),
                    repeat: Repeat::Weekly { weeks: 1 },
                    until: Until::Occurrences(8),
                },
            },
        ));
    }
    if let Some(second) = venues.get(1) {
        plans.push((
            second,
            ScheduleEntry {
                venue_id: second.id,
                title: format!("Drop-in evening at {}", second.name),
                description: "Come along to meet the team, hear what they have been doing and tell them what matters to you. No need to book.".into(),
                title_cy: String::new(),
                description_cy: String::new(),
                plan: BookingPlan::DropIn { expected: Some(30) },
                schedule: Schedule {
                    first: next(Weekday::Wed),
                    start: time(18),
                    end: time(19),
                    repeat: Repeat::Monthly { week: WeekOfMonth::First },
                    until: Until::Occurrences(6),
                },
            },
        ));
    }
    let mut made = 0;
    for (venue, entry) in plans {
        if let Scheduled::Scheduled { occurrences, .. } =
            insert_schedule(txn, now, neighbourhood_id, venue, &entry, None).await?
        {
            made += occurrences;
        }
    }
    Ok(made)
}

/// A surgery that began half an hour before the demo data was loaded, with two residents booked
/// by the team, so attendance can be recorded straight away. None near midnight, when there is
/// no room for it in the day.
async fn surgery_under_way(
    txn: &sea_orm::DatabaseTransaction,
    now: i64,
    neighbourhood_id: i32,
    venue: &venue::Model,
) -> anyhow::Result<usize> {
    use app::domain::schedule::ScheduleEntry;
    use app::domain::schedule::{Repeat, Schedule, Until, uk_local};
    use app::domain::surgery::{BookingPlan, booking_reference};
    use app::services::surgeries::{Scheduled, insert_schedule};
    use app::services::tokens::{new_token, token_hash};
    use chrono::{NaiveTime, Timelike};
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let local = uk_local(now - 30 * 60);
    if local.date() != uk_local(now).date() || local.hour() >= 22 {
        return Ok(0);
    }
    let start =
        NaiveTime::from_hms_opt(local.hour(), local.minute() / 15 * 15, 0).unwrap_or_default();
    let end =
        NaiveTime::from_hms_opt(local.hour() + 2, local.minute() / 15 * 15, 0).unwrap_or_default();
    let entry = ScheduleEntry {
        venue_id: venue.id,
        title: format!("Coffee with your PCSO at {}", venue.name),
        description: "An informal hour or two with the team: come and talk about what matters to you. Book a 20-minute slot.".into(),
        title_cy: String::new(),
        description_cy: String::new(),
        plan: BookingPlan::Slots { minutes: 20, places: 2 },
        schedule: Schedule {
            first: local.date(),
            start,
            end,
            repeat: Repeat::Once,
            until: Until::Occurrences(1),
        },
    };
    // Written as if an hour ago, when it was still to come.
    let Scheduled::Scheduled { first, .. } =
        insert_schedule(txn, now - 3600, neighbourhood_id, venue, &entry, None).await?
    else {
        return Ok(0);
    };
    let slot = surgery_slot::Entity::find()
        .filter(surgery_slot::Column::StartsAt.eq(first))
        .order_by_desc(surgery_slot::Column::Id)
        .one(txn)
        .await?
        .ok_or_else(|| anyhow::anyhow!("the surgery under way has no slots"))?;
    for (name, topic) in [
        (
            "Pat Example",
            "Cars parked on the pavement outside the school",
        ),
        ("Sam Example", "Noise from the flats late at night"),
    ] {
        let mut random = [0u8; 8];
        getrandom::fill(&mut random)?;
        booking::Entity::insert(booking::ActiveModel {
            reference: Set(booking_reference(random)),
            surgery_id: Set(slot.surgery_id),
            slot_id: Set(slot.id),
            resident_id: Set(None),
            status: Set(booking::BookingStatus::Booked),
            topic: Set(topic.into()),
            adjustments: Set(String::new()),
            created_at: Set(now - 3600),
            cancelled_at: Set(None),
            cancel_token_hash: Set(token_hash(&new_token())),
            idempotency_key: Set(None),
            attendance: Set(None),
            reminded_at: Set(None),
            walk_in_name: Set(Some(name.into())),
            booked_by: Set(None),
            time_changes: Set(0),
            ..Default::default()
        })
        .exec_without_returning(txn)
        .await?;
    }
    surgery_slot::Entity::update_many()
        .col_expr(
            surgery_slot::Column::Booked,
            sea_orm::sea_query::Expr::value(2),
        )
        .filter(surgery_slot::Column::Id.eq(slot.id))
        .exec(txn)
        .await?;
    Ok(1)
}
