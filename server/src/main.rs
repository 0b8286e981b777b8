use clap::Parser;
use server::config::{Cli, Command, Config};
use server::seed::demo::{self, SeedOutcome};
use server::startup::Application;
use server::{database, telemetry};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    telemetry::init(&cli.config.log, cli.config.log_format);
    match run(cli.command.unwrap_or(Command::Serve), &cli.config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error:#}");
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: &Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let application = Application::build(config).await?;
            tracing::info!(address = %application.address(), site = %config.site_url, "listening");
            println!(
                "The neighbourhood portal is running: open {}",
                config.site_url
            );
            application.run_until_stopped().await?;
        }
        Command::Migrate => {
            let db = database::connect(&config.database_url).await?;
            database::migrate(&db).await?;
            println!("The database schema is up to date.");
        }
        Command::SeedDemo => {
            let db = database::connect(&config.database_url).await?;
            database::migrate(&db).await?;
            match demo::seed(&db).await? {
                SeedOutcome::Seeded {
                    lpas,
                    neighbourhoods,
                    team_members,
                    postcodes,
                } => println!(
                    "Loaded the demo data: {lpas} Local Policing Areas, {neighbourhoods} neighbourhoods, \
                     {team_members} team members, {postcodes} postcodes."
                ),
                SeedOutcome::AlreadyHasData => {
                    println!(
                        "The database already holds a force; the demo data was not loaded again."
                    )
                }
            }
        }
    }
    Ok(())
}
