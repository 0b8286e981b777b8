//! Sends what is in the outbox: woken when a message is added, and every few seconds for
//! retries and messages added by other instances.

use crate::email::{Mailer, message_for};
use app::services::clock::Clock;
use app::services::outbox;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

pub struct EmailSender {
    pub db: DatabaseConnection,
    pub clock: Clock,
    pub mailer: Mailer,
    pub from_address: String,
    pub site_host: String,
    pub retry_seconds: i64,
    pub ready: Arc<Notify>,
}

const POLL: Duration = Duration::from_secs(2);

impl EmailSender {
    pub async fn run(self) {
        loop {
            if let Err(error) = self.send_due().await {
                tracing::error!(%error, "could not read the email outbox");
            }
            tokio::select! {
                () = self.ready.notified() => {},
                () = tokio::time::sleep(POLL) => {},
            }
        }
    }

    async fn send_due(&self) -> Result<(), sea_orm::DbErr> {
        loop {
            let batch = outbox::claim_due(&self.db, &self.clock, 20).await?;
            if batch.is_empty() {
                return Ok(());
            }
            for row in batch {
                let sent = match message_for(&row, &self.from_address, &self.site_host) {
                    Ok(message) => self.mailer.send(message).await,
                    Err(error) => Err(error),
                };
                match sent {
                    Ok(()) => {
                        outbox::mark_sent(&self.db, &self.clock, row.id).await?;
                        tracing::info!(message = row.id, "email sent");
                    }
                    Err(error) => {
                        let wait = outbox::mark_failed(
                            &self.db,
                            &self.clock,
                            &row,
                            self.retry_seconds,
                            &error,
                        )
                        .await?;
                        tracing::warn!(message = row.id, attempts = row.attempts + 1, retry_in_seconds = wait, %error, "email not sent; will retry");
                    }
                }
            }
        }
    }
}
