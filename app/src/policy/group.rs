//! Community groups. Residents: who belongs to a group and who organises it. Staff: who may
//! verify a group and record meetings with it. And who may see a group at all.

use super::{Denied, Permit, permit_if};
use crate::domain::staff::{Role, StaffMember};
use entity::community_group::GroupStatus;
use entity::group_member::{self, MemberRole, MemberStatus};

/// An organiser is an active member with the organiser's role: they manage the members, invite
/// people and put concerns forward for the group. Queries that must hold the rule in the
/// database (a group keeps at least one organiser) filter on these two values.
pub const ORGANISER: (MemberStatus, MemberRole) = (MemberStatus::Active, MemberRole::Organiser);

/// Whether the membership is an active one (not a request, not left).
pub fn belongs(membership: &group_member::Model) -> bool {
    membership.status == MemberStatus::Active
}

/// Whether the membership is an organiser's.
pub fn organises(membership: &group_member::Model) -> bool {
    (membership.status, membership.role) == ORGANISER
}

/// Staff who may verify a group working in these neighbourhoods and record meetings with it:
/// moderators and administrators, or a team member of one of them.
pub fn act_for<G>(
    member: StaffMember,
    group: G,
    neighbourhood_ids: &[i32],
) -> Result<Permit<G>, Denied> {
    let allowed = may_act_for(&member, neighbourhood_ids);
    permit_if(allowed, member, group)
}

/// The rule of [`act_for`], for pages that show more to those staff.
pub fn may_act_for(member: &StaffMember, neighbourhood_ids: &[i32]) -> bool {
    match member.role {
        Role::Administrator | Role::Moderator => true,
        Role::TeamMember => neighbourhood_ids
            .iter()
            .any(|id| member.neighbourhood_ids.contains(id)),
        Role::Partner => false,
    }
}

/// A verified group is public; until then only its members and the staff who may act for it
/// see it; a closed one, those staff only.
pub fn may_see(status: GroupStatus, is_member: bool, staff_may_act: bool) -> bool {
    match status {
        GroupStatus::Verified => true,
        GroupStatus::Pending | GroupStatus::Declined => is_member || staff_may_act,
        GroupStatus::Closed => staff_may_act,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::tests::{EVERYONE, member};

    fn membership(status: MemberStatus, role: MemberRole) -> group_member::Model {
        group_member::Model {
            id: 1,
            group_id: 1,
            resident_id: 1,
            role,
            status,
            show_name: false,
            joined_at: 0,
        }
    }

    #[test]
    fn only_an_active_organiser_organises() {
        use MemberRole::*;
        use MemberStatus::*;
        assert!(organises(&membership(Active, Organiser)));
        assert!(!organises(&membership(Active, Member)));
        assert!(!organises(&membership(Requested, Organiser)));
        assert!(belongs(&membership(Active, Member)));
        assert!(!belongs(&membership(Requested, Member)));
    }

    #[test]
    fn staff_act_for_a_group_in_their_neighbourhoods_and_moderators_for_any() {
        let who_acts = |ids: &[i32]| -> Vec<bool> {
            EVERYONE
                .iter()
                .map(|(role, own)| act_for(member(*role, own), (), ids).is_ok())
                .collect()
        };
        // administrator, team member of 3 and 5, team member of none, moderator
        assert_eq!(who_acts(&[4, 5]), [true, true, false, true, false]);
        assert_eq!(who_acts(&[4]), [true, false, false, true, false]);
    }

    #[test]
    fn a_group_is_seen_by_everyone_once_verified_and_by_fewer_before_and_after() {
        use GroupStatus::*;
        for status in [Verified, Pending, Declined, Closed] {
            let seen = [
                may_see(status, false, false),
                may_see(status, true, false),
                may_see(status, false, true),
            ];
            let expected = match status {
                Verified => [true, true, true],
                Pending | Declined => [false, true, true],
                Closed => [false, false, true],
            };
            assert_eq!(seen, expected, "{status:?}");
        }
    }
}
