//! The email outbox: messages are written in the same transaction as the change that causes
//! them, and the sender job delivers them later with retries, so neither a crash nor an SMTP
//! outage loses one.

use crate::services::clock::Clock;
use entity::outbox_message::{ActiveModel, Column, Entity, Model};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// A message ready to go: who it is for, which team or force it is from, and both parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    pub to: String,
    pub sender: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub async fn enqueue<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    email: OutgoingEmail,
) -> Result<(), DbErr> {
    let now = clock.now();
    Entity::insert(ActiveModel {
        id: NotSet,
        recipient: Set(email.to),
        sender: Set(email.sender),
        subject: Set(email.subject),
        text_body: Set(email.text),
        html_body: Set(email.html),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// How long a sender may hold a message before another may take it over.
const LEASE_SECONDS: i64 = 120;

/// Takes up to `limit` messages that are due, each leased to this sender so no other instance
/// sends it at the same time.
pub async fn claim_due<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    let now = clock.now();
    let free = Condition::any()
        .add(Column::LockedUntil.is_null())
        .add(Column::LockedUntil.lt(now));
    let due = Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(now))
        .filter(free.clone())
        .order_by_asc(Column::Id)
        .limit(limit)
        .all(conn)
        .await?;
    let mut claimed = Vec::with_capacity(due.len());
    for message in due {
        // Only one sender's update matches: the lease is re-checked as it is taken.
        let taken = Entity::update_many()
            .col_expr(Column::LockedUntil, Expr::value(now + LEASE_SECONDS))
            .filter(Column::Id.eq(message.id))
            .filter(Column::SentAt.is_null())
            .filter(free.clone())
            .exec(conn)
            .await?;
        if taken.rows_affected == 1 {
            claimed.push(message);
        }
    }
    Ok(claimed)
}

pub async fn mark_sent<C: ConnectionTrait>(conn: &C, clock: &Clock, id: i32) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(clock.now()))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again: the wait doubles each time, up to an hour.
/// Messages are never dropped; the log says when one keeps failing.
pub async fn mark_failed<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    message: &Model,
    retry_base_seconds: i64,
    error: &str,
) -> Result<i64, DbErr> {
    let attempts = message.attempts + 1;
    let wait = retry_delay(retry_base_seconds, attempts);
    Entity::update_many()
        .col_expr(Column::Attempts, Expr::value(attempts))
        .col_expr(Column::NextAttemptAt, Expr::value(clock.now() + wait))
        .col_expr(Column::LockedUntil, Expr::value(Option::<i64>::None))
        .col_expr(Column::LastError, Expr::value(error.to_string()))
        .filter(Column::Id.eq(message.id))
        .exec(conn)
        .await?;
    Ok(wait)
}

pub fn retry_delay(base_seconds: i64, attempts: i32) -> i64 {
    let doubling = 2_i64.saturating_pow(attempts.saturating_sub(1).clamp(0, 30) as u32);
    std::cmp::min(base_seconds.saturating_mul(doubling), 3600)
}

/// Forgets messages sent more than 30 days ago: they hold addresses, and are no longer needed.
pub async fn delete_old_sent<C: ConnectionTrait>(conn: &C, clock: &Clock) -> Result<u64, DbErr> {
    Ok(Entity::delete_many()
        .filter(Column::SentAt.lt(clock.now() - 30 * 86_400))
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
}
