//! Configuration from the command line or environment variables, each with a default that runs
//! the demo on SQLite.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Apply database migrations, then serve the website (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Load the project's own demo data (West Midlands Police, fictional teams and postcodes).
    /// Does nothing if the database already holds a force.
    SeedDemo,
}

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Database URL: `sqlite://FILE?mode=rwc` (the file is created if missing) or
    /// `postgres://USER:PASSWORD@HOST:PORT/DATABASE`.
    #[arg(long, env = "PORTAL_DATABASE_URL", default_value = "sqlite://portal.db?mode=rwc", global = true, value_parser = parse_database_url)]
    pub database_url: String,

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

    /// Folder holding the built stylesheet, WebAssembly and public files (made by cargo-leptos).
    #[arg(
        long,
        env = "PORTAL_SITE_ROOT",
        default_value = "target/site",
        global = true
    )]
    pub site_root: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

impl Config {
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
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
        assert!(cli.config.is_sqlite());
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
        assert!(!cli.config.is_sqlite());
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
    fn unknown_subcommands_are_refused() {
        assert!(parse(&["frobnicate"]).is_err());
        assert_eq!(
            parse(&["seed-demo"]).unwrap().command,
            Some(Command::SeedDemo)
        );
    }
}
