use sea_orm::entity::prelude::*;

/// One option of a vote: a short issue, perhaps raised as a concern or worked as a problem.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote_option")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub vote_id: i32,
    pub position: i32,
    pub label: String,
    /// In Welsh, if the team gave it.
    pub label_cy: Option<String>,
    pub concern_id: Option<i32>,
    pub problem_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
