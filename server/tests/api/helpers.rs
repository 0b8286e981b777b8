use clap::Parser;
use sea_orm::{ConnectionTrait, Database};
use server::config::Cli;
use server::startup::Application;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A running portal on a fresh database.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: sea_orm::DatabaseConnection,
    _sqlite_dir: Option<tempfile::TempDir>,
}

/// The databases every test runs against: SQLite always, PostgreSQL when `DATABASE_URL_PG`
/// names a server (an administrative URL: each test creates and uses a database of its own).
pub fn database_kinds() -> Vec<&'static str> {
    let mut kinds = vec!["sqlite"];
    if std::env::var("DATABASE_URL_PG").is_ok_and(|url| !url.is_empty()) {
        kinds.push("postgres");
    }
    kinds
}

static DATABASE_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Starts the app on `kind` with the demo data loaded.
pub async fn spawn_app(kind: &str) -> TestApp {
    spawn_app_with(kind, |_| async {}).await
}

/// Starts the app on a fresh database of `kind` holding the demo data and whatever `prepare`
/// adds to it.
pub async fn spawn_app_with<F, Fut>(kind: &str, prepare: F) -> TestApp
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    spawn(kind, true, prepare).await
}

/// Starts the app on a fresh database of `kind` holding only what `prepare` puts there.
pub async fn spawn_empty_app_with<F, Fut>(kind: &str, prepare: F) -> TestApp
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    spawn(kind, false, prepare).await
}

async fn spawn<F, Fut>(kind: &str, demo: bool, prepare: F) -> TestApp
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (database_url, sqlite_dir) = fresh_database(kind).await;
    let db = server::database::connect(&database_url)
        .await
        .expect("connect to the test database");
    server::database::migrate(&db).await.expect("migrate");
    if demo {
        server::seed::demo::seed(&db)
            .await
            .expect("seed the demo data");
    }
    prepare(db.clone()).await;

    let cli = Cli::try_parse_from([
        "server",
        "--database-url",
        &database_url,
        "--listen",
        "127.0.0.1:0",
        "--site-root",
        "target/no-site-in-tests",
        "--reload-interval",
        "1",
    ])
    .expect("test configuration");
    let application = Application::build(&cli.config)
        .await
        .expect("build the application");
    let address = format!("http://{}", application.address());
    tokio::spawn(application.run_until_stopped());

    TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            // A hung response fails its test instead of stalling the whole run.
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap(),
        db,
        _sqlite_dir: sqlite_dir,
    }
}

async fn fresh_database(kind: &str) -> (String, Option<tempfile::TempDir>) {
    match kind {
        "sqlite" => {
            let dir = tempfile::tempdir().unwrap();
            let url = format!(
                "sqlite://{}?mode=rwc",
                dir.path().join("portal.db").display()
            );
            (url, Some(dir))
        }
        "postgres" => {
            let admin_url = std::env::var("DATABASE_URL_PG").unwrap();
            let name = format!(
                "portal_test_{}_{}_{}",
                std::process::id(),
                DATABASE_COUNTER.fetch_add(1, Ordering::SeqCst),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_millis()
            );
            let admin = Database::connect(&admin_url)
                .await
                .expect("connect to DATABASE_URL_PG");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create a test database");
            admin.close().await.ok();
            let (base, _) = admin_url
                .rsplit_once('/')
                .expect("DATABASE_URL_PG ends with /DATABASE");
            (format!("{base}/{name}"), None)
        }
        other => panic!("unknown database kind {other}"),
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .header("Accept", "text/html")
            .send()
            .await
            .expect("request the portal")
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

    pub async fn html(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
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
