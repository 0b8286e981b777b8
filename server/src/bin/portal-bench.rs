//! Benchmark at national scale (not a test): generates a synthetic UK-sized dataset, imports it
//! with the real importers and prints import speed, the server's memory, in-process lookup speed
//! and HTTP throughput of `/api/postcodes/{postcode}` beside a constant axum handler measured in
//! the same run. Run it through `scripts/bench.sh`.

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
}

#[derive(Subcommand)]
enum Mode {
    /// Serve a constant JSON answer on the lookup path: the ceiling the portal is compared with.
    ConstantServer {
        #[arg(long)]
        listen: std::net::SocketAddr,
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
    let loads = ready.and_then(|startup| {
        let portal_load = load(portal_port, &files.sample_file, args)?;
        let constant_load = load(constant_port, &files.sample_file, args)?;
        Ok((startup, portal_load, constant_load))
    });
    let _ = portal.kill();
    let _ = constant.kill();
    let (startup, portal_load, constant_load) = loads?;

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
        "| constant axum handler, {} connections | {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms | ceiling |",
        args.connections,
        constant_load.requests_per_second,
        constant_load.p50_ms,
        constant_load.p99_ms
    );
    println!(
        "| GET /api/postcodes/{{postcode}}, {} connections | {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms | ≥ half the ceiling, p99 ≤ 5 ms |",
        args.connections, portal_load.requests_per_second, portal_load.p50_ms, portal_load.p99_ms
    );
    println!(
        "| lookup ÷ constant throughput | {:.2} | ≥ 0.50 |",
        portal_load.requests_per_second / constant_load.requests_per_second
    );
    Ok(())
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
    let output = String::from_utf8_lossy(&run(args.seconds)?.stdout).into_owned();
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
