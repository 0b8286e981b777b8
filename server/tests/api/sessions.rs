//! Sessions are answered from each instance's memory and written only when they change, yet
//! every instance on the database sees a browser's newest session.

use crate::helpers::{Database, TestApp, fresh_database, location, on_each_database, spawn_app};
use crate::surgeries::{booked_surgery, resident, slots};
use app::services::session_store::{DatabaseSessionStore, SessionStamps};
use entity::session;
use rstest_reuse::apply;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use tower_sessions::session::{Id, Record};
use tower_sessions::{SessionStore, session_store::ExpiredDeletion};

async fn stored_sessions(app: &TestApp) -> Vec<session::Model> {
    session::Entity::find()
        .order_by_asc(session::Column::Id)
        .all(&app.db)
        .await
        .unwrap()
}

async fn choose(browser: &TestApp, surgery_id: i32, slot_id: i32, topic: &str) {
    let chosen = browser
        .post_form(
            "/fn/surgeries/book/details",
            &[
                ("surgery_id", &surgery_id.to_string()),
                ("slot_id", &slot_id.to_string()),
                ("topic", topic),
                ("adjustments", ""),
            ],
        )
        .await;
    assert_eq!(
        location(&chosen),
        format!("/surgeries/{surgery_id}/book/check")
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_residents_page_views_write_nothing_to_their_session(kind: Database) {
    let app = spawn_app(kind).await;
    let browser = resident(&app, "reader@example.org").await;
    // The first page shows (and so takes) the welcome after signing in: a change.
    browser.html("/account").await;
    let before = stored_sessions(&app).await;
    assert!(!before.is_empty(), "{kind}");

    for path in ["/", "/account", "/neighbourhoods/BW001", "/account", "/"] {
        let (status, page) = browser.html(path).await;
        assert_eq!(status, 200, "{kind}: {path}");
        assert!(
            page.contains(">Your account<"),
            "{kind}: {path} is signed in"
        );
    }

    assert_eq!(stored_sessions(&app).await, before, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_booking_begun_on_one_instance_is_checked_and_changed_on_another(kind: Database) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW001").await;
    let slot = slots(&app, surgery_id).await[0].id;
    let on_first = resident(&app, "moving@example.org").await;
    let other = app.another_instance().await;
    let on_second = on_first.clone_on(&other);

    // The second instance has read the session and keeps it.
    let (status, _) = on_second
        .html(&format!("/surgeries/{surgery_id}/book"))
        .await;
    assert_eq!(status, 200, "{kind}");

    // Written on the first: the second reads the newer session, not the copy it kept.
    choose(&on_first, surgery_id, slot, "Speeding on the ring road").await;
    let (_, check) = on_second
        .html(&format!("/surgeries/{surgery_id}/book/check"))
        .await;
    assert!(
        check.contains("Speeding on the ring road"),
        "{kind}: {check}"
    );

    // And the other way about.
    choose(&on_second, surgery_id, slot, "Bins left in the alley").await;
    let (_, check) = on_first
        .html(&format!("/surgeries/{surgery_id}/book/check"))
        .await;
    assert!(check.contains("Bins left in the alley"), "{kind}: {check}");
    assert!(!check.contains("Speeding"), "{kind}: {check}");
}

/// A migrated SQLite database of the test's own, for the session store alone.
async fn empty_database() -> (sea_orm::DatabaseConnection, Option<tempfile::TempDir>) {
    let (url, dir) = fresh_database(Database::Sqlite).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
    (db, dir)
}

fn record(expiry: time::OffsetDateTime, resident: i32) -> Record {
    Record {
        id: Id::default(),
        data: HashMap::from([("resident_id".to_string(), resident.into())]),
        expiry_date: expiry,
    }
}

async fn stored(db: &sea_orm::DatabaseConnection, id: &Id) -> Option<session::Model> {
    session::Entity::find()
        .filter(session::Column::Id.eq(id.to_string()))
        .one(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_store_answers_from_memory_for_the_stamp_it_wrote_and_reads_the_database_otherwise() {
    let (db, _dir) = empty_database().await;
    let first = DatabaseSessionStore::new(db.clone());
    let second = DatabaseSessionStore::new(db.clone());
    let expiry = time::OffsetDateTime::now_utc() + time::Duration::days(7);

    let mut created = record(expiry, 1);
    let ((), stamp) = SessionStamps::during(None, async {
        first.create(&mut created).await.unwrap();
    })
    .await;
    let stamp = stamp.expect("the browser is given the new session's stamp");
    let id = created.id;

    // The second instance has no copy: it reads the database, and keeps what it read.
    let (loaded, told) = SessionStamps::during(Some(stamp), second.load(&id)).await;
    assert_eq!(loaded.unwrap().unwrap().data, created.data);
    assert_eq!(told, None, "the browser already has this stamp");

    // Changed behind both instances' backs under the same stamp, the row is not read again:
    // the copies in memory answer.
    session::Entity::update_many()
        .col_expr(session::Column::Data, r#"{"resident_id":99}"#.into())
        .filter(session::Column::Id.eq(id.to_string()))
        .exec(&db)
        .await
        .unwrap();
    for store in [&first, &second] {
        let (loaded, _) = SessionStamps::during(Some(stamp), store.load(&id)).await;
        assert_eq!(loaded.unwrap().unwrap().data, created.data);
    }

    // Written by the first instance: a new stamp, which the second does not know, so it reads
    // the database.
    let changed = Record {
        data: HashMap::from([("resident_id".to_string(), 2.into())]),
        ..created.clone()
    };
    let (saved, newer) = SessionStamps::during(Some(stamp), first.save(&changed)).await;
    saved.unwrap();
    let newer = newer.expect("a write gives the browser a new stamp");
    assert_ne!(newer, stamp);
    let (loaded, _) = SessionStamps::during(Some(newer), second.load(&id)).await;
    assert_eq!(loaded.unwrap().unwrap().data, changed.data);
    // A browser showing no stamp, or an old one, is answered from the database too.
    let (loaded, told) = SessionStamps::during(None, second.load(&id)).await;
    assert_eq!(loaded.unwrap().unwrap().data, changed.data);
    assert_eq!(told, Some(newer), "the browser is given the stamp it lacks");
}

#[tokio::test]
async fn the_store_writes_an_unchanged_session_back_only_when_its_expiry_moved_a_minute() {
    let (db, _dir) = empty_database().await;
    let store = DatabaseSessionStore::new(db.clone());
    let expiry = time::OffsetDateTime::now_utc() + time::Duration::days(7);
    let mut created = record(expiry, 1);
    store.create(&mut created).await.unwrap();
    let id = created.id;
    let first = stored(&db, &id).await.unwrap();

    let later = |seconds: i64| Record {
        expiry_date: expiry + time::Duration::seconds(seconds),
        ..created.clone()
    };
    store.save(&later(59)).await.unwrap();
    assert_eq!(stored(&db, &id).await.unwrap(), first);

    store.save(&later(61)).await.unwrap();
    let moved = stored(&db, &id).await.unwrap();
    assert_eq!(moved.expires_at, first.expires_at + 61);
    assert_eq!(moved.stamp, first.stamp, "the values did not change");
    assert_eq!(moved.data, first.data);

    // A session ended meanwhile (signed out on another instance) is not brought back by an
    // instance that still had a copy.
    let other = DatabaseSessionStore::new(db.clone());
    other.delete(&id).await.unwrap();
    store.save(&later(200)).await.unwrap();
    assert_eq!(stored(&db, &id).await, None);
    assert_eq!(store.load(&id).await.unwrap(), None);

    // Expired sessions are deleted from the database.
    let mut expired = record(
        time::OffsetDateTime::now_utc() - time::Duration::seconds(1),
        3,
    );
    store.create(&mut expired).await.unwrap();
    store.delete_expired().await.unwrap();
    assert_eq!(stored(&db, &expired.id).await, None);
}

/// A page's response and whether it was made from the copy kept for visitors (a page rendered
/// for the request names its own script nonce in its policy; a kept copy names none).
async fn page_and_source(browser: &TestApp, path: &str) -> (String, bool) {
    let response = browser.get(path).await;
    assert_eq!(response.status(), 200, "{path}");
    let policy = response
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    (response.text().await.unwrap(), !policy.contains("'nonce-"))
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_resident_gets_the_visitors_copy_of_public_pages_made_theirs(kind: Database) {
    let app = spawn_app(kind).await;
    let surgery_id = booked_surgery(&app, "BW003").await;
    let slot = slots(&app, surgery_id).await[0].id;
    let (vote_id, option, _) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    let neighbourhood = crate::staff_accounts::neighbourhood_id(&app, "BW003").await;
    let browser = resident(&app, "own@example.org").await;
    choose(&browser, surgery_id, slot, "Speeding on the ring road").await;
    crate::surgeries::confirm(&browser, surgery_id).await;
    crate::priorities::vote_for(&browser, vote_id, &[option]).await;
    browser
        .post_form(
            "/fn/following/change",
            &[
                ("item", &format!("neighbourhood-{neighbourhood}")),
                ("action", "follow"),
            ],
        )
        .await;
    // Messages left for the next page (booked, voted, following) are shown and gone.
    for _ in 0..3 {
        browser.html("/account").await;
    }

    for path in [
        "/",
        "/neighbourhoods/BW003",
        "/neighbourhoods/BW003/how-we-are-doing",
        "/accessibility",
        "/privacy",
    ] {
        let (kept, from_copy) = page_and_source(&browser, path).await;
        assert!(from_copy, "{kind}: {path} is made from the kept copy");
        // The same page rendered afresh for the resident (a query is never answered from a
        // copy) is the same page.
        let (rendered, from_copy) = page_and_source(&browser, &format!("{path}?fresh")).await;
        assert!(!from_copy, "{kind}: {path}?fresh is rendered");
        // The language switcher goes back to the address asked for, query and all.
        let rendered = rendered.replace(
            &format!(r#"name="back" value="{path}?fresh""#),
            &format!(r#"name="back" value="{path}""#),
        );
        assert_eq!(kept, rendered, "{kind}: {path}");
        assert!(kept.contains(">Your account</a>"), "{kind}: {path}");
    }

    let (page, _) = page_and_source(&browser, "/neighbourhoods/BW003").await;
    assert!(
        page.contains("Yours in this neighbourhood"),
        "{kind}: {page}"
    );
    let reference = entity::booking::Entity::find()
        .filter(entity::booking::Column::Topic.eq("Speeding on the ring road"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .reference;
    assert!(
        page.contains(&format!("href=\"/account/bookings/{reference}\"")),
        "{kind}: {page}"
    );
    assert!(
        page.contains("You voted in \"Which should the team work on first?\""),
        "{kind}: {page}"
    );
    assert!(page.contains("You follow this neighbourhood"), "{kind}");
    // What they change in their browser shows at once; a change made elsewhere (the booking
    // cancelled from its emailed link, say) within the minute the page is kept.
    browser
        .post_form(
            "/fn/following/change",
            &[
                ("item", &format!("neighbourhood-{neighbourhood}")),
                ("action", "unfollow"),
            ],
        )
        .await;
    browser.html("/account").await;
    let (page, from_copy) = page_and_source(&browser, "/neighbourhoods/BW003").await;
    assert!(from_copy, "{kind}");
    assert!(!page.contains("You follow this neighbourhood"), "{kind}");
    assert!(page.contains(&reference), "{kind}");
    entity::booking::Entity::update_many()
        .col_expr(
            entity::booking::Column::Status,
            entity::booking::BookingStatus::Cancelled.into(),
        )
        .filter(entity::booking::Column::Reference.eq(reference.as_str()))
        .exec(&app.db)
        .await
        .unwrap();
    app.clock.advance(61);
    let (page, _) = page_and_source(&browser, "/neighbourhoods/BW003").await;
    assert!(!page.contains(&reference), "{kind}");
    assert!(page.contains("You voted in"), "{kind}");

    // Not someone else's: another neighbourhood's page has nothing of theirs, and a visitor's
    // copy has no one's.
    let (elsewhere, _) = page_and_source(&browser, "/neighbourhoods/BW001").await;
    assert!(!elsewhere.contains("Yours in this neighbourhood"), "{kind}");
    let (_, visitors) = app.new_browser().html("/neighbourhoods/BW003").await;
    assert!(!visitors.contains("Yours in this neighbourhood"), "{kind}");
    assert!(!visitors.contains(&reference), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_for_a_member_of_staff_are_rendered_for_their_request(kind: Database) {
    let app = spawn_app(kind).await;
    crate::staff_accounts::create_staff(
        &app,
        "pcso@example.org",
        app::domain::staff::Role::TeamMember,
        &["BW003"],
    )
    .await;
    let staff = app.new_browser();
    crate::staff_accounts::sign_in_staff(&staff, "pcso@example.org").await;
    let (page, from_copy) = page_and_source(&staff, "/neighbourhoods/BW003").await;
    assert!(!from_copy, "{kind}");
    assert!(page.contains("Staff dashboard"), "{kind}");
}

#[tokio::test]
async fn a_session_ended_on_one_instance_is_never_written_back_by_another() {
    let (db, _dir) = empty_database().await;
    let first = DatabaseSessionStore::new(db.clone());
    let second = DatabaseSessionStore::new(db.clone());
    let expiry = time::OffsetDateTime::now_utc() + time::Duration::days(7);

    for staff in [false, true] {
        let mut created = record(expiry, 1);
        if staff {
            created
                .data
                .insert("staff".to_string(), serde_json::json!({"SignedIn": {}}));
        }
        let ((), stamp) = SessionStamps::during(None, async {
            first.create(&mut created).await.unwrap();
        })
        .await;
        let id = created.id;
        let (loaded, _) = SessionStamps::during(stamp, second.load(&id)).await;
        assert!(loaded.unwrap().is_some());

        // Signed out on the first instance.
        first.delete(&id).await.unwrap();

        // A member of staff's session is read afresh, so it is over at once on the second.
        let (loaded, _) = SessionStamps::during(stamp, second.load(&id)).await;
        if staff {
            assert_eq!(loaded.unwrap(), None, "staff sessions are read every time");
        }
        // Whatever the second instance then writes for it, the row does not come back.
        let changed = Record {
            data: HashMap::from([("resident_id".to_string(), 2.into())]),
            ..created.clone()
        };
        SessionStamps::during(stamp, second.save(&changed))
            .await
            .0
            .unwrap();
        assert_eq!(stored(&db, &id).await, None, "staff: {staff}");
        let (loaded, _) = SessionStamps::during(stamp, second.load(&id)).await;
        assert_eq!(loaded.unwrap(), None, "staff: {staff}");
    }
}
