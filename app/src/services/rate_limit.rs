//! Rate limits on sign-in: attempts are counted per bucket (an address, an account) in the
//! database, so every server instance sees the same count.

use crate::services::clock::Clock;
use entity::rate_limit_hit::{ActiveModel, Column, Entity};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use sha2::{Digest, Sha256};

/// How many attempts a bucket allows in a window.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub attempts: u64,
    pub window_seconds: i64,
}

/// Asking for an emailed sign-in link.
pub const LINK_PER_ADDRESS: Limit = Limit {
    attempts: 5,
    window_seconds: 3600,
};
pub const LINK_PER_IP: Limit = Limit {
    attempts: 20,
    window_seconds: 3600,
};
/// Wrong staff passwords or codes.
pub const STAFF_FAILURES_PER_ACCOUNT: Limit = Limit {
    attempts: 5,
    window_seconds: 15 * 60,
};
pub const STAFF_FAILURES_PER_IP: Limit = Limit {
    attempts: 20,
    window_seconds: 15 * 60,
};

/// A bucket's name: the kind, and a hash of the address or account, so no email or IP address
/// is kept.
pub fn bucket(kind: &str, key: &str) -> String {
    let digest = Sha256::digest(key.as_bytes());
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{kind}:{hex}")
}

/// Whole minutes until the bucket allows another attempt, if it is full now.
pub async fn retry_after_minutes<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    bucket: &str,
    limit: Limit,
) -> Result<Option<i64>, DbErr> {
    let now = clock.now();
    let since = now - limit.window_seconds;
    let in_window = Entity::find()
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::At.gt(since));
    if in_window.clone().count(conn).await? < limit.attempts {
        return Ok(None);
    }
    // The bucket frees up when the oldest attempt still counted leaves the window.
    let counted_from = in_window
        .order_by_desc(Column::At)
        .offset(limit.attempts - 1)
        .one(conn)
        .await?
        .map_or(now, |hit| hit.at);
    let seconds = (counted_from + limit.window_seconds - now).max(1);
    Ok(Some((seconds + 59) / 60))
}

pub async fn record<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    bucket: &str,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        id: NotSet,
        bucket: Set(bucket.to_string()),
        at: Set(clock.now()),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Forgets attempts older than any window.
pub async fn delete_old<C: ConnectionTrait>(conn: &C, clock: &Clock) -> Result<u64, DbErr> {
    Ok(Entity::delete_many()
        .filter(Column::At.lt(clock.now() - 24 * 3600))
        .exec(conn)
        .await?
        .rows_affected)
}
