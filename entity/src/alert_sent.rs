use sea_orm::entity::prelude::*;

/// A period (a week, like "2026-W49") handled for a resident's alerts about followed items: an
/// email sent, or nothing to tell. The key is what makes it once per person and period across
/// instances, and spares looking again at a week that cannot change.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "alert_sent")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub resident_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub period: String,
    /// When it was handled.
    pub sent_at: i64,
    /// Whether there was news, and so an email.
    pub emailed: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
