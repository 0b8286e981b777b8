use sea_orm::entity::prelude::*;

/// A resident's answer to "Was this useful?" about a team message they were sent: one per
/// message and resident (a unique index), which they may change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_rating")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub message_id: i32,
    pub resident_id: i32,
    pub useful: bool,
    pub answered_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
