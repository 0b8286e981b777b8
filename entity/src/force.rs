use sea_orm::entity::prelude::*;

/// The police force that runs this deployment (one per deployment, but kept as data so the
/// data.police.uk-style API can describe it).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "force")]
pub struct Model {
    /// data.police.uk force id, such as `west-midlands`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub name: String,
    pub url: String,
    pub telephone: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// Postcode areas the force covers, space separated (`B CV DY WS WV`): an unknown postcode
    /// outside them is answered "outside this force's area".
    pub postcode_areas: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::local_policing_area::Entity")]
    LocalPolicingArea,
}

impl Related<super::local_policing_area::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::LocalPolicingArea.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
