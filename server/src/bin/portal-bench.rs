//! Benchmark at national scale (not a test): generates a synthetic UK-sized dataset, imports it
//! with the real importers and prints import speed, the server's memory, in-process lookup
//! speed, and HTTP throughput of `/api/postcodes/{postcode}`, a neighbourhood page and the
//! stylesheet beside a constant axum handler measured in the same run; then the bytes a first
//! visit costs, a burst of simultaneous staff sign-ins, and Lighthouse's mobile audit of four
//! pages. Run it through `scripts/bench.sh`.

use anyhow::{Context, bail};
use app::domain::geometry::Position;
use app::domain::postcode::Postcode;
use app::services::gazetteer::Gazetteer;
use clap::{Parser, Subcommand};
use server::import::ImportOptions;
use server::import::boundaries::{self, BoundaryFormat, BoundaryOptions, MatchBy};
use server::import::neighbourhoods::{self, NeighbourhoodListOptions, NewForce};
use server::import::postcodes::{self, PostcodeFormat};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[path = "../bench/demo_database.rs"]
mod demo_database;
#[path = "../bench/guarantee.rs"]
mod guarantee;
#[path = "../bench/messages.rs"]
mod messages;
#[path = "../bench/signed_in.rs"]
mod signed_in;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(about = "Measure the portal with a synthetic national dataset")]
struct Args {
    #[command(subcommand)]
    mode: Option<Mode>,
    /// Postcodes to generate (the UK has about 2.7 million, live and terminated).
    #[arg(long, default_value_t = 2_700_000)]
    postcodes: usize,
    /// Neighbourhood polygons to generate.
    #[arg(long, default_value_t = 5_000)]
    neighbourhoods: usize,
    /// Vertices in each neighbourhood polygon.
    #[arg(long, default_value_t = 300)]
    vertices: usize,
    /// Folder for the generated files and the database.
    #[arg(long, default_value = "target/bench")]
    work: PathBuf,
    /// Seconds each HTTP load runs (after a 2 s warm-up).
    #[arg(long, default_value_t = 10)]
    seconds: u64,
    /// Concurrent connections of the load generator.
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// Simultaneous staff sign-in attempts in the password burst.
    #[arg(long, default_value_t = 500)]
    sign_ins: usize,
    /// Skip the Lighthouse audits (they need `lighthouse` on the PATH and Chromium).
    #[arg(long)]
    no_lighthouse: bool,
}

#[derive(Subcommand)]
enum Mode {
    /// Serve a constant JSON answer on the lookup path: the ceiling the portal is compared with.
    ConstantServer {
        #[arg(long)]
        listen: std::net::SocketAddr,
    },
    /// Residents racing to book one slot through two instances on one PostgreSQL database.
    BookingRace {
        /// An administrative PostgreSQL URL (a role with CREATEDB), ending in `/DATABASE`.
        #[arg(long, env = "DATABASE_URL_PG")]
        postgres: String,
        /// Residents confirming a booking at the same moment.
        #[arg(long, default_value_t = 1_000)]
        attempts: usize,
        /// Places in the slot they race for.
        #[arg(long, default_value_t = 20)]
        places: i32,
    },
    /// The pages a signed-in resident sees beside `/health/live` and the visitors' copy, on
    /// the demo's data: on SQLite, or on PostgreSQL with `--postgres`.
    SignedIn {
        /// An administrative PostgreSQL URL (a role with CREATEDB), ending in `/DATABASE`.
        #[arg(long)]
        postgres: Option<String>,
    },
    /// Residents each casting their vote several times at once through two instances on one
    /// PostgreSQL database.
    VoteRace {
        /// An administrative PostgreSQL URL (a role with CREATEDB), ending in `/DATABASE`.
        #[arg(long, env = "DATABASE_URL_PG")]
        postgres: String,
        #[arg(long, default_value_t = 400)]
        residents: usize,
        /// Casts from each resident, all at the same moment.
        #[arg(long, default_value_t = 4)]
        casts: usize,
    },
    /// A team message to 100,000 followers: the time to queue it, the rate its emails are
    /// handed to the outbox, and the rate one sender delivers them to a local SMTP server.
    Messages {
        /// An administrative PostgreSQL URL (a role with CREATEDB), ending in `/DATABASE`; on
        /// SQLite without it.
        #[arg(long)]
        postgres: Option<String>,
        #[arg(long, default_value_t = 100_000)]
        followers: usize,
        /// How long the sender sends before its rate is taken.
        #[arg(long, default_value_t = 20)]
        sending_seconds: u64,
    },
    /// The Guarantee's figures for a force of 5,000 neighbourhoods with a year of activity, on
    /// PostgreSQL: how long the database takes to count them, and the dashboard's pages to
    /// render.
    Guarantee {
        /// An administrative PostgreSQL URL (a role with CREATEDB), ending in `/DATABASE`.
        #[arg(long, env = "DATABASE_URL_PG")]
        postgres: String,
        #[arg(long, default_value_t = 5_000)]
        neighbourhoods: i64,
        #[arg(long, default_value_t = 1_000_000)]
        concerns: i64,
        #[arg(long, default_value_t = 100_000)]
        surgeries: i64,
        #[arg(long, default_value_t = 50_000)]
        updates: i64,
        /// Times each page is asked for (after one warm-up).
        #[arg(long, default_value_t = 5)]
        rounds: usize,
    },
}

/// A small deterministic generator (xorshift), so every run measures the same data.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

// The synthetic country: a box over Great Britain's latitudes and longitudes.
const WEST: f64 = -5.5;
const EAST: f64 = 1.5;
const SOUTH: f64 = 50.5;
const NORTH: f64 = 55.5;

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match args.mode {
        Some(Mode::ConstantServer { listen }) => runtime.block_on(constant_server(listen)),
        Some(Mode::BookingRace {
            ref postgres,
            attempts,
            places,
        }) => runtime.block_on(booking_race(postgres, attempts, places)),
        Some(Mode::Guarantee {
            ref postgres,
            neighbourhoods,
            concerns,
            surgeries,
            updates,
            rounds,
        }) => runtime.block_on(guarantee::run(
            postgres,
            guarantee::Scale {
                neighbourhoods,
                concerns,
                surgeries,
                updates,
            },
            rounds,
        )),
        Some(Mode::Messages {
            ref postgres,
            followers,
            sending_seconds,
        }) => runtime.block_on(messages::run(
            postgres.as_deref(),
            followers,
            sending_seconds,
        )),
        Some(Mode::SignedIn { ref postgres }) => {
            runtime.block_on(signed_in::pages(&args, postgres.as_deref()))
        }
        Some(Mode::VoteRace {
            ref postgres,
            residents,
            casts,
        }) => runtime.block_on(signed_in::vote_race(&args, postgres, residents, casts)),
        None => runtime.block_on(benchmark(&args)),
    }
}

async fn constant_server(listen: std::net::SocketAddr) -> anyhow::Result<()> {
    use axum::serve::ListenerExt;
    let answer = r#"{"postcode":"B15 2TT","latitude":52.4489,"longitude":-1.9308,"neighbourhood":{"force":"west-midlands","id":"BW003","name":"Edgbaston"}}"#;
    let router = axum::Router::new().route(
        "/api/postcodes/{postcode}",
        axum::routing::get(move || async move { ([("content-type", "application/json")], answer) }),
    );
    let listener = tokio::net::TcpListener::bind(listen).await?.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, router).await?;
    Ok(())
}

async fn benchmark(args: &Args) -> anyhow::Result<()> {
    std::fs::create_dir_all(&args.work)?;
    let work = args.work.canonicalize()?;
    println!(
        "Generating {} postcodes and {} neighbourhoods of {} vertices in {}",
        args.postcodes,
        args.neighbourhoods,
        args.vertices,
        work.display()
    );
    let files = generate(&work, args)?;

    let database = work.join("bench.db");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    let url = format!("sqlite://{}?mode=rwc", database.display());
    let db = server::database::connect(&url).await?;
    server::database::migrate(&db).await?;
    let options = ImportOptions {
        dry_run: false,
        max_rejected: 0,
    };
    let list = NeighbourhoodListOptions {
        force: Some(NewForce {
            id: "synthetic".into(),
            name: "Synthetic Police".into(),
            postcode_areas: String::new(),
        }),
        lpa_by_prefix: vec![("N".into(), "Synthetic".into())],
        lpa_map: None,
    };
    neighbourhoods::import(&db, &files.neighbourhoods, &list, options).await?;
    let boundary = BoundaryOptions {
        format: BoundaryFormat::GeoJson,
        id_property: "id".into(),
        name_property: "name".into(),
        match_by: MatchBy::Id,
    };
    let started = Instant::now();
    let summary = boundaries::import(&db, &[&files.boundaries], &boundary, options).await?;
    let boundary_seconds = started.elapsed().as_secs_f64();
    println!(
        "boundaries: {} polygons in {boundary_seconds:.1} s",
        summary.inserted
    );

    let started = Instant::now();
    let summary =
        postcodes::import(&db, PostcodeFormat::Onspd, &[&files.postcodes], options).await?;
    let import_seconds = started.elapsed().as_secs_f64();
    let import_rate = summary.read as f64 / import_seconds;
    println!(
        "postcodes: {} rows in {import_seconds:.1} s",
        summary.inserted
    );

    let started = Instant::now();
    let gazetteer = Gazetteer::load(&db).await?;
    let load_seconds = started.elapsed().as_secs_f64();
    let (postcode_rate, locate_rate) = in_process_rates(&gazetteer, &files.sample);
    drop(gazetteer);
    db.close().await?;

    let portal_port = free_port()?;
    let mut portal = spawn_portal(&url, portal_port)?;
    let ready = wait_until_ready(portal_port, &files.sample[0]).await;
    let rss = resident_megabytes(portal.id());
    let constant_port = free_port()?;
    let mut constant = Command::new(std::env::current_exe()?)
        .args([
            "constant-server",
            "--listen",
            &format!("127.0.0.1:{constant_port}"),
        ])
        .spawn()?;
    wait_until_ready(constant_port, &files.sample[0]).await?;
    let page = "/neighbourhoods/N00001";
    let measured = match ready {
        Ok(startup) => pages_and_files(
            portal_port,
            portal.id(),
            constant_port,
            page,
            &files.sample_file,
            args,
        )
        .await
        .map(|measured| (startup, measured)),
        Err(error) => Err(error),
    };
    let _ = portal.kill();
    let _ = constant.kill();
    let (startup, measured) = measured?;
    let Measured {
        lookup: portal_load,
        constant: constant_load,
        ..
    } = &measured;
    println!();
    println!("| measure | result | target |");
    println!("| --- | --- | --- |");
    println!(
        "| postcode import (ONSPD CSV into SQLite) | {:.0} rows/s ({} rows in {import_seconds:.1} s) | ≥ 100,000 rows/s |",
        import_rate, summary.read
    );
    println!(
        "| server resident memory after start-up | {rss:.0} MB (ready in {startup:.1} s) | ≤ 400 MB |"
    );
    println!("| gazetteer load in process | {load_seconds:.1} s | |");
    println!("| in-process postcode lookups | {postcode_rate:.0} /s | ≥ 1,000,000 /s |");
    println!("| in-process point-in-polygon locates | {locate_rate:.0} /s | |");
    println!(
        "| constant axum handler, {} connections (median of {ROUNDS} rounds) | {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms | ceiling |",
        args.connections,
        constant_load.requests_per_second,
        constant_load.p50_ms,
        constant_load.p99_ms
    );
    println!(
        "| GET /api/postcodes/{{postcode}}, {} connections (median of {ROUNDS} rounds, alternating with the ceiling's) | {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms | ≥ 0.60 of the ceiling, p99 ≤ 5 ms |",
        args.connections, portal_load.requests_per_second, portal_load.p50_ms, portal_load.p99_ms
    );
    println!(
        "| lookup ÷ constant throughput | {:.2} | ≥ 0.60 |",
        portal_load.requests_per_second / constant_load.requests_per_second
    );
    measured.print(args, constant_load);
    Ok(())
}

/// What the pages, files and sign-in measures found.
struct Measured {
    lookup: Load,
    constant: Load,
    page_kept: Load,
    page_rendered: Load,
    stylesheet: Load,
    first_visits: Vec<(&'static str, FirstVisit)>,
    bundle: (usize, usize),
    burst: Burst,
    lighthouse: Vec<(&'static str, Option<Lighthouse>)>,
}

impl Measured {
    fn print(&self, args: &Args, ceiling: &Load) {
        let ratio = |load: &Load| load.requests_per_second / ceiling.requests_per_second;
        let row = |what: &str, load: &Load, target: &str| {
            println!(
                "| {what}, {} connections | {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, {:.1} % of the ceiling | {target} |",
                args.connections,
                load.requests_per_second,
                load.p50_ms,
                load.p99_ms,
                100.0 * ratio(load)
            )
        };
        row(
            "neighbourhood page, visitors without a session (kept rendered)",
            &self.page_kept,
            "≥ 10 % of the ceiling, p99 ≤ 20 ms",
        );
        row(
            "neighbourhood page rendered for each request",
            &self.page_rendered,
            "",
        );
        row(
            "stylesheet (hashed name, compressed at start)",
            &self.stylesheet,
            "",
        );
        for (path, visit) in &self.first_visits {
            println!(
                "| first visit to {path}: page + CSS + JS + wasm, brotli | {:.1} KB (CSS {:.1} KB, script {} bytes) | ≤ 60 KB, 0 bytes of script without an island |",
                (visit.page + visit.stylesheet + visit.script) as f64 / 1000.0,
                visit.stylesheet as f64 / 1000.0,
                visit.script
            );
        }
        println!(
            "| the islands' bundle, loaded only on pages with an island | wasm {:.1} KB + JS {:.1} KB, brotli | |",
            self.bundle.0 as f64 / 1000.0,
            self.bundle.1 as f64 / 1000.0
        );
        println!(
            "| {} simultaneous staff sign-ins (argon2, {} at a time) | all answered in {:.1} s; memory {:.0} → {:.0} MB at most; page p50 {:.1} ms, p99 {:.1} ms meanwhile | memory bounded, pages still served |",
            self.burst.attempts,
            std::thread::available_parallelism().map_or(2, |n| n.get()),
            self.burst.seconds,
            self.burst.memory_before,
            self.burst.memory_peak,
            self.burst.page_p50_ms,
            self.burst.page_p99_ms
        );
        for (path, audit) in &self.lighthouse {
            match audit {
                Some(audit) => println!(
                    "| Lighthouse (mobile) {path} | performance {:.0}, accessibility {:.0}, {}, blocking {}, interactive {} | ≥ 98, 100 |",
                    audit.performance,
                    audit.accessibility,
                    audit.weight,
                    audit.blocking,
                    audit.interactive
                ),
                None => println!("| Lighthouse (mobile) {path} | not run | ≥ 98, 100 |"),
            }
        }
    }
}

async fn pages_and_files(
    portal: u16,
    portal_pid: u32,
    constant: u16,
    page: &'static str,
    sample_file: &Path,
    args: &Args,
) -> anyhow::Result<Measured> {
    let (lookup, constant_load) = lookup_and_ceiling(portal, constant, sample_file, args)?;
    let brotli = [("Accept-Encoding", "br")];
    let page_kept = load_path(portal, page, &brotli, args)?;
    // A query makes the portal render the page afresh (the way pages are rendered for anyone
    // signed in).
    let page_rendered = load_path(portal, &format!("{page}?render"), &brotli, args)?;
    let home = fetch(portal, "GET", "/", &brotli, "").await?;
    let stylesheet_path = linked(&brotli_text(&home)?, "href=\"/pkg/portal.", ".css")
        .context("the home page links no stylesheet")?;
    let stylesheet = load_path(portal, &stylesheet_path, &brotli, args)?;
    let mut first_visits = Vec::new();
    for path in ["/", page] {
        first_visits.push((path, first_visit(portal, path).await?));
    }
    let bundle = bundle_sizes(portal).await?;
    let burst = sign_in_burst(portal, portal_pid, page, args.sign_ins).await?;
    let mut lighthouse = Vec::new();
    for path in ["/", page, "/sign-in", "/staff/sign-in"] {
        let audit = if args.no_lighthouse {
            None
        } else {
            lighthouse_audit(portal, path)
        };
        lighthouse.push((path, audit));
    }
    Ok(Measured {
        lookup,
        constant: constant_load,
        page_kept,
        page_rendered,
        stylesheet,
        first_visits,
        bundle,
        burst,
        lighthouse,
    })
}

/// An answer, read whole.
struct Fetched {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Fetched {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request on its own connection. The body is left as sent (compressed if the
/// portal compressed it); chunked transfer encoding is undone.
async fn fetch(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> anyhow::Result<Fetched> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await?;
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() {
        request.push_str(&format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .context("an HTTP answer")?;
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok())
        .context("a status line")?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut fetched = Fetched {
        status,
        headers,
        body: answer[split + 4..].to_vec(),
    };
    if fetched
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        fetched.body = dechunk(&fetched.body)?;
    }
    Ok(fetched)
}

fn dechunk(mut chunked: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = chunked
            .windows(2)
            .position(|w| w == b"\r\n")
            .context("a chunk size")?;
        let size = usize::from_str_radix(
            String::from_utf8_lossy(&chunked[..line_end])
                .split(';')
                .next()
                .unwrap_or_default()
                .trim(),
            16,
        )?;
        if size == 0 {
            return Ok(body);
        }
        let start = line_end + 2;
        body.extend_from_slice(chunked.get(start..start + size).context("a whole chunk")?);
        chunked = chunked
            .get(start + size + 2..)
            .context("the end of a chunk")?;
    }
}

/// The first `prefix…suffix` address in a page, from `/pkg/`.
fn linked(page: &str, prefix: &str, suffix: &str) -> Option<String> {
    let start = page.find(prefix)? + "href=\"".len();
    let end = page[start..].find(suffix)? + start + suffix.len();
    Some(page[start..end].to_string())
}

/// Bytes on the wire for a first visit: the page, its stylesheet, and any script it loads
/// (brotli, as browsers ask).
struct FirstVisit {
    page: usize,
    stylesheet: usize,
    script: usize,
}

async fn first_visit(port: u16, path: &str) -> anyhow::Result<FirstVisit> {
    let brotli = [("Accept-Encoding", "br")];
    let page = fetch(port, "GET", path, &brotli, "").await?;
    anyhow::ensure!(page.status == 200, "{path} answered {}", page.status);
    let html = brotli_text(&page)?;
    let mut visit = FirstVisit {
        page: page.body.len(),
        stylesheet: 0,
        script: 0,
    };
    for (kind, address) in pkg_addresses(&html) {
        let size = fetch(port, "GET", &address, &brotli, "").await?.body.len();
        if kind == "css" {
            visit.stylesheet += size;
        } else {
            visit.script += size;
        }
    }
    Ok(visit)
}

/// The `/pkg/` files a page refers to, by kind (css, js, wasm).
fn pkg_addresses(html: &str) -> Vec<(&'static str, String)> {
    let mut found = Vec::new();
    for kind in ["css", "js", "wasm"] {
        let suffix = format!(".{kind}");
        let mut rest = html;
        while let Some(start) = rest.find("/pkg/portal.") {
            let tail = &rest[start..];
            let end = tail.find(['"', '\'', ' ', ')']).unwrap_or(tail.len());
            let address = &tail[..end];
            if address.ends_with(&suffix) && !found.iter().any(|(_, a)| a == address) {
                found.push((kind, address.to_string()));
            }
            rest = &tail[end..];
        }
    }
    found
}

fn brotli_text(fetched: &Fetched) -> anyhow::Result<String> {
    if fetched.header("content-encoding") != Some("br") {
        return Ok(fetched.text());
    }
    let mut text = Vec::new();
    brotli::BrotliDecompress(&mut &fetched.body[..], &mut text)?;
    Ok(String::from_utf8_lossy(&text).into_owned())
}

/// The islands' bundle as sent (brotli): wasm and JS, named as the site built them.
async fn bundle_sizes(port: u16) -> anyhow::Result<(usize, usize)> {
    let site = std::env::var("PORTAL_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let brotli = [("Accept-Encoding", "br")];
    let mut sizes = (0, 0);
    for (name, size) in [("portal.wasm", &mut sizes.0), ("portal.js", &mut sizes.1)] {
        let content = std::fs::read(Path::new(&site).join("pkg").join(name))
            .with_context(|| format!("read the built {name} under {site}"))?;
        let digest = <sha2::Sha256 as sha2::Digest>::digest(&content);
        let hash: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        let extension = name.rsplit('.').next().unwrap_or_default();
        let fetched = fetch(
            port,
            "GET",
            &format!("/pkg/portal.{hash}.{extension}"),
            &brotli,
            "",
        )
        .await?;
        anyhow::ensure!(
            fetched.status == 200,
            "the portal does not serve its {name}"
        );
        *size = fetched.body.len();
    }
    Ok(sizes)
}

struct Burst {
    attempts: usize,
    seconds: f64,
    memory_before: f64,
    memory_peak: f64,
    page_p50_ms: f64,
    page_p99_ms: f64,
}

/// Sends `attempts` staff sign-ins at once, each from its own address (the portal trusts
/// `X-Forwarded-For` here) for an account that does not exist, so every one reaches argon2,
/// and meanwhile asks for a page again and again.
async fn sign_in_burst(port: u16, pid: u32, page: &str, attempts: usize) -> anyhow::Result<Burst> {
    let memory_before = resident_megabytes(pid);
    let started = Instant::now();
    let mut burst = tokio::task::JoinSet::new();
    for i in 0..attempts {
        burst.spawn(async move {
            let forwarded = format!("10.{}.{}.{}", i / 65_536 % 256, i / 256 % 256, i % 256);
            let body = format!("email=nobody{i}%40example.org&password=not+the+password+{i}");
            fetch(
                port,
                "POST",
                "/fn/staff/sign-in",
                &[
                    ("Accept", "text/html"),
                    ("Origin", "http://localhost:3000"),
                    ("X-Forwarded-For", &forwarded),
                ],
                &body,
            )
            .await
            .map(|answer| answer.status)
        });
    }
    let mut page_times = Vec::new();
    let mut memory_peak = memory_before;
    while !burst.is_empty() {
        let asked = Instant::now();
        let answer = fetch(port, "GET", &format!("{page}?during-burst"), &[], "").await?;
        anyhow::ensure!(
            answer.status == 200,
            "the page answered {} during the burst",
            answer.status
        );
        page_times.push(asked.elapsed().as_secs_f64() * 1000.0);
        memory_peak = memory_peak.max(resident_megabytes(pid));
        while let Some(done) = burst.try_join_next() {
            let status = done??;
            anyhow::ensure!(status == 302, "a sign-in attempt answered {status}");
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let seconds = started.elapsed().as_secs_f64();
    page_times.sort_by(f64::total_cmp);
    let at = |share: f64| page_times[((page_times.len() - 1) as f64 * share) as usize];
    Ok(Burst {
        attempts,
        seconds,
        memory_before,
        memory_peak,
        page_p50_ms: at(0.5),
        page_p99_ms: at(0.99),
    })
}

struct Lighthouse {
    performance: f64,
    accessibility: f64,
    weight: String,
    blocking: String,
    interactive: String,
}

/// Lighthouse's mobile audit (its default throttling) of one page, on Debian's Chromium.
fn lighthouse_audit(port: u16, path: &str) -> Option<Lighthouse> {
    let report = std::env::temp_dir().join(format!("portal-lighthouse-{port}.json"));
    let status = Command::new("lighthouse")
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .args([
            "--quiet",
            "--only-categories=performance,accessibility",
            "--output=json",
        ])
        .arg(format!("--output-path={}", report.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync")
        .env("CHROME_PATH", std::env::var("CHROME_PATH").unwrap_or_else(|_| "/usr/bin/chromium".into()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    if !status.success() {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).ok()?).ok()?;
    let score = |category: &str| {
        json["categories"][category]["score"]
            .as_f64()
            .map(|s| s * 100.0)
    };
    let shown = |audit: &str| {
        json["audits"][audit]["displayValue"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    Some(Lighthouse {
        performance: score("performance")?,
        accessibility: score("accessibility")?,
        weight: shown("total-byte-weight"),
        blocking: shown("total-blocking-time"),
        interactive: shown("interactive"),
    })
}

/// Runs wrk on one path, with `headers`.
fn load_path(port: u16, path: &str, headers: &[(&str, &str)], args: &Args) -> anyhow::Result<Load> {
    let url = format!("http://127.0.0.1:{port}{path}");
    let run = |seconds: u64| {
        let mut command = Command::new("wrk");
        command.args([
            "-t2",
            &format!("-c{}", args.connections),
            &format!("-d{seconds}s"),
            "--latency",
        ]);
        for (name, value) in headers {
            command.args(["-H", &format!("{name}: {value}")]);
        }
        command
            .arg(&url)
            .output()
            .context("run wrk (apt-get install wrk)")
    };
    run(2)?;
    parse_wrk(&String::from_utf8_lossy(&run(args.seconds)?.stdout))
}

struct Generated {
    neighbourhoods: PathBuf,
    boundaries: PathBuf,
    postcodes: PathBuf,
    /// Postcodes the loads and lookups ask for, and the file wrk reads them from.
    sample: Vec<String>,
    sample_file: PathBuf,
}

fn generate(work: &Path, args: &Args) -> anyhow::Result<Generated> {
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let columns = (args.neighbourhoods as f64 * (EAST - WEST) / (NORTH - SOUTH))
        .sqrt()
        .ceil() as usize;
    let rows = args.neighbourhoods.div_ceil(columns);
    let (cell_width, cell_height) = (
        (EAST - WEST) / columns as f64,
        (NORTH - SOUTH) / rows as f64,
    );

    let neighbourhoods = work.join("neighbourhoods.json");
    let boundaries = work.join("boundaries.geojson");
    let mut list = BufWriter::new(std::fs::File::create(&neighbourhoods)?);
    let mut shapes = BufWriter::new(std::fs::File::create(&boundaries)?);
    write!(list, "[")?;
    write!(shapes, r#"{{"type":"FeatureCollection","features":["#)?;
    let per_side = (args.vertices / 4).max(1);
    for n in 0..args.neighbourhoods {
        let (x0, y0) = (
            WEST + (n % columns) as f64 * cell_width,
            SOUTH + (n / columns) as f64 * cell_height,
        );
        let separator = if n == 0 { "" } else { "," };
        write!(
            list,
            r#"{separator}{{"id":"N{n:05}","name":"Neighbourhood {n}"}}"#
        )?;
        // The cell's outline walked anticlockwise, each point pulled a little inwards so
        // neighbours never overlap: a wiggly, realistic-sized ring.
        let mut ring = Vec::with_capacity(per_side * 4 + 1);
        for side in 0..4 {
            for step in 0..per_side {
                let t = step as f64 / per_side as f64;
                let (u, v) = match side {
                    0 => (t, 0.0),
                    1 => (1.0, t),
                    2 => (1.0 - t, 1.0),
                    _ => (0.0, 1.0 - t),
                };
                let inset = 0.01 + 0.05 * random.unit();
                let (u, v) = (u + (0.5 - u) * inset, v + (0.5 - v) * inset);
                ring.push(format!(
                    "[{:.6},{:.6}]",
                    x0 + u * cell_width,
                    y0 + v * cell_height
                ));
            }
        }
        ring.push(ring[0].clone());
        write!(
            shapes,
            r#"{separator}{{"type":"Feature","properties":{{"id":"N{n:05}"}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}"#,
            ring.join(",")
        )?;
    }
    write!(list, "]")?;
    write!(shapes, "]}}")?;
    list.flush()?;
    shapes.flush()?;

    let postcodes = work.join("postcodes.csv");
    let mut csv = BufWriter::new(std::fs::File::create(&postcodes)?);
    writeln!(csv, "pcds,lat,long,doterm")?;
    let mut sample = Vec::new();
    for i in 0..args.postcodes {
        let text = synthetic_postcode(i)?;
        let (latitude, longitude) = (
            SOUTH + random.unit() * (NORTH - SOUTH),
            WEST + random.unit() * (EAST - WEST),
        );
        // About one in a hundred postcodes is terminated, as in the real directory.
        let terminated = if random.next().is_multiple_of(100) {
            "201203"
        } else {
            ""
        };
        writeln!(csv, "{text},{latitude:.6},{longitude:.6},{terminated}")?;
        // Lookups ask for live postcodes, so every answer is a full 200.
        if terminated.is_empty() && i % (args.postcodes / 10_000).max(1) == 0 {
            sample.push(text.replace(' ', ""));
        }
    }
    csv.flush()?;
    let sample_file = work.join("sample.txt");
    std::fs::write(&sample_file, sample.join("\n") + "\n")?;
    Ok(Generated {
        neighbourhoods,
        boundaries,
        postcodes,
        sample,
        sample_file,
    })
}

/// A unique, valid postcode for each index: 4,000 units a district, 99 districts an area.
fn synthetic_postcode(index: usize) -> anyhow::Result<String> {
    const AREA_FIRST: &[u8] = b"ABCDEFGHJKLMNOPRSTUWYZ";
    const AREA_SECOND: &[u8] = b"ABCDEFGHKLMNOPRSTUWY";
    const UNIT: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";
    let (district, within) = (index / 4_000, index % 4_000);
    let area = district / 99;
    let first = AREA_FIRST[(area / AREA_SECOND.len()) % AREA_FIRST.len()] as char;
    let second = AREA_SECOND[area % AREA_SECOND.len()] as char;
    let text = format!(
        "{first}{second}{} {}{}{}",
        district % 99 + 1,
        within / 400,
        UNIT[(within % 400) / 20] as char,
        UNIT[within % 20] as char
    );
    Postcode::parse(&text).with_context(|| format!("generated {text:?}"))?;
    Ok(text)
}

fn in_process_rates(gazetteer: &Gazetteer, sample: &[String]) -> (f64, f64) {
    let postcodes: Vec<Postcode> = sample
        .iter()
        .filter_map(|p| Postcode::parse(p).ok())
        .collect();
    let rounds = 1_000_000 / postcodes.len().max(1) + 1;
    let started = Instant::now();
    let mut found = 0usize;
    for _ in 0..rounds {
        for postcode in &postcodes {
            if let Some(entry) = gazetteer.postcodes.get(std::hint::black_box(postcode))
                && gazetteer.neighbourhood_of(entry).is_some()
            {
                found += 1;
            }
        }
    }
    let postcode_rate = (rounds * postcodes.len()) as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(found);

    let mut random = Random(7);
    let points: Vec<Position> = (0..100_000)
        .map(|_| {
            Position::new(
                SOUTH + random.unit() * (NORTH - SOUTH),
                WEST + random.unit() * (EAST - WEST),
            )
        })
        .collect();
    let started = Instant::now();
    let mut located = 0usize;
    for _ in 0..5 {
        for point in &points {
            located += usize::from(
                gazetteer
                    .neighbourhoods
                    .locate(std::hint::black_box(*point))
                    .is_some(),
            );
        }
    }
    let locate_rate = (5 * points.len()) as f64 / started.elapsed().as_secs_f64();
    std::hint::black_box(located);
    (postcode_rate, locate_rate)
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

fn spawn_portal(url: &str, port: u16) -> anyhow::Result<Child> {
    let exe = std::env::current_exe()?;
    let server = exe.with_file_name("server");
    Command::new(&server)
        .arg("serve")
        .env("PORTAL_DATABASE_URL", url)
        .env("PORTAL_LISTEN", format!("127.0.0.1:{port}"))
        .env("PORTAL_LOG", "warn")
        // The sign-in burst comes from many addresses, named in X-Forwarded-For.
        .env("PORTAL_TRUST_FORWARDED_FOR", "true")
        // wrk is one client asking as fast as it can: the API's per-client limit would measure
        // nothing but the limit.
        .env("PORTAL_API_RATE", "100000000")
        .env("PORTAL_API_BURST", "100000000")
        .stdout(Stdio::null())
        .spawn()
        .with_context(|| format!("start {}", server.display()))
}

/// Seconds until the server answers a lookup.
async fn wait_until_ready(port: u16, postcode: &str) -> anyhow::Result<f64> {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            use tokio::io::{AsyncReadExt, AsyncWriteExt};
            let request = format!(
                "GET /api/postcodes/{postcode} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            );
            let mut answer = Vec::new();
            if stream.write_all(request.as_bytes()).await.is_ok()
                && stream.read_to_end(&mut answer).await.is_ok()
                && answer.starts_with(b"HTTP/1.1 200")
            {
                return Ok(started.elapsed().as_secs_f64());
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("the server on port {port} did not answer within two minutes")
}

fn resident_megabytes(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kilobytes| kilobytes / 1024.0)
}

struct Load {
    requests_per_second: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// Rounds of the lookup and the constant handler, one after the other: the machine's speed
/// drifts between runs of a few seconds (the ceiling alone varied by a fifth), so each is the
/// median of its rounds, measured alternately.
const ROUNDS: usize = 3;

fn lookup_and_ceiling(
    portal: u16,
    constant: u16,
    sample_file: &Path,
    args: &Args,
) -> anyhow::Result<(Load, Load)> {
    let mut lookups = Vec::new();
    let mut ceilings = Vec::new();
    for _ in 0..ROUNDS {
        lookups.push(load(portal, sample_file, args)?);
        ceilings.push(load(constant, sample_file, args)?);
    }
    Ok((median(lookups), median(ceilings)))
}

/// The round with the median throughput.
fn median(mut rounds: Vec<Load>) -> Load {
    rounds.sort_by(|a, b| a.requests_per_second.total_cmp(&b.requests_per_second));
    rounds.swap_remove(rounds.len() / 2)
}

/// Runs wrk with a script that asks for the sample postcodes at random.
fn load(port: u16, sample_file: &Path, args: &Args) -> anyhow::Result<Load> {
    let script = sample_file.with_file_name("lookup.lua");
    std::fs::write(
        &script,
        format!(
            "local postcodes = {{}}\nfor line in io.lines({:?}) do postcodes[#postcodes + 1] = line end\n\
             request = function() return wrk.format(\"GET\", \"/api/postcodes/\" .. postcodes[math.random(#postcodes)]) end\n",
            sample_file.display().to_string()
        ),
    )?;
    let url = format!("http://127.0.0.1:{port}");
    let run = |seconds: u64| {
        Command::new("wrk")
            .args([
                "-t2",
                &format!("-c{}", args.connections),
                &format!("-d{seconds}s"),
                "--latency",
                "-s",
            ])
            .arg(&script)
            .arg(&url)
            .output()
            .context("run wrk (apt-get install wrk)")
    };
    run(2)?;
    parse_wrk(&String::from_utf8_lossy(&run(args.seconds)?.stdout))
}

/// Throughput and latency from wrk's report.
fn parse_wrk(output: &str) -> anyhow::Result<Load> {
    let value = |prefix: &str| {
        output
            .lines()
            .find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_string()))
    };
    let millis = |text: String| -> Option<f64> {
        let (number, unit) = text.split_at(text.find(|c: char| c.is_alphabetic())?);
        let number: f64 = number.parse().ok()?;
        Some(match unit {
            "us" => number / 1000.0,
            "ms" => number,
            "s" => number * 1000.0,
            _ => return None,
        })
    };
    match (
        value("Requests/sec:").and_then(|v| v.parse().ok()),
        value("50%").and_then(millis),
        value("99%").and_then(millis),
    ) {
        (Some(requests_per_second), Some(p50_ms), Some(p99_ms)) => Ok(Load {
            requests_per_second,
            p50_ms,
            p99_ms,
        }),
        _ => bail!("could not read wrk's report:\n{output}"),
    }
}

/// Residents each signed in and with a time chosen, then all confirming at once, half through
/// each of two instances on one PostgreSQL database: how many bookings are made (never more
/// than the places), how fast, and how long each confirmation waits.
async fn booking_race(admin_url: &str, attempts: usize, places: i32) -> anyhow::Result<()> {
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let database = demo_database::DemoDatabase::create(
        Some(admin_url),
        "portal_bench_booking",
        Path::new("target/bench"),
    )
    .await?;
    let (url, db) = (database.url.clone(), database.db.clone());

    // The race is for the first slot of Edgbaston's next booked surgery, given `places`.
    let (surgery_id, slot_id) = server::seed::demo::crowded_slot(&db, places).await?;
    let tokens = database.sign_in_links(attempts).await?;

    let instances = TwoInstances::start(&url)?;
    let ports = instances.ports;
    let measured = async {
        instances.ready().await?;
        println!(
            "Signing in {attempts} residents and choosing their time, through both instances"
        );
        let mut prepared = tokio::task::JoinSet::new();
        let limit = std::sync::Arc::new(tokio::sync::Semaphore::new(32));
        for (i, token) in tokens.iter().cloned().enumerate() {
            let limit = limit.clone();
            let port = ports[i % 2];
            prepared.spawn(async move {
                let _turn = limit.acquire().await?;
                let cookie = sign_in_and_choose(port, &token, surgery_id, slot_id).await?;
                anyhow::Ok((i, cookie))
            });
        }
        let mut cookies = vec![String::new(); attempts];
        while let Some(done) = prepared.join_next().await {
            let (i, cookie) = done??;
            cookies[i] = cookie;
        }

        println!("{attempts} confirmations at once");
        let started = Instant::now();
        let mut race = tokio::task::JoinSet::new();
        for (i, cookie) in cookies.into_iter().enumerate() {
            let port = ports[i % 2];
            let body = format!("surgery_id={surgery_id}");
            race.spawn(async move {
                let asked = Instant::now();
                let answer = fetch(
                    port,
                    "POST",
                    "/fn/surgeries/book/confirm",
                    &[
                        ("Accept", "text/html"),
                        ("Origin", "http://localhost:3000"),
                        ("Cookie", &cookie),
                    ],
                    &body,
                )
                .await?;
                let booked = answer
                    .header("location")
                    .is_some_and(|to| to.starts_with("/account/bookings/SRG-"));
                anyhow::Ok((booked, asked.elapsed().as_secs_f64() * 1000.0))
            });
        }
        let mut times = Vec::with_capacity(attempts);
        let mut told_booked = 0;
        while let Some(done) = race.join_next().await {
            let (booked, ms) = done??;
            told_booked += usize::from(booked);
            times.push(ms);
        }
        let seconds = started.elapsed().as_secs_f64();
        times.sort_by(f64::total_cmp);
        let at = |share: f64| times[((times.len() - 1) as f64 * share) as usize];
        let made = entity::booking::Entity::find()
            .filter(entity::booking::Column::SlotId.eq(slot_id))
            .count(&db)
            .await?;
        println!();
        println!("| measure | result | target |");
        println!("| --- | --- | --- |");
        println!(
            "| {attempts} residents confirming at once for {places} places, two instances, PostgreSQL | {made} bookings made; {told_booked} told they booked, {} told the time is full | exactly {places} |",
            attempts - told_booked
        );
        println!(
            "| confirmations answered | {:.0} per second ({attempts} in {seconds:.2} s); p50 {:.0} ms, p99 {:.0} ms | |",
            attempts as f64 / seconds,
            at(0.5),
            at(0.99)
        );
        anyhow::ensure!(
            made == places as u64 && told_booked == places as usize,
            "the slot of {places} places holds {made} bookings"
        );
        anyhow::Ok(())
    }
    .await;
    instances.stop();
    database.remove().await?;
    measured
}

/// Two instances of the portal on one database, for the races.
struct TwoInstances {
    ports: [u16; 2],
    portals: Vec<Child>,
}

impl TwoInstances {
    fn start(url: &str) -> anyhow::Result<Self> {
        let ports = [free_port()?, free_port()?];
        let portals = ports
            .iter()
            .map(|port| spawn_portal(url, *port))
            .collect::<anyhow::Result<_>>()?;
        Ok(Self { ports, portals })
    }

    async fn ready(&self) -> anyhow::Result<()> {
        for port in self.ports {
            wait_until_ready(port, "B15%202TT").await?;
        }
        Ok(())
    }

    fn stop(self) {
        for mut portal in self.portals {
            let _ = portal.kill();
            let _ = portal.wait();
        }
    }
}

/// Follows a resident's sign-in link and chooses their time, as a browser would (one that did
/// not ask for the link, so it types the address the link was sent to); returns the session
/// cookie.
async fn sign_in_and_choose(
    port: u16,
    token: &str,
    surgery_id: i32,
    slot_id: i32,
) -> anyhow::Result<String> {
    let signed_in = fetch(
        port,
        "POST",
        "/fn/sign-in/confirm",
        &[("Accept", "text/html"), ("Origin", "http://localhost:3000")],
        &format!("token={token}&email={token}%40example.org"),
    )
    .await?;
    let cookie = signed_in
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, value)| value.split(';').next())
        .find(|pair| pair.starts_with("portal_session="))
        .context("a session cookie after signing in")?
        .to_string();
    let chosen = fetch(
        port,
        "POST",
        "/fn/surgeries/book/details",
        &[
            ("Accept", "text/html"),
            ("Origin", "http://localhost:3000"),
            ("Cookie", &cookie),
        ],
        &format!("surgery_id={surgery_id}&slot_id={slot_id}&topic=Parking+outside+the+school&adjustments="),
    )
    .await?;
    anyhow::ensure!(
        chosen
            .header("location")
            .is_some_and(|to| to.ends_with("/book/check")),
        "choosing a time answered {}",
        chosen.status
    );
    Ok(cookie)
}
