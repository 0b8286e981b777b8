use sea_orm::entity::prelude::*;

/// One resident's copy of a team message: queued when the message goes (once per message and
/// resident, by a unique index), then handed to the outbox at the configured rate (or in the
/// resident's digest, with the others of its day or week), then sent or
/// failed as the outbox records it. Skipped if, by the time it was handed, the resident no
/// longer wanted that kind.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_delivery")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub message_id: i32,
    pub resident_id: i32,
    /// The neighbourhood they follow that it came to them through: its page is the link.
    pub neighbourhood_id: i32,
    pub queued_at: i64,
    /// As it goes: by itself, or in the resident's daily or weekly digest (never `Never`).
    pub frequency: crate::message_preference::MessageFrequency,
    pub handed_at: Option<i64>,
    pub outbox_message_id: Option<i32>,
    pub sent_at: Option<i64>,
    pub failed_at: Option<i64>,
    pub skipped_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
