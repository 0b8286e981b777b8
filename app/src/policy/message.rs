//! Messages to residents beyond one neighbourhood: administrators write them for a Local
//! Policing Area or the whole force, and a message for the whole force goes only once a second
//! administrator, not its author, approves it. (A neighbourhood team's own messages are
//! `neighbourhood::manage`'s.)

use super::{Denied, Permit, permit_if};
use crate::domain::staff::{Role, StaffMember};
use entity::team_message::{self, MessageScope, MessageStatus};

/// An administrator who did not write it, for a message for the whole force that waits for
/// approval.
pub fn approve(
    member: StaffMember,
    message: team_message::Model,
) -> Result<Permit<team_message::Model>, Denied> {
    let allowed = member.role == Role::Administrator
        && message.scope == MessageScope::Force
        && message.status == MessageStatus::AwaitingApproval
        && message.created_by != Some(member.id);
    permit_if(allowed, member, message)
}

/// Whether `member` may change or send `message`: a message for the whole force only its author
/// (so whoever approves it has neither written nor sent it); any other, whoever may act on it.
pub fn may_write(member: &StaffMember, message: &team_message::Model) -> bool {
    message.scope != MessageScope::Force || message.created_by == Some(member.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::tests::{EVERYONE, member};
    use entity::team_message::MessageKind;

    fn message(scope: MessageScope, status: MessageStatus, author: i32) -> team_message::Model {
        team_message::Model {
            id: 7,
            reference: "TM-2222-2222".into(),
            kind: MessageKind::Warning,
            title: "Courier fraud".into(),
            body: "Hang up.".into(),
            status,
            scope,
            lpa_id: None,
            approved_by: None,
            approved_at: None,
            send_at: Some(0),
            expires_at: None,
            queued_at: None,
            recipients: 0,
            cancelled_at: None,
            created_by: Some(author),
            created_at: 0,
            updated_at: 0,
        }
    }

    #[test]
    fn only_another_administrator_approves_a_message_for_the_whole_force() {
        let waiting = || message(MessageScope::Force, MessageStatus::AwaitingApproval, 2);
        // administrator, team member with neighbourhoods, team member without, moderator
        let allowed: Vec<bool> = EVERYONE
            .iter()
            .map(|(role, ids)| approve(member(*role, ids), waiting()).is_ok())
            .collect();
        assert_eq!(allowed, [true, false, false, false, false]);
        let mut author = member(Role::Administrator, &[]);
        author.id = 2;
        assert_eq!(
            approve(author, waiting()),
            Err(Denied::Forbidden),
            "not its author"
        );
        let admin = || member(Role::Administrator, &[]);
        let area = message(MessageScope::Area, MessageStatus::AwaitingApproval, 2);
        assert!(
            approve(admin(), area).is_err(),
            "an area's message needs no approval"
        );
        let draft = message(MessageScope::Force, MessageStatus::Draft, 2);
        assert!(
            approve(admin(), draft).is_err(),
            "only one that waits for approval"
        );
    }
}
