//! The meetings neighbourhood teams record with community groups: date, how many attended,
//! notes and the priorities discussed, shown to the group's members and to staff.

use crate::domain::group::MeetingEntry;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::groups::Group;
use crate::services::write::Database;
use entity::{group_meeting, group_meeting_priority, neighbourhood, priority};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

#[derive(Serialize)]
struct MeetingRecord<'a> {
    neighbourhood: &'a str,
    met_on: String,
    attendees: i32,
    priorities: usize,
}

/// Records a meeting, audited.
pub async fn record(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Group>,
    entry: &MeetingEntry,
) -> Result<(), DbErr> {
    let (member, group) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let meeting = group_meeting::Entity::insert(group_meeting::ActiveModel {
        id: NotSet,
        group_id: Set(group.group.id),
        neighbourhood_id: Set(entry.neighbourhood_id),
        met_on: Set(entry.met_on),
        attendees: Set(entry.attendees),
        notes: Set(entry.notes.clone()),
        created_at: Set(clock.now()),
        created_by: Set(Some(member.id)),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    if !entry.priority_ids.is_empty() {
        group_meeting_priority::Entity::insert_many(entry.priority_ids.iter().map(|id| {
            group_meeting_priority::ActiveModel {
                meeting_id: Set(meeting),
                priority_id: Set(*id),
            }
        }))
        .exec_without_returning(&txn)
        .await?;
    }
    let team = group
        .neighbourhoods
        .iter()
        .find(|n| n.id == entry.neighbourhood_id)
        .map(|n| n.name.as_str())
        .unwrap_or_default();
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::GroupMeetingRecorded,
        &format!("{} ({})", group.group.name, group.group.reference),
        None::<&MeetingRecord>,
        Some(&MeetingRecord {
            neighbourhood: team,
            met_on: format_date(entry.met_on),
            attendees: entry.attendees,
            priorities: entry.priority_ids.len(),
        }),
    )
    .await?;
    txn.commit().await
}

/// A meeting as the group's pages list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub met_on: i64,
    pub neighbourhood: String,
    pub attendees: i32,
    pub notes: String,
    /// The priorities discussed: each issue, and in Welsh where the team gave it.
    pub priorities: Vec<crate::i18n::Written>,
}

/// A group's meetings, most recent first.
pub async fn for_group<C: ConnectionTrait>(conn: &C, group_id: i32) -> Result<Vec<Meeting>, DbErr> {
    let meetings = group_meeting::Entity::find()
        .filter(group_meeting::Column::GroupId.eq(group_id))
        .order_by_desc(group_meeting::Column::MetOn)
        .order_by_desc(group_meeting::Column::Id)
        .all(conn)
        .await?;
    let links = group_meeting_priority::Entity::find()
        .filter(group_meeting_priority::Column::MeetingId.is_in(meetings.iter().map(|m| m.id)))
        .all(conn)
        .await?;
    let priorities = priority::Entity::find()
        .filter(priority::Column::Id.is_in(links.iter().map(|l| l.priority_id)))
        .all(conn)
        .await?;
    let neighbourhoods = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(meetings.iter().map(|m| m.neighbourhood_id)))
        .all(conn)
        .await?;
    Ok(meetings
        .into_iter()
        .map(|m| Meeting {
            met_on: m.met_on,
            neighbourhood: neighbourhoods
                .iter()
                .find(|n| n.id == m.neighbourhood_id)
                .map(|n| n.name.clone())
                .unwrap_or_default(),
            attendees: m.attendees,
            priorities: links
                .iter()
                .filter(|l| l.meeting_id == m.id)
                .filter_map(|l| priorities.iter().find(|p| p.id == l.priority_id))
                .map(|p| crate::i18n::Written {
                    english: p.issue.clone(),
                    welsh: p.issue_cy.clone(),
                })
                .collect(),
            notes: m.notes,
        })
        .collect())
}
