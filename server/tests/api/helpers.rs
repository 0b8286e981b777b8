use app::services::clock::Clock;
use clap::Parser;
use rstest_reuse::template;
use sea_orm::{ConnectionTrait, Database as Connection, DatabaseConnection};
use server::config::Cli;
use server::jobs::Jobs;
use server::startup::Application;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The database a test case runs on. Every test that touches a database runs once on each,
/// as two test cases (`#[apply(on_each_database)]`), so the two run side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Database {
    Sqlite,
    /// The server named by `DATABASE_URL_PG`, an administrative URL: each test case creates a
    /// database of its own there.
    Postgres,
}

impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Database::Sqlite => "sqlite",
            Database::Postgres => "postgres",
        })
    }
}

/// Two test cases of the test it is applied to: one on SQLite, one on PostgreSQL.
#[template]
#[rstest::rstest]
#[case::sqlite(Database::Sqlite)]
#[case::postgres(Database::Postgres)]
pub fn on_each_database(#[case] kind: Database) {}

/// The moment every test starts at: Monday 23 November 2026, 10am in the UK. A test's clock
/// stands there until the test moves it.
pub const TEST_START: i64 = 1_795_428_000;

/// A clock standing at `TEST_START`.
pub fn test_clock() -> Clock {
    Clock::fixed(TEST_START)
}

/// A running portal on a fresh database. It runs no background job by itself: a test runs
/// the jobs (`run_jobs`, or one of `jobs`) when it needs them done.
pub struct TestApp {
    pub address: String,
    pub database_url: String,
    /// Keeps cookies, as a browser does, so a session lasts across requests.
    pub client: reqwest::Client,
    /// The instance's own database: a change written through it reaches the instance's copy
    /// of public pages and wakes its email sender, as a change made by a page does.
    pub db: app::services::write::Database,
    pub clock: Clock,
    pub jobs: Jobs,
    _sqlite_dir: Option<std::sync::Arc<tempfile::TempDir>>,
    _mail_dir: std::sync::Arc<tempfile::TempDir>,
}

/// What a fresh test database holds before the test adds to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Contents {
    /// The schema alone.
    Schema,
    /// The schema and the demo force, seeded at `TEST_START`.
    Demo,
    /// The demo force and its history (votes, concerns, surgeries held…), as `server seed-demo`
    /// loads them.
    DemoHistory,
}

/// Where the demo's history says the portal is, as the demo tests load it.
pub const DEMO_SITE: server::seed::demo_activity::DemoSite<'static> =
    server::seed::demo_activity::DemoSite {
        site_url: "http://localhost:3000",
        secret: None,
    };

/// Starts the app on `kind` with the demo data loaded.
pub async fn spawn_app(kind: Database) -> TestApp {
    spawn_app_with(kind, |_| async {}).await
}

/// Starts the app on a fresh database of `kind` holding the demo data and whatever `prepare`
/// adds to it.
pub async fn spawn_app_with<F, Fut>(kind: Database, prepare: F) -> TestApp
where
    F: FnOnce(DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    spawn(kind, Contents::Demo, &[], prepare).await
}

/// Starts the app on `kind` with the demo force and its history loaded (a copy of a template,
/// so each test pays for the history once per build, not once per test).
pub async fn spawn_demo_app(kind: Database) -> TestApp {
    spawn(kind, Contents::DemoHistory, &[], |_| async {}).await
}

/// Starts the app with the demo data, sending email by SMTP to `smtp_port` on loopback.
pub async fn spawn_app_with_smtp(kind: Database, smtp_port: u16) -> TestApp {
    let smtp = [
        "--email-transport",
        "smtp",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-tls",
        "none",
        "--smtp-port",
        &smtp_port.to_string(),
    ];
    spawn(kind, Contents::Demo, &smtp, |_| async {}).await
}

/// Starts the app with the demo data and the command-line `options` given.
pub async fn spawn_app_with_options(kind: Database, options: &[&str]) -> TestApp {
    spawn(kind, Contents::Demo, options, |_| async {}).await
}

/// Starts the app on a fresh database of `kind` holding only what `prepare` puts there.
pub async fn spawn_empty_app_with<F, Fut>(kind: Database, prepare: F) -> TestApp
where
    F: FnOnce(DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    spawn(kind, Contents::Schema, &[], prepare).await
}

/// A port nobody is listening on (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn spawn<F, Fut>(kind: Database, contents: Contents, options: &[&str], prepare: F) -> TestApp
where
    F: FnOnce(DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (database_url, sqlite_dir) = copy_of_template(kind, contents).await;
    let db = server::database::connect(&database_url)
        .await
        .expect("connect to the test database");
    prepare(db.clone()).await;

    let mail_dir = tempfile::tempdir().unwrap();
    let mut args = vec![
        "--email-folder".to_string(),
        mail_dir.path().display().to_string(),
        "--email-retry-seconds".into(),
        "1".into(),
    ];
    args.extend(options.iter().map(|option| option.to_string()));
    let clock = test_clock();
    let (address, jobs) = start_instance(&database_url, &clock, None, &args).await;
    drop(db);
    TestApp {
        address,
        database_url: database_url.clone(),
        clock,
        db: jobs.database().clone(),
        jobs,
        _mail_dir: std::sync::Arc::new(mail_dir),
        client: browser(),
        _sqlite_dir: sqlite_dir.map(std::sync::Arc::new),
    }
}

/// Starts an instance of the portal on `database_url` with `clock` and no background jobs,
/// at `site_url` (its own address if None) and with `extra` options; returns its address and
/// jobs once it is ready.
pub async fn start_instance(
    database_url: &str,
    clock: &Clock,
    site_url: Option<&str>,
    extra: &[String],
) -> (String, Jobs) {
    // The site address must be known before start (forms are checked against it), so the port
    // is chosen first and bound after: another test may take it in between, and then another
    // is chosen.
    let mut attempts = 0;
    let application = loop {
        let listen = format!("127.0.0.1:{}", free_port());
        let mut args = vec![
            "server".to_string(),
            "--database-url".into(),
            database_url.to_string(),
            "--listen".into(),
            listen.clone(),
            "--site-url".into(),
            site_url.map_or_else(|| format!("http://{listen}"), str::to_string),
            "--site-root".into(),
            "target/no-site-in-tests".into(),
        ];
        args.extend(extra.iter().cloned());
        let cli = Cli::try_parse_from(args).expect("test configuration");
        match Application::build(&cli.config).await {
            Ok(application) => break application,
            Err(error)
                if attempts < 5
                    && error.chain().any(|cause| {
                        cause
                            .downcast_ref::<std::io::Error>()
                            .is_some_and(|io| io.kind() == std::io::ErrorKind::AddrInUse)
                    }) =>
            {
                attempts += 1;
            }
            Err(error) => panic!("build the application: {error:?}"),
        }
    }
    .with_clock(clock.clone())
    .without_background_jobs();
    let address = format!("http://{}", application.address());
    let jobs = application.jobs();
    tokio::spawn(application.run_until_stopped());
    wait_until_ready(&address).await;
    let jobs = jobs.get().expect("a ready instance has its jobs").clone();
    (address, jobs)
}

/// Waits until the portal at `address` says it is ready (migrations run, gazetteer loaded).
pub async fn wait_until_ready(address: &str) {
    let client = reqwest::Client::new();
    for _ in 0..3000 {
        if let Ok(response) = client.get(format!("{address}/health/ready")).send().await
            && response.status() == 200
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    panic!("the portal at {address} did not become ready");
}

static DATABASE_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A name no other test database has, in this run or one before it.
fn new_postgres_name() -> String {
    use std::hash::{BuildHasher, Hasher};
    let random = std::collections::hash_map::RandomState::new()
        .build_hasher()
        .finish();
    format!(
        "portal_test_{}_{}_{random:016x}",
        std::process::id(),
        DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst),
    )
}

/// A new, empty database of `kind` (no schema): its URL, and for SQLite the folder holding it.
pub async fn fresh_database(kind: Database) -> (String, Option<tempfile::TempDir>) {
    match kind {
        Database::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let url = sqlite_url(&dir.path().join("portal.db"));
            (url, Some(dir))
        }
        Database::Postgres => {
            let name = new_postgres_name();
            postgres_admin(&format!("CREATE DATABASE {name}")).await;
            (postgres_url(&name), None)
        }
    }
}

/// A new database of `kind` holding `contents`: a copy of a template made once for this build
/// of the tests and shared by every test process, so each test pays for copying a file (or
/// PostgreSQL's `CREATE DATABASE … TEMPLATE`), not for migrating and seeding.
pub async fn copy_of_template(
    kind: Database,
    contents: Contents,
) -> (String, Option<tempfile::TempDir>) {
    match kind {
        Database::Sqlite => {
            let template = sqlite_template(contents).await;
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("portal.db");
            std::fs::copy(&template, &path).expect("copy the template database");
            (sqlite_url(&path), Some(dir))
        }
        Database::Postgres => {
            let template = postgres_template(contents).await;
            let name = new_postgres_name();
            postgres_admin(&format!("CREATE DATABASE {name} TEMPLATE {template}")).await;
            (postgres_url(&name), None)
        }
    }
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

/// `DATABASE_URL_PG`, which PostgreSQL test cases need.
fn postgres_admin_url() -> String {
    std::env::var("DATABASE_URL_PG")
        .ok()
        .filter(|url| !url.is_empty())
        .expect(
            "PostgreSQL test cases need DATABASE_URL_PG, an administrative URL such as \
             postgres://portal_test:portal_test@127.0.0.1:5432/postgres (scripts/test.sh \
             starts a server and sets it); to run only the SQLite cases, filter with \
             `cargo nextest run -E 'not test(/postgres/)'`",
        )
}

fn postgres_url(database: &str) -> String {
    let admin_url = postgres_admin_url();
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("DATABASE_URL_PG ends with /DATABASE");
    format!("{base}/{database}")
}

/// Runs `sql` on the PostgreSQL server's administrative database.
async fn postgres_admin(sql: &str) {
    let admin = Connection::connect(postgres_admin_url())
        .await
        .expect("connect to DATABASE_URL_PG");
    admin
        .execute_unprepared(sql)
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"));
    admin.close().await.ok();
}

/// What names this build of the tests: templates made by another build (other migrations,
/// other demo data) are never used.
fn build_key() -> String {
    use std::hash::{Hash, Hasher};
    let exe = std::env::current_exe().expect("the test binary's path");
    let built = std::fs::metadata(&exe).expect("the test binary");
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (exe, built.len(), built.modified().ok()).hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

fn template_name(contents: Contents) -> &'static str {
    match contents {
        Contents::Schema => "schema",
        Contents::Demo => "demo",
        Contents::DemoHistory => "demo_history",
    }
}

/// Migrates `db` and fills it with `contents`, as at `TEST_START`.
async fn fill(db: &DatabaseConnection, contents: Contents) {
    use server::seed::demo_activity::{self, ActivityOutcome};
    server::database::migrate(db).await.expect("migrate");
    if contents == Contents::Schema {
        return;
    }
    server::seed::demo::seed(db, &test_clock())
        .await
        .expect("seed the demo data");
    if contents == Contents::DemoHistory {
        let outcome = demo_activity::seed(db, &test_clock(), DEMO_SITE)
            .await
            .expect("load the demo's history");
        assert!(
            matches!(outcome, ActivityOutcome::Seeded(_)),
            "the history was not loaded: {outcome:?}"
        );
    }
}

/// The SQLite template holding `contents` for this build, made by the first test process to
/// ask while the others wait on a file lock. (`scripts/test.sh` removes those of earlier builds
/// before it starts.)
async fn sqlite_template(contents: Contents) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("portal-templates");
    std::fs::create_dir_all(&dir).unwrap();
    let key = build_key();
    let template = dir.join(format!("{key}-{}.db", template_name(contents)));
    // One lock for every build, never deleted, so two processes never build at once.
    let lock_path = dir.join("templates.lock");
    let lock = tokio::task::spawn_blocking(move || {
        let lock = std::fs::File::create(lock_path).expect("the templates' lock file");
        lock.lock().expect("lock the templates");
        lock
    })
    .await
    .unwrap();
    if !template.exists() {
        let building = tempfile::tempdir().unwrap();
        let db = server::database::connect(&sqlite_url(&building.path().join("portal.db")))
            .await
            .expect("a database to build the template in");
        fill(&db, contents).await;
        // One self-contained file, with nothing left in the write-ahead log.
        let partial = building.path().join("template.db");
        db.execute_unprepared(&format!("VACUUM INTO '{}'", partial.display()))
            .await
            .expect("write the template");
        db.close().await.ok();
        std::fs::copy(&partial, template.with_extension("partial")).unwrap();
        std::fs::rename(template.with_extension("partial"), &template).unwrap();
    }
    drop(lock);
    template
}

/// The PostgreSQL template database holding `contents` for this build, made by the first test
/// process to ask while the others wait on an advisory lock. (`scripts/test.sh` drops those of
/// earlier builds before it starts.)
async fn postgres_template(contents: Contents) -> String {
    let name = format!(
        "portal_template_{}_{}",
        build_key(),
        template_name(contents)
    );
    // The advisory lock is held by a session, so it is released on the same connection: a
    // pool of one.
    let mut options = sea_orm::ConnectOptions::new(postgres_admin_url());
    options.max_connections(1).sqlx_logging(false);
    let admin = Connection::connect(options)
        .await
        .expect("connect to DATABASE_URL_PG");
    const TEMPLATES_LOCK: i64 = 7_340_202_613;
    admin
        .execute_unprepared(&format!("SELECT pg_advisory_lock({TEMPLATES_LOCK})"))
        .await
        .unwrap();
    let exists = admin
        .query_one_raw(sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "SELECT 1 AS found FROM pg_database WHERE datname = $1",
            [name.clone().into()],
        ))
        .await
        .unwrap()
        .is_some();
    if !exists {
        let building = format!("{name}_building");
        admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {building}"))
            .await
            .unwrap();
        admin
            .execute_unprepared(&format!("CREATE DATABASE {building}"))
            .await
            .unwrap();
        let db = server::database::connect(&postgres_url(&building))
            .await
            .expect("a database to build the template in");
        fill(&db, contents).await;
        db.close().await.ok();
        admin
            .execute_unprepared(&format!("ALTER DATABASE {building} RENAME TO {name}"))
            .await
            .expect("name the finished template");
    }
    admin
        .execute_unprepared(&format!("SELECT pg_advisory_unlock({TEMPLATES_LOCK})"))
        .await
        .unwrap();
    admin.close().await.ok();
    name
}

/// A client that behaves as a browser: it keeps cookies and does not follow redirects (so
/// tests see them).
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        // A hung response fails its test instead of stalling the whole run.
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap()
}

impl TestApp {
    /// The same portal seen from another browser, with no cookies yet.
    pub fn new_browser(&self) -> TestApp {
        TestApp {
            address: self.address.clone(),
            database_url: self.database_url.clone(),
            client: browser(),
            db: self.db.clone(),
            clock: self.clock.clone(),
            jobs: self.jobs.clone(),
            _sqlite_dir: self._sqlite_dir.clone(),
            _mail_dir: self._mail_dir.clone(),
        }
    }

    /// This browser (with its cookies), talking to `instance`.
    pub fn clone_on(&self, instance: &TestApp) -> TestApp {
        TestApp {
            address: instance.address.clone(),
            client: self.client.clone(),
            jobs: instance.jobs.clone(),
            ..self.new_browser()
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .header("Accept", "text/html")
            .send()
            .await
            .expect("request the portal")
    }

    /// The Atom feed at `path`, read first by a strict XML parser (which refuses any character
    /// XML forbids), then as Atom.
    pub async fn feed(&self, path: &str) -> atom_syndication::Feed {
        let body = self.get(path).await.text().await.expect("a feed");
        if let Err(error) = roxmltree::Document::parse(&body) {
            panic!("{path} is not well-formed XML: {error}\n{body:?}");
        }
        atom_syndication::Feed::read_from(body.as_bytes()).expect("valid Atom")
    }

    /// What a browser without JavaScript sends when the postcode form is submitted.
    pub async fn submit_postcode(&self, postcode: &str) -> reqwest::Response {
        let query: String = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("postcode", postcode)
            .finish();
        self.get(&format!("/?{query}")).await
    }

    pub async fn api(&self, path: &str) -> (reqwest::StatusCode, serde_json::Value) {
        let response = self
            .client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("request the API");
        let status = response.status();
        (status, response.json().await.expect("a JSON body"))
    }

    /// A second server on the same database and clock, seen from the same browser (cookies are
    /// kept per host, not per port).
    pub async fn another_instance(&self) -> TestApp {
        let mail = [
            "--email-folder".to_string(),
            self._mail_dir.path().display().to_string(),
        ];
        let (address, jobs) = start_instance(&self.database_url, &self.clock, None, &mail).await;
        TestApp {
            address,
            client: self.client.clone(),
            jobs,
            ..self.new_browser()
        }
    }

    /// Runs every background job of this instance once, to completion, as its loops would:
    /// reloads, votes closed, reminders and alerts, housekeeping, then the outbox sent.
    pub async fn run_jobs(&self) {
        self.jobs.run_all().await.expect("the background jobs run");
    }

    /// Sends every email due in the outbox, as this instance's sender would.
    pub async fn send_emails(&self) {
        self.jobs.send_emails().await.expect("the outbox is sent");
    }

    /// What a browser sends when a form on one of the portal's pages is submitted.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{}", self.address, path))
            .header("Accept", "text/html")
            .header("Origin", &self.address)
            .form(fields)
            .send()
            .await
            .expect("post a form to the portal")
    }

    /// Submits a form on `page` as a browser would: the form whose action is `action` (of
    /// several, the one whose hidden fields agree with `fields`), sending its own fields (hidden
    /// ones, values already filled in, checked choices, selected options) with `fields` typed
    /// over them. A field the form does not have fails the test, so no test posts what no page
    /// sends. A button's name and value are sent only when `fields` names it (it was clicked);
    /// typing any checkbox ticks exactly the checkboxes typed.
    pub async fn submit(
        &self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let (status, html) = self.html(page).await;
        assert_eq!(status, 200, "the page {page} with the form");
        let body = form_submission(&html, action, fields)
            .unwrap_or_else(|problem| panic!("submitting {action} on {page}: {problem}"));
        let pairs: Vec<(&str, &str)> = body
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        self.client
            .post(format!("{}{}", self.address, action))
            .header("Accept", "text/html")
            .header("Origin", &self.address)
            .header("Referer", format!("{}{}", self.address, page))
            .form(&pairs)
            .send()
            .await
            .expect("submit a form to the portal")
    }

    pub async fn html(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }
}

impl TestApp {
    /// The newest email to `to` as it was delivered (the outbox keeps only a copy with its
    /// links' tokens removed once it is sent). Sends what is due first.
    pub async fn delivered_to(&self, to: &str) -> String {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        self.send_emails().await;
        let newest = entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::Recipient.eq(to))
            .order_by_desc(entity::outbox_message::Column::Id)
            .one(&self.db)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no email to {to} in the outbox"));
        let message_id = format!("<outbox-{}-", newest.id);
        std::fs::read_dir(self._mail_dir.path())
            .into_iter()
            .flatten()
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
            .find(|raw| raw.contains(&message_id))
            .map(|raw| crate::mail::decode_quoted_printable(&raw))
            .unwrap_or_else(|| panic!("the email to {to} was not delivered"))
    }

    /// The token of the link starting `path?token=` in the newest email to `to` that has one.
    /// Sends what is due first.
    pub async fn token_emailed_to(&self, to: &str, path: &str) -> String {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        self.send_emails().await;
        let start = format!("{}{path}?token=", self.address);
        let sent = entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::Recipient.eq(to))
            .order_by_desc(entity::outbox_message::Column::Id)
            .all(&self.db)
            .await
            .unwrap();
        let delivered: Vec<String> = std::fs::read_dir(self._mail_dir.path())
            .into_iter()
            .flatten()
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
            .collect();
        sent.iter()
            .filter_map(|message| {
                let id = format!("<outbox-{}-", message.id);
                delivered.iter().find(|raw| raw.contains(&id))
            })
            .map(|raw| crate::mail::decode_quoted_printable(raw))
            .find(|email| email.contains(&start))
            .map(|email| {
                let link = crate::mail::link_starting(&email, &start);
                link.rsplit_once('=').unwrap().1.to_string()
            })
            .unwrap_or_else(|| panic!("no email to {to} with a link to {path}"))
    }
}

pub fn location(response: &reqwest::Response) -> &str {
    response
        .headers()
        .get("location")
        .expect("a Location header")
        .to_str()
        .unwrap()
}

/// The fields a browser sends for the form on `html` whose action is `action`, with `typed`
/// over the form's own values; an error names a field the form lacks.
fn form_submission(
    html: &str,
    action: &str,
    typed: &[(&str, &str)],
) -> Result<Vec<(String, String)>, String> {
    use scraper::{Html, Selector};
    let document = Html::parse_document(html);
    let forms = Selector::parse("form").unwrap();
    let controls =
        Selector::parse("input[name], select[name], textarea[name], button[name]").unwrap();
    let options = Selector::parse("option").unwrap();
    let candidates: Vec<_> = document
        .select(&forms)
        .filter(|form| form.value().attr("action") == Some(action))
        .collect();
    if candidates.is_empty() {
        return Err("the page has no such form".into());
    }
    let hidden_agrees = |form: &scraper::ElementRef| {
        form.select(&controls).all(|control| {
            let element = control.value();
            element.attr("type") != Some("hidden")
                || typed
                    .iter()
                    .filter(|(name, _)| Some(*name) == element.attr("name"))
                    .all(|(_, value)| Some(*value) == element.attr("value"))
        })
    };
    let form = candidates
        .iter()
        .find(|form| hidden_agrees(form))
        .ok_or("no form of that action has hidden fields with those values")?;
    let mut own = Vec::new();
    let mut names = std::collections::HashSet::new();
    for control in form.select(&controls) {
        let element = control.value();
        let name = element.attr("name").unwrap_or_default().to_string();
        names.insert(name.clone());
        let value = match (element.name(), element.attr("type").unwrap_or("text")) {
            ("button", _) | ("input", "submit" | "button") => None,
            ("input", "checkbox" | "radio") => element
                .attr("checked")
                .map(|_| element.attr("value").unwrap_or("on").to_string()),
            ("input", _) => Some(element.attr("value").unwrap_or_default().to_string()),
            ("textarea", _) => Some(control.text().collect()),
            ("select", _) => {
                let all: Vec<_> = control.select(&options).collect();
                all.iter()
                    .find(|option| option.value().attr("selected").is_some())
                    .or(all.first())
                    .map(|option| {
                        option
                            .value()
                            .attr("value")
                            .map(str::to_string)
                            .unwrap_or_else(|| option.text().collect())
                    })
            }
            _ => None,
        };
        if let Some(value) = value {
            own.push((name, value));
        }
    }
    if let Some((missing, _)) = typed.iter().find(|(name, _)| !names.contains(*name)) {
        return Err(format!("the form has no field named {missing:?}"));
    }
    // A choice (radio or checkbox) can only send a value one of its controls has.
    let choices = Selector::parse("input[type=radio], input[type=checkbox]").unwrap();
    for (name, value) in typed {
        let mut same_name = form
            .select(&choices)
            .filter(|choice| choice.value().attr("name") == Some(*name))
            .peekable();
        if same_name.peek().is_some()
            && !same_name.any(|choice| choice.value().attr("value").unwrap_or("on") == *value)
        {
            return Err(format!("the form offers no {value:?} for {name:?}"));
        }
    }
    // Typing any checkbox ticks exactly the checkboxes typed: the others are cleared.
    let checkboxes: std::collections::HashSet<&str> = form
        .select(&Selector::parse("input[type=checkbox]").unwrap())
        .filter_map(|checkbox| checkbox.value().attr("name"))
        .collect();
    let ticks_typed = typed.iter().any(|(name, _)| checkboxes.contains(name));
    let mut sent: Vec<(String, String)> = own
        .into_iter()
        .filter(|(name, _)| !typed.iter().any(|(typed_name, _)| typed_name == name))
        .filter(|(name, _)| !(ticks_typed && checkboxes.contains(name.as_str())))
        .collect();
    sent.extend(
        typed
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string())),
    );
    Ok(sent)
}
