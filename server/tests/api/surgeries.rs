//! Surgeries: a team schedules them, residents book a place (choose, check, confirm), get a
//! calendar invitation, cancel by link, and the database keeps every slot within its places,
//! with two instances on one database.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::mail::link_starting;
use crate::staff_accounts::{create_staff, neighbourhood_id, sign_in_staff};
use crate::survey::{SURVEY, answer_on};
use app::domain::ids::ResidentId;
use app::domain::schedule::uk_local;
use app::domain::staff::Role;
use chrono::Datelike;
use entity::booking::BookingStatus;
use entity::surgery::SurgeryStatus;
use entity::surgery_series::BookingMode;
use entity::{
    audit_entry, booking, outbox_message, surgery, surgery_series, surgery_slot, survey_taken,
};
use rstest_reuse::apply;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// The next occurrence of the demo's booked surgery in a neighbourhood.
pub async fn booked_surgery(app: &TestApp, code: &str) -> i32 {
    booked_surgeries(app, code).await[0]
}

/// The occurrences of the demo's booked surgery in a neighbourhood, soonest first.
pub(crate) async fn booked_surgeries(app: &TestApp, code: &str) -> Vec<i32> {
    let n = neighbourhood_id(app, code).await;
    let series = surgery_series::Entity::find()
        .filter(surgery_series::Column::NeighbourhoodId.eq(n))
        .filter(surgery_series::Column::Booking.eq(BookingMode::BookedSlots))
        .order_by_asc(surgery_series::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo's booked surgery");
    surgery::Entity::find()
        .filter(surgery::Column::SeriesId.eq(series.id))
        .order_by_asc(surgery::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.id)
        .collect()
}

pub(crate) async fn slots(app: &TestApp, surgery_id: i32) -> Vec<surgery_slot::Model> {
    surgery_slot::Entity::find()
        .filter(surgery_slot::Column::SurgeryId.eq(surgery_id))
        .order_by_asc(surgery_slot::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap()
}

pub(crate) async fn slot(app: &TestApp, id: i32) -> surgery_slot::Model {
    surgery_slot::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

pub(crate) async fn live_bookings(app: &TestApp, surgery_id: i32) -> u64 {
    booking::Entity::find()
        .filter(booking::Column::SurgeryId.eq(surgery_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .count(&app.db)
        .await
        .unwrap()
}

/// Gives a slot `places` places, to make it nearly full.
pub(crate) async fn set_places(app: &TestApp, slot_id: i32, places: i32) {
    surgery_slot::Entity::update_many()
        .col_expr(surgery_slot::Column::Places, Expr::value(places))
        .filter(surgery_slot::Column::Id.eq(slot_id))
        .exec(&app.db)
        .await
        .unwrap();
}

/// How many audit entries record `action`.
pub(crate) async fn audit_count(app: &TestApp, action: &str) -> u64 {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(action))
        .count(&app.db)
        .await
        .unwrap()
}

/// The calendar file attached to the newest email to `to`.
pub(crate) async fn newest_calendar(app: &TestApp, to: &str) -> String {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Recipient.eq(to))
        .order_by_desc(outbox_message::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("an email")
        .calendar
        .expect("a calendar file")
}

/// Every field the schedule form sends, blank, with `given` filled in.
pub fn schedule_fields(given: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    let names = [
        "code",
        "venue_id",
        "title",
        "description",
        "title_cy",
        "description_cy",
        "date_day",
        "date_month",
        "date_year",
        "start",
        "end",
        "expected",
        "slot_minutes",
        "places",
        "weeks",
        "until_date_day",
        "until_date_month",
        "until_date_year",
        "count",
    ];
    let mut fields: Vec<(&'static str, String)> =
        names.iter().map(|name| (*name, String::new())).collect();
    for (name, value) in given {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(field) => field.1 = value.to_string(),
            None => fields.push((name, value.to_string())),
        }
    }
    fields
}

pub(crate) async fn post(
    app: &TestApp,
    path: &str,
    fields: &[(&str, String)],
) -> reqwest::Response {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(path, &fields).await
}

/// A browser signed in as the resident `email`, by the emailed link.
pub(crate) async fn resident(app: &TestApp, email: &str) -> TestApp {
    let browser = app.new_browser();
    sign_in_as(app, &browser, email).await;
    browser
}

async fn sign_in_as(app: &TestApp, browser: &TestApp, email: &str) -> reqwest::Response {
    browser
        .post_form("/fn/sign-in/link", &[("email", email)])
        .await;
    let token = app.token_emailed_to(email, "/sign-in/confirm").await;
    browser
        .post_form("/fn/sign-in/confirm", &[("token", &token)])
        .await
}

/// Chooses `slot_id` at `surgery_id` and writes the topic: the check page comes next.
pub(crate) async fn enter_details(browser: &TestApp, surgery_id: i32, slot_id: i32) {
    let chosen = browser
        .post_form(
            "/fn/surgeries/book/details",
            &[
                ("surgery_id", &surgery_id.to_string()),
                ("slot_id", &slot_id.to_string()),
                ("topic", "Cars parked on the pavement outside the school"),
                ("adjustments", ""),
            ],
        )
        .await;
    assert_eq!(
        location(&chosen),
        format!("/surgeries/{surgery_id}/book/check")
    );
}

pub(crate) async fn confirm(browser: &TestApp, surgery_id: i32) -> reqwest::Response {
    browser
        .post_form(
            "/fn/surgeries/book/confirm",
            &[("surgery_id", &surgery_id.to_string())],
        )
        .await
}

/// Chooses `slot_id` and confirms it; returns the booking's reference.
pub(crate) async fn book_slot(browser: &TestApp, surgery_id: i32, slot_id: i32) -> String {
    enter_details(browser, surgery_id, slot_id).await;
    let booked = confirm(browser, surgery_id).await;
    reference_in(location(&booked))
}

/// The reference at the end of a booking's address, `/account/bookings/{reference}`.
fn reference_in(path: &str) -> String {
    path.rsplit('/').next().unwrap().to_string()
}

pub(crate) async fn booking_by_reference(app: &TestApp, reference: &str) -> booking::Model {
    booking::Entity::find()
        .filter(booking::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the booking")
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_member_schedules_weekly_booked_surgeries_that_residents_then_see(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    sign_in_staff(&app, "city@police.example.uk").await;
    let venue = entity::venue::Entity::find()
        .filter(entity::venue::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW001").await))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let before = surgery::Entity::find().count(&app.db).await.unwrap();
    // Five weeks ahead, whatever day the tests run.
    let first_day = uk_local(app.clock.now()).date() + chrono::Duration::days(35);
    let (day, month, year) = (
        first_day.day().to_string(),
        first_day.month().to_string(),
        first_day.year().to_string(),
    );

    let sent = post(
        &app,
        "/fn/staff/neighbourhood/surgeries/schedule",
        &schedule_fields(&[
            ("code", "BW001"),
            ("venue_id", &venue.id.to_string()),
            ("title", "Tuesday surgery with PCSO Khan"),
            ("title_cy", "Cymhorthfa dydd Mawrth gyda SCCH Khan"),
            ("date_day", &day),
            ("date_month", &month),
            ("date_year", &year),
            ("start", "2pm"),
            ("end", "3pm"),
            ("booking", "booked-slots"),
            ("slot_minutes", "20"),
            ("places", "3"),
            ("repeat", "weekly"),
            ("weeks", "2"),
            ("until", "count"),
            ("count", "4"),
        ]),
    )
    .await;
    assert_eq!(
        location(&sent),
        "/staff/neighbourhoods/BW001/surgeries",
        "{kind}"
    );
    let (_, page) = app.html("/staff/neighbourhoods/BW001/surgeries").await;
    let first_date = first_day.format("%A %-d %B %Y").to_string();
    assert!(
        page.contains(&format!("4 surgeries scheduled, the first on {first_date}")),
        "{kind}: {page}"
    );
    assert!(page.contains("0 of 9 places booked"), "{kind}");
    assert_eq!(
        surgery::Entity::find().count(&app.db).await.unwrap(),
        before + 4,
        "{kind}"
    );
    let series = surgery_series::Entity::find()
        .filter(surgery_series::Column::Title.eq("Tuesday surgery with PCSO Khan"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    // The Welsh title is kept beside the English; no Welsh description was given.
    assert_eq!(
        series.title_cy.as_deref(),
        Some("Cymhorthfa dydd Mawrth gyda SCCH Khan"),
        "{kind}"
    );
    assert_eq!(series.description_cy, None, "{kind}");
    let occurrences = surgery::Entity::find()
        .filter(surgery::Column::SeriesId.eq(series.id))
        .order_by_asc(surgery::Column::StartsAt)
        .all(&app.db)
        .await
        .unwrap();
    // Every two weeks at 2pm UK time, whichever side of a clock change.
    for (i, occurrence) in occurrences.iter().enumerate() {
        let local = uk_local(occurrence.starts_at);
        assert_eq!(
            local.date(),
            first_day + chrono::Duration::weeks(2 * i as i64)
        );
        assert_eq!(
            local.time(),
            chrono::NaiveTime::from_hms_opt(14, 0, 0).unwrap()
        );
    }
    assert_eq!(slots(&app, occurrences[0].id).await.len(), 3, "{kind}");
    assert_eq!(audit_count(&app, "surgery.schedule").await, 1, "{kind}");

    let (status, public) = app
        .new_browser()
        .html(&format!("/surgeries/{}", occurrences[0].id))
        .await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        public.contains(&format!("{first_date} at 2pm to 3pm")),
        "{kind}: {public}"
    );
    assert!(public.contains("2:20pm to 2:40pm"), "{kind}");
    assert!(public.contains("Book a place"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_staff_dashboard_says_what_needs_doing_now(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(
        &app,
        "team@police.example.uk",
        Role::TeamMember,
        &["BW001", "BW003"],
    )
    .await;
    create_staff(&app, "moderator@police.example.uk", Role::Moderator, &[]).await;
    let team = app.new_browser();
    let moderator = app.new_browser();
    /// A member of staff is signed out after a while idle: each look signs in afresh.
    async fn look(browser: &TestApp, email: &str) -> String {
        sign_in_staff(browser, email).await;
        browser.html("/staff").await.1
    }
    let page = look(&moderator, "moderator@police.example.uk").await;
    assert!(page.contains("Nothing needs doing now"), "{kind}: {page}");
    // Today's surgery in the team's neighbourhoods (the demo's, this morning), and nothing else.
    let page = look(&team, "team@police.example.uk").await;
    assert!(
        page.contains("Today, <a href=\"/staff/neighbourhoods/BW001/surgeries/")
            && page.contains("9:30am to 11:30am: Coffee with your PCSO"),
        "{kind}: {page}"
    );
    assert!(
        !page.contains("first reply") && !page.contains("verified"),
        "{kind}"
    );

    // A concern with a public summary to moderate, and a group waiting to be verified.
    let sam = resident(&app, "sam@example.org").await;
    crate::concerns::raise(&sam, &[]).await;
    crate::groups::register(&sam, "Calthorpe Residents").await;
    let page = look(&team, "team@police.example.uk").await;
    assert!(
        page.contains("1 community group waiting to be verified"),
        "{kind}"
    );
    assert!(
        !page.contains("first reply"),
        "{kind}: not due for two days"
    );
    let page = look(&moderator, "moderator@police.example.uk").await;
    assert!(
        page.contains("1 public summary waiting for moderation"),
        "{kind}"
    );
    // Two days on, the first reply is due; a day later it is overdue.
    app.clock.advance(50 * 3600);
    let page = look(&team, "team@police.example.uk").await;
    assert!(
        page.contains("1 concern due a first reply within 24 hours"),
        "{kind}"
    );
    app.clock.advance(23 * 3600);
    let page = look(&team, "team@police.example.uk").await;
    assert!(
        page.contains("1 concern past 72 hours without a reply"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schedule_with_mistakes_names_each_one_and_saves_nothing(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    sign_in_staff(&app, "city@police.example.uk").await;
    let before = surgery::Entity::find().count(&app.db).await.unwrap();
    let sent = post(
        &app,
        "/fn/staff/neighbourhood/surgeries/schedule",
        &schedule_fields(&[
            ("code", "BW001"),
            ("venue_id", "999999"),
            ("title", "Surgery"),
            ("date_day", "31"),
            ("date_month", "2"),
            ("date_year", "2030"),
            ("start", "10am"),
            ("end", "9am"),
            ("booking", "booked-slots"),
            ("slot_minutes", "0"),
            ("places", "2"),
        ]),
    )
    .await;
    assert_eq!(location(&sent), "/staff/neighbourhoods/BW001/surgeries");
    let (_, page) = app.html("/staff/neighbourhoods/BW001/surgeries").await;
    for message in [
        "The date must be a real date",
        "The end time must be after the start time",
        "Select how often the surgery happens",
        "length in minutes, between 5 and 240",
    ] {
        assert!(page.contains(message), "{kind}: {message} in {page}");
    }
    // What was typed is kept.
    assert!(page.contains(r#"value="Surgery""#), "{kind}");
    assert_eq!(
        surgery::Entity::find().count(&app.db).await.unwrap(),
        before,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_signs_in_books_checks_confirms_and_gets_a_calendar_invitation(kind: Database) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let first_slot = slots(&app, surgery_id).await[0].clone();
    let browser = app.new_browser();

    // Not signed in: sign in first, then straight back to the booking.
    let asked = browser.get(&format!("/surgeries/{surgery_id}/book")).await;
    assert_eq!(location(&asked), "/sign-in", "{kind}");
    let signed_in = sign_in_as(&app, &browser, "sam@example.org").await;
    assert_eq!(
        location(&signed_in),
        format!("/surgeries/{surgery_id}/book"),
        "{kind}"
    );
    let (status, form) = browser.html(&format!("/surgeries/{surgery_id}/book")).await;
    assert_eq!(status, 200, "{kind}");
    assert!(form.contains("2 places left"), "{kind}: {form}");

    // Nothing chosen: a clear message, and nothing booked.
    let empty = browser
        .post_form(
            "/fn/surgeries/book/details",
            &[
                ("surgery_id", &surgery_id.to_string()),
                ("topic", ""),
                ("adjustments", ""),
            ],
        )
        .await;
    assert_eq!(location(&empty), format!("/surgeries/{surgery_id}/book"));
    let (_, again) = browser.html(&format!("/surgeries/{surgery_id}/book")).await;
    assert!(again.contains("Select a time"), "{kind}");
    assert!(
        again.contains("Say briefly what you would like to talk about"),
        "{kind}"
    );

    enter_details(&browser, surgery_id, first_slot.id).await;
    let (_, check) = browser
        .html(&format!("/surgeries/{surgery_id}/book/check"))
        .await;
    assert!(check.contains("Check your booking"), "{kind}");
    assert!(
        check.contains("Cars parked on the pavement outside the school"),
        "{kind}"
    );
    assert!(check.contains("sam@example.org"), "{kind}");

    // Confirmed twice at once (a double click): one booking, the same reference.
    let (first, second) =
        tokio::join!(confirm(&browser, surgery_id), confirm(&browser, surgery_id));
    let (first, second) = (location(&first).to_string(), location(&second).to_string());
    let to = [&first, &second]
        .into_iter()
        .find(|to| to.starts_with("/account/bookings/SRG-"))
        .unwrap_or_else(|| panic!("{kind}: {first} {second}"))
        .clone();
    for other in [&first, &second] {
        assert!(
            *other == to || *other == format!("/surgeries/{surgery_id}/book"),
            "{kind}: {other}"
        );
    }
    let reference = reference_in(&to);
    let (_, done) = browser.html(&to).await;
    assert!(done.contains(&reference), "{kind}");
    assert_eq!(live_bookings(&app, surgery_id).await, 1, "{kind}");
    assert_eq!(slot(&app, first_slot.id).await.booked, 1, "{kind}");

    let email = app.delivered_to("sam@example.org").await;
    assert!(email.contains(&reference), "{kind}");
    assert!(
        email.contains("text/calendar; charset=utf-8; method=REQUEST"),
        "{kind}: {email}"
    );
    let calendar = newest_calendar(&app, "sam@example.org").await;
    assert!(calendar.contains("METHOD:REQUEST"), "{kind}");
    assert!(calendar.contains("DTSTART;TZID=Europe/London:"), "{kind}");
    assert!(
        calendar.contains(&format!("UID:booking-{reference}@")),
        "{kind}"
    );

    // The account lists it, and the surgery page knows the resident has a place.
    let (_, account) = browser.html("/account").await;
    assert!(account.contains(&reference), "{kind}");
    let (_, surgery_page) = browser.html(&format!("/surgeries/{surgery_id}")).await;
    assert!(
        surgery_page.contains("You have a place at this surgery"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_emailed_link_cancels_a_booking_once_and_frees_the_place(kind: Database) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[1].id;
    let browser = resident(&app, "sam@example.org").await;
    enter_details(&browser, surgery_id, slot_id).await;
    confirm(&browser, surgery_id).await;
    let email = app.delivered_to("sam@example.org").await;
    let link = link_starting(&email, &format!("{}/bookings/cancel?token=", app.address));
    let token = link.rsplit_once('=').unwrap().1.to_string();

    // Opening the link changes nothing (a mail scanner may open it); the button cancels.
    let someone = app.new_browser();
    let (status, page) = someone
        .html(&format!("/bookings/cancel?token={token}"))
        .await;
    assert_eq!(status, 200, "{kind}");
    assert!(page.contains("Cancel this booking"), "{kind}");
    let booked = slot(&app, slot_id).await;
    let held = booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    for named in [
        held.reference,
        app::services::clock::format_span(booked.starts_at, booked.ends_at),
    ] {
        assert!(page.contains(&named), "{kind}: the page names {named}");
    }
    assert_eq!(slot(&app, slot_id).await.booked, 1, "{kind}");

    let cancelled = someone
        .post_form("/fn/bookings/cancel", &[("token", &token)])
        .await;
    assert_eq!(location(&cancelled), "/bookings/cancel", "{kind}");
    let (_, done) = someone.html("/bookings/cancel").await;
    assert!(done.contains("has been cancelled"), "{kind}: {done}");
    assert_eq!(slot(&app, slot_id).await.booked, 0, "{kind}");
    assert_eq!(live_bookings(&app, surgery_id).await, 0, "{kind}");
    let calendar = newest_calendar(&app, "sam@example.org").await;
    assert!(calendar.contains("METHOD:CANCEL"), "{kind}");
    assert!(calendar.contains("STATUS:CANCELLED"), "{kind}");

    // Again: nothing more is freed.
    someone
        .post_form("/fn/bookings/cancel", &[("token", &token)])
        .await;
    let (_, again) = someone.html("/bookings/cancel").await;
    assert!(again.contains("was already cancelled"), "{kind}");
    assert_eq!(slot(&app, slot_id).await.booked, 0, "{kind}");

    // A link that was never sent.
    someone
        .post_form("/fn/bookings/cancel", &[("token", "made-up")])
        .await;
    let (_, unknown) = someone.html("/bookings/cancel").await;
    assert!(unknown.contains("not recognised"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_last_place_goes_to_exactly_one_of_many_residents_booking_at_once_on_two_instances(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let other = app.another_instance().await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[2].id;
    set_places(&app, slot_id, 1).await;
    let mut residents = Vec::new();
    for i in 0..6 {
        let browser = resident(&app, &format!("resident{i}@example.org")).await;
        enter_details(&browser, surgery_id, slot_id).await;
        residents.push(browser);
    }
    // Half confirm through each instance, all at once.
    let confirmations: Vec<_> = residents
        .iter()
        .enumerate()
        .map(|(i, browser)| {
            let via = browser.clone_on(if i % 2 == 0 { &app } else { &other });
            tokio::spawn(async move { location(&confirm(&via, surgery_id).await).to_string() })
        })
        .collect();
    let mut outcomes = Vec::new();
    for confirmation in confirmations {
        outcomes.push(confirmation.await.unwrap());
    }
    let booked = outcomes
        .iter()
        .filter(|to| to.starts_with("/account/bookings/"))
        .count();
    assert_eq!(booked, 1, "{kind}: {outcomes:?}");
    assert_eq!(
        outcomes
            .iter()
            .filter(|to| *to == &format!("/surgeries/{surgery_id}/book"))
            .count(),
        5,
        "{kind}: the others are asked to choose another time"
    );
    assert_eq!(slot(&app, slot_id).await.booked, 1, "{kind}");
    assert_eq!(live_bookings(&app, surgery_id).await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_resident_holds_at_most_one_place_at_a_surgery_even_from_two_browsers_at_once(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let other = app.another_instance().await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let all = slots(&app, surgery_id).await;
    let phone = resident(&app, "sam@example.org").await;
    let laptop = resident(&app, "sam@example.org").await;
    enter_details(&phone, surgery_id, all[0].id).await;
    enter_details(&laptop, surgery_id, all[1].id).await;
    let laptop_on_other = laptop.clone_on(&other);
    let (a, b) = tokio::join!(
        confirm(&phone, surgery_id),
        confirm(&laptop_on_other, surgery_id)
    );
    let (a, b) = (location(&a).to_string(), location(&b).to_string());
    assert!(a.starts_with("/account/bookings/SRG-"), "{kind}: {a}");
    assert_eq!(a, b, "{kind}: both lead to the one booking");
    assert_eq!(live_bookings(&app, surgery_id).await, 1, "{kind}");
    let places_taken: i32 = slots(&app, surgery_id).await.iter().map(|s| s.booked).sum();
    assert_eq!(places_taken, 1, "{kind}");

    // One person is one mailbox: a tagged address reaches the same inbox, so it is Sam again.
    let tagged = resident(&app, "sam+library@example.org").await;
    let again = tagged
        .post_form(
            "/fn/surgeries/book/details",
            &[
                ("surgery_id", &surgery_id.to_string()),
                ("slot_id", &all[2].id.to_string()),
                ("topic", "Parking again"),
                ("adjustments", ""),
            ],
        )
        .await;
    assert_eq!(
        location(&again),
        a,
        "{kind}: the tagged address is shown Sam's booking"
    );
    assert_eq!(live_bookings(&app, surgery_id).await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bookings_are_in_the_data_download_and_deleting_the_account_gives_the_place_back(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[0].id;
    let browser = resident(&app, "sam@example.org").await;
    let reference = book_slot(&browser, surgery_id, slot_id).await;

    let data = browser.get("/account/data").await.text().await.unwrap();
    assert!(data.contains(&reference), "{kind}: {data}");
    assert!(
        data.contains("Cars parked on the pavement outside the school"),
        "{kind}"
    );

    let deleted = browser.post_form("/fn/account/delete", &[]).await;
    assert_eq!(location(&deleted), "/", "{kind}");
    assert_eq!(slot(&app, slot_id).await.booked, 0, "{kind}");
    let kept = booking_by_reference(&app, &reference).await;
    assert_eq!(kept.resident_id, None, "{kind}");
    assert_eq!(kept.status, BookingStatus::Cancelled, "{kind}");
    assert!(kept.topic.is_empty(), "{kind}");
}

/// Books the first slot with a place left for a new resident `email`; returns the reference.
async fn book_as(app: &TestApp, email: &str, surgery_id: i32) -> String {
    let free = slots(app, surgery_id)
        .await
        .into_iter()
        .find(|s| s.booked < s.places)
        .expect("a slot with a place left");
    let browser = resident(app, email).await;
    book_slot(&browser, surgery_id, free.id).await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_team_sees_who_booked_and_records_attendance_once_the_surgery_has_started(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let reference = book_as(&app, "sam@example.org", surgery_id).await;
    let booking_id = booking_by_reference(&app, &reference).await.id.to_string();
    let page = format!("/staff/neighbourhoods/BW001/surgeries/{surgery_id}");
    let attend = [
        ("code", "BW001"),
        ("surgery_id", &surgery_id.to_string()),
        ("booking_id", &booking_id),
        ("attendance", "attended"),
    ];

    sign_in_staff(&app, "city@police.example.uk").await;
    let (_, roster) = app.html(&page).await;
    assert!(roster.contains("sam@example.org"), "{kind}: {roster}");
    assert!(
        roster.contains("Cars parked on the pavement outside the school"),
        "{kind}"
    );
    // Not before it starts.
    app.post_form("/fn/staff/neighbourhood/surgeries/attendance", &attend)
        .await;
    let (_, early) = app.html(&page).await;
    assert!(
        early.contains("Attendance can be recorded once the surgery has started"),
        "{kind}"
    );
    assert!(
        early.contains("Can be recorded once the surgery starts"),
        "{kind}: the column says when"
    );

    let starts_at = surgery::Entity::find_by_id(surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .starts_at;
    app.clock.advance(starts_at - app.clock.now() + 60);
    // Staff are signed out after 30 idle minutes: the clock has moved days.
    sign_in_staff(&app, "city@police.example.uk").await;
    let recorded = app
        .post_form("/fn/staff/neighbourhood/surgeries/attendance", &attend)
        .await;
    assert_eq!(location(&recorded), page, "{kind}");
    let (_, after) = app.html(&page).await;
    assert!(after.contains("Attendance recorded"), "{kind}");
    let kept = booking_by_reference(&app, &reference).await;
    assert_eq!(
        kept.attendance,
        Some(entity::booking::Attendance::Attended),
        "{kind}"
    );
    assert_eq!(audit_count(&app, "surgery.attendance").await, 1, "{kind}");
    // What the portal holds about the resident includes it.
    let sam = resident(&app, "sam@example.org").await;
    let data: serde_json::Value = sam.get("/account/data").await.json().await.unwrap();
    assert_eq!(data["bookings"][0]["attendance"], "attended", "{kind}");

    // Once it is over it stays on the team's list for a while, for attendance afterwards.
    let ends_at = surgery::Entity::find_by_id(surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .ends_at;
    app.clock.advance(ends_at - app.clock.now() + 3 * 86_400);
    sign_in_staff(&app, "city@police.example.uk").await;
    let (_, list) = app.html("/staff/neighbourhoods/BW001/surgeries").await;
    let (_, recent) = list.split_once("In the last four weeks").unwrap();
    assert!(
        recent.contains(&format!(
            "/staff/neighbourhoods/BW001/surgeries/{surgery_id}\""
        )) && recent.contains("attendance recorded"),
        "{kind}: {recent}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_a_surgery_cancels_every_booking_and_emails_each_resident_a_calendar_cancellation(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    book_as(&app, "sam@example.org", surgery_id).await;
    book_as(&app, "alex@example.org", surgery_id).await;
    sign_in_staff(&app, "city@police.example.uk").await;
    let page = format!("/staff/neighbourhoods/BW001/surgeries/{surgery_id}");
    let cancel = |reason: &'static str| {
        let id = surgery_id.to_string();
        let app = &app;
        async move {
            app.post_form(
                "/fn/staff/neighbourhood/surgeries/cancel",
                &[("code", "BW001"), ("surgery_id", &id), ("reason", reason)],
            )
            .await
        }
    };

    // A reason is needed: residents are told it.
    cancel("  ").await;
    let (_, refused) = app.html(&page).await;
    assert!(
        refused.contains("Say why the surgery is cancelled"),
        "{kind}"
    );
    assert_eq!(live_bookings(&app, surgery_id).await, 2, "{kind}");

    let done = cancel("The library is closed for repairs").await;
    assert_eq!(location(&done), page, "{kind}");
    let (_, after) = app.html(&page).await;
    assert!(
        after.contains("the 2 residents who booked have been emailed"),
        "{kind}: {after}"
    );
    assert_eq!(live_bookings(&app, surgery_id).await, 0, "{kind}");
    let places_taken: i32 = slots(&app, surgery_id).await.iter().map(|s| s.booked).sum();
    assert_eq!(places_taken, 0, "{kind}");
    for resident in ["sam@example.org", "alex@example.org"] {
        let calendar = newest_calendar(&app, resident).await;
        assert!(calendar.contains("METHOD:CANCEL"), "{kind}: {resident}");
        let email = app.delivered_to(resident).await;
        assert!(
            email.contains("The library is closed for repairs"),
            "{kind}: {email}"
        );
    }

    // Residents see it is off, and cannot book it.
    let (_, public) = app
        .new_browser()
        .html(&format!("/surgeries/{surgery_id}"))
        .await;
    assert!(
        public.contains("This surgery has been cancelled."),
        "{kind}"
    );
    assert!(
        public.contains("The library is closed for repairs"),
        "{kind}"
    );
    let latecomer = resident(&app, "late@example.org").await;
    let asked = latecomer
        .get(&format!("/surgeries/{surgery_id}/book"))
        .await;
    assert_eq!(
        location(&asked),
        format!("/surgeries/{surgery_id}"),
        "{kind}"
    );

    // Cancelling twice changes nothing more.
    cancel("Again").await;
    let (_, twice) = app.html(&page).await;
    assert!(twice.contains("cannot be cancelled"), "{kind}");
    assert_eq!(audit_count(&app, "surgery.cancel").await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancelled_surgery_leaves_the_kept_neighbourhood_page_even_after_a_count_changed_and_the_reload_job_ran(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW003"]).await;
    let surgery_id = booked_surgery(&app, "BW003").await;
    let listed = format!("href=\"/surgeries/{surgery_id}\"");
    let page = "/neighbourhoods/BW003";
    let visitor = app.new_browser();
    let (_, first) = visitor.html(page).await;
    assert!(first.contains(&listed), "{kind}");

    // A survey answered is a count: this instance forgets its pages without the database's
    // revision moving, so the reload job then finds the copy's revision ahead of the database's.
    let sam = resident(&app, "sam@example.org").await;
    let answered = answer_on(&sam).await;
    assert_eq!(location(&answered), SURVEY, "{kind}");
    assert_eq!(
        survey_taken::Entity::find().count(&app.db).await.unwrap(),
        1,
        "{kind}: answered"
    );
    let (_, kept_after_the_count) = visitor.html(page).await;
    assert!(kept_after_the_count.contains(&listed), "{kind}");
    app.run_jobs().await;

    sign_in_staff(&app, "city@police.example.uk").await;
    app.post_form(
        "/fn/staff/neighbourhood/surgeries/cancel",
        &[
            ("code", "BW003"),
            ("surgery_id", &surgery_id.to_string()),
            ("reason", "The library is closed for repairs"),
        ],
    )
    .await;
    let cancelled = surgery::Entity::find_by_id(surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(cancelled.status, SurgeryStatus::Cancelled, "{kind}");
    let (_, after) = visitor.html(page).await;
    assert!(
        !after.contains(&listed),
        "{kind}: the cancelled surgery is still listed"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cancellation_racing_bookings_on_two_instances_leaves_no_booking_behind(kind: Database) {
    let app = spawn_app(kind).await;
    let other = app.another_instance().await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let all = slots(&app, surgery_id).await;
    let mut residents = Vec::new();
    for (i, slot) in all.iter().take(4).enumerate() {
        let browser = resident(&app, &format!("racer{i}@example.org")).await;
        enter_details(&browser, surgery_id, slot.id).await;
        residents.push(browser);
    }
    let staff = app.new_browser();
    sign_in_staff(&staff, "city@police.example.uk").await;

    let mut racers: Vec<_> = residents
        .iter()
        .enumerate()
        .map(|(i, browser)| {
            let via = browser.clone_on(if i % 2 == 0 { &app } else { &other });
            tokio::spawn(async move { location(&confirm(&via, surgery_id).await).to_string() })
        })
        .collect();
    let staff_on_other = staff.clone_on(&other);
    racers.push(tokio::spawn(async move {
        let id = surgery_id.to_string();
        let cancelled = staff_on_other
            .post_form(
                "/fn/staff/neighbourhood/surgeries/cancel",
                &[
                    ("code", "BW001"),
                    ("surgery_id", &id),
                    ("reason", "Flooded"),
                ],
            )
            .await;
        location(&cancelled).to_string()
    }));
    let mut outcomes = Vec::new();
    for racer in racers {
        outcomes.push(racer.await.unwrap());
    }

    let occurrence = surgery::Entity::find_by_id(surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        occurrence.status,
        entity::surgery::SurgeryStatus::Cancelled,
        "{kind}"
    );
    assert_eq!(
        live_bookings(&app, surgery_id).await,
        0,
        "{kind}: {outcomes:?}"
    );
    let places_taken: i32 = slots(&app, surgery_id).await.iter().map(|s| s.booked).sum();
    assert_eq!(places_taken, 0, "{kind}");
    // Everyone whose booking went through before the cancellation was told it is off.
    let booked_first = outcomes
        .iter()
        .filter(|to| to.starts_with("/account/bookings/"))
        .count();
    let told = outbox_message::Entity::find()
        .filter(outbox_message::Column::Subject.starts_with("Cancelled by the team"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(told as usize, booked_first, "{kind}: {outcomes:?}");
}

/// A connection pool of its own on the test's database, as another instance has.
pub(crate) async fn small_pool(url: &str) -> app::services::write::Database {
    let mut options = sea_orm::ConnectOptions::new(url);
    options.max_connections(4).sqlx_logging(false);
    app::services::write::Database::standalone(sea_orm::Database::connect(options).await.unwrap())
}

/// Residents made directly in the database: the race tests need more of them than the
/// sign-in links' rate limits let one computer sign in.
pub(crate) async fn many_residents(app: &TestApp, prefix: &str, count: usize) -> Vec<i32> {
    use sea_orm::ActiveValue::Set;
    let now = app.clock.now();
    let rows = (0..count).map(|i| entity::resident::ActiveModel {
        email: Set(format!("{prefix}{i}@example.org")),
        mailbox: Set(format!("{prefix}{i}@example.org")),
        display_name: Set(None),
        created_at: Set(now),
        last_signed_in_at: Set(now),
        update_emails: Set(true),
        ..Default::default()
    });
    entity::resident::Entity::insert_many(rows)
        .exec_without_returning(&app.db)
        .await
        .unwrap();
    entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.starts_with(prefix))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_residents_racing_for_twenty_places_through_two_instances_get_exactly_twenty(
    kind: Database,
) {
    use app::services::bookings::{Booked, BookingRequest, book};
    use app::services::messages::EmailSite;
    let app = spawn_app(kind).await;
    // Two instances' connection pools on the same database, kept small: the tests running at
    // once share one PostgreSQL server and its connections.
    let (first, second) = (
        small_pool(&app.database_url).await,
        small_pool(&app.database_url).await,
    );
    let surgery_id = booked_surgery(&app, "BW001").await;
    let all = slots(&app, surgery_id).await;
    let (contested, other_slot) = (all[0].id, all[1].id);
    set_places(&app, contested, 20).await;
    let site = EmailSite {
        force_name: "West Midlands Police".into(),
        languages: app::i18n::Languages::default(),
        site_url: app.address.clone(),
    };
    let attempt =
        |db: app::services::write::Database, resident_id: i32, slot_id: i32, key: String| {
            let (clock, site) = (app.clock.clone(), site.clone());
            tokio::spawn(async move {
                let request = BookingRequest {
                    surgery_id,
                    slot_id,
                    resident_id: ResidentId::new(resident_id),
                    topic: "Parking".into(),
                    adjustments: String::new(),
                    idempotency_key: key,
                    wait_if_full: false,
                };
                book(&db, &clock, &site, &request).await.unwrap()
            })
        };
    let instance = |i: usize| {
        if i.is_multiple_of(2) {
            first.clone()
        } else {
            second.clone()
        }
    };

    let residents = many_residents(&app, "racer", 200).await;
    let racing: Vec<_> = residents
        .iter()
        .enumerate()
        .map(|(i, id)| attempt(instance(i), *id, contested, format!("key-{id}")))
        .collect();
    let mut outcomes = Vec::new();
    for race in racing {
        outcomes.push(race.await.unwrap());
    }
    let booked = outcomes
        .iter()
        .filter(|o| matches!(o, Booked::Booked { .. }))
        .count();
    let full = outcomes.iter().filter(|o| **o == Booked::SlotFull).count();
    assert_eq!((booked, full), (20, 180), "{kind}");
    assert_eq!(slot(&app, contested).await.booked, 20, "{kind}");
    assert_eq!(live_bookings(&app, surgery_id).await, 20, "{kind}");

    // One resident sending 20 confirmations at once (different attempts) holds one place.
    let sam = many_residents(&app, "sam-many", 1).await[0];
    let repeated: Vec<_> = (0..20)
        .map(|i| attempt(instance(i), sam, other_slot, format!("sam-{i}")))
        .collect();
    let mut answers = Vec::new();
    for race in repeated {
        answers.push(race.await.unwrap());
    }
    let made = answers
        .iter()
        .filter(|o| matches!(o, Booked::Booked { .. }))
        .count();
    let refused = answers
        .iter()
        .filter(|o| matches!(o, Booked::AlreadyBooked { .. }))
        .count();
    assert_eq!((made, refused), (1, 19), "{kind}: {answers:?}");
    assert_eq!(slot(&app, other_slot).await.booked, 1, "{kind}");
    assert_eq!(live_bookings(&app, surgery_id).await, 21, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_goes_the_day_before_once_and_never_for_a_cancelled_booking(kind: Database) {
    use app::services::bookings::send_reminders;
    let app = spawn_app(kind).await;
    // Next week's occurrence: booked at least a day ahead, whatever day the tests run.
    let surgery_id = booked_surgeries(&app, "BW001").await[1];
    let reference = book_as(&app, "sam@example.org", surgery_id).await;
    let alex = resident(&app, "alex@example.org").await;
    let alex_slot = slots(&app, surgery_id).await[3].id;
    let alex_booking = book_slot(&alex, surgery_id, alex_slot).await;
    alex.post_form(
        "/fn/account/bookings/cancel",
        &[("reference", alex_booking.as_str())],
    )
    .await;
    let reminders = || async {
        outbox_message::Entity::find()
            .filter(outbox_message::Column::Subject.starts_with("Reminder:"))
            .all(&app.db)
            .await
            .unwrap()
    };
    app.run_jobs().await;
    assert!(reminders().await.is_empty(), "{kind}: not yet due");

    let starts_at = slots(&app, surgery_id).await[0].starts_at;
    app.clock.advance(starts_at - 23 * 3600 - app.clock.now());
    app.run_jobs().await;
    let sent = reminders().await;
    assert_eq!(
        sent.len(),
        1,
        "{kind}: one reminder, only to the live booking"
    );
    assert_eq!(sent[0].recipient, "sam@example.org", "{kind}");
    assert!(sent[0].subject.contains(&reference), "{kind}");
    assert!(
        sent[0]
            .text_body
            .contains(&format!("/account/bookings/{reference}")),
        "{kind}"
    );

    // Two more instances looking at once find nothing left to send.
    let second = small_pool(&app.database_url).await;
    let site = app::services::messages::EmailSite {
        force_name: "West Midlands Police".into(),
        languages: app::i18n::Languages::default(),
        site_url: app.address.clone(),
    };
    let (a, b) = tokio::join!(
        send_reminders(&app.db, &app.clock, &site),
        send_reminders(&second, &app.clock, &site)
    );
    assert_eq!((a.unwrap(), b.unwrap()), (0, 0), "{kind}");
    assert_eq!(reminders().await.len(), 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_neighbourhood_offers_a_calendar_feed_of_its_surgeries_without_personal_data(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    book_as(&app, "sam@example.org", surgery_id).await;
    let response = app.get("/neighbourhoods/BW001/surgeries.ics").await;
    assert_eq!(response.status(), 200, "{kind}");
    assert_eq!(
        response.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let feed = response.text().await.unwrap();
    let calendar = ical::IcalParser::new(feed.as_bytes())
        .next()
        .expect("one calendar")
        .expect("a valid calendar");
    let method = calendar
        .properties
        .iter()
        .find(|p| p.name == "METHOD")
        .and_then(|p| p.value.clone());
    assert_eq!(method.as_deref(), Some("PUBLISH"), "{kind}");
    let upcoming = surgery::Entity::find()
        .filter(surgery::Column::NeighbourhoodId.eq(neighbourhood_id(&app, "BW001").await))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(calendar.events.len() as u64, upcoming, "{kind}");
    assert_eq!(calendar.timezones.len(), 1, "{kind}");
    assert!(
        !feed.contains("sam@example.org"),
        "{kind}: no resident named"
    );
    assert!(!feed.contains("ATTENDEE"), "{kind}");

    let unknown = app.get("/neighbourhoods/NOPE/surgeries.ics").await;
    assert_eq!(unknown.status(), 404, "{kind}");
    let (_, page) = app.html("/neighbourhoods/BW001").await;
    assert!(
        page.contains("/neighbourhoods/BW001/surgeries.ics"),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_moves_their_booking_to_another_time_in_one_step_and_the_old_place_goes_to_the_waiting_list(
    kind: Database,
) {
    use entity::waiting_entry::{self, WaitingStatus};
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let times = slots(&app, surgery_id).await;
    let (first, full, free, last) = (
        times[0].clone(),
        times[1].clone(),
        times[2].clone(),
        times[3].clone(),
    );
    set_places(&app, full.id, 1).await;
    let alex = resident(&app, "alex@example.org").await;
    book_slot(&alex, surgery_id, full.id).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = book_slot(&sam, surgery_id, first.id).await;
    set_places(&app, first.id, 1).await;
    let jo = resident(&app, "jo@example.org").await;
    enter_details(&jo, surgery_id, first.id).await;
    confirm(&jo, surgery_id).await;
    let booking_page = format!("/account/bookings/{reference}");

    // Booking the same surgery again explains that Sam already has a place.
    let again = sam.get(&format!("/surgeries/{surgery_id}/book")).await;
    assert_eq!(location(&again), booking_page, "{kind}");
    let (_, page) = sam.html(&booking_page).await;
    assert!(
        page.contains("You already have a place at this surgery"),
        "{kind}"
    );
    // Only times with a place left are offered.
    assert!(page.contains("Change your time"), "{kind}");
    assert!(page.contains(&format!("value=\"{}\"", free.id)), "{kind}");
    assert!(!page.contains(&format!("value=\"{}\"", full.id)), "{kind}");

    let signed_in = &sam;
    let change = |slot: Option<i32>| {
        let mut fields = vec![("reference", reference.clone())];
        fields.extend(slot.map(|s| ("slot_id", s.to_string())));
        async move { post(signed_in, "/fn/account/bookings/change-time", &fields).await }
    };
    // Nothing chosen, or a full time: a clear message, and nothing moves.
    for (chosen, message) in [
        (None, "Select the new time"),
        (Some(full.id), "the last place at that time has just gone"),
        (Some(first.id), "That is already your time"),
    ] {
        let refused = change(chosen).await;
        assert_eq!(location(&refused), booking_page, "{kind}");
        let (_, page) = sam.html(&booking_page).await;
        assert!(page.contains(message), "{kind}: {message}");
    }
    assert_eq!(
        booking_by_reference(&app, &reference).await.slot_id,
        first.id,
        "{kind}"
    );

    let moved = change(Some(free.id)).await;
    assert_eq!(location(&moved), booking_page, "{kind}");
    let (_, page) = sam.html(&booking_page).await;
    assert!(
        page.contains("Your booking has moved to its new time"),
        "{kind}"
    );
    let held = booking_by_reference(&app, &reference).await;
    assert_eq!(
        (held.slot_id, held.status, held.time_changes),
        (free.id, BookingStatus::Booked, 1),
        "{kind}"
    );
    assert_eq!(slot(&app, free.id).await.booked, 1, "{kind}");
    let email = app.delivered_to("sam@example.org").await;
    assert!(email.contains("New time:"), "{kind}");
    let calendar = newest_calendar(&app, "sam@example.org").await;
    assert!(
        calendar.contains("METHOD:REQUEST") && calendar.contains("SEQUENCE:1"),
        "{kind}: the calendar takes the new time: {calendar}"
    );
    assert!(
        calendar.contains(&format!("UID:booking-{reference}@")),
        "{kind}: the same event"
    );
    // Sam's old place went to Jo, first waiting for it.
    assert_eq!(slot(&app, first.id).await.booked, 1, "{kind}");
    assert_eq!(
        waiting_entry::Entity::find()
            .filter(waiting_entry::Column::Status.eq(WaitingStatus::Promoted))
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "{kind}"
    );
    assert!(
        app.delivered_to("jo@example.org")
            .await
            .contains("Booked from the waiting list"),
        "{kind}"
    );

    // Two residents moving into the last place at once: exactly one gets it.
    set_places(&app, last.id, 1).await;
    let alex_reference = booking::Entity::find()
        .filter(booking::Column::SlotId.eq(full.id))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .reference;
    let sam_fields = [
        ("reference", reference.clone()),
        ("slot_id", last.id.to_string()),
    ];
    let alex_fields = [
        ("reference", alex_reference),
        ("slot_id", last.id.to_string()),
    ];
    tokio::join!(
        post(&sam, "/fn/account/bookings/change-time", &sam_fields),
        post(&alex, "/fn/account/bookings/change-time", &alex_fields),
    );
    assert_eq!(slot(&app, last.id).await.booked, 1, "{kind}");
    assert_eq!(
        booking::Entity::find()
            .filter(booking::Column::SlotId.eq(last.id))
            .filter(booking::Column::Status.eq(BookingStatus::Booked))
            .count(&app.db)
            .await
            .unwrap(),
        1,
        "{kind}"
    );
    assert_eq!(live_bookings(&app, surgery_id).await, 3, "{kind}");

    // Cancelling from the account asks first, naming the booking.
    let (_, asked) = sam.html(&format!("{booking_page}?cancel=ask")).await;
    assert!(
        asked.contains("Are you sure you want to cancel this booking?"),
        "{kind}"
    );
    assert!(asked.contains("Yes, cancel this booking") && asked.contains(&reference));
    assert_eq!(
        live_bookings(&app, surgery_id).await,
        3,
        "{kind}: asking changes nothing"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_place_freed_by_a_cancellation_goes_to_the_first_resident_waiting(kind: Database) {
    use entity::waiting_entry::{self, WaitingStatus};
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[0].id;
    set_places(&app, slot_id, 1).await;
    let sam = resident(&app, "sam@example.org").await;
    let reference = book_slot(&sam, surgery_id, slot_id).await;

    // The slot is full: choosing it offers its waiting list.
    let mut waiting = Vec::new();
    for email in ["alex@example.org", "jo@example.org"] {
        let browser = resident(&app, email).await;
        enter_details(&browser, surgery_id, slot_id).await;
        let (_, check) = browser
            .html(&format!("/surgeries/{surgery_id}/book/check"))
            .await;
        assert!(check.contains("Join the waiting list"), "{kind}");
        let joined = confirm(&browser, surgery_id).await;
        assert_eq!(location(&joined), "/account", "{kind}");
        let (_, account) = browser.html("/account").await;
        assert!(account.contains("You are on the waiting list"), "{kind}");
        assert!(account.contains("Waiting lists you are on"), "{kind}");
        waiting.push(browser);
    }

    sam.post_form(
        "/fn/account/bookings/cancel",
        &[("reference", reference.as_str())],
    )
    .await;
    assert_eq!(
        slot(&app, slot_id).await.booked,
        1,
        "{kind}: the place is taken again"
    );
    let holders: Vec<_> = booking::Entity::find()
        .filter(booking::Column::SlotId.eq(slot_id))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(holders.len(), 1, "{kind}");
    let alex_id = entity::resident::Entity::find()
        .filter(entity::resident::Column::Email.eq("alex@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        holders[0].resident_id,
        Some(alex_id),
        "{kind}: first come, first served"
    );
    assert!(
        newest_calendar(&app, "alex@example.org")
            .await
            .contains("METHOD:REQUEST"),
        "{kind}"
    );
    let told = app.delivered_to("alex@example.org").await;
    assert!(told.contains("Booked from the waiting list"), "{kind}");
    // The team sees who is still waiting, in order.
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    let team = app.new_browser();
    sign_in_staff(&team, "city@police.example.uk").await;
    let (_, roster) = team
        .html(&format!(
            "/staff/neighbourhoods/BW001/surgeries/{surgery_id}"
        ))
        .await;
    let (_, waiting_list) = roster.split_once("Waiting list (1)").unwrap();
    assert!(waiting_list.contains("jo@example.org"), "{kind}");
    assert!(
        !waiting_list.contains("alex@example.org"),
        "{kind}: alex has the place"
    );
    let still_waiting = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(still_waiting.len(), 1, "{kind}: jo is next");

    // Jo's data download lists the waiting list; then Jo leaves it.
    let jo = &waiting[1];
    let data = jo.get("/account/data").await.text().await.unwrap();
    assert!(data.contains("waiting_lists"), "{kind}");
    let entry = still_waiting[0].id.to_string();
    let left = jo
        .post_form("/fn/account/waiting/leave", &[("entry_id", entry.as_str())])
        .await;
    assert_eq!(location(&left), "/account", "{kind}");
    assert_eq!(
        waiting_entry::Entity::find()
            .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
            .count(&app.db)
            .await
            .unwrap(),
        0,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_leaving_a_waiting_list_as_a_place_frees_up_either_leaves_or_is_told_they_hold_it(
    kind: Database,
) {
    use entity::waiting_entry::{self, WaitingStatus};
    let app = spawn_app(kind).await;
    let other = app.another_instance().await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    // One round for each of the surgery's eight slots.
    for (round, slot_id) in slots(&app, surgery_id)
        .await
        .into_iter()
        .map(|s| s.id)
        .enumerate()
    {
        set_places(&app, slot_id, 1).await;
        let holder = resident(&app, &format!("holder{round}@example.org")).await;
        let reference = book_slot(&holder, surgery_id, slot_id).await;
        let waiter_email = format!("waiter{round}@example.org");
        let waiter = resident(&app, &waiter_email).await;
        enter_details(&waiter, surgery_id, slot_id).await;
        confirm(&waiter, surgery_id).await;
        let entry = waiting_entry::Entity::find()
            .filter(waiting_entry::Column::SlotId.eq(slot_id))
            .one(&app.db)
            .await
            .unwrap()
            .expect("on the waiting list");

        // The holder cancels through one instance as the first person waiting leaves through the
        // other, a little later each round.
        let delay = std::time::Duration::from_millis(round as u64 % 4);
        let waiter_on_other = waiter.clone_on(&other);
        let entry_id = entry.id.to_string();
        let cancelled = [("reference", reference.as_str())];
        let (_, left) = tokio::join!(
            holder.post_form("/fn/account/bookings/cancel", &cancelled),
            async {
                tokio::time::sleep(delay).await;
                waiter_on_other
                    .post_form("/fn/account/waiting/leave", &[("entry_id", &entry_id)])
                    .await
            }
        );
        let entry = waiting_entry::Entity::find_by_id(entry.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let places_held = booking::Entity::find()
            .filter(booking::Column::SlotId.eq(slot_id))
            .filter(booking::Column::Status.eq(BookingStatus::Booked))
            .all(&app.db)
            .await
            .unwrap();
        let offered = outbox_message::Entity::find()
            .filter(outbox_message::Column::Recipient.eq(&waiter_email))
            .filter(outbox_message::Column::Subject.contains("waiting list"))
            .count(&app.db)
            .await
            .unwrap();
        match entry.status {
            WaitingStatus::Withdrawn => {
                assert_eq!(location(&left), "/account", "{kind} round {round}");
                let (_, account) = waiter.html("/account").await;
                assert!(
                    account.contains("You have left the waiting list"),
                    "{kind} round {round}"
                );
                assert!(places_held.is_empty(), "{kind} round {round}: no booking");
                assert_eq!(offered, 0, "{kind} round {round}: no place emailed");
                assert_eq!(slot(&app, slot_id).await.booked, 0, "{kind} round {round}");
            }
            WaitingStatus::Promoted => {
                assert_eq!(places_held.len(), 1, "{kind} round {round}");
                let booked = &places_held[0].reference;
                assert_eq!(entry.booking_id, Some(places_held[0].id), "{kind}");
                assert_eq!(
                    location(&left),
                    format!("/account/bookings/{booked}"),
                    "{kind} round {round}"
                );
                let (_, told) = waiter.html(location(&left)).await;
                assert!(
                    told.contains("given to you from the waiting list"),
                    "{kind} round {round}: {told}"
                );
                assert!(told.contains("Cancel"), "{kind} round {round}");
                assert_eq!(offered, 1, "{kind} round {round}");
            }
            WaitingStatus::Waiting => panic!("{kind} round {round}: still waiting"),
        }
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raising_a_slots_places_fills_them_from_its_waiting_list_and_they_never_drop_below_those_booked(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot_id = slots(&app, surgery_id).await[0].id;
    set_places(&app, slot_id, 1).await;
    let sam = resident(&app, "sam@example.org").await;
    enter_details(&sam, surgery_id, slot_id).await;
    confirm(&sam, surgery_id).await;
    let alex = resident(&app, "alex@example.org").await;
    enter_details(&alex, surgery_id, slot_id).await;
    assert_eq!(location(&confirm(&alex, surgery_id).await), "/account");

    sign_in_staff(&app, "city@police.example.uk").await;
    let page = format!("/staff/neighbourhoods/BW001/surgeries/{surgery_id}");
    let change = |places: &'static str| {
        let (app, surgery, slot) = (&app, surgery_id.to_string(), slot_id.to_string());
        async move {
            app.post_form(
                "/fn/staff/neighbourhood/surgeries/places",
                &[
                    ("code", "BW001"),
                    ("surgery_id", &surgery),
                    ("slot_id", &slot),
                    ("places", places),
                ],
            )
            .await
        }
    };
    assert_eq!(location(&change("none").await), page, "{kind}");
    let (_, wrong) = app.html(&page).await;
    assert!(wrong.contains("between 1 and 50"), "{kind}");

    change("3").await;
    let (_, raised) = app.html(&page).await;
    assert!(
        raised.contains("1 resident on the waiting list has been given a place"),
        "{kind}: {raised}"
    );
    let now = slot(&app, slot_id).await;
    assert_eq!((now.places, now.booked), (3, 2), "{kind}");
    assert!(
        app.delivered_to("alex@example.org")
            .await
            .contains("Booked from the waiting list"),
        "{kind}"
    );

    change("1").await;
    let (_, lowered) = app.html(&page).await;
    assert!(lowered.contains("2 places are booked"), "{kind}");
    assert_eq!(slot(&app, slot_id).await.places, 3, "{kind}");
    assert_eq!(audit_count(&app, "surgery.places").await, 1, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn residents_find_the_surgeries_coming_up_for_their_postcode(kind: Database) {
    let app = spawn_app(kind).await;
    let (status, form) = app.html("/surgeries").await;
    assert_eq!(status, 200, "{kind}");
    assert!(form.contains("Find a surgery near you"), "{kind}");

    // B90 1AD is in Shirley (SH005), whose demo venues are Shirley Library and Dickens
    // Heath Village Hall.
    let (status, found) = app.html("/surgeries?postcode=b90+1ad").await;
    assert_eq!(status, 200, "{kind}");
    assert!(found.contains("Surgeries in Shirley"), "{kind}: {found}");
    assert!(found.contains("PCSO surgery at Shirley Library"), "{kind}");
    assert!(
        found.contains("Drop-in evening at Dickens Heath Village Hall"),
        "{kind}"
    );

    let (_, district) = app.html("/surgeries?postcode=B15").await;
    assert!(
        district.contains(r#"href="/surgeries?neighbourhood=BW003""#),
        "{kind}: {district}"
    );
    let (_, wrong) = app.html("/surgeries?postcode=not+a+postcode").await;
    assert!(wrong.contains("There is a problem"), "{kind}");
    let (status, _) = app.html("/surgeries?neighbourhood=NOPE").await;
    assert_eq!(status, 404, "{kind}");

    // The neighbourhood page links to the whole list.
    let (_, page) = app.html("/neighbourhoods/SH005").await;
    assert!(page.contains("/surgeries?neighbourhood=SH005"), "{kind}");
}
