use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// An organisation outside the police that works on local problems with neighbourhood teams:
/// the council's anti-social behaviour team, a housing association, a school, youth services.
/// Its people sign in as staff accounts of the partner role; it sees only what a team shares
/// with it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_organisation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// As residents see it credited ("Birmingham City Council"); one organisation to a name,
    /// whatever its capitals (a unique index on `lower(name)`).
    pub name: String,
    pub kind: PartnerKind,
    pub created_at: i64,
}

/// What kind of organisation a partner is; a form sends its serde name (`form_value`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    #[sea_orm(string_value = "council")]
    Council,
    #[sea_orm(string_value = "housing")]
    Housing,
    #[sea_orm(string_value = "education")]
    Education,
    #[sea_orm(string_value = "youth")]
    Youth,
    #[sea_orm(string_value = "health")]
    Health,
    #[sea_orm(string_value = "charity")]
    Charity,
    #[sea_orm(string_value = "other")]
    Other,
}

impl PartnerKind {
    pub const ALL: [PartnerKind; 7] = [
        PartnerKind::Council,
        PartnerKind::Housing,
        PartnerKind::Education,
        PartnerKind::Youth,
        PartnerKind::Health,
        PartnerKind::Charity,
        PartnerKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PartnerKind::Council => "Local council",
            PartnerKind::Housing => "Housing provider",
            PartnerKind::Education => "School or college",
            PartnerKind::Youth => "Youth service",
            PartnerKind::Health => "Health service",
            PartnerKind::Charity => "Charity or voluntary group",
            PartnerKind::Other => "Another organisation",
        }
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
