//! Emails residents the day before their surgery. Every instance looks; each reminder is
//! claimed by one of them in the database and sent once (see `bookings::send_reminders`).

use app::services::bookings;
use app::state::PortalState;
use std::time::Duration;

pub async fn run(state: PortalState, every: Duration) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        match bookings::send_reminders(&state.db, &state.clock, &state.email_site()).await {
            Ok(0) => {}
            Ok(sent) => {
                tracing::info!(sent, "surgery reminders put in the outbox");
                state.outbox_ready.notify_one();
            }
            Err(error) => tracing::error!(%error, "could not send surgery reminders"),
        }
    }
}
