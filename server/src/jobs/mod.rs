//! Background tasks the server runs beside the website. Each job is one function that does its
//! work once, to completion: the running server calls it on a loop, and a test calls it when the
//! test needs it done (test servers start no loops), so nothing in a test waits on a timer.

pub mod close_votes;
pub mod follow_alerts;
pub mod housekeeping;
pub mod reload_gazetteer;
pub mod send_email;
pub mod surgery_reminders;
pub mod team_messages;

use app::services::session_store::DatabaseSessionStore;
use app::state::PortalState;
use send_email::EmailSender;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// Every background job of one instance.
#[derive(Clone)]
pub struct Jobs {
    state: PortalState,
    sessions: DatabaseSessionStore,
    sender: Arc<EmailSender>,
    /// The email sender's loop, once started.
    sending: Arc<std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>>,
}

/// How often the loops run, in a running server.
#[derive(Clone, Copy, Debug)]
pub struct Intervals {
    pub reload: Duration,
    pub reminders: Duration,
    pub housekeeping: Duration,
    /// Team message emails handed to the outbox per minute, a twelfth every five seconds.
    pub messages_per_minute: u64,
}

impl Jobs {
    pub fn new(state: PortalState, sessions: DatabaseSessionStore, sender: EmailSender) -> Self {
        Self {
            state,
            sessions,
            sender: Arc::new(sender),
            sending: Arc::default(),
        }
    }

    /// Reloads what an import, or a change on another instance, made stale in this one.
    /// The instance's database: what is written through it reaches this instance's copy of
    /// public pages and its email sender.
    pub fn database(&self) -> &app::services::write::Database {
        &self.state.db
    }

    pub async fn reload(&self) -> anyhow::Result<()> {
        reload_gazetteer::run_once(&self.state).await
    }

    /// Makes final the results of votes that have closed.
    pub async fn close_votes(&self) -> anyhow::Result<()> {
        close_votes::run_once(&self.state).await
    }

    /// Puts in the outbox the surgery reminders now due.
    pub async fn send_reminders(&self) -> anyhow::Result<()> {
        surgery_reminders::run_once(&self.state).await
    }

    /// Puts in the outbox the alerts about followed items now due.
    pub async fn send_alerts(&self) -> anyhow::Result<()> {
        follow_alerts::run_once(&self.state).await
    }

    /// Queues the team messages now due and hands every email of theirs to the outbox.
    pub async fn send_team_messages(&self) -> anyhow::Result<()> {
        team_messages::run_once(&self.state, None).await
    }

    /// Deletes what has served its purpose.
    pub async fn housekeeping(&self) -> anyhow::Result<()> {
        housekeeping::run_once(&self.state, &self.sessions).await
    }

    /// Sends every email in the outbox that is due, until none is left.
    pub async fn send_emails(&self) -> anyhow::Result<()> {
        Ok(self.sender.send_due().await?)
    }

    /// Every job once, each seeing what the one before it did: data reloaded, votes closed,
    /// reminders, alerts and team messages put in the outbox, old records deleted, then the outbox
    /// emptied.
    pub async fn run_all(&self) -> anyhow::Result<()> {
        self.reload().await?;
        self.close_votes().await?;
        self.send_reminders().await?;
        self.send_alerts().await?;
        self.send_team_messages().await?;
        self.housekeeping().await?;
        self.send_emails().await
    }

    /// Starts every job on a loop of its own, as a running server does.
    pub fn start(&self, every: Intervals) {
        let jobs = self.clone();
        repeat(
            "reload",
            "reloading changed data",
            every.reload,
            move || {
                let jobs = jobs.clone();
                async move { jobs.reload().await }
            },
        );
        // Votes close and alerts go on the same clock as reminders are looked for.
        let jobs = self.clone();
        repeat(
            "surgery_reminders",
            "sending surgery reminders",
            every.reminders,
            move || {
                let jobs = jobs.clone();
                async move { jobs.send_reminders().await }
            },
        );
        let jobs = self.clone();
        repeat(
            "close_votes",
            "making vote results final",
            every.reminders,
            move || {
                let jobs = jobs.clone();
                async move { jobs.close_votes().await }
            },
        );
        let jobs = self.clone();
        repeat(
            "follow_alerts",
            "sending alerts about followed items",
            every.reminders,
            move || {
                let jobs = jobs.clone();
                async move { jobs.send_alerts().await }
            },
        );
        let jobs = self.clone();
        let per_round = every.messages_per_minute.div_ceil(12).max(1);
        repeat(
            "team_messages",
            "sending team messages",
            Duration::from_secs(5),
            move || {
                let jobs = jobs.clone();
                async move { team_messages::run_once(&jobs.state, Some(per_round)).await }
            },
        );
        let jobs = self.clone();
        repeat(
            "housekeeping",
            "housekeeping",
            every.housekeeping,
            move || {
                let jobs = jobs.clone();
                async move { jobs.housekeeping().await }
            },
        );
        let sending = tokio::spawn(self.sender.clone().run());
        *self
            .sending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(sending);
    }

    /// Stops the email sender: it claims no more messages and finishes the one it is sending,
    /// for at most `grace`; whatever it still holds then is handed back for another instance.
    pub async fn stop(&self, grace: Duration) {
        self.sender.stop();
        let sending = self
            .sending
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        if let Some(mut sending) = sending
            && tokio::time::timeout(grace, &mut sending).await.is_err()
        {
            // Ended before its messages are handed back, so none is both sent and handed back.
            sending.abort();
            let _ = sending.await;
            tracing::warn!(
                grace_seconds = grace.as_secs(),
                "the email sender was still sending when the grace period ended"
            );
        }
        if let Err(error) = self.sender.hand_back().await {
            tracing::error!(%error, "could not hand back the emails this instance held");
        }
    }
}

/// Runs `job` every `period`, logging any failure with its causes; a failure waits for the next
/// turn.
fn repeat<Job, Fut>(name: &'static str, doing: &'static str, period: Duration, mut job: Job)
where
    Job: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send,
{
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let started = std::time::Instant::now();
            let done = job().await;
            crate::metrics::job_ran(name, started, done.is_ok());
            if let Err(error) = done {
                tracing::error!(error = format!("{error:#}"), "failed {doing}");
            }
        }
    });
}
