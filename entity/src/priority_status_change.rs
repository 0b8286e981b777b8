use sea_orm::entity::prelude::*;

/// A change of a priority's status, for the timeline its followers see.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "priority_status_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub priority_id: i32,
    pub status: crate::priority::PriorityStatus,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
