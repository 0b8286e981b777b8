use sea_orm::entity::prelude::*;

/// A neighbourhood a venue serves: its team may hold surgeries there.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "venue_neighbourhood")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub venue_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
