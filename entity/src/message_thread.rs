use sea_orm::entity::prelude::*;

/// A resident's conversation with a neighbourhood team about one team message they were sent:
/// one per message and resident (a unique index), answered by the team of the neighbourhood the
/// message reached them through.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_thread")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `MR-XXXX-XXXX`, how the team's pages name it.
    pub reference: String,
    pub message_id: i32,
    pub resident_id: i32,
    pub neighbourhood_id: i32,
    /// The resident wrote last: it waits for the team.
    pub waiting: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
