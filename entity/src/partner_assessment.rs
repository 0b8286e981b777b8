use sea_orm::entity::prelude::*;

/// A partner organisation's own assessment of a problem shared with it, for the team: whether
/// its work made a difference, and how it knows. One per problem and organisation (a unique
/// index); writing it again replaces it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_assessment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub problem_id: i32,
    pub organisation_id: i32,
    #[sea_orm(column_type = "Text")]
    pub worked: String,
    /// How they know (may be empty).
    #[sea_orm(column_type = "Text")]
    pub measure: String,
    pub written_at: i64,
    /// Their person who wrote it last.
    pub written_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
