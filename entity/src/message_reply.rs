use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// One reply in a thread about a team message: the resident's, or the team's answer.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_reply")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub thread_id: i32,
    pub author: ReplyAuthor,
    /// The member of staff who answered (the team's answers only).
    pub staff_id: Option<i32>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: i64,
}

/// Who wrote a reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, EnumIter, DeriveActiveEnum, Serialize, Deserialize)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum ReplyAuthor {
    #[sea_orm(string_value = "resident")]
    Resident,
    #[sea_orm(string_value = "team")]
    Team,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
