//! Residents sign in by emailed link, see and download their data, and delete their account.

use crate::helpers::{
    Database, TestApp, location, on_each_database, spawn_app, spawn_app_with_smtp,
};
use crate::mail::{MailServer, link_starting};
use entity::{outbox_message, resident, sign_in_link};
use rstest_reuse::apply;
use sea_orm::{EntityTrait, PaginatorTrait};

async fn ask_for_link(app: &TestApp, email: &str) -> reqwest::Response {
    app.post_form("/fn/sign-in/link", &[("email", email)]).await
}

/// The token in the newest sign-in email in the outbox.
/// The token in the newest sign-in link emailed to `email`.
async fn newest_token(app: &TestApp, email: &str) -> String {
    app.token_emailed_to(email, "/sign-in/confirm").await
}

async fn follow(app: &TestApp, token: &str) -> reqwest::Response {
    app.post_form("/fn/sign-in/confirm", &[("token", token)])
        .await
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_signs_in_with_the_link_emailed_over_smtp_and_gets_an_account(kind: Database) {
    let mail = MailServer::start().await;
    let app = spawn_app_with_smtp(kind, mail.port).await;

    let asked = ask_for_link(&app, "  Sam.Jones@Example.ORG ").await;
    assert_eq!(asked.status(), 302, "{kind}");
    assert_eq!(location(&asked), "/sign-in/check-email");
    let (_, page) = app.html("/sign-in/check-email").await;
    assert!(page.contains("sam.jones@example.org"), "{kind}: {page}");

    let message = mail.received_from(&app, 1).await.remove(0);
    assert!(message.contains("To: sam.jones@example.org"), "{message}");
    assert!(message.contains("Content-Type: text/plain"), "{message}");
    assert!(message.contains("Content-Type: text/html"), "{message}");
    assert!(message.contains("Sent by West Midlands Police neighbourhood policing teams."));
    let link = link_starting(&message, &format!("{}/sign-in/confirm?token=", app.address));

    // Opening the link shows a button; only pressing it signs in.
    let (status, page) = app.html(link.trim_start_matches(&app.address)).await;
    assert_eq!(status, 200);
    assert!(page.contains("Continue and sign in"));
    let token = link.rsplit_once('=').unwrap().1;
    let signed_in = follow(&app, token).await;
    assert_eq!(location(&signed_in), "/account", "{kind}");
    let (status, page) = app.html("/account").await;
    assert_eq!(status, 200);
    assert!(page.contains("sam.jones@example.org"), "{page}");
    assert!(page.contains("Your account has been created"), "{page}");

    // The same link does not work twice.
    let again = follow(&app, token).await;
    assert_eq!(location(&again), "/sign-in");
    let (_, page) = app.html("/sign-in").await;
    assert!(page.contains("already been used"), "{page}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_address_however_typed_reaches_the_same_account(kind: Database) {
    let app = spawn_app(kind).await;
    for typed in ["sam@example.org", " SAM@Example.org  "] {
        ask_for_link(&app, typed).await;
        let token = newest_token(&app, "sam@example.org").await;
        assert_eq!(location(&follow(&app, &token).await), "/account");
    }
    assert_eq!(
        resident::Entity::find().count(&app.db).await.unwrap(),
        1,
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_older_than_20_minutes_is_refused(kind: Database) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "late@example.org").await;
    let token = newest_token(&app, "late@example.org").await;
    app.clock.advance(21 * 60);
    assert_eq!(location(&follow(&app, &token).await), "/sign-in");
    let (_, page) = app.html("/sign-in").await;
    assert!(page.contains("has expired"), "{kind}: {page}");
    assert_eq!(resident::Entity::find().count(&app.db).await.unwrap(), 0);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asking_for_a_link_never_reveals_whether_an_account_exists(kind: Database) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "known@example.org").await;
    let token = newest_token(&app, "known@example.org").await;
    follow(&app, &token).await;

    let known = ask_for_link(&app, "known@example.org").await;
    let (_, known_page) = app.html("/sign-in/check-email").await;
    let unknown = ask_for_link(&app, "unknown@example.org").await;
    let (_, unknown_page) = app.html("/sign-in/check-email").await;
    assert_eq!(known.status(), unknown.status(), "{kind}");
    assert_eq!(location(&known), location(&unknown));
    // The pages differ only in the address typed and the per-response script nonce.
    let normalise = |page: &str, address: &str| {
        let nonce = page
            .split("nonce=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default()
            .to_string();
        page.replace(address, "ADDRESS").replace(&nonce, "NONCE")
    };
    assert_eq!(
        normalise(&known_page, "known@example.org"),
        normalise(&unknown_page, "unknown@example.org")
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_addresses_get_a_clear_message_and_send_nothing(kind: Database) {
    let app = spawn_app(kind).await;
    for (typed, message) in [
        ("", "Enter your email address"),
        (
            "sam@",
            "Enter an email address in the correct format, like name@example.com",
        ),
    ] {
        let response = ask_for_link(&app, typed).await;
        assert_eq!(location(&response), "/sign-in");
        let (_, page) = app.html("/sign-in").await;
        assert!(page.contains(message), "{kind}: {page}");
        assert!(page.contains("<title>Error: Sign in"), "{page}");
        assert!(
            page.contains(&format!("value=\"{typed}\"")),
            "what was typed is kept: {page}"
        );
    }
    assert_eq!(
        outbox_message::Entity::find().count(&app.db).await.unwrap(),
        0
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn too_many_links_for_one_address_are_refused_with_the_time_to_wait(kind: Database) {
    let app = spawn_app(kind).await;
    for _ in 0..5 {
        assert_eq!(
            location(&ask_for_link(&app, "busy@example.org").await),
            "/sign-in/check-email"
        );
    }
    let refused = ask_for_link(&app, "busy@example.org").await;
    assert_eq!(location(&refused), "/sign-in", "{kind}");
    let (_, page) = app.html("/sign-in").await;
    assert!(page.contains("Try again in 1 hour"), "{page}");
    assert_eq!(
        outbox_message::Entity::find().count(&app.db).await.unwrap(),
        5
    );

    app.clock.advance(3601);
    assert_eq!(
        location(&ask_for_link(&app, "busy@example.org").await),
        "/sign-in/check-email"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_link_followed_twice_at_once_signs_in_only_once(kind: Database) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "race@example.org").await;
    let token = newest_token(&app, "race@example.org").await;
    let browsers: Vec<_> = (0..8)
        .map(|_| {
            let client = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap();
            let url = format!("{}/fn/sign-in/confirm", app.address);
            let origin = app.address.clone();
            let token = token.clone();
            tokio::spawn(async move {
                let response = client
                    .post(url)
                    .header("Accept", "text/html")
                    .header("Origin", origin)
                    .form(&[("token", token.as_str()), ("email", "race@example.org")])
                    .send()
                    .await
                    .unwrap();
                response
                    .headers()
                    .get("location")
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .to_string()
            })
        })
        .collect();
    let mut signed_in = 0;
    for browser in browsers {
        if browser.await.unwrap() == "/account" {
            signed_in += 1;
        }
    }
    assert_eq!(signed_in, 1, "{kind}");
    assert_eq!(resident::Entity::find().count(&app.db).await.unwrap(), 1);
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_resident_downloads_their_data_then_deletes_their_account(kind: Database) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "leaving@example.org").await;
    let token = newest_token(&app, "leaving@example.org").await;
    follow(&app, &token).await;
    app.post_form("/fn/account/name", &[("display_name", "Lee")])
        .await;

    let download = app.get("/account/data").await;
    assert_eq!(download.status(), 200, "{kind}");
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data: serde_json::Value = download.json().await.unwrap();
    assert_eq!(data["account"]["email"], "leaving@example.org");
    assert_eq!(data["account"]["display_name"], "Lee");
    assert_eq!(data["sign_in_links"].as_array().unwrap().len(), 1);
    assert_eq!(data["emails"].as_array().unwrap().len(), 1);

    let deleted = app.post_form("/fn/account/delete", &[]).await;
    assert_eq!(location(&deleted), "/");
    let (_, home) = app.html("/").await;
    assert!(
        home.contains("Your account has been deleted"),
        "{kind}: {home}"
    );
    assert_eq!(resident::Entity::find().count(&app.db).await.unwrap(), 0);
    assert_eq!(
        sign_in_link::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    assert_eq!(
        outbox_message::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    // Signed out: the account page and the download send the browser to sign in.
    assert_eq!(location(&app.get("/account").await), "/sign-in");
    assert_eq!(location(&app.get("/account/data").await), "/sign-in");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_outage_delays_a_message_which_then_arrives_once(kind: Database) {
    let port = crate::helpers::free_port();
    let app = spawn_app_with_smtp(kind, port).await;
    ask_for_link(&app, "patient@example.org").await;

    // Nothing listens yet: the sender fails, keeps the message and tries again later.
    let outbox = || async {
        outbox_message::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
    };
    app.send_emails().await;
    let row = outbox().await;
    assert!(
        row.attempts == 1 && row.last_error.is_some() && row.sent_at.is_none(),
        "{kind}: the first attempt should fail while the server is down"
    );
    // Not again before its retry is due, even once the server is back.
    let mail = MailServer::start_on(port).await;
    app.send_emails().await;
    assert!(mail.messages().is_empty(), "{kind}: the retry waits");
    assert_eq!(outbox().await.attempts, 1, "{kind}");

    // The retry (a second later, as configured in tests) delivers it.
    app.clock.advance(1);
    let messages = mail.received_from(&app, 1).await;
    assert!(messages[0].contains("To: patient@example.org"));
    // Further rounds of the sender do not send it again.
    for _ in 0..3 {
        app.clock.advance(3600);
        app.send_emails().await;
    }
    assert_eq!(mail.messages().len(), 1, "{kind}");
    assert!(outbox().await.sent_at.is_some());
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_is_shared_by_every_instance_on_the_database(kind: Database) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "shared@example.org").await;
    let token = newest_token(&app, "shared@example.org").await;
    follow(&app, &token).await;

    // A second server on the same database knows the same browser.
    let other = app.another_instance().await;
    let (status, page) = other.html("/account").await;
    assert_eq!(status, 200, "{kind}");
    assert!(page.contains("shared@example.org"), "{page}");

    // Signing out on one ends the session on both.
    let signed_out = app.post_form("/fn/sign-out", &[]).await;
    assert_eq!(location(&signed_out), "/");
    assert_eq!(location(&other.get("/account").await), "/sign-in", "{kind}");
}

/// Every column that names a resident or their email address (a foreign key to `resident`, an
/// `email` or `*_email` column, an email's `recipient`) is downloaded and erased by a part of
/// `resident_data`, unless it is known not to be a resident's. A new table that names a
/// resident fails here until its feature says how it is downloaded and erased.
#[tokio::test]
async fn every_column_naming_a_resident_is_in_their_download_and_their_erasure() {
    use sea_orm::{ConnectionTrait, Statement};
    use std::collections::BTreeSet;
    /// Addresses that are not residents': staff accounts', and teams' public ones.
    const NOT_RESIDENTS: [(&str, &str); 2] = [
        ("staff_account", "email"),
        ("neighbourhood", "contact_email"),
    ];
    let (url, _dir) = crate::helpers::fresh_database(Database::Sqlite).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
    let rows = |sql: String| {
        let db = &db;
        async move {
            db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap()
        }
    };
    let tables: Vec<String> = rows(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'".into(),
    )
    .await
    .iter()
    .map(|row| row.try_get("", "name").unwrap())
    .collect();
    let mut naming = BTreeSet::new();
    for table in &tables {
        for key in rows(format!("PRAGMA foreign_key_list('{table}')")).await {
            let to: String = key.try_get("", "table").unwrap();
            if to == "resident" {
                naming.insert((table.clone(), key.try_get::<String>("", "from").unwrap()));
            }
        }
        for column in rows(format!("PRAGMA table_info('{table}')")).await {
            let name: String = column.try_get("", "name").unwrap();
            if name == "email" || name.ends_with("_email") || name == "recipient" {
                naming.insert((table.clone(), name));
            }
        }
    }
    let covered: BTreeSet<(String, String)> = app::services::resident_data::PARTS
        .iter()
        .flat_map(|part| part.columns())
        .map(|(table, column)| (table.to_string(), column.to_string()))
        .collect();
    let not_residents: BTreeSet<(String, String)> = NOT_RESIDENTS
        .iter()
        .map(|(table, column)| (table.to_string(), column.to_string()))
        .collect();
    let uncovered: Vec<_> = naming
        .difference(&covered)
        .filter(|column| !not_residents.contains(*column))
        .collect();
    assert!(
        uncovered.is_empty(),
        "columns naming a resident that no part of resident_data downloads and erases: {uncovered:?}"
    );
    let unknown: Vec<_> = covered.difference(&naming).collect();
    assert!(
        unknown.is_empty(),
        "parts of resident_data name columns the schema does not have as naming a resident: {unknown:?}"
    );
    assert!(naming.len() > 10, "the schema was read: {naming:?}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_names_its_account_and_one_sent_by_someone_else_needs_the_address_it_was_sent_to(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    // Followed where it was asked for: the page names the account.
    ask_for_link(&app, "sam@example.org").await;
    let token = newest_token(&app, "sam@example.org").await;
    let (_, page) = app.html(&format!("/sign-in/confirm?token={token}")).await;
    assert!(
        page.contains("You are signing in as sam@example.org."),
        "{kind}: {page}"
    );

    // An attacker asks for a link to their own account and sends it to a victim.
    let attacker = app.new_browser();
    attacker
        .post_form("/fn/sign-in/link", &[("email", "mallory@example.org")])
        .await;
    let planted = newest_token(&app, "mallory@example.org").await;
    let victim = app.new_browser();
    let (_, page) = victim
        .html(&format!("/sign-in/confirm?token={planted}"))
        .await;
    assert!(
        page.contains("This link was asked for in a different browser"),
        "{kind}: {page}"
    );
    assert!(
        !page.contains("mallory"),
        "{kind}: the address is not shown"
    );
    for typed in ["", "victim@example.org"] {
        let refused = victim
            .post_form(
                "/fn/sign-in/confirm",
                &[("token", planted.as_str()), ("email", typed)],
            )
            .await;
        assert_eq!(
            location(&refused),
            format!("/sign-in/confirm?token={planted}"),
            "{kind}"
        );
        assert_eq!(
            location(&victim.get("/account").await),
            "/sign-in",
            "{kind}: not signed in"
        );
    }
    let (_, told) = victim
        .html(&format!("/sign-in/confirm?token={planted}"))
        .await;
    assert!(
        told.contains("This link was not sent to that address"),
        "{kind}"
    );
    let unused = sign_in_link::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|link| link.email == "mallory@example.org")
        .all(|link| link.used_at.is_none());
    assert!(unused, "{kind}: a refusal leaves the link unused");

    // Someone who asked on their laptop and follows the link on their phone types their address.
    let phone = app.new_browser();
    let signed_in = phone
        .post_form(
            "/fn/sign-in/confirm",
            &[("token", token.as_str()), ("email", "Sam@Example.org")],
        )
        .await;
    assert_eq!(location(&signed_in), "/account", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_signed_in_resident_names_their_account_never_whoever_asks_for_a_link(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    ask_for_link(&app, "sam@example.org").await;
    follow(&app, &newest_token(&app, "sam@example.org").await).await;
    app.post_form("/fn/account/name", &[("display_name", "Sam Jones")])
        .await;

    // Someone else asks for a link to Sam's address, naming them; Sam follows it.
    let stranger = app.new_browser();
    stranger
        .post_form(
            "/fn/sign-in/link",
            &[("email", "sam@example.org"), ("display_name", "Mallory")],
        )
        .await;
    let (_, form) = stranger.html("/sign-in").await;
    assert!(!form.contains("display_name"), "{kind}: no name is asked");
    let token = newest_token(&app, "sam@example.org").await;
    app.post_form(
        "/fn/sign-in/confirm",
        &[("token", token.as_str()), ("email", "sam@example.org")],
    )
    .await;
    let sam = resident::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sam.display_name.as_deref(), Some("Sam Jones"), "{kind}");

    // A name that would hide or reverse characters is refused.
    for disguised in ["Sam\u{202e}senoJ", "Sam\u{200b} Jones"] {
        app.post_form("/fn/account/name", &[("display_name", disguised)])
            .await;
        let (_, page) = app.html("/account").await;
        assert!(
            page.contains("Your name must only include letters, numbers, spaces and punctuation"),
            "{kind}: {disguised:?}"
        );
    }
    let sam = resident::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sam.display_name.as_deref(), Some("Sam Jones"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_made_before_mailboxes_were_worked_out_still_signs_in(kind: Database) {
    use sea_orm::ActiveValue::Set;
    let app = spawn_app(kind).await;
    let now = app.clock.now();
    // As the migration left it: the address as typed is its mailbox.
    resident::Entity::insert(resident::ActiveModel {
        email: Set("sam+old@example.org".into()),
        mailbox: Set("sam+old@example.org".into()),
        created_at: Set(now),
        last_signed_in_at: Set(now),
        update_emails: Set(true),
        ..Default::default()
    })
    .exec_without_returning(&app.db)
    .await
    .unwrap();
    ask_for_link(&app, "sam+old@example.org").await;
    let token = newest_token(&app, "sam+old@example.org").await;
    assert_eq!(location(&follow(&app, &token).await), "/account", "{kind}");
    assert_eq!(
        resident::Entity::find().count(&app.db).await.unwrap(),
        1,
        "{kind}"
    );
}
