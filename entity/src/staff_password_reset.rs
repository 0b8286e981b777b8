use sea_orm::entity::prelude::*;

/// An emailed link that lets a member of staff choose a new password (or, from an invitation,
/// their first), once. Only a hash of its
/// token is kept.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_password_reset")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub staff_account_id: i32,
    /// Unix seconds.
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    /// Sent to a new member of staff to choose their first password (it works for days, not
    /// minutes).
    pub invitation: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::staff_account::Entity",
        from = "Column::StaffAccountId",
        to = "super::staff_account::Column::Id",
        on_delete = "Cascade"
    )]
    StaffAccount,
}

impl ActiveModelBehavior for ActiveModel {}
