//! Sending team messages, in two steps that any number of instances may run at once:
//!
//! 1. **Queue**: a message whose time has come is taken (`scheduled` → `sending`, a conditional
//!    update only one instance's can match) and, in the same transaction, one delivery row is
//!    written for each resident who follows one of its neighbourhoods and has not stopped that
//!    kind, by one `INSERT … SELECT` (seconds for 100,000 followers). A unique index on
//!    (message, resident) makes a second copy impossible.
//! 2. **Hand out**: at most the configured number of deliveries per round are claimed
//!    (`handed_at` set only where it is still empty) and their emails put in the outbox in the
//!    same transaction; the outbox then sends each once, with retries. A resident who stopped
//!    that kind after it was queued is skipped.
//! 3. **Digests**: a resident who chose a daily or weekly digest for a kind gets its deliveries
//!    together, once the day or week is over (from 7am): all of theirs are claimed in one
//!    conditional update and go in one email.

use crate::domain::ids::ResidentId;
use crate::domain::team_message::{digest_cutoff, kind_key};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::message_ratings::{Useful, answer_link};
use crate::services::messages::{self, EmailSite};
use crate::services::outbox;
use crate::services::rate_limit::BucketKeys;
use crate::services::resident_accounts::EmailList;
use crate::services::updates::{one_click_link, unsubscribe_link};
use crate::services::write::Database;
use entity::follow::{self, ItemKind};
use entity::message_preference::{self, MessageFrequency};
use entity::team_message::{self, MessageScope, MessageStatus};
use entity::{message_delivery, neighbourhood, resident, team_message_area};
use sea_orm::sea_query::{Expr, LockBehavior, LockType, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;
use std::collections::HashMap;

/// Queues every message whose time has come; how many were queued.
pub async fn queue_due(db: &Database, clock: &Clock) -> Result<usize, DbErr> {
    let now = clock.now();
    let due = team_message::Entity::find()
        .filter(team_message::Column::Status.eq(MessageStatus::Scheduled))
        .filter(team_message::Column::SendAt.lte(now))
        .order_by_asc(team_message::Column::SendAt)
        .all(db)
        .await?;
    let mut queued = 0;
    for message in due {
        if queue(db, clock, &message).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

/// Takes `message` and queues its deliveries; false if another instance took it first, or it
/// was cancelled meanwhile.
async fn queue(db: &Database, clock: &Clock, message: &team_message::Model) -> Result<bool, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let taken = team_message::Entity::update_many()
        .col_expr(
            team_message::Column::Status,
            Expr::value(MessageStatus::Sending),
        )
        .col_expr(team_message::Column::QueuedAt, Expr::value(now))
        .col_expr(team_message::Column::UpdatedAt, Expr::value(now))
        .filter(team_message::Column::Id.eq(message.id))
        .filter(team_message::Column::Status.eq(MessageStatus::Scheduled))
        // One whose last day passed while it waited for approval is not sent late.
        .filter(
            sea_orm::Condition::any()
                .add(team_message::Column::ExpiresAt.is_null())
                .add(team_message::Column::ExpiresAt.gt(now)),
        )
        .exec(&txn)
        .await?;
    if taken.rows_affected == 0 {
        return Ok(false);
    }
    let mut recipients = 0;
    for frequency in [
        MessageFrequency::Immediate,
        MessageFrequency::Daily,
        MessageFrequency::Weekly,
    ] {
        let insert = Query::insert()
            .into_table(message_delivery::Entity)
            .columns([
                message_delivery::Column::MessageId,
                message_delivery::Column::ResidentId,
                message_delivery::Column::NeighbourhoodId,
                message_delivery::Column::QueuedAt,
                message_delivery::Column::Frequency,
            ])
            .select_from(followers_choosing(message, frequency, now))
            .expect("five columns from five expressions")
            .on_conflict(
                OnConflict::columns([
                    message_delivery::Column::MessageId,
                    message_delivery::Column::ResidentId,
                ])
                .do_nothing()
                .to_owned(),
            )
            .to_owned();
        recipients += txn.execute(&insert).await?.rows_affected();
    }
    team_message::Entity::update_many()
        .col_expr(
            team_message::Column::Recipients,
            Expr::value(i32::try_from(recipients).unwrap_or(i32::MAX)),
        )
        .filter(team_message::Column::Id.eq(message.id))
        .exec(&txn)
        .await?;
    #[derive(Serialize)]
    struct Queued {
        recipients: u64,
    }
    audit::record_automatic(
        &txn,
        clock,
        AuditAction::MessageQueued,
        &message.reference,
        &Queued { recipients },
    )
    .await?;
    // It is public from now on.
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(true)
}

/// The followers of `message`'s neighbourhoods who get its kind at `frequency` (every follower
/// with no choice recorded gets it at once), as the rows of their deliveries. A resident who
/// follows two of them is queued once (the unique index), through whichever comes first.
fn followers_choosing(
    message: &team_message::Model,
    frequency: MessageFrequency,
    now: i64,
) -> sea_orm::sea_query::SelectStatement {
    let chosen = |frequencies: Vec<MessageFrequency>| {
        Query::select()
            .column(message_preference::Column::ResidentId)
            .from(message_preference::Entity)
            .and_where(message_preference::Column::Kind.eq(message.kind))
            .and_where(message_preference::Column::Frequency.is_in(frequencies))
            .to_owned()
    };
    let areas = Query::select()
        .column(team_message_area::Column::NeighbourhoodId)
        .from(team_message_area::Entity)
        .and_where(team_message_area::Column::MessageId.eq(message.id))
        .to_owned();
    let mut followers = Query::select();
    followers
        .distinct()
        .expr(Expr::val(message.id))
        .column(follow::Column::ResidentId)
        .column(follow::Column::ItemId)
        .expr(Expr::val(now))
        .expr(Expr::val(frequency))
        .from(follow::Entity)
        .and_where(follow::Column::ItemKind.eq(ItemKind::Neighbourhood))
        .and_where(follow::Column::ItemId.in_subquery(areas))
        .and_where(follow::Column::ResidentId.is_not_null());
    match frequency {
        MessageFrequency::Immediate => {
            followers.and_where(follow::Column::ResidentId.not_in_subquery(chosen(vec![
                MessageFrequency::Daily,
                MessageFrequency::Weekly,
                MessageFrequency::Never,
            ])))
        }
        other => followers.and_where(follow::Column::ResidentId.in_subquery(chosen(vec![other]))),
    };
    followers
}

/// Hands at most `most` queued deliveries to the outbox, in one transaction; how many were
/// handed (skipped ones included). Messages all of whose deliveries are handed are marked sent.
pub async fn hand_out(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    most: u64,
) -> Result<usize, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    // Rows another instance holds are passed over rather than waited for (PostgreSQL); the
    // `handed_at IS NULL` check as the row is updated makes a second claim match nothing.
    let waiting = Query::select()
        .column(message_delivery::Column::Id)
        .from(message_delivery::Entity)
        .and_where(message_delivery::Column::HandedAt.is_null())
        .and_where(message_delivery::Column::Frequency.eq(MessageFrequency::Immediate))
        .order_by(message_delivery::Column::Id, sea_orm::Order::Asc)
        .limit(most)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .to_owned();
    let claimed = message_delivery::Entity::update_many()
        .col_expr(message_delivery::Column::HandedAt, Expr::value(now))
        .filter(message_delivery::Column::Id.in_subquery(waiting))
        .filter(message_delivery::Column::HandedAt.is_null())
        .exec_with_returning(&txn)
        .await?;
    if claimed.is_empty() {
        txn.commit().await?;
        return finish_sent(db, now).await.map(|_| 0);
    }
    let messages: HashMap<i32, team_message::Model> = team_message::Entity::find()
        .filter(team_message::Column::Id.is_in(claimed.iter().map(|d| d.message_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|m| (m.id, m))
        .collect();
    let residents: HashMap<i32, resident::Model> = resident::Entity::find()
        .filter(resident::Column::Id.is_in(claimed.iter().map(|d| d.resident_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let stopped: Vec<(i32, entity::team_message::MessageKind)> = message_preference::Entity::find()
        .filter(message_preference::Column::ResidentId.is_in(claimed.iter().map(|d| d.resident_id)))
        .filter(message_preference::Column::Frequency.eq(MessageFrequency::Never))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| (p.resident_id, p.kind))
        .collect();
    // The neighbourhoods the residents follow that their messages came through.
    let teams: HashMap<i32, neighbourhood::Model> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(claimed.iter().map(|d| d.neighbourhood_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    for delivery in &claimed {
        let (Some(message), Some(person), Some(n)) = (
            messages.get(&delivery.message_id),
            residents.get(&delivery.resident_id),
            teams.get(&delivery.neighbourhood_id),
        ) else {
            continue;
        };
        if stopped.contains(&(person.id, message.kind)) {
            message_delivery::Entity::update_many()
                .col_expr(message_delivery::Column::SkippedAt, Expr::value(now))
                .filter(message_delivery::Column::Id.eq(delivery.id))
                .exec(&txn)
                .await?;
            continue;
        }
        let email = email_for(site, keys, message, n, person);
        let outbox_id = outbox::enqueue_numbered(&txn, clock, email).await?;
        message_delivery::Entity::update_many()
            .col_expr(
                message_delivery::Column::OutboxMessageId,
                Expr::value(outbox_id),
            )
            .filter(message_delivery::Column::Id.eq(delivery.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    finish_sent(db, now).await?;
    Ok(claimed.len())
}

/// The email of `message` to `person`, who follows neighbourhood `n`, in the language on their
/// account, stopping only its kind in one click.
fn email_for(
    site: &EmailSite,
    keys: &BucketKeys,
    message: &team_message::Model,
    n: &neighbourhood::Model,
    person: &resident::Model,
) -> outbox::OutgoingEmail {
    let language = site.language_of(person);
    let list = EmailList::messages(message.kind);
    let resident_id = ResidentId::new(person.id);
    let link = format!(
        "{}{}#{}",
        site.site_url,
        crate::domain::neighbourhood::messages_path(&n.code),
        message.reference
    );
    let from = match message.scope {
        MessageScope::Neighbourhood => messages::MessageFrom::Team,
        MessageScope::Area | MessageScope::Force => messages::MessageFrom::Force,
    };
    messages::team_message(&messages::TeamMessageLetter {
        language,
        to: &person.email,
        from,
        force: &site.force_name,
        neighbourhood: &n.name,
        kind: &language.text(kind_key(message.kind)),
        title: &message.title,
        body: &message.body,
        link: &link,
        reply: &format!(
            "{}{}",
            site.site_url,
            crate::services::message_replies::resident_path(&message.reference)
        ),
        useful: (
            &answer_link(
                &site.site_url,
                keys,
                resident_id,
                &message.reference,
                Useful::Yes,
            ),
            &answer_link(
                &site.site_url,
                keys,
                resident_id,
                &message.reference,
                Useful::No,
            ),
        ),
        unsubscribe: &unsubscribe_link(site, keys, resident_id, list),
    })
    .with_unsubscribe(one_click_link(site, keys, resident_id, list))
}

/// Marks sent the messages going out that have no delivery left to hand on its own (those
/// waiting for a digest go with it).
async fn finish_sent(db: &Database, now: i64) -> Result<(), DbErr> {
    let unhanded = Query::select()
        .column(message_delivery::Column::MessageId)
        .from(message_delivery::Entity)
        .and_where(message_delivery::Column::HandedAt.is_null())
        .and_where(message_delivery::Column::Frequency.eq(MessageFrequency::Immediate))
        .to_owned();
    team_message::Entity::update_many()
        .col_expr(
            team_message::Column::Status,
            Expr::value(MessageStatus::Sent),
        )
        .col_expr(team_message::Column::UpdatedAt, Expr::value(now))
        .filter(team_message::Column::Status.eq(MessageStatus::Sending))
        .filter(team_message::Column::Id.not_in_subquery(unhanded))
        .exec(db)
        .await?;
    Ok(())
}

/// Sends the daily and weekly digests now due; how many emails this instance put in the outbox.
pub async fn send_digests(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
) -> Result<usize, DbErr> {
    let now = clock.now();
    let mut sent = 0;
    for frequency in [MessageFrequency::Daily, MessageFrequency::Weekly] {
        let Some(cutoff) = digest_cutoff(frequency, now) else {
            continue;
        };
        let due: Vec<i32> = message_delivery::Entity::find()
            .select_only()
            .column(message_delivery::Column::ResidentId)
            .distinct()
            .filter(message_delivery::Column::HandedAt.is_null())
            .filter(message_delivery::Column::Frequency.eq(frequency))
            .filter(message_delivery::Column::QueuedAt.lt(cutoff))
            .into_tuple()
            .all(db)
            .await?;
        for resident_id in due {
            if send_digest(db, clock, site, keys, resident_id, frequency, cutoff).await? {
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// Claims every delivery of `resident_id`'s digest at `frequency` queued before `cutoff` and
/// emails them in one, in the same transaction; false if another instance claimed them first,
/// or the resident no longer wants any of them.
async fn send_digest(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    resident_id: i32,
    frequency: MessageFrequency,
    cutoff: i64,
) -> Result<bool, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let claimed = message_delivery::Entity::update_many()
        .col_expr(message_delivery::Column::HandedAt, Expr::value(now))
        .filter(message_delivery::Column::ResidentId.eq(resident_id))
        .filter(message_delivery::Column::Frequency.eq(frequency))
        .filter(message_delivery::Column::HandedAt.is_null())
        .filter(message_delivery::Column::QueuedAt.lt(cutoff))
        .exec_with_returning(&txn)
        .await?;
    let Some(person) = resident::Entity::find_by_id(resident_id).one(&txn).await? else {
        txn.commit().await?;
        return Ok(false);
    };
    let stopped: Vec<entity::team_message::MessageKind> = message_preference::Entity::find()
        .filter(message_preference::Column::ResidentId.eq(resident_id))
        .filter(message_preference::Column::Frequency.eq(MessageFrequency::Never))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| p.kind)
        .collect();
    let mut messages = team_message::Entity::find()
        .filter(team_message::Column::Id.is_in(claimed.iter().map(|d| d.message_id)))
        .order_by_asc(team_message::Column::SendAt)
        .all(&txn)
        .await?;
    let (wanted, skipped): (Vec<_>, Vec<_>) = claimed.iter().partition(|d| {
        messages
            .iter()
            .any(|m| m.id == d.message_id && !stopped.contains(&m.kind))
    });
    message_delivery::Entity::update_many()
        .col_expr(message_delivery::Column::SkippedAt, Expr::value(now))
        .filter(message_delivery::Column::Id.is_in(skipped.iter().map(|d| d.id)))
        .exec(&txn)
        .await?;
    messages.retain(|m| !stopped.contains(&m.kind));
    if messages.is_empty() {
        txn.commit().await?;
        return Ok(false);
    }
    let language = site.language_of(&person);
    let through: HashMap<i32, neighbourhood::Model> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(wanted.iter().map(|d| d.neighbourhood_id)))
        .all(&txn)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let mut items = Vec::with_capacity(messages.len());
    for message in &messages {
        let Some(n) = wanted
            .iter()
            .find(|d| d.message_id == message.id)
            .and_then(|d| through.get(&d.neighbourhood_id))
        else {
            continue;
        };
        items.push(messages::DigestItem {
            kind: language.text(kind_key(message.kind)),
            neighbourhood: n.name.clone(),
            title: message.title.clone(),
            body: message.body.clone(),
            link: format!(
                "{}{}#{}",
                site.site_url,
                crate::domain::neighbourhood::messages_path(&n.code),
                message.reference
            ),
        });
    }
    let list = EmailList::digest(frequency);
    let resident = ResidentId::new(person.id);
    let email = messages::team_digest(&messages::DigestLetter {
        language,
        to: &person.email,
        force_name: &site.force_name,
        weekly: frequency == MessageFrequency::Weekly,
        last_day: cutoff - 1,
        items: &items,
        unsubscribe: &unsubscribe_link(site, keys, resident, list),
    })
    .with_unsubscribe(one_click_link(site, keys, resident, list));
    let outbox_id = outbox::enqueue_numbered(&txn, clock, email).await?;
    message_delivery::Entity::update_many()
        .col_expr(
            message_delivery::Column::OutboxMessageId,
            Expr::value(outbox_id),
        )
        .filter(message_delivery::Column::Id.is_in(wanted.iter().map(|d| d.id)))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(true)
}
