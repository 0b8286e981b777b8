use sea_orm::entity::prelude::*;

/// A meeting a neighbourhood team held with a community group, as the team recorded it. Its
/// linked priorities are `group_meeting_priority` rows.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub group_id: i32,
    pub neighbourhood_id: i32,
    /// The day they met (the start of that UK day).
    pub met_on: i64,
    pub attendees: i32,
    #[sea_orm(column_type = "Text")]
    pub notes: String,
    pub created_at: i64,
    pub created_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
