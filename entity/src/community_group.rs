use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A community group (a residents' association, a Neighbourhood Watch scheme…) that works with
/// the teams of its neighbourhoods. Shown publicly only once a team member or moderator has
/// verified it. Its members are `group_member`s; what it follows, `follow`s.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "community_group")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Like "GRP-7K3M-Q9XD": its address on the site.
    #[sea_orm(unique)]
    pub reference: String,
    pub name: String,
    pub kind: GroupKind,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub status: GroupStatus,
    /// Why it was declined or closed (told to its organisers).
    #[sea_orm(column_type = "Text")]
    pub status_reason: String,
    pub created_at: i64,
    /// When a member of staff verified or declined it.
    pub decided_at: Option<i64>,
    pub decided_by: Option<i32>,
    /// Sent with the registration, so a second submission finds this group.
    #[sea_orm(unique)]
    pub idempotency_key: Option<String>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    #[sea_orm(string_value = "residents-association")]
    ResidentsAssociation,
    #[sea_orm(string_value = "neighbourhood-watch")]
    NeighbourhoodWatch,
    #[sea_orm(string_value = "faith-group")]
    FaithGroup,
    #[sea_orm(string_value = "youth-group")]
    YouthGroup,
    #[sea_orm(string_value = "tenants-association")]
    TenantsAssociation,
    #[sea_orm(string_value = "business-association")]
    BusinessAssociation,
    #[sea_orm(string_value = "school-or-college")]
    SchoolOrCollege,
    #[sea_orm(string_value = "other")]
    Other,
}

impl GroupKind {
    pub const ALL: [GroupKind; 8] = [
        GroupKind::ResidentsAssociation,
        GroupKind::NeighbourhoodWatch,
        GroupKind::FaithGroup,
        GroupKind::YouthGroup,
        GroupKind::TenantsAssociation,
        GroupKind::BusinessAssociation,
        GroupKind::SchoolOrCollege,
        GroupKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GroupKind::ResidentsAssociation => "Residents' association",
            GroupKind::NeighbourhoodWatch => "Neighbourhood Watch",
            GroupKind::FaithGroup => "Faith group",
            GroupKind::YouthGroup => "Youth group",
            GroupKind::TenantsAssociation => "Tenants' association",
            GroupKind::BusinessAssociation => "Business association",
            GroupKind::SchoolOrCollege => "School or college",
            GroupKind::Other => "Other community group",
        }
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum GroupStatus {
    /// Registered, waiting for a team member or moderator: only its members and staff see it.
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "verified")]
    Verified,
    /// Not accepted (not a real group, or not in these neighbourhoods).
    #[sea_orm(string_value = "declined")]
    Declined,
    /// Its last member left: kept for the record, shown to nobody but staff.
    #[sea_orm(string_value = "closed")]
    Closed,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
