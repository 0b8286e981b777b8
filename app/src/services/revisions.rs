//! Counters in `dataset_revision` that say when data other instances keep in memory has
//! changed: each instance compares them with the revision its copy was read at.

use entity::dataset_revision::{Column, Entity};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

/// What a revision counts changes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revision {
    /// The postcodes, areas and boundaries behind the gazetteer's lookup indexes.
    Gazetteer = 1,
    /// What public neighbourhood pages show.
    PublicPages = 2,
}

/// Increments the revision inside the caller's transaction.
pub async fn increment<C: ConnectionTrait>(conn: &C, revision: Revision) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Revision, Expr::col(Column::Revision).add(1))
        .filter(Column::Id.eq(revision as i32))
        .exec(conn)
        .await?;
    Ok(())
}

/// The revision as the database has it now.
pub async fn current<C: ConnectionTrait>(conn: &C, revision: Revision) -> Result<i64, DbErr> {
    Ok(Entity::find_by_id(revision as i32)
        .one(conn)
        .await?
        .map_or(0, |r| r.revision))
}
