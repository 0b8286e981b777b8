use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "local_policing_area")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub force_id: String,
    /// Short stable name used in URLs and imports, such as `birmingham`.
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::force::Entity",
        from = "Column::ForceId",
        to = "super::force::Column::Id"
    )]
    Force,
    #[sea_orm(has_many = "super::neighbourhood::Entity")]
    Neighbourhood,
}

impl Related<super::force::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Force.def()
    }
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Neighbourhood.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
