use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A member of staff: force administrator, neighbourhood team member or moderator.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_account")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub name: String,
    pub role: Role,
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
    /// The organisation a partner works for; none for anyone else.
    pub partner_organisation_id: Option<i32>,
}

/// What a member of staff may do, stored by its name.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, everywhere in the force.
    #[sea_orm(string_value = "administrator")]
    Administrator,
    /// A PC, PCSO, Sergeant or Inspector: acts only on their own neighbourhoods.
    #[sea_orm(string_value = "team_member")]
    TeamMember,
    /// Reviews what residents publish.
    #[sea_orm(string_value = "moderator")]
    Moderator,
    /// Works for a partner organisation: sees and acts on only what teams share with it.
    #[sea_orm(string_value = "partner")]
    Partner,
}

impl Role {
    /// The roles of the police's own staff, as the accounts page offers them; partners' people
    /// are invited from their organisation's page.
    pub const ALL: [Role; 3] = [Role::Administrator, Role::TeamMember, Role::Moderator];

    pub fn label(self) -> &'static str {
        match self {
            Role::Administrator => "Force administrator",
            Role::TeamMember => "Neighbourhood team member",
            Role::Moderator => "Moderator",
            Role::Partner => "Partner",
        }
    }

    /// Administrators and partners (who see residents' concerns from outside the police) must
    /// use a second factor; for others it is their choice.
    pub fn requires_second_factor(self) -> bool {
        matches!(self, Role::Administrator | Role::Partner)
    }
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
