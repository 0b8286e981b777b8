//! Who may do what: the one place a rule of access is written (server only).
//!
//! Each rule is a pure function of who is asking and what they ask about. A rule that lets a
//! member of staff act returns a [`Permit`], which only this module can make; services that
//! change something take a permit rather than a member of staff, so the compiler lists every
//! caller and none can act on a rule it checked itself. `request` reads who is asking and what
//! the request is for, and asks here; the authorisation matrix (`server/tests/api/authorisation.rs`)
//! checks that every route is wired to the right rule, and the tests below check the rules.
//!
//! - `neighbourhood`: managing a neighbourhood and what belongs to it;
//! - `group`: community groups, for residents (members and organisers) and for staff;
//! - `concern`: a resident's own concerns;
//! - `message`: approving a message for the whole force;
//! - `partner`: what a partner organisation's people see and do of what teams share with it;
//! - here: signing in as staff, administration, moderation and staff pages open to everyone.

pub mod concern;
pub mod group;
pub mod message;
pub mod neighbourhood;
pub mod partner;

use crate::domain::staff::{Role, StaffMember};

/// Leave for `member` to act on `subject`. Its fields are private: only a rule in `policy` makes
/// one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Permit<T> {
    member: StaffMember,
    subject: T,
}

impl<T> Permit<T> {
    fn granted(member: StaffMember, subject: T) -> Self {
        Self { member, subject }
    }

    /// The member of staff it was granted to (who the audit log names).
    pub fn member(&self) -> &StaffMember {
        &self.member
    }

    /// What it lets them act on.
    pub fn subject(&self) -> &T {
        &self.subject
    }

    /// The member of staff and what they may act on, for a page that only reads.
    pub fn into_parts(self) -> (StaffMember, T) {
        (self.member, self.subject)
    }

    /// The member of staff, for a page that only reads.
    pub fn into_member(self) -> StaffMember {
        self.member
    }

    /// What it let them act on, for a page that only reads it.
    pub fn into_subject(self) -> T {
        self.subject
    }
}

/// Why someone may not see a staff page or do a staff action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// Nobody (or only a resident, or someone halfway through signing in) is signed in as
    /// staff.
    SignInNeeded,
    /// Signed in, but their role needs a second factor they have not set up yet.
    SecondFactorNeeded,
    /// Signed in, but this is not theirs to see or do.
    Forbidden,
}

/// The whole force's settings: staff accounts, areas, kinds of concern, the outbox, the audit
/// log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Administration;

/// Residents' public summaries waiting for a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moderation;

/// What every member of staff may see: the force's dashboards, the groups list, their own
/// sign-in settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StaffPages;

/// The member's own account: their password, second factor and sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnAccount;

/// The concerns queue, for staff who answer concerns: administrators, and team members with a
/// neighbourhood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConcernQueue;

/// Someone signed in as staff counts as staff only once signed in as their role requires: an
/// administrator without a second factor (just promoted, say) can do nothing but set one up.
pub fn signed_in(member: Option<StaffMember>) -> Result<StaffMember, Denied> {
    match member {
        None => Err(Denied::SignInNeeded),
        Some(member) if member.role.requires_second_factor() && !member.has_second_factor => {
            Err(Denied::SecondFactorNeeded)
        }
        Some(member) => Ok(member),
    }
}

fn permit_if<T>(allowed: bool, member: StaffMember, subject: T) -> Result<Permit<T>, Denied> {
    if allowed {
        Ok(Permit::granted(member, subject))
    } else {
        Err(Denied::Forbidden)
    }
}

/// Administrators only.
pub fn administer(member: StaffMember) -> Result<Permit<Administration>, Denied> {
    permit_if(member.role == Role::Administrator, member, Administration)
}

/// Moderators and administrators.
pub fn moderate(member: StaffMember) -> Result<Permit<Moderation>, Denied> {
    let allowed = matches!(member.role, Role::Moderator | Role::Administrator);
    permit_if(allowed, member, Moderation)
}

/// Every member of the police's staff; partners have pages of their own (`partner`).
pub fn see_staff_pages(member: StaffMember) -> Result<Permit<StaffPages>, Denied> {
    let allowed = member.role != Role::Partner;
    permit_if(allowed, member, StaffPages)
}

/// Every member of staff, partners too, for their own account.
pub fn manage_own_account(member: StaffMember) -> Result<Permit<OwnAccount>, Denied> {
    Ok(Permit::granted(member, OwnAccount))
}

/// Replacing a second factor needs one to replace.
pub fn replace_second_factor(member: StaffMember) -> Result<Permit<OwnAccount>, Denied> {
    permit_if(member.has_second_factor, member, OwnAccount)
}

/// Administrators, and team members who have a neighbourhood to answer for.
pub fn answer_concerns(member: StaffMember) -> Result<Permit<ConcernQueue>, Denied> {
    let allowed = member.role == Role::Administrator
        || (member.role == Role::TeamMember && !member.neighbourhood_ids.is_empty());
    permit_if(allowed, member, ConcernQueue)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn member(role: Role, neighbourhood_ids: &[i32]) -> StaffMember {
        StaffMember {
            id: 1,
            name: "Sam".into(),
            email: "sam@example.org".into(),
            role,
            neighbourhood_ids: neighbourhood_ids.to_vec(),
            has_second_factor: true,
            session_generation: 0,
            partner_organisation_id: (role == Role::Partner).then_some(PARTNER_ORGANISATION),
        }
    }

    /// The organisation the partner of the tables works for.
    pub(crate) const PARTNER_ORGANISATION: i32 = 7;

    /// A concern raised by `resident_id` (or put forward for `group_id`).
    pub(crate) fn concern_of(
        resident_id: Option<i32>,
        group_id: Option<i32>,
    ) -> entity::concern::Model {
        use entity::concern::{ConcernStatus, SummaryStatus};
        entity::concern::Model {
            id: 1,
            reference: "NC-7K3M-Q9XD".into(),
            neighbourhood_id: 1,
            resident_id,
            category_id: 1,
            location: String::new(),
            latitude: None,
            longitude: None,
            description: String::new(),
            when_happens: String::new(),
            summary_status: SummaryStatus::None,
            public_summary: None,
            moderated_by: None,
            moderated_at: None,
            status: ConcernStatus::Received,
            partner: None,
            close_reason: None,
            duplicate_of: None,
            problem_id: None,
            created_at: 0,
            due_at: 0,
            first_reply_at: None,
            team_told_at: None,
            closed_at: None,
            improved: None,
            improved_at: None,
            updated_at: 0,
            idempotency_key: None,
            group_id,
            proposed_for_vote: false,
        }
    }

    /// (role, neighbourhoods) for each kind of member of staff the tables try.
    pub(crate) const EVERYONE: [(Role, &[i32]); 5] = [
        (Role::Administrator, &[]),
        (Role::TeamMember, &[3, 5]),
        (Role::TeamMember, &[]),
        (Role::Moderator, &[3]),
        (Role::Partner, &[]),
    ];

    fn allowed<T>(rule: fn(StaffMember) -> Result<Permit<T>, Denied>) -> Vec<bool> {
        EVERYONE
            .iter()
            .map(|(role, ids)| rule(member(*role, ids)).is_ok())
            .collect()
    }

    #[test]
    fn each_force_wide_rule_lets_in_exactly_these_members_of_staff() {
        // administrator, team member with neighbourhoods, team member without, moderator, partner
        assert_eq!(allowed(administer), [true, false, false, false, false]);
        assert_eq!(allowed(moderate), [true, false, false, true, false]);
        assert_eq!(allowed(see_staff_pages), [true, true, true, true, false]);
        assert_eq!(allowed(manage_own_account), [true, true, true, true, true]);
        assert_eq!(allowed(answer_concerns), [true, true, false, false, false]);
    }

    #[test]
    fn a_permit_names_the_member_it_was_granted_to() {
        let permit = administer(member(Role::Administrator, &[])).unwrap();
        assert_eq!(permit.member().name, "Sam");
        assert_eq!(permit.subject(), &Administration);
    }

    #[test]
    fn an_administrator_without_a_second_factor_is_not_yet_signed_in() {
        let mut admin = member(Role::Administrator, &[]);
        admin.has_second_factor = false;
        assert_eq!(signed_in(Some(admin)), Err(Denied::SecondFactorNeeded));
        let mut pcso = member(Role::TeamMember, &[3]);
        pcso.has_second_factor = false;
        assert!(signed_in(Some(pcso)).is_ok());
        let mut partner = member(Role::Partner, &[]);
        partner.has_second_factor = false;
        assert_eq!(signed_in(Some(partner)), Err(Denied::SecondFactorNeeded));
        assert_eq!(signed_in(None), Err(Denied::SignInNeeded));
    }

    #[test]
    fn only_a_member_with_a_second_factor_may_replace_it() {
        let mut pcso = member(Role::TeamMember, &[3]);
        assert!(replace_second_factor(pcso.clone()).is_ok());
        pcso.has_second_factor = false;
        assert_eq!(replace_second_factor(pcso), Err(Denied::Forbidden));
    }
}
