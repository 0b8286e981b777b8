use clap::Parser;
use sea_orm::{ConnectionTrait, Database};
use server::config::Cli;
use server::startup::Application;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A running portal on a fresh database.
pub struct TestApp {
    pub address: String,
    pub database_url: String,
    /// Keeps cookies, as a browser does, so a session lasts across requests.
    pub client: reqwest::Client,
    pub db: sea_orm::DatabaseConnection,
    pub clock: app::services::clock::Clock,
    _sqlite_dir: Option<std::sync::Arc<tempfile::TempDir>>,
    _mail_dir: std::sync::Arc<tempfile::TempDir>,
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
    spawn(kind, true, None, prepare).await
}

/// Starts the app with the demo data, sending email by SMTP to `smtp_port` on loopback.
pub async fn spawn_app_with_smtp(kind: &str, smtp_port: u16) -> TestApp {
    spawn(kind, true, Some(smtp_port), |_| async {}).await
}

/// Starts the app on a fresh database of `kind` holding only what `prepare` puts there.
pub async fn spawn_empty_app_with<F, Fut>(kind: &str, prepare: F) -> TestApp
where
    F: FnOnce(sea_orm::DatabaseConnection) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    spawn(kind, false, None, prepare).await
}

/// A port nobody is listening on (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

async fn spawn<F, Fut>(kind: &str, demo: bool, smtp_port: Option<u16>, prepare: F) -> TestApp
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

    // The site address must be known before start: forms are checked against it.
    let listen = format!("127.0.0.1:{}", free_port());
    let site_url = format!("http://{listen}");
    let mail_dir = tempfile::tempdir().unwrap();
    let mut args = vec![
        "server".to_string(),
        "--database-url".into(),
        database_url.clone(),
        "--listen".into(),
        listen,
        "--site-url".into(),
        site_url,
        "--site-root".into(),
        "target/no-site-in-tests".into(),
        "--reload-interval".into(),
        "1".into(),
        "--reminder-interval".into(),
        "1".into(),
        "--email-folder".into(),
        mail_dir.path().display().to_string(),
        "--email-retry-seconds".into(),
        "1".into(),
    ];
    if let Some(port) = smtp_port {
        args.extend(
            [
                "--email-transport",
                "smtp",
                "--smtp-host",
                "127.0.0.1",
                "--smtp-tls",
                "none",
                "--smtp-port",
            ]
            .map(String::from),
        );
        args.push(port.to_string());
    }
    let cli = Cli::try_parse_from(args).expect("test configuration");
    let application = Application::build(&cli.config)
        .await
        .expect("build the application");
    let address = format!("http://{}", application.address());
    let clock = application.clock();
    tokio::spawn(application.run_until_stopped());
    wait_until_ready(&address).await;

    TestApp {
        address,
        database_url: database_url.clone(),
        clock,
        _mail_dir: std::sync::Arc::new(mail_dir),
        client: browser(),
        db,
        _sqlite_dir: sqlite_dir.map(std::sync::Arc::new),
    }
}

/// Waits until the portal at `address` says it is ready (migrations run, gazetteer loaded).
pub async fn wait_until_ready(address: &str) {
    let client = reqwest::Client::new();
    for _ in 0..300 {
        if let Ok(response) = client.get(format!("{address}/health/ready")).send().await
            && response.status() == 200
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the portal at {address} did not become ready");
}

pub async fn fresh_database(kind: &str) -> (String, Option<tempfile::TempDir>) {
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
            _sqlite_dir: self._sqlite_dir.clone(),
            _mail_dir: self._mail_dir.clone(),
        }
    }

    /// This browser (with its cookies), talking to `instance`.
    pub fn clone_on(&self, instance: &TestApp) -> TestApp {
        TestApp {
            address: instance.address.clone(),
            client: self.client.clone(),
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

    /// A second server on the same database, seen from the same browser (cookies are kept per
    /// host, not per port).
    pub async fn another_instance(&self) -> TestApp {
        let listen = format!("127.0.0.1:{}", free_port());
        let cli = Cli::try_parse_from([
            "server",
            "--database-url",
            &self.database_url,
            "--listen",
            &listen,
            "--site-url",
            &format!("http://{listen}"),
            "--site-root",
            "target/no-site-in-tests",
            "--reload-interval",
            "1",
            "--reminder-interval",
            "1",
            "--email-folder",
            &self._mail_dir.path().display().to_string(),
        ])
        .expect("test configuration");
        let application = Application::build(&cli.config)
            .await
            .expect("build a second instance")
            .with_clock(self.clock.clone());
        let address = format!("http://{}", application.address());
        tokio::spawn(application.run_until_stopped());
        wait_until_ready(&address).await;
        TestApp {
            address,
            client: self.client.clone(),
            ..self.new_browser()
        }
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
    /// links' tokens removed once it is sent). Waits for the sender to deliver it.
    pub async fn delivered_to(&self, to: &str) -> String {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let newest = entity::outbox_message::Entity::find()
            .filter(entity::outbox_message::Column::Recipient.eq(to))
            .order_by_desc(entity::outbox_message::Column::Id)
            .one(&self.db)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no email to {to} in the outbox"));
        let message_id = format!("<outbox-{}-", newest.id);
        for _ in 0..200 {
            let found = std::fs::read_dir(self._mail_dir.path())
                .into_iter()
                .flatten()
                .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
                .find(|raw| raw.contains(&message_id));
            if let Some(raw) = found {
                return crate::mail::decode_quoted_printable(&raw);
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the email to {to} was not delivered");
    }

    /// The token of the link starting `path?token=` in the newest email to `to`.
    pub async fn token_emailed_to(&self, to: &str, path: &str) -> String {
        let email = self.delivered_to(to).await;
        let link = crate::mail::link_starting(&email, &format!("{}{path}?token=", self.address));
        link.rsplit_once('=').unwrap().1.to_string()
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
