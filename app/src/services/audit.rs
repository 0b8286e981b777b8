//! The audit log: every staff action that changes data, with the record before and after,
//! written in the same transaction as the change. Administrators read it in plain words.

use crate::domain::staff::StaffMember;
use crate::services::clock::Clock;
use entity::audit_entry::{ActiveModel, Column, Entity, Model};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::{Deserialize, Serialize};

/// What was done. Stored by its code; shown in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    StaffAccountCreated,
    RoleChanged,
    AccountDisabled,
    AccountEnabled,
    NeighbourhoodGiven,
    NeighbourhoodTaken,
    SecondFactorOn,
    SecondFactorReplaced,
    SecondFactorReset,
    PasswordChanged,
    PasswordReset,
    PasswordResetForced,
    SignedOutEverywhere,
    TeamMemberAdded,
    TeamMemberChanged,
    TeamMemberRemoved,
    NeighbourhoodDetailsChanged,
    NeighbourhoodCreated,
    AreaCreated,
    AreaRenamed,
    EmailRetried,
    SurgeryScheduled,
    SurgeryCancelled,
    AttendanceRecorded,
    PlacesChanged,
    SurgeryMoved,
    SeriesEnded,
    WalkInBooked,
    VenueAdded,
    VenueChanged,
    ConcernStatusChanged,
    SummaryModerated,
    ProblemOpened,
    ProblemChanged,
    CategoryAdded,
    CategoryChanged,
    VoteOpened,
    VoteOptionsChanged,
    VoteClosed,
    VoteResultsFinal,
    PaperBallotsRecorded,
    PrioritySet,
    PriorityChanged,
    PriorityActionAdded,
    UpdatePublished,
    UpdateEdited,
    UpdateWithdrawn,
    GroupVerified,
    GroupDeclined,
    GroupMeetingRecorded,
    DutyTimeRecorded,
    MessageDrafted,
    MessageChanged,
    MessageScheduled,
    MessageCancelled,
    MessageQueued,
    MessageApproved,
    MessageAnswered,
    PartnerRegistered,
    PartnerAreasChanged,
    ProblemShared,
    ProblemUnshared,
    PartnerActionAdded,
    ConcernReferred,
    PartnerReplied,
    PartnerAssessed,
}

/// The parts of the portal an entry is about, to filter the log by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditTopic {
    StaffAccounts,
    Teams,
    Neighbourhoods,
    Areas,
    Email,
    Surgeries,
    Concerns,
    Priorities,
    Groups,
    Duty,
    Messages,
    Partners,
}

impl AuditTopic {
    pub const ALL: [AuditTopic; 12] = [
        AuditTopic::StaffAccounts,
        AuditTopic::Teams,
        AuditTopic::Neighbourhoods,
        AuditTopic::Areas,
        AuditTopic::Email,
        AuditTopic::Surgeries,
        AuditTopic::Concerns,
        AuditTopic::Priorities,
        AuditTopic::Groups,
        AuditTopic::Duty,
        AuditTopic::Messages,
        AuditTopic::Partners,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AuditTopic::StaffAccounts => "Staff accounts and sign in",
            AuditTopic::Teams => "Team lists",
            AuditTopic::Neighbourhoods => "Neighbourhoods",
            AuditTopic::Areas => "Local Policing Areas",
            AuditTopic::Email => "Email",
            AuditTopic::Surgeries => "Surgeries",
            AuditTopic::Concerns => "Concerns, problems and moderation",
            AuditTopic::Priorities => "Votes, priorities and \"you said, we did\"",
            AuditTopic::Groups => "Community groups",
            AuditTopic::Duty => "Visibility and abstractions",
            AuditTopic::Messages => "Messages from teams",
            AuditTopic::Partners => "Partners in problem solving",
        }
    }

    /// The prefix of the codes of its actions.
    fn prefix(self) -> &'static str {
        match self {
            AuditTopic::StaffAccounts => "staff_account.",
            AuditTopic::Teams => "team_member.",
            AuditTopic::Neighbourhoods => "neighbourhood.",
            AuditTopic::Areas => "lpa.",
            AuditTopic::Email => "outbox.",
            AuditTopic::Surgeries => "surgery.",
            AuditTopic::Concerns => "concern.",
            AuditTopic::Priorities => "priority.",
            AuditTopic::Groups => "group.",
            AuditTopic::Duty => "duty.",
            AuditTopic::Messages => "message.",
            AuditTopic::Partners => "partner.",
        }
    }
}

impl AuditAction {
    pub const ALL: [AuditAction; 66] = [
        AuditAction::StaffAccountCreated,
        AuditAction::RoleChanged,
        AuditAction::AccountDisabled,
        AuditAction::AccountEnabled,
        AuditAction::NeighbourhoodGiven,
        AuditAction::NeighbourhoodTaken,
        AuditAction::SecondFactorOn,
        AuditAction::SecondFactorReplaced,
        AuditAction::SecondFactorReset,
        AuditAction::PasswordChanged,
        AuditAction::PasswordReset,
        AuditAction::PasswordResetForced,
        AuditAction::SignedOutEverywhere,
        AuditAction::TeamMemberAdded,
        AuditAction::TeamMemberChanged,
        AuditAction::TeamMemberRemoved,
        AuditAction::NeighbourhoodDetailsChanged,
        AuditAction::NeighbourhoodCreated,
        AuditAction::AreaCreated,
        AuditAction::AreaRenamed,
        AuditAction::EmailRetried,
        AuditAction::SurgeryScheduled,
        AuditAction::SurgeryCancelled,
        AuditAction::AttendanceRecorded,
        AuditAction::PlacesChanged,
        AuditAction::SurgeryMoved,
        AuditAction::SeriesEnded,
        AuditAction::WalkInBooked,
        AuditAction::VenueAdded,
        AuditAction::VenueChanged,
        AuditAction::ConcernStatusChanged,
        AuditAction::SummaryModerated,
        AuditAction::ProblemOpened,
        AuditAction::ProblemChanged,
        AuditAction::CategoryAdded,
        AuditAction::CategoryChanged,
        AuditAction::VoteOpened,
        AuditAction::VoteOptionsChanged,
        AuditAction::VoteClosed,
        AuditAction::VoteResultsFinal,
        AuditAction::PaperBallotsRecorded,
        AuditAction::PrioritySet,
        AuditAction::PriorityChanged,
        AuditAction::PriorityActionAdded,
        AuditAction::UpdatePublished,
        AuditAction::UpdateEdited,
        AuditAction::UpdateWithdrawn,
        AuditAction::GroupVerified,
        AuditAction::GroupDeclined,
        AuditAction::GroupMeetingRecorded,
        AuditAction::DutyTimeRecorded,
        AuditAction::MessageDrafted,
        AuditAction::MessageChanged,
        AuditAction::MessageScheduled,
        AuditAction::MessageCancelled,
        AuditAction::MessageQueued,
        AuditAction::MessageApproved,
        AuditAction::MessageAnswered,
        AuditAction::PartnerRegistered,
        AuditAction::PartnerAreasChanged,
        AuditAction::ProblemShared,
        AuditAction::ProblemUnshared,
        AuditAction::PartnerActionAdded,
        AuditAction::ConcernReferred,
        AuditAction::PartnerReplied,
        AuditAction::PartnerAssessed,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AuditAction::StaffAccountCreated => "staff_account.create",
            AuditAction::RoleChanged => "staff_account.role",
            AuditAction::AccountDisabled => "staff_account.disable",
            AuditAction::AccountEnabled => "staff_account.enable",
            AuditAction::NeighbourhoodGiven => "staff_account.add_neighbourhood",
            AuditAction::NeighbourhoodTaken => "staff_account.remove_neighbourhood",
            AuditAction::SecondFactorOn => "staff_account.second_factor_on",
            AuditAction::SecondFactorReplaced => "staff_account.second_factor_replaced",
            AuditAction::SecondFactorReset => "staff_account.second_factor_reset",
            AuditAction::PasswordChanged => "staff_account.password_changed",
            AuditAction::PasswordReset => "staff_account.password_reset",
            AuditAction::PasswordResetForced => "staff_account.password_reset_forced",
            AuditAction::SignedOutEverywhere => "staff_account.signed_out_everywhere",
            AuditAction::TeamMemberAdded => "team_member.create",
            AuditAction::TeamMemberChanged => "team_member.update",
            AuditAction::TeamMemberRemoved => "team_member.delete",
            AuditAction::NeighbourhoodDetailsChanged => "neighbourhood.update",
            AuditAction::NeighbourhoodCreated => "neighbourhood.create",
            AuditAction::AreaCreated => "lpa.create",
            AuditAction::AreaRenamed => "lpa.rename",
            AuditAction::EmailRetried => "outbox.retry",
            AuditAction::SurgeryScheduled => "surgery.schedule",
            AuditAction::SurgeryCancelled => "surgery.cancel",
            AuditAction::AttendanceRecorded => "surgery.attendance",
            AuditAction::PlacesChanged => "surgery.places",
            AuditAction::SurgeryMoved => "surgery.move",
            AuditAction::SeriesEnded => "surgery.end_series",
            AuditAction::WalkInBooked => "surgery.walk_in",
            AuditAction::VenueAdded => "surgery.venue_create",
            AuditAction::VenueChanged => "surgery.venue_update",
            AuditAction::ConcernStatusChanged => "concern.status",
            AuditAction::SummaryModerated => "concern.summary",
            AuditAction::ProblemOpened => "concern.problem_create",
            AuditAction::ProblemChanged => "concern.problem_update",
            AuditAction::CategoryAdded => "concern.category_create",
            AuditAction::CategoryChanged => "concern.category_update",
            AuditAction::VoteOpened => "priority.vote_create",
            AuditAction::VoteOptionsChanged => "priority.vote_options",
            AuditAction::VoteClosed => "priority.vote_close",
            AuditAction::VoteResultsFinal => "priority.vote_results",
            AuditAction::PaperBallotsRecorded => "priority.vote_paper",
            AuditAction::PrioritySet => "priority.create",
            AuditAction::PriorityChanged => "priority.update",
            AuditAction::PriorityActionAdded => "priority.action",
            AuditAction::UpdatePublished => "priority.you_said_we_did",
            AuditAction::UpdateEdited => "priority.you_said_we_did.edit",
            AuditAction::UpdateWithdrawn => "priority.you_said_we_did.withdraw",
            AuditAction::GroupVerified => "group.verify",
            AuditAction::GroupDeclined => "group.decline",
            AuditAction::GroupMeetingRecorded => "group.meeting",
            AuditAction::DutyTimeRecorded => "duty.record",
            AuditAction::MessageDrafted => "message.draft",
            AuditAction::MessageChanged => "message.update",
            AuditAction::MessageScheduled => "message.send",
            AuditAction::MessageCancelled => "message.cancel",
            AuditAction::MessageQueued => "message.queue",
            AuditAction::MessageApproved => "message.approve",
            AuditAction::MessageAnswered => "message.answer",
            AuditAction::PartnerRegistered => "partner.register",
            AuditAction::PartnerAreasChanged => "partner.areas",
            AuditAction::ProblemShared => "partner.share_problem",
            AuditAction::ProblemUnshared => "partner.unshare_problem",
            AuditAction::PartnerActionAdded => "partner.action",
            AuditAction::ConcernReferred => "partner.refer_concern",
            AuditAction::PartnerReplied => "partner.reply",
            AuditAction::PartnerAssessed => "partner.assess",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|action| action.code() == code)
    }

    /// The entry in words: "Casey Example turned on their second factor".
    pub fn describe(self, actor: &str, subject: &str) -> String {
        match self {
            AuditAction::StaffAccountCreated => {
                format!("{actor} added a staff account for {subject}")
            }
            AuditAction::RoleChanged => format!("{actor} changed the role of {subject}"),
            AuditAction::AccountDisabled => format!("{actor} disabled the account of {subject}"),
            AuditAction::AccountEnabled => format!("{actor} enabled the account of {subject}"),
            AuditAction::NeighbourhoodGiven => format!("{actor} gave {subject} a neighbourhood"),
            AuditAction::NeighbourhoodTaken => {
                format!("{actor} took a neighbourhood away from {subject}")
            }
            AuditAction::SecondFactorOn => format!("{actor} turned on their second factor"),
            AuditAction::SecondFactorReplaced => {
                format!("{actor} moved their second factor to a new authenticator app")
            }
            AuditAction::SecondFactorReset => {
                format!("{actor} reset the second factor of {subject}")
            }
            AuditAction::PasswordChanged => format!("{actor} changed their password"),
            AuditAction::PasswordReset => {
                format!("{actor} chose a new password with an emailed link")
            }
            AuditAction::PasswordResetForced => {
                format!("{actor} made {subject} choose a new password")
            }
            AuditAction::SignedOutEverywhere => format!("{actor} signed out everywhere"),
            AuditAction::TeamMemberAdded => format!("{actor} added {subject}"),
            AuditAction::TeamMemberChanged => format!("{actor} changed {subject}"),
            AuditAction::TeamMemberRemoved => format!("{actor} removed {subject}"),
            AuditAction::NeighbourhoodDetailsChanged => {
                format!("{actor} changed the public details of {subject}")
            }
            AuditAction::NeighbourhoodCreated => {
                format!("{actor} added the neighbourhood {subject}")
            }
            AuditAction::AreaCreated => {
                format!("{actor} added the Local Policing Area {subject}")
            }
            AuditAction::AreaRenamed => {
                format!("{actor} renamed the Local Policing Area {subject}")
            }
            AuditAction::EmailRetried => format!("{actor} asked for {subject} to be sent again"),
            AuditAction::SurgeryScheduled => format!("{actor} scheduled {subject}"),
            AuditAction::SurgeryCancelled => format!("{actor} cancelled {subject}"),
            AuditAction::AttendanceRecorded => {
                format!("{actor} recorded attendance for {subject}")
            }
            AuditAction::PlacesChanged => format!("{actor} changed the places in {subject}"),
            AuditAction::SurgeryMoved => format!("{actor} moved {subject}"),
            AuditAction::SeriesEnded => format!("{actor} ended the repeating surgery {subject}"),
            AuditAction::WalkInBooked => {
                format!("{actor} booked a place on a resident's behalf: {subject}")
            }
            AuditAction::VenueAdded => format!("{actor} added the venue {subject}"),
            AuditAction::VenueChanged => format!("{actor} changed the venue {subject}"),
            AuditAction::ConcernStatusChanged => {
                format!("{actor} changed the status of {subject}")
            }
            AuditAction::SummaryModerated => {
                format!("{actor} moderated the public summary of {subject}")
            }
            AuditAction::ProblemOpened => format!("{actor} opened the problem {subject}"),
            AuditAction::ProblemChanged => format!("{actor} changed the problem {subject}"),
            AuditAction::CategoryAdded => format!("{actor} added the concern category {subject}"),
            AuditAction::CategoryChanged => {
                format!("{actor} changed the concern category {subject}")
            }
            AuditAction::VoteOpened => format!("{actor} opened the vote {subject}"),
            AuditAction::VoteOptionsChanged => {
                format!("{actor} changed the options of the vote {subject}")
            }
            AuditAction::VoteClosed => format!("{actor} closed the vote {subject}"),
            AuditAction::VoteResultsFinal => {
                format!("{actor} recorded the final results of the vote {subject}")
            }
            AuditAction::PaperBallotsRecorded => {
                format!("{actor} recorded paper ballots for the vote {subject}")
            }
            AuditAction::PrioritySet => format!("{actor} set the local priority {subject}"),
            AuditAction::PriorityChanged => {
                format!("{actor} changed the local priority {subject}")
            }
            AuditAction::PriorityActionAdded => {
                format!("{actor} recorded an action on the local priority {subject}")
            }
            AuditAction::UpdatePublished => {
                format!("{actor} published a \"you said, we did\" update {subject}")
            }
            AuditAction::UpdateEdited => {
                format!("{actor} corrected a \"you said, we did\" update {subject}")
            }
            AuditAction::UpdateWithdrawn => {
                format!("{actor} withdrew the \"you said, we did\" update {subject}")
            }
            AuditAction::GroupVerified => format!("{actor} verified the community group {subject}"),
            AuditAction::GroupDeclined => format!("{actor} declined the community group {subject}"),
            AuditAction::GroupMeetingRecorded => {
                format!("{actor} recorded a meeting with the community group {subject}")
            }
            AuditAction::DutyTimeRecorded => format!("{actor} recorded time for {subject}"),
            AuditAction::MessageDrafted => format!("{actor} wrote the message {subject}"),
            AuditAction::MessageChanged => format!("{actor} changed the message {subject}"),
            AuditAction::MessageScheduled => format!("{actor} sent the message {subject}"),
            AuditAction::MessageCancelled => format!("{actor} cancelled the message {subject}"),
            AuditAction::MessageQueued => format!("{actor} queued the message {subject}"),
            AuditAction::MessageApproved => format!("{actor} approved the message {subject}"),
            AuditAction::MessageAnswered => {
                format!("{actor} answered a resident's reply to a message: {subject}")
            }
            AuditAction::PartnerRegistered => {
                format!("{actor} registered the partner organisation {subject}")
            }
            AuditAction::PartnerAreasChanged => {
                format!("{actor} changed where the partner organisation {subject} works")
            }
            AuditAction::ProblemShared => format!("{actor} shared the problem {subject}"),
            AuditAction::ProblemUnshared => {
                format!("{actor} stopped sharing the problem {subject}")
            }
            AuditAction::PartnerActionAdded => {
                format!("{actor} recorded a partner's action on the problem {subject}")
            }
            AuditAction::ConcernReferred => format!("{actor} passed the concern {subject}"),
            AuditAction::PartnerReplied => {
                format!("{actor} replied to a resident for a partner about the concern {subject}")
            }
            AuditAction::PartnerAssessed => {
                format!("{actor} wrote a partner's assessment of the problem {subject}")
            }
        }
    }
}

/// How an entry names who did it: the member of staff, or the command line.
pub fn actor_label(actor: Option<&StaffMember>) -> String {
    actor.map_or_else(
        || "command line".to_string(),
        |a| format!("{} <{}>", a.name, a.email),
    )
}

/// Writes one entry, inside the caller's transaction so the log and the change agree.
/// `subject` names what changed in words ("PCSO Priya Kaur in Edgbaston"); `before` and
/// `after` are flat records whose fields are compared when the entry is shown.
pub async fn record<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    actor: Option<&StaffMember>,
    action: AuditAction,
    subject: &str,
    before: Option<&impl Serialize>,
    after: Option<&impl Serialize>,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        id: NotSet,
        at: Set(clock.now()),
        staff_account_id: Set(actor.map(|a| a.id)),
        actor: Set(actor_label(actor)),
        action: Set(action.code().to_string()),
        subject: Set(subject.to_string()),
        before: Set(before.map(snapshot)),
        after: Set(after.map(snapshot)),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Writes an entry for something the portal did by itself (a vote's results made final when it
/// closed), inside the caller's transaction.
pub async fn record_automatic<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    action: AuditAction,
    subject: &str,
    after: &impl Serialize,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        id: NotSet,
        at: Set(clock.now()),
        staff_account_id: Set(None),
        actor: Set(AUTOMATIC.to_string()),
        action: Set(action.code().to_string()),
        subject: Set(subject.to_string()),
        before: Set(None),
        after: Set(Some(snapshot(after))),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Who did what the portal does by itself.
pub const AUTOMATIC: &str = "The portal, automatically";

fn snapshot(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// One field that an entry changed, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The fields that differ between the records before and after (all of them for something
/// added or removed), each as text.
pub fn changed_fields(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    let parse = |json: Option<&str>| -> serde_json::Map<String, serde_json::Value> {
        json.and_then(|j| serde_json::from_str(j).ok())
            .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| before.get(*field) != after.get(*field))
        .map(|field| FieldChange {
            field: field_label(field),
            before: before.get(field).map(value_text),
            after: after.get(field).map(value_text),
        })
        .collect()
}

fn field_label(field: &str) -> String {
    let words = field.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn value_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "none".into(),
        serde_json::Value::Bool(true) => "yes".into(),
        serde_json::Value::Bool(false) => "no".into(),
        serde_json::Value::String(text) if text.is_empty() => "blank".into(),
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Array(items) if items.is_empty() => "none".into(),
        serde_json::Value::Array(items) => {
            items.iter().map(value_text).collect::<Vec<_>>().join(", ")
        }
        other => other.to_string(),
    }
}

/// What an administrator filters the log by; every part is optional.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    /// Part of the actor's name or email.
    pub actor: Option<String>,
    pub topic: Option<AuditTopic>,
    pub from: Option<i64>,
    pub until: Option<i64>,
}

/// The newest entries first, at most `limit`.
pub async fn entries<C: ConnectionTrait>(
    conn: &C,
    filter: &AuditFilter,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    let mut query = Entity::find();
    if let Some(actor) = &filter.actor {
        query = query.filter(Column::Actor.contains(actor));
    }
    if let Some(topic) = filter.topic {
        query = query.filter(Column::Action.starts_with(topic.prefix()));
    }
    if let Some(from) = filter.from {
        query = query.filter(Column::At.gte(from));
    }
    if let Some(until) = filter.until {
        query = query.filter(Column::At.lt(until));
    }
    query
        .order_by_desc(Column::At)
        .order_by_desc(Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_read_back_from_its_code() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.code()), Some(action));
        }
        assert_eq!(AuditAction::parse("staff_account.frobnicate"), None);
        for action in AuditAction::ALL {
            assert!(
                AuditTopic::ALL
                    .iter()
                    .any(|topic| action.code().starts_with(topic.prefix())),
                "{action:?} has a topic"
            );
        }
    }

    #[test]
    fn only_the_fields_that_changed_are_shown() {
        let changes = changed_fields(
            Some(r#"{"name":"Sam","role":"Moderator","disabled":false,"neighbourhoods":[]}"#),
            Some(
                r#"{"name":"Sam","role":"Force administrator","disabled":true,"neighbourhoods":["Edgbaston","Harborne"]}"#,
            ),
        );
        assert_eq!(
            changes,
            vec![
                FieldChange {
                    field: "Disabled".into(),
                    before: Some("no".into()),
                    after: Some("yes".into())
                },
                FieldChange {
                    field: "Neighbourhoods".into(),
                    before: Some("none".into()),
                    after: Some("Edgbaston, Harborne".into())
                },
                FieldChange {
                    field: "Role".into(),
                    before: Some("Moderator".into()),
                    after: Some("Force administrator".into())
                },
            ]
        );
        let added = changed_fields(None, Some(r#"{"name":"Priya Kaur","bio":""}"#));
        assert_eq!(added.len(), 2);
        assert!(added.iter().all(|c| c.before.is_none()));
    }

    #[test]
    fn entries_read_as_sentences() {
        assert_eq!(
            AuditAction::SecondFactorOn.describe("Casey Example", "Casey Example"),
            "Casey Example turned on their second factor"
        );
        assert_eq!(
            AuditAction::RoleChanged.describe("Alex Morgan", "Sam Patel"),
            "Alex Morgan changed the role of Sam Patel"
        );
    }
}
