//! Managing a neighbourhood and what belongs to it: its public details and team, surgeries and
//! venues, concerns, problems, priorities, votes and updates.

use super::{Denied, Permit, permit_if};
use crate::domain::staff::{Role, StaffMember};

/// What a neighbourhood rule needs to know of a neighbourhood (its row, or anything else that
/// knows its id).
pub trait InNeighbourhood {
    fn neighbourhood_id(&self) -> i32;
}

impl InNeighbourhood for entity::neighbourhood::Model {
    fn neighbourhood_id(&self) -> i32 {
        self.id
    }
}

/// Administrators manage every neighbourhood; team members their own; moderators none.
pub fn manage<N: InNeighbourhood>(member: StaffMember, n: N) -> Result<Permit<N>, Denied> {
    let allowed = may_manage(&member, n.neighbourhood_id());
    permit_if(allowed, member, n)
}

/// The rule of [`manage`], for lists that show only what a member may manage.
pub fn may_manage(member: &StaffMember, neighbourhood_id: i32) -> bool {
    match member.role {
        Role::Administrator => true,
        Role::TeamMember => member.neighbourhood_ids.contains(&neighbourhood_id),
        Role::Moderator | Role::Partner => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::tests::{EVERYONE, member};

    struct Neighbourhood(i32);

    impl InNeighbourhood for Neighbourhood {
        fn neighbourhood_id(&self) -> i32 {
            self.0
        }
    }

    #[test]
    fn a_team_member_manages_only_their_own_neighbourhoods_and_an_administrator_all() {
        // administrator, team member of 3 and 5, team member of none, moderator "of" 3, partner
        let who_manages = |id| -> Vec<bool> {
            EVERYONE
                .iter()
                .map(|(role, ids)| manage(member(*role, ids), Neighbourhood(id)).is_ok())
                .collect()
        };
        assert_eq!(who_manages(3), [true, true, false, false, false]);
        assert_eq!(who_manages(4), [true, false, false, false, false]);
    }

    #[test]
    fn a_permit_to_manage_carries_the_neighbourhood() {
        let permit = manage(member(Role::TeamMember, &[5]), Neighbourhood(5)).unwrap();
        assert_eq!(permit.subject().0, 5);
        assert_eq!(
            manage(member(Role::TeamMember, &[5]), Neighbourhood(6)).map(|_| ()),
            Err(Denied::Forbidden)
        );
    }
}
