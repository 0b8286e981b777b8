//! Emails residents the day before their surgery. Every instance looks; each reminder is
//! claimed by one of them in the database and sent once (see `bookings::send_reminders`).

use app::services::bookings;
use app::state::PortalState;

pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let sent = bookings::send_reminders(&state.db, &state.clock, &state.email_site()).await?;
    if sent > 0 {
        tracing::info!(sent, "surgery reminders put in the outbox");
    }
    Ok(())
}
