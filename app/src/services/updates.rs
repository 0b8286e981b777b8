//! "You said, we did": a team publishes what residents said, what it did and what happens next,
//! linked to the concerns, priorities, votes and problems it answers. The residents who raised a
//! linked concern or voted in a linked vote are emailed once (unless they said not to), each
//! email with a one-click unsubscribe. Shown on the neighbourhood page, on each linked
//! priority's page, and in an Atom feed.

use crate::domain::ids::ResidentId;
use crate::domain::update::{Answers, UpdateEntry};
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::messages::{self, EmailSite, team_sender};
use crate::services::outbox;
use crate::services::rate_limit::BucketKeys;
use crate::services::resident_accounts::EmailList;
use crate::services::write::Database;
use entity::{
    ballot, concern, neighbourhood, priority, problem, resident, team_update, update_link, vote,
};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// Published; this many residents emailed.
    Published { id: i32, emailed: usize },
    /// Something it answers is not this neighbourhood's.
    NoSuchLink { what: String },
}

/// The signed address of the page that stops one list of a resident's emails.
pub fn unsubscribe_link(
    site: &EmailSite,
    keys: &BucketKeys,
    resident_id: ResidentId,
    list: EmailList,
) -> String {
    format!(
        "{}/email-preferences/unsubscribe?{}",
        site.site_url,
        list.signed_query(keys, resident_id)
    )
}

/// The address mail programs post to (RFC 8058 one-click).
pub fn one_click_link(
    site: &EmailSite,
    keys: &BucketKeys,
    resident_id: ResidentId,
    list: EmailList,
) -> String {
    format!(
        "{}/unsubscribe?{}",
        site.site_url,
        list.signed_query(keys, resident_id)
    )
}

#[derive(Serialize)]
struct UpdateRecord<'a> {
    you_said: &'a str,
    we_did: &'a str,
    next_steps: &'a str,
    outcome: &'a str,
    date: String,
    answers: Vec<String>,
}

pub async fn publish(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    permit: &Permit<neighbourhood::Model>,
    entry: &UpdateEntry,
) -> Result<Published, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    // Each link must be the neighbourhood's; residents to tell are gathered as they are found.
    let mut links = Vec::with_capacity(entry.answers.len());
    let mut answered = Vec::new();
    let mut residents = BTreeSet::new();
    for answer in &entry.answers {
        let link = match answer {
            Answers::Concern { reference } => {
                let Some(found) = concern::Entity::find()
                    .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
                    .filter(concern::Column::NeighbourhoodId.eq(n.id))
                    .one(&txn)
                    .await?
                else {
                    return Ok(Published::NoSuchLink {
                        what: format!("concern {reference}"),
                    });
                };
                residents.extend(found.resident_id);
                answered.push(format!("concern {}", found.reference));
                (Some(found.id), None, None, None)
            }
            Answers::Priority { id } => {
                let Some(found) = priority::Entity::find_by_id(*id)
                    .filter(priority::Column::NeighbourhoodId.eq(n.id))
                    .one(&txn)
                    .await?
                else {
                    return Ok(Published::NoSuchLink {
                        what: "that priority".into(),
                    });
                };
                crate::services::priorities::touch(&txn, found.id, now).await?;
                answered.push(format!("priority “{}”", found.issue));
                (None, Some(found.id), None, None)
            }
            Answers::Vote { id } => {
                let Some(found) = vote::Entity::find_by_id(*id)
                    .filter(vote::Column::NeighbourhoodId.eq(n.id))
                    .one(&txn)
                    .await?
                else {
                    return Ok(Published::NoSuchLink {
                        what: "that vote".into(),
                    });
                };
                residents.extend(
                    ballot::Entity::find()
                        .filter(ballot::Column::VoteId.eq(found.id))
                        .all(&txn)
                        .await?
                        .into_iter()
                        .filter_map(|b| b.resident_id),
                );
                answered.push(format!("vote “{}”", found.question));
                (None, None, Some(found.id), None)
            }
            Answers::Problem { reference } => {
                let Some(found) = problem::Entity::find()
                    .filter(problem::Column::Reference.eq(reference.trim().to_uppercase()))
                    .filter(problem::Column::NeighbourhoodId.eq(n.id))
                    .one(&txn)
                    .await?
                else {
                    return Ok(Published::NoSuchLink {
                        what: format!("problem {reference}"),
                    });
                };
                residents.extend(
                    concern::Entity::find()
                        .filter(concern::Column::ProblemId.eq(found.id))
                        .all(&txn)
                        .await?
                        .into_iter()
                        .filter_map(|c| c.resident_id),
                );
                answered.push(format!("problem “{}”", found.title));
                (None, None, None, Some(found.id))
            }
        };
        links.push(link);
    }
    let id = team_update::Entity::insert(team_update::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        you_said: Set(entry.you_said.clone()),
        we_did: Set(entry.we_did.clone()),
        next_steps: Set(entry.next_steps.clone()),
        outcome: Set(entry.outcome.clone()),
        published_on: Set(entry.published_on),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
        updated_at: Set(now),
        edited_at: Set(None),
        withdrawn_at: Set(None),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    if !links.is_empty() {
        update_link::Entity::insert_many(links.into_iter().map(
            |(concern_id, priority_id, vote_id, problem_id)| update_link::ActiveModel {
                id: NotSet,
                update_id: Set(id),
                concern_id: Set(concern_id),
                priority_id: Set(priority_id),
                vote_id: Set(vote_id),
                problem_id: Set(problem_id),
            },
        ))
        .exec_without_returning(&txn)
        .await?;
    }
    // Each resident once, however many of their concerns and votes it answers.
    let told = resident::Entity::find()
        .filter(resident::Column::Id.is_in(residents))
        .filter(resident::Column::UpdateEmails.eq(true))
        .all(&txn)
        .await?;
    let sender = team_sender(&n.name, &site.force_name);
    let page = format!(
        "{}{}#updates",
        site.site_url,
        crate::domain::neighbourhood::neighbourhood_path(&n.code)
    );
    for person in &told {
        let email = messages::update_published(&messages::UpdateLetter {
            to: &person.email,
            sender: &sender,
            neighbourhood: &n.name,
            you_said: &entry.you_said,
            we_did: &entry.we_did,
            next_steps: &entry.next_steps,
            outcome: &entry.outcome,
            link: &page,
            unsubscribe: &unsubscribe_link(
                site,
                keys,
                ResidentId::new(person.id),
                EmailList::Updates,
            ),
        })
        .with_unsubscribe(one_click_link(
            site,
            keys,
            ResidentId::new(person.id),
            EmailList::Updates,
        ));
        outbox::enqueue(&txn, clock, email).await?;
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::UpdatePublished,
        &format!("in {}", n.name),
        None::<&UpdateRecord>,
        Some(&UpdateRecord {
            you_said: &entry.you_said,
            we_did: &entry.we_did,
            next_steps: &entry.next_steps,
            outcome: &entry.outcome,
            date: format_date(entry.published_on),
            answers: answered,
        }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(Published::Published {
        id,
        emailed: told.len(),
    })
}

/// An update with what it answers, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateDetail {
    pub update: team_update::Model,
    /// Public descriptions of what it answers ("the local priority “Speeding…”").
    pub answers: Vec<String>,
    /// The priorities it answers (ids), to link to their pages.
    pub priority_ids: Vec<i32>,
}

async fn with_answers<C: ConnectionTrait>(
    conn: &C,
    updates: Vec<team_update::Model>,
) -> Result<Vec<UpdateDetail>, DbErr> {
    let links = update_link::Entity::find()
        .filter(update_link::Column::UpdateId.is_in(updates.iter().map(|u| u.id)))
        .order_by_asc(update_link::Column::Id)
        .all(conn)
        .await?;
    let mut details = Vec::with_capacity(updates.len());
    for update in updates {
        let mut answers = Vec::new();
        let mut priority_ids = Vec::new();
        for link in links.iter().filter(|l| l.update_id == update.id) {
            if let Some(id) = link.priority_id
                && let Some(p) = priority::Entity::find_by_id(id).one(conn).await?
            {
                answers.push(format!("the local priority “{}”", p.issue));
                priority_ids.push(id);
            }
            if let Some(id) = link.vote_id
                && let Some(v) = vote::Entity::find_by_id(id).one(conn).await?
            {
                answers.push(format!("the vote “{}”", v.question));
            }
            if let Some(id) = link.problem_id
                && let Some(p) = problem::Entity::find_by_id(id).one(conn).await?
            {
                answers.push(format!("the problem “{}”", p.title));
            }
            // A concern is named by its kind only: what the resident wrote is theirs.
            if link.concern_id.is_some() {
                answers.push("a concern a resident raised".into());
            }
        }
        details.push(UpdateDetail {
            update,
            answers,
            priority_ids,
        });
    }
    Ok(details)
}

/// How many updates a page of the neighbourhood's list shows.
pub const PER_PAGE: u64 = 5;

/// One page (from 1) of a neighbourhood's updates, newest first, and how many pages there are.
pub async fn page_for_neighbourhood<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    page: u64,
) -> Result<(Vec<UpdateDetail>, u64), DbErr> {
    let query = team_update::Entity::find()
        .filter(team_update::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(team_update::Column::PublishedOn)
        .order_by_desc(team_update::Column::Id);
    let total = query.clone().count(conn).await?;
    let updates = query
        .offset((page.max(1) - 1) * PER_PAGE)
        .limit(PER_PAGE)
        .all(conn)
        .await?;
    Ok((with_answers(conn, updates).await?, total.div_ceil(PER_PAGE)))
}

/// The newest updates of a neighbourhood, for its feed.
pub async fn newest<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    limit: u64,
) -> Result<Vec<UpdateDetail>, DbErr> {
    let updates = team_update::Entity::find()
        .filter(team_update::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(team_update::Column::PublishedOn)
        .order_by_desc(team_update::Column::Id)
        .limit(limit)
        .all(conn)
        .await?;
    with_answers(conn, updates).await
}

/// The updates that answer a priority, newest first.
pub async fn for_priority<C: ConnectionTrait>(
    conn: &C,
    priority_id: i32,
) -> Result<Vec<UpdateDetail>, DbErr> {
    let ids: Vec<i32> = update_link::Entity::find()
        .filter(update_link::Column::PriorityId.eq(priority_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.update_id)
        .collect();
    let updates = team_update::Entity::find()
        .filter(team_update::Column::Id.is_in(ids))
        .order_by_desc(team_update::Column::PublishedOn)
        .order_by_desc(team_update::Column::Id)
        .all(conn)
        .await?;
    with_answers(conn, updates).await
}
