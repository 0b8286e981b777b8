//! A production deployment tried end to end, as docs/deployment.md sets it up: nginx with
//! `deploy/nginx/portal.conf` (TLS, HTTP/2) in front of two release instances on one PostgreSQL
//! database, in production mode, sending mail by SMTP. A resident signs in, books and raises a
//! concern through nginx; then, while residents view pages and book, one instance is killed
//! (SIGKILL) and started again, and the other is stopped as systemd stops it (SIGTERM) and
//! started again. Nothing may be lost or done twice.
//!
//! It needs the release build, nginx and PostgreSQL, so it is ignored in the ordinary run:
//! `scripts/test.sh` runs it once the release is built (docs/testing.md). The instances are
//! release programs on the system's clock: this is the one test that reads the real time, and
//! it asserts counts, never durations.

use crate::helpers::{Database, free_port, fresh_database, location};
use crate::mail::MailServer;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The address the certificate is made for; the clients resolve it to nginx on loopback.
const HOST: &str = "neighbourhoods.example.police.uk";
/// Residents each confirming one booking while the instances are stopped and started: most
/// one after another, and a crowd at each of the moments that matter.
const BOOKERS: usize = 240;
const CROWD: usize = 20;
/// Residents viewing pages, one after another, all the while.
const VIEWERS: usize = 12;
/// When, after the load starts, each thing happens (seconds).
const KILL_AT: f64 = 8.0;
const RESTART_KILLED_AT: f64 = 13.0;
const TERMINATE_AT: f64 = 20.0;
const LOAD_ENDS_AT: f64 = 34.0;
/// `PORTAL_SHUTDOWN_DRAIN` (its default): how long after SIGTERM the instance closes its listener.
const DRAIN: f64 = 5.0;
/// Pages residents look at.
const PAGES: [&str; 5] = [
    "/",
    "/neighbourhoods/BW003",
    "/surgeries",
    "/groups",
    "/privacy",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs nginx and the release build: scripts/test.sh runs it after building the release"]
async fn behind_nginx_a_crash_and_a_rolling_restart_lose_no_booking_and_send_no_email_twice() {
    let drill = Drill::prepare().await;
    let mut instances = drill.start_instances().await;
    let _nginx = drill.start_nginx(&instances);

    // A resident's whole journey through nginx: sign in, book, raise a concern.
    let journey = drill.resident(0).await;
    let booked = journey.confirm(drill.surgery_id).await;
    let Outcome::Booked(reference) = booked else {
        panic!("the journey's booking: {booked:?}");
    };
    let account = journey.page("/account").await;
    assert!(account.contains(&reference), "the booking in the account");
    let concern = journey.raise_concern().await;
    let (status, _) = journey.get(&format!("/account/concerns/{concern}")).await;
    assert_eq!(status, Some(200), "the concern in the account");

    println!("Preparing {BOOKERS} residents, each signed in with a time chosen");
    let mut bookers = Vec::with_capacity(BOOKERS);
    for i in 1..=BOOKERS {
        bookers.push(drill.resident(i).await);
    }

    println!("Load for {LOAD_ENDS_AT} s: one instance killed, one stopped, each started again");
    let record = Arc::new(Mutex::new(Vec::<Request>::new()));
    let started = Instant::now();
    let since = move |at: Instant| at.duration_since(started).as_secs_f64();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut load = tokio::task::JoinSet::new();
    for viewer in 0..VIEWERS {
        let (client, record, stop) = (drill.browser(), record.clone(), stop.clone());
        let site = drill.site_url.clone();
        load.spawn(async move {
            let mut n = viewer;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let path = PAGES[n % PAGES.len()];
                n += 1;
                let asked = Instant::now();
                let answer = client.get(format!("{site}{path}")).send().await;
                let ok = match answer {
                    Ok(response) => response.status() == 200 && response.bytes().await.is_ok(),
                    Err(_) => false,
                };
                record.lock().unwrap().push(Request {
                    kind: Kind::PageView,
                    asked: since(asked),
                    answered: since(Instant::now()),
                    failed: !ok,
                });
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
        });
    }
    // One crowd confirms as the instance is killed, another as the stopped one stops listening.
    let steady = BOOKERS - 2 * CROWD;
    let spacing = (LOAD_ENDS_AT - 3.0) / steady as f64;
    let mut when: Vec<f64> = (0..steady).map(|i| i as f64 * spacing).collect();
    when.extend([KILL_AT; CROWD]);
    when.extend([TERMINATE_AT + DRAIN; CROWD]);
    let surgery_id = drill.surgery_id;
    let told = Arc::new(Mutex::new(HashMap::<String, Told>::new()));
    for (booker, at) in bookers.into_iter().zip(when) {
        let (record, told) = (record.clone(), told.clone());
        load.spawn(async move {
            sleep_until(started, at).await;
            let asked = Instant::now();
            let first = booker.confirm(surgery_id).await;
            let answered = Instant::now();
            record.lock().unwrap().push(Request {
                kind: Kind::Booking,
                asked: since(asked),
                answered: since(answered),
                failed: first == Outcome::Failed,
            });
            // A resident shown an error presses the button again a moment later.
            let again = if first == Outcome::Failed {
                tokio::time::sleep(Duration::from_secs(1)).await;
                Some(booker.confirm(surgery_id).await)
            } else {
                None
            };
            told.lock()
                .unwrap()
                .insert(booker.email.clone(), Told { first, again });
        });
    }

    sleep_until(started, KILL_AT).await;
    // SIGKILL is sent, then the process is gone: a request between the two was in flight.
    let killed = since(Instant::now());
    instances[0].kill();
    let dead = since(Instant::now());
    sleep_until(started, RESTART_KILLED_AT).await;
    instances[0].start(&drill).await;
    let killed_back = since(Instant::now());
    sleep_until(started, TERMINATE_AT).await;
    let terminated = since(Instant::now());
    instances[1].terminate().await;
    let stopped = since(Instant::now());
    instances[1].start(&drill).await;
    let terminated_back = since(Instant::now());
    sleep_until(started, LOAD_ENDS_AT).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    while let Some(done) = load.join_next().await {
        done.unwrap();
    }

    let requests = record.lock().unwrap().clone();
    let told = told.lock().unwrap().clone();
    let during = |from: f64, to: f64, kind: Kind| {
        let of_kind = requests
            .iter()
            .filter(|r| r.kind == kind && r.asked <= to && r.answered >= from);
        let all: Vec<_> = of_kind.collect();
        (all.iter().filter(|r| r.failed).count(), all.len())
    };
    let (views_failed_kill, views_kill) = during(killed, killed_back + 1.0, Kind::PageView);
    let (views_failed_restart, views_restart) =
        during(terminated, terminated_back + 1.0, Kind::PageView);
    let (views_failed, views) = during(0.0, f64::MAX, Kind::PageView);
    let failed_bookings: Vec<&Request> = requests
        .iter()
        .filter(|r| r.kind == Kind::Booking && r.failed)
        .collect();

    // What the database holds: each resident's bookings of the surgery.
    let held = drill.bookings_by_resident().await;
    let told_booked: Vec<(&String, &String)> = told
        .iter()
        .filter_map(|(email, told)| match (&told.first, &told.again) {
            (Outcome::Booked(reference), _) | (_, Some(Outcome::Booked(reference))) => {
                Some((email, reference))
            }
            _ => None,
        })
        .collect();
    let lost: Vec<_> = told_booked
        .iter()
        .filter(|(email, reference)| {
            held.get(*email)
                .is_none_or(|held| !held.contains(reference))
        })
        .collect();
    let twice: Vec<_> = held.iter().filter(|(_, held)| held.len() > 1).collect();
    let booked_unseen: Vec<_> = told
        .iter()
        .filter(|(email, told)| {
            !matches!(told.first, Outcome::Booked(_))
                && !matches!(told.again, Some(Outcome::Booked(_)))
                && held.contains_key(*email)
        })
        .map(|(email, _)| email.clone())
        .collect();

    // Confirmations nginx sent again to the other instance (two addresses in its log line).
    let access = std::fs::read_to_string(drill.work.path().join("nginx-access.log")).unwrap();
    let sent_again = access
        .lines()
        .filter(|line| line.starts_with("POST /fn/surgeries/book/confirm ") && line.contains(", "))
        .count();

    // Mail: every instance up again sends what is due; then each message was received once.
    let (unsent, held_by_the_killed) = drill.outbox_settled().await;
    let message_ids = drill.mail.message_ids();
    let mut seen = HashSet::new();
    let duplicated: Vec<&String> = message_ids.iter().filter(|id| !seen.insert(*id)).collect();

    let figures = format!(
        "| measure | result |\n| --- | --- |\n\
         | page views | {views} asked, {views_failed} failed |\n\
         | page views while one instance was killed and until 1 s after it was back | {views_kill} asked, {views_failed_kill} failed |\n\
         | page views while the other was stopped (SIGTERM) and until 1 s after it was back | {views_restart} asked, {views_failed_restart} failed |\n\
         | bookings confirmed | {BOOKERS} residents: {} told they booked, {} shown an error ({} of them in flight at the kill), {} booked when asked again; {sent_again} sent again by nginx to the other instance |\n\
         | bookings in the database | {} residents with one, {} with two or more, {} lost |\n\
         | stopping with SIGTERM | {:.1} s from the signal to the process's end |\n\
         | emails | {} received, {} twice; {} unsent, {} held by the killed instance until its lease ends |",
        told_booked.len(),
        failed_bookings.len(),
        failed_bookings
            .iter()
            .filter(|r| r.asked <= dead && r.answered >= killed)
            .count(),
        told.values()
            .filter(|told| matches!(told.again, Some(Outcome::Booked(_))))
            .count(),
        held.values().filter(|held| held.len() == 1).count(),
        twice.len(),
        lost.len(),
        stopped - terminated,
        message_ids.len(),
        duplicated.len(),
        unsent,
        held_by_the_killed,
    );
    println!("\n{figures}\n");

    assert!(lost.is_empty(), "bookings lost: {lost:?}");
    assert!(twice.is_empty(), "residents booked twice: {twice:?}");
    assert!(
        booked_unseen.iter().all(|email| {
            told.get(email)
                .is_some_and(|told| told.first == Outcome::Failed)
        }),
        "booked without being told, and not after an error: {booked_unseen:?}"
    );
    assert_eq!(views_failed, 0, "page views failed (nginx retries reads)");
    for failed in &failed_bookings {
        assert!(
            failed.asked <= dead && failed.answered >= killed,
            "a booking failed that was not in flight at the kill ({killed:.3} s to {dead:.3} s): {failed:?}\n{}",
            drill.logs()
        );
    }
    assert!(
        duplicated.is_empty(),
        "emails received twice: {duplicated:?}"
    );
    assert_eq!(unsent, 0, "emails still unsent with both instances up");
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    PageView,
    Booking,
}

/// One request of the load, in seconds since it started.
#[derive(Clone, Debug)]
struct Request {
    kind: Kind,
    asked: f64,
    answered: f64,
    failed: bool,
}

/// What a confirmation answered.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    /// Sent to the booking's page, with its reference.
    Booked(String),
    /// Another answer from the portal (such as "you have already booked").
    Answered(u16),
    /// No answer, or a proxy's or server's error.
    Failed,
}

/// What a resident was told on confirming, and on pressing again after an error.
#[derive(Clone, Debug)]
struct Told {
    first: Outcome,
    again: Option<Outcome>,
}

/// Everything the drill started, stopped (and removed) when it ends.
struct Drill {
    work: tempfile::TempDir,
    server: PathBuf,
    site_root: PathBuf,
    database_url: String,
    db: sea_orm::DatabaseConnection,
    mail: MailServer,
    https_port: u16,
    site_url: String,
    ca: reqwest::Certificate,
    surgery_id: i32,
    slot_id: i32,
    secret: String,
}

impl Drill {
    async fn prepare() -> Self {
        let server = PathBuf::from(std::env::var("PORTAL_DRILL_SERVER").expect(
            "PORTAL_DRILL_SERVER names the release server (scripts/test.sh sets it after `cargo leptos build --release`)",
        ));
        let site_root = std::env::var("PORTAL_SITE_ROOT").map_or_else(
            |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site"),
            PathBuf::from,
        );
        let work = tempfile::tempdir().unwrap();
        let (database_url, _) = fresh_database(Database::Postgres).await;
        let seeded = std::process::Command::new(&server)
            .args(["seed-demo", "--places-only"])
            .env_clear()
            .env("PORTAL_DATABASE_URL", &database_url)
            .output()
            .expect("run the release server");
        assert!(seeded.status.success(), "seed-demo: {seeded:?}");
        let db = server::database::connect(&database_url).await.unwrap();

        // Room for every resident in the first slot of Edgbaston's next booked surgery.
        let (surgery_id, slot_id) = server::seed::demo::crowded_slot(&db, 10_000).await.unwrap();

        let https_port = free_port();
        let ca = certificates(work.path());
        Self {
            server,
            site_root,
            database_url,
            db,
            mail: MailServer::start().await,
            https_port,
            site_url: format!("https://{HOST}:{https_port}"),
            ca,
            surgery_id,
            slot_id,
            secret: "drill-secret-0123456789abcdef0123456789abcdef".into(),
            work,
        }
    }

    async fn start_instances(&self) -> [Instance; 2] {
        let mut instances = [1, 2].map(|n| Instance {
            port: free_port(),
            log: self.work.path().join(format!("instance-{n}.log")),
            child: None,
        });
        for instance in &mut instances {
            instance.start(self).await;
        }
        instances
    }

    /// nginx with the deployment's own site configuration, changed only where this machine
    /// differs: the instances' ports, loopback addresses, the test certificate.
    fn start_nginx(&self, instances: &[Instance; 2]) -> Nginx {
        let work = self.work.path();
        let deployed = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/nginx/portal.conf"),
        )
        .unwrap();
        let mut site = deployed;
        for (from, to) in [
            (
                "server 127.0.0.1:3001 ".to_string(),
                format!("server 127.0.0.1:{} ", instances[0].port),
            ),
            (
                "server 127.0.0.1:3002 ".to_string(),
                format!("server 127.0.0.1:{} ", instances[1].port),
            ),
            (
                "    listen 80;\n".to_string(),
                format!("    listen 127.0.0.1:{};\n", free_port()),
            ),
            ("    listen [::]:80;\n".to_string(), String::new()),
            (
                "    listen 443 ssl http2;\n".to_string(),
                format!("    listen 127.0.0.1:{} ssl http2;\n", self.https_port),
            ),
            (
                "    listen [::]:443 ssl http2;\n".to_string(),
                String::new(),
            ),
            (
                format!("/etc/letsencrypt/live/{HOST}/fullchain.pem"),
                work.join("site.pem").display().to_string(),
            ),
            (
                format!("/etc/letsencrypt/live/{HOST}/privkey.pem"),
                work.join("site.key").display().to_string(),
            ),
        ] {
            assert_eq!(
                site.matches(&from).count(),
                1,
                "deploy/nginx/portal.conf has `{from}` once"
            );
            site = site.replace(&from, &to);
        }
        std::fs::write(work.join("portal.conf"), site).unwrap();
        let root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|id| id.stdout.starts_with(b"0\n"));
        let w = work.display();
        std::fs::write(
            work.join("nginx.conf"),
            format!(
                "daemon off;\nworker_processes 2;\n{}pid {w}/nginx.pid;\nerror_log {w}/nginx-error.log warn;\n\
                 events {{ worker_connections 1024; }}\n\
                 http {{\n  log_format drill '$request_method $uri $status $upstream_addr $upstream_status';\n\
                 access_log {w}/nginx-access.log drill;\n\
                 client_body_temp_path {w}/client-body;\n  proxy_temp_path {w}/proxy;\n\
                 fastcgi_temp_path {w}/fastcgi;\n  uwsgi_temp_path {w}/uwsgi;\n  scgi_temp_path {w}/scgi;\n\
                 include {w}/portal.conf;\n}}\n",
                if root { "user root;\n" } else { "" },
            ),
        )
        .unwrap();
        let nginx =
            std::env::var("PORTAL_DRILL_NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".into());
        // Stopped when dropped, so also when it fails to start.
        let started = Nginx(
            std::process::Command::new(&nginx)
                .arg("-p")
                .arg(work)
                .arg("-c")
                .arg(work.join("nginx.conf"))
                .stderr(std::fs::File::create(work.join("nginx-start.log")).unwrap())
                .spawn()
                .unwrap_or_else(|e| panic!("start {nginx} (apt-get install nginx): {e}")),
        );
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", self.https_port)).is_ok() {
                return started;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!(
            "nginx did not start: {}",
            std::fs::read_to_string(work.join("nginx-start.log")).unwrap_or_default()
        );
    }

    /// A browser of its own: cookies kept, redirects not followed, trusting the test CA, with
    /// the site's name resolved to nginx.
    fn browser(&self) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("accept", "text/html".parse().unwrap());
        headers.insert("origin", self.site_url.parse().unwrap());
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .add_root_certificate(self.ca.clone())
            .resolve(HOST, ([127, 0, 0, 1], self.https_port).into())
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .build()
            .unwrap()
    }

    /// Resident `n`, signed in through nginx by following an emailed link, with the slot chosen.
    async fn resident(&self, n: usize) -> Resident {
        let now = app::services::clock::Clock::system().now();
        let token = format!("drill-resident-{n}-{now}");
        let email = format!("resident-{n}@example.org");
        entity::sign_in_link::Entity::insert(entity::sign_in_link::ActiveModel {
            token_hash: sea_orm::ActiveValue::Set(app::services::tokens::token_hash(&token)),
            email: sea_orm::ActiveValue::Set(email.clone()),
            created_at: sea_orm::ActiveValue::Set(now),
            expires_at: sea_orm::ActiveValue::Set(now + 3600),
            used_at: sea_orm::ActiveValue::Set(None),
            ..Default::default()
        })
        .exec(&self.db)
        .await
        .unwrap();
        let resident = Resident {
            client: self.browser(),
            site_url: self.site_url.clone(),
            email,
        };
        let signed_in = resident
            .post(
                "/fn/sign-in/confirm",
                &[("token", &token), ("email", &resident.email)],
            )
            .await
            .expect("sign in through nginx");
        assert_eq!(location(&signed_in), "/account", "signed in");
        let chosen = resident
            .post(
                "/fn/surgeries/book/details",
                &[
                    ("surgery_id", &self.surgery_id.to_string()),
                    ("slot_id", &self.slot_id.to_string()),
                    ("topic", "Parking outside the school"),
                    ("adjustments", ""),
                ],
            )
            .await
            .expect("choose a time through nginx");
        assert!(
            location(&chosen).ends_with("/book/check"),
            "chose a time: {}",
            chosen.status()
        );
        resident
    }

    /// Each resident's bookings of the drill's surgery, by their address.
    async fn bookings_by_resident(&self) -> HashMap<String, Vec<String>> {
        let residents: HashMap<i32, String> = entity::resident::Entity::find()
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .map(|resident| (resident.id, resident.email))
            .collect();
        let mut held: HashMap<String, Vec<String>> = HashMap::new();
        for booking in entity::booking::Entity::find()
            .filter(entity::booking::Column::SurgeryId.eq(self.surgery_id))
            .all(&self.db)
            .await
            .unwrap()
        {
            if let Some(email) = booking.resident_id.and_then(|id| residents.get(&id)) {
                held.entry(email.clone())
                    .or_default()
                    .push(booking.reference);
            }
        }
        held
    }

    /// Waits (at most a minute) until no message is waiting to be sent but those the killed
    /// instance held when it died, whose lease has yet to end; returns how many are waiting
    /// and how many are held.
    async fn outbox_settled(&self) -> (u64, u64) {
        use app::services::outbox::{unleased, waiting};
        let count = |held: bool| async move {
            let now = app::services::clock::Clock::system().now();
            let lease = if held {
                unleased(now).not()
            } else {
                unleased(now)
            };
            entity::outbox_message::Entity::find()
                .filter(waiting())
                .filter(lease)
                .count(&self.db)
                .await
                .unwrap()
        };
        let mut waiting = 0;
        for _ in 0..600 {
            waiting = count(false).await;
            if waiting == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // A message being sent right now is held too: let its sending end.
        tokio::time::sleep(Duration::from_secs(1)).await;
        (waiting, count(true).await)
    }

    /// What nginx and the instances logged, but for the requests served.
    fn logs(&self) -> String {
        let mut logs = String::new();
        for name in ["nginx-error.log", "instance-1.log", "instance-2.log"] {
            let text = std::fs::read_to_string(self.work.path().join(name)).unwrap_or_default();
            let tail: Vec<&str> = text
                .lines()
                .rev()
                .filter(|line| !line.contains(r#""message":"served""#))
                .take(40)
                .collect();
            logs.push_str(&format!("--- {name} ---\n"));
            for line in tail.into_iter().rev() {
                logs.push_str(line);
                logs.push('\n');
            }
        }
        logs
    }
}

/// A release instance of the portal on its own port, as systemd would run it.
struct Instance {
    port: u16,
    log: PathBuf,
    child: Option<Child>,
}

impl Instance {
    /// Starts it and waits until it answers `/health/ready` (it listens only once ready).
    async fn start(&mut self, drill: &Drill) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .unwrap();
        let child = Command::new(&drill.server)
            .arg("serve")
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("PORTAL_ENV", "production")
            .env("PORTAL_DATABASE_URL", &drill.database_url)
            .env("PORTAL_LISTEN", format!("127.0.0.1:{}", self.port))
            .env("PORTAL_SITE_URL", &drill.site_url)
            .env("PORTAL_SITE_ROOT", &drill.site_root)
            .env("PORTAL_SECRET", &drill.secret)
            .env("PORTAL_TRUST_FORWARDED_FOR", "true")
            .env("PORTAL_EMAIL_TRANSPORT", "smtp")
            .env("PORTAL_SMTP_HOST", "127.0.0.1")
            .env("PORTAL_SMTP_PORT", drill.mail.port.to_string())
            .env("PORTAL_SMTP_TLS", "none")
            .env("PORTAL_EMAIL_FROM", "neighbourhoods@example.police.uk")
            .env("PORTAL_SHUTDOWN_DRAIN", DRAIN.to_string())
            .env("PORTAL_LOG_FORMAT", "json")
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start the release server");
        self.child = Some(child);
        let client = reqwest::Client::new();
        for _ in 0..1000 {
            if let Ok(answer) = client
                .get(format!("http://127.0.0.1:{}/health/ready", self.port))
                .send()
                .await
                && answer.status() == 200
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!(
            "the instance on {} did not become ready: see {}",
            self.port,
            self.log.display()
        );
    }

    /// SIGKILL, as a crash or the kernel's out-of-memory killer ends it.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }

    /// SIGTERM, as systemd stops it; waits for the process to end.
    async fn terminate(&mut self) {
        let mut child = self.child.take().expect("a running instance");
        let signalled = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(signalled.success());
        for _ in 0..3000 {
            if let Some(ended) = child.try_wait().unwrap() {
                assert!(ended.success(), "a stop asked for ends well: {ended}");
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!(
            "the instance on {} did not end within a minute of SIGTERM",
            self.port
        );
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        self.kill();
    }
}

/// nginx's master process: asked to stop (its workers with it) when the drill ends.
struct Nginx(std::process::Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}

/// A resident's browser, reaching the site through nginx.
struct Resident {
    client: reqwest::Client,
    site_url: String,
    email: String,
}

impl Resident {
    async fn post(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Result<reqwest::Response> {
        self.client
            .post(format!("{}{path}", self.site_url))
            .form(fields)
            .send()
            .await
    }

    async fn get(&self, path: &str) -> (Option<u16>, String) {
        match self
            .client
            .get(format!("{}{path}", self.site_url))
            .send()
            .await
        {
            Ok(response) => (
                Some(response.status().as_u16()),
                response.text().await.unwrap_or_default(),
            ),
            Err(_) => (None, String::new()),
        }
    }

    async fn page(&self, path: &str) -> String {
        let (status, body) = self.get(path).await;
        assert_eq!(status, Some(200), "{path}");
        body
    }

    async fn confirm(&self, surgery_id: i32) -> Outcome {
        match self
            .post(
                "/fn/surgeries/book/confirm",
                &[("surgery_id", &surgery_id.to_string())],
            )
            .await
        {
            Ok(answer) if answer.status().is_server_error() => Outcome::Failed,
            Ok(answer) => match answer
                .headers()
                .get("location")
                .and_then(|to| to.to_str().ok())
                .and_then(|to| to.strip_prefix("/account/bookings/"))
            {
                Some(reference) => Outcome::Booked(reference.to_string()),
                None => Outcome::Answered(answer.status().as_u16()),
            },
            Err(_) => Outcome::Failed,
        }
    }

    /// Raises a concern with Edgbaston's team; returns its reference.
    async fn raise_concern(&self) -> String {
        let fields = crate::concerns::concern_fields(&[]);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let entered = self.post("/fn/concerns/details", &fields).await.unwrap();
        assert_eq!(
            location(&entered),
            "/neighbourhoods/BW003/concerns/new/check"
        );
        let sent = self
            .post("/fn/concerns/confirm", &[("code", "BW003")])
            .await
            .unwrap();
        location(&sent)
            .strip_prefix("/account/concerns/")
            .unwrap_or_else(|| panic!("sent the concern to {}", location(&sent)))
            .to_string()
    }
}

async fn sleep_until(started: Instant, seconds: f64) {
    tokio::time::sleep_until((started + Duration::from_secs_f64(seconds)).into()).await;
}

/// A certificate authority of the drill's own and a certificate for `HOST` it signed, made
/// with openssl in `work`; returns the authority's certificate for the clients to trust.
fn certificates(work: &Path) -> reqwest::Certificate {
    std::fs::write(
        work.join("site.ext"),
        format!(
            "subjectAltName=DNS:{HOST}\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        ),
    )
    .unwrap();
    for args in [
        "req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=Drill-CA"
            .to_string(),
        format!("req -newkey rsa:2048 -nodes -keyout site.key -out site.csr -subj /CN={HOST}"),
        "x509 -req -in site.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out site.pem -days 2 \
         -extfile site.ext"
            .to_string(),
    ] {
        let made = std::process::Command::new("openssl")
            .args(args.split(' '))
            .current_dir(work)
            .output()
            .expect("run openssl");
        assert!(made.status.success(), "openssl {args}: {made:?}");
    }
    reqwest::Certificate::from_pem(&std::fs::read(work.join("ca.pem")).unwrap()).unwrap()
}
