use sea_orm::entity::prelude::*;

/// Something the team did about a priority, and when.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "priority_action")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub priority_id: i32,
    #[sea_orm(column_type = "Text")]
    pub action: String,
    /// In Welsh, if the team gave it.
    #[sea_orm(column_type = "Text", nullable)]
    pub action_cy: Option<String>,
    /// The day it was done (the start of that UK day).
    pub action_date: i64,
    pub created_at: i64,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
