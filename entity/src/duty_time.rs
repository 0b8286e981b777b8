use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Hours a team member spent on one day in the community (visible) or taken away from
/// neighbourhood duties (an abstraction), as they or their team recorded it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "duty_time")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    /// Who recorded it; none once their account is deleted.
    pub staff_id: Option<i32>,
    pub kind: DutyKind,
    /// The day (the start of that UK day).
    pub worked_on: i64,
    pub minutes: i32,
    /// Where, for time in the community (a street, a school, a library); empty otherwise.
    pub place: String,
    pub created_at: i64,
}

/// What the time was spent on: the first four are visible time in the community, the rest
/// are abstractions with their reason.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum DutyKind {
    #[sea_orm(string_value = "patrol")]
    Patrol,
    #[sea_orm(string_value = "surgery")]
    Surgery,
    #[sea_orm(string_value = "school-visit")]
    SchoolVisit,
    #[sea_orm(string_value = "meeting")]
    Meeting,
    #[sea_orm(string_value = "response-cover")]
    ResponseCover,
    #[sea_orm(string_value = "guarding-scene")]
    GuardingScene,
    #[sea_orm(string_value = "court")]
    Court,
    #[sea_orm(string_value = "training")]
    Training,
    #[sea_orm(string_value = "other-abstraction")]
    OtherAbstraction,
}

impl DutyKind {
    pub const ALL: [DutyKind; 9] = [
        DutyKind::Patrol,
        DutyKind::Surgery,
        DutyKind::SchoolVisit,
        DutyKind::Meeting,
        DutyKind::ResponseCover,
        DutyKind::GuardingScene,
        DutyKind::Court,
        DutyKind::Training,
        DutyKind::OtherAbstraction,
    ];

    /// Taken away from neighbourhood duties, rather than time in the community.
    pub fn is_abstraction(self) -> bool {
        !matches!(
            self,
            DutyKind::Patrol | DutyKind::Surgery | DutyKind::SchoolVisit | DutyKind::Meeting
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            DutyKind::Patrol => "Patrol",
            DutyKind::Surgery => "Surgery",
            DutyKind::SchoolVisit => "School visit",
            DutyKind::Meeting => "Community meeting",
            DutyKind::ResponseCover => "Response cover",
            DutyKind::GuardingScene => "Guarding a scene",
            DutyKind::Court => "Court",
            DutyKind::Training => "Training",
            DutyKind::OtherAbstraction => "Other abstraction",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
