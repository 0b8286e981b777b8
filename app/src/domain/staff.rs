//! A member of staff as pages and server functions see them. What each role may do is in
//! `policy`.

use serde::{Deserialize, Serialize};

pub use entity::staff_account::Role;

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
    /// For a partner: the organisation they work for.
    pub partner_organisation_id: Option<i32>,
}

impl StaffMember {
    pub fn is_administrator(&self) -> bool {
        self.role == Role::Administrator
    }
}
