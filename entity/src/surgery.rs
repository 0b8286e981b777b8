use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One occurrence of a surgery, at a venue, from `starts_at` to `ends_at` (Unix seconds, UTC).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "surgery")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub series_id: i32,
    pub neighbourhood_id: i32,
    pub venue_id: i32,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: SurgeryStatus,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancelled_reason: Option<String>,
    /// Raised each time the team moves it, so calendars take the new time (their SEQUENCE).
    pub revision: i32,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum SurgeryStatus {
    #[sea_orm(string_value = "scheduled")]
    Scheduled,
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
