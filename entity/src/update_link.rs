use sea_orm::entity::prelude::*;

/// What an update answers: one of a concern, a priority, a vote or a problem.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "update_link")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub update_id: i32,
    pub concern_id: Option<i32>,
    pub priority_id: Option<i32>,
    pub vote_id: Option<i32>,
    pub problem_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
