use sea_orm::entity::prelude::*;

/// The neighbourhoods a team member acts for.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_neighbourhood")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_account_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::staff_account::Entity",
        from = "Column::StaffAccountId",
        to = "super::staff_account::Column::Id"
    )]
    StaffAccount,
    #[sea_orm(
        belongs_to = "super::neighbourhood::Entity",
        from = "Column::NeighbourhoodId",
        to = "super::neighbourhood::Column::Id"
    )]
    Neighbourhood,
}

impl Related<super::staff_account::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StaffAccount.def()
    }
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Neighbourhood.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
