//! Data access and the rules that need it. Server only (compiled with the `ssr` feature).

pub mod alerts;
pub mod audit;
pub mod bookings;
pub mod calendar;
pub mod clock;
pub mod concerns;
pub mod duty_time;
pub mod find;
pub mod following;
pub mod gazetteer;
pub mod group_meetings;
pub mod groups;
pub mod guarantee;
pub mod management;
pub mod messages;
pub mod moderation;
pub mod neighbourhood_index;
pub mod neighbourhoods;
pub mod occurrences;
pub mod open_data;
pub mod outbox;
pub mod postcode_directory;
pub mod priorities;
pub mod problems;
pub mod public_pages;
pub mod rate_limit;
pub mod residents;
pub mod revisions;
pub mod session_store;
pub mod staff;
pub mod staff_auth;
pub mod surgeries;
pub mod tokens;
pub mod updates;
pub mod venues;
pub mod votes;
pub mod write;

/// Begins a transaction that will write. On SQLite it takes the write lock at the start
/// (`BEGIN IMMEDIATE`), waiting its turn, rather than failing with "database is locked" when it
/// first reads and another connection writes before it does.
pub async fn begin_write(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}
