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
    let (url, _dir) = fresh_database(Database::Sqlite).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
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
    let (url, _dir) = fresh_database(Database::Sqlite).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
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
