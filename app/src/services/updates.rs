//! "You said, we did": a team publishes what residents said, what it did and what happens next,
//! linked to the concerns, priorities, votes and problems it answers. The residents who raised a
//! linked concern or voted in a linked vote are emailed once (unless they said not to), each
//! email with a one-click unsubscribe. Shown on the neighbourhood page, on each linked
//! priority's page, and in an Atom feed.

use crate::domain::ids::ResidentId;
use crate::domain::update::{Answers, UpdateEntry, WelshUpdate};
use crate::i18n::{Language, staff_words};
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_date};
use crate::services::messages::{self, EmailSite};
use crate::services::outbox;
use crate::services::rate_limit::BucketKeys;
use crate::services::resident_accounts::EmailList;
use crate::services::write::{Database, Write};
use entity::{
    ballot, concern, neighbourhood, priority, problem, resident, team_update, update_link, vote,
};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Expr;
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
    #[serde(skip_serializing_if = "Option::is_none")]
    you_said_cy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    we_did_cy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    next_steps_cy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome_cy: Option<&'a str>,
    date: String,
    answers: Vec<String>,
}

impl<'a> UpdateRecord<'a> {
    /// What an update says, and answers, for the audit trail.
    fn of(update: &'a UpdateEntry, answers: Vec<String>) -> Self {
        Self {
            you_said: &update.you_said,
            we_did: &update.we_did,
            next_steps: &update.next_steps,
            outcome: &update.outcome,
            you_said_cy: update.welsh.you_said.as_deref(),
            we_did_cy: update.welsh.we_did.as_deref(),
            next_steps_cy: update.welsh.next_steps.as_deref(),
            outcome_cy: update.welsh.outcome.as_deref(),
            date: format_date(update.published_on),
            answers,
        }
    }
}

/// One row of `update_link`: the concern, priority, vote or problem it names.
type LinkRow = (Option<i32>, Option<i32>, Option<i32>, Option<i32>);

/// What an update answers, each checked to be the neighbourhood's: the rows of `update_link`,
/// the answers in words for the audit trail, and the residents to tell.
struct Linked {
    links: Vec<LinkRow>,
    answered: Vec<String>,
    residents: BTreeSet<i32>,
}

/// Checks each of `entry`'s answers is the neighbourhood's; or names the first that is not.
async fn resolve_links(
    conn: &Write,
    n: &neighbourhood::Model,
    answers: &[Answers],
) -> Result<Result<Linked, String>, DbErr> {
    let mut links = Vec::with_capacity(answers.len());
    let mut answered = Vec::new();
    let mut residents = BTreeSet::new();
    for answer in answers {
        let link = match answer {
            Answers::Concern { reference } => {
                let Some(found) = concern::Entity::find()
                    .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
                    .filter(concern::Column::NeighbourhoodId.eq(n.id))
                    .one(conn)
                    .await?
                else {
                    return Ok(Err(format!("concern {reference}")));
                };
                residents.extend(found.resident_id);
                answered.push(format!("concern {}", found.reference));
                (Some(found.id), None, None, None)
            }
            Answers::Priority { id } => {
                let Some(found) = priority::Entity::find_by_id(*id)
                    .filter(priority::Column::NeighbourhoodId.eq(n.id))
                    .one(conn)
                    .await?
                else {
                    return Ok(Err("that priority".into()));
                };
                answered.push(format!("priority “{}”", found.issue));
                (None, Some(found.id), None, None)
            }
            Answers::Vote { id } => {
                let Some(found) = vote::Entity::find_by_id(*id)
                    .filter(vote::Column::NeighbourhoodId.eq(n.id))
                    .one(conn)
                    .await?
                else {
                    return Ok(Err("that vote".into()));
                };
                residents.extend(
                    ballot::Entity::find()
                        .filter(ballot::Column::VoteId.eq(found.id))
                        .all(conn)
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
                    .one(conn)
                    .await?
                else {
                    return Ok(Err(format!("problem {reference}")));
                };
                residents.extend(
                    concern::Entity::find()
                        .filter(concern::Column::ProblemId.eq(found.id))
                        .all(conn)
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
    Ok(Ok(Linked {
        links,
        answered,
        residents,
    }))
}

/// Records what update `id` answers.
async fn insert_links(conn: &Write, id: i32, links: Vec<LinkRow>) -> Result<(), DbErr> {
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
    .exec_without_returning(conn)
    .await?;
    Ok(())
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
    let Linked {
        links,
        answered,
        residents,
    } = match resolve_links(&txn, n, &entry.answers).await? {
        Ok(linked) => linked,
        Err(what) => return Ok(Published::NoSuchLink { what }),
    };
    // Publishing an update about a priority is news of it; correcting one later is not.
    for priority_id in links.iter().filter_map(|(_, priority, _, _)| *priority) {
        crate::services::priorities::touch(&txn, priority_id, now).await?;
    }
    let id = team_update::Entity::insert(team_update::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        you_said: Set(entry.you_said.clone()),
        we_did: Set(entry.we_did.clone()),
        next_steps: Set(entry.next_steps.clone()),
        outcome: Set(entry.outcome.clone()),
        you_said_cy: Set(entry.welsh.you_said.clone()),
        we_did_cy: Set(entry.welsh.we_did.clone()),
        next_steps_cy: Set(entry.welsh.next_steps.clone()),
        outcome_cy: Set(entry.welsh.outcome.clone()),
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
    insert_links(&txn, id, links).await?;
    // Each resident once, however many of their concerns and votes it answers.
    let told = resident::Entity::find()
        .filter(resident::Column::Id.is_in(residents))
        .filter(resident::Column::UpdateEmails.eq(true))
        .all(&txn)
        .await?;
    let page = format!(
        "{}{}#updates",
        site.site_url,
        crate::domain::neighbourhood::neighbourhood_path(&n.code)
    );
    for person in &told {
        let language = site.language_of(person);
        let sender = messages::team_sender_in(language, &n.name, &site.force_name);
        let welsh = &entry.welsh;
        let words = |english, welsh: &Option<String>| -> String {
            staff_words(language, english, welsh.as_deref())
                .0
                .to_string()
        };
        let email = messages::update_published(&messages::UpdateLetter {
            language,
            to: &person.email,
            sender: &sender,
            neighbourhood: &n.name,
            you_said: &words(&entry.you_said, &welsh.you_said),
            we_did: &words(&entry.we_did, &welsh.we_did),
            next_steps: &words(&entry.next_steps, &welsh.next_steps),
            outcome: &words(&entry.outcome, &welsh.outcome),
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
        Some(&UpdateRecord::of(entry, answered)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(Published::Published {
        id,
        emailed: told.len(),
    })
}

/// What became of a correction or withdrawal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Changed {
    Changed,
    /// Not the neighbourhood's, or withdrawn already.
    NotFound,
    /// Something it answers is not this neighbourhood's.
    NoSuchLink {
        what: String,
    },
}

/// An update as its team edits it: the update and what it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Editable {
    pub update: team_update::Model,
    pub priority_ids: Vec<i32>,
    pub vote_ids: Vec<i32>,
    pub problem_references: Vec<String>,
    pub concern_references: Vec<String>,
}

impl Editable {
    /// The update as it was last published, in the form a correction takes.
    fn as_entry(&self) -> UpdateEntry {
        let update = &self.update;
        let answers = self
            .priority_ids
            .iter()
            .map(|id| Answers::Priority { id: *id })
            .chain(self.vote_ids.iter().map(|id| Answers::Vote { id: *id }))
            .chain(
                self.problem_references
                    .iter()
                    .map(|reference| Answers::Problem {
                        reference: reference.clone(),
                    }),
            )
            .chain(
                self.concern_references
                    .iter()
                    .map(|reference| Answers::Concern {
                        reference: reference.clone(),
                    }),
            )
            .collect();
        UpdateEntry {
            you_said: update.you_said.clone(),
            we_did: update.we_did.clone(),
            next_steps: update.next_steps.clone(),
            outcome: update.outcome.clone(),
            welsh: WelshUpdate {
                you_said: update.you_said_cy.clone(),
                we_did: update.we_did_cy.clone(),
                next_steps: update.next_steps_cy.clone(),
                outcome: update.outcome_cy.clone(),
            },
            published_on: update.published_on,
            answers,
        }
    }
}

/// One of the neighbourhood's updates, not withdrawn, with what it answers, to edit.
pub async fn editable(
    db: &impl ConnectionTrait,
    neighbourhood_id: i32,
    id: i32,
) -> Result<Option<Editable>, DbErr> {
    let Some(update) = team_update::Entity::find_by_id(id)
        .filter(team_update::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(team_update::Column::WithdrawnAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let links = update_link::Entity::find()
        .filter(update_link::Column::UpdateId.eq(id))
        .order_by_asc(update_link::Column::Id)
        .all(db)
        .await?;
    let problem_ids: Vec<i32> = links.iter().filter_map(|l| l.problem_id).collect();
    let concern_ids: Vec<i32> = links.iter().filter_map(|l| l.concern_id).collect();
    Ok(Some(Editable {
        update,
        priority_ids: links.iter().filter_map(|l| l.priority_id).collect(),
        vote_ids: links.iter().filter_map(|l| l.vote_id).collect(),
        problem_references: problem::Entity::find()
            .filter(problem::Column::Id.is_in(problem_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|p| p.reference)
            .collect(),
        concern_references: concern::Entity::find()
            .filter(concern::Column::Id.is_in(concern_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.reference)
            .collect(),
    }))
}

/// Corrects an update and what it answers, audited with what it said before; shown as
/// "Updated on …". Nobody is emailed again.
pub async fn edit(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    id: i32,
    entry: &UpdateEntry,
) -> Result<Changed, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(before) = editable(&txn, n.id, id)
        .await?
        .map(|found| found.as_entry())
    else {
        return Ok(Changed::NotFound);
    };
    let Linked {
        links, answered, ..
    } = match resolve_links(&txn, n, &entry.answers).await? {
        Ok(linked) => linked,
        Err(what) => return Ok(Changed::NoSuchLink { what }),
    };
    // Described as the correction is, so the audit entry compares like with like.
    let answered_before = resolve_links(&txn, n, &before.answers)
        .await?
        .map(|linked| linked.answered)
        .unwrap_or_default();
    // Only while it is not withdrawn: a withdrawal at the same moment wins.
    let corrected = team_update::Entity::update_many()
        .col_expr(
            team_update::Column::YouSaid,
            Expr::value(entry.you_said.clone()),
        )
        .col_expr(
            team_update::Column::WeDid,
            Expr::value(entry.we_did.clone()),
        )
        .col_expr(
            team_update::Column::NextSteps,
            Expr::value(entry.next_steps.clone()),
        )
        .col_expr(
            team_update::Column::Outcome,
            Expr::value(entry.outcome.clone()),
        )
        .col_expr(
            team_update::Column::YouSaidCy,
            Expr::value(entry.welsh.you_said.clone()),
        )
        .col_expr(
            team_update::Column::WeDidCy,
            Expr::value(entry.welsh.we_did.clone()),
        )
        .col_expr(
            team_update::Column::NextStepsCy,
            Expr::value(entry.welsh.next_steps.clone()),
        )
        .col_expr(
            team_update::Column::OutcomeCy,
            Expr::value(entry.welsh.outcome.clone()),
        )
        .col_expr(
            team_update::Column::PublishedOn,
            Expr::value(entry.published_on),
        )
        .col_expr(team_update::Column::UpdatedAt, Expr::value(now))
        .col_expr(team_update::Column::EditedAt, Expr::value(now))
        .filter(team_update::Column::Id.eq(id))
        .filter(team_update::Column::WithdrawnAt.is_null())
        .exec(&txn)
        .await?;
    if corrected.rows_affected != 1 {
        return Ok(Changed::NotFound);
    }
    update_link::Entity::delete_many()
        .filter(update_link::Column::UpdateId.eq(id))
        .exec(&txn)
        .await?;
    insert_links(&txn, id, links).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::UpdateEdited,
        &format!("in {}", n.name),
        Some(&UpdateRecord::of(&before, answered_before)),
        Some(&UpdateRecord::of(entry, answered)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(Changed::Changed)
}

/// Withdraws an update: it leaves the public pages and feeds, and is kept, with the audit
/// entry, for the record.
pub async fn withdraw(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    id: i32,
) -> Result<Changed, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(update) = team_update::Entity::find_by_id(id)
        .filter(team_update::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(Changed::NotFound);
    };
    let withdrawn = team_update::Entity::update_many()
        .col_expr(team_update::Column::WithdrawnAt, Expr::value(now))
        .col_expr(team_update::Column::UpdatedAt, Expr::value(now))
        .filter(team_update::Column::Id.eq(id))
        .filter(team_update::Column::WithdrawnAt.is_null())
        .exec(&txn)
        .await?;
    if withdrawn.rows_affected != 1 {
        return Ok(Changed::NotFound);
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::UpdateWithdrawn,
        &format!("in {} of {}", n.name, format_date(update.published_on)),
        None::<&UpdateRecord>,
        None::<&UpdateRecord>,
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(Changed::Changed)
}

/// Something an update answers, as the public may read of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    /// A local priority: its issue, and the issue in Welsh if the team gave it.
    Priority {
        issue: String,
        issue_cy: Option<String>,
    },
    Vote {
        question: String,
        question_cy: Option<String>,
    },
    Problem {
        title: String,
        title_cy: Option<String>,
    },
    /// A concern is named by its kind only: what the resident wrote is theirs.
    Concern,
}

impl Answered {
    /// The message that names it in `language`, and what the team wrote to put in it (with
    /// whether that is the English).
    pub fn message(&self, language: Language) -> (&'static str, Option<(&str, bool)>) {
        match self {
            Answered::Priority { issue, issue_cy } => (
                "updates-answers-priority",
                Some(staff_words(language, issue, issue_cy.as_deref())),
            ),
            Answered::Vote {
                question,
                question_cy,
            } => (
                "updates-answers-vote",
                Some(staff_words(language, question, question_cy.as_deref())),
            ),
            Answered::Problem { title, title_cy } => (
                "updates-answers-problem",
                Some(staff_words(language, title, title_cy.as_deref())),
            ),
            Answered::Concern => ("updates-answers-concern", None),
        }
    }

    /// In words, in `language`: "the local priority “Speeding on Court Oak Road”".
    pub fn words(&self, language: Language) -> String {
        match self.message(language) {
            (id, Some((name, _))) => crate::t_in!(language, id, name = name),
            (id, None) => language.text(id),
        }
    }
}

/// An update with what it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpdateDetail {
    pub update: team_update::Model,
    /// What it answers, in the order the team linked them.
    pub answers: Vec<Answered>,
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
                answers.push(Answered::Priority {
                    issue: p.issue,
                    issue_cy: p.issue_cy,
                });
                priority_ids.push(id);
            }
            if let Some(id) = link.vote_id
                && let Some(v) = vote::Entity::find_by_id(id).one(conn).await?
            {
                answers.push(Answered::Vote {
                    question: v.question,
                    question_cy: v.question_cy,
                });
            }
            if let Some(id) = link.problem_id
                && let Some(p) = problem::Entity::find_by_id(id).one(conn).await?
            {
                answers.push(Answered::Problem {
                    title: p.title,
                    title_cy: p.title_cy,
                });
            }
            if link.concern_id.is_some() {
                answers.push(Answered::Concern);
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
        .filter(team_update::Column::WithdrawnAt.is_null())
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
        .filter(team_update::Column::WithdrawnAt.is_null())
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
        .filter(team_update::Column::WithdrawnAt.is_null())
        .order_by_desc(team_update::Column::PublishedOn)
        .order_by_desc(team_update::Column::Id)
        .all(conn)
        .await?;
    with_answers(conn, updates).await
}
