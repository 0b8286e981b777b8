use clap::Parser;
use server::config::{BoundaryFormatArg, Cli, Command, Config, Import, ImportArgs, MatchByArg};
use server::import::{self, ImportOptions, boundaries, neighbourhoods, postcodes, wards};
use server::seed::demo::{self, SeedOutcome};
use server::seed::demo_activity::{self, ActivityOutcome, DemoSite};
use server::startup::Application;
use server::{database, telemetry};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let Cli { config, command } = Cli::parse();
    telemetry::init(&config.log, config.log_format);
    match run(command.unwrap_or(Command::Serve), &config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: &Config) -> anyhow::Result<()> {
    match command {
        Command::Serve => {
            let problems = config.production_problems();
            if !problems.is_empty() {
                anyhow::bail!(
                    "this is a production site (PORTAL_ENV=production, or an https site address), but it has the demo's settings:\n  - {}",
                    problems.join("\n  - ")
                );
            }
            let application = Application::build(config).await?;
            tracing::info!(address = %application.address(), site = %config.site_url, "listening");
            println!(
                "The neighbourhood portal is running: open {}",
                config.site_url
            );
            application.run_until_stopped().await?;
        }
        Command::Migrate => {
            let db =
                database::connect_with(&config.database_url, config.database_connections).await?;
            database::migrate(&db).await?;
            println!("The database schema is up to date.");
        }
        Command::Import(what) => {
            let db =
                database::connect_with(&config.database_url, config.database_connections).await?;
            database::migrate(&db).await?;
            let started = std::time::Instant::now();
            if let Import::Boundaries {
                files,
                suggest_ward_map: true,
                ..
            } = &what
            {
                return suggest_ward_map(&db, files, boundary_options(&what)).await;
            }
            let summary = run_import(&db, what).await?;
            println!("{summary}");
            let seconds = started.elapsed().as_secs_f64();
            println!(
                "took {seconds:.1} s ({:.0} rows a second)",
                summary.read as f64 / seconds.max(1e-9)
            );
        }
        Command::CreateAdmin { email, name } => {
            let db =
                database::connect_with(&config.database_url, config.database_connections).await?;
            database::migrate(&db).await?;
            create_admin(&db, &config.clock(), &email, &name).await?;
        }
        Command::SeedDemo { places_only } => {
            let db =
                database::connect_with(&config.database_url, config.database_connections).await?;
            database::migrate(&db).await?;
            let clock = config.clock();
            match demo::seed(&db, &clock).await? {
                SeedOutcome::Seeded {
                    lpas,
                    neighbourhoods,
                    team_members,
                    postcodes,
                    surgeries,
                } => println!(
                    "Loaded the demo data: {lpas} Local Policing Areas, {neighbourhoods} neighbourhoods, \
                     {team_members} team members, {postcodes} postcodes, {surgeries} surgeries."
                ),
                SeedOutcome::AlreadyHasData => {
                    println!(
                        "The database already holds a force; the demo data was not loaded again."
                    )
                }
            }
            if !places_only {
                let site = DemoSite {
                    site_url: &config.site_url,
                    secret: config.secret.as_deref(),
                };
                match demo_activity::seed(&db, &clock, site).await? {
                    ActivityOutcome::Seeded(counts) => {
                        println!("Loaded the demo's history: {counts}.")
                    }
                    ActivityOutcome::AlreadyHasActivity => {
                        println!("The demo's history is already loaded; it was not loaded again.")
                    }
                    ActivityOutcome::NoDemoForce => println!(
                        "The database holds a force that is not the demo's; the demo's history was not loaded."
                    ),
                }
            }
        }
    }
    Ok(())
}

async fn run_import(
    db: &sea_orm::DatabaseConnection,
    what: Import,
) -> anyhow::Result<import::ImportSummary> {
    let options = |args: ImportArgs| ImportOptions {
        dry_run: args.dry_run,
        max_rejected: args.max_rejected,
    };
    Ok(match what {
        Import::Onspd {
            files,
            options: args,
        } => postcodes::import(db, postcodes::PostcodeFormat::Onspd, &files, options(args)).await?,
        Import::Codepoint {
            files,
            options: args,
        } => {
            postcodes::import(
                db,
                postcodes::PostcodeFormat::CodePoint,
                &files,
                options(args),
            )
            .await?
        }
        Import::Neighbourhoods {
            file,
            lpa_prefix,
            lpa_map,
            force_id,
            force_name,
            postcode_areas,
            options: args,
        } => {
            let list = neighbourhoods::NeighbourhoodListOptions {
                force: force_id.map(|id| neighbourhoods::NewForce {
                    name: force_name.unwrap_or_else(|| id.clone()),
                    id,
                    postcode_areas,
                }),
                lpa_by_prefix: lpa_prefix,
                lpa_map,
            };
            neighbourhoods::import(db, &file, &list, options(args)).await?
        }
        Import::Wards {
            file,
            options: args,
        } => wards::import(db, &file, options(args)).await?,
        Import::Boundaries {
            ref files,
            options: args,
            ..
        } => boundaries::import(db, files, &boundary_options(&what), options(args)).await?,
    })
}

fn boundary_options(what: &Import) -> boundaries::BoundaryOptions {
    let Import::Boundaries {
        format,
        match_by,
        id_property,
        name_property,
        ..
    } = what
    else {
        unreachable!("only boundary imports have boundary options")
    };
    boundaries::BoundaryOptions {
        format: match format {
            BoundaryFormatArg::Geojson => boundaries::BoundaryFormat::GeoJson,
            BoundaryFormatArg::Police => boundaries::BoundaryFormat::Police,
            BoundaryFormatArg::Kml => boundaries::BoundaryFormat::Kml,
        },
        match_by: match match_by {
            MatchByArg::Id => boundaries::MatchBy::Id,
            MatchByArg::Name => boundaries::MatchBy::Name,
            MatchByArg::Ward => boundaries::MatchBy::Ward,
        },
        id_property: id_property.clone(),
        name_property: name_property.clone(),
    }
}

/// Prints a proposed ward mapping on standard output and what it could not place on standard
/// error, so the CSV can be redirected to a file for a person to check.
async fn suggest_ward_map(
    db: &sea_orm::DatabaseConnection,
    files: &[std::path::PathBuf],
    options: boundaries::BoundaryOptions,
) -> anyhow::Result<()> {
    let suggestion = boundaries::suggest_ward_map(db, files, &options).await?;
    suggestion.write_csv(std::io::stdout().lock())?;
    eprintln!(
        "{} wards placed by name; check each before loading the file with `server import wards`.",
        suggestion.placed.len()
    );
    for ward in &suggestion.unplaced {
        match ward.candidates.as_slice() {
            [] => eprintln!(
                "not placed: {} ({}): its name matches no neighbourhood",
                ward.ward_name, ward.ward_code
            ),
            several => eprintln!(
                "not placed: {} ({}): its name matches {} equally",
                ward.ward_name,
                ward.ward_code,
                several.join(" and ")
            ),
        }
    }
    for feature in &suggestion.unreadable {
        eprintln!("not placed: {feature} has no ward code or no name");
    }
    if !suggestion.without_wards.is_empty() {
        eprintln!(
            "{} neighbourhoods were given no ward: {}",
            suggestion.without_wards.len(),
            suggestion.without_wards.join("; ")
        );
    }
    Ok(())
}

async fn create_admin(
    db: &sea_orm::DatabaseConnection,
    clock: &app::services::clock::Clock,
    email: &str,
    name: &str,
) -> anyhow::Result<()> {
    use app::domain::email_address::EmailAddress;
    use app::domain::password::check_new_password;
    use app::domain::staff::Role;
    use app::services::staff::{self, CreateStaff, FirstPassword, NewStaff};

    let email = EmailAddress::parse(email).map_err(|problem| anyhow::anyhow!("{problem}"))?;
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    anyhow::ensure!(
        !name.is_empty(),
        "Enter the administrator's name with --name"
    );
    let password = match std::env::var("PORTAL_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => rpassword::prompt_password(format!("Password for {email}: "))?,
    };
    check_new_password(&password).map_err(|problem| anyhow::anyhow!("{problem}"))?;
    let new = NewStaff {
        email: email.clone(),
        name,
        role: Role::Administrator,
        first_password: FirstPassword::Given(password),
        neighbourhood_ids: Vec::new(),
        partner_organisation_id: None,
    };
    let db = app::services::write::Database::standalone(db.clone());
    match staff::create_by_operator(&db, clock, new).await? {
        CreateStaff::Created { .. } => println!(
            "Created the administrator {email}. Sign in at /staff/sign-in; you will be asked to set up a second factor first."
        ),
        CreateStaff::EmailTaken => anyhow::bail!("a staff account already has the address {email}"),
    }
    Ok(())
}
