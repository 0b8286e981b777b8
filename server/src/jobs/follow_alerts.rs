//! Emails residents about what changed on what they and their groups follow: last week's
//! digest, or what happened since they were last told. Every instance looks; the database
//! decides which one sends each email, once (see `alerts`).

use app::services::alerts;
use app::state::PortalState;

pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let site = state.email_site();
    let weekly = alerts::send_weekly(&state.db, &state.clock, &site, &state.bucket_keys).await?;
    let immediate =
        alerts::send_immediate(&state.db, &state.clock, &site, &state.bucket_keys).await?;
    if weekly + immediate > 0 {
        tracing::info!(
            weekly,
            immediate,
            "alerts about followed items put in the outbox"
        );
        state.outbox_ready.notify_one();
    }
    Ok(())
}
