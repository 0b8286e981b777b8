use sea_orm::entity::prelude::*;

/// The site's own secret (`id = 1`), made on first start when `PORTAL_SECRET` is not set: it
/// keys the hashes of addresses in rate-limit buckets.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "site_secret")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub value: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
