//! Deletes what has served its purpose: expired sessions, old sign-in and password reset links,
//! rate-limit counts, and emails sent (or given up) a month ago.

use app::services::session_store::DatabaseSessionStore;
use app::services::{outbox, rate_limit, resident_accounts, staff_auth};
use app::state::PortalState;
use tower_sessions::session_store::ExpiredDeletion;

/// Each kind of record in turn: one failing does not keep the others.
pub async fn run_once(state: &PortalState, sessions: &DatabaseSessionStore) -> anyhow::Result<()> {
    let (db, clock) = (&state.db, &state.clock);
    let sessions = sessions.delete_expired().await;
    let records = async {
        let links = resident_accounts::delete_old_links(db, clock).await?
            + staff_auth::delete_old_reset_links(db, clock).await?;
        let hits = rate_limit::delete_old(db, clock).await?;
        let emails = outbox::delete_old(db, clock).await?;
        tracing::debug!(links, hits, emails, "housekeeping done");
        Ok::<_, sea_orm::DbErr>(())
    }
    .await;
    sessions?;
    Ok(records?)
}
