use sea_orm::entity::prelude::*;

/// A SARA problem a team works with a partner organisation: its people see the problem and its
/// actions, and add actions of their own. Once per problem and organisation (a unique index).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_share")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub problem_id: i32,
    pub organisation_id: i32,
    pub shared_at: i64,
    /// The member of staff who shared it.
    pub shared_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
