//! Rate limits on sign-in. Each bucket (an address, an account, an account from one computer)
//! counts attempts in a window that starts with the first attempt. An attempt is taken from the
//! bucket by one upsert that returns the new count, so concurrent attempts, on any number of
//! server instances, are counted one at a time: no more than the limit ever get through.

use crate::services::clock::Clock;
use entity::rate_limit_counter::{Column, Entity};
use hmac::{KeyInit, Mac};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sha2::Sha256;
use std::sync::Arc;

/// How many attempts a bucket allows in a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub attempts: i64,
    pub window_seconds: i64,
}

/// Asking for an emailed sign-in or password reset link.
pub const LINK_PER_ADDRESS: Limit = Limit {
    attempts: 5,
    window_seconds: 3600,
};
pub const LINK_PER_IP: Limit = Limit {
    attempts: 20,
    window_seconds: 3600,
};
/// Staff passwords and codes tried, for one account from one computer: the limit an officer
/// typing badly meets.
pub const STAFF_PER_ACCOUNT_AND_IP: Limit = Limit {
    attempts: 5,
    window_seconds: 15 * 60,
};
/// From one computer, whatever the accounts: a ceiling on guessing across many accounts.
pub const STAFF_PER_IP: Limit = Limit {
    attempts: 30,
    window_seconds: 15 * 60,
};
/// For one account from everywhere. Past this, attempts are slowed to `STAFF_SLOWED`, never
/// refused outright, so strangers guessing from many computers cannot lock an officer out.
pub const STAFF_PER_ACCOUNT: Limit = Limit {
    attempts: 20,
    window_seconds: 15 * 60,
};
pub const STAFF_SLOWED: Limit = Limit {
    attempts: 1,
    window_seconds: 30,
};

/// Names buckets by a keyed hash (HMAC-SHA-256 with the site's secret) of the address or
/// account, so the table holds no email or IP address and its names cannot be reversed by
/// hashing guesses.
#[derive(Clone)]
pub struct BucketKeys(Arc<[u8]>);

impl BucketKeys {
    pub fn new(secret: &[u8]) -> Self {
        Self(secret.into())
    }

    pub fn bucket(&self, kind: &str, key: &str) -> String {
        let mut mac =
            hmac::Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        mac.update(kind.as_bytes());
        mac.update(b"\0");
        mac.update(key.as_bytes());
        let digest = mac.finalize().into_bytes();
        let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("{kind}:{hex}")
    }
}

impl BucketKeys {
    /// A signature for a link that acts without signing in (one-click unsubscribe): the same
    /// keyed hash, with a purpose of its own, so no link can be forged without the secret.
    pub fn signature(&self, purpose: &str, subject: &str) -> String {
        let name = self.bucket(&format!("signed-{purpose}"), subject);
        name.rsplit_once(':')
            .map(|(_, hex)| hex.to_string())
            .unwrap_or_default()
    }

    /// Whether `signature` is this subject's, compared in constant time.
    pub fn verify(&self, purpose: &str, subject: &str, signature: &str) -> bool {
        let expected = self.signature(purpose, subject);
        expected.len() == signature.len()
            && expected
                .bytes()
                .zip(signature.bytes())
                .fold(0u8, |difference, (a, b)| difference | (a ^ b))
                == 0
    }
}

/// Whether an attempt may go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    Allowed,
    /// The bucket is full; it frees up in this many whole minutes.
    Refused {
        minutes: i64,
    },
}

/// Takes one attempt from `bucket`. The window restarts when it has passed.
pub async fn take<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    bucket: &str,
    limit: Limit,
) -> Result<Taken, DbErr> {
    let now = clock.now();
    let expired = Expr::col((Entity, Column::WindowStart)).lte(now - limit.window_seconds);
    let statement = Query::insert()
        .into_table(Entity)
        .columns([Column::Bucket, Column::WindowStart, Column::Attempts])
        .values_panic([bucket.into(), now.into(), 1_i64.into()])
        .on_conflict(
            OnConflict::column(Column::Bucket)
                .value(
                    Column::Attempts,
                    Expr::case(expired.clone(), 1_i64)
                        .finally(Expr::col((Entity, Column::Attempts)).add(1_i64)),
                )
                .value(
                    Column::WindowStart,
                    Expr::case(expired, now).finally(Expr::col((Entity, Column::WindowStart))),
                )
                .to_owned(),
        )
        .returning(Query::returning().columns([Column::Attempts, Column::WindowStart]))
        .to_owned();
    let row = conn
        .query_one(&statement)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the rate-limit counter just taken".into()))?;
    let attempts: i64 = row.try_get("", "attempts")?;
    let window_start: i64 = row.try_get("", "window_start")?;
    if attempts <= limit.attempts {
        return Ok(Taken::Allowed);
    }
    let seconds = std::cmp::max(window_start + limit.window_seconds - now, 1);
    Ok(Taken::Refused {
        minutes: (seconds + 59) / 60,
    })
}

/// Gives back an attempt that turned out to be right (a correct password), so only failures
/// count against the officer.
pub async fn give_back<C: ConnectionTrait>(conn: &C, bucket: &str) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1_i64))
        .filter(Column::Bucket.eq(bucket))
        .filter(Column::Attempts.gt(0))
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets buckets whose window ended a day ago.
pub async fn delete_old<C: ConnectionTrait>(conn: &C, clock: &Clock) -> Result<u64, DbErr> {
    Ok(Entity::delete_many()
        .filter(Column::WindowStart.lt(clock.now() - 24 * 3600))
        .exec(conn)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_names_depend_on_the_secret_and_hide_the_key() {
        let keys = BucketKeys::new(b"one secret");
        let name = keys.bucket("link-address", "sam@example.org");
        assert!(name.starts_with("link-address:"));
        assert!(!name.contains("sam"));
        assert_eq!(name, keys.bucket("link-address", "sam@example.org"));
        assert_ne!(
            name,
            BucketKeys::new(b"another secret").bucket("link-address", "sam@example.org")
        );
        assert_ne!(name, keys.bucket("link-ip", "sam@example.org"));
    }

    #[test]
    fn a_signed_link_is_checked_against_its_own_subject_and_purpose() {
        let keys = BucketKeys::new(b"one secret");
        let signature = keys.signature("unsubscribe", "42");
        assert!(keys.verify("unsubscribe", "42", &signature));
        assert!(!keys.verify("unsubscribe", "43", &signature));
        assert!(!keys.verify("something-else", "42", &signature));
        assert!(!BucketKeys::new(b"another secret").verify("unsubscribe", "42", &signature));
        assert!(!keys.verify("unsubscribe", "42", ""));
    }
}
