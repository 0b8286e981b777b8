use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A problem a team works through with SARA: Scanning (what, where, when, how many), Analysis
/// (the problem analysis triangle: victims, offenders, locations, and the causes), Response (its
/// actions, in `problem_action`) and Assessment (did it work, measured how, the outcome). Its
/// concerns point to it. Each stage is dated when first written.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Like "PRB-7K3M-Q9XD".
    #[sea_orm(unique)]
    pub reference: String,
    pub neighbourhood_id: i32,
    pub title: String,
    pub stage: SaraStage,
    #[sea_orm(column_type = "Text")]
    pub scanning: String,
    pub scanning_at: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub analysis_causes: String,
    #[sea_orm(column_type = "Text")]
    pub analysis_victims: String,
    #[sea_orm(column_type = "Text")]
    pub analysis_offenders: String,
    #[sea_orm(column_type = "Text")]
    pub analysis_locations: String,
    pub analysis_at: Option<i64>,
    /// When the first action was recorded.
    pub response_at: Option<i64>,
    #[sea_orm(column_type = "Text")]
    pub assessment_worked: String,
    #[sea_orm(column_type = "Text")]
    pub assessment_measure: String,
    #[sea_orm(column_type = "Text")]
    pub assessment_outcome: String,
    pub assessment_at: Option<i64>,
    /// Whether its public summary and stage are shown on the neighbourhood page.
    pub published: bool,
    #[sea_orm(column_type = "Text")]
    pub public_summary: String,
    /// The title and the public summary in Welsh, for residents reading in Welsh, if the team
    /// gave them.
    pub title_cy: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub public_summary_cy: Option<String>,
    pub created_at: i64,
    pub created_by: Option<i32>,
    pub updated_at: i64,
}

#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum SaraStage {
    #[sea_orm(string_value = "scanning")]
    Scanning,
    #[sea_orm(string_value = "analysis")]
    Analysis,
    #[sea_orm(string_value = "response")]
    Response,
    #[sea_orm(string_value = "assessment")]
    Assessment,
}

impl SaraStage {
    pub const ALL: [SaraStage; 4] = [
        SaraStage::Scanning,
        SaraStage::Analysis,
        SaraStage::Response,
        SaraStage::Assessment,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SaraStage::Scanning => "Scanning",
            SaraStage::Analysis => "Analysis",
            SaraStage::Response => "Response",
            SaraStage::Assessment => "Assessment",
        }
    }

    /// What the stage means, for residents.
    pub fn meaning(self) -> &'static str {
        match self {
            SaraStage::Scanning => "finding out what is happening, where and when",
            SaraStage::Analysis => {
                "working out why it happens, who is affected and who is responsible"
            }
            SaraStage::Response => "taking action, with partners",
            SaraStage::Assessment => "checking whether the action worked",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
