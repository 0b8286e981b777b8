use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Something a resident told their neighbourhood team about, and what happened to it. Replies,
/// notes and status changes are its `concern_event`s. The resident's name and address are never
/// published; a public summary appears only once a moderator approves it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "concern")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Shown to the resident and quoted to the team, like "NC-7K3M-Q9XD".
    #[sea_orm(unique)]
    pub reference: String,
    pub neighbourhood_id: i32,
    /// None once the resident has deleted their account.
    pub resident_id: Option<i32>,
    pub category_id: i32,
    /// Where, as the resident wrote it (a postcode, a street or a landmark).
    #[sea_orm(column_type = "Text")]
    pub location: String,
    /// A pin placed on the map, or the postcode's position.
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// What is happening, as the resident wrote it (for the team only).
    #[sea_orm(column_type = "Text")]
    pub description: String,
    /// When it happens, if they said (times of day, days).
    #[sea_orm(column_type = "Text")]
    pub when_happens: String,
    pub summary_status: SummaryStatus,
    /// The summary the public sees, as a moderator approved (and perhaps edited) it.
    #[sea_orm(column_type = "Text", nullable)]
    pub public_summary: Option<String>,
    pub moderated_by: Option<i32>,
    pub moderated_at: Option<i64>,
    pub status: ConcernStatus,
    /// Who it was passed to (the council, a housing association, another team).
    pub partner: Option<String>,
    pub close_reason: Option<CloseReason>,
    /// For a duplicate: the concern it repeats.
    pub duplicate_of: Option<i32>,
    /// The SARA problem it is being worked through.
    pub problem_id: Option<i32>,
    pub created_at: i64,
    /// 72 hours after it was raised: the Neighbourhood Policing Guarantee's reply time.
    pub due_at: i64,
    /// The team's first reply to the resident (an internal note does not count).
    pub first_reply_at: Option<i64>,
    /// When the team's address was last emailed that the resident wrote: replies within the
    /// next quarter of an hour are gathered into that email.
    pub team_told_at: Option<i64>,
    pub closed_at: Option<i64>,
    /// The resident's answer, once closed, to "has it improved?".
    pub improved: Option<Improved>,
    pub improved_at: Option<i64>,
    pub updated_at: i64,
    /// Sent with the confirm step, so a second submission finds this concern.
    #[sea_orm(unique)]
    pub idempotency_key: Option<String>,
    /// The community group it was put forward for: replies go to the group's organisers.
    pub group_id: Option<i32>,
    /// The group proposed it as an option for the next priority vote.
    pub proposed_for_vote: bool,
}

/// Where a concern is, as the resident reads it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum ConcernStatus {
    #[sea_orm(string_value = "received")]
    Received,
    #[sea_orm(string_value = "replied")]
    Replied,
    #[sea_orm(string_value = "under-review")]
    UnderReview,
    /// Part of a SARA problem the team is working on.
    #[sea_orm(string_value = "being-worked-on")]
    BeingWorkedOn,
    #[sea_orm(string_value = "passed-to-partner")]
    PassedToPartner,
    #[sea_orm(string_value = "closed")]
    Closed,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum CloseReason {
    #[sea_orm(string_value = "action-taken")]
    ActionTaken,
    #[sea_orm(string_value = "no-further-action")]
    NoFurtherAction,
    #[sea_orm(string_value = "not-a-police-matter")]
    NotAPoliceMatter,
    #[sea_orm(string_value = "duplicate")]
    Duplicate,
}

/// Whether a public summary may be (or has been) shown.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum SummaryStatus {
    /// The resident did not agree to one.
    #[sea_orm(string_value = "none")]
    None,
    /// Agreed, waiting for a moderator.
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "approved")]
    Approved,
    #[sea_orm(string_value = "rejected")]
    Rejected,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum Improved {
    #[sea_orm(string_value = "yes")]
    Yes,
    #[sea_orm(string_value = "no")]
    No,
    #[sea_orm(string_value = "not-sure")]
    NotSure,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
