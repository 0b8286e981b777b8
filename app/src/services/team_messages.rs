//! Messages from a neighbourhood team to the residents who follow its neighbourhood: written as
//! a draft, read as residents will see it, sent now or at a chosen time, cancelled before it
//! goes. Each step is audited. Once it goes (`message_delivery`), it is public on the
//! neighbourhood's messages page and feed, and a warning shows on the neighbourhood page until
//! its last day ends.

use crate::domain::reference::new_reference;
use crate::domain::team_message::{MessageEntry, Wide};
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::write::Database;
use entity::team_message::{self, MessageKind, MessageScope, MessageStatus};
use entity::{message_delivery, neighbourhood, team_message_area};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, UpdateMany,
};
use serde::Serialize;

/// What the audit trail keeps of a message.
#[derive(Serialize)]
struct MessageRecord<'a> {
    kind: MessageKind,
    title: &'a str,
    body: &'a str,
    expires_at: Option<i64>,
}

impl<'a> MessageRecord<'a> {
    fn of(entry: &'a MessageEntry) -> Self {
        Self {
            kind: entry.kind,
            title: &entry.title,
            body: &entry.body,
            expires_at: entry.expires_at,
        }
    }
}

/// The messages for neighbourhood `neighbourhood_id`, as a condition on `team_message.id`.
fn for_neighbourhood(neighbourhood_id: i32) -> sea_orm::sea_query::SimpleExpr {
    team_message::Column::Id.in_subquery(
        Query::select()
            .column(team_message_area::Column::MessageId)
            .from(team_message_area::Entity)
            .and_where(team_message_area::Column::NeighbourhoodId.eq(neighbourhood_id))
            .to_owned(),
    )
}

/// A new draft's row; its id.
async fn insert_message(
    txn: &crate::services::write::Write,
    member: &crate::domain::staff::StaffMember,
    reference: &str,
    entry: &MessageEntry,
    scope: MessageScope,
    lpa_id: Option<i32>,
    now: i64,
) -> Result<i32, DbErr> {
    Ok(team_message::Entity::insert(team_message::ActiveModel {
        id: NotSet,
        reference: Set(reference.to_string()),
        kind: Set(entry.kind),
        title: Set(entry.title.clone()),
        body: Set(entry.body.clone()),
        status: Set(MessageStatus::Draft),
        scope: Set(scope),
        lpa_id: Set(lpa_id),
        approved_by: Set(None),
        approved_at: Set(None),
        send_at: Set(None),
        expires_at: Set(entry.expires_at),
        queued_at: Set(None),
        recipients: Set(0),
        cancelled_at: Set(None),
        created_by: Set(Some(member.id)),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec(txn)
    .await?
    .last_insert_id)
}

/// Writes a draft for the permit's neighbourhood; its reference.
pub async fn draft(
    db: &Database,
    clock: &crate::services::clock::Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: &MessageEntry,
) -> Result<String, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let reference = new_reference("TM");
    let txn = db.write().await?;
    let id = insert_message(
        &txn,
        member,
        &reference,
        entry,
        MessageScope::Neighbourhood,
        None,
        now,
    )
    .await?;
    team_message_area::Entity::insert(team_message_area::ActiveModel {
        id: NotSet,
        message_id: Set(id),
        neighbourhood_id: Set(n.id),
    })
    .exec_without_returning(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::MessageDrafted,
        &format!("{reference} for {}", n.name),
        None::<&MessageRecord>,
        Some(&MessageRecord::of(entry)),
    )
    .await?;
    txn.commit().await?;
    Ok(reference)
}

/// The neighbourhood team's own message with `reference` (not one for an area or the force
/// that reaches the neighbourhood too).
pub async fn find<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    reference: &str,
) -> Result<Option<team_message::Model>, DbErr> {
    team_message::Entity::find()
        .filter(team_message::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(team_message::Column::Scope.eq(MessageScope::Neighbourhood))
        .filter(for_neighbourhood(neighbourhood_id))
        .one(conn)
        .await
}

/// The message for an area or the whole force with `reference`.
pub async fn find_wide<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
) -> Result<Option<team_message::Model>, DbErr> {
    team_message::Entity::find()
        .filter(team_message::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(team_message::Column::Scope.is_in([MessageScope::Area, MessageScope::Force]))
        .one(conn)
        .await
}

/// Who acts on a message, and so which messages they may find: a neighbourhood's team (team
/// members and administrators) its own; administrators those for an area or the whole force.
#[derive(Clone, Copy)]
pub enum Author<'a> {
    Team(&'a Permit<neighbourhood::Model>),
    Force(&'a Permit<crate::policy::Administration>),
}

impl Author<'_> {
    fn member(&self) -> &crate::domain::staff::StaffMember {
        match self {
            Author::Team(permit) => permit.member(),
            Author::Force(permit) => permit.member(),
        }
    }

    /// Their message with `reference`.
    pub async fn find<C: ConnectionTrait>(
        &self,
        conn: &C,
        reference: &str,
    ) -> Result<Option<team_message::Model>, DbErr> {
        match self {
            Author::Team(permit) => find(conn, permit.subject().id, reference).await,
            Author::Force(_) => find_wide(conn, reference).await,
        }
    }
}

/// Writes a draft for an area or the whole force, for each of its neighbourhoods; its
/// reference, or None if there is no such area.
pub async fn draft_wide(
    db: &Database,
    clock: &crate::services::clock::Clock,
    permit: &Permit<crate::policy::Administration>,
    wide: Wide,
    entry: &MessageEntry,
) -> Result<Option<String>, DbErr> {
    let member = permit.member();
    let now = clock.now();
    let txn = db.write().await?;
    let (scope, lpa_id, whom) = match wide {
        Wide::Area(lpa_id) => {
            let Some(lpa) = entity::local_policing_area::Entity::find_by_id(lpa_id)
                .one(&txn)
                .await?
            else {
                return Ok(None);
            };
            (MessageScope::Area, Some(lpa_id), lpa.name)
        }
        Wide::Force => (MessageScope::Force, None, "the whole force".to_string()),
    };
    let reference = new_reference("TM");
    let id = insert_message(&txn, member, &reference, entry, scope, lpa_id, now).await?;
    let mut neighbourhoods = Query::select();
    neighbourhoods
        .expr(Expr::val(id))
        .column(neighbourhood::Column::Id)
        .from(neighbourhood::Entity);
    if let Some(lpa_id) = lpa_id {
        neighbourhoods.and_where(neighbourhood::Column::LpaId.eq(lpa_id));
    }
    let areas = Query::insert()
        .into_table(team_message_area::Entity)
        .columns([
            team_message_area::Column::MessageId,
            team_message_area::Column::NeighbourhoodId,
        ])
        .select_from(neighbourhoods)
        .expect("two columns from two expressions")
        .to_owned();
    txn.execute(&areas).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::MessageDrafted,
        &format!("{reference} for {whom}"),
        None::<&MessageRecord>,
        Some(&MessageRecord::of(entry)),
    )
    .await?;
    txn.commit().await?;
    Ok(Some(reference))
}

/// The messages for areas and the whole force, newest first.
pub async fn wide<C: ConnectionTrait>(
    conn: &C,
    limit: u64,
) -> Result<Vec<team_message::Model>, DbErr> {
    team_message::Entity::find()
        .filter(team_message::Column::Scope.is_in([MessageScope::Area, MessageScope::Force]))
        .order_by_desc(team_message::Column::CreatedAt)
        .order_by_desc(team_message::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// Sends a message for the whole force that waits for approval, now approved by a second
/// administrator (the permit says so; the update checks again that they did not write it).
pub async fn approve(
    db: &Database,
    clock: &crate::services::clock::Clock,
    permit: &Permit<team_message::Model>,
) -> Result<Step, DbErr> {
    let (member, message) = (permit.member(), permit.subject());
    let now = clock.now();
    if message.expires_at.is_some_and(|end| end <= now) {
        return Ok(Step::Refused(Refusal::Ended));
    }
    let txn = db.write().await?;
    let approved = team_message::Entity::update_many()
        .col_expr(
            team_message::Column::Status,
            Expr::value(MessageStatus::Scheduled),
        )
        .col_expr(team_message::Column::ApprovedBy, Expr::value(member.id))
        .col_expr(team_message::Column::ApprovedAt, Expr::value(now))
        .col_expr(team_message::Column::UpdatedAt, Expr::value(now))
        .filter(team_message::Column::Id.eq(message.id))
        .filter(team_message::Column::Status.eq(MessageStatus::AwaitingApproval))
        .filter(
            sea_orm::Condition::any()
                .add(team_message::Column::CreatedBy.is_null())
                .add(team_message::Column::CreatedBy.ne(member.id)),
        )
        .exec(&txn)
        .await?;
    if approved.rows_affected == 0 {
        return Ok(Step::TooLate(message.status));
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::MessageApproved,
        &message.reference,
        Some(&Status {
            status: MessageStatus::AwaitingApproval,
            send_at: message.send_at,
        }),
        Some(&Status {
            status: MessageStatus::Scheduled,
            send_at: message.send_at,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(Step::Done)
}

/// What became of a change to a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Done,
    /// Not the neighbourhood's.
    NotFound,
    /// It has already gone, or was cancelled: nothing changed.
    TooLate(MessageStatus),
    /// Refused, for this reason: nothing changed.
    Refused(Refusal),
}

/// Why a step on a message was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A message for the whole force is changed and sent only by the administrator who wrote
    /// it, so its approval is always a second person's.
    NotTheAuthor,
    /// Its last day has passed.
    Ended,
}

/// Moves the author's message `reference` on by `change`, only if it is still in
/// one of the statuses `from` (the update's own condition, so of two changes at once only one
/// can match), audited as `action` with `before` and `after` made from the message as found.
async fn step<R: Serialize>(
    db: &Database,
    clock: &crate::services::clock::Clock,
    author: Author<'_>,
    reference: &str,
    from: &[MessageStatus],
    change: impl FnOnce(
        &team_message::Model,
        UpdateMany<team_message::Entity>,
    ) -> UpdateMany<team_message::Entity>,
    (action, record): (AuditAction, impl FnOnce(&team_message::Model) -> (R, R)),
) -> Result<Step, DbErr> {
    let member = author.member();
    let txn = db.write().await?;
    let Some(found) = author.find(&txn, reference).await? else {
        return Ok(Step::NotFound);
    };
    let writes = matches!(
        action,
        AuditAction::MessageChanged | AuditAction::MessageScheduled
    );
    if writes && !crate::policy::message::may_write(member, &found) {
        return Ok(Step::Refused(Refusal::NotTheAuthor));
    }
    let changed = change(&found, team_message::Entity::update_many())
        .col_expr(team_message::Column::UpdatedAt, Expr::value(clock.now()))
        .filter(team_message::Column::Id.eq(found.id))
        .filter(team_message::Column::Status.is_in(from.iter().copied()))
        .exec(&txn)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(Step::TooLate(found.status));
    }
    let (before, after) = record(&found);
    audit::record(
        &txn,
        clock,
        Some(member),
        action,
        &found.reference,
        Some(&before),
        Some(&after),
    )
    .await?;
    txn.commit().await?;
    Ok(Step::Done)
}

/// What the audit trail keeps of a change of status.
#[derive(Serialize)]
struct Status {
    status: MessageStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    send_at: Option<i64>,
}

/// Changes a draft (only a draft: once sent or set to go, its words are fixed).
pub async fn change_draft(
    db: &Database,
    clock: &crate::services::clock::Clock,
    author: Author<'_>,
    reference: &str,
    entry: &MessageEntry,
) -> Result<Step, DbErr> {
    step(
        db,
        clock,
        author,
        reference,
        &[MessageStatus::Draft],
        |_, update| {
            update
                .col_expr(team_message::Column::Kind, Expr::value(entry.kind))
                .col_expr(
                    team_message::Column::Title,
                    Expr::value(entry.title.clone()),
                )
                .col_expr(team_message::Column::Body, Expr::value(entry.body.clone()))
                .col_expr(
                    team_message::Column::ExpiresAt,
                    Expr::value(entry.expires_at),
                )
        },
        (
            AuditAction::MessageChanged,
            |found: &team_message::Model| {
                let before = MessageEntry {
                    kind: found.kind,
                    title: found.title.clone(),
                    body: found.body.clone(),
                    expires_at: found.expires_at,
                };
                (
                    serde_json::to_value(MessageRecord::of(&before)).unwrap_or_default(),
                    serde_json::to_value(MessageRecord::of(entry)).unwrap_or_default(),
                )
            },
        ),
    )
    .await
}

/// What sending a draft makes of it: set to go, or, for the whole force, waiting for a second
/// administrator's approval.
fn sent_as(message: &team_message::Model) -> MessageStatus {
    match message.scope {
        MessageScope::Force => MessageStatus::AwaitingApproval,
        MessageScope::Neighbourhood | MessageScope::Area => MessageStatus::Scheduled,
    }
}

/// Sets a draft to go at `at` (now, or a time to come): from then the delivery job queues it
/// for the followers of its neighbourhoods (a message for the whole force once approved). Only
/// a draft can be sent, so a message goes once.
pub async fn send(
    db: &Database,
    clock: &crate::services::clock::Clock,
    author: Author<'_>,
    reference: &str,
    at: i64,
) -> Result<Step, DbErr> {
    step(
        db,
        clock,
        author,
        reference,
        &[MessageStatus::Draft],
        |found, update| {
            update
                .col_expr(team_message::Column::Status, Expr::value(sent_as(found)))
                .col_expr(team_message::Column::SendAt, Expr::value(at))
        },
        (
            AuditAction::MessageScheduled,
            |found: &team_message::Model| {
                (
                    Status {
                        status: found.status,
                        send_at: None,
                    },
                    Status {
                        status: sent_as(found),
                        send_at: Some(at),
                    },
                )
            },
        ),
    )
    .await
}

/// Cancels a draft, or a message waiting for approval or set to go that has not yet gone. The
/// delivery job only takes a message that is still set to go, in the same statement that marks
/// it going, so a cancelled message never goes.
pub async fn cancel(
    db: &Database,
    clock: &crate::services::clock::Clock,
    author: Author<'_>,
    reference: &str,
) -> Result<Step, DbErr> {
    let now = clock.now();
    step(
        db,
        clock,
        author,
        reference,
        &[
            MessageStatus::Draft,
            MessageStatus::AwaitingApproval,
            MessageStatus::Scheduled,
        ],
        |_, update| {
            update
                .col_expr(
                    team_message::Column::Status,
                    Expr::value(MessageStatus::Cancelled),
                )
                .col_expr(team_message::Column::CancelledAt, Expr::value(now))
        },
        (
            AuditAction::MessageCancelled,
            |found: &team_message::Model| {
                (
                    Status {
                        status: found.status,
                        send_at: found.send_at,
                    },
                    Status {
                        status: MessageStatus::Cancelled,
                        send_at: None,
                    },
                )
            },
        ),
    )
    .await
}

/// How far a message's emails have gone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Waiting to be handed to the outbox or to be sent from it.
    pub queued: u64,
    pub sent: u64,
    /// Given up after every retry.
    pub failed: u64,
    /// Not sent: the resident stopped that kind after it was queued.
    pub skipped: u64,
    /// Waiting for the residents' daily or weekly digests (counted in `queued` too).
    pub in_digests: u64,
}

/// The progress of message `message_id`, counted by the database.
pub async fn progress<C: ConnectionTrait>(conn: &C, message_id: i32) -> Result<Progress, DbErr> {
    use message_delivery::Column;
    let count = |condition: sea_orm::Condition| {
        message_delivery::Entity::find()
            .filter(Column::MessageId.eq(message_id))
            .filter(condition)
            .count(conn)
    };
    let sent = count(sea_orm::Condition::all().add(Column::SentAt.is_not_null())).await?;
    let failed = count(
        sea_orm::Condition::all()
            .add(Column::SentAt.is_null())
            .add(Column::FailedAt.is_not_null()),
    )
    .await?;
    let skipped = count(sea_orm::Condition::all().add(Column::SkippedAt.is_not_null())).await?;
    let in_digests = count(
        sea_orm::Condition::all()
            .add(Column::HandedAt.is_null())
            .add(Column::Frequency.ne(entity::message_preference::MessageFrequency::Immediate)),
    )
    .await?;
    let queued = count(
        sea_orm::Condition::all()
            .add(Column::SentAt.is_null())
            .add(Column::FailedAt.is_null())
            .add(Column::SkippedAt.is_null()),
    )
    .await?;
    Ok(Progress {
        queued,
        sent,
        failed,
        skipped,
        in_digests,
    })
}

/// The neighbourhood team's own messages, newest first, drafts and cancelled ones too.
pub async fn for_team<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    limit: u64,
) -> Result<Vec<team_message::Model>, DbErr> {
    team_message::Entity::find()
        .filter(for_neighbourhood(neighbourhood_id))
        .filter(team_message::Column::Scope.eq(MessageScope::Neighbourhood))
        .order_by_desc(team_message::Column::CreatedAt)
        .order_by_desc(team_message::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The neighbourhood's messages that have gone (or are going), newest first.
fn gone_in(neighbourhood_id: i32) -> sea_orm::Select<team_message::Entity> {
    team_message::Entity::find()
        .filter(for_neighbourhood(neighbourhood_id))
        .filter(team_message::Column::Status.is_in([MessageStatus::Sending, MessageStatus::Sent]))
        .order_by_desc(team_message::Column::SendAt)
}

/// The neighbourhood's messages that have gone, newest first: its public page and feed.
pub async fn published<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    limit: u64,
) -> Result<Vec<team_message::Model>, DbErr> {
    gone_in(neighbourhood_id)
        .order_by_desc(team_message::Column::Id)
        .limit(limit)
        .all(conn)
        .await
}

/// The neighbourhood's warnings that have gone and whose last day has not ended at `now`:
/// shown at the top of its page.
pub async fn live_warnings<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    now: i64,
) -> Result<Vec<team_message::Model>, DbErr> {
    gone_in(neighbourhood_id)
        .filter(team_message::Column::Kind.eq(MessageKind::Warning))
        .filter(team_message::Column::ExpiresAt.gt(now))
        .all(conn)
        .await
}
