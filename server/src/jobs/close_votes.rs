//! Makes final the results of votes that have closed. Every instance looks; each vote is
//! claimed by one of them in the database and its results recorded once (see
//! `votes::finalise_closed`).

use app::services::votes;
use app::state::PortalState;

pub async fn run_once(state: &PortalState) -> anyhow::Result<()> {
    let made = votes::finalise_closed(&state.db, &state.clock).await?;
    if made > 0 {
        tracing::info!(made, "vote results made final");
    }
    Ok(())
}
