//! Emails residents about what changed on what they and their groups follow: last week's
//! digest, or what happened since they were last told. Every instance looks; the database
//! decides which one sends each email, once (see `alerts`).

use app::services::alerts;
use app::state::PortalState;
use std::time::Duration;

pub async fn run(state: PortalState, every: Duration) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        let site = state.email_site();
        let weekly = alerts::send_weekly(&state.db, &state.clock, &site, &state.bucket_keys).await;
        let immediate =
            alerts::send_immediate(&state.db, &state.clock, &site, &state.bucket_keys).await;
        match (weekly, immediate) {
            (Ok(0), Ok(0)) => {}
            (Ok(weekly), Ok(immediate)) => {
                tracing::info!(
                    weekly,
                    immediate,
                    "alerts about followed items put in the outbox"
                );
                state.outbox_ready.notify_one();
            }
            (Err(error), _) | (_, Err(error)) => {
                tracing::error!(%error, "could not send alerts about followed items")
            }
        }
    }
}
