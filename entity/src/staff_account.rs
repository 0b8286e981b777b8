use sea_orm::entity::prelude::*;

/// A member of staff: force administrator, neighbourhood team member or moderator.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    /// `administrator`, `team_member` or `moderator`.
    pub role: String,
    /// Argon2id, in PHC string format.
    pub password_hash: String,
    /// Base32 TOTP secret, once the second factor is set up.
    pub totp_secret: Option<String>,
    /// The last time step whose code was accepted: a code cannot be used twice.
    pub totp_last_step: Option<i64>,
    pub disabled: bool,
    /// Raised to end every session of the account (signing out everywhere, a new password).
    pub session_generation: i64,
    /// Unix seconds.
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::staff_neighbourhood::Entity")]
    StaffNeighbourhood,
}

impl Related<super::staff_neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::StaffNeighbourhood.def()
    }
}

impl Related<super::neighbourhood::Entity> for Entity {
    fn to() -> RelationDef {
        super::staff_neighbourhood::Relation::Neighbourhood.def()
    }

    fn via() -> Option<RelationDef> {
        Some(
            super::staff_neighbourhood::Relation::StaffAccount
                .def()
                .rev(),
        )
    }
}

impl ActiveModelBehavior for ActiveModel {}
