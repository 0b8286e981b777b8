//! Sends team messages whose time has come: queues each for its neighbourhoods' followers,
//! then hands their emails to the outbox, at most a round's share of the configured rate at a
//! time; and the daily and weekly digests once their day or week is over. Every instance runs it; the database decides who takes each message and each delivery
//! (see `message_delivery`).

use app::services::message_delivery;
use app::state::PortalState;

/// Queues what is due, then hands out at most `most` deliveries (all of them when `None`, as a
/// test wants).
pub async fn run_once(state: &PortalState, most: Option<u64>) -> anyhow::Result<()> {
    let queued = message_delivery::queue_due(&state.db, &state.clock).await?;
    if queued > 0 {
        tracing::info!(messages = queued, "team messages queued");
    }
    let site = state.email_site();
    let round = most.unwrap_or(500);
    let mut handed = 0;
    loop {
        let done =
            message_delivery::hand_out(&state.db, &state.clock, &site, &state.bucket_keys, round)
                .await?;
        handed += done;
        if done == 0 || most.is_some() {
            break;
        }
    }
    if handed > 0 {
        tracing::info!(emails = handed, "team message emails put in the outbox");
    }
    let digests =
        message_delivery::send_digests(&state.db, &state.clock, &site, &state.bucket_keys).await?;
    if digests > 0 {
        tracing::info!(
            emails = digests,
            "digests of team messages put in the outbox"
        );
    }
    Ok(())
}
