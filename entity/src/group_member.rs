use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A resident's membership of a community group, or their request to join it. One per resident
/// and group (a unique index); a group always keeps at least one active organiser.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "group_member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub group_id: i32,
    pub resident_id: i32,
    pub role: MemberRole,
    pub status: MemberStatus,
    /// Whether their display name may appear on the group's public page.
    pub show_name: bool,
    pub joined_at: i64,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MemberRole {
    /// Invites, approves and removes members, and acts for the group.
    #[sea_orm(string_value = "organiser")]
    Organiser,
    #[sea_orm(string_value = "member")]
    Member,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MemberStatus {
    #[sea_orm(string_value = "active")]
    Active,
    /// Asked to join; an organiser has not yet approved.
    #[sea_orm(string_value = "requested")]
    Requested,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
