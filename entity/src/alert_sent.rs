use sea_orm::entity::prelude::*;

/// An alert email about followed items, sent to a resident for a period (a week, like
/// "2026-W49"). The key is what makes it once per person and period across instances.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_sent")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub resident_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub period: String,
    pub sent_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
