//! Keeps this instance's in-memory copies in step with the database: imports (run from the
//! command line, or on another instance) bump the dataset revision and this reloads the
//! gazetteer; staff changes on other instances bump the public pages' revision and this
//! forgets the pages it keeps.

use app::services::gazetteer::{SharedGazetteer, current_revision};
use app::services::public_pages::{self, PublicPages};
use sea_orm::DatabaseConnection;
use std::time::Duration;

pub async fn run(
    db: DatabaseConnection,
    gazetteer: SharedGazetteer,
    pages: PublicPages,
    every: Duration,
) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        match current_revision(&db).await {
            Ok(revision) if revision != gazetteer.current().revision => {
                tracing::info!(revision, "the data changed; reloading the gazetteer");
                match gazetteer.reload(&db).await {
                    Ok(()) => {
                        // Pages show boundaries and names that an import may have changed.
                        pages.forget();
                        tracing::info!(
                            postcodes = gazetteer.current().postcodes.len(),
                            neighbourhoods = gazetteer.current().neighbourhoods.len(),
                            "gazetteer reloaded"
                        )
                    }
                    Err(error) => {
                        tracing::error!(%error, "could not reload the gazetteer; the previous one stays in service")
                    }
                }
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not read the dataset revision"),
        }
        match public_pages::current_revision(&db).await {
            Ok(revision) => {
                if pages.refresh_if_changed(revision) {
                    tracing::debug!(revision, "public pages changed elsewhere; forgotten");
                }
            }
            Err(error) => tracing::warn!(%error, "could not read the public pages' revision"),
        }
    }
}
