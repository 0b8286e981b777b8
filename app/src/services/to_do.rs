//! What a member of staff needs to do now, for the top of their dashboard: first replies due
//! or overdue on the 72-hour clock, residents' replies to team messages waiting for an answer,
//! today's surgeries, groups waiting to be verified and public summaries waiting for a
//! moderator.

use crate::domain::staff::StaffMember;
use crate::services::clock::{end_of_uk_day, start_of_uk_day};
use crate::services::surgeries::{self, OccurrenceSummary};
use crate::services::{groups, moderation};
use chrono::Datelike;
use entity::community_group::GroupStatus;
use entity::concern::{self, ConcernStatus};
use entity::message_thread;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

/// How soon before its 72 hours are up a first reply counts as due.
pub const DUE_WITHIN_SECONDS: i64 = 24 * 3600;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ToDo {
    /// Open concerns without a first reply whose 72 hours are up.
    pub replies_overdue: u64,
    /// Open concerns without a first reply whose 72 hours end within a day.
    pub replies_due: u64,
    /// Residents' replies to team messages waiting for an answer: (neighbourhood id, threads).
    pub messages_waiting: Vec<(i32, i64)>,
    /// Today's surgeries in the member's neighbourhoods: (neighbourhood id, occurrence).
    pub surgeries_today: Vec<(i32, OccurrenceSummary)>,
    /// Groups the member may verify that are waiting for it.
    pub groups_to_verify: usize,
    /// Public summaries waiting for a moderator; only for those who may moderate.
    pub summaries_to_moderate: Option<u64>,
}

impl ToDo {
    pub fn is_empty(&self) -> bool {
        self.replies_overdue == 0
            && self.replies_due == 0
            && self.messages_waiting.is_empty()
            && self.surgeries_today.is_empty()
            && self.groups_to_verify == 0
            && self.summaries_to_moderate.unwrap_or_default() == 0
    }
}

/// What `member`, who manages `neighbourhood_ids`, needs to do at `now`.
pub async fn now_for(
    db: &DatabaseConnection,
    member: &StaffMember,
    neighbourhood_ids: &[i32],
    now: i64,
) -> Result<ToDo, DbErr> {
    let unanswered = || {
        concern::Entity::find()
            .filter(concern::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
            .filter(concern::Column::Status.ne(ConcernStatus::Closed))
            .filter(concern::Column::FirstReplyAt.is_null())
    };
    let replies_overdue = unanswered()
        .filter(concern::Column::DueAt.lte(now))
        .count(db)
        .await?;
    let replies_due = unanswered()
        .filter(concern::Column::DueAt.gt(now))
        .filter(concern::Column::DueAt.lte(now + DUE_WITHIN_SECONDS))
        .count(db)
        .await?;
    let messages_waiting = message_thread::Entity::find()
        .select_only()
        .column(message_thread::Column::NeighbourhoodId)
        .column_as(message_thread::Column::Id.count(), "waiting")
        .filter(message_thread::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()))
        .filter(message_thread::Column::Waiting.eq(true))
        .group_by(message_thread::Column::NeighbourhoodId)
        .order_by_asc(message_thread::Column::NeighbourhoodId)
        .into_tuple()
        .all(db)
        .await?;
    let today = crate::domain::schedule::uk_local(now).date();
    let (from, to) = (
        start_of_uk_day(today.year(), today.month(), today.day()),
        end_of_uk_day(today.year(), today.month(), today.day()),
    );
    let surgeries_today = match (from, to) {
        (Some(from), Some(to)) => {
            surgeries::starting_between(db, neighbourhood_ids, from, to).await?
        }
        _ => Vec::new(),
    };
    let groups_to_verify = groups::for_staff(db, member)
        .await?
        .iter()
        .filter(|g| g.group.status == GroupStatus::Pending)
        .count();
    let summaries_to_moderate = match crate::policy::moderate(member.clone()) {
        Ok(_) => Some(moderation::pending_count(db).await?),
        Err(_) => None,
    };
    Ok(ToDo {
        replies_overdue,
        replies_due,
        messages_waiting,
        surgeries_today,
        groups_to_verify,
        summaries_to_moderate,
    })
}
