//! tower-sessions' store on the portal's own database, so sessions survive a restart and every
//! server instance sees the same ones, on SQLite and PostgreSQL alike; with each instance's
//! memory in front of it, so a signed-in request neither reads nor writes the database for its
//! session unless something changed.
//!
//! Every write of a session's values draws a new stamp, kept in the database row and given to
//! the browser in a cookie of its own (see [`SessionStamps`]). An instance answers from memory
//! only when the browser shows the stamp of the copy it holds, which is then the newest: a
//! session written by another instance since is read from the database. The expiry, which moves
//! on with every request, is written back at most once a minute. A member of staff's session is
//! always read from the database, and a session deleted on one instance (signing out) is never
//! written back by another: a copy another instance still holds for the same stamp is forgotten
//! when that instance next writes the session or its expiry (within a minute of use).

use async_trait::async_trait;
use entity::session::{ActiveModel, Column, Entity};
use moka::sync::Cache;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, SqlErr,
};
use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

/// The cookie that carries the stamp of the browser's newest session write.
pub const STAMP_COOKIE: &str = "portal_session_stamp";

/// A session's expiry is written back when it has moved on by this much, not at every request.
const EXPIRY_RESOLUTION: time::Duration = time::Duration::seconds(60);

/// Sessions an instance keeps in memory, the most recently used; others are read when needed.
const SESSIONS_KEPT: u64 = 100_000;

/// A session unused this long is dropped from memory (it stays in the database).
const KEPT_WHILE_IDLE: Duration = Duration::from_secs(30 * 60);

/// A session as this instance last read or wrote it.
#[derive(Clone, Debug)]
struct Kept {
    record: Record,
    stamp: i64,
    /// The expiry the database holds, which may be up to [`EXPIRY_RESOLUTION`] behind.
    stored_expiry: OffsetDateTime,
}

#[derive(Clone, Debug)]
pub struct DatabaseSessionStore {
    db: DatabaseConnection,
    kept: Cache<Id, Arc<Kept>>,
}

impl DatabaseSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            kept: Cache::builder()
                .max_capacity(SESSIONS_KEPT)
                .time_to_idle(KEPT_WHILE_IDLE)
                .build(),
        }
    }

    fn keep(&self, record: &Record, stamp: i64, stored_expiry: OffsetDateTime) {
        SessionStamps::now_at(stamp);
        self.kept.insert(
            record.id,
            Arc::new(Kept {
                record: record.clone(),
                stamp,
                stored_expiry,
            }),
        );
    }

    /// Writes the whole record under a new stamp. A session no longer in the database (signed
    /// out on another instance, or expired) is not brought back: only `create` makes a row.
    async fn write(&self, record: &Record) -> session_store::Result<()> {
        let stamp = new_stamp()?;
        let written = Entity::update_many()
            .set(row(record, stamp)?)
            .filter(Column::Id.eq(record.id.to_string()))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        if written.rows_affected == 1 {
            self.keep(record, stamp, record.expiry_date);
        } else {
            self.kept.invalidate(&record.id);
        }
        Ok(())
    }
}

/// The stamps of one request's session, seen by the store while the request is answered: the
/// one the browser showed, and the one its session has now (read or written).
pub struct SessionStamps {
    shown: Option<i64>,
    now: Cell<Option<i64>>,
}

tokio::task_local! {
    static STAMPS: SessionStamps;
}

impl SessionStamps {
    /// Answers `request` with the browser's stamp `shown` known to the store; gives the
    /// response and the session's stamp afterwards, if the browser should be given a new one.
    pub async fn during<F: Future>(shown: Option<i64>, request: F) -> (F::Output, Option<i64>) {
        let stamps = SessionStamps {
            shown,
            now: Cell::new(None),
        };
        STAMPS
            .scope(stamps, async {
                let response = request.await;
                let now = STAMPS.with(|stamps| stamps.now.get());
                (response, now.filter(|now| Some(*now) != shown))
            })
            .await
    }

    /// The stamp of this request's session as read or written so far, if it has one.
    pub fn current() -> Option<i64> {
        STAMPS.try_with(|stamps| stamps.now.get()).ok().flatten()
    }

    fn shown() -> Option<i64> {
        STAMPS.try_with(|stamps| stamps.shown).ok().flatten()
    }

    fn now_at(stamp: i64) {
        // Outside a request (a job, a test) there is no browser to tell.
        let _ = STAMPS.try_with(|stamps| stamps.now.set(Some(stamp)));
    }
}

fn new_stamp() -> session_store::Result<i64> {
    getrandom::u64()
        .map(|bits| bits as i64)
        .map_err(|e| session_store::Error::Backend(e.to_string()))
}

fn backend(error: DbErr) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

fn row(record: &Record, stamp: i64) -> session_store::Result<ActiveModel> {
    let data = serde_json::to_string(&record.data)
        .map_err(|e| session_store::Error::Encode(e.to_string()))?;
    Ok(ActiveModel {
        id: Set(record.id.to_string()),
        data: Set(data),
        expires_at: Set(record.expiry_date.unix_timestamp()),
        stamp: Set(stamp),
    })
}

fn decode(error: impl ToString) -> session_store::Error {
    session_store::Error::Decode(error.to_string())
}

#[async_trait]
impl SessionStore for DatabaseSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits; should one ever collide, draw another rather than overwrite.
        loop {
            let stamp = new_stamp()?;
            match Entity::insert(row(record, stamp)?).exec(&self.db).await {
                Ok(_) => {
                    self.keep(record, stamp, record.expiry_date);
                    return Ok(());
                }
                Err(error)
                    if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) =>
                {
                    record.id = Id::default();
                }
                Err(error) => return Err(backend(error)),
            }
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let Some(kept) = self
            .kept
            .get(&record.id)
            .filter(|kept| kept.record.data == record.data)
        else {
            return self.write(record).await;
        };
        if record.expiry_date - kept.stored_expiry < EXPIRY_RESOLUTION {
            self.keep(record, kept.stamp, kept.stored_expiry);
            return Ok(());
        }
        // Only the expiry moved: the stamp stays, so other instances' copies stay good. A
        // session ended meanwhile (signed out elsewhere) is not brought back.
        let moved = Entity::update_many()
            .col_expr(
                Column::ExpiresAt,
                record.expiry_date.unix_timestamp().into(),
            )
            .filter(Column::Id.eq(record.id.to_string()))
            .filter(Column::Stamp.eq(kept.stamp))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        if moved.rows_affected == 1 {
            self.keep(record, kept.stamp, record.expiry_date);
        } else {
            self.kept.invalidate(&record.id);
        }
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc();
        // A member of staff's session is always read: signing out on one instance ends it on
        // every other at once.
        if let Some(kept) = self.kept.get(id)
            && Some(kept.stamp) == SessionStamps::shown()
            && kept.record.expiry_date > now
            && !kept.record.data.contains_key(crate::session::STAFF)
        {
            SessionStamps::now_at(kept.stamp);
            return Ok(Some(kept.record.clone()));
        }
        let Some(stored) = Entity::find_by_id(id.to_string())
            .filter(Column::ExpiresAt.gt(now.unix_timestamp()))
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            self.kept.invalidate(id);
            return Ok(None);
        };
        let expiry_date = OffsetDateTime::from_unix_timestamp(stored.expires_at).map_err(decode)?;
        let record = Record {
            id: *id,
            data: serde_json::from_str(&stored.data).map_err(decode)?,
            expiry_date,
        };
        self.keep(&record, stored.stamp, expiry_date);
        Ok(Some(record))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        self.kept.invalidate(id);
        Entity::delete_by_id(id.to_string())
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DatabaseSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        Entity::delete_many()
            .filter(Column::ExpiresAt.lte(OffsetDateTime::now_utc().unix_timestamp()))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
