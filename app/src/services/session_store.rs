//! tower-sessions' store on the portal's own database, so sessions survive a restart and every
//! server instance sees the same ones, on SQLite and PostgreSQL alike.

use async_trait::async_trait;
use entity::session::{ActiveModel, Column, Entity};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, SqlErr,
};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, ExpiredDeletion, SessionStore};

#[derive(Clone, Debug)]
pub struct DatabaseSessionStore {
    db: DatabaseConnection,
}

impl DatabaseSessionStore {
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db }
    }
}

fn backend(error: DbErr) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

fn row(record: &Record) -> session_store::Result<ActiveModel> {
    let data = serde_json::to_string(&record.data)
        .map_err(|e| session_store::Error::Encode(e.to_string()))?;
    Ok(ActiveModel {
        id: Set(record.id.to_string()),
        data: Set(data),
        expires_at: Set(record.expiry_date.unix_timestamp()),
    })
}

fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[async_trait]
impl SessionStore for DatabaseSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        // Ids are 128 random bits; should one ever collide, draw another rather than overwrite.
        loop {
            match Entity::insert(row(record)?).exec(&self.db).await {
                Ok(_) => return Ok(()),
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
        Entity::insert(row(record)?)
            .on_conflict(
                OnConflict::column(Column::Id)
                    .update_columns([Column::Data, Column::ExpiresAt])
                    .to_owned(),
            )
            .exec_without_returning(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let Some(stored) = Entity::find_by_id(id.to_string())
            .filter(Column::ExpiresAt.gt(now()))
            .one(&self.db)
            .await
            .map_err(backend)?
        else {
            return Ok(None);
        };
        let data = serde_json::from_str(&stored.data)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = time::OffsetDateTime::from_unix_timestamp(stored.expires_at)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
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
            .filter(Column::ExpiresAt.lte(now()))
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
