//! The email outbox: messages are written in the same transaction as the change that causes
//! them, and the sender job delivers them later with retries, so neither a crash nor an SMTP
//! outage loses one.
//!
//! Each message is leased to one named sender at a time, for a bounded time; only the lease
//! holder can record that it was sent or failed. A message that keeps failing is parked for an
//! administrator to see, and one that would arrive too late to be of use (an expired sign-in
//! link) is not sent at all. Once sent, a message keeps only a copy with its links' tokens
//! removed.

use crate::policy::{Administration, Permit};
use crate::services::clock::Clock;
use crate::services::write::{Database, Write};
use entity::outbox_message::{ActiveModel, Column, Entity, Model};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

/// A message ready to go: who it is for, which team or force it is from, and both parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub to: String,
    pub sender: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// Not worth sending after this time (Unix seconds).
    pub expires_at: Option<i64>,
    /// An iCalendar file to attach.
    pub calendar: Option<String>,
    /// Where one click stops emails like this one (sent as `List-Unsubscribe`).
    pub list_unsubscribe: Option<String>,
    /// Not sent before this time (Unix seconds): a notice that gathers what happens meanwhile.
    pub not_before: Option<i64>,
}

impl OutgoingEmail {
    pub fn expiring_at(self, at: i64) -> Self {
        Self {
            expires_at: Some(at),
            ..self
        }
    }

    pub fn not_before(self, at: i64) -> Self {
        Self {
            not_before: Some(at),
            ..self
        }
    }

    pub fn with_calendar(self, calendar: String) -> Self {
        Self {
            calendar: Some(calendar),
            ..self
        }
    }

    pub fn with_unsubscribe(self, url: String) -> Self {
        Self {
            list_unsubscribe: Some(url),
            ..self
        }
    }
}

/// Puts an email in the outbox as part of a change; the sender is woken once it is committed.
pub async fn enqueue(write: &Write, clock: &Clock, email: OutgoingEmail) -> Result<(), DbErr> {
    enqueue_numbered(write, clock, email).await.map(|_| ())
}

/// The same, answering the outbox message's id (for a record that follows what became of it).
pub async fn enqueue_numbered(
    write: &Write,
    clock: &Clock,
    email: OutgoingEmail,
) -> Result<i32, DbErr> {
    let now = clock.now();
    let id = Entity::insert(ActiveModel {
        id: NotSet,
        recipient: Set(email.to),
        sender: Set(email.sender),
        subject: Set(email.subject),
        text_body: Set(email.text),
        html_body: Set(email.html),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(email.not_before.map_or(now, |at| std::cmp::max(at, now))),
        locked_until: Set(None),
        lease_holder: Set(None),
        sent_at: Set(None),
        failed_at: Set(None),
        expires_at: Set(email.expires_at),
        last_error: Set(None),
        calendar: Set(email.calendar),
        list_unsubscribe: Set(email.list_unsubscribe),
    })
    .exec(write)
    .await?
    .last_insert_id;
    write.email_queued();
    Ok(id)
}

/// How long a sender may hold a message before another may take it over.
const LEASE_SECONDS: i64 = 120;

/// Neither sent nor given up.
pub fn waiting() -> Condition {
    Condition::all()
        .add(Column::SentAt.is_null())
        .add(Column::FailedAt.is_null())
}

/// Held by no sender at `now`: never leased, or its lease has ended.
pub fn unleased(now: i64) -> Condition {
    Condition::any()
        .add(Column::LockedUntil.is_null())
        .add(Column::LockedUntil.lt(now))
}

/// Takes the next message that is due, leased to `worker`; None when nothing is due. Only one
/// sender's update can match a message, as the lease is checked as it is taken.
pub async fn claim_next<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    worker: &str,
) -> Result<Option<Model>, DbErr> {
    let now = clock.now();
    park_expired(conn, clock).await?;
    loop {
        let Some(candidate) = Entity::find()
            .filter(waiting())
            .filter(Column::NextAttemptAt.lte(now))
            .filter(unleased(now))
            .order_by_asc(Column::Id)
            .one(conn)
            .await?
        else {
            return Ok(None);
        };
        let taken = Entity::update_many()
            .col_expr(Column::LockedUntil, Expr::value(now + LEASE_SECONDS))
            .col_expr(Column::LeaseHolder, Expr::value(worker))
            .filter(Column::Id.eq(candidate.id))
            .filter(waiting())
            .filter(unleased(now))
            .exec(conn)
            .await?;
        if taken.rows_affected == 1 {
            return Ok(Some(Model {
                locked_until: Some(now + LEASE_SECONDS),
                lease_holder: Some(worker.to_string()),
                ..candidate
            }));
        }
        // Another sender took it first: look again.
    }
}

/// Hands back the messages `worker` holds unsent, so another sender may take them at once;
/// their ids.
pub async fn release<C: ConnectionTrait>(conn: &C, worker: &str) -> Result<Vec<i32>, DbErr> {
    Ok(Entity::update_many()
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LeaseHolder, Expr::value(Option::<String>::None))
        .filter(Column::LeaseHolder.eq(worker))
        .filter(waiting())
        .exec_with_returning(conn)
        .await?
        .into_iter()
        .map(|message| message.id)
        .collect())
}

/// Gives up messages whose time has passed (a sign-in link that has expired).
async fn park_expired<C: ConnectionTrait>(conn: &C, clock: &Clock) -> Result<(), DbErr> {
    let now = clock.now();
    Entity::update_many()
        .col_expr(Column::FailedAt, Expr::value(now))
        .col_expr(
            Column::LastError,
            Expr::value("Not sent: it could not be delivered before it expired."),
        )
        .filter(waiting())
        .filter(Column::ExpiresAt.lt(now))
        .filter(unleased(now))
        .exec(conn)
        .await?;
    Ok(())
}

/// The lease is still `worker`'s.
fn held_by(id: i32, worker: &str) -> Condition {
    Condition::all()
        .add(Column::Id.eq(id))
        .add(Column::LeaseHolder.eq(worker))
        .add(Column::SentAt.is_null())
}

/// Records that the message was sent, keeping a copy with its links' tokens removed. False if
/// the lease had passed to another sender.
pub async fn mark_sent<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    message: &Model,
    worker: &str,
) -> Result<bool, DbErr> {
    let updated = Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(clock.now()))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LeaseHolder, Expr::value(Option::<String>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(
            Column::TextBody,
            Expr::value(redact_tokens(&message.text_body)),
        )
        .col_expr(
            Column::HtmlBody,
            Expr::value(redact_tokens(&message.html_body)),
        )
        .filter(held_by(message.id, worker))
        .exec(conn)
        .await?;
    let sent = updated.rows_affected == 1;
    if sent {
        settle_delivery(conn, message.id, true, clock.now()).await?;
    }
    Ok(sent)
}

/// Records on the team message's delivery it carries, if it carries one, that outbox message
/// `outbox_id` was sent, or given up: so the team sees how far its message has gone after the
/// outbox forgets its copies.
async fn settle_delivery<C: ConnectionTrait>(
    conn: &C,
    outbox_id: i32,
    sent: bool,
    now: i64,
) -> Result<(), DbErr> {
    use entity::message_delivery;
    let column = if sent {
        message_delivery::Column::SentAt
    } else {
        message_delivery::Column::FailedAt
    };
    message_delivery::Entity::update_many()
        .col_expr(column, Expr::value(now))
        .filter(message_delivery::Column::OutboxMessageId.eq(outbox_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// What became of a failed attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AfterFailure {
    RetryIn {
        seconds: i64,
    },
    /// Too many attempts: parked for an administrator.
    Parked,
    /// The lease had passed to another sender; nothing was recorded.
    LeaseLost,
}

/// Records a failed attempt and when to try again: the wait doubles each time, up to an hour,
/// until `max_attempts`, when the message is parked.
pub async fn mark_failed<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    message: &Model,
    worker: &str,
    retry: RetryPolicy,
    error: &str,
) -> Result<AfterFailure, DbErr> {
    let attempts = message.attempts + 1;
    let wait = retry_delay(retry.base_seconds, attempts);
    let parked = attempts >= retry.max_attempts;
    let now = clock.now();
    let updated = Entity::update_many()
        .col_expr(Column::Attempts, Expr::value(attempts))
        .col_expr(Column::NextAttemptAt, Expr::value(now + wait))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LeaseHolder, Expr::value(Option::<String>::None))
        .col_expr(Column::LastError, Expr::value(error.to_string()))
        .col_expr(Column::FailedAt, Expr::value(parked.then_some(now)))
        .filter(held_by(message.id, worker))
        .exec(conn)
        .await?;
    if updated.rows_affected == 1 && parked {
        settle_delivery(conn, message.id, false, now).await?;
    }
    Ok(match (updated.rows_affected == 1, parked) {
        (false, _) => AfterFailure::LeaseLost,
        (true, true) => AfterFailure::Parked,
        (true, false) => AfterFailure::RetryIn { seconds: wait },
    })
}

/// How the sender retries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    pub base_seconds: i64,
    pub max_attempts: i32,
}

pub fn retry_delay(base_seconds: i64, attempts: i32) -> i64 {
    let doubling = 2_i64.saturating_pow(attempts.saturating_sub(1).clamp(0, 30) as u32);
    std::cmp::min(base_seconds.saturating_mul(doubling), 3600)
}

/// Replaces the token of every link (`token=…`) with `[removed]`: a sent message is kept for a
/// while, but the links in it must not be usable from the copy.
pub fn redact_tokens(body: &str) -> String {
    const MARK: &str = "token=";
    let mut redacted = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(MARK) {
        let (before, after) = rest.split_at(at + MARK.len());
        redacted.push_str(before);
        let token_length = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        if token_length > 0 {
            redacted.push_str("[removed]");
        }
        rest = &after[token_length..];
    }
    redacted.push_str(rest);
    redacted
}

/// Messages given up, newest first, for administrators.
pub async fn parked<C: ConnectionTrait>(conn: &C, limit: u64) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::FailedAt.is_not_null())
        .filter(Column::SentAt.is_null())
        .order_by_desc(Column::FailedAt)
        .limit(limit)
        .all(conn)
        .await
}

pub async fn parked_count<C: ConnectionTrait>(conn: &C) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::FailedAt.is_not_null())
        .filter(Column::SentAt.is_null())
        .count(conn)
        .await
}

/// The messages waiting to be sent (neither sent nor given up), and when the oldest was queued:
/// how far behind the senders are, for monitoring.
pub async fn backlog<C: ConnectionTrait>(conn: &C) -> Result<(u64, Option<i64>), DbErr> {
    let (count, oldest): (i64, Option<i64>) = Entity::find()
        .select_only()
        .column_as(Column::Id.count(), "count")
        .column_as(Column::CreatedAt.min(), "oldest")
        .filter(waiting())
        .into_tuple()
        .one(conn)
        .await?
        .unwrap_or((0, None));
    Ok((u64::try_from(count).unwrap_or(0), oldest))
}

/// Puts a parked message back in the queue, with its attempts counted afresh. False if it is
/// not parked (already retried, or sent).
pub async fn retry_parked(write: &Write, clock: &Clock, id: i32) -> Result<bool, DbErr> {
    let now = clock.now();
    let updated = Entity::update_many()
        .col_expr(Column::FailedAt, Expr::value(Option::<i64>::None))
        .col_expr(Column::Attempts, Expr::value(0))
        .col_expr(Column::NextAttemptAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::FailedAt.is_not_null())
        .filter(Column::SentAt.is_null())
        .filter(
            Condition::any()
                .add(Column::ExpiresAt.is_null())
                .add(Column::ExpiresAt.gt(now)),
        )
        .exec(write)
        .await?;
    let retried = updated.rows_affected == 1;
    if retried {
        write.email_queued();
    }
    Ok(retried)
}

/// Puts a parked message back in the queue at an administrator's request, audited. False if it
/// is not parked (already retried, or sent, or its time has passed).
pub async fn retry(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    id: i32,
) -> Result<bool, DbErr> {
    use crate::services::audit::{self, AuditAction};
    let txn = db.write().await?;
    if !retry_parked(&txn, clock, id).await? {
        return Ok(false);
    }
    audit::record(
        &txn,
        clock,
        Some(permit.member()),
        AuditAction::EmailRetried,
        &format!("email {id}"),
        None::<&()>,
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Forgets messages sent, or given up, more than 30 days ago: they hold addresses, and are no
/// longer needed.
pub async fn delete_old<C: ConnectionTrait>(conn: &C, clock: &Clock) -> Result<u64, DbErr> {
    let month_ago = clock.now() - 30 * 86_400;
    Ok(Entity::delete_many()
        .filter(
            Condition::any()
                .add(Column::SentAt.lt(month_ago))
                .add(Column::FailedAt.lt(month_ago)),
        )
        .exec(conn)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_between_attempts_doubles_up_to_an_hour() {
        assert_eq!(retry_delay(30, 1), 30);
        assert_eq!(retry_delay(30, 2), 60);
        assert_eq!(retry_delay(30, 3), 120);
        assert_eq!(retry_delay(30, 20), 3600);
        assert_eq!(retry_delay(1, 1), 1);
    }

    #[test]
    fn tokens_are_removed_from_sent_links() {
        assert_eq!(
            redact_tokens("Sign in:\nhttps://p.example/sign-in/confirm?token=Ab_9-x\n\nThanks"),
            "Sign in:\nhttps://p.example/sign-in/confirm?token=[removed]\n\nThanks"
        );
        assert_eq!(
            redact_tokens(r#"<a href="https://p/x?token=abc">x</a> and ?token=def"#),
            r#"<a href="https://p/x?token=[removed]">x</a> and ?token=[removed]"#
        );
        assert_eq!(redact_tokens("no links here"), "no links here");
        assert_eq!(redact_tokens("token= alone"), "token= alone");
    }
}
