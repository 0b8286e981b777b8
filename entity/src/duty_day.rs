use sea_orm::entity::prelude::*;

/// The time a member of staff has recorded for one day, in total: the database refuses more
/// than 24 hours (a check on `minutes`), and a record is only kept if adding it here succeeds.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "duty_day")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_id: i32,
    /// The start of that UK day.
    #[sea_orm(primary_key, auto_increment = false)]
    pub worked_on: i64,
    pub minutes: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
