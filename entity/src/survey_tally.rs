use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How many residents of a neighbourhood gave one answer to one question of the confidence
/// survey in one quarter: a count, naming nobody (a unique index on neighbourhood, quarter,
/// question and answer; each answer adds one).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "survey_tally")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    /// `2026-Q4`: the UK calendar quarter.
    pub quarter: String,
    pub question: SurveyQuestion,
    /// The answer's value (`Agreement` or `Safety`, as the form sends it).
    pub answer: String,
    pub count: i32,
}

/// The four questions, after the Crime Survey for England and Wales.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum SurveyQuestion {
    /// The police in this area understand the issues that affect this community.
    #[sea_orm(string_value = "understand")]
    Understand,
    /// They deal with the things that matter to this community.
    #[sea_orm(string_value = "deal")]
    Deal,
    /// They can be relied on to be there when you need them.
    #[sea_orm(string_value = "rely")]
    Rely,
    /// How safe do you feel walking alone in this area after dark?
    #[sea_orm(string_value = "safe")]
    Safe,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
