//! Partners' people: what of a team's work they see and do. A partner acts only for the one
//! organisation their account belongs to, and only on what a team has shared with it: a SARA
//! problem (`problem_share`). Sharing is the team's (`neighbourhood::manage` of the problem's
//! neighbourhood); registering an organisation and inviting its people is administration.

use super::{Denied, Permit, permit_if};
use crate::domain::staff::{Role, StaffMember};
use entity::problem;

/// The organisation a partner works for: their own pages show what is shared with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartnerOf(pub i32);

/// A problem with the organisations it is shared with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedProblem {
    pub problem: problem::Model,
    pub shared_with: Vec<i32>,
}

/// Someone signed in for a partner organisation.
pub fn work_as_partner(member: StaffMember) -> Result<Permit<PartnerOf>, Denied> {
    match (member.role, member.partner_organisation_id) {
        (Role::Partner, Some(organisation)) => Ok(Permit::granted(member, PartnerOf(organisation))),
        _ => Err(Denied::Forbidden),
    }
}

/// A partner whose organisation the problem is shared with: they see it and its actions, and add
/// actions of their own.
pub fn work_on_shared(
    member: StaffMember,
    shared: SharedProblem,
) -> Result<Permit<SharedProblem>, Denied> {
    let allowed = member.role == Role::Partner
        && member
            .partner_organisation_id
            .is_some_and(|organisation| shared.shared_with.contains(&organisation));
    permit_if(allowed, member, shared)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::tests::{EVERYONE, PARTNER_ORGANISATION, member};
    use entity::problem::SaraStage;

    fn problem() -> problem::Model {
        problem::Model {
            id: 4,
            reference: "PRB-7K3M-Q9XD".into(),
            neighbourhood_id: 3,
            title: "Fly-tipping in the alley".into(),
            stage: SaraStage::Response,
            scanning: String::new(),
            scanning_at: None,
            analysis_causes: String::new(),
            analysis_victims: String::new(),
            analysis_offenders: String::new(),
            analysis_locations: String::new(),
            analysis_at: None,
            response_at: None,
            assessment_worked: String::new(),
            assessment_measure: String::new(),
            assessment_outcome: String::new(),
            assessment_at: None,
            published: false,
            public_summary: String::new(),
            title_cy: None,
            public_summary_cy: None,
            created_at: 0,
            created_by: None,
            updated_at: 0,
        }
    }

    #[test]
    fn only_a_partner_works_as_one_and_for_their_own_organisation() {
        // administrator, team member with neighbourhoods, team member without, moderator, partner
        let allowed: Vec<bool> = EVERYONE
            .iter()
            .map(|(role, ids)| work_as_partner(member(*role, ids)).is_ok())
            .collect();
        assert_eq!(allowed, [false, false, false, false, true]);
        let permit = work_as_partner(member(Role::Partner, &[])).unwrap();
        assert_eq!(permit.subject(), &PartnerOf(PARTNER_ORGANISATION));
        let mut without = member(Role::Partner, &[]);
        without.partner_organisation_id = None;
        assert_eq!(work_as_partner(without).map(|_| ()), Err(Denied::Forbidden));
    }

    #[test]
    fn a_partner_works_on_a_problem_only_once_it_is_shared_with_their_organisation() {
        let shared_with = |organisations: &[i32]| SharedProblem {
            problem: problem(),
            shared_with: organisations.to_vec(),
        };
        let allowed = |organisations: &[i32]| -> Vec<bool> {
            EVERYONE
                .iter()
                .map(|(role, ids)| {
                    work_on_shared(member(*role, ids), shared_with(organisations)).is_ok()
                })
                .collect()
        };
        // Not the team's way in: a team member manages the problem as their neighbourhood's.
        assert_eq!(
            allowed(&[PARTNER_ORGANISATION]),
            [false, false, false, false, true]
        );
        assert_eq!(
            allowed(&[1, PARTNER_ORGANISATION]),
            [false, false, false, false, true]
        );
        assert_eq!(allowed(&[1, 2]), [false; 5]);
        assert_eq!(allowed(&[]), [false; 5]);
    }
}
