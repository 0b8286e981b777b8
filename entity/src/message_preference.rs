use crate::team_message::MessageKind;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// How a resident wants one kind of team message: as it is sent, in a daily or weekly digest, or
/// not by email. No row: as it is sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_preference")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub resident_id: i32,
    pub kind: MessageKind,
    pub frequency: MessageFrequency,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MessageFrequency {
    #[default]
    #[sea_orm(string_value = "immediate")]
    Immediate,
    #[sea_orm(string_value = "daily")]
    Daily,
    #[sea_orm(string_value = "weekly")]
    Weekly,
    #[sea_orm(string_value = "never")]
    Never,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
