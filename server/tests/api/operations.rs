//! Running the portal: health checks for load balancers, migrations when several instances
//! start together, caching and transport headers, the outbox's leases, and what the database
//! itself enforces.

use crate::helpers::{
    self, Database, TestApp, fresh_database, location, on_each_database, spawn_app, test_clock,
};
use crate::staff_accounts::{create_staff, neighbourhood_id, sign_in_staff};
use app::domain::staff::Role;
use app::services::clock::Clock;
use app::services::outbox::{self, AfterFailure, OutgoingEmail, RetryPolicy};
use entity::{outbox_message, team_member};
use migration::MigratorTrait;
use rstest_reuse::apply;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, Statement};

/// Starts an instance on `database_url` with `site_url` (its own address if None), and returns
/// its address once it is ready.
async fn start_instance(database_url: &str, site_url: Option<&str>) -> String {
    let mail = tempfile::tempdir().unwrap().keep();
    let options = ["--email-folder".to_string(), mail.display().to_string()];
    helpers::start_instance(database_url, &test_clock(), site_url, &options)
        .await
        .0
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_checks_answer_for_load_balancers_without_a_session(kind: Database) {
    let app = spawn_app(kind).await;
    for (path, body) in [("/health/live", "live"), ("/health/ready", "ready")] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{kind} {path}");
        assert!(
            response.headers().get("set-cookie").is_none(),
            "{kind} {path}"
        );
        assert_eq!(response.text().await.unwrap(), body);
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_started_together_apply_each_migration_once(kind: Database) {
    let (url, _dir) = fresh_database(kind).await;
    let (first, second) = tokio::join!(start_instance(&url, None), start_instance(&url, None));
    assert_ne!(first, second);
    let db = server::database::connect(&url).await.unwrap();
    let applied = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM seaql_migrations",
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(
        applied as usize,
        migration::Migrator::migrations().len(),
        "{kind}"
    );
    for address in [first, second] {
        let status = reqwest::get(format!("{address}/")).await.unwrap().status();
        assert_eq!(status, 200, "{kind}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_for_someone_signed_in_are_never_cached(kind: Database) {
    let app = spawn_app(kind).await;
    let public = app.get("/").await;
    assert!(public.headers().get("cache-control").is_none(), "{kind}");
    create_staff(&app, "pcso@police.example.uk", Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, "pcso@police.example.uk").await;
    for path in ["/staff", "/", "/neighbourhoods/BW003"] {
        let response = app.get(path).await;
        assert_eq!(
            response.headers()["cache-control"],
            "no-store",
            "{kind} {path}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_site_served_over_https_asks_browsers_to_use_nothing_else() {
    let (url, _dir) = fresh_database(Database::Sqlite).await;
    let https = start_instance(&url, Some("https://neighbourhoods.example.police.uk")).await;
    let response = reqwest::get(format!("{https}/")).await.unwrap();
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let http = start_instance(&url, None).await;
    let response = reqwest::get(format!("{http}/")).await.unwrap();
    assert!(
        response
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_neighbourhood_can_have_only_one_named_contact_officer_in_the_database(kind: Database) {
    let app = spawn_app(kind).await;
    let edgbaston = neighbourhood_id(&app, "BW003").await;
    let contact = |name: &str| team_member::ActiveModel {
        neighbourhood_id: Set(edgbaston),
        name: Set(name.to_string()),
        rank: Set("PCSO".into()),
        bio: Set(String::new()),
        is_contact_officer: Set(true),
        display_order: Set(50),
        ..Default::default()
    };
    {
        use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
        team_member::Entity::update_many()
            .col_expr(team_member::Column::IsContactOfficer, Expr::value(false))
            .filter(team_member::Column::NeighbourhoodId.eq(edgbaston))
            .exec(&app.db)
            .await
            .unwrap();
    }
    contact("One Officer").insert(&app.db).await.unwrap();
    let second = contact("Another Officer").insert(&app.db).await;
    assert!(
        second.is_err(),
        "{kind}: a second contact officer is refused"
    );
}

fn email(to: &str, text: &str) -> OutgoingEmail {
    OutgoingEmail {
        to: to.into(),
        sender: "West Midlands Police neighbourhood policing teams".into(),
        subject: "A test".into(),
        text: text.into(),
        html: format!("<p>{text}</p>"),
        expires_at: None,
        calendar: None,
        list_unsubscribe: None,
        not_before: None,
    }
}

/// Puts `message` in the outbox, in a change of its own.
async fn enqueue(db: &sea_orm::DatabaseConnection, clock: &Clock, message: OutgoingEmail) {
    let db = app::services::write::Database::standalone(db.clone());
    let write = db.write().await.unwrap();
    outbox::enqueue(&write, clock, message).await.unwrap();
    write.commit().await.unwrap();
}

/// Puts a parked message back in the queue, in a change of its own; whether it was parked.
async fn retry_parked(db: &sea_orm::DatabaseConnection, clock: &Clock, id: i32) -> bool {
    let db = app::services::write::Database::standalone(db.clone());
    let write = db.write().await.unwrap();
    let retried = outbox::retry_parked(&write, clock, id).await.unwrap();
    write.commit().await.unwrap();
    retried
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_email_is_leased_to_one_sender_and_given_up_after_its_attempts(kind: Database) {
    let retry = RetryPolicy {
        base_seconds: 1,
        max_attempts: 2,
    };
    let (url, _dir) = fresh_database(kind).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
    let clock = test_clock();
    enqueue(
        &db,
        &clock,
        email("a@example.org", "https://p/x?token=secret1"),
    )
    .await;
    enqueue(&db, &clock, email("b@example.org", "second")).await;

    let first = outbox::claim_next(&db, &clock, "sender-a")
        .await
        .unwrap()
        .unwrap();
    let second = outbox::claim_next(&db, &clock, "sender-b")
        .await
        .unwrap()
        .unwrap();
    assert_ne!(first.id, second.id, "{kind}: a lease covers one message");
    assert!(
        outbox::claim_next(&db, &clock, "sender-c")
            .await
            .unwrap()
            .is_none()
    );
    // Only the lease holder records the outcome.
    assert!(
        !outbox::mark_sent(&db, &clock, &first, "sender-b")
            .await
            .unwrap(),
        "{kind}"
    );
    assert!(
        outbox::mark_sent(&db, &clock, &first, "sender-a")
            .await
            .unwrap(),
        "{kind}"
    );
    let sent = outbox_message::Entity::find_by_id(first.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        sent.text_body.contains("token=[removed]"),
        "{kind}: {}",
        sent.text_body
    );
    assert!(!sent.html_body.contains("secret1"), "{kind}");

    // Two failed attempts and the message is parked for an administrator.
    let wait = outbox::mark_failed(&db, &clock, &second, "sender-b", retry, "refused")
        .await
        .unwrap();
    assert_eq!(wait, AfterFailure::RetryIn { seconds: 1 }, "{kind}");
    clock.advance(2);
    let again = outbox::claim_next(&db, &clock, "sender-b")
        .await
        .unwrap()
        .unwrap();
    let parked = outbox::mark_failed(&db, &clock, &again, "sender-b", retry, "refused again")
        .await
        .unwrap();
    assert_eq!(parked, AfterFailure::Parked, "{kind}");
    clock.advance(3600);
    assert!(
        outbox::claim_next(&db, &clock, "sender-b")
            .await
            .unwrap()
            .is_none(),
        "{kind}"
    );
    let listed = outbox::parked(&db, 10).await.unwrap();
    assert_eq!(listed.len(), 1, "{kind}");
    assert_eq!(listed[0].last_error.as_deref(), Some("refused again"));
    assert!(retry_parked(&db, &clock, second.id).await);
    assert!(
        outbox::claim_next(&db, &clock, "sender-b")
            .await
            .unwrap()
            .is_some(),
        "{kind}"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_email_that_could_not_go_before_its_link_expired_is_not_sent_late(
    kind: Database,
) {
    let (url, _dir) = fresh_database(kind).await;
    let db = server::database::connect(&url).await.unwrap();
    server::database::migrate(&db).await.unwrap();
    let clock = test_clock();
    let expiring = email("a@example.org", "a link").expiring_at(clock.now() + 20 * 60);
    enqueue(&db, &clock, expiring).await;
    clock.advance(21 * 60);
    assert!(
        outbox::claim_next(&db, &clock, "sender")
            .await
            .unwrap()
            .is_none(),
        "{kind}"
    );
    let parked = outbox::parked(&db, 10).await.unwrap();
    assert_eq!(parked.len(), 1, "{kind}");
    assert!(parked[0].last_error.as_deref().unwrap().contains("expired"));
    assert!(!retry_parked(&db, &clock, parked[0].id).await, "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_sees_the_emails_given_up_and_can_send_one_again(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    // A message the sender has given up on (the running portal's own sender would take a
    // message enqueued here before the test could).
    let now = app.clock.now();
    let message = outbox_message::ActiveModel {
        recipient: Set("gone@example.org".into()),
        sender: Set("West Midlands Police neighbourhood policing teams".into()),
        subject: Set("A test".into()),
        text_body: Set("hello".into()),
        html_body: Set("<p>hello</p>".into()),
        created_at: Set(now - 3600),
        attempts: Set(10),
        next_attempt_at: Set(now),
        failed_at: Set(Some(now)),
        last_error: Set(Some("550 mailbox unavailable".into())),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let (_, page) = app.html("/staff").await;
    assert!(page.contains("Emails not sent"), "{kind}");
    let (status, page) = app.html("/staff/outbox").await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains("gone@example.org") && page.contains("550 mailbox unavailable"),
        "{kind}"
    );
    let retried = app
        .post_form(
            "/fn/staff/outbox/retry",
            &[("message_id", &message.id.to_string())],
        )
        .await;
    assert_eq!(location(&retried), "/staff/outbox", "{kind}");
    let (_, page) = app.html("/staff/outbox").await;
    assert!(page.contains("The email will be sent again"), "{kind}");
    let retried = outbox_message::Entity::find_by_id(message.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        retried.failed_at, None,
        "{kind}: back in the queue (or sent already)"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_waits_for_a_running_portal_to_finish_writing() {
    let (url, _dir) = fresh_database(Database::Sqlite).await;
    let portal = server::database::connect(&url).await.unwrap();
    server::database::migrate(&portal).await.unwrap();
    // The import's connection: SQLite gives up on a lock after its busy timeout (five seconds
    // unless set); a short one shows the import outlasting it several times over.
    let import = {
        let mut options = sea_orm::ConnectOptions::new(url.as_str());
        options.max_connections(1).sqlx_logging(false);
        sea_orm::Database::connect(options).await.unwrap()
    };
    import
        .execute_unprepared("PRAGMA busy_timeout = 50")
        .await
        .unwrap();
    let holding = app::services::begin_write(&portal).await.unwrap();
    let (told, mut waits) = tokio::sync::mpsc::unbounded_channel();
    let waiting = tokio::spawn(async move {
        server::database::begin_write_after_waits(&import, || {
            told.send(()).ok();
        })
        .await
        .map(|_| ())
    });
    for _ in 0..3 {
        waits.recv().await.expect("SQLite gave up on the lock");
    }
    assert!(
        !waiting.is_finished(),
        "the import waits while another holds the lock"
    );
    holding.rollback().await.unwrap();
    waiting
        .await
        .unwrap()
        .expect("the import goes ahead once the lock is free");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn removing_a_team_member_asks_first(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "pcso@police.example.uk", Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, "pcso@police.example.uk").await;
    let member = first_team_member(&app, "BW003").await;
    let (_, manage) = app.html("/staff/neighbourhoods/BW003").await;
    let confirm_path = format!("/staff/neighbourhoods/BW003/team/{}/remove", member.id);
    assert!(
        manage.contains(&confirm_path),
        "{kind}: Remove leads to a question first"
    );
    let (status, page) = app.html(&confirm_path).await;
    assert_eq!(status, 200, "{kind}");
    assert!(
        page.contains(&format!(
            "Are you sure you want to remove {} {} from the team?",
            member.rank, member.name
        )),
        "{kind}: {page}"
    );
    assert!(
        team_member::Entity::find_by_id(member.id)
            .one(&app.db)
            .await
            .unwrap()
            .is_some(),
        "{kind}: asking removes nobody"
    );
    app.post_form(
        "/fn/staff/neighbourhood/team/change",
        &[
            ("code", "BW003"),
            ("member_id", &member.id.to_string()),
            ("action", "remove"),
        ],
    )
    .await;
    assert!(
        team_member::Entity::find_by_id(member.id)
            .one(&app.db)
            .await
            .unwrap()
            .is_none(),
        "{kind}"
    );
    let missing = app
        .get("/staff/neighbourhoods/BW003/team/999999/remove")
        .await;
    assert_eq!(missing.status(), 404, "{kind}");
}

async fn first_team_member(app: &TestApp, code: &str) -> team_member::Model {
    use sea_orm::{ColumnTrait, QueryFilter};
    team_member::Entity::find()
        .filter(team_member::Column::NeighbourhoodId.eq(neighbourhood_id(app, code).await))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the demo team has members")
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_audit_log_reads_in_plain_words_and_filters_by_uk_dates(kind: Database) {
    let app = spawn_app(kind).await;
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    let pcso = create_staff(&app, "pcso@police.example.uk", Role::TeamMember, &["BW003"]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    app.post_form(
        "/fn/staff/accounts/change",
        &[
            ("account_id", &pcso.to_string()),
            ("change", "set-role"),
            ("role", "moderator"),
        ],
    )
    .await;
    let (_, log) = app.html("/staff/audit?topic=staff-accounts").await;
    assert!(
        log.contains(
            "changed the role of TeamMember pcso@police.example.uk (pcso@police.example.uk)"
        ),
        "{kind}: {log}"
    );
    assert!(
        log.contains("Neighbourhood team member → Moderator"),
        "{kind}"
    );
    assert!(log.contains("turned on their second factor"), "{kind}");
    assert!(
        !log.contains("password_hash") && !log.contains("totp"),
        "{kind}"
    );

    // Dates are UK days; a day with nothing in it shows nothing.
    let (_, empty) = app
        .html(
            "/staff/audit?from_day=1&from_month=1&from_year=2020&to_day=2&to_month=1&to_year=2020",
        )
        .await;
    assert!(empty.contains("No entries match"), "{kind}");
    let (_, wrong) = app
        .html("/staff/audit?from_day=31&from_month=2&from_year=2026")
        .await;
    assert!(
        wrong.contains("The date from must be a real date"),
        "{kind}"
    );
    assert!(wrong.contains("error-summary"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_page_kept_in_memory_shows_a_change_here_at_once_and_elsewhere_soon(
    kind: Database,
) {
    let app = spawn_app(kind).await;
    let elsewhere = app.another_instance().await.new_browser();
    let visitor = app.new_browser();
    for browser in [&visitor, &elsewhere] {
        let (_, page) = browser.html("/neighbourhoods/BW003").await;
        assert!(!page.contains("Rowan Test"), "{kind}");
    }
    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    sign_in_staff(&app, "admin@police.example.uk").await;
    app.post_form(
        "/fn/staff/neighbourhood/team/add",
        &[
            ("code", "BW003"),
            ("name", "Rowan Test"),
            ("rank", "PC"),
            ("bio", ""),
        ],
    )
    .await;
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(
        page.contains("Rowan Test"),
        "{kind}: the instance that changed it"
    );
    // Another instance keeps its copy until it next looks for changes, then shows the new one.
    let (_, stale) = elsewhere.html("/neighbourhoods/BW003").await;
    assert!(!stale.contains("Rowan Test"), "{kind}: not yet looked");
    elsewhere.jobs.reload().await.unwrap();
    let (_, page) = elsewhere.html("/neighbourhoods/BW003").await;
    assert!(
        page.contains("Rowan Test"),
        "{kind}: another instance, once it has looked for changes"
    );
}

/// Changes made through staff pages reach the public page of the instance that made them at
/// once, whichever page made them: the write handle forgets the instance's copy on commit.
#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_concern_answered_moved_or_closed_or_a_kind_of_concern_renamed_shows_at_once_on_this_instance(
    kind: Database,
) {
    use entity::concern::{self, SummaryStatus};
    use sea_orm::{ColumnTrait, QueryFilter, sea_query::Expr};
    let app = spawn_app(kind).await;
    let reference = crate::concerns::concern_in(&app, "BW003").await;
    concern::Entity::update_many()
        .col_expr(
            concern::Column::SummaryStatus,
            Expr::value(SummaryStatus::Approved),
        )
        .col_expr(
            concern::Column::PublicSummary,
            Expr::value("Cars racing along Court Oak Road in the evening"),
        )
        .filter(concern::Column::Reference.eq(&reference))
        .exec(&app.db)
        .await
        .unwrap();
    let visitor = app.new_browser();
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(page.contains("Cars racing along Court Oak Road"), "{kind}");
    assert!(!page.contains(". Closed"), "{kind}");

    let team = crate::concerns::team_member(&app, "BW003").await;
    let before = public_revision(&app).await;
    // Each step of its status shows as soon as the team takes it.
    team.post_form(
        "/fn/staff/concerns/reply",
        &[
            ("code", "BW003"),
            ("reference", &reference),
            (
                "reply",
                "Thank you. We will patrol the road on Friday evenings.",
            ),
        ],
    )
    .await;
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(page.contains(". Replied"), "{kind}: the reply");
    // The summary shows its status, so the pages' revision counts it: the other instances see it
    // at their next look, not a minute later.
    assert_eq!(public_revision(&app).await, before + 1, "{kind}");
    let change_status = |status: &'static str, close_reason: &'static str| {
        let (team, reference) = (&team, &reference);
        async move {
            team.post_form(
                "/fn/staff/concerns/status",
                &[
                    ("code", "BW003"),
                    ("reference", reference.as_str()),
                    ("status", status),
                    ("partner", ""),
                    ("close_reason", close_reason),
                    ("duplicate_of", ""),
                ],
            )
            .await;
        }
    };
    change_status("under-review", "").await;
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(page.contains(". Under review"), "{kind}: under review");
    change_status("closed", "action-taken").await;
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(page.contains(". Closed"), "{kind}: the closed concern");

    create_staff(&app, "admin@police.example.uk", Role::Administrator, &[]).await;
    let admin = app.new_browser();
    sign_in_staff(&admin, "admin@police.example.uk").await;
    admin
        .post_form(
            "/fn/staff/concern-categories/change",
            &[
                ("category_id", "1"),
                ("name", "Speeding and nuisance vehicles"),
                ("action", "rename"),
                ("retired", "false"),
            ],
        )
        .await;
    let (_, page) = visitor.html("/neighbourhoods/BW003").await;
    assert!(
        page.contains("Speeding and nuisance vehicles"),
        "{kind}: the renamed kind of concern"
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_refused_as_a_whole_says_why_once_on_the_page_it_was_sent_from(kind: Database) {
    use leptos::prelude::ServerFnError;
    use leptos::server_fn::error::ServerFnUrlError;
    let app = spawn_app(kind).await;
    create_staff(&app, "city@police.example.uk", Role::TeamMember, &["BW001"]).await;
    sign_in_staff(&app, "city@police.example.uk").await;
    let page = "/staff/neighbourhoods/BW001/surgeries";
    let send = |fields: &'static [(&'static str, &'static str)]| {
        let app = &app;
        async move {
            app.client
                .post(format!(
                    "{}/fn/staff/neighbourhood/surgeries/walk-in",
                    app.address
                ))
                .header("Accept", "text/html")
                .header("Origin", &app.address)
                .header("Referer", format!("{}{page}", app.address))
                .form(fields)
                .send()
                .await
                .unwrap()
        }
    };

    // Fields the server function cannot read, as from a page of an earlier version.
    let unreadable = send(&[("code", "BW001")]).await;
    assert_eq!(
        location(&unreadable),
        page,
        "{kind}: back to a clean address"
    );
    let (_, shown) = app.html(page).await;
    assert!(
        shown.contains("Sorry, the form could not be read"),
        "{kind}: {shown}"
    );
    let (_, again) = app.html(page).await;
    assert!(!again.contains("could not be read"), "{kind}: said once");

    // Another team's neighbourhood: refused, and told so.
    send(&[
        ("code", "BW003"),
        ("surgery_id", "1"),
        ("walk_in_name", "Lee"),
        ("walk_in_email", ""),
        ("walk_in_topic", ""),
    ])
    .await;
    let (_, refused) = app.html(page).await;
    assert!(
        refused.contains("You do not have permission to do this."),
        "{kind}"
    );

    // A message written into a link is never shown.
    let forged = ServerFnUrlError::new(
        "/fn/staff/neighbourhood/surgeries/walk-in",
        ServerFnError::new("Call 0800 000 000 to confirm your account"),
    )
    .to_url(&format!("{}{page}", app.address))
    .unwrap();
    let shown = app
        .client
        .get(forged.as_str())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!shown.contains("0800"), "{kind}");

    // Another site named as the referrer, or a path that would read as one: the browser stays
    // on this site.
    for (referer, back) in [
        (
            "https://phishing.example/staff/sign-in?next=1".to_string(),
            "/staff/sign-in?next=1",
        ),
        (
            format!("{}//phishing.example/x", app.address),
            "/phishing.example/x",
        ),
        (
            format!("{}/\\phishing.example/x", app.address),
            "/phishing.example/x",
        ),
    ] {
        let refused = app
            .client
            .post(format!(
                "{}/fn/staff/neighbourhood/surgeries/walk-in",
                app.address
            ))
            .header("Accept", "text/html")
            .header("Origin", &app.address)
            .header("Referer", referer.as_str())
            .form(&[("code", "BW001")])
            .send()
            .await
            .unwrap();
        assert_eq!(location(&refused), back, "{kind}: {referer}");
    }
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stopping_instances_sender_claims_no_more_and_hands_back_what_it_held(kind: Database) {
    let app = spawn_app(kind).await;
    let stopping = app.another_instance().await;
    for email in ["first@example.org", "second@example.org"] {
        app.new_browser()
            .post_form("/fn/sign-in/link", &[("email", email)])
            .await;
    }
    // A sender stopped in the middle of sending holds a message: handed back, it is free at
    // once for another sender, without waiting for its lease to run out.
    let held = outbox::claim_next(&app.db, &app.clock, "stopped-sender")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        outbox::release(&app.db, "stopped-sender").await.unwrap(),
        vec![held.id],
        "{kind}"
    );
    assert!(
        outbox::release(&app.db, "stopped-sender")
            .await
            .unwrap()
            .is_empty(),
        "{kind}: nothing is held twice"
    );

    // A stopped instance's sender takes nothing more; the other sends both, once each.
    stopping.jobs.stop(std::time::Duration::ZERO).await;
    stopping.send_emails().await;
    let unsent = || async {
        outbox_message::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .filter(|message| message.sent_at.is_none())
            .count()
    };
    assert_eq!(unsent().await, 2, "{kind}");
    app.send_emails().await;
    assert_eq!(unsent().await, 0, "{kind}");
    for email in ["first@example.org", "second@example.org"] {
        assert!(app.delivered_to(email).await.contains("Sign in"), "{kind}");
    }
}

/// Every table's rows, counted, in the order of their names.
async fn rows_in_each_table(database_url: &str) -> Vec<(String, i64)> {
    let db = server::database::connect(database_url).await.unwrap();
    let backend = db.get_database_backend();
    let tables = match backend {
        sea_orm::DbBackend::Sqlite => {
            "SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => {
            "SELECT tablename::text AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let mut counted = Vec::new();
    for row in db
        .query_all_raw(Statement::from_string(backend, tables))
        .await
        .unwrap()
    {
        let table: String = row.try_get("", "t").unwrap();
        let count = db
            .query_one_raw(Statement::from_string(
                backend,
                format!(r#"SELECT COUNT(*) AS n FROM "{table}""#),
            ))
            .await
            .unwrap()
            .unwrap();
        counted.push((table, count.try_get::<i64>("", "n").unwrap()));
    }
    db.close().await.unwrap();
    counted
}

fn run(command: &mut std::process::Command) {
    let done = command.output().expect("the backup tool runs");
    assert!(
        done.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&done.stderr)
    );
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores_into_a_new_database_that_serves_the_same(
    kind: Database,
) {
    use std::process::Command;
    // The demo's places and bookings, and a concern, a ballot and a group besides.
    let app = spawn_app(kind).await;
    crate::concerns::concern_in(&app, "BW003").await;
    crate::groups::matrix_group(&app).await;
    let (vote_id, option, _) = crate::priorities::vote_and_priority_in(&app, "BW003").await;
    let voter = app::services::resident_accounts::find_or_create(
        &app.db,
        &app::domain::email_address::EmailAddress::parse("voter@example.org").unwrap(),
        "",
        app.clock.now(),
    )
    .await
    .unwrap();
    let voted = app::services::votes::cast(
        &app.db,
        &app.clock,
        &app::services::votes::BallotRequest {
            vote_id,
            resident_id: app::domain::ids::ResidentId::new(voter.id),
            choices: vec![option],
            postcode_confirmed: false,
        },
    )
    .await
    .unwrap();
    assert_eq!(voted, app::services::votes::Voted::Counted, "{kind}");
    let before = rows_in_each_table(&app.database_url).await;
    for table in ["booking", "concern", "ballot", "community_group", "vote"] {
        assert!(
            before.iter().any(|(t, n)| t == table && *n > 0),
            "{kind}: the demo has {table} rows"
        );
    }
    let backups = tempfile::tempdir().unwrap();
    // The commands docs/deployment.md gives, run while the instance serves.
    let (restored, _folder) = fresh_database(kind).await;
    match kind {
        Database::Sqlite => {
            let file = |url: &str| {
                url.trim_start_matches("sqlite://")
                    .split('?')
                    .next()
                    .unwrap()
                    .to_string()
            };
            let backup = backups.path().join("portal.db");
            run(Command::new("sqlite3")
                .arg(file(&app.database_url))
                .arg(format!(".backup '{}'", backup.display())));
            std::fs::copy(&backup, file(&restored)).unwrap();
        }
        Database::Postgres => {
            let backup = backups.path().join("portal.dump");
            run(Command::new("pg_dump")
                .args(["--format=custom", "--file"])
                .arg(&backup)
                .arg(&app.database_url));
            run(Command::new("pg_restore")
                .args(["--no-owner", "--dbname", &restored])
                .arg(&backup));
        }
    }

    assert_eq!(rows_in_each_table(&restored).await, before, "{kind}");
    let instance = start_instance(&restored, None).await;
    let client = reqwest::Client::new();
    for path in [
        "/api/west-midlands/BW003/priorities",
        "/api/west-midlands/BW003/events",
        "/api/postcodes/B152TT",
    ] {
        let answer = |address: String| {
            let client = client.clone();
            async move {
                let response = client.get(format!("{address}{path}")).send().await.unwrap();
                assert_eq!(response.status(), 200, "{path}");
                // Links name the instance they came from.
                response.text().await.unwrap().replace(&address, "SITE")
            }
        };
        assert_eq!(
            answer(instance.clone()).await,
            answer(app.address.clone()).await,
            "{kind}: {path}"
        );
    }
    let page = client
        .get(format!("{instance}/neighbourhoods/BW003"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200, "{kind}");
    assert!(page.text().await.unwrap().contains("Edgbaston"), "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_a_request_id_and_keeps_the_one_the_proxy_gave(kind: Database) {
    let app = spawn_app(kind).await;
    let id = |response: &reqwest::Response| {
        response.headers()["x-request-id"]
            .to_str()
            .unwrap()
            .to_string()
    };
    let mut seen = std::collections::HashSet::new();
    for path in [
        "/",
        "/neighbourhoods/BW003",
        "/api/postcodes/B152TT",
        "/no-such-page",
    ] {
        assert!(seen.insert(id(&app.get(path).await)), "{kind}: {path}");
    }
    let from_proxy = app
        .client
        .get(format!("{}/neighbourhoods/BW003", app.address))
        .header("x-request-id", "7f3e9c2a41b0d5e8")
        .send()
        .await
        .unwrap();
    assert_eq!(id(&from_proxy), "7f3e9c2a41b0d5e8", "{kind}");
}

#[apply(on_each_database)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_requests_by_route_and_report_the_outbox_to_monitoring_alone(kind: Database) {
    let app = spawn_app(kind).await;
    for path in ["/neighbourhoods/BW003", "/api/postcodes/B152TT"] {
        assert_eq!(app.get(path).await.status(), 200, "{kind}");
    }
    let scraped = app.get("/metrics").await;
    assert_eq!(scraped.status(), 200, "{kind}");
    let text = scraped.text().await.unwrap();
    let parsed = openmetrics_parser::prometheus::parse_prometheus(&text)
        .unwrap_or_else(|error| panic!("{kind}: {error}\n{text}"));
    let has = |name: &str, label: Option<(&str, &str)>| {
        parsed.families.get(name).is_some_and(|family| {
            family.iter_samples().any(|sample| {
                label.is_none_or(|(key, value)| {
                    sample
                        .get_labelset()
                        .is_ok_and(|set| set.get_label_value(key) == Some(value))
                })
            })
        })
    };
    for route in ["/neighbourhoods/{code}", "/api/postcodes/{postcode}"] {
        assert!(
            has("portal_http_requests_total", Some(("route", route))),
            "{kind}: {route} counted by its template\n{text}"
        );
    }
    assert!(
        !text.contains("B152TT") && !text.contains("B15 2TT"),
        "{kind}: no postcode in the figures"
    );
    for gauge in [
        "portal_outbox_waiting",
        "portal_outbox_oldest_waiting_seconds",
        "portal_sessions",
        "portal_data_revision",
        "portal_database_connections",
    ] {
        assert!(has(gauge, None), "{kind}: {gauge}");
    }

    // Behind the proxy, a request from outside is answered as if there were nothing there.
    let behind_proxy =
        crate::helpers::spawn_app_with_options(kind, &["--trust-forwarded-for"]).await;
    let outside = behind_proxy
        .client
        .get(format!("{}/metrics", behind_proxy.address))
        .header("x-forwarded-for", "203.0.113.9")
        .send()
        .await
        .unwrap();
    assert_eq!(outside.status(), 404, "{kind}");
}

/// The public pages' revision, which every instance watches.
async fn public_revision(app: &TestApp) -> i64 {
    use app::services::revisions::{self, Revision};
    revisions::current(&app.db, Revision::PublicPages)
        .await
        .unwrap()
}
