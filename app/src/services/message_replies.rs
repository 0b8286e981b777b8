//! Replies to a team message: a resident it was sent to writes back, and the thread lands in the
//! inbox of the team of the neighbourhood it reached them through; the team answers there and
//! the resident is emailed to read it in their account. Neither side sees the other's email
//! address. One thread per message and resident (a unique index), so replies sent at once
//! share it; a resident may write `REPLIES_PER_DAY` times a day on one message.

use crate::domain::ids::ResidentId;
use crate::domain::reference::new_reference;
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::messages::{self, EmailSite};
use crate::services::outbox;
use crate::services::rate_limit::{self, Limit, Taken};
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::write::Database;
use entity::message_reply::{self, ReplyAuthor};
use entity::{
    message_delivery, message_thread, neighbourhood, resident, staff_account, team_message,
};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;

/// How many replies a resident may send about one message in a day.
pub const REPLIES_PER_DAY: Limit = Limit {
    attempts: 5,
    window_seconds: 24 * 3600,
};

/// The page in the resident's account where they read message `reference` and write back.
pub fn resident_path(reference: &str) -> String {
    format!("/account/messages/{reference}")
}

/// Message `reference`, if it went out to resident `resident_id`, with its delivery to them
/// (which says the neighbourhood it reached them through).
pub(crate) async fn sent_to<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
    resident_id: ResidentId,
) -> Result<Option<(team_message::Model, message_delivery::Model)>, DbErr> {
    let Some(message) = team_message::Entity::find()
        .filter(team_message::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(conn)
        .await?
        .filter(|m| m.status.is_out())
    else {
        return Ok(None);
    };
    Ok(message_delivery::Entity::find()
        .filter(message_delivery::Column::MessageId.eq(message.id))
        .filter(message_delivery::Column::ResidentId.eq(resident_id.get()))
        .one(conn)
        .await?
        .map(|delivery| (message, delivery)))
}

/// A message as the resident's account lists those they were sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub reference: String,
    pub title: String,
    pub queued_at: i64,
}

/// The last `limit` messages sent to resident `resident_id`, newest first.
pub async fn received(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    limit: u64,
) -> Result<Vec<Received>, DbErr> {
    let deliveries: Vec<(i32, i64)> = message_delivery::Entity::find()
        .select_only()
        .column(message_delivery::Column::MessageId)
        .column(message_delivery::Column::QueuedAt)
        .filter(message_delivery::Column::ResidentId.eq(resident_id.get()))
        // Not those they had stopped that kind of before it went.
        .filter(message_delivery::Column::SkippedAt.is_null())
        .order_by_desc(message_delivery::Column::QueuedAt)
        .order_by_desc(message_delivery::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    let messages = team_message::Entity::find()
        .filter(team_message::Column::Id.is_in(deliveries.iter().map(|(id, _)| *id)))
        .all(db)
        .await?;
    Ok(deliveries
        .into_iter()
        .filter_map(|(id, queued_at)| {
            let message = messages.iter().find(|m| m.id == id)?;
            Some(Received {
                reference: message.reference.clone(),
                title: message.title.clone(),
                queued_at,
            })
        })
        .collect())
}

/// What the resident's page shows: the message (sent to them), the neighbourhood it reached
/// them through, and their thread about it so far.
#[derive(Clone, Debug, PartialEq)]
pub struct ResidentThread {
    pub message: team_message::Model,
    pub neighbourhood: neighbourhood::Model,
    pub replies: Vec<message_reply::Model>,
}

/// Message `reference` as resident `resident_id` received it, with their thread; `None` if it
/// was not sent to them.
pub async fn of_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    reference: &str,
) -> Result<Option<ResidentThread>, DbErr> {
    let Some((message, delivery)) = sent_to(db, reference, resident_id).await? else {
        return Ok(None);
    };
    let Some(neighbourhood) = neighbourhood::Entity::find_by_id(delivery.neighbourhood_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let thread = message_thread::Entity::find()
        .filter(message_thread::Column::MessageId.eq(message.id))
        .filter(message_thread::Column::ResidentId.eq(resident_id.get()))
        .one(db)
        .await?;
    let replies = match thread {
        Some(thread) => replies_in(db, thread.id).await?,
        None => Vec::new(),
    };
    Ok(Some(ResidentThread {
        message,
        neighbourhood,
        replies,
    }))
}

async fn replies_in<C: ConnectionTrait>(
    conn: &C,
    thread_id: i32,
) -> Result<Vec<message_reply::Model>, DbErr> {
    message_reply::Entity::find()
        .filter(message_reply::Column::ThreadId.eq(thread_id))
        .order_by_asc(message_reply::Column::Id)
        .all(conn)
        .await
}

/// What became of a resident's reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replied {
    Sent,
    /// The message was not sent to them.
    NotSentToThem,
    /// They have written `REPLIES_PER_DAY` times about it; the next may go in this many minutes.
    TryLater {
        minutes: i64,
    },
}

/// Resident `resident_id` writes `text` to the team about message `reference`.
pub async fn reply(
    db: &Database,
    clock: &Clock,
    resident_id: ResidentId,
    reference: &str,
    text: &str,
) -> Result<Replied, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let Some((message, delivery)) = sent_to(&txn, reference, resident_id).await? else {
        return Ok(Replied::NotSentToThem);
    };
    let bucket = format!("message-reply:{}:{}", message.id, resident_id.get());
    if let Taken::Refused { minutes } =
        rate_limit::take(&txn, clock, &bucket, REPLIES_PER_DAY).await?
    {
        // Not counted: the refusal changes nothing.
        txn.rollback().await?;
        return Ok(Replied::TryLater { minutes });
    }
    // The first reply opens the thread; later ones (and any sent at the same moment) mark it
    // waiting for the team again.
    message_thread::Entity::insert(message_thread::ActiveModel {
        id: NotSet,
        reference: Set(new_reference("MR")),
        message_id: Set(message.id),
        resident_id: Set(resident_id.get()),
        neighbourhood_id: Set(delivery.neighbourhood_id),
        waiting: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            message_thread::Column::MessageId,
            message_thread::Column::ResidentId,
        ])
        .update_columns([
            message_thread::Column::Waiting,
            message_thread::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    let thread_id: i32 = message_thread::Entity::find()
        .select_only()
        .column(message_thread::Column::Id)
        .filter(message_thread::Column::MessageId.eq(message.id))
        .filter(message_thread::Column::ResidentId.eq(resident_id.get()))
        .into_tuple()
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the thread just written".into()))?;
    add_reply(&txn, thread_id, ReplyAuthor::Resident, None, text, now).await?;
    txn.commit().await?;
    Ok(Replied::Sent)
}

async fn add_reply<C: ConnectionTrait>(
    conn: &C,
    thread_id: i32,
    author: ReplyAuthor,
    staff_id: Option<i32>,
    text: &str,
    now: i64,
) -> Result<(), DbErr> {
    message_reply::Entity::insert(message_reply::ActiveModel {
        id: NotSet,
        thread_id: Set(thread_id),
        author: Set(author),
        staff_id: Set(staff_id),
        body: Set(text.to_string()),
        created_at: Set(now),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// A thread as the team's inbox lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreadSummary {
    pub reference: String,
    pub message_title: String,
    pub waiting: bool,
    pub updated_at: i64,
}

/// The threads for neighbourhood `neighbourhood_id`'s team: those waiting for an answer first,
/// then the most recently written, at most `limit`.
pub async fn inbox(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    limit: u64,
) -> Result<Vec<ThreadSummary>, DbErr> {
    let threads = message_thread::Entity::find()
        .filter(message_thread::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(message_thread::Column::Waiting)
        .order_by_desc(message_thread::Column::UpdatedAt)
        .limit(limit)
        .all(db)
        .await?;
    let titles: Vec<(i32, String)> = team_message::Entity::find()
        .select_only()
        .column(team_message::Column::Id)
        .column(team_message::Column::Title)
        .filter(team_message::Column::Id.is_in(threads.iter().map(|t| t.message_id)))
        .into_tuple()
        .all(db)
        .await?;
    Ok(threads
        .into_iter()
        .map(|t| ThreadSummary {
            message_title: titles
                .iter()
                .find(|(id, _)| *id == t.message_id)
                .map(|(_, title)| title.clone())
                .unwrap_or_default(),
            reference: t.reference,
            waiting: t.waiting,
            updated_at: t.updated_at,
        })
        .collect())
}

/// One reply as the team reads it: who wrote it (the resident's name if they gave one, or the
/// member of staff's), when, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamReply {
    pub id: i32,
    pub author: ReplyAuthor,
    pub name: Option<String>,
    pub at: i64,
    pub body: String,
}

/// A thread as its team reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamThread {
    pub thread: message_thread::Model,
    pub message: team_message::Model,
    pub replies: Vec<TeamReply>,
}

/// Thread `reference` if it is for neighbourhood `neighbourhood_id`'s team.
pub async fn team_thread(
    db: &DatabaseConnection,
    neighbourhood_id: i32,
    reference: &str,
) -> Result<Option<TeamThread>, DbErr> {
    let Some(thread) = message_thread::Entity::find()
        .filter(message_thread::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(message_thread::Column::NeighbourhoodId.eq(neighbourhood_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(message) = team_message::Entity::find_by_id(thread.message_id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let resident_name: Option<String> = resident::Entity::find_by_id(thread.resident_id)
        .select_only()
        .column(resident::Column::DisplayName)
        .into_tuple::<Option<String>>()
        .one(db)
        .await?
        .flatten();
    let replies = replies_in(db, thread.id).await?;
    let staff: Vec<(i32, String)> = staff_account::Entity::find()
        .select_only()
        .column(staff_account::Column::Id)
        .column(staff_account::Column::Name)
        .filter(staff_account::Column::Id.is_in(replies.iter().filter_map(|r| r.staff_id)))
        .into_tuple()
        .all(db)
        .await?;
    let replies = replies
        .into_iter()
        .map(|r| TeamReply {
            name: match r.author {
                ReplyAuthor::Resident => resident_name.clone(),
                ReplyAuthor::Team => staff
                    .iter()
                    .find(|(id, _)| Some(*id) == r.staff_id)
                    .map(|(_, name)| name.clone()),
            },
            id: r.id,
            author: r.author,
            at: r.created_at,
            body: r.body,
        })
        .collect();
    Ok(Some(TeamThread {
        thread,
        message,
        replies,
    }))
}

/// What became of the team's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Sent,
    /// No such thread for this neighbourhood's team.
    NotFound,
}

/// What the audit trail keeps of an answer: which thread, not its words (which may name the
/// resident, and go with their account).
#[derive(Serialize)]
struct AnswerRecord<'a> {
    thread: &'a str,
}

/// The permit's member answers thread `reference` with `text`, having read its replies up to
/// `seen` (the id of the last one shown); the resident is emailed to read it in their account.
/// The thread stops waiting only if the resident wrote nothing after `seen`.
pub async fn answer(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    seen: i32,
    text: &str,
) -> Result<Answered, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let reference = reference.trim().to_uppercase();
    let txn = db.write().await?;
    let touched = message_thread::Entity::update_many()
        .col_expr(message_thread::Column::UpdatedAt, Expr::value(now))
        .filter(message_thread::Column::Reference.eq(&reference))
        .filter(message_thread::Column::NeighbourhoodId.eq(n.id))
        .exec(&txn)
        .await?;
    if touched.rows_affected != 1 {
        return Ok(Answered::NotFound);
    }
    let Some(thread) = message_thread::Entity::find()
        .filter(message_thread::Column::Reference.eq(&reference))
        .one(&txn)
        .await?
    else {
        return Ok(Answered::NotFound);
    };
    message_thread::Entity::update_many()
        .col_expr(message_thread::Column::Waiting, Expr::value(false))
        .filter(message_thread::Column::Id.eq(thread.id))
        .filter(
            message_thread::Column::Id.not_in_subquery(
                Query::select()
                    .column(message_reply::Column::ThreadId)
                    .from(message_reply::Entity)
                    .and_where(message_reply::Column::Author.eq(ReplyAuthor::Resident))
                    .and_where(message_reply::Column::Id.gt(seen))
                    .to_owned(),
            ),
        )
        .exec(&txn)
        .await?;
    add_reply(
        &txn,
        thread.id,
        ReplyAuthor::Team,
        Some(member.id),
        text,
        now,
    )
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::MessageAnswered,
        &format!("{reference} for {}", n.name),
        None::<&AnswerRecord>,
        Some(&AnswerRecord { thread: &reference }),
    )
    .await?;
    let message = team_message::Entity::find_by_id(thread.message_id)
        .one(&txn)
        .await?;
    let person = resident::Entity::find_by_id(thread.resident_id)
        .one(&txn)
        .await?;
    if let (Some(message), Some(person)) = (message, person) {
        let language = site.language_of(&person);
        let link = format!("{}{}", site.site_url, resident_path(&message.reference));
        let sender = messages::team_sender_in(language, &n.name, &site.force_name);
        outbox::enqueue(
            &txn,
            clock,
            messages::message_answered(&messages::AnswerLetter {
                language,
                to: &person.email,
                sender: &sender,
                title: &message.title,
                answer: text,
                link: &link,
            }),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Answered::Sent)
}

/// A resident's threads, for "download my data" and deleting the account.
pub struct ReplyRecords;

#[derive(Serialize)]
struct ThreadData {
    message: String,
    title: String,
    replies: Vec<ReplyData>,
}

#[derive(Serialize)]
struct ReplyData {
    from: ReplyAuthor,
    at: i64,
    text: String,
}

#[async_trait::async_trait]
impl ResidentRecords for ReplyRecords {
    fn columns(&self) -> &'static [Column] {
        &[("message_thread", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let threads = message_thread::Entity::find()
            .filter(message_thread::Column::ResidentId.eq(who.id.get()))
            .all(db)
            .await?;
        let mut data = Vec::with_capacity(threads.len());
        for thread in threads {
            let Some(message) = team_message::Entity::find_by_id(thread.message_id)
                .one(db)
                .await?
            else {
                continue;
            };
            data.push(ThreadData {
                message: message.reference,
                title: message.title,
                replies: replies_in(db, thread.id)
                    .await?
                    .into_iter()
                    .map(|r| ReplyData {
                        from: r.author,
                        at: r.created_at,
                        text: r.body,
                    })
                    .collect(),
            });
        }
        Ok(vec![("team_message_replies", as_download(&data)?)])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        // The team's answers go with the resident's replies: a conversation with nobody at one
        // end is nobody's record.
        let theirs = message_thread::Column::ResidentId.eq(erasure.resident.id.get());
        message_reply::Entity::delete_many()
            .filter(
                message_reply::Column::ThreadId.in_subquery(
                    Query::select()
                        .column(message_thread::Column::Id)
                        .from(message_thread::Entity)
                        .and_where(theirs.clone())
                        .to_owned(),
                ),
            )
            .exec(erasure.write)
            .await?;
        message_thread::Entity::delete_many()
            .filter(theirs)
            .exec(erasure.write)
            .await?;
        Ok(())
    }
}
