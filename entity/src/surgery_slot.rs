use sea_orm::entity::prelude::*;

/// A bookable part of an occurrence: `places` people may book it, and `booked` have. The
/// database refuses `booked` above `places`; bookings change it only with conditional updates.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surgery_slot")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub surgery_id: i32,
    pub starts_at: i64,
    pub ends_at: i64,
    pub places: i32,
    pub booked: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
