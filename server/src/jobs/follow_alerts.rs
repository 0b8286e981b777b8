//! Emails residents about what changed on what they and their groups follow: last week's
//! digest, or what happened since they were last told. Every instance looks; the database
//! decides which one sends each email, once (see `alerts`).

use app::services::alerts;
use app::state::PortalState;

/// The weekly digests, then the alerts as things happen: one failing does not hold up the other.
pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let site = state.email_site();
    let weekly = alerts::send_weekly(&state.db, &state.clock, &site, &state.bucket_keys).await;
    let immediate =
        alerts::send_immediate(&state.db, &state.clock, &site, &state.bucket_keys).await;
    let (weekly_sent, immediate_sent) = (
        *weekly.as_ref().unwrap_or(&0),
        *immediate.as_ref().unwrap_or(&0),
    );
    if weekly_sent + immediate_sent > 0 {
        tracing::info!(
            weekly = weekly_sent,
            immediate = immediate_sent,
            "alerts about followed items put in the outbox"
        );
    }
    weekly?;
    immediate?;
    Ok(())
}
