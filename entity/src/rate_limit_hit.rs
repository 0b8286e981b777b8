use sea_orm::entity::prelude::*;

/// One counted attempt (an emailed link asked for, a failed password) in a rate-limit bucket.
/// Kept in the database so every server instance counts the same attempts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit_hit")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Such as `link-ip:…` or `password-account:…`; addresses are hashed, never stored.
    pub bucket: String,
    /// Unix seconds.
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
