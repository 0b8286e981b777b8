use sea_orm::entity::prelude::*;

/// One action in a problem's Response: what was (or will be) done, by whom, with which partner
/// and when.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_action")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub problem_id: i32,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// Who in the team owns it.
    pub owner: String,
    /// The partner involved, if any ("Birmingham City Council").
    pub partner: String,
    /// The day it happens or happened (the start of that UK day).
    pub action_on: i64,
    pub created_at: i64,
    pub created_by: Option<i32>,
    /// The partner organisation whose person recorded it, credited by name; none when the
    /// team recorded it.
    pub partner_organisation_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
