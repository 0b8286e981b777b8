use sea_orm::entity::prelude::*;

/// Paper ballots from a meeting, counted by a member of staff (assisted digital): shown as a
/// labelled count of their own, never mixed with online ballots.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paper_count")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub vote_id: i32,
    /// Which meeting, like "Residents' meeting at the library, 3 December".
    pub label: String,
    /// How many people filled in a paper ballot.
    pub ballots: i32,
    pub recorded_at: i64,
    pub recorded_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
