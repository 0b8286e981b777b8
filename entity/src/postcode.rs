use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "postcode")]
pub struct Model {
    /// Normalised form: upper case, one space before the inward code (`B15 2TT`).
    #[sea_orm(primary_key, auto_increment = false)]
    pub postcode: String,
    /// The outward code (`B15`), indexed for district searches.
    pub outcode: String,
    pub latitude: f64,
    pub longitude: f64,
    /// Set when the source data names the neighbourhood; it wins over the boundary lookup.
    pub neighbourhood_id: Option<i32>,
    /// When the postcode stopped being used (`YYYYMM`, as the ONS gives it); kept so residents
    /// are told it is no longer in use.
    pub terminated_on: Option<String>,
    /// The electoral ward the source places it in (Code-Point Open, the ONS Postcode Directory).
    pub ward_code: Option<String>,
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
