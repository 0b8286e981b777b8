use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "neighbourhood")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub force_id: String,
    pub lpa_id: i32,
    /// The force's own id for the neighbourhood (`BW003`): unique within the force only.
    pub code: String,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// GeoJSON MultiPolygon coordinates (`[[[[lng, lat], ...]]]`), WGS84; none until imported.
    #[sea_orm(column_type = "Text", nullable)]
    pub boundary: Option<String>,
    pub centre_latitude: Option<f64>,
    pub centre_longitude: Option<f64>,
    pub contact_email: Option<String>,
    pub contact_telephone: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::local_policing_area::Entity",
        from = "Column::LpaId",
        to = "super::local_policing_area::Column::Id"
    )]
    LocalPolicingArea,
    #[sea_orm(has_many = "super::team_member::Entity")]
    TeamMember,
    #[sea_orm(has_many = "super::neighbourhood_link::Entity")]
    NeighbourhoodLink,
}

impl Related<super::local_policing_area::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::LocalPolicingArea.def()
    }
}

impl Related<super::team_member::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::TeamMember.def()
    }
}

impl Related<super::neighbourhood_link::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::NeighbourhoodLink.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
