use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One entry in a concern's timeline: a reply (from the team, a partner it was passed to or the
/// resident), a note only staff see, or a change of status.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concern_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concern_id: i32,
    pub at: i64,
    pub kind: EventKind,
    /// The member of staff who wrote it or made the change.
    pub staff_id: Option<i32>,
    /// A reply's or note's text, or what a status change adds (the partner's name, the reason).
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// For a status change: the new status.
    pub status: Option<super::concern::ConcernStatus>,
    /// For a partner's reply: the organisation it is written for (`staff_id` is its person).
    pub partner_organisation_id: Option<i32>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// The team wrote to the resident (emailed to them).
    #[sea_orm(string_value = "team-reply")]
    TeamReply,
    /// The resident wrote back.
    #[sea_orm(string_value = "resident-reply")]
    ResidentReply,
    /// For staff only.
    #[sea_orm(string_value = "note")]
    Note,
    #[sea_orm(string_value = "status")]
    StatusChanged,
    /// The resident reopened it after it was closed.
    #[sea_orm(string_value = "reopened")]
    Reopened,
    /// A partner organisation the concern was passed to wrote to the resident (emailed to them).
    #[sea_orm(string_value = "partner-reply")]
    PartnerReply,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
