use sea_orm::entity::prelude::*;

/// A browser session (tower-sessions record), shared by every server instance.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    /// The session's values, as JSON.
    #[sea_orm(column_type = "Text")]
    pub data: String,
    /// Unix seconds.
    pub expires_at: i64,
    /// Drawn afresh at each write of `data`: the browser holds it in a cookie, so an instance
    /// can tell whether the copy it keeps in memory is the newest.
    pub stamp: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
