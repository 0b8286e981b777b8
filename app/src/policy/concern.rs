//! A resident's own concerns: who may reply to one, say whether things improved, or reopen it.

use crate::domain::ids::ResidentId;
use entity::concern;
use entity::group_member;

/// A resident acts on a concern they raised; on one they put forward for a group, only while
/// they still organise that group (`membership` is theirs in the concern's group, if it has one).
pub fn act_on(
    resident_id: ResidentId,
    concern: &concern::Model,
    membership: Option<&group_member::Model>,
) -> bool {
    concern.resident_id == Some(resident_id.get())
        && (concern.group_id.is_none() || membership.is_some_and(super::group::organises))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::tests::concern_of;
    use entity::group_member::{MemberRole, MemberStatus};

    fn membership(role: MemberRole) -> group_member::Model {
        group_member::Model {
            id: 1,
            group_id: 9,
            resident_id: 7,
            role,
            status: MemberStatus::Active,
            show_name: false,
            joined_at: 0,
        }
    }

    #[test]
    fn a_resident_acts_on_their_own_concern_and_a_groups_only_while_organising_it() {
        let organiser = membership(MemberRole::Organiser);
        let member = membership(MemberRole::Member);
        assert!(act_on(ResidentId::new(7), &concern_of(Some(7), None), None));
        assert!(!act_on(
            ResidentId::new(8),
            &concern_of(Some(7), None),
            None
        ));
        assert!(!act_on(ResidentId::new(7), &concern_of(None, None), None));
        assert!(act_on(
            ResidentId::new(7),
            &concern_of(Some(7), Some(9)),
            Some(&organiser)
        ));
        assert!(!act_on(
            ResidentId::new(7),
            &concern_of(Some(7), Some(9)),
            Some(&member)
        ));
        assert!(!act_on(
            ResidentId::new(7),
            &concern_of(Some(7), Some(9)),
            None
        ));
    }
}
