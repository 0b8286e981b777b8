//! The Neighbourhood Policing Guarantee, measured: each figure counted from hand-built data
//! with known answers as the test clock moves, the public panel and page (never revealing an
//! individual), the force's dashboard and its CSV, trends, hotspots, and the time teams record
//! in the community and away from it.

use crate::helpers::{Database, TestApp, location, on_each_database, spawn_app};
use crate::staff_accounts::neighbourhood_id;
use app::domain::guarantee::{Commitment, Counts};
use entity::booking::{Attendance, BookingStatus};
use entity::concern::{ConcernStatus, Improved, SummaryStatus};
use entity::priority::PriorityStatus;
use entity::surgery::SurgeryStatus;
use entity::{
    audit_entry, booking, community_group, concern, duty_time, group_meeting, neighbourhood,
    priority, surgery, surgery_slot, team_member, team_update,
};
use rstest_reuse::apply;
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

/// A neighbourhood of its own in BW003's LPA, with nothing in it yet.
async fn empty_neighbourhood(app: &TestApp, code: &str, name: &str) -> i32 {
    let edgbaston = neighbourhood::Entity::find_by_id(neighbourhood_id(app, "BW003").await)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    neighbourhood::ActiveModel {
        force_id: Set(edgbaston.force_id),
        lpa_id: Set(edgbaston.lpa_id),
        code: Set(code.into()),
        name: Set(name.into()),
        description: Set(String::new()),
        centre_latitude: Set(Some(52.47)),
        centre_longitude: Set(Some(-1.92)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

/// A concern raised `ago` seconds before now, first answered `reply_after` seconds after it
/// was raised (or not), with a resident's answer to "has it improved?" given `improved_ago`;
/// returns its id.
async fn concern_raised(
    app: &TestApp,
    neighbourhood: i32,
    ago: i64,
    reply_after: Option<i64>,
    improved: Option<(Improved, i64)>,
) -> i32 {
    let now = app.clock.now();
    let raised = now - ago;
    concern::ActiveModel {
        reference: Set(app::domain::reference::new_reference("NC")),
        neighbourhood_id: Set(neighbourhood),
        category_id: Set(3),
        location: Set("Broad Street".into()),
        description: Set("Dealing outside the shops.".into()),
        when_happens: Set(String::new()),
        summary_status: Set(SummaryStatus::None),
        status: Set(if improved.is_some() {
            ConcernStatus::Closed
        } else {
            ConcernStatus::Received
        }),
        created_at: Set(raised),
        due_at: Set(raised + 72 * HOUR),
        first_reply_at: Set(reply_after.map(|after| raised + after)),
        improved: Set(improved.map(|(answer, _)| answer)),
        improved_at: Set(improved.map(|(_, ago)| now - ago)),
        updated_at: Set(raised),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

async fn priority_updated(app: &TestApp, neighbourhood: i32, ago: i64, status: PriorityStatus) {
    let at = app.clock.now() - ago;
    priority::ActiveModel {
        neighbourhood_id: Set(neighbourhood),
        issue: Set("Parking on the pavement".into()),
        issue_date: Set(at),
        status: Set(status),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// A surgery starting `from_now` seconds from now (negative: held), using a demo surgery's
/// series and venue; returns its id.
async fn surgery_at(
    app: &TestApp,
    neighbourhood: i32,
    from_now: i64,
    status: SurgeryStatus,
) -> i32 {
    let demo = surgery::Entity::find().one(&app.db).await.unwrap().unwrap();
    let starts = app.clock.now() + from_now;
    surgery::ActiveModel {
        series_id: Set(demo.series_id),
        neighbourhood_id: Set(neighbourhood),
        venue_id: Set(demo.venue_id),
        starts_at: Set(starts),
        ends_at: Set(starts + 2 * HOUR),
        status: Set(status),
        revision: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

/// `booked` places taken at a held surgery, with the attendance the team recorded.
async fn bookings_at(
    app: &TestApp,
    surgery_id: i32,
    booked: i32,
    attendance: &[Option<Attendance>],
) {
    let held = surgery::Entity::find_by_id(surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let slot = surgery_slot::ActiveModel {
        surgery_id: Set(surgery_id),
        starts_at: Set(held.starts_at),
        ends_at: Set(held.ends_at),
        places: Set(10),
        booked: Set(booked),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    for (i, attended) in attendance.iter().enumerate() {
        booking::ActiveModel {
            reference: Set(app::domain::reference::new_reference("SRG")),
            surgery_id: Set(surgery_id),
            slot_id: Set(slot.id),
            status: Set(BookingStatus::Booked),
            topic: Set(String::new()),
            adjustments: Set(String::new()),
            created_at: Set(held.starts_at - DAY),
            cancel_token_hash: Set(format!("hash-{surgery_id}-{i}")),
            attendance: Set(*attended),
            walk_in_name: Set(Some(format!("Walk-in {i}"))),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();
    }
}

async fn update_published(app: &TestApp, neighbourhood: i32, ago: i64) {
    let at = app.clock.now() - ago;
    team_update::ActiveModel {
        neighbourhood_id: Set(neighbourhood),
        you_said: Set("Speeding on Court Oak Road".into()),
        we_did: Set("Speed checks every week".into()),
        next_steps: Set(String::new()),
        outcome: Set(String::new()),
        published_on: Set(at),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn group_meeting_held(app: &TestApp, group_id: i32, neighbourhood: i32, ago: i64) {
    group_meeting::ActiveModel {
        group_id: Set(group_id),
        neighbourhood_id: Set(neighbourhood),
        met_on: Set(app.clock.now() - ago),
        attendees: Set(14),
        notes: Set(String::new()),
        created_at: Set(app.clock.now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Names a contact officer for neighbourhood `n`, written straight to the database.
async fn contact_officer(app: &TestApp, n: i32) {
    team_member::ActiveModel {
        neighbourhood_id: Set(n),
        name: Set("Sam Patel".into()),
        rank: Set("PCSO".into()),
        bio: Set(String::new()),
        is_contact_officer: Set(true),
        display_order: Set(1),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Builds a neighbourhood "Harborne Fields" (GT001) whose every figure is known; returns its
/// id.
async fn measured_neighbourhood(app: &TestApp) -> i32 {
    let n = empty_neighbourhood(app, "GT001", "Harborne Fields").await;
    // A named contact officer, and an email address for the team.
    contact_officer(app, n).await;
    neighbourhood::Entity::update_many()
        .col_expr(
            neighbourhood::Column::ContactEmail,
            sea_orm::sea_query::Expr::value("harborne@police.example.uk"),
        )
        .filter(neighbourhood::Column::Id.eq(n))
        .exec(&app.db)
        .await
        .unwrap();
    // Concerns in the last 90 days: 5 answered in 72 hours, 1 later, 1 still waiting past
    // its 72 hours, 1 not yet due; 1 older than 90 days does not count.
    for days in [2, 10, 30, 50, 80] {
        concern_raised(app, n, days * DAY, Some(HOUR), None).await;
    }
    concern_raised(app, n, 20 * DAY, Some(80 * HOUR), None).await;
    concern_raised(app, n, 5 * DAY, None, None).await;
    concern_raised(app, n, HOUR, None, None).await;
    concern_raised(app, n, 100 * DAY, Some(100 * HOUR), None).await;
    // "Has it improved?": 3 yes, 1 no, 1 not sure in the last year; 1 older.
    for answer in [
        Improved::Yes,
        Improved::Yes,
        Improved::Yes,
        Improved::No,
        Improved::NotSure,
    ] {
        concern_raised(app, n, 120 * DAY, Some(HOUR), Some((answer, 60 * DAY))).await;
    }
    concern_raised(
        app,
        n,
        500 * DAY,
        Some(HOUR),
        Some((Improved::No, 400 * DAY)),
    )
    .await;
    // Priorities: two current (updated 10 and 40 days ago); a retired one does not count.
    priority_updated(app, n, 10 * DAY, PriorityStatus::ActionUnderWay).await;
    priority_updated(app, n, 40 * DAY, PriorityStatus::Open).await;
    priority_updated(app, n, 300 * DAY, PriorityStatus::Retired).await;
    // Surgeries: one held 10 days ago (6 places booked; 4 attended, 1 did not, 1 not
    // recorded), one cancelled, one held long ago, and the next in a week.
    let held = surgery_at(app, n, -10 * DAY, SurgeryStatus::Scheduled).await;
    bookings_at(
        app,
        held,
        6,
        &[
            Some(Attendance::Attended),
            Some(Attendance::Attended),
            Some(Attendance::Attended),
            Some(Attendance::Attended),
            Some(Attendance::DidNotAttend),
            None,
        ],
    )
    .await;
    surgery_at(app, n, -20 * DAY, SurgeryStatus::Cancelled).await;
    surgery_at(app, n, -200 * DAY, SurgeryStatus::Scheduled).await;
    surgery_at(app, n, 7 * DAY, SurgeryStatus::Scheduled).await;
    // A meeting with a community group 30 days ago; one 150 days ago does not count.
    let reference = crate::groups::matrix_group(app).await;
    let group = community_group::Entity::find()
        .filter(community_group::Column::Reference.eq(reference))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    group_meeting_held(app, group.id, n, 30 * DAY).await;
    group_meeting_held(app, group.id, n, 150 * DAY).await;
    // "You said, we did": two in the last 3 months, one older.
    update_published(app, n, 5 * DAY).await;
    update_published(app, n, 60 * DAY).await;
    update_published(app, n, 120 * DAY).await;
    n
}

async fn counts(app: &TestApp, neighbourhood: i32) -> Counts {
    app::services::guarantee::for_neighbourhood(&app.db, app.clock.now(), neighbourhood)
        .await
        .unwrap()
}

#[apply(on_each_database)]
#[tokio::test]
async fn each_figure_counts_hand_built_data_with_known_answers_as_the_clock_moves(kind: Database) {
    let app = spawn_app(kind).await;
    let n = measured_neighbourhood(&app).await;
    let now = app.clock.now();
    let c = counts(&app, n).await;
    assert_eq!((c.contact_officers, c.contactable), (1, 1), "{kind}");
    assert_eq!(
        (c.answered_in_time, c.answered_late, c.open_past_due),
        (5, 1, 1),
        "{kind}: concerns"
    );
    assert_eq!(
        (c.improved_yes, c.improved_no, c.improved_not_sure),
        (3, 1, 1),
        "{kind}: has it improved"
    );
    assert_eq!(
        (c.priorities, c.priorities_due),
        (2, 0),
        "{kind}: priorities"
    );
    assert_eq!(
        c.oldest_priority_update,
        Some(now - 40 * DAY),
        "{kind}: oldest priority update"
    );
    assert_eq!(
        (c.surgeries_held, c.places_booked),
        (1, 6),
        "{kind}: surgeries"
    );
    assert_eq!(c.next_surgery, Some(now + 7 * DAY), "{kind}: next surgery");
    assert_eq!((c.attended, c.did_not_attend), (4, 1), "{kind}: attendance");
    assert_eq!((c.group_meetings, c.updates), (1, 2), "{kind}");
    assert_eq!(
        c.missing(),
        vec![Commitment::AnswerWithin72Hours],
        "{kind}: 5 of 7 in time is below 90%"
    );

    // Four days on, the concern raised an hour before is past its 72 hours too.
    app.clock.advance(4 * DAY);
    let c = counts(&app, n).await;
    assert_eq!(
        (c.answered_in_time, c.answered_late, c.open_past_due),
        (5, 1, 2),
        "{kind}: four days on"
    );
    // Sixty days later the priority updated 40 days before is due an update, the next
    // surgery has been held, and the meeting and one update have left the last 3 months.
    app.clock.advance(60 * DAY);
    let c = counts(&app, n).await;
    assert_eq!((c.priorities, c.priorities_due), (2, 1), "{kind}");
    assert_eq!(
        (c.surgeries_held, c.next_surgery),
        (2, None),
        "{kind}: the next surgery was held"
    );
    assert_eq!((c.group_meetings, c.updates), (0, 1), "{kind}");
    let missing = c.missing();
    assert!(
        missing.contains(&Commitment::PrioritiesUpToDate),
        "{kind}: {missing:?}"
    );

    // A concern the team closed within its 72 hours without a reply was answered in
    // time (the resident was told); one closed later was answered late.
    for closed_after in [10 * HOUR, 90 * HOUR] {
        let raised = app.clock.now() - 6 * DAY;
        let id = concern_raised(&app, n, 6 * DAY, None, None).await;
        concern::Entity::update_many()
            .col_expr(
                concern::Column::Status,
                sea_orm::sea_query::Expr::value(ConcernStatus::Closed),
            )
            .col_expr(
                concern::Column::ClosedAt,
                sea_orm::sea_query::Expr::value(raised + closed_after),
            )
            .filter(concern::Column::Id.eq(id))
            .exec(&app.db)
            .await
            .unwrap();
    }
    let closed = counts(&app, n).await;
    assert_eq!(
        (
            closed.answered_in_time - c.answered_in_time,
            closed.answered_late - c.answered_late,
            closed.open_past_due - c.open_past_due
        ),
        (1, 1, 0),
        "{kind}: closing answers a concern"
    );
}

#[apply(on_each_database)]
#[tokio::test]
async fn the_public_panel_and_page_show_every_commitment_without_pointing_to_anyone(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    measured_neighbourhood(&app).await;
    let (status, page) = app.html("/neighbourhoods/GT001").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains("How we&#x27;re doing") || page.contains("How we're doing"),
        "{kind}"
    );
    for figure in [
        "Named contact officer",
        "Answered within 72 hours",
        "71%",
        "2 priorities",
        "2 held",
        "2 published",
        "5 answers",
    ] {
        assert!(page.contains(figure), "{kind}: the panel shows {figure}");
    }
    let (status, detail) = app.html("/neighbourhoods/GT001/how-we-are-doing").await;
    assert_eq!(status, 200, "{kind}");
    for text in [
        "5 answered within 72 hours, fewer than 5 answered later, fewer than 5 still waiting after 72 hours.",
        // 4 attended and 1 did not: a share would point to the one who did not.
        "Places booked: 6. Attendance: too few recorded to show.",
        "Yes: too few to show. No: too few to show. Not sure: too few to show.",
        "What is measured",
        "Figures computed on",
    ] {
        assert!(detail.contains(text), "{kind}: the page says {text}");
    }
    // Nothing names a resident or a walk-in.
    assert!(!detail.contains("Walk-in"), "{kind}");
    let (status, _) = app.html("/neighbourhoods/NOPE1/how-we-are-doing").await;
    assert_eq!(status, 404, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test]
async fn the_dashboard_and_its_csv_list_every_neighbourhood_with_area_and_force_totals(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    measured_neighbourhood(&app).await;
    let team = crate::groups::team_member(&app, "BW001").await;
    let (status, page) = team.html("/staff/guarantee").await;
    assert_eq!(status, 200, "{kind}");
    assert!(page.contains("Harborne Fields"), "{kind}");
    assert!(
        page.contains("71% (5 of 7)"),
        "{kind}: exact figures for staff"
    );
    assert!(page.contains("All listed"), "{kind}: the force's totals");
    // Met and not met at a glance, and counts in words that agree with them.
    assert!(
        page.contains(">Met</strong>") && page.contains(">Not met</strong>"),
        "{kind}"
    );
    assert!(
        page.contains(" meet it"),
        "{kind}: totals say how many meet each"
    );
    assert!(
        !page.contains("1 surgeries") && !page.contains("1 group meetings"),
        "{kind}"
    );

    let neighbourhoods = neighbourhood::Entity::find().count(&app.db).await.unwrap() as usize;
    let lpas = entity::local_policing_area::Entity::find()
        .count(&app.db)
        .await
        .unwrap() as usize;
    let response = team.get("/staff/guarantee.csv").await;
    assert_eq!(response.status(), 200, "{kind}");
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"),
        "{kind}"
    );
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let with_neighbourhoods: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter(|r| !r[1].is_empty())
        .map(|r| &r[0])
        .collect();
    assert_eq!(
        rows.len(),
        neighbourhoods + with_neighbourhoods.len() + 1,
        "{kind}: a row per neighbourhood, per LPA with neighbourhoods, and the force"
    );
    assert!(with_neighbourhoods.len() <= lpas, "{kind}");
    let harborne = rows.iter().find(|r| &r[1] == "GT001").unwrap();
    assert_eq!(&harborne[6], "5", "{kind}: answered in time");
    assert_eq!(&harborne[9], "71", "{kind}: the share");
    assert_eq!(&harborne[30], "Answered within 72 hours", "{kind}");
    let force = rows.last().unwrap();
    assert_eq!(&force[0], "The force", "{kind}");
    assert_eq!(force[3].parse::<usize>().unwrap(), neighbourhoods, "{kind}");

    // Only those missing a commitment, and only one LPA.
    let text = team
        .get("/staff/guarantee.csv?missing=answer-within-72-hours")
        .await
        .text()
        .await
        .unwrap();
    assert!(text.contains("GT001"), "{kind}");
    let edgbaston_lpa = entity::local_policing_area::Entity::find_by_id(
        neighbourhood::Entity::find()
            .filter(neighbourhood::Column::Code.eq("GT001"))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .lpa_id,
    )
    .one(&app.db)
    .await
    .unwrap()
    .unwrap();
    let (_, filtered) = team
        .html(&format!(
            "/staff/guarantee?lpa={}&missing=any&sort=answered-in-time",
            edgbaston_lpa.code
        ))
        .await;
    assert!(filtered.contains("Harborne Fields"), "{kind}");
    assert!(!filtered.contains("Foleshill"), "{kind}: another LPA");

    // Trends and hotspots show the same concerns.
    let (status, trends) = team.html("/staff/guarantee/trends?by=week").await;
    assert_eq!(status, 200, "{kind}");
    assert!(trends.contains("<svg"), "{kind}: charts");
    assert!(
        trends.contains("id=\"trend-figures\""),
        "{kind}: and their table"
    );
    let (status, hotspots) = team.html("/staff/guarantee/hotspots?days=90").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        hotspots.contains("Harborne Fields: 8"),
        "{kind}: on the map"
    );
    assert!(
        hotspots.contains("id=\"hotspot-figures\""),
        "{kind}: and in the table"
    );
    // The map frames the whole area: every circle lies wholly inside it, and the area's other
    // neighbourhoods are drawn too.
    let attribute = |tag: &str, name: &str| -> f64 {
        tag.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|value| value.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {tag}"))
    };
    let view_box: Vec<f64> = hotspots
        .split("viewBox=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let circles: Vec<&str> = hotspots
        .split("<circle")
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap())
        .collect();
    assert!(
        circles.iter().any(|c| c.contains("hotspot-map__place")),
        "{kind}: the other neighbourhoods"
    );
    for circle in circles.iter().filter(|c| c.contains("hotspot-map__spot")) {
        let (x, y, r) = (
            attribute(circle, "cx"),
            attribute(circle, "cy"),
            attribute(circle, "r"),
        );
        assert!(
            x - r >= 0.0 && y - r >= 0.0 && x + r <= view_box[2] && y + r <= view_box[3],
            "{kind}: {circle} inside {view_box:?}"
        );
    }
}

#[apply(on_each_database)]
#[tokio::test]
async fn team_members_record_time_and_the_dashboard_shows_visible_hours_and_abstractions(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let team = crate::groups::team_member(&app, "BW001").await;
    let page = "/staff/neighbourhoods/BW001/time";
    let action = "/fn/staff/time/record";
    let today = app::domain::schedule::uk_local(app.clock.now()).date();
    let (day, month, year) = (
        today.format("%-d").to_string(),
        today.format("%-m").to_string(),
        today.format("%Y").to_string(),
    );
    let date = [
        ("worked_on_day", day.as_str()),
        ("worked_on_month", month.as_str()),
        ("worked_on_year", year.as_str()),
    ];

    // Each form is sent with today's date.
    let record = async |fields: &[(&str, &str)]| {
        team.submit(page, action, &[&date[..], fields].concat())
            .await
    };

    // A patrol with no place and too many hours changes nothing.
    let refused = record(&[("kind", "patrol"), ("hours", "30"), ("place", "")]).await;
    assert_eq!(location(&refused), page, "{kind}");
    let (_, shown) = team.html(page).await;
    assert!(
        shown.contains("Enter the hours as a number from 0.25 to 24"),
        "{kind}"
    );
    assert!(shown.contains("Enter where the time was spent"), "{kind}");
    // Nothing chosen, as a browser sends it: no field at all for the radio buttons.
    let unchosen = record(&[("hours", "2"), ("place", "")]).await;
    assert_eq!(location(&unchosen), page, "{kind}");
    let (_, shown) = team.html(page).await;
    assert!(
        shown.contains("Choose what the time was spent on"),
        "{kind}: {shown}"
    );
    assert_eq!(
        duty_time::Entity::find().count(&app.db).await.unwrap(),
        0,
        "{kind}"
    );

    for (what, hours, place) in [("patrol", "3", "Broad Street"), ("court", "1", "")] {
        let recorded = record(&[("kind", what), ("hours", hours), ("place", place)]).await;
        assert_eq!(location(&recorded), page, "{kind}");
    }
    let (_, listed) = team.html(page).await;
    assert!(listed.contains("Broad Street"), "{kind}");
    assert!(listed.contains("Guarding a scene"), "{kind}: the choices");
    assert_eq!(
        audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("duty.record"))
            .count(&app.db)
            .await
            .unwrap(),
        2,
        "{kind}: audited"
    );

    // Over 4 weeks: 3 visible hours is 45 minutes a week; 1 of 4 hours abstracted.
    let (status, visibility) = team.html("/staff/guarantee/visibility?weeks=4").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        visibility.contains("45 minutes"),
        "{kind}: visible hours a week"
    );
    assert!(visibility.contains("25%"), "{kind}: share abstracted");
    assert!(
        visibility.contains("recorded no time"),
        "{kind}: the others"
    );
    let (_, trends) = team.html("/staff/guarantee/trends?by=week").await;
    assert!(trends.contains("3 hours"), "{kind}: visible this week");
    assert!(trends.contains("1 hour"), "{kind}: abstracted this week");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_records_at_most_24_hours_for_a_day_even_sending_five_days_at_once_on_two_instances(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let other = app.another_instance().await;
    let team = crate::groups::team_member(&app, "BW001").await;
    let today = app::domain::schedule::uk_local(app.clock.now()).date();
    let (day, month, year) = (
        today.format("%-d").to_string(),
        today.format("%-m").to_string(),
        today.format("%Y").to_string(),
    );
    let fields = |hours: &'static str| {
        [
            ("code", "BW001".to_string()),
            ("kind", "patrol".to_string()),
            ("hours", hours.to_string()),
            ("place", "Broad Street".to_string()),
            ("worked_on_day", day.clone()),
            ("worked_on_month", month.clone()),
            ("worked_on_year", year.clone()),
        ]
    };
    let sends: Vec<_> = (0..5)
        .map(|i| {
            let via = team.clone_on(if i % 2 == 0 { &app } else { &other });
            let fields = fields("24");
            tokio::spawn(async move {
                let fields: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
                via.post_form("/fn/staff/time/record", &fields).await
            })
        })
        .collect();
    for send in sends {
        send.await.unwrap();
    }
    let minutes: i32 = duty_time::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .iter()
        .map(|r| r.minutes)
        .sum();
    assert_eq!(minutes, 24 * 60, "{kind}: one day's worth, once");

    let more = fields("1");
    let more: Vec<(&str, &str)> = more.iter().map(|(k, v)| (*k, v.as_str())).collect();
    team.post_form("/fn/staff/time/record", &more).await;
    let (_, page) = team.html("/staff/neighbourhoods/BW001/time").await;
    assert!(
        page.contains("You have already recorded 24 hours for"),
        "{kind}: {page}"
    );
    assert_eq!(
        duty_time::Entity::find().count(&app.db).await.unwrap(),
        1,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test]
async fn a_neighbourhoods_figures_are_counted_at_most_once_a_minute_and_afresh_after_a_change(
    kind: Database,
) {
    use app::services::public_pages::{GUARANTEE_FRESH_FOR, PublicPages};
    let app = spawn_app(kind).await;
    let n = empty_neighbourhood(&app, "GT002", "Quiet Fields").await;
    let pages = PublicPages::default();
    let now = app.clock.now();
    let (first, at) = pages.guarantee_counts(&app.db, now, n).await.unwrap();
    assert_eq!((first.contact_officers, at), (0, now), "{kind}");
    // A contact officer written straight to the database, as another instance would.
    contact_officer(&app, n).await;
    let later = now + GUARANTEE_FRESH_FOR - 1;
    let (kept, at) = pages.guarantee_counts(&app.db, later, n).await.unwrap();
    assert_eq!(
        (kept.contact_officers, at),
        (0, now),
        "{kind}: counted once"
    );
    let (fresh, at) = pages
        .guarantee_counts(&app.db, now + GUARANTEE_FRESH_FOR, n)
        .await
        .unwrap();
    assert_eq!(
        (fresh.contact_officers, at),
        (1, now + GUARANTEE_FRESH_FOR),
        "{kind}: a minute on, counted afresh"
    );
    // A change committed on this instance forgets them at once.
    pages.forget();
    let (_, at) = pages
        .guarantee_counts(&app.db, now + GUARANTEE_FRESH_FOR + 1, n)
        .await
        .unwrap();
    assert_eq!(at, now + GUARANTEE_FRESH_FOR + 1, "{kind}");
}
