use sea_orm::entity::prelude::*;

/// That a resident answered the confidence survey in a quarter, and nothing of what they said:
/// one per resident and quarter (a unique index).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_taken")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resident_id: i32,
    /// `2026-Q4`.
    pub quarter: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
