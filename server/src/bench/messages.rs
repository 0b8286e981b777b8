//! `portal-bench messages`: a team message to 100,000 followers. A database of its own (SQLite,
//! or PostgreSQL with `--postgres`) gets that many residents following one neighbourhood; the
//! team writes and sends a message through the portal's own services; then it prints how long
//! the message takes to queue (one delivery per follower), how fast its emails are handed to
//! the outbox (what `PORTAL_MESSAGE_RATE` caps), and how fast the outbox's sender delivers them
//! to a local SMTP server (aiosmtpd, which accepts and discards them) for a while.

use super::demo_database::DemoDatabase;
use super::free_port;
use anyhow::Context;
use app::domain::staff::{Role, StaffMember};
use app::domain::team_message::MessageEntry;
use app::services::clock::Clock;
use app::services::write::Database;
use app::services::{message_delivery, team_messages};
use entity::team_message::MessageKind;
use sea_orm::ActiveValue::Set;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::time::{Duration, Instant};

pub async fn run(
    postgres: Option<&str>,
    followers: usize,
    sending_seconds: u64,
) -> anyhow::Result<()> {
    let work = std::path::Path::new("target/bench");
    let database = DemoDatabase::create(postgres, "portal_bench_messages", work).await?;
    let on = if postgres.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let measured = measure(&database, followers, sending_seconds, on).await;
    database.remove().await?;
    measured
}

async fn measure(
    database: &DemoDatabase,
    followers: usize,
    sending_seconds: u64,
    on: &str,
) -> anyhow::Result<()> {
    let db = &database.db;
    let clock = Clock::system();
    let n = entity::neighbourhood::Entity::find()
        .filter(entity::neighbourhood::Column::Code.eq("BW003"))
        .one(db)
        .await?
        .context("the demo's Edgbaston")?;

    println!("On {on}: {followers} residents following {}", n.name);
    let started = Instant::now();
    add_followers(db, n.id, followers, clock.now()).await?;
    println!("  made in {:.1} s", started.elapsed().as_secs_f64());

    let database_handle = Database::standalone(db.clone());
    let member = StaffMember {
        id: 0,
        name: "Bench team member".into(),
        email: "bench@police.example.org".into(),
        role: Role::TeamMember,
        neighbourhood_ids: vec![n.id],
        has_second_factor: true,
        session_generation: 0,
        partner_organisation_id: None,
    };
    let permit = app::policy::neighbourhood::manage(member, n.clone())
        .map_err(|denied| anyhow::anyhow!("the team member may not: {denied:?}"))?;
    let entry = MessageEntry {
        kind: MessageKind::Appeal,
        title: "Did you see anything on Harborne Road last night?".into(),
        body: "A car was damaged outside the shops between 10pm and midnight.\n\nIf you saw \
               anything, call 101 and quote the reference."
            .into(),
        expires_at: None,
    };
    let reference = team_messages::draft(&database_handle, &clock, &permit, &entry).await?;
    let author = team_messages::Author::Team(&permit);
    team_messages::send(&database_handle, &clock, author, &reference, clock.now()).await?;

    let started = Instant::now();
    let queued = message_delivery::queue_due(&database_handle, &clock).await?;
    let queue_seconds = started.elapsed().as_secs_f64();
    let deliveries = entity::message_delivery::Entity::find().count(db).await?;
    anyhow::ensure!(queued == 1, "the message was not queued");
    println!("  queued for {deliveries} followers in {queue_seconds:.2} s");

    let site = app::services::messages::EmailSite {
        force_name: "West Midlands Police".into(),
        languages: app::i18n::Languages::default(),
        site_url: "https://portal.example.org".into(),
    };
    let keys = app::services::rate_limit::BucketKeys::new(b"a benchmark's own secret, 32 bytes");
    let started = Instant::now();
    let mut handed = 0;
    loop {
        let done = message_delivery::hand_out(&database_handle, &clock, &site, &keys, 500).await?;
        if done == 0 {
            break;
        }
        handed += done;
    }
    let hand_seconds = started.elapsed().as_secs_f64();
    println!(
        "  handed to the outbox: {handed} emails in {hand_seconds:.1} s ({:.0} a second, {:.0} a minute; PORTAL_MESSAGE_RATE caps it, default 1,200 a minute)",
        handed as f64 / hand_seconds,
        handed as f64 / hand_seconds * 60.0
    );

    let (sent, seconds) = send_for(db, &clock, sending_seconds).await?;
    println!(
        "  sent through a local SMTP server (aiosmtpd) by one instance's sender: {sent} in {seconds:.1} s ({:.0} a second)",
        sent as f64 / seconds
    );
    Ok(())
}

/// `count` residents, each following neighbourhood `neighbourhood_id`.
async fn add_followers(
    db: &sea_orm::DatabaseConnection,
    neighbourhood_id: i32,
    count: usize,
    now: i64,
) -> anyhow::Result<()> {
    const CHUNK: usize = 1_000;
    for start in (0..count).step_by(CHUNK) {
        let end = (start + CHUNK).min(count);
        entity::resident::Entity::insert_many((start..end).map(|i| {
            let email = format!("follower-{i}@example.org");
            entity::resident::ActiveModel {
                email: Set(email.clone()),
                mailbox: Set(email),
                display_name: Set(None),
                created_at: Set(now),
                last_signed_in_at: Set(now),
                update_emails: Set(true),
                ..Default::default()
            }
        }))
        .exec_without_returning(db)
        .await?;
    }
    let ids: Vec<i32> = entity::resident::Entity::find()
        .select_only()
        .column(entity::resident::Column::Id)
        .filter(entity::resident::Column::Email.starts_with("follower-"))
        .into_tuple()
        .all(db)
        .await?;
    for chunk in ids.chunks(CHUNK) {
        entity::follow::Entity::insert_many(chunk.iter().map(|id| entity::follow::ActiveModel {
            group_id: Set(None),
            resident_id: Set(Some(*id)),
            item_kind: Set(entity::follow::ItemKind::Neighbourhood),
            item_id: Set(neighbourhood_id),
            created_at: Set(now),
            ..Default::default()
        }))
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Runs one instance's email sender against a local aiosmtpd for `seconds`: how many it sent,
/// and in how long.
async fn send_for(
    db: &sea_orm::DatabaseConnection,
    clock: &Clock,
    seconds: u64,
) -> anyhow::Result<(u64, f64)> {
    use lettre::{AsyncSmtpTransport, Tokio1Executor};
    let port = free_port()?;
    let mut smtp = std::process::Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Sink"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .context("start aiosmtpd (python3-aiosmtpd)")?;
    let ready = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        anyhow::ensure!(
            ready.elapsed() < Duration::from_secs(10),
            "aiosmtpd did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mailer = server::email::Mailer::Smtp(
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
            .port(port)
            .build(),
    );
    let sender = std::sync::Arc::new(server::jobs::send_email::EmailSender {
        db: db.clone(),
        clock: clock.clone(),
        mailer,
        from_address: "no-reply@portal.example.org".into(),
        site_host: "portal.example.org".into(),
        retry: app::services::outbox::RetryPolicy {
            base_seconds: 30,
            max_attempts: 10,
        },
        ready: Default::default(),
        worker: server::jobs::send_email::worker_name(),
        stop: tokio::sync::watch::channel(false).0,
    });
    let started = Instant::now();
    let sending = tokio::spawn({
        let sender = sender.clone();
        async move { sender.send_due().await }
    });
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    sender.stop();
    sending.await??;
    let elapsed = started.elapsed().as_secs_f64();
    let sent = entity::outbox_message::Entity::find()
        .filter(entity::outbox_message::Column::SentAt.is_not_null())
        .count(db)
        .await?;
    let _ = smtp.kill();
    let _ = smtp.wait();
    Ok((sent, elapsed))
}
