use sea_orm::entity::prelude::*;

/// A kind of concern residents choose from ("Anti-social behaviour"). The force may rename,
/// add and retire categories; a retired one is no longer offered but keeps its concerns.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concern_category")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub name: String,
    /// The order residents see them in.
    pub position: i32,
    pub retired: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
