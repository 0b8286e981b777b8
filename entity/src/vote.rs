use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A vote on a neighbourhood's local priorities: a question, its options (`vote_option`), how
/// many each person may choose, when it is open, and who may vote. One ballot per resident.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "vote")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    #[sea_orm(column_type = "Text")]
    pub question: String,
    /// The question in Welsh, for residents reading in Welsh, if the team gave it.
    #[sea_orm(column_type = "Text", nullable)]
    pub question_cy: Option<String>,
    /// How many options each person may choose (1 to the number of options).
    pub most_choices: i32,
    pub opens_at: i64,
    pub closes_at: i64,
    pub eligibility: Eligibility,
    /// Whether the totals so far are shown while it is open.
    pub show_running_totals: bool,
    /// When its results were recorded as final (once, after it closed).
    pub finalised_at: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<i32>,
}

/// Who may vote.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum Eligibility {
    /// Any signed-in resident.
    #[sea_orm(string_value = "any-resident")]
    AnyResident,
    /// Residents who confirm a postcode inside the neighbourhood (kept only as "confirmed").
    #[sea_orm(string_value = "postcode-in-neighbourhood")]
    PostcodeInNeighbourhood,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
