use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A local priority: the issue residents raised (with its date) and what the team did about it
/// (its `priority_action`s). Published on the neighbourhood page and in the open API.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "priority")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    #[sea_orm(column_type = "Text")]
    pub issue: String,
    /// The issue in Welsh, for residents reading in Welsh, if the team gave it.
    #[sea_orm(column_type = "Text", nullable)]
    pub issue_cy: Option<String>,
    /// When residents raised it (the start of that UK day).
    pub issue_date: i64,
    pub status: PriorityStatus,
    /// The vote option it was set from, if any.
    pub vote_option_id: Option<i32>,
    /// The SARA problem it was set from, if any.
    pub problem_id: Option<i32>,
    pub created_at: i64,
    pub created_by: Option<i32>,
    /// The last time the team changed it or added an action: the Guarantee asks for an update
    /// at least every three months.
    pub updated_at: i64,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum PriorityStatus {
    #[sea_orm(string_value = "open")]
    Open,
    #[sea_orm(string_value = "action-under-way")]
    ActionUnderWay,
    #[sea_orm(string_value = "resolved")]
    Resolved,
    /// No longer a priority (not shown as current).
    #[sea_orm(string_value = "retired")]
    Retired,
}

impl PriorityStatus {
    pub const ALL: [PriorityStatus; 4] = [
        PriorityStatus::Open,
        PriorityStatus::ActionUnderWay,
        PriorityStatus::Resolved,
        PriorityStatus::Retired,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PriorityStatus::Open => "Open",
            PriorityStatus::ActionUnderWay => "Action under way",
            PriorityStatus::Resolved => "Resolved",
            PriorityStatus::Retired => "Retired",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
