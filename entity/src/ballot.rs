use sea_orm::entity::prelude::*;

/// A resident's ballot in a vote (its choices in `ballot_choice`). Unique per vote and
/// resident: changing one's mind changes the ballot, never adds another.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "ballot")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub vote_id: i32,
    /// None once the resident deleted their account (the ballot still counts).
    pub resident_id: Option<i32>,
    /// The resident confirmed a postcode inside the neighbourhood (the postcode is not kept).
    pub postcode_confirmed: bool,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
