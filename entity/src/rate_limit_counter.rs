use sea_orm::entity::prelude::*;

/// Attempts in a rate-limit bucket (emailed links asked for, staff passwords and codes tried)
/// since the bucket's window began. Taken with one upsert, so concurrent attempts, on any
/// server instance, are counted one by one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rate_limit_counter")]
pub struct Model {
    /// Such as `link-ip:…` or `staff-account:…`; addresses are keyed hashes, never stored.
    #[sea_orm(primary_key, auto_increment = false)]
    pub bucket: String,
    /// Unix seconds.
    pub window_start: i64,
    pub attempts: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
