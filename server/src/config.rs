//! Configuration from the command line or environment variables, each with a default that runs
//! the demo on SQLite.

use app::services::clock::Clock;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "The neighbourhood portal: find your neighbourhood policing team, book surgeries, raise concerns.",
    long_about = "The neighbourhood portal's server. Without a subcommand it serves the website.\n\n\
        Every option can also be set through the environment variable shown beside it."
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Apply database migrations, then serve the website (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the project's own demo data: West Midlands Police, fictional teams and postcodes,
    /// and a few neighbourhoods' history (priorities, votes, concerns, "you said, we did"
    /// updates, a community group, surgeries with bookings, time records). Loads the force
    /// only if the database holds none, and the history only if it is not there yet.
    SeedDemo {
        /// Load only the force, its areas, neighbourhoods, teams, venues, postcodes and
        /// surgeries, with no residents' or teams' activity (what the tests start from).
        #[arg(long)]
        places_only: bool,
    },
    /// Create a force administrator account (the first one; later ones are added in the
    /// staff pages). The password is read from PORTAL_ADMIN_PASSWORD, or asked for.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
    },
    /// Load open data: postcodes, neighbourhood lists, boundaries. Each import is one
    /// transaction, can be repeated safely, and reports rejected rows with their line numbers.
    #[command(subcommand)]
    Import(Import),
}

#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Import {
    /// Postcodes from the ONS Postcode Directory or NSPL CSV (either header layout:
    /// `pcd,pcd2,pcds,…` or `pcd7,pcd8,pcds,…`). Terminated postcodes are kept and marked.
    Onspd {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        options: ImportArgs,
    },
    /// Postcodes from Ordnance Survey Code-Point Open CSV (no header row; OSGB36 eastings and
    /// northings, converted to WGS84).
    Codepoint {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        options: ImportArgs,
    },
    /// A neighbourhood list in data.police.uk's `[{"id","name"}]` format.
    Neighbourhoods {
        file: PathBuf,
        /// `PREFIX=LPA name`: ids starting PREFIX belong to that Local Policing Area (the
        /// longest matching prefix wins). Repeat for each LPA.
        #[arg(long = "lpa-prefix", value_parser = parse_prefix_rule)]
        lpa_prefix: Vec<(String, String)>,
        /// A CSV file of `neighbourhood id,LPA name` rows (wins over --lpa-prefix).
        #[arg(long)]
        lpa_map: Option<PathBuf>,
        /// The force's data.police.uk id, when the database has no force yet.
        #[arg(long)]
        force_id: Option<String>,
        /// The force's name, when the database has no force yet.
        #[arg(long, requires = "force_id")]
        force_name: Option<String>,
        /// The postcode areas the force covers, such as "B CV DY WS WV".
        #[arg(long, requires = "force_id", default_value = "")]
        postcode_areas: String,
        #[command(flatten)]
        options: ImportArgs,
    },
    /// The force's ward mapping: a CSV of `neighbourhood,ward_code,ward_name` rows saying which
    /// neighbourhood each ward belongs to. It is the whole mapping: wards it no longer lists are
    /// removed.
    Wards {
        file: PathBuf,
        #[command(flatten)]
        options: ImportArgs,
    },
    /// Neighbourhood boundaries, matched to the force's neighbourhoods by id or name, or built
    /// from ward boundaries through the ward mapping.
    Boundaries {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "geojson")]
        format: BoundaryFormatArg,
        /// Match features to neighbourhoods by id, by name, or as wards (the id is a ward code
        /// in the mapping loaded by `import wards`; each neighbourhood becomes the union of its
        /// wards).
        #[arg(long, value_enum, default_value = "id")]
        match_by: MatchByArg,
        /// The GeoJSON property (or KML ExtendedData field) holding the neighbourhood id.
        #[arg(long, default_value = "id")]
        id_property: String,
        /// The GeoJSON property holding the neighbourhood name (KML uses <name>).
        #[arg(long, default_value = "name")]
        name_property: String,
        /// Change nothing: read ward boundaries and print a proposed ward mapping (CSV) from
        /// the names, for a person to check and load with `import wards`.
        #[arg(long)]
        suggest_ward_map: bool,
        #[command(flatten)]
        options: ImportArgs,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Args)]
pub struct ImportArgs {
    /// Read and check everything, report what would change, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Abandon the whole import (changing nothing) if more rows than this are rejected.
    #[arg(long, default_value_t = 1000)]
    pub max_rejected: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BoundaryFormatArg {
    /// A GeoJSON FeatureCollection of Polygon or MultiPolygon features.
    Geojson,
    /// data.police.uk's `[{"latitude","longitude"}]`, one file a neighbourhood named by its id.
    Police,
    /// KML placemarks with Polygon or MultiGeometry.
    Kml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatchByArg {
    Id,
    Name,
    Ward,
}

fn parse_languages(value: &str) -> Result<app::i18n::Languages, String> {
    app::i18n::Languages::parse(value)
}

fn parse_prefix_rule(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((prefix, lpa)) if !prefix.trim().is_empty() && !lpa.trim().is_empty() => {
            Ok((prefix.trim().to_string(), lpa.trim().to_string()))
        }
        _ => Err("expected PREFIX=LPA name, such as BW=Birmingham".into()),
    }
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database URL: `sqlite://FILE?mode=rwc` (the file is created if missing) or
    /// `postgres://USER:PASSWORD@HOST:PORT/DATABASE`.
    #[arg(long, env = "PORTAL_DATABASE_URL", default_value = "sqlite://portal.db?mode=rwc", global = true, value_parser = parse_database_url, hide_env_values = true)]
    pub database_url: String,

    /// How many database connections this instance keeps open at most. With several instances
    /// on one PostgreSQL server, keep their sum within its `max_connections` (100 by default),
    /// and near twice its cores: more make each request slower, not more of them answered.
    #[arg(long, env = "PORTAL_DATABASE_CONNECTIONS", default_value_t = crate::database::CONNECTIONS, global = true, value_parser = clap::value_parser!(u32).range(1..))]
    pub database_connections: u32,

    /// Address and port to listen on.
    #[arg(
        long,
        env = "PORTAL_LISTEN",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub listen: SocketAddr,

    /// The public address of the site, as residents reach it (used in links and emails).
    #[arg(long, env = "PORTAL_SITE_URL", default_value = "http://localhost:3000", global = true, value_parser = parse_site_url)]
    pub site_url: String,

    /// Log filter, in tracing's `EnvFilter` syntax: `info`, `debug`, `server=debug,info`…
    #[arg(long, env = "PORTAL_LOG", default_value = "info", global = true)]
    pub log: String,

    /// Log line format.
    #[arg(long, env = "PORTAL_LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: LogFormat,

    /// How often, in seconds, each instance checks whether an import changed the data it holds in
    /// memory (and reloads it if so).
    #[arg(long, env = "PORTAL_RELOAD_INTERVAL", default_value_t = 30, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub reload_interval: u64,

    /// How often, in seconds, each instance looks for surgery reminders to send (each is sent
    /// once, whichever instance finds it first).
    #[arg(long, env = "PORTAL_REMINDER_INTERVAL", default_value_t = 300, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub reminder_interval: u64,

    /// How many emails of team messages, per minute, each instance hands to the outbox (which
    /// sends them as fast as the SMTP server takes them).
    #[arg(long, env = "PORTAL_MESSAGE_RATE", default_value_t = 1200, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub message_rate: u64,

    /// How long, in seconds, a stopping instance (SIGTERM) lets its email sender finish the
    /// message it is sending, once every request is answered; a message still held then is
    /// handed back for another instance to send.
    #[arg(
        long,
        env = "PORTAL_SHUTDOWN_GRACE",
        default_value_t = 10,
        global = true
    )]
    pub shutdown_grace: u64,

    /// How long, in seconds, an instance sent SIGTERM goes on answering, with `/health/ready`
    /// failing, before it stops accepting connections: long enough for a load balancer's health
    /// check to move new requests elsewhere. Ctrl-C stops at once.
    #[arg(
        long,
        env = "PORTAL_SHUTDOWN_DRAIN",
        default_value_t = 5,
        global = true
    )]
    pub shutdown_drain: u64,

    /// Folder holding the built stylesheet, WebAssembly and public files (made by cargo-leptos).
    #[arg(
        long,
        env = "PORTAL_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,
    /// The open API's rate limit: requests a second each client may make on average (a
    /// leaky bucket, per instance), as data.police.uk allows.
    #[arg(long, env = "PORTAL_API_RATE", default_value = "15", global = true)]
    pub api_rate: NonZeroU32,

    /// The open API's rate limit: how many requests a client may make at once before the
    /// average applies.
    #[arg(long, env = "PORTAL_API_BURST", default_value = "30", global = true)]
    pub api_burst: NonZeroU32,

    /// Take each client's address from the last X-Forwarded-For entry (for rate limits). Only
    /// set this behind a reverse proxy that sets that header.
    #[arg(long, env = "PORTAL_TRUST_FORWARDED_FOR", global = true)]
    pub trust_forwarded_for: bool,

    /// Networks besides loopback that may read `/metrics` (the monitoring's scraper), as a
    /// comma-separated list such as `10.20.0.0/16,192.0.2.7/32`.
    #[arg(
        long,
        env = "PORTAL_METRICS_ALLOW",
        value_delimiter = ',',
        global = true
    )]
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// `production` refuses to start with the demo's settings (also on whenever the site
    /// address is https).
    #[arg(
        long = "env",
        env = "PORTAL_ENV",
        value_enum,
        default_value = "development",
        global = true
    )]
    pub environment: Environment,
    /// A long random value that keys the hashes of addresses in rate-limit counts. Required in
    /// production; otherwise one is made and kept in the database on first start.
    #[arg(long, env = "PORTAL_SECRET", global = true, hide_env_values = true)]
    pub secret: Option<String>,
    /// Staff are signed out after this many minutes without activity (residents stay signed
    /// in for 7 days).
    #[arg(long, env = "PORTAL_STAFF_IDLE_MINUTES", default_value_t = 30, global = true, value_parser = clap::value_parser!(u64).range(1..=720))]
    pub staff_idle_minutes: u64,
    /// How many concerns one resident may raise in a day.
    #[arg(long, env = "PORTAL_CONCERNS_PER_DAY", default_value_t = 5, global = true, value_parser = clap::value_parser!(u64).range(1..=100))]
    pub concerns_per_day: u64,
    /// For tests only: the portal's clock stands at this UTC instant (RFC 3339, such as
    /// 2026-11-23T10:00:00Z) instead of following the system's. Refused in production.
    #[arg(long, env = "PORTAL_FIXED_TIME", global = true, value_parser = parse_instant)]
    pub fixed_time: Option<i64>,
    /// A raster map tile server drawn under the maps, as an XYZ address such as
    /// https://tile.openstreetmap.org/{z}/{x}/{y}.png (an OpenStreetMap tile server, or the OS
    /// Maps API with its key). Without one, maps show the neighbourhood's outline alone.
    #[arg(long, env = "PORTAL_MAP_TILES", global = true)]
    pub map_tiles: Option<String>,
    /// What the tile server's licence asks every map to say, such as "© OpenStreetMap
    /// contributors". Required with PORTAL_MAP_TILES.
    #[arg(
        long,
        env = "PORTAL_MAP_ATTRIBUTION",
        default_value = "",
        global = true
    )]
    pub map_attribution: String,
    /// The languages residents may read the portal in, besides English (always on): codes
    /// separated by commas, from cy (Welsh), ur (Urdu), pa (Punjabi), pl (Polish), bn
    /// (Bengali) and ar (Arabic). `en-xa` is the tests' pseudo-locale. An empty value leaves
    /// English alone.
    #[arg(long, env = "PORTAL_LANGUAGES", default_value = "cy,ur,pa,pl,bn,ar", global = true, value_parser = parse_languages)]
    pub languages: app::i18n::Languages,
    /// The force's page for reporting a crime online, linked wherever residents are told the
    /// portal is not the place to report one. Without it, the force's website is linked.
    #[arg(long, env = "PORTAL_REPORT_CRIME_URL", global = true, value_parser = parse_web_page)]
    pub report_crime_url: Option<String>,
    #[command(flatten)]
    pub email: EmailConfig,
}

#[derive(Debug, Clone, Args)]
pub struct EmailConfig {
    /// How email leaves the portal: `folder` writes each message as an .eml file (the demo),
    /// `smtp` sends it through an SMTP server.
    #[arg(
        long = "email-transport",
        env = "PORTAL_EMAIL_TRANSPORT",
        value_enum,
        default_value = "folder",
        global = true
    )]
    pub transport: EmailTransport,
    /// The folder .eml files are written to, with `--email-transport folder`.
    #[arg(
        long = "email-folder",
        env = "PORTAL_EMAIL_FOLDER",
        default_value = "mail",
        global = true
    )]
    pub folder: PathBuf,
    /// The address messages come from (the name shown is the team or force sending it).
    #[arg(
        long = "email-from",
        env = "PORTAL_EMAIL_FROM",
        default_value = "no-reply@localhost",
        global = true
    )]
    pub from: String,
    #[arg(
        long,
        env = "PORTAL_SMTP_HOST",
        default_value = "localhost",
        global = true
    )]
    pub smtp_host: String,
    #[arg(long, env = "PORTAL_SMTP_PORT", default_value_t = 587, global = true)]
    pub smtp_port: u16,
    /// `starttls` (upgrade after connecting, usually port 587), `tls` (TLS from the start,
    /// usually 465) or `none` (only for a relay on the same machine or a test server).
    #[arg(
        long,
        env = "PORTAL_SMTP_TLS",
        value_enum,
        default_value = "starttls",
        global = true
    )]
    pub smtp_tls: SmtpTls,
    #[arg(long, env = "PORTAL_SMTP_USERNAME", global = true)]
    pub smtp_username: Option<String>,
    #[arg(
        long,
        env = "PORTAL_SMTP_PASSWORD",
        global = true,
        hide_env_values = true
    )]
    pub smtp_password: Option<String>,
    /// The wait after a failed delivery, doubled after each further failure, up to an hour.
    #[arg(long = "email-retry-seconds", env = "PORTAL_EMAIL_RETRY_SECONDS", default_value_t = 30, global = true, value_parser = clap::value_parser!(u64).range(1..))]
    pub retry_seconds: u64,
    /// After this many failed deliveries a message is given up and shown to administrators.
    #[arg(long = "email-max-attempts", env = "PORTAL_EMAIL_MAX_ATTEMPTS", default_value_t = 10, global = true, value_parser = clap::value_parser!(u32).range(1..=100))]
    pub max_attempts: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Environment {
    Development,
    Production,
}

impl Config {
    /// The clock the portal's rules run on: the system's, or one fixed for tests.
    pub fn clock(&self) -> Clock {
        self.fixed_time.map_or_else(Clock::system, Clock::fixed)
    }

    /// The map tile server, if one is configured; a clear problem if it is not usable.
    pub fn tile_layer(
        &self,
    ) -> Result<Option<app::domain::map_tiles::TileLayer>, app::domain::map_tiles::TileLayerProblem>
    {
        self.map_tiles
            .as_deref()
            .filter(|template| !template.trim().is_empty())
            .map(|template| {
                app::domain::map_tiles::TileLayer::parse(template, &self.map_attribution)
            })
            .transpose()
    }

    /// A production site: asked for, or served over https.
    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production || self.site_url.starts_with("https://")
    }

    /// The demo settings a production site must not run with, each saying what to change.
    pub fn production_problems(&self) -> Vec<String> {
        if !self.is_production() {
            return Vec::new();
        }
        let mut problems = Vec::new();
        if self.email.transport == EmailTransport::Folder {
            problems.push(
                "Email would be written to a folder, not sent: set PORTAL_EMAIL_TRANSPORT=smtp and PORTAL_SMTP_HOST (the folder transport is for the demo only)."
                    .to_string(),
            );
        }
        if !self.site_url.starts_with("https://") {
            problems.push(format!(
                "The site address {} is not https: set PORTAL_SITE_URL to the https:// address residents use.",
                self.site_url
            ));
        }
        if self.fixed_time.is_some() {
            problems
                .push("The clock is fixed (for tests only): unset PORTAL_FIXED_TIME.".to_string());
        }
        match &self.secret {
            None => problems.push(
                "No secret is set: set PORTAL_SECRET to a long random value, such as the output of `openssl rand -hex 32`, the same on every instance."
                    .to_string(),
            ),
            Some(secret) if secret.len() < 32 => problems.push(
                "PORTAL_SECRET is too short: use at least 32 characters, such as the output of `openssl rand -hex 32`."
                    .to_string(),
            ),
            Some(_) => {}
        }
        problems
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmailTransport {
    Folder,
    Smtp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmtpTls {
    Starttls,
    Tls,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

fn parse_database_url(value: &str) -> Result<String, String> {
    let value = value.trim();
    if ["sqlite:", "postgres://", "postgresql://"]
        .iter()
        .any(|scheme| value.starts_with(scheme))
    {
        Ok(value.to_string())
    } else {
        Err("expected a URL starting sqlite: or postgres://".into())
    }
}

fn parse_instant(value: &str) -> Result<i64, String> {
    chrono::DateTime::parse_from_rfc3339(value.trim())
        .map(|instant| instant.timestamp())
        .map_err(|_| "expected a UTC time such as 2026-11-23T10:00:00Z".into())
}

fn parse_site_url(value: &str) -> Result<String, String> {
    let url = url::Url::parse(value.trim()).map_err(|e| format!("not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err("expected an http:// or https:// address with a host name".into());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("the site address cannot have a query or fragment".into());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A page on the web: an http:// or https:// address with a host name.
fn parse_web_page(value: &str) -> Result<String, String> {
    let url = url::Url::parse(value.trim()).map_err(|e| format!("not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err("expected an http:// or https:// address with a host name".into());
    }
    Ok(url.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("server").chain(args.iter().copied()))
    }

    #[test]
    fn with_no_arguments_the_defaults_run_the_demo_on_sqlite() {
        let cli = parse(&[]).unwrap();
        assert_eq!(cli.command, None);
        assert!(cli.config.database_url.starts_with("sqlite://"));
        assert_eq!(cli.config.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(cli.config.site_url, "http://localhost:3000");
        assert_eq!(cli.config.log_format, LogFormat::Text);
    }

    #[test]
    fn options_may_follow_the_subcommand() {
        let cli = parse(&[
            "migrate",
            "--database-url",
            "postgres://portal@localhost/portal",
        ])
        .unwrap();
        assert_eq!(cli.command, Some(Command::Migrate));
        assert_eq!(
            cli.config.database_url,
            "postgres://portal@localhost/portal"
        );
    }

    #[test]
    fn a_database_url_of_another_kind_is_refused() {
        let error = parse(&["--database-url", "mysql://localhost/portal"]).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected a URL starting sqlite: or postgres://"),
            "{error}"
        );
    }

    #[test]
    fn the_site_url_must_be_http_and_loses_its_trailing_slash() {
        let cli = parse(&["--site-url", "https://portal.example.police.uk/"]).unwrap();
        assert_eq!(cli.config.site_url, "https://portal.example.police.uk");
        assert!(parse(&["--site-url", "ftp://portal.example"]).is_err());
        assert!(parse(&["--site-url", "portal"]).is_err());
        assert!(parse(&["--site-url", "https://portal.example/?a=b"]).is_err());
    }

    #[test]
    fn a_bad_listen_address_is_refused() {
        assert!(parse(&["--listen", "localhost"]).is_err());
        assert_eq!(
            parse(&["--listen", "0.0.0.0:8080"])
                .unwrap()
                .config
                .listen
                .port(),
            8080
        );
    }

    #[test]
    fn import_subcommands_take_their_files_and_options() {
        let cli = parse(&["import", "codepoint", "b.csv", "cv.csv", "--dry-run"]).unwrap();
        let Some(Command::Import(Import::Codepoint { files, options })) = cli.command else {
            panic!()
        };
        assert_eq!(files.len(), 2);
        assert!(options.dry_run);
        assert_eq!(options.max_rejected, 1000);
        assert!(parse(&["import", "onspd"]).is_err(), "a file is required");
        let error =
            parse(&["import", "neighbourhoods", "n.json", "--lpa-prefix", "BW"]).unwrap_err();
        assert!(
            error.to_string().contains("expected PREFIX=LPA name"),
            "{error}"
        );
    }

    #[test]
    fn production_refuses_the_demo_settings_and_says_what_to_change() {
        let demo = parse(&[]).unwrap().config;
        assert!(!demo.is_production());
        assert!(demo.production_problems().is_empty());

        let https = parse(&["--site-url", "https://portal.example.police.uk"])
            .unwrap()
            .config;
        let problems = https.production_problems();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("PORTAL_EMAIL_TRANSPORT=smtp"));
        assert!(problems[1].contains("PORTAL_SECRET"));

        let fixed = parse(&[
            "--env",
            "production",
            "--fixed-time",
            "2026-11-23T10:00:00Z",
        ])
        .unwrap()
        .config;
        assert!(
            fixed
                .production_problems()
                .iter()
                .any(|p| p.contains("PORTAL_FIXED_TIME"))
        );

        let http = parse(&["--env", "production"]).unwrap().config;
        assert!(
            http.production_problems()
                .iter()
                .any(|p| p.contains("PORTAL_SITE_URL"))
        );

        let ready = parse(&[
            "--site-url",
            "https://portal.example.police.uk",
            "--email-transport",
            "smtp",
            "--secret",
            "0123456789abcdef0123456789abcdef",
        ])
        .unwrap()
        .config;
        assert!(ready.production_problems().is_empty());
    }

    #[test]
    fn a_fixed_clock_stands_at_the_time_given_and_the_system_clock_is_the_default() {
        let fixed = parse(&["--fixed-time", "2026-11-23T10:00:00Z"])
            .unwrap()
            .config
            .clock();
        assert_eq!(fixed.now(), 1_795_428_000);
        assert!(!parse(&[]).unwrap().config.clock().is_fixed());
        let error = parse(&["--fixed-time", "23 November"]).unwrap_err();
        assert!(
            error.to_string().contains("2026-11-23T10:00:00Z"),
            "{error}"
        );
    }

    #[test]
    fn help_never_shows_secret_values() {
        use clap::CommandFactory;
        let command = Cli::command();
        for secret in ["database_url", "smtp_password", "secret"] {
            let argument = command
                .get_arguments()
                .find(|a| a.get_id() == secret)
                .unwrap_or_else(|| panic!("the {secret} option"));
            assert!(
                argument.is_hide_env_values_set(),
                "--help would print the value of {secret}"
            );
        }
    }

    #[test]
    fn unknown_subcommands_are_refused() {
        assert!(parse(&["frobnicate"]).is_err());
        assert_eq!(
            parse(&["seed-demo"]).unwrap().command,
            Some(Command::SeedDemo { places_only: false })
        );
        assert_eq!(
            parse(&["seed-demo", "--places-only"]).unwrap().command,
            Some(Command::SeedDemo { places_only: true })
        );
    }
}
