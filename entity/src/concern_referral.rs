use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A concern a team passed to a partner organisation: it is in that organisation's queue, and
/// its people may reply to the resident. Once per concern and organisation (a unique index).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "concern_referral")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub concern_id: i32,
    pub organisation_id: i32,
    pub referred_at: i64,
    /// The member of staff who passed it on.
    pub referred_by: Option<i32>,
    /// Whether the resident lets this organisation see their name and email address.
    pub contact_consent: ContactConsent,
    /// When the resident answered (or changed their answer).
    pub consent_at: Option<i64>,
}

/// The resident's answer, for one organisation: until they give it, the organisation sees the
/// concern without who raised it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum ContactConsent {
    /// Asked, not yet answered.
    #[sea_orm(string_value = "asked")]
    Asked,
    #[sea_orm(string_value = "given")]
    Given,
    #[sea_orm(string_value = "refused")]
    Refused,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
