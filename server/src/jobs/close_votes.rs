//! Makes final the results of votes that have closed. Every instance looks; each vote is
//! claimed by one of them in the database and its results recorded once (see
//! `votes::finalise_closed`).

use app::services::votes;
use app::state::PortalState;
use std::time::Duration;

pub async fn run(state: PortalState, every: Duration) {
    let mut interval = tokio::time::interval(every);
    loop {
        interval.tick().await;
        match votes::finalise_closed(&state.db, &state.clock).await {
            Ok(0) => {}
            Ok(made) => {
                tracing::info!(made, "vote results made final");
                state.public_pages.forget();
            }
            Err(error) => tracing::error!(%error, "could not make vote results final"),
        }
    }
}
