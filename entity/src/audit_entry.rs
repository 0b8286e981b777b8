use sea_orm::entity::prelude::*;

/// One staff action that changed data: who, what, when, and the record before and after.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_entry")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Unix seconds.
    pub at: i64,
    /// Not a foreign key: the log outlives the accounts it names.
    pub staff_account_id: Option<i32>,
    /// The actor's name and email at the time.
    pub actor: String,
    /// What was done, such as `team_member.create`.
    pub action: String,
    /// What it was done to, such as `neighbourhood EDG1`.
    pub subject: String,
    /// JSON snapshots.
    #[sea_orm(column_type = "Text", nullable)]
    pub before: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub after: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
