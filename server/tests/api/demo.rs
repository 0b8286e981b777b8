//! The demo a newcomer runs (`server seed-demo`): the force and its history, loaded as at the
//! test clock, show every feature on the pages a newcomer opens first.

use crate::groups::team_member;
use crate::helpers::{
    DEMO_SITE, Database, TestApp, on_each_database, spawn_app, spawn_demo_app,
    spawn_empty_app_with, test_clock,
};
use entity::booking::{Attendance, BookingStatus};
use entity::waiting_entry::WaitingStatus;
use entity::{booking, community_group, duty_time, surgery, vote, waiting_entry};
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::seed::demo_activity::{self, ActivityOutcome};
use std::collections::HashMap;

async fn page(app: &TestApp, path: &str) -> String {
    let (status, html) = app.html(path).await;
    assert_eq!(status, 200, "{path}");
    html
}

fn assert_shows(html: &str, path: &str, expected: &[&str]) {
    for text in expected {
        assert!(html.contains(text), "{path} does not show {text:?}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edgbastons_page_shows_priorities_votes_updates_and_what_residents_raised(kind: Database) {
    let app = spawn_demo_app(kind).await;
    let path = "/neighbourhoods/BW003";
    let html = page(&app, path).await;
    assert_shows(
        &html,
        path,
        &[
            // Priorities with their latest actions: one from the vote, one from a problem.
            "Speeding near the primary schools",
            "Cycle thefts near the library and the university hall",
            "Latest action: Asked the council to repaint the 20mph signs",
            // A vote open now, and one closed lately with its results.
            "What should be our next priority, in the spring?",
            "Which issues should the Edgbaston team focus on this winter?",
            "Open until",
            "Closed on",
            // "You said, we did", linked to what it answers.
            "We marked 46 bikes for free",
            "This answers",
            // Moderated summaries of residents' concerns, and the published problem.
            "Cars speeding past a primary school at drop-off time.",
            "Problems the team is working on",
            // Two partner organisations recorded what they did on it.
            "Working on it with Birmingham City Council and University of Birmingham.",
        ],
    );
    for absent in [
        "The team has not published its priorities yet.",
        "No updates have been published yet.",
        "No concerns have been raised in the last 3 months.",
        "None published",
    ] {
        assert!(!html.contains(absent), "{path} still says {absent:?}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_council_replied_about_a_concern_edgbastons_team_passed_to_it(kind: Database) {
    use entity::concern_event::{self, EventKind};
    use entity::concern_referral::{self, ContactConsent};
    let app = spawn_demo_app(kind).await;
    let referrals = concern_referral::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(referrals.len(), 1, "{kind}");
    assert_eq!(
        referrals[0].contact_consent,
        ContactConsent::Given,
        "{kind}"
    );
    let replies = concern_event::Entity::find()
        .filter(concern_event::Column::Kind.eq(EventKind::PartnerReply))
        .filter(concern_event::Column::ConcernId.eq(referrals[0].concern_id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(replies.len(), 1, "{kind}");
    assert!(
        replies[0].body.contains("civil enforcement officers"),
        "{kind}"
    );
    assert_eq!(
        replies[0].partner_organisation_id,
        Some(referrals[0].organisation_id),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edgbastons_page_in_welsh_shows_what_the_team_wrote_in_welsh(kind: Database) {
    let app = spawn_demo_app(kind).await;
    let path = "/neighbourhoods/BW003";
    let html = app
        .client
        .get(format!("{}{path}", app.address))
        .header("Accept-Language", "cy")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_shows(
        &html,
        path,
        &[
            // The priority set from the vote's option took the option's Welsh with it.
            "Goryrru ger yr ysgolion cynradd",
            "ail-baentio",
            "Pa faterion ddylai tîm Edgbaston ganolbwyntio arnynt y gaeaf hwn?",
            "oedd eich dewis cyntaf yn ein pleidlais y gaeaf",
            // The published problem, and the priority set from it, in Welsh.
            "Dwyn beiciau ger y llyfrgell a neuadd y brifysgol",
            "Rydym yn marcio beiciau am ddim",
            // Where the team gave no Welsh, the English, marked as English.
            r#"lang="en">What should be our next priority, in the spring?"#,
        ],
    );
    assert!(
        !html.contains(">Speeding near the primary schools<"),
        "{path}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_closed_vote_shows_its_final_results_online_and_on_paper(kind: Database) {
    let app = spawn_demo_app(kind).await;
    let closed = vote::Entity::find()
        .filter(
            vote::Column::Question
                .eq("Which issues should the Edgbaston team focus on this winter?"),
        )
        .one(&app.db)
        .await
        .unwrap()
        .expect("the closed vote");
    assert!(closed.finalised_at.is_some(), "its results were made final");
    let path = format!("/votes/{}", closed.id);
    let html = page(&app, &path).await;
    assert_shows(
        &html,
        &path,
        &[
            "These results are final.",
            "Results",
            "Paper ballots, counted apart by the team",
            "Speeding near the primary schools",
        ],
    );
    let open = vote::Entity::find()
        .filter(vote::Column::Question.eq("What should be our next priority, in the spring?"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the open vote");
    let path = format!("/votes/{}", open.id);
    let html = page(&app, &path).await;
    assert_shows(
        &html,
        &path,
        &[
            "Voting is open until",
            "So far, 4 people have voted online.",
        ],
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_guarantee_is_published_everywhere_with_commitments_met_and_not_met(kind: Database) {
    let app = spawn_demo_app(kind).await;
    // Each place misses a different commitment, or none.
    let expected: HashMap<&str, (&[&str], usize)> = HashMap::from([
        (
            "BW003",
            (
                &[
                    "2 priorities",
                    "Every priority was updated in the last 3 months.",
                    "Working with partners",
                    "1 problem<",
                ][..],
                0,
            ),
        ),
        ("BW001", (&["50%", "2 priorities"][..], 1)),
        (
            "CV002",
            (&["1 priority was not updated for 3 months."][..], 1),
        ),
        ("DY005", (&["0 held", "0 surgeries and 0 meetings"][..], 1)),
    ]);
    for (code, (shows, not_met)) in expected {
        let path = format!("/neighbourhoods/{code}/how-we-are-doing");
        let html = page(&app, &path).await;
        assert!(
            !html.contains("None published"),
            "{path} says None published"
        );
        assert_shows(&html, &path, shows);
        assert_eq!(
            html.matches(">Not met<").count(),
            not_met,
            "commitments not met on {path}"
        );
        assert!(html.contains(">Met<"), "{path} shows no commitment met");
        // The panel on the neighbourhood page says the same.
        let panel = page(&app, &format!("/neighbourhoods/{code}")).await;
        assert_eq!(
            panel.matches(">Not met<").count(),
            not_met,
            "the panel of {code}"
        );
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_verified_group_follows_priorities_and_shows_what_it_put_forward(kind: Database) {
    let app = spawn_demo_app(kind).await;
    let group = community_group::Entity::find()
        .filter(community_group::Column::Name.eq("Reservoir Walk Neighbourhood Watch"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo's group");
    let path = format!("/groups/{}", group.reference);
    let html = page(&app, &path).await;
    assert_shows(
        &html,
        &path,
        &[
            "What the group follows",
            "Speeding near the primary schools",
            "Cycle thefts near the library and the university hall",
            "Issues the group has put forward",
            "Pat Example",
        ],
    );
    assert!(!html.contains("The group does not follow anything yet."));
    // The other group waits for the City Centre team to verify it: not public yet.
    let waiting = community_group::Entity::find()
        .filter(community_group::Column::Name.eq("Canal Side Traders"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the group waiting");
    let (status, _) = app.html(&format!("/groups/{}", waiting.reference)).await;
    assert_eq!(status, 404);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn surgeries_held_have_attendance_and_the_next_one_has_bookings_and_a_waiting_list(
    kind: Database,
) {
    let app = spawn_demo_app(kind).await;
    let waiting = waiting_entry::Entity::find()
        .filter(waiting_entry::Column::Status.eq(WaitingStatus::Waiting))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(waiting.len(), 1, "one resident waits for a place");
    let next = surgery::Entity::find_by_id(waiting[0].surgery_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        next.starts_at > app.clock.now(),
        "the surgery is still to come"
    );

    let path = format!("/surgeries/{}", next.id);
    let html = page(&app, &path).await;
    assert_shows(&html, &path, &["Fully booked", "Book a place"]);

    let team = team_member(&app, "BW003").await;
    let path = format!("/staff/neighbourhoods/BW003/surgeries/{}", next.id);
    let html = page(&team, &path).await;
    assert_shows(
        &html,
        &path,
        &[
            "Bookings (4)",
            "Pat Example",
            "Lou Example",
            "Booked by Chloe Bennett",
        ],
    );

    // The surgeries held: every booking's attendance recorded, most came.
    let held: Vec<i32> = surgery::Entity::find()
        .filter(surgery::Column::StartsAt.lt(app.clock.now() - 86_400))
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(held.len(), 12, "four held in each of three neighbourhoods");
    let at_held = booking::Entity::find()
        .filter(booking::Column::SurgeryId.is_in(held))
        .filter(booking::Column::Status.eq(BookingStatus::Booked))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        at_held.len(),
        3 * (4 * 6 + 1),
        "six residents and a walk-in"
    );
    assert!(at_held.iter().all(|b| b.attendance.is_some()));
    let missed = at_held
        .iter()
        .filter(|b| b.attendance == Some(Attendance::DidNotAttend))
        .count();
    assert_eq!(missed, 3 * 6, "one or two missed each surgery held");
    // Enough recorded for the public to see the share who came.
    let path = "/neighbourhoods/BW003/how-we-are-doing";
    let html = page(&app, path).await;
    assert_shows(
        &html,
        path,
        &["Attendance: 76% of the bookings whose attendance was recorded"],
    );

    // The team's time: never more than a day's worth for one member on one day.
    let mut by_day: HashMap<(Option<i32>, i64), i32> = HashMap::new();
    for record in duty_time::Entity::find().all(&app.db).await.unwrap() {
        *by_day
            .entry((record.staff_id, record.worked_on))
            .or_default() += record.minutes;
    }
    assert!(!by_day.is_empty());
    assert!(by_day.values().all(|minutes| *minutes <= 24 * 60));
    let path = "/staff/neighbourhoods/BW003/time";
    let html = page(&team, path).await;
    assert_shows(&html, path, &["Foot patrol around Edgbaston"]);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_history_loads_once_and_only_onto_the_demo_force(kind: Database) {
    let app = spawn_demo_app(kind).await;
    let again = demo_activity::seed(&app.db, &app.clock, DEMO_SITE)
        .await
        .unwrap();
    assert_eq!(again, ActivityOutcome::AlreadyHasActivity);

    // The places alone (what every other test starts from) hold no history.
    let places = spawn_app(kind).await;
    assert_eq!(
        vote::Entity::find().count(&places.db).await.unwrap(),
        0,
        "seed-demo --places-only loads no votes"
    );
    let places_only = page(&places, "/neighbourhoods/BW003").await;
    assert!(places_only.contains("The team has not published its priorities yet."));

    // Without the demo force (a real one, or none), the history is not loaded.
    spawn_empty_app_with(kind, |db| async move {
        let outcome = demo_activity::seed(&db, &test_clock(), DEMO_SITE)
            .await
            .unwrap();
        assert_eq!(outcome, ActivityOutcome::NoDemoForce);
    })
    .await;
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_follower_wrote_back_about_edgbastons_appeal_and_the_team_answered(kind: Database) {
    use sea_orm::{EntityTrait, QueryOrder};
    let app = spawn_demo_app(kind).await;
    let threads = entity::message_thread::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(threads.len(), 1, "{kind}");
    assert!(!threads[0].waiting, "{kind}: answered");
    let said: Vec<_> = entity::message_reply::Entity::find()
        .order_by_asc(entity::message_reply::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.author)
        .collect();
    use entity::message_reply::ReplyAuthor;
    assert_eq!(
        said,
        vec![ReplyAuthor::Resident, ReplyAuthor::Team],
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn last_quarters_confidence_survey_shows_where_enough_residents_answered(kind: Database) {
    let app = spawn_demo_app(kind).await;
    // The demo loads on 23 November 2026: the last quarter that ended is July to September.
    let edgbaston = page(&app, "/neighbourhoods/BW003/how-we-are-doing").await;
    assert_shows(
        &edgbaston,
        "BW003",
        &[
            "July to September 2026",
            "14 residents answered",
            "64% agree",
            "43% agree",
            "75% feel very or fairly safe",
        ],
    );
    for code in ["BW001", "CV002"] {
        let html = page(&app, &format!("/neighbourhoods/{code}/how-we-are-doing")).await;
        assert_shows(&html, code, &["July to September 2026", "% agree"]);
    }
    // Six answered in Stourbridge: too few to show.
    let stourbridge = page(&app, "/neighbourhoods/DY005/how-we-are-doing").await;
    assert_shows(
        &stourbridge,
        "DY005",
        &["July to September 2026", "Not enough answers yet"],
    );
    assert!(!stourbridge.contains("% agree"), "DY005 shows no shares");
}
