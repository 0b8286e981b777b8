use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// Something a group or a resident follows: a priority, a SARA problem, a vote or a whole
/// neighbourhood. Once per follower and item (unique indexes).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub group_id: Option<i32>,
    pub resident_id: Option<i32>,
    pub item_kind: ItemKind,
    pub item_id: i32,
    pub created_at: i64,
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
pub enum ItemKind {
    #[sea_orm(string_value = "priority")]
    Priority,
    #[sea_orm(string_value = "problem")]
    Problem,
    #[sea_orm(string_value = "vote")]
    Vote,
    #[sea_orm(string_value = "neighbourhood")]
    Neighbourhood,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
