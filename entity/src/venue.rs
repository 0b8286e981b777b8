use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A place where the team meets the public, such as a library or community centre.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "venue")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The neighbourhood whose team keeps the venue's details up to date. The neighbourhoods
    /// it serves are in `venue_neighbourhood`.
    pub neighbourhood_id: Option<i32>,
    pub name: String,
    pub kind: VenueKind,
    #[sea_orm(column_type = "Text")]
    pub address: String,
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    /// Whether a wheelchair user can get in and around without steps.
    pub step_free: bool,
    #[sea_orm(column_type = "Text")]
    pub accessibility_notes: String,
    /// A sentence or two on finding the room once there ("the community room is on the first
    /// floor, by the lift").
    #[sea_orm(column_type = "Text")]
    pub how_to_find: String,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum VenueKind {
    #[sea_orm(string_value = "library")]
    Library,
    #[sea_orm(string_value = "school")]
    School,
    #[sea_orm(string_value = "community-centre")]
    CommunityCentre,
    #[sea_orm(string_value = "place-of-worship")]
    PlaceOfWorship,
    #[sea_orm(string_value = "front-counter")]
    FrontCounter,
    #[sea_orm(string_value = "other")]
    Other,
}

impl VenueKind {
    /// As a resident reads it: "Library", "Police station front counter".
    pub fn label(self) -> &'static str {
        match self {
            VenueKind::Library => "Library",
            VenueKind::School => "School",
            VenueKind::CommunityCentre => "Community centre",
            VenueKind::PlaceOfWorship => "Place of worship",
            VenueKind::FrontCounter => "Police station front counter",
            VenueKind::Other => "Other venue",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::neighbourhood::Entity",
        from = "Column::NeighbourhoodId",
        to = "super::neighbourhood::Column::Id"
    )]
    Neighbourhood,
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Neighbourhood.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
