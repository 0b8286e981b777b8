//! Sends what is in the outbox: woken when a message is added, and every few seconds for
//! retries and messages added by other instances. Each message is leased to this sender, by
//! name, while it is sent.

use crate::email::{Mailer, message_for};
use app::services::clock::Clock;
use app::services::outbox::{self, AfterFailure, RetryPolicy};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Notify, watch};

pub struct EmailSender {
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub mailer: Mailer,
    pub from_address: String,
    pub site_host: String,
    pub retry: RetryPolicy,
    pub ready: Arc<Notify>,
    /// This sender's name on the leases it holds.
    pub worker: String,
    /// Set when the instance is stopping: no more messages are claimed.
    pub stop: watch::Sender<bool>,
}

const POLL: Duration = Duration::from_secs(2);

/// Messages sent at the same time. An SMTP server answers each message after a round trip or
/// two, so a few at once keep the sender busy instead of waiting: a team message to 100,000
/// followers puts that many in the outbox (docs/benchmarks.md).
const AT_ONCE: usize = 4;

impl EmailSender {
    /// Sends what is due, then waits to be woken or for the next look.
    pub async fn run(self: Arc<Self>) {
        let mut stop = self.stop.subscribe();
        while !self.stopping() {
            if let Err(error) = self.send_due().await {
                tracing::error!(%error, "could not read the email outbox");
            }
            tokio::select! {
                () = self.ready.notified() => {},
                () = tokio::time::sleep(POLL) => {},
                _ = stop.changed() => {},
            }
        }
    }

    fn stopping(&self) -> bool {
        *self.stop.borrow()
    }

    /// Claims no more messages; the one being sent is finished.
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Hands back, for another sender, every message this one holds unsent (one it was
    /// stopped in the middle of sending).
    pub async fn hand_back(&self) -> Result<(), sea_orm::DbErr> {
        for turn in 0..AT_ONCE {
            for id in outbox::release(&self.db, &self.lease_name(turn)).await? {
                tracing::warn!(
                    outbox_message = id,
                    "email not sent before the instance stopped; handed back to another sender"
                );
            }
        }
        Ok(())
    }

    /// Sends every message that is due, a few at a time, until none is left or the sender is
    /// stopped.
    pub async fn send_due(&self) -> Result<(), sea_orm::DbErr> {
        // Each turn finishes what it is sending even if another meets an error, so no email
        // accepted by the SMTP server is left unrecorded.
        let turns = (0..AT_ONCE).map(|turn| self.send_in_turn(self.lease_name(turn)));
        futures_util::future::join_all(turns)
            .await
            .into_iter()
            .collect()
    }

    /// The name a turn's leases are held under: its own, so no turn can take for its own a
    /// message another turn of this sender is still sending.
    fn lease_name(&self, turn: usize) -> String {
        format!("{}/{turn}", self.worker)
    }

    /// Sends due messages one after another, each claimed first under `worker`, until none is
    /// left.
    async fn send_in_turn(&self, worker: String) -> Result<(), sea_orm::DbErr> {
        let worker = worker.as_str();
        while !self.stopping()
            && let Some(message) = outbox::claim_next(&self.db, &self.clock, worker).await?
        {
            let sent = match message_for(&message, &self.from_address, &self.site_host) {
                Ok(email) => self.mailer.send(email).await,
                Err(error) => Err(error),
            };
            crate::metrics::email_sent(sent.is_ok());
            match sent {
                Ok(()) => {
                    if outbox::mark_sent(&self.db, &self.clock, &message, worker).await? {
                        tracing::info!(outbox_message = message.id, "email sent");
                    } else {
                        tracing::warn!(
                            outbox_message = message.id,
                            "email sent after its lease passed to another sender; it may be sent twice"
                        );
                    }
                }
                Err(error) => {
                    let after = outbox::mark_failed(
                        &self.db,
                        &self.clock,
                        &message,
                        worker,
                        self.retry,
                        &error,
                    )
                    .await?;
                    match after {
                        AfterFailure::RetryIn { seconds } => {
                            tracing::warn!(outbox_message = message.id, attempts = message.attempts + 1, retry_in_seconds = seconds, %error, "email not sent; will retry")
                        }
                        AfterFailure::Parked => {
                            tracing::error!(outbox_message = message.id, attempts = message.attempts + 1, %error, "email not sent; given up after too many attempts (shown to administrators)")
                        }
                        AfterFailure::LeaseLost => {
                            tracing::warn!(outbox_message = message.id, %error, "email not sent, and its lease had passed to another sender")
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// A name for this sender that no other instance shares: the host, the process and a random
/// part.
pub fn worker_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "portal".into());
    let mut random = [0u8; 4];
    getrandom::fill(&mut random).expect("the operating system's random number generator");
    format!(
        "{host}-{}-{:02x}{:02x}{:02x}{:02x}",
        std::process::id(),
        random[0],
        random[1],
        random[2],
        random[3]
    )
}
