use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A surgery as a team scheduled it: where, what, how residents come, and how it repeats. Its
/// occurrences are rows of `surgery`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surgery_series")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    pub venue_id: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// The title in Welsh, for residents reading in Welsh, if the team gave one.
    pub title_cy: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub description_cy: Option<String>,
    pub booking: BookingMode,
    /// For a drop-in: how many people the team expects, if it said.
    pub expected_capacity: Option<i32>,
    /// For booked slots: each slot's length and places.
    pub slot_minutes: Option<i32>,
    pub places_per_slot: Option<i32>,
    /// The schedule as entered (first date, UK local times, repeat), in JSON.
    #[sea_orm(column_type = "Text")]
    pub schedule: String,
    pub created_at: i64,
    pub created_by: Option<i32>,
    /// Set when the team ended the series: no occurrence after this time happens.
    pub ended_at: Option<i64>,
}

/// Whether residents book a slot or just come.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum BookingMode {
    #[sea_orm(string_value = "drop-in")]
    DropIn,
    #[sea_orm(string_value = "booked-slots")]
    BookedSlots,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
