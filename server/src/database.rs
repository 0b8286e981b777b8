//! Connecting to SQLite or PostgreSQL and bringing the schema up to date.

use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr,
};

pub use app::services::gazetteer::bump_revision as bump_dataset_revision;
use std::time::Duration;

/// Connections each instance keeps open by default. A database server does the most work with
/// about two busy connections per core; more only queue inside it, switching between them, so
/// requests wait their turn here instead, in order.
pub const CONNECTIONS: u32 = 8;

/// Connects with at most `CONNECTIONS` open at once (a command's or a test's use).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_with(url, CONNECTIONS).await
}

/// Connects with at most `connections` open at once.
pub async fn connect_with(url: &str, connections: u32) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(10))
        // A connection in steady use is known alive: pinging it on every checkout would add a
        // round trip to each request. One idle long enough for a firewall or a database restart
        // to have dropped it is still checked first.
        .test_before_acquire_if_idle_for(Duration::from_secs(30))
        .sqlx_logging(false);
    let db = Database::connect(options).await?;
    if db.get_database_backend() == DbBackend::Sqlite {
        // Write-ahead logging lets readers carry on while a write (an import, a booking) runs.
        // Switching a new file to it needs the file to itself: while another instance starting
        // at the same moment holds it (applying the migrations, say), wait.
        let mut waited = Duration::ZERO;
        loop {
            match db.execute_unprepared("PRAGMA journal_mode = WAL").await {
                Err(error)
                    if error.to_string().contains("database is locked")
                        && waited < Duration::from_secs(120) =>
                {
                    tokio::time::sleep(Duration::from_millis(250)).await;
                    waited += Duration::from_millis(250);
                }
                done => {
                    done?;
                    break;
                }
            }
        }
    }
    Ok(db)
}

/// Any number for the advisory lock that only migrations take.
const MIGRATION_LOCK: i64 = 7_340_202_612;

/// Applies the migrations not yet applied. Instances starting together take turns: each holds
/// the database's lock for the whole run (PostgreSQL's advisory lock, SQLite's write lock), so
/// each migration is applied once and the others find nothing left to do.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    let txn = begin_write_waiting(db).await?;
    if db.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
            .await?;
    }
    Migrator::up(&txn, None).await?;
    txn.commit().await
}

/// Begins a write transaction (on SQLite, taking the write lock at once), waiting as long as it
/// takes while another program, such as a running portal, holds the lock, and saying so.
pub async fn begin_write_waiting(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let mut said = false;
    begin_write_after_waits(db, || {
        if !said {
            eprintln!(
                "Waiting for the database: another program (a running portal, or an import) is writing to it…"
            );
            said = true;
        }
    })
    .await
}

/// Begins a write transaction as `begin_write_waiting` does, calling `waiting` each time SQLite
/// gives up on the lock (after its busy timeout) and it waits to try again.
pub async fn begin_write_after_waits(
    db: &DatabaseConnection,
    mut waiting: impl FnMut(),
) -> Result<DatabaseTransaction, DbErr> {
    loop {
        match app::services::begin_write(db).await {
            Err(error) if error.to_string().contains("database is locked") => {
                waiting();
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            begun => return begun,
        }
    }
}
