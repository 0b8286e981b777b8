//! Keeps this instance's in-memory copies in step with the database: imports (run from the
//! command line, or on another instance) bump the dataset revision and this reloads the
//! gazetteer; staff changes on other instances bump the public pages' revision and this
//! forgets the pages it keeps.

use app::services::gazetteer::current_revision;
use app::services::public_pages;
use app::state::PortalState;

pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let (db, gazetteer, pages) = (&state.db, &state.gazetteer, &state.public_pages);
    let revision = current_revision(db).await?;
    if revision != gazetteer.current().revision {
        tracing::info!(revision, "the data changed; reloading the gazetteer");
        // On failure the previous gazetteer stays in service.
        gazetteer.reload(db).await?;
        // Pages show boundaries and names that an import may have changed.
        pages.forget();
        tracing::info!(
            postcodes = gazetteer.current().postcodes.len(),
            neighbourhoods = gazetteer.current().neighbourhoods.len(),
            "gazetteer reloaded"
        );
    }
    let revision = public_pages::current_revision(db).await?;
    if pages.refresh_if_changed(revision) {
        tracing::debug!(revision, "public pages changed elsewhere; forgotten");
    }
    Ok(())
}
