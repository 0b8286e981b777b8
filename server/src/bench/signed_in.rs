//! `portal-bench signed-in`: what a signed-in resident is sent (the neighbourhood page, the home
//! page, their account) beside `/health/live` and the page as kept for visitors, through one
//! server in the same run, on SQLite or PostgreSQL. `portal-bench vote-race`: residents each
//! casting their vote several times at once, through two instances on one PostgreSQL database.

use super::demo_database::DemoDatabase;
use super::{
    Args, Fetched, TwoInstances, fetch, free_port, load_path, spawn_portal, wait_until_ready,
};
use sea_orm::ActiveValue::Set;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::BTreeMap;
use std::time::Instant;

/// A browser's cookies, as a load generator sends them.
#[derive(Default, Clone)]
struct Cookies(BTreeMap<String, String>);

impl Cookies {
    fn take(&mut self, answer: &Fetched) {
        for (name, value) in &answer.headers {
            if !name.eq_ignore_ascii_case("set-cookie") {
                continue;
            }
            let pair = value.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                self.0
                    .insert(name.trim().to_string(), value.trim().to_string());
            }
        }
    }

    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Sends a form (or a page request, with no body) as this browser, keeping what it is given.
    async fn send(
        &mut self,
        port: u16,
        method: &str,
        path: &str,
        body: &str,
    ) -> anyhow::Result<Fetched> {
        let cookie = self.header();
        let answer = fetch(
            port,
            method,
            path,
            &[
                ("Accept", "text/html"),
                ("Origin", "http://localhost:3000"),
                ("Cookie", &cookie),
            ],
            body,
        )
        .await?;
        self.take(&answer);
        Ok(answer)
    }
}

/// Follows a sign-in link as the browser that did not ask for it would.
async fn sign_in(port: u16, token: &str) -> anyhow::Result<Cookies> {
    let mut cookies = Cookies::default();
    let answer = cookies
        .send(
            port,
            "POST",
            "/fn/sign-in/confirm",
            &format!("token={token}&email={token}%40example.org"),
        )
        .await?;
    anyhow::ensure!(
        cookies.0.contains_key("portal_session"),
        "signing in answered {} without a session",
        answer.status
    );
    Ok(cookies)
}

pub async fn pages(args: &Args, postgres: Option<&str>) -> anyhow::Result<()> {
    let database = DemoDatabase::create(postgres, "portal_bench_signed_in", &args.work).await?;
    let backend = if postgres.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let code = "BW003";
    let page = format!("/neighbourhoods/{code}");
    let neighbourhood = database.neighbourhood_id(code).await?;
    let token = database.sign_in_links(1).await?.remove(0);
    let port = free_port()?;
    let mut portal = spawn_portal(&database.url, port)?;
    let measured = async {
        wait_until_ready(port, "B15%202TT").await?;
        // A resident who follows the neighbourhood, with the messages after signing in and
        // following read, as they would be.
        let mut resident = sign_in(port, &token).await?;
        resident
            .send(
                port,
                "POST",
                "/fn/following/change",
                &format!("item=neighbourhood-{neighbourhood}&action=follow"),
            )
            .await?;
        resident.send(port, "GET", "/account", "").await?;
        let theirs = resident.send(port, "GET", &page, "").await?.text();
        anyhow::ensure!(
            theirs.contains(">Your account</a>") && theirs.contains("You follow this neighbourhood"),
            "the neighbourhood page is not the signed-in resident's"
        );
        let cookie = resident.header();
        let brotli = ("Accept-Encoding", "br");
        let signed_in = [brotli, ("Cookie", cookie.as_str())];
        let plain = [("Cookie", cookie.as_str())];
        let health = load_path(port, "/health/live", &[], args)?;
        let rows = [
            ("neighbourhood page, no session (kept copy)", load_path(port, &page, &[brotli], args)?),
            ("neighbourhood page, signed-in resident", load_path(port, &page, &signed_in, args)?),
            ("neighbourhood page, signed-in resident, uncompressed", load_path(port, &page, &plain, args)?),
            ("home page, signed-in resident", load_path(port, "/", &signed_in, args)?),
            ("account page, signed-in resident", load_path(port, "/account", &signed_in, args)?),
        ];
        println!();
        println!("| page ({backend}, {} connections) | requests a second | p50 | p99 | share of `/health/live` |", args.connections);
        println!("| --- | --- | --- | --- | --- |");
        println!(
            "| `/health/live` | {:.0} | {:.2} ms | {:.2} ms | 100 % |",
            health.requests_per_second, health.p50_ms, health.p99_ms
        );
        for (what, load) in rows {
            println!(
                "| {what} | {:.0} | {:.2} ms | {:.2} ms | {:.1} % |",
                load.requests_per_second,
                load.p50_ms,
                load.p99_ms,
                100.0 * load.requests_per_second / health.requests_per_second
            );
        }
        anyhow::Ok(())
    }
    .await;
    let _ = portal.kill();
    let _ = portal.wait();
    database.remove().await?;
    measured
}

/// Residents each casting their vote `casts` times at once, half through each of two instances
/// on one PostgreSQL database: every ballot counted once, and how long each cast waits.
pub async fn vote_race(
    args: &Args,
    postgres: &str,
    residents: usize,
    casts: usize,
) -> anyhow::Result<()> {
    let database = DemoDatabase::create(Some(postgres), "portal_bench_votes", &args.work).await?;
    let now = app::services::clock::Clock::system().now();
    let vote = entity::vote::ActiveModel {
        neighbourhood_id: Set(database.neighbourhood_id("BW003").await?),
        question: Set("Which should the team work on first?".into()),
        most_choices: Set(1),
        opens_at: Set(now - 3600),
        closes_at: Set(now + 7 * 86_400),
        eligibility: Set(entity::vote::Eligibility::AnyResident),
        show_running_totals: Set(true),
        finalised_at: Set(None),
        created_at: Set(now),
        created_by: Set(None),
        ..Default::default()
    }
    .insert(&database.db)
    .await?;
    let mut options = Vec::new();
    for (position, label) in ["Speeding", "Parking"].into_iter().enumerate() {
        let option = entity::vote_option::ActiveModel {
            vote_id: Set(vote.id),
            position: Set(position as i32 + 1),
            label: Set(label.into()),
            concern_id: Set(None),
            problem_id: Set(None),
            ..Default::default()
        }
        .insert(&database.db)
        .await?;
        options.push(option.id);
    }
    let tokens = database.sign_in_links(residents).await?;
    let instances = TwoInstances::start(&database.url)?;
    let ports = instances.ports;
    let measured = async {
        instances.ready().await?;
        println!("Signing in {residents} residents and choosing, through both instances");
        let mut prepared = tokio::task::JoinSet::new();
        let limit = std::sync::Arc::new(tokio::sync::Semaphore::new(32));
        for (i, token) in tokens.iter().cloned().enumerate() {
            let limit = limit.clone();
            let port = ports[i % 2];
            let (vote_id, option) = (vote.id, options[i % 2]);
            prepared.spawn(async move {
                let _turn = limit.acquire().await?;
                let mut browser = sign_in(port, &token).await?;
                let chosen = browser
                    .send(
                        port,
                        "POST",
                        "/fn/votes/choose",
                        &format!("vote_id={vote_id}&choices%5B0%5D={option}"),
                    )
                    .await?;
                anyhow::ensure!(
                    chosen.header("location").is_some_and(|to| to.ends_with("/check")),
                    "choosing answered {}",
                    chosen.status
                );
                anyhow::Ok(browser)
            });
        }
        let mut browsers = Vec::with_capacity(residents);
        while let Some(done) = prepared.join_next().await {
            browsers.push(done??);
        }

        let total = residents * casts;
        println!("{total} casts at once ({casts} from each resident)");
        let started = Instant::now();
        let mut race = tokio::task::JoinSet::new();
        for (i, browser) in browsers.into_iter().enumerate() {
            for cast in 0..casts {
                let mut browser = browser.clone();
                let port = ports[(i + cast) % 2];
                let body = format!("vote_id={}", vote.id);
                race.spawn(async move {
                    let asked = Instant::now();
                    let answer = browser.send(port, "POST", "/fn/votes/confirm", &body).await?;
                    anyhow::Ok((answer.status, asked.elapsed().as_secs_f64() * 1000.0))
                });
            }
        }
        let mut times = Vec::with_capacity(total);
        let mut failed = 0;
        while let Some(done) = race.join_next().await {
            let (status, ms) = done??;
            failed += usize::from(status >= 500);
            times.push(ms);
        }
        let seconds = started.elapsed().as_secs_f64();
        times.sort_by(f64::total_cmp);
        // Encrypting each statement costs both ends about a quarter of a cast's work.
        let link = if postgres.contains("sslmode=disable") {
            "without TLS"
        } else {
            "over TLS if the server offers it"
        };
        let at = |share: f64| times[((times.len() - 1) as f64 * share) as usize];
        let ballots = entity::ballot::Entity::find()
            .filter(entity::ballot::Column::VoteId.eq(vote.id))
            .count(&database.db)
            .await?;
        println!();
        println!("| measure | result | target |");
        println!("| --- | --- | --- |");
        println!(
            "| {residents} residents casting {casts} times each at once, two instances, PostgreSQL {link} | {ballots} ballots; {failed} answered with a server error | exactly {residents}, none |"
        );
        println!(
            "| casts answered | {:.0} per second ({total} in {seconds:.2} s); p50 {:.0} ms, p99 {:.0} ms, slowest {:.0} ms | p99 ≤ 1,000 ms |",
            total as f64 / seconds,
            at(0.5),
            at(0.99),
            at(1.0)
        );
        anyhow::ensure!(
            ballots == residents as u64 && failed == 0,
            "{residents} residents made {ballots} ballots, {failed} casts failed"
        );
        anyhow::Ok(())
    }
    .await;
    instances.stop();
    database.remove().await?;
    measured
}
