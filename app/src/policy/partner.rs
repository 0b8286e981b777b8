//! Partners' people: what of a team's work they see and do. A partner acts only for the one
//! organisation their account belongs to, and only on what a team has shared with it: a SARA
//! problem (`problem_share`) or a resident's concern passed to it (`concern_referral`). Sharing
//! and passing on are the team's (`neighbourhood::manage` of the neighbourhood); registering an
//! organisation and inviting its people is administration.

use super::{Denied, Permit, permit_if};
use crate::domain::staff::{Role, StaffMember};
use entity::{concern, problem};

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
    let allowed = works_for_one_of(&member, &shared.shared_with);
    permit_if(allowed, member, shared)
}

/// Whether `member` works for a partner organisation, one of `organisations`.
fn works_for_one_of(member: &StaffMember, organisations: &[i32]) -> bool {
    member.role == Role::Partner
        && member
            .partner_organisation_id
            .is_some_and(|organisation| organisations.contains(&organisation))
}

/// A concern with the organisations it was passed to.
#[derive(Clone, Debug, PartialEq)]
pub struct ReferredConcern {
    pub concern: concern::Model,
    pub referred_to: Vec<i32>,
}

/// A partner whose organisation the concern was passed to: they see it, its thread (not the
/// team's notes) and, where the resident agreed, who raised it; and they write to the resident.
pub fn work_on_referred(
    member: StaffMember,
    referred: ReferredConcern,
) -> Result<Permit<ReferredConcern>, Denied> {
    let allowed = works_for_one_of(&member, &referred.referred_to);
    permit_if(allowed, member, referred)
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

    /// For each of the tables' members, whether `permitted` lets them work on something that
    /// reached these organisations.
    fn allowed_when(
        organisations: &[i32],
        permitted: impl Fn(StaffMember, &[i32]) -> bool,
    ) -> Vec<bool> {
        EVERYONE
            .iter()
            .map(|(role, ids)| permitted(member(*role, ids), organisations))
            .collect()
    }

    /// Only the partner, and only once their organisation is among `organisations`; never the
    /// team, who work on their neighbourhood's own.
    fn only_the_partner_of_one_of_them(permitted: impl Fn(StaffMember, &[i32]) -> bool) {
        let partner_only = [false, false, false, false, true];
        assert_eq!(
            allowed_when(&[PARTNER_ORGANISATION], &permitted),
            partner_only
        );
        assert_eq!(
            allowed_when(&[1, PARTNER_ORGANISATION], &permitted),
            partner_only
        );
        assert_eq!(allowed_when(&[1, 2], &permitted), [false; 5]);
        assert_eq!(allowed_when(&[], &permitted), [false; 5]);
    }

    #[test]
    fn a_partner_works_on_a_problem_only_once_it_is_shared_with_their_organisation() {
        only_the_partner_of_one_of_them(|member, organisations| {
            let shared = SharedProblem {
                problem: problem(),
                shared_with: organisations.to_vec(),
            };
            work_on_shared(member, shared).is_ok()
        });
    }

    #[test]
    fn a_partner_works_on_a_concern_only_once_it_is_passed_to_their_organisation() {
        only_the_partner_of_one_of_them(|member, organisations| {
            let referred = ReferredConcern {
                concern: crate::policy::tests::concern_of(Some(1), None),
                referred_to: organisations.to_vec(),
            };
            work_on_referred(member, referred).is_ok()
        });
    }
}
