//! Deletes what has served its purpose: expired sessions, old sign-in and password reset links,
//! rate-limit counts, and emails sent (or given up) a month ago.

use app::services::clock::Clock;
use app::services::session_store::DatabaseSessionStore;
use app::services::{outbox, rate_limit, residents, staff_auth};
use sea_orm::DatabaseConnection;
use std::time::Duration;
use tower_sessions::session_store::ExpiredDeletion;

pub async fn run(
    db: DatabaseConnection,
    clock: Clock,
    sessions: DatabaseSessionStore,
    every: Duration,
) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        if let Err(error) = sessions.delete_expired().await {
            tracing::error!(%error, "could not delete expired sessions");
        }
        let deleted = async {
            Ok::<_, sea_orm::DbErr>((
                residents::delete_old_links(&db, &clock).await?
                    + staff_auth::delete_old_reset_links(&db, &clock).await?,
                rate_limit::delete_old(&db, &clock).await?,
                outbox::delete_old(&db, &clock).await?,
            ))
        }
        .await;
        match deleted {
            Ok((links, hits, emails)) => tracing::debug!(links, hits, emails, "housekeeping done"),
            Err(error) => tracing::error!(%error, "housekeeping failed"),
        }
    }
}
