//! Staff roles and what each may do.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, everywhere in the force.
    Administrator,
    /// A PC, PCSO, Sergeant or Inspector: acts only on their own neighbourhoods.
    TeamMember,
    /// Reviews what residents publish.
    Moderator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Administrator, Role::TeamMember, Role::Moderator];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::TeamMember => "team_member",
            Role::Moderator => "moderator",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Administrator => "Force administrator",
            Role::TeamMember => "Neighbourhood team member",
            Role::Moderator => "Moderator",
        }
    }

    /// Administrators must use a second factor; for others it is their choice.
    pub fn requires_second_factor(self) -> bool {
        self == Role::Administrator
    }
}

/// A signed-in member of staff, as pages and server functions see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub role: Role,
    /// The neighbourhoods (ids) a team member acts for.
    pub neighbourhood_ids: Vec<i32>,
    pub has_second_factor: bool,
    /// Raised to end all of the member's sessions.
    pub session_generation: i64,
}

impl StaffMember {
    pub fn is_administrator(&self) -> bool {
        self.role == Role::Administrator
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
