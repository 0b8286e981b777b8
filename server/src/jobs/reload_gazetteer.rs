//! Keeps this instance's in-memory copies in step with the database: imports (run from the
//! command line, or on another instance) bump the dataset revision and this reloads the
//! gazetteer; staff changes on other instances bump the public pages' revision and this
//! forgets the pages it keeps.

use app::services::gazetteer::current_revision;
use app::services::public_pages;
use app::state::PortalState;

/// The gazetteer, then the public pages: a failure with the first (the previous gazetteer stays
/// in service) does not keep the pages stale.
pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let gazetteer = reload_gazetteer(state).await;
    let pages = &state.public_pages;
    let revision = public_pages::current_revision(&state.db).await?;
    if pages.refresh_if_changed(revision) {
        tracing::debug!(revision, "public pages changed elsewhere; forgotten");
    }
    gazetteer
}

async fn reload_gazetteer(state: &PortalState) -> anyhow::Result<()> {
    let (db, gazetteer) = (&state.db, &state.gazetteer);
    let revision = current_revision(db).await?;
    if revision != gazetteer.current().revision {
        tracing::info!(revision, "the data changed; reloading the gazetteer");
        gazetteer.reload(db).await?;
        // Pages show boundaries and names that an import may have changed.
        state.public_pages.forget();
        tracing::info!(
            postcodes = gazetteer.current().postcodes.len(),
            neighbourhoods = gazetteer.current().neighbourhoods.len(),
            "gazetteer reloaded"
        );
    }
    Ok(())
}
