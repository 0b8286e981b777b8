use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A resident's place in a slot. At most one live booking per resident and occurrence (a
/// unique index over `status = 'booked'`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "booking")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Shown to the resident and quoted to the team, like "SRG-7K3M-Q9XD".
    #[sea_orm(unique)]
    pub reference: String,
    pub surgery_id: i32,
    pub slot_id: i32,
    pub resident_id: Option<i32>,
    pub status: BookingStatus,
    /// What the resident wants to talk about: private to the team.
    #[sea_orm(column_type = "Text")]
    pub topic: String,
    /// Any adjustment the resident needs (a hearing loop, an interpreter).
    #[sea_orm(column_type = "Text")]
    pub adjustments: String,
    pub created_at: i64,
    pub cancelled_at: Option<i64>,
    /// The hash of the token in the emailed cancel link.
    #[sea_orm(unique)]
    pub cancel_token_hash: String,
    /// Sent with the confirm step, so a second submission finds this booking.
    #[sea_orm(unique)]
    pub idempotency_key: Option<String>,
    /// Recorded by the team once the surgery has begun.
    pub attendance: Option<Attendance>,
    /// When the reminder the day before was put in the outbox: it is sent once.
    pub reminded_at: Option<i64>,
    /// The name a member of staff took for a resident booked without an account (a walk-in
    /// with no email address).
    #[sea_orm(column_type = "Text", nullable)]
    pub walk_in_name: Option<String>,
    /// The member of staff who booked on the resident's behalf (assisted digital).
    pub booked_by: Option<i32>,
    /// How many times the resident moved it to another time at its surgery (it raises the
    /// calendar event's sequence).
    pub time_changes: i32,
}

/// Whether the resident came.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    #[sea_orm(string_value = "attended")]
    Attended,
    #[sea_orm(string_value = "did-not-attend")]
    DidNotAttend,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum BookingStatus {
    #[sea_orm(string_value = "booked")]
    Booked,
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
