//! Concerns: a resident raises one with their neighbourhood team, the team replies (within the
//! 72 hours the Neighbourhood Policing Guarantee promises), changes its status, writes notes and
//! groups concerns into SARA problems (see `problems`). Every change is a `concern_event` in the
//! concern's timeline, written in one transaction with the email it causes and, for a status
//! change, the audit entry.

use crate::domain::concern::StatusChange;
use crate::domain::concern::{
    ConcernEntry, REPLY_WITHIN_SECONDS, can_reopen, close_reason_words, close_reason_words_in,
    status_words, status_words_in,
};
use crate::domain::geometry::Position;
use crate::domain::ids::ResidentId;
use crate::domain::reference::new_reference;
use crate::policy::{Administration, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::gazetteer::Gazetteer;
use crate::services::messages::{self, ConcernLetter, EmailSite, team_sender_in};
use crate::services::outbox;
use crate::services::rate_limit::{self, BucketKeys, Limit, Taken};
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::write::{Database, Write};
use entity::concern::{self, CloseReason, ConcernStatus, Improved, SummaryStatus};
use entity::concern_event::{self, EventKind};
use entity::concern_referral::{self, ContactConsent};
use entity::{concern_category, neighbourhood, problem, resident, staff_account};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder, SqlErr,
};
use serde::Serialize;
use std::collections::HashMap;

/// The categories offered to residents, in order (and the retired ones too, for staff).
pub async fn categories<C: ConnectionTrait>(
    conn: &C,
    with_retired: bool,
) -> Result<Vec<concern_category::Model>, DbErr> {
    let mut query = concern_category::Entity::find();
    if !with_retired {
        query = query.filter(concern_category::Column::Retired.eq(false));
    }
    query
        .order_by_asc(concern_category::Column::Position)
        .order_by_asc(concern_category::Column::Id)
        .all(conn)
        .await
}

/// The concern's page in its resident's account.
pub fn concern_path(reference: &str) -> String {
    format!("/account/concerns/{reference}")
}

/// The concern's page for its team.
pub fn team_concern_path(code: &str, reference: &str) -> String {
    format!("/staff/neighbourhoods/{code}/concerns/{reference}")
}

/// Where a concern is, checked against the gazetteer: the neighbourhood a postcode or pin lies
/// in must be the one it is raised with.
#[derive(Clone, Debug, PartialEq)]
pub enum Placed {
    /// In the neighbourhood, at this position if one is known.
    Here(Option<Position>),
    /// The postcode or pin lies in another neighbourhood, whose team should hear of it.
    Elsewhere { code: String, name: String },
    /// The postcode or pin lies in no neighbourhood the portal knows.
    Outside,
    /// A postcode the portal does not know.
    UnknownPostcode,
}

pub fn place(gazetteer: &Gazetteer, n: &neighbourhood::Model, entry: &ConcernEntry) -> Placed {
    let position = if let Some(pin) = entry.pin {
        Some(pin)
    } else if let Some(postcode) = &entry.postcode {
        match gazetteer.postcodes.get(postcode) {
            Some(found) if !found.terminated => Some(Position {
                latitude: found.latitude,
                longitude: found.longitude,
            }),
            _ => return Placed::UnknownPostcode,
        }
    } else {
        return Placed::Here(None);
    };
    let Some(at) = position else {
        return Placed::Here(None);
    };
    match gazetteer
        .neighbourhoods
        .locate(at)
        .and_then(|i| gazetteer.neighbourhoods.at(i))
    {
        Some(found) if found.id == n.id => Placed::Here(Some(at)),
        Some(found) => Placed::Elsewhere {
            code: found.code.clone(),
            name: found.name.clone(),
        },
        // A neighbourhood without a boundary yet cannot be checked: take the resident's word.
        None if gazetteer.neighbourhoods.covers_every_neighbourhood() => Placed::Outside,
        None => Placed::Here(Some(at)),
    }
}

/// A concern to be raised by a signed-in resident.
pub struct RaiseRequest<'a> {
    pub neighbourhood: &'a neighbourhood::Model,
    pub resident_id: ResidentId,
    pub entry: &'a ConcernEntry,
    pub position: Option<Position>,
    /// Chosen at the check-your-answers step: sending it twice finds the first concern.
    pub idempotency_key: &'a str,
    /// The community group it is put forward for, if any.
    pub group: Option<OnBehalf>,
}

/// A concern put forward for a community group by one of its organisers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnBehalf {
    pub id: i32,
    /// Proposed as an option for the next priority vote.
    pub propose_for_vote: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raised {
    Raised {
        reference: String,
    },
    /// The resident has raised as many as a day allows.
    TooMany {
        minutes: i64,
    },
}

/// Raises a concern and emails its acknowledgement, in one transaction, unless the resident
/// has raised `limit` already.
pub async fn raise(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    limit: Limit,
    request: RaiseRequest<'_>,
) -> Result<Raised, DbErr> {
    if let Some(earlier) = by_idempotency_key(db, request.idempotency_key).await? {
        return Ok(Raised::Raised {
            reference: earlier.reference,
        });
    }
    let bucket = keys.bucket("concern-resident", &request.resident_id.to_string());
    if let Taken::Refused { minutes } = rate_limit::take(db, clock, &bucket, limit).await? {
        return Ok(Raised::TooMany { minutes });
    }
    let now = clock.now();
    let txn = db.write().await?;
    let Some(resident) = resident::Entity::find_by_id(request.resident_id)
        .one(&txn)
        .await?
    else {
        return Err(DbErr::RecordNotFound(
            "the resident raising a concern".into(),
        ));
    };
    let entry = request.entry;
    let reference = new_reference("NC");
    let inserted = concern::Entity::insert(concern::ActiveModel {
        id: NotSet,
        reference: Set(reference.clone()),
        neighbourhood_id: Set(request.neighbourhood.id),
        resident_id: Set(Some(resident.id)),
        category_id: Set(entry.category_id),
        location: Set(entry.location.clone()),
        latitude: Set(request.position.map(|p| p.latitude)),
        longitude: Set(request.position.map(|p| p.longitude)),
        description: Set(entry.description.clone()),
        when_happens: Set(entry.when_happens.clone()),
        summary_status: Set(if entry.public_summary {
            SummaryStatus::Pending
        } else {
            SummaryStatus::None
        }),
        public_summary: Set(None),
        moderated_by: Set(None),
        moderated_at: Set(None),
        status: Set(ConcernStatus::Received),
        partner: Set(None),
        close_reason: Set(None),
        duplicate_of: Set(None),
        problem_id: Set(None),
        created_at: Set(now),
        due_at: Set(now + REPLY_WITHIN_SECONDS),
        first_reply_at: Set(None),
        team_told_at: Set(None),
        closed_at: Set(None),
        improved: Set(None),
        improved_at: Set(None),
        updated_at: Set(now),
        idempotency_key: Set(Some(request.idempotency_key.to_string())),
        group_id: Set(request.group.map(|g| g.id)),
        proposed_for_vote: Set(request.group.is_some_and(|g| g.propose_for_vote)),
    })
    .exec_without_returning(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            // The same confirmation sent twice at once: the other one raised it.
            txn.rollback().await?;
            return match by_idempotency_key(db, request.idempotency_key).await? {
                Some(earlier) => Ok(Raised::Raised {
                    reference: earlier.reference,
                }),
                None => Err(error),
            };
        }
        Err(error) => return Err(error),
    }
    let link = format!("{}{}", site.site_url, concern_path(&reference));
    let language = site.language_of(&resident);
    let sender = team_sender_in(language, &request.neighbourhood.name, &site.force_name);
    outbox::enqueue(
        &txn,
        clock,
        messages::concern_acknowledged(
            &ConcernLetter {
                language,
                to: &resident.email,
                reference: &reference,
                sender: &sender,
                link: &link,
            },
            now + REPLY_WITHIN_SECONDS,
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Raised::Raised { reference })
}

async fn by_idempotency_key<C: ConnectionTrait>(
    conn: &C,
    key: &str,
) -> Result<Option<concern::Model>, DbErr> {
    concern::Entity::find()
        .filter(concern::Column::IdempotencyKey.eq(key))
        .one(conn)
        .await
}

/// One entry of a concern's timeline, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    pub at: i64,
    pub kind: EventKind,
    /// Who wrote it or made the change: a member of staff's name, "You", "The resident", the
    /// partner organisation that replied.
    pub who: String,
    pub text: String,
}

/// A partner organisation the concern was passed to, and what the resident said it may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PassedTo {
    #[serde(skip)]
    pub organisation_id: i32,
    pub organisation: String,
    pub passed_at: i64,
    /// Whether it sees the resident's name and email address: only once they agree.
    pub contact_details: ContactConsent,
}

/// A concern with everything its pages show.
#[derive(Clone, Debug, PartialEq)]
pub struct ConcernDetail {
    pub concern: concern::Model,
    pub category: String,
    pub neighbourhood: neighbourhood::Model,
    pub problem: Option<problem::Model>,
    /// The community group it was put forward for.
    pub group: Option<entity::community_group::Model>,
    /// Oldest first; notes only for staff.
    pub timeline: Vec<TimelineEntry>,
    /// The partner organisations it was passed to, in the order it was.
    pub passed_to: Vec<PassedTo>,
}

/// Which of a concern's events a reader sees, and how the resident is named.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reader {
    Resident,
    Staff,
    /// Someone working for a partner organisation the concern was passed to.
    Partner,
}

pub(crate) async fn detail<C: ConnectionTrait>(
    conn: &C,
    found: concern::Model,
    reader: Reader,
) -> Result<Option<ConcernDetail>, DbErr> {
    let Some(neighbourhood) = neighbourhood::Entity::find_by_id(found.neighbourhood_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let category = concern_category::Entity::find_by_id(found.category_id)
        .one(conn)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let problem = match found.problem_id {
        Some(id) => problem::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let group = match found.group_id {
        Some(id) => {
            entity::community_group::Entity::find_by_id(id)
                .one(conn)
                .await?
        }
        None => None,
    };
    let events = concern_event::Entity::find()
        .filter(concern_event::Column::ConcernId.eq(found.id))
        .order_by_asc(concern_event::Column::At)
        .order_by_asc(concern_event::Column::Id)
        .all(conn)
        .await?;
    let staff: HashMap<i32, String> = staff_account::Entity::find()
        .filter(staff_account::Column::Id.is_in(events.iter().filter_map(|e| e.staff_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let referrals = concern_referral::Entity::find()
        .filter(concern_referral::Column::ConcernId.eq(found.id))
        .order_by_asc(concern_referral::Column::ReferredAt)
        .order_by_asc(concern_referral::Column::Id)
        .all(conn)
        .await?;
    let organisations = crate::services::partners::organisation_names(
        conn,
        events
            .iter()
            .filter_map(|e| e.partner_organisation_id)
            .chain(referrals.iter().map(|r| r.organisation_id)),
    )
    .await?;
    let timeline = events
        .into_iter()
        .filter(|e| reader == Reader::Staff || e.kind != EventKind::Note)
        .map(|e| {
            let person = || e.staff_id.and_then(|id| staff.get(&id).cloned());
            let team_member = || match reader {
                Reader::Staff => person().unwrap_or_else(|| "The team".into()),
                // Residents hear from the team, not from named individuals' accounts.
                Reader::Resident => "The team".into(),
                Reader::Partner => format!("The {} team", neighbourhood.name),
            };
            let resident = || match reader {
                Reader::Staff | Reader::Partner => "The resident".to_string(),
                Reader::Resident => "You".to_string(),
            };
            let organisation = || {
                let name = e
                    .partner_organisation_id
                    .and_then(|id| organisations.get(&id).cloned())
                    .unwrap_or_else(|| "A partner".into());
                match (reader, person()) {
                    (Reader::Staff, Some(person)) => format!("{person} ({name})"),
                    _ => name,
                }
            };
            let (who, text) = match e.kind {
                EventKind::TeamReply | EventKind::Note => (team_member(), e.body),
                EventKind::PartnerReply => (organisation(), e.body),
                EventKind::ResidentReply => (resident(), e.body),
                EventKind::Reopened => (resident(), reopened_text(&e.body)),
                EventKind::StatusChanged => (team_member(), status_text(e.status, &e.body)),
            };
            TimelineEntry {
                at: e.at,
                kind: e.kind,
                who,
                text,
            }
        })
        .collect();
    let passed_to = referrals
        .into_iter()
        .map(|r| PassedTo {
            organisation: organisations
                .get(&r.organisation_id)
                .cloned()
                .unwrap_or_default(),
            organisation_id: r.organisation_id,
            passed_at: r.referred_at,
            contact_details: r.contact_consent,
        })
        .collect();
    Ok(Some(ConcernDetail {
        concern: found,
        category,
        neighbourhood,
        problem,
        group,
        timeline,
        passed_to,
    }))
}

fn reopened_text(why: &str) -> String {
    if why.is_empty() {
        "Reopened the concern".into()
    } else {
        format!("Reopened the concern: {why}")
    }
}

/// A status change as the timeline reads it.
fn status_text(status: Option<ConcernStatus>, detail: &str) -> String {
    let Some(status) = status else {
        return detail.to_string();
    };
    let words = status_words(status);
    if detail.is_empty() {
        words.to_string()
    } else {
        format!("{words}: {detail}")
    }
}

/// The resident's own concern, by its reference.
pub async fn resident_concern(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    reference: &str,
) -> Result<Option<ConcernDetail>, DbErr> {
    let Some(found) = concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(concern::Column::ResidentId.eq(resident_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    detail(db, found, Reader::Resident).await
}

/// One of a resident's concerns, as their account lists it (and the data download holds it).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResidentConcern {
    pub reference: String,
    pub neighbourhood: String,
    pub category: String,
    pub location: String,
    pub description: String,
    pub when_happens: String,
    pub status: ConcernStatus,
    pub public_summary_agreed: bool,
    pub created_at: i64,
    pub updated_at: i64,
    pub improved: Option<Improved>,
    pub timeline: Vec<TimelineEntry>,
    /// The partner organisations it was passed to, with the resident's answer for each.
    pub passed_to: Vec<PassedTo>,
}

/// Every concern a resident raised, newest first, with their timelines.
pub async fn for_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<ResidentConcern>, DbErr> {
    let found = concern::Entity::find()
        .filter(concern::Column::ResidentId.eq(resident_id))
        .order_by_desc(concern::Column::CreatedAt)
        .all(db)
        .await?;
    let mut concerns = Vec::with_capacity(found.len());
    for c in found {
        let Some(d) = detail(db, c, Reader::Resident).await? else {
            continue;
        };
        concerns.push(ResidentConcern {
            reference: d.concern.reference,
            neighbourhood: d.neighbourhood.name,
            category: d.category,
            location: d.concern.location,
            description: d.concern.description,
            when_happens: d.concern.when_happens,
            status: d.concern.status,
            public_summary_agreed: d.concern.summary_status != SummaryStatus::None,
            created_at: d.concern.created_at,
            updated_at: d.concern.updated_at,
            improved: d.concern.improved,
            timeline: d.timeline,
            passed_to: d.passed_to,
        });
    }
    Ok(concerns)
}

/// What came of something a resident did to their concern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResidentAction {
    Done,
    /// Not theirs, or not in a state that allows it (closed, already answered, too late).
    NotAllowed,
}

/// The concern with this reference, if the resident may act on it (`policy::concern::act_on`).
pub(crate) async fn own_concern<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
    reference: &str,
) -> Result<Option<concern::Model>, DbErr> {
    // Only their own are read: whether someone else's exists is not theirs to learn.
    let Some(found) = concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(concern::Column::ResidentId.eq(resident_id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let membership = match found.group_id {
        Some(group_id) => crate::services::groups::membership(conn, group_id, resident_id).await?,
        None => None,
    };
    let allowed = crate::policy::concern::act_on(resident_id, &found, membership.as_ref());
    Ok(allowed.then_some(found))
}

/// How long a notice to the team waits, gathering whatever else the resident writes meanwhile,
/// so a flood of replies sends the team's inbox one email.
pub const GATHER_SECONDS: i64 = 15 * 60;

/// How many replies a resident may send on one concern in a day.
pub const REPLIES_PER_DAY: Limit = Limit {
    attempts: 10,
    window_seconds: 24 * 3600,
};

/// Tells the team's address (if it has one) that the resident wrote or reopened it: one email,
/// sent a quarter of an hour later, for everything written meanwhile. Whichever of several
/// replies at once marks the concern first queues it; the others are in it.
async fn tell_team(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    found: &concern::Model,
    reopened: bool,
) -> Result<(), DbErr> {
    let now = clock.now();
    // A reopening is always told (and gathers what follows it); a reply only when no notice
    // is gathering already.
    let mut first_since_last_notice = concern::Entity::update_many()
        .col_expr(concern::Column::TeamToldAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id));
    if !reopened {
        first_since_last_notice = first_since_last_notice.filter(
            Condition::any()
                .add(concern::Column::TeamToldAt.is_null())
                .add(concern::Column::TeamToldAt.lte(now - GATHER_SECONDS)),
        );
    }
    if first_since_last_notice.exec(conn).await?.rows_affected == 0 {
        return Ok(());
    }
    let Some(n) = neighbourhood::Entity::find_by_id(found.neighbourhood_id)
        .one(conn)
        .await?
    else {
        return Ok(());
    };
    let Some(team_address) = &n.contact_email else {
        return Ok(());
    };
    let link = format!(
        "{}{}",
        site.site_url,
        team_concern_path(&n.code, &found.reference)
    );
    outbox::enqueue(
        conn,
        clock,
        messages::concern_resident_wrote(
            team_address,
            &found.reference,
            &site.force_name,
            &link,
            reopened,
        )
        .not_before(now + GATHER_SECONDS),
    )
    .await
}

/// What became of a resident's reply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replied {
    Sent,
    /// Not theirs, or closed.
    NotAllowed,
    /// They have sent `REPLIES_PER_DAY` on this concern; the next may go in this many minutes.
    TryLater {
        minutes: i64,
    },
}

/// The resident writes back to the team (while the concern is open), up to `REPLIES_PER_DAY`
/// times a day.
pub async fn resident_reply(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    resident_id: ResidentId,
    reference: &str,
    text: &str,
) -> Result<Replied, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = own_concern(&txn, resident_id, reference).await? else {
        return Ok(Replied::NotAllowed);
    };
    if !touch_if_open(&txn, found.id, now).await? {
        return Ok(Replied::NotAllowed);
    }
    let bucket = format!("concern-reply:{}:{}", found.id, resident_id.get());
    if let Taken::Refused { minutes } =
        rate_limit::take(&txn, clock, &bucket, REPLIES_PER_DAY).await?
    {
        // Not counted: the refusal changes nothing.
        txn.rollback().await?;
        return Ok(Replied::TryLater { minutes });
    }
    add_event(
        &txn,
        found.id,
        now,
        EventKind::ResidentReply,
        None,
        text,
        None,
    )
    .await?;
    tell_team(&txn, clock, site, &found, false).await?;
    txn.commit().await?;
    Ok(Replied::Sent)
}

/// The resident's answer to "has it improved?", once, after the concern is closed, by whoever
/// may act on it (for a group's concern, while they organise the group).
pub async fn answer_improved(
    db: &Database,
    clock: &Clock,
    resident_id: ResidentId,
    reference: &str,
    answer: Improved,
) -> Result<ResidentAction, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = own_concern(&txn, resident_id, reference).await? else {
        return Ok(ResidentAction::NotAllowed);
    };
    let answered = concern::Entity::update_many()
        .col_expr(concern::Column::Improved, Expr::value(answer))
        .col_expr(concern::Column::ImprovedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::Status.eq(ConcernStatus::Closed))
        .filter(concern::Column::Improved.is_null())
        .exec(&txn)
        .await?;
    if answered.rows_affected != 1 {
        return Ok(ResidentAction::NotAllowed);
    }
    // "Has it improved?" is counted on "How we're doing".
    txn.public_count_changed();
    txn.commit().await?;
    Ok(ResidentAction::Done)
}

/// The resident reopens their closed concern, within 28 days of its closing. The 72-hour
/// clock does not restart: its first reply was given.
pub async fn reopen(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    resident_id: ResidentId,
    reference: &str,
    why: &str,
) -> Result<ResidentAction, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = own_concern(&txn, resident_id, reference).await? else {
        return Ok(ResidentAction::NotAllowed);
    };
    if !can_reopen(found.closed_at, now) {
        return Ok(ResidentAction::NotAllowed);
    }
    let reopened = concern::Entity::update_many()
        .col_expr(
            concern::Column::Status,
            Expr::value(ConcernStatus::UnderReview),
        )
        .col_expr(concern::Column::ClosedAt, Expr::value(Option::<i64>::None))
        .col_expr(
            concern::Column::CloseReason,
            Expr::value(Option::<CloseReason>::None),
        )
        .col_expr(
            concern::Column::Improved,
            Expr::value(Option::<Improved>::None),
        )
        .col_expr(
            concern::Column::ImprovedAt,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(concern::Column::UpdatedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::Status.eq(ConcernStatus::Closed))
        .exec(&txn)
        .await?;
    if reopened.rows_affected != 1 {
        return Ok(ResidentAction::NotAllowed);
    }
    add_event(
        &txn,
        found.id,
        now,
        EventKind::Reopened,
        None,
        why,
        Some(ConcernStatus::UnderReview),
    )
    .await?;
    tell_team(&txn, clock, site, &found, true).await?;
    shown_publicly(&txn, &found, false).await?;
    txn.commit().await?;
    Ok(ResidentAction::Done)
}

/// Marks an open concern as changed now; false if it is closed (nothing is written to it then).
pub(crate) async fn touch_if_open<C: ConnectionTrait>(
    conn: &C,
    id: i32,
    now: i64,
) -> Result<bool, DbErr> {
    let touched = concern::Entity::update_many()
        .col_expr(concern::Column::UpdatedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(id))
        .filter(concern::Column::Status.ne(ConcernStatus::Closed))
        .exec(conn)
        .await?;
    Ok(touched.rows_affected == 1)
}

/// A change to `found`'s status or answers, as public pages see it. Closing or reopening it
/// changes the figures every instance shows, and a moderated summary shows its status: then the
/// pages change (a revision, which every instance notices); otherwise only the counts behind
/// "How we're doing" do, which the other instances show within a minute.
pub(crate) async fn shown_publicly(
    txn: &Write,
    found: &concern::Model,
    closing: bool,
) -> Result<(), DbErr> {
    if closing
        || found.status == ConcernStatus::Closed
        || found.summary_status == SummaryStatus::Approved
    {
        txn.public_page_changed().await
    } else {
        txn.public_count_changed();
        Ok(())
    }
}

pub(crate) async fn add_event<C: ConnectionTrait>(
    conn: &C,
    concern_id: i32,
    at: i64,
    kind: EventKind,
    staff_id: Option<i32>,
    body: &str,
    status: Option<ConcernStatus>,
) -> Result<(), DbErr> {
    let event = new_event(concern_id, at, kind, staff_id, body, status);
    concern_event::Entity::insert(event)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// A reply to the resident from someone working for a partner organisation, credited to it.
pub(crate) async fn add_partner_reply<C: ConnectionTrait>(
    conn: &C,
    concern_id: i32,
    at: i64,
    staff_id: i32,
    organisation_id: i32,
    body: &str,
) -> Result<(), DbErr> {
    let mut event = new_event(
        concern_id,
        at,
        EventKind::PartnerReply,
        Some(staff_id),
        body,
        None,
    );
    event.partner_organisation_id = Set(Some(organisation_id));
    concern_event::Entity::insert(event)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

fn new_event(
    concern_id: i32,
    at: i64,
    kind: EventKind,
    staff_id: Option<i32>,
    body: &str,
    status: Option<ConcernStatus>,
) -> concern_event::ActiveModel {
    concern_event::ActiveModel {
        id: NotSet,
        concern_id: Set(concern_id),
        at: Set(at),
        kind: Set(kind),
        staff_id: Set(staff_id),
        body: Set(body.to_string()),
        status: Set(status),
        partner_organisation_id: Set(None),
    }
}

/// The order of a team's queue.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QueueOrder {
    /// Those waiting longest for a first reply at the top, then the rest, oldest first.
    #[default]
    OverdueFirst,
    Newest,
    Oldest,
}

/// A concern in a team's queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueItem {
    pub reference: String,
    pub neighbourhood_code: String,
    pub neighbourhood: String,
    pub category: String,
    pub location: String,
    pub status: ConcernStatus,
    pub created_at: i64,
    pub due_at: i64,
    pub first_reply_at: Option<i64>,
}

/// The concerns still open in these neighbourhoods (and, with `closed`, those closed too).
pub async fn queue(
    db: &DatabaseConnection,
    neighbourhood_ids: &[i32],
    order: QueueOrder,
    closed: bool,
) -> Result<Vec<QueueItem>, DbErr> {
    let mut query = concern::Entity::find()
        .filter(concern::Column::NeighbourhoodId.is_in(neighbourhood_ids.iter().copied()));
    if !closed {
        query = query.filter(concern::Column::Status.ne(ConcernStatus::Closed));
    }
    query = match order {
        QueueOrder::Newest => query.order_by_desc(concern::Column::CreatedAt),
        QueueOrder::Oldest | QueueOrder::OverdueFirst => {
            query.order_by_asc(concern::Column::CreatedAt)
        }
    };
    let found = query.order_by_asc(concern::Column::Id).all(db).await?;
    let neighbourhoods: HashMap<i32, neighbourhood::Model> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(neighbourhood_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let categories: HashMap<i32, String> = categories(db, true)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut items: Vec<QueueItem> = found
        .into_iter()
        .map(|c| {
            let n = neighbourhoods.get(&c.neighbourhood_id);
            QueueItem {
                reference: c.reference,
                neighbourhood_code: n.map(|n| n.code.clone()).unwrap_or_default(),
                neighbourhood: n.map(|n| n.name.clone()).unwrap_or_default(),
                category: categories.get(&c.category_id).cloned().unwrap_or_default(),
                location: c.location,
                status: c.status,
                created_at: c.created_at,
                due_at: c.due_at,
                first_reply_at: c.first_reply_at,
            }
        })
        .collect();
    if order == QueueOrder::OverdueFirst {
        // Unanswered ones by their due time (the most overdue first), then the answered.
        items.sort_by_key(|item| (item.first_reply_at.is_some(), item.due_at));
    }
    Ok(items)
}

/// A concern as its team sees it: everything, with the resident's contact details.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamConcern {
    pub detail: ConcernDetail,
    pub resident_name: Option<String>,
    pub resident_email: Option<String>,
}

/// One of `n`'s concerns, by its reference.
pub async fn team_concern<C: ConnectionTrait>(
    conn: &C,
    n: &neighbourhood::Model,
    reference: &str,
) -> Result<Option<TeamConcern>, DbErr> {
    let Some(found) = concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(concern::Column::NeighbourhoodId.eq(n.id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let resident = match found.resident_id {
        Some(id) => resident::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let Some(detail) = detail(conn, found, Reader::Staff).await? else {
        return Ok(None);
    };
    Ok(Some(TeamConcern {
        detail,
        resident_name: resident.as_ref().and_then(|r| r.display_name.clone()),
        resident_email: resident.map(|r| r.email),
    }))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamAction {
    Done,
    NoSuchConcern,
    /// The change is not possible in its present state (replying to a closed concern).
    NotNow,
}

/// Emails the resident (if they still have an account), inside the caller's transaction; for
/// a concern a group put forward, its organisers.
pub(crate) async fn write_to_resident(
    conn: &Write,
    clock: &Clock,
    site: &EmailSite,
    n: &neighbourhood::Model,
    found: &concern::Model,
    email: impl Fn(&ConcernLetter<'_>) -> outbox::OutgoingEmail,
) -> Result<(), DbErr> {
    if let Some(group_id) = found.group_id
        && let Some(group) = entity::community_group::Entity::find_by_id(group_id)
            .one(conn)
            .await?
    {
        let link = format!(
            "{}{}",
            site.site_url,
            crate::domain::group::dashboard_path(&group.reference)
        );
        for (address, language) in
            crate::services::groups::organiser_addresses(conn, site, group_id).await?
        {
            let sender = team_sender_in(language, &n.name, &site.force_name);
            let letter = ConcernLetter {
                language,
                to: &address,
                reference: &found.reference,
                sender: &sender,
                link: &link,
            };
            outbox::enqueue(conn, clock, email(&letter)).await?;
        }
        return Ok(());
    }
    let Some(resident_id) = found.resident_id else {
        return Ok(());
    };
    let Some(resident) = resident::Entity::find_by_id(resident_id).one(conn).await? else {
        return Ok(());
    };
    let link = format!("{}{}", site.site_url, concern_path(&found.reference));
    let language = site.language_of(&resident);
    let sender = team_sender_in(language, &n.name, &site.force_name);
    let letter = ConcernLetter {
        language,
        to: &resident.email,
        reference: &found.reference,
        sender: &sender,
        link: &link,
    };
    outbox::enqueue(conn, clock, email(&letter)).await
}

/// The team writes to the resident. The first reply stops the 72-hour clock and, while the
/// concern was only received, marks it replied.
pub async fn team_reply(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    text: &str,
) -> Result<TeamAction, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = team_concern_row(&txn, n, reference).await? else {
        return Ok(TeamAction::NoSuchConcern);
    };
    if !touch_if_open(&txn, found.id, now).await? {
        return Ok(TeamAction::NotNow);
    }
    // Only the first reply sets the time, however many are sent at once.
    concern::Entity::update_many()
        .col_expr(concern::Column::FirstReplyAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::FirstReplyAt.is_null())
        .exec(&txn)
        .await?;
    concern::Entity::update_many()
        .col_expr(concern::Column::Status, Expr::value(ConcernStatus::Replied))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::Status.eq(ConcernStatus::Received))
        .exec(&txn)
        .await?;
    add_event(
        &txn,
        found.id,
        now,
        EventKind::TeamReply,
        Some(member.id),
        text,
        None,
    )
    .await?;
    write_to_resident(&txn, clock, site, n, &found, |letter| {
        messages::concern_reply(letter, text)
    })
    .await?;
    shown_publicly(&txn, &found, false).await?;
    txn.commit().await?;
    Ok(TeamAction::Done)
}

/// A note for staff only: it does not stop the 72-hour clock.
pub async fn add_note(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    text: &str,
) -> Result<TeamAction, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = team_concern_row(&txn, n, reference).await? else {
        return Ok(TeamAction::NoSuchConcern);
    };
    add_event(
        &txn,
        found.id,
        now,
        EventKind::Note,
        Some(member.id),
        text,
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(TeamAction::Done)
}

pub(crate) async fn team_concern_row<C: ConnectionTrait>(
    conn: &C,
    n: &neighbourhood::Model,
    reference: &str,
) -> Result<Option<concern::Model>, DbErr> {
    concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(concern::Column::NeighbourhoodId.eq(n.id))
        .one(conn)
        .await
}

#[derive(Serialize)]
struct StatusRecord<'a> {
    status: &'a str,
    partner: Option<&'a str>,
    close_reason: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusChanged {
    Changed,
    NoSuchConcern,
    /// It already has that status.
    Unchanged,
    /// The concern named as the one it duplicates is not one of this neighbourhood's.
    NoSuchDuplicate,
}

/// Changes a concern's status, audited, with the resident emailed the new status in plain
/// words.
pub async fn change_status(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    change: &StatusChange,
) -> Result<StatusChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    use crate::domain::concern::status_label;
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = team_concern_row(&txn, n, reference).await? else {
        return Ok(StatusChanged::NoSuchConcern);
    };
    let duplicate_of = match change {
        StatusChange::Closed {
            duplicate_of: Some(other),
            ..
        } => match team_concern_row(&txn, n, other).await? {
            Some(other) if other.id != found.id => Some(other),
            _ => return Ok(StatusChanged::NoSuchDuplicate),
        },
        _ => None,
    };
    let (status, partner, reason, detail) = match change {
        StatusChange::UnderReview => (ConcernStatus::UnderReview, None, None, String::new()),
        StatusChange::PassedToPartner { partner } => (
            ConcernStatus::PassedToPartner,
            Some(partner.clone()),
            None,
            partner.clone(),
        ),
        StatusChange::Closed { reason, .. } => {
            let words = match &duplicate_of {
                Some(other) => format!("{}, {}", close_reason_words(*reason), other.reference),
                None => close_reason_words(*reason).to_string(),
            };
            (ConcernStatus::Closed, None, Some(*reason), words)
        }
    };
    let mut update = concern::Entity::update_many()
        .col_expr(concern::Column::Status, Expr::value(status))
        .col_expr(concern::Column::Partner, Expr::value(partner.clone()))
        .col_expr(concern::Column::CloseReason, Expr::value(reason))
        .col_expr(
            concern::Column::DuplicateOf,
            Expr::value(duplicate_of.as_ref().map(|d| d.id)),
        )
        .col_expr(concern::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            concern::Column::ClosedAt,
            Expr::value((status == ConcernStatus::Closed).then_some(now)),
        )
        .filter(concern::Column::Id.eq(found.id));
    // The same status again changes nothing (a partner's name may be corrected).
    if !matches!(change, StatusChange::PassedToPartner { .. }) {
        update = update.filter(concern::Column::Status.ne(status));
    }
    if update.exec(&txn).await?.rows_affected != 1 {
        return Ok(StatusChanged::Unchanged);
    }
    add_event(
        &txn,
        found.id,
        now,
        EventKind::StatusChanged,
        Some(member.id),
        &detail,
        Some(status),
    )
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::ConcernStatusChanged,
        &format!("concern {} in {}", found.reference, n.name),
        Some(&StatusRecord {
            status: status_label(found.status),
            partner: found.partner.as_deref(),
            close_reason: found.close_reason.map(close_reason_words),
        }),
        Some(&StatusRecord {
            status: status_label(status),
            partner: partner.as_deref(),
            close_reason: reason.map(close_reason_words),
        }),
    )
    .await?;
    // The reason a concern was closed, in the resident's words; a partner's name as it is.
    let detail_in = |language| match (reason, &duplicate_of) {
        (Some(reason), Some(other)) => format!(
            "{}, {}",
            close_reason_words_in(reason, language),
            other.reference
        ),
        (Some(reason), None) => close_reason_words_in(reason, language),
        (None, _) => detail.clone(),
    };
    write_to_resident(&txn, clock, site, n, &found, |letter| {
        messages::concern_status_changed(
            letter,
            &status_words_in(status, letter.language),
            &detail_in(letter.language),
            status == ConcernStatus::Closed,
        )
    })
    .await?;
    shown_publicly(
        &txn,
        &found,
        reason.is_some() || status == ConcernStatus::Closed,
    )
    .await?;
    txn.commit().await?;
    Ok(StatusChanged::Changed)
}

/// Puts a concern into a SARA problem of the same neighbourhood: it is then "being worked on".
pub async fn link_to_problem(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    problem_id: i32,
) -> Result<StatusChanged, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = team_concern_row(&txn, n, reference).await? else {
        return Ok(StatusChanged::NoSuchConcern);
    };
    let Some(problem) = problem::Entity::find_by_id(problem_id)
        .filter(problem::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(StatusChanged::NoSuchConcern);
    };
    let linked = concern::Entity::update_many()
        .col_expr(concern::Column::ProblemId, Expr::value(problem.id))
        .col_expr(
            concern::Column::Status,
            Expr::value(ConcernStatus::BeingWorkedOn),
        )
        .col_expr(concern::Column::ClosedAt, Expr::value(Option::<i64>::None))
        .col_expr(concern::Column::UpdatedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(
            concern::Column::ProblemId
                .is_null()
                .or(concern::Column::ProblemId.ne(problem.id)),
        )
        .exec(&txn)
        .await?;
    if linked.rows_affected != 1 {
        return Ok(StatusChanged::Unchanged);
    }
    add_event(
        &txn,
        found.id,
        now,
        EventKind::StatusChanged,
        Some(member.id),
        &problem.title,
        Some(ConcernStatus::BeingWorkedOn),
    )
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::ConcernStatusChanged,
        &format!("concern {} in {}", found.reference, n.name),
        Some(&StatusRecord {
            status: crate::domain::concern::status_label(found.status),
            partner: found.partner.as_deref(),
            close_reason: None,
        }),
        Some(&StatusRecord {
            status: crate::domain::concern::status_label(ConcernStatus::BeingWorkedOn),
            partner: None,
            close_reason: None,
        }),
    )
    .await?;
    write_to_resident(&txn, clock, site, n, &found, |letter| {
        messages::concern_status_changed(
            letter,
            &status_words_in(ConcernStatus::BeingWorkedOn, letter.language),
            &problem.title,
            false,
        )
    })
    .await?;
    crate::services::problems::touch(&txn, problem.id, now).await?;
    shown_publicly(&txn, &found, false).await?;
    txn.commit().await?;
    Ok(StatusChanged::Changed)
}

/// For account deletion, inside its transaction: the resident's concerns stay (the team's
/// record, and any approved public summary), attributed to "a resident"; everything the
/// resident wrote that could identify them is erased.
pub async fn erase_for_resident(conn: &Write, resident_id: ResidentId) -> Result<(), DbErr> {
    let theirs: Vec<i32> = concern::Entity::find()
        .filter(concern::Column::ResidentId.eq(resident_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if theirs.is_empty() {
        return Ok(());
    }
    concern_event::Entity::update_many()
        .col_expr(concern_event::Column::Body, Expr::value(ERASED))
        .filter(concern_event::Column::ConcernId.is_in(theirs.iter().copied()))
        .filter(concern_event::Column::Kind.is_in([EventKind::ResidentReply, EventKind::Reopened]))
        .exec(conn)
        .await?;
    // A summary still waiting for a moderator would be the resident's own words: withdrawn.
    concern::Entity::update_many()
        .col_expr(
            concern::Column::SummaryStatus,
            Expr::value(SummaryStatus::Rejected),
        )
        .filter(concern::Column::Id.is_in(theirs.iter().copied()))
        .filter(concern::Column::SummaryStatus.eq(SummaryStatus::Pending))
        .exec(conn)
        .await?;
    // What was put forward for a group is the group's record: it stays, as from "a member".
    concern::Entity::update_many()
        .col_expr(
            concern::Column::ResidentId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(
            concern::Column::IdempotencyKey,
            Expr::value(Option::<String>::None),
        )
        .filter(concern::Column::Id.is_in(theirs.iter().copied()))
        .filter(concern::Column::GroupId.is_not_null())
        .exec(conn)
        .await?;
    concern::Entity::update_many()
        .col_expr(
            concern::Column::ResidentId,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(concern::Column::Description, Expr::value(ERASED))
        .col_expr(concern::Column::Location, Expr::value(""))
        .col_expr(concern::Column::WhenHappens, Expr::value(""))
        .col_expr(concern::Column::Latitude, Expr::value(Option::<f64>::None))
        .col_expr(concern::Column::Longitude, Expr::value(Option::<f64>::None))
        .col_expr(
            concern::Column::IdempotencyKey,
            Expr::value(Option::<String>::None),
        )
        .filter(concern::Column::Id.is_in(theirs))
        .filter(concern::Column::GroupId.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// A concern a community group proposed for the next priority vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub reference: String,
    pub group: String,
    pub category: String,
    pub description: String,
}

/// The concerns groups proposed for a vote in this neighbourhood that are not yet an option in
/// one, oldest first: the team can add them as options by their reference.
pub async fn proposals<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<Vec<Proposal>, DbErr> {
    use sea_orm::sea_query::Query;
    let proposed = concern::Entity::find()
        .filter(concern::Column::NeighbourhoodId.eq(neighbourhood_id))
        .filter(concern::Column::ProposedForVote.eq(true))
        .filter(
            concern::Column::Id.not_in_subquery(
                Query::select()
                    .column(entity::vote_option::Column::ConcernId)
                    .from(entity::vote_option::Entity)
                    .and_where(entity::vote_option::Column::ConcernId.is_not_null())
                    .to_owned(),
            ),
        )
        .order_by_asc(concern::Column::CreatedAt)
        .all(conn)
        .await?;
    let categories: HashMap<i32, String> = categories(conn, true)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut found = Vec::with_capacity(proposed.len());
    for c in proposed {
        let group = match c.group_id {
            Some(id) => entity::community_group::Entity::find_by_id(id)
                .one(conn)
                .await?
                .map(|g| g.name)
                .unwrap_or_default(),
            None => String::new(),
        };
        found.push(Proposal {
            reference: c.reference,
            group,
            category: categories.get(&c.category_id).cloned().unwrap_or_default(),
            description: c.description,
        });
    }
    Ok(found)
}

/// What stands in for a resident's words after they deleted their account.
pub const ERASED: &str = "(Removed: the resident deleted their account.)";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CategorySaved {
    Saved,
    /// Another category already has that name.
    NameTaken,
    NoSuchCategory,
}

#[derive(Serialize)]
struct CategoryRecord<'a> {
    name: &'a str,
    retired: bool,
}

/// Adds a category at the end of the list.
pub async fn add_category(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    name: &str,
) -> Result<CategorySaved, DbErr> {
    let member = permit.member();
    let txn = db.write().await?;
    let last = concern_category::Entity::find()
        .order_by_desc(concern_category::Column::Position)
        .one(&txn)
        .await?
        .map_or(0, |c| c.position);
    let inserted = concern_category::Entity::insert(concern_category::ActiveModel {
        id: NotSet,
        name: Set(name.to_string()),
        position: Set(last + 1),
        retired: Set(false),
    })
    .exec_without_returning(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(CategorySaved::NameTaken);
        }
        Err(error) => return Err(error),
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::CategoryAdded,
        name,
        None::<&CategoryRecord>,
        Some(&CategoryRecord {
            name,
            retired: false,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(CategorySaved::Saved)
}

/// Renames a category, or retires it (no longer offered; its concerns keep it) or restores it.
pub async fn change_category(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    id: i32,
    name: &str,
    retired: bool,
) -> Result<CategorySaved, DbErr> {
    let member = permit.member();
    let txn = db.write().await?;
    let Some(before) = concern_category::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(CategorySaved::NoSuchCategory);
    };
    let changed = concern_category::Entity::update_many()
        .col_expr(concern_category::Column::Name, Expr::value(name))
        .col_expr(concern_category::Column::Retired, Expr::value(retired))
        .filter(concern_category::Column::Id.eq(id))
        .exec(&txn)
        .await;
    match changed {
        Ok(_) => {}
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(CategorySaved::NameTaken);
        }
        Err(error) => return Err(error),
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::CategoryChanged,
        &before.name,
        Some(&CategoryRecord {
            name: &before.name,
            retired: before.retired,
        }),
        Some(&CategoryRecord { name, retired }),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(CategorySaved::Saved)
}

/// The concerns a resident raised.
pub struct ConcernRecords;

#[async_trait::async_trait]
impl ResidentRecords for ConcernRecords {
    fn columns(&self) -> &'static [Column] {
        &[("concern", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let concerns = for_resident(db, who.id).await?;
        Ok(vec![("concerns", as_download(&concerns)?)])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        erase_for_resident(write, who.id).await
    }
}
