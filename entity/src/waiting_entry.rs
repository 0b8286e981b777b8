use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A resident waiting for a place in a full slot. When a place frees up, the first waiting is
/// given it in the same transaction. At most one live entry per resident and occurrence.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "waiting_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub surgery_id: i32,
    pub slot_id: i32,
    pub resident_id: Option<i32>,
    pub status: WaitingStatus,
    #[sea_orm(column_type = "Text")]
    pub topic: String,
    #[sea_orm(column_type = "Text")]
    pub adjustments: String,
    pub created_at: i64,
    /// The booking they were given, once promoted.
    pub booking_id: Option<i32>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum WaitingStatus {
    #[sea_orm(string_value = "waiting")]
    Waiting,
    /// Given a place.
    #[sea_orm(string_value = "promoted")]
    Promoted,
    /// Left the list, or the surgery was cancelled.
    #[sea_orm(string_value = "withdrawn")]
    Withdrawn,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
