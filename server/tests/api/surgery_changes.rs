//! What a team changes after scheduling: moving an occurrence, ending a repeating surgery,
//! booking places on residents' behalf, the bookings spreadsheet, venues that serve several
//! neighbourhoods, and the data.police.uk `events` call.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::open_data::{compare_with_sample, is_police_date};
use crate::staff_accounts::{create_staff, neighbourhood_id, sign_in_staff};
use crate::surgeries::{
    audit_count, book_slot, booked_surgeries, booked_surgery, booking_by_reference, live_bookings,
    newest_calendar, post, resident, slot, slots,
};
use app::domain::schedule::uk_local;
use app::domain::staff::Role;
use chrono::{Datelike, Timelike};
use entity::booking::BookingStatus;
use entity::surgery::SurgeryStatus;
use entity::{
    booking, outbox_message, resident as resident_account, surgery, surgery_series, venue,
};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

const TEAM: &str = "city@police.example.uk";

/// The app with a BW001 team member signed in.
async fn team_app(kind: Database) -> TestApp {
    let app = spawn_app(kind).await;
    create_staff(&app, TEAM, Role::TeamMember, &["BW001"]).await;
    sign_in_staff(&app, TEAM).await;
    app
}

fn team_page(surgery_id: i32) -> String {
    format!("/staff/neighbourhoods/BW001/surgeries/{surgery_id}")
}

async fn occurrence(app: &TestApp, id: i32) -> surgery::Model {
    surgery::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn emails_to(app: &TestApp, to: &str, subject_start: &str) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Recipient.eq(to))
        .filter(outbox_message::Column::Subject.starts_with(subject_start))
        .all(&app.db)
        .await
        .unwrap()
}

/// Sends the move form for `surgery_id`: the UK `date`, `start` and venue.
async fn move_to(
    app: &TestApp,
    surgery_id: i32,
    date: chrono::NaiveDate,
    start: &str,
    venue_id: i32,
) -> reqwest::Response {
    let (venue, day, month, year) = (
        venue_id.to_string(),
        date.day().to_string(),
        date.month().to_string(),
        date.year().to_string(),
    );
    app.submit(
        &team_page(surgery_id),
        "/fn/staff/neighbourhood/surgeries/move",
        &[
            ("venue_id", &venue),
            ("move_date_day", &day),
            ("move_date_month", &month),
            ("move_date_year", &year),
            ("move_start", start),
            ("move_reason", "The library has a book sale that morning"),
        ],
    )
    .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moved_surgery_keeps_every_booking_and_tells_each_resident_the_new_time(kind: Database) {
    let app = team_app(kind).await;
    let surgery_id = booked_surgeries(&app, "BW001").await[1];
    let before = occurrence(&app, surgery_id).await;
    let first_slot = slots(&app, surgery_id).await[0].clone();
    let sam = resident(&app, "sam@example.org").await;
    let reference = book_slot(&sam, surgery_id, first_slot.id).await;

    let new_day = uk_local(before.starts_at).date() + chrono::Duration::days(1);
    let moved = move_to(&app, surgery_id, new_day, "2pm", before.venue_id).await;
    assert_eq!(location(&moved), team_page(surgery_id), "{kind}");
    let (_, page) = app.html(&team_page(surgery_id)).await;
    assert!(
        page.contains(
            "The surgery has been moved: the 1 resident who booked has been emailed the new time"
        ),
        "{kind}: {page}"
    );

    let after = occurrence(&app, surgery_id).await;
    let local = uk_local(after.starts_at);
    assert_eq!((local.date(), local.hour()), (new_day, 14), "{kind}");
    assert_eq!(
        after.ends_at - after.starts_at,
        before.ends_at - before.starts_at,
        "{kind}: it keeps its length"
    );
    assert_eq!(after.revision, 1, "{kind}");
    let moved_slot = slot(&app, first_slot.id).await;
    assert_eq!(moved_slot.starts_at, after.starts_at, "{kind}");
    assert_eq!(moved_slot.booked, 1, "{kind}: the booking keeps its place");
    assert_eq!(
        booking_by_reference(&app, &reference).await.status,
        BookingStatus::Booked,
        "{kind}"
    );

    let told = emails_to(&app, "sam@example.org", "Moved:").await;
    assert_eq!(told.len(), 1, "{kind}");
    assert!(
        told[0].text_body.contains("The library has a book sale"),
        "{kind}"
    );
    let calendar = newest_calendar(&app, "sam@example.org").await;
    assert!(calendar.contains("METHOD:REQUEST"), "{kind}");
    assert!(calendar.contains("SEQUENCE:1"), "{kind}: {calendar}");
    assert!(
        calendar.contains(&format!("UID:booking-{reference}@")),
        "{kind}"
    );
    assert!(
        calendar.contains(&format!(
            "DTSTART;TZID=Europe/London:{}T140000",
            new_day.format("%Y%m%d")
        )),
        "{kind}: {calendar}"
    );
    assert_eq!(audit_count(&app, "surgery.move").await, 1, "{kind}");

    // The same time again, or a day already past: a clear message, and nothing changes.
    move_to(&app, surgery_id, new_day, "2pm", before.venue_id).await;
    let (_, unchanged) = app.html(&team_page(surgery_id)).await;
    assert!(
        unchanged.contains("Enter a different date, time or place"),
        "{kind}"
    );
    let yesterday = uk_local(app.clock.now()).date() - chrono::Duration::days(1);
    move_to(&app, surgery_id, yesterday, "2pm", before.venue_id).await;
    let (_, past) = app.html(&team_page(surgery_id)).await;
    assert!(
        past.contains("The date must be today or in the future"),
        "{kind}"
    );
    assert_eq!(audit_count(&app, "surgery.move").await, 1, "{kind}");

    // Cancelling afterwards raises the sequence again, so calendars drop the moved event.
    sam.post_form(
        "/fn/account/bookings/cancel",
        &[("reference", reference.as_str())],
    )
    .await;
    let cancelled = newest_calendar(&app, "sam@example.org").await;
    assert!(cancelled.contains("METHOD:CANCEL"), "{kind}");
    assert!(cancelled.contains("SEQUENCE:2"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ending_a_repeating_surgery_cancels_every_one_still_to_come_and_tells_those_booked(
    kind: Database,
) {
    let app = team_app(kind).await;
    let occurrences = booked_surgeries(&app, "BW001").await;
    let sam = resident(&app, "sam@example.org").await;
    let sam_slot = slots(&app, occurrences[2]).await[0].id;
    book_slot(&sam, occurrences[2], sam_slot).await;
    let alex = resident(&app, "alex@example.org").await;
    let alex_slot = slots(&app, occurrences[5]).await[1].id;
    book_slot(&alex, occurrences[5], alex_slot).await;
    let first = occurrences[0];
    let end = |reason: &'static str| {
        let app = &app;
        async move {
            app.submit(
                &team_page(first),
                "/fn/staff/neighbourhood/surgeries/end-series",
                &[("end_reason", reason)],
            )
            .await
        }
    };

    let (_, page) = app.html(&team_page(occurrences[0])).await;
    assert!(page.contains("End the repeating surgery"), "{kind}");
    end("").await;
    let (_, unexplained) = app.html(&team_page(occurrences[0])).await;
    assert!(
        unexplained.contains("Say why the surgeries are ending"),
        "{kind}"
    );

    let ended = end("The team now meets residents at the community hub").await;
    assert_eq!(location(&ended), team_page(occurrences[0]), "{kind}");
    let (_, done) = app.html(&team_page(occurrences[0])).await;
    let count = occurrences.len();
    assert!(
            done.contains(&format!(
                "The repeating surgery has ended: {count} surgeries still to come are cancelled, and the 2 residents who booked have been emailed"
            )),
            "{kind}: {done}"
        );
    for id in &occurrences {
        assert_eq!(
            occurrence(&app, *id).await.status,
            SurgeryStatus::Cancelled,
            "{kind}"
        );
    }
    assert_eq!(live_bookings(&app, occurrences[2]).await, 0, "{kind}");
    assert_eq!(slot(&app, sam_slot).await.booked, 0, "{kind}");
    for who in ["sam@example.org", "alex@example.org"] {
        assert_eq!(
            emails_to(&app, who, "Cancelled by the team:").await.len(),
            1,
            "{kind}: {who}"
        );
        assert!(newest_calendar(&app, who).await.contains("METHOD:CANCEL"));
    }
    let series =
        surgery_series::Entity::find_by_id(occurrence(&app, occurrences[0]).await.series_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
    assert!(series.ended_at.is_some(), "{kind}");
    assert_eq!(audit_count(&app, "surgery.end_series").await, 1, "{kind}");

    // Once ended, the form is gone, and one sent from a page left open changes nothing.
    app.post_form(
        "/fn/staff/neighbourhood/surgeries/end-series",
        &[
            ("code", "BW001"),
            ("surgery_id", &first.to_string()),
            ("end_reason", "Again"),
        ],
    )
    .await;
    let (_, again) = app.html(&team_page(occurrences[0])).await;
    assert!(!again.contains("End the repeating surgery"), "{kind}");
    assert_eq!(audit_count(&app, "surgery.end_series").await, 1, "{kind}");
}

/// Books a place for someone on the team page.
async fn walk_in(
    app: &TestApp,
    surgery_id: i32,
    slot_id: i32,
    name: &str,
    email: &str,
    topic: &str,
) -> String {
    app.submit(
        &team_page(surgery_id),
        "/fn/staff/neighbourhood/surgeries/walk-in",
        &[
            ("walk_in_slot", &slot_id.to_string()),
            ("walk_in_name", name),
            ("walk_in_email", email),
            ("walk_in_topic", topic),
        ],
    )
    .await;
    app.html(&team_page(surgery_id)).await.1
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_member_books_places_for_residents_with_or_without_an_email_never_past_the_places(
    kind: Database,
) {
    let app = team_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let first = slots(&app, surgery_id).await[0].clone();
    assert_eq!(first.places, 2, "{kind}: the demo's slots have two places");

    let page = walk_in(
        &app,
        surgery_id,
        first.id,
        "Jo Walker",
        "Jo.Walker@Example.org",
        "Graffiti on the underpass",
    )
    .await;
    assert!(
        page.contains("Jo Walker is booked, reference SRG-")
            && page.contains("their confirmation has been emailed"),
        "{kind}: {page}"
    );
    let account = resident_account::Entity::find()
        .filter(resident_account::Column::Email.eq("jo.walker@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("an account for the address given");
    let jo = booking::Entity::find()
        .filter(booking::Column::ResidentId.eq(account.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(jo.booked_by.is_some(), "{kind}: booked by the team");
    let email = app.delivered_to("jo.walker@example.org").await;
    assert!(email.contains("has booked you a place"), "{kind}");
    assert!(email.contains("method=REQUEST"), "{kind}");

    let page = walk_in(&app, surgery_id, first.id, "Pat Paper", "", "").await;
    assert!(
        page.contains("Pat Paper is booked, reference SRG-"),
        "{kind}"
    );
    assert!(page.contains("No email address"), "{kind}");
    assert!(page.contains("Booked by"), "{kind}");
    let pat = booking::Entity::find()
        .filter(booking::Column::WalkInName.eq("Pat Paper"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(pat.resident_id, None, "{kind}");

    // The slot is full now: the team cannot overbook it either.
    let page = walk_in(&app, surgery_id, first.id, "Lee Late", "", "").await;
    assert!(page.contains("That time is fully booked"), "{kind}");
    assert_eq!(slot(&app, first.id).await.booked, 2, "{kind}");
    // The same resident twice at one surgery.
    let second = slots(&app, surgery_id).await[1].id;
    let page = walk_in(
        &app,
        surgery_id,
        second,
        "Jo Walker",
        "jo.walker@example.org",
        "",
    )
    .await;
    assert!(
        page.contains("already has a place at this surgery"),
        "{kind}"
    );
    // Nothing typed: each problem named.
    app.submit(
        &team_page(surgery_id),
        "/fn/staff/neighbourhood/surgeries/walk-in",
        &[
            ("walk_in_name", ""),
            ("walk_in_email", "not an address"),
            ("walk_in_topic", "</textarea><p id=\"injected\">x</p>"),
        ],
    )
    .await;
    let (_, errors) = app.html(&team_page(surgery_id)).await;
    // What was typed comes back as text, never as the page's own markup.
    assert!(!errors.contains("<p id=\"injected\">"), "{kind}");
    assert!(errors.contains("&lt;/textarea&gt;"), "{kind}");
    assert!(errors.contains("Select a time"), "{kind}");
    assert!(
        errors.contains("Enter the resident&#x27;s name")
            || errors.contains("Enter the resident's name"),
        "{kind}: {errors}"
    );
    assert!(
        errors.contains("Enter an email address in the correct format"),
        "{kind}"
    );
    assert_eq!(live_bookings(&app, surgery_id).await, 2, "{kind}");
    assert_eq!(audit_count(&app, "surgery.walk_in").await, 2, "{kind}");

    // Jo can sign in with that address and find the booking.
    let jo_browser = resident(&app, "jo.walker@example.org").await;
    let (_, account_page) = jo_browser.html("/account").await;
    assert!(account_page.contains(&jo.reference), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_downloads_the_bookings_as_a_spreadsheet_and_nobody_else_can(kind: Database) {
    let app = team_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let first = slots(&app, surgery_id).await[0].id;
    walk_in(
        &app,
        surgery_id,
        first,
        "Pat Paper",
        "",
        "=HYPERLINK(\"http://example.org\")",
    )
    .await;
    let path = format!("{}/bookings.csv", team_page(surgery_id));

    let response = app.get(&path).await;
    assert_eq!(response.status(), 200, "{kind}");
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"),
        "{kind}"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"bookings-BW001-"),
        "{kind}"
    );
    let csv = response.text().await.unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "Date,Time,Reference,Name,Email,To talk about,Help to take part,Booked by,Status,Attendance"
        ),
        "{kind}"
    );
    let row = lines.next().expect("a row for the booking");
    assert!(row.contains("Pat Paper"), "{kind}: {row}");
    assert!(row.contains("\"'=HYPERLINK("), "{kind}: {row}");
    assert!(row.contains("(staff)"), "{kind}");

    let anonymous = app.new_browser().get(&path).await;
    assert_eq!(anonymous.status(), 303, "{kind}");
    let other = app.new_browser();
    create_staff(
        &app,
        "edgbaston@police.example.uk",
        Role::TeamMember,
        &["BW003"],
    )
    .await;
    sign_in_staff(&other, "edgbaston@police.example.uk").await;
    assert_eq!(other.get(&path).await.status(), 403, "{kind}");
}

/// The fields of the venue form, with `given` filled in.
fn venue_fields(given: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("name", "Harborne Baptist Church Hall".into()),
        ("kind", "place-of-worship".into()),
        ("address", "Harborne Park Road, Birmingham".into()),
        ("postcode", "b17 0bd".into()),
        ("step_free", "yes".into()),
        ("accessibility_notes", "A ramp at the side door.".into()),
        ("how_to_find", String::new()),
    ];
    for (name, value) in given {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((name, value.to_string())),
        }
    }
    fields
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_venue_is_placed_on_the_map_and_can_serve_several_neighbourhoods(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, TEAM, Role::TeamMember, &["BW003", "BW004"]).await;
    sign_in_staff(&app, TEAM).await;
    let (edgbaston, harborne) = (
        neighbourhood_id(&app, "BW003").await,
        neighbourhood_id(&app, "BW004").await,
    );
    let venues_before = venue::Entity::find().count(&app.db).await.unwrap();

    // A postcode the portal cannot place is refused, keeping what was typed.
    let refused = post(
        &app,
        "/fn/staff/neighbourhood/venues/add",
        &venue_fields(&[("code", "BW004"), ("postcode", "B99 9ZZ")]),
    )
    .await;
    assert_eq!(
        location(&refused),
        "/staff/neighbourhoods/BW004/venues",
        "{kind}"
    );
    let (_, page) = app.html("/staff/neighbourhoods/BW004/venues").await;
    assert!(
        page.contains("We could not find B99 9ZZ on the map"),
        "{kind}: {page}"
    );
    assert!(page.contains("Harborne Baptist Church Hall"), "{kind}");
    assert_eq!(
        venue::Entity::find().count(&app.db).await.unwrap(),
        venues_before,
        "{kind}"
    );

    post(
        &app,
        "/fn/staff/neighbourhood/venues/add",
        &venue_fields(&[("code", "BW004")]),
    )
    .await;
    let (_, page) = app.html("/staff/neighbourhoods/BW004/venues").await;
    assert!(
        page.contains("Harborne Baptist Church Hall has been added"),
        "{kind}"
    );
    let hall = venue::Entity::find()
        .filter(venue::Column::Name.eq("Harborne Baptist Church Hall"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(hall.postcode, "B17 0BD", "{kind}");
    let placed = app.api("/api/postcodes/B17%200BD").await.1;
    assert_eq!(
        (
            serde_json::json!(hall.latitude),
            serde_json::json!(hall.longitude)
        ),
        (placed["latitude"].clone(), placed["longitude"].clone()),
        "{kind}: placed where the gazetteer puts its postcode"
    );
    assert_eq!(audit_count(&app, "surgery.venue_create").await, 1, "{kind}");

    // Edgbaston's team may now hold surgeries there too.
    let edit = format!("/staff/neighbourhoods/BW004/venues/{}", hall.id);
    let (status, form) = app.html(&edit).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        form.contains("Which neighbourhoods does it serve?"),
        "{kind}"
    );
    let mut fields = venue_fields(&[("code", "BW004"), ("venue_id", &hall.id.to_string())]);
    fields.push(("serves[0]", edgbaston.to_string()));
    fields.push(("serves[1]", harborne.to_string()));
    let saved = post(&app, "/fn/staff/neighbourhood/venues/save", &fields).await;
    assert_eq!(
        location(&saved),
        "/staff/neighbourhoods/BW004/venues",
        "{kind}"
    );
    let (_, edgbaston_surgeries) = app.html("/staff/neighbourhoods/BW003/surgeries").await;
    assert!(
        edgbaston_surgeries.contains("Harborne Baptist Church Hall"),
        "{kind}"
    );
    let day = uk_local(app.clock.now()).date() + chrono::Duration::days(20);
    let scheduled = post(
        &app,
        "/fn/staff/neighbourhood/surgeries/schedule",
        &crate::surgeries::schedule_fields(&[
            ("code", "BW003"),
            ("venue_id", &hall.id.to_string()),
            ("title", "Edgbaston surgery in Harborne"),
            ("date_day", &day.day().to_string()),
            ("date_month", &day.month().to_string()),
            ("date_year", &day.year().to_string()),
            ("start", "10am"),
            ("end", "11am"),
            ("booking", "drop-in"),
            ("repeat", "once"),
        ]),
    )
    .await;
    assert_eq!(
        location(&scheduled),
        "/staff/neighbourhoods/BW003/surgeries",
        "{kind}"
    );
    let (_, scheduled_page) = app.html("/staff/neighbourhoods/BW003/surgeries").await;
    assert!(scheduled_page.contains("Surgery scheduled for"), "{kind}");

    // Edgbaston cannot be taken away while it has a surgery to come there.
    let mut fields = venue_fields(&[("code", "BW004"), ("venue_id", &hall.id.to_string())]);
    fields.push(("serves[1]", harborne.to_string()));
    post(&app, "/fn/staff/neighbourhood/venues/save", &fields).await;
    let (_, refused) = app.html(&edit).await;
    assert!(
        refused.contains("Edgbaston still has surgeries to come at this venue"),
        "{kind}: {refused}"
    );
    // Nor can every neighbourhood.
    let fields = venue_fields(&[("code", "BW004"), ("venue_id", &hall.id.to_string())]);
    post(&app, "/fn/staff/neighbourhood/venues/save", &fields).await;
    let (_, none) = app.html(&edit).await;
    assert!(
        none.contains("Select at least one neighbourhood the venue serves"),
        "{kind}"
    );
    assert_eq!(audit_count(&app, "surgery.venue_update").await, 1, "{kind}");
    // Only the team that keeps it may change it.
    let (status, _) = app
        .html(&format!("/staff/neighbourhoods/BW003/venues/{}", hall.id))
        .await;
    assert_eq!(status, 404, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_events_call_answers_in_data_police_uk_shape_with_upcoming_surgeries_only(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let cancelled = booked_surgery(&app, "BW003").await;
    surgery::Entity::update_many()
        .col_expr(
            surgery::Column::Status,
            sea_orm::sea_query::Expr::value(SurgeryStatus::Cancelled),
        )
        .filter(surgery::Column::Id.eq(cancelled))
        .exec(&app.db)
        .await
        .unwrap();
    let (status, events) = app.api("/api/west-midlands/BW003/events").await;
    assert_eq!(status, 200, "{kind}");
    let events = events.as_array().expect("a list").clone();
    assert!(!events.is_empty(), "{kind}");
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["start_date"].as_str().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "{kind}: soonest first");
    let going_ahead = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW003").await))
        .filter(surgery::Column::Status.eq(SurgeryStatus::Scheduled))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(
        events.len() as u64,
        going_ahead,
        "{kind}: not the cancelled one"
    );
    for event in &events {
        assert!(is_police_date(&event["start_date"]), "{kind}: {event}");
        assert!(is_police_date(&event["end_date"]), "{kind}");
        assert_eq!(event["type"], "meeting", "{kind}");
        assert!(
            event["contact_details"]["email"]
                .as_str()
                .is_some_and(|e| e.ends_with("@west-midlands.police.example")),
            "{kind}: {event}"
        );
    }
    compare_with_sample(
        kind,
        "fixtures_laravel/returnsNeighbourhoodEvents.json",
        &Value::Array(events.clone()),
        &["booking", "url"],
    );

    for missing in [
        "/api/west-midlands/NOPE/events",
        "/api/west-midlands/bw003/events",
        "/api/leicestershire/BW003/events",
    ] {
        let response = app.get(missing).await;
        assert_eq!(response.status(), 404, "{kind}: {missing}");
        assert_eq!(response.text().await.unwrap(), "Not Found", "{kind}");
    }
}
