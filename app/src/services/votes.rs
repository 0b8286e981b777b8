//! Priority votes: a team opens one (its options editable until it opens), residents cast one
//! ballot each (changeable until it closes), a team records paper ballots apart, and once it
//! closes its results are final and audited. One person, one vote is the database's rule: a
//! unique index on (vote, resident), with the ballot and the choice limit checked in one
//! transaction that first locks the vote's row.

use crate::domain::ids::ResidentId;
use crate::domain::vote::{
    ChoiceProblem, OptionEntry, OptionResult, VoteEntry, check_choices, rank,
};
use crate::policy::Permit;
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_time};
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::write::{Database, Write};
use entity::vote::{self, Eligibility};
use entity::{
    ballot, ballot_choice, concern, neighbourhood, paper_count, paper_count_choice, problem,
    vote_option,
};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

pub fn vote_path(id: i32) -> String {
    format!("/votes/{id}")
}

pub fn team_vote_path(code: &str, id: i32) -> String {
    format!("/staff/neighbourhoods/{code}/votes/{id}")
}

/// Where a vote is, at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteState {
    NotYetOpen,
    Open,
    Closed,
}

pub fn state(vote: &vote::Model, now: i64) -> VoteState {
    if now < vote.opens_at {
        VoteState::NotYetOpen
    } else if now < vote.closes_at {
        VoteState::Open
    } else {
        VoteState::Closed
    }
}

/// A vote with its options (in order) and neighbourhood.
#[derive(Clone, Debug, PartialEq)]
pub struct VoteDetail {
    pub vote: vote::Model,
    pub options: Vec<vote_option::Model>,
    pub neighbourhood: neighbourhood::Model,
}

pub async fn detail<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<VoteDetail>, DbErr> {
    let Some(found) = vote::Entity::find_by_id(id).one(conn).await? else {
        return Ok(None);
    };
    let Some(neighbourhood) = neighbourhood::Entity::find_by_id(found.neighbourhood_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let options = options_of(conn, id).await?;
    Ok(Some(VoteDetail {
        vote: found,
        options,
        neighbourhood,
    }))
}

async fn options_of<C: ConnectionTrait>(
    conn: &C,
    vote_id: i32,
) -> Result<Vec<vote_option::Model>, DbErr> {
    vote_option::Entity::find()
        .filter(vote_option::Column::VoteId.eq(vote_id))
        .order_by_asc(vote_option::Column::Position)
        .order_by_asc(vote_option::Column::Id)
        .all(conn)
        .await
}

/// A neighbourhood's votes, newest first.
pub async fn for_neighbourhood<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<Vec<vote::Model>, DbErr> {
    vote::Entity::find()
        .filter(vote::Column::NeighbourhoodId.eq(neighbourhood_id))
        .order_by_desc(vote::Column::OpensAt)
        .order_by_desc(vote::Column::Id)
        .all(conn)
        .await
}

/// A vote open now, anywhere in the force, for the home page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenVote {
    pub id: i32,
    pub question: String,
    pub question_cy: Option<String>,
    pub neighbourhood: String,
    pub closes_at: i64,
}

/// The votes open at `now`, closing soonest first, at most `most`; and how many are open in all.
pub async fn open_now<C: ConnectionTrait>(
    conn: &C,
    now: i64,
    most: u64,
) -> Result<(Vec<OpenVote>, u64), DbErr> {
    let open = vote::Entity::find()
        .filter(vote::Column::OpensAt.lte(now))
        .filter(vote::Column::ClosesAt.gt(now));
    let total = open.clone().count(conn).await?;
    let votes = open
        .order_by_asc(vote::Column::ClosesAt)
        .order_by_asc(vote::Column::Id)
        .limit(most)
        .all(conn)
        .await?;
    let names: std::collections::HashMap<i32, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(votes.iter().map(|v| v.neighbourhood_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let listed = votes
        .into_iter()
        .map(|v| OpenVote {
            id: v.id,
            neighbourhood: names.get(&v.neighbourhood_id).cloned().unwrap_or_default(),
            question: v.question,
            question_cy: v.question_cy,
            closes_at: v.closes_at,
        })
        .collect();
    Ok((listed, total))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionsSaved {
    Saved {
        vote_id: i32,
    },
    /// An option names a concern or problem that is not this neighbourhood's.
    NoSuchReference {
        reference: String,
    },
    /// It has opened: its options can no longer change.
    AlreadyOpen,
}

/// What the audit log keeps of a vote.
#[derive(Serialize)]
struct VoteRecord<'a> {
    question: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    question_cy: Option<&'a str>,
    options: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    options_cy: Vec<&'a str>,
    most_choices: i32,
    opens: String,
    closes: String,
    who_may_vote: &'a str,
}

pub fn eligibility_words(eligibility: Eligibility) -> &'static str {
    match eligibility {
        Eligibility::AnyResident => "any signed-in resident",
        Eligibility::PostcodeInNeighbourhood => {
            "residents who confirm a postcode in the neighbourhood"
        }
    }
}

/// Writes a vote's options, each linked to the concern or problem it names (which must be the
/// neighbourhood's).
async fn write_options<C: ConnectionTrait>(
    conn: &C,
    n: &neighbourhood::Model,
    vote_id: i32,
    options: &[OptionEntry],
) -> Result<Result<(), String>, DbErr> {
    let mut rows = Vec::with_capacity(options.len());
    for (position, option) in options.iter().enumerate() {
        let concern_id = match &option.concern {
            Some(reference) => match concern::Entity::find()
                .filter(concern::Column::Reference.eq(reference))
                .filter(concern::Column::NeighbourhoodId.eq(n.id))
                .one(conn)
                .await?
            {
                Some(found) => Some(found.id),
                None => return Ok(Err(reference.clone())),
            },
            None => None,
        };
        let problem_id = match &option.problem {
            Some(reference) => match problem::Entity::find()
                .filter(problem::Column::Reference.eq(reference))
                .filter(problem::Column::NeighbourhoodId.eq(n.id))
                .one(conn)
                .await?
            {
                Some(found) => Some(found.id),
                None => return Ok(Err(reference.clone())),
            },
            None => None,
        };
        rows.push(vote_option::ActiveModel {
            id: NotSet,
            vote_id: Set(vote_id),
            position: Set(position as i32 + 1),
            label: Set(option.label.clone()),
            label_cy: Set(option.label_cy.clone()),
            concern_id: Set(concern_id),
            problem_id: Set(problem_id),
        });
    }
    vote_option::Entity::insert_many(rows)
        .exec_without_returning(conn)
        .await?;
    Ok(Ok(()))
}

fn record_of(entry: &VoteEntry) -> VoteRecord<'_> {
    VoteRecord {
        question: &entry.question,
        question_cy: entry.question_cy.as_deref(),
        options: entry.options.iter().map(|o| o.label.as_str()).collect(),
        options_cy: entry
            .options
            .iter()
            .filter_map(|o| o.label_cy.as_deref())
            .collect(),
        most_choices: entry.most_choices,
        opens: format_time(entry.opens_at),
        closes: format_time(entry.closes_at),
        who_may_vote: eligibility_words(entry.eligibility),
    }
}

/// Opens a vote for a neighbourhood; returns its id.
pub async fn open(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    entry: &VoteEntry,
) -> Result<OptionsSaved, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let id = vote::Entity::insert(vote::ActiveModel {
        id: NotSet,
        neighbourhood_id: Set(n.id),
        question: Set(entry.question.clone()),
        question_cy: Set(entry.question_cy.clone()),
        most_choices: Set(entry.most_choices),
        opens_at: Set(entry.opens_at),
        closes_at: Set(entry.closes_at),
        eligibility: Set(entry.eligibility),
        show_running_totals: Set(entry.show_running_totals),
        finalised_at: Set(None),
        created_at: Set(clock.now()),
        created_by: Set(Some(member.id)),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    if let Err(reference) = write_options(&txn, n, id, &entry.options).await? {
        return Ok(OptionsSaved::NoSuchReference { reference });
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::VoteOpened,
        &format!("“{}” in {}", entry.question, n.name),
        None::<&VoteRecord>,
        Some(&record_of(entry)),
    )
    .await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(OptionsSaved::Saved { vote_id: id })
}

/// Replaces a vote's options (and most choices), only while it has not opened: checked on the
/// vote's row in the same transaction, so no ballot can meet options that changed under it.
pub async fn change_options(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    vote_id: i32,
    options: &[OptionEntry],
    most_choices: i32,
) -> Result<OptionsSaved, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let not_open = vote::Entity::update_many()
        .col_expr(vote::Column::MostChoices, Expr::value(most_choices))
        .filter(vote::Column::Id.eq(vote_id))
        .filter(vote::Column::NeighbourhoodId.eq(n.id))
        .filter(vote::Column::OpensAt.gt(now))
        .exec(&txn)
        .await?;
    if not_open.rows_affected != 1 {
        return Ok(OptionsSaved::AlreadyOpen);
    }
    let before = options_of(&txn, vote_id).await?;
    vote_option::Entity::delete_many()
        .filter(vote_option::Column::VoteId.eq(vote_id))
        .exec(&txn)
        .await?;
    if let Err(reference) = write_options(&txn, n, vote_id, options).await? {
        return Ok(OptionsSaved::NoSuchReference { reference });
    }
    #[derive(Serialize)]
    struct OptionsRecord<'a> {
        options: Vec<&'a str>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        options_cy: Vec<&'a str>,
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::VoteOptionsChanged,
        &format!("{} in {}", vote_id, n.name),
        Some(&OptionsRecord {
            options: before.iter().map(|o| o.label.as_str()).collect(),
            options_cy: before
                .iter()
                .filter_map(|o| o.label_cy.as_deref())
                .collect(),
        }),
        Some(&OptionsRecord {
            options: options.iter().map(|o| o.label.as_str()).collect(),
            options_cy: options
                .iter()
                .filter_map(|o| o.label_cy.as_deref())
                .collect(),
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(OptionsSaved::Saved { vote_id })
}

/// A resident's ballot, as they send it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotRequest {
    pub vote_id: i32,
    pub resident_id: ResidentId,
    pub choices: Vec<i32>,
    /// They confirmed a postcode inside the neighbourhood.
    pub postcode_confirmed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Voted {
    /// Counted (replacing their earlier ballot, if any).
    Counted,
    /// The vote is not open (yet, or any more).
    NotOpen,
    /// The vote is for residents of the neighbourhood, and no postcode in it was confirmed.
    NotEligible,
    Refused(ChoiceProblem),
}

/// Casts (or changes) a resident's ballot in one statement that also checks, on the vote's row,
/// that the vote is open, that the resident may vote in it and that every choice is one of its
/// options; only a refused ballot reads more, to say why. The row is read with a shared lock
/// (`FOR SHARE` on PostgreSQL): ballots being cast never wait for one another, while closing the
/// vote and making its results final (which update the row) wait for those in flight, so a
/// ballot never slips in after the results are counted. The unique index on (vote, resident)
/// keeps one ballot per resident whatever happens, and one resident's ballots take turns on it.
pub async fn cast(db: &Database, clock: &Clock, request: &BallotRequest) -> Result<Voted, DbErr> {
    let now = clock.now();
    let mut chosen: Vec<i32> = Vec::with_capacity(request.choices.len());
    for option in &request.choices {
        if !chosen.contains(option) {
            chosen.push(*option);
        }
    }
    let txn = db.write().await?;
    let counted = match chosen.len() {
        0 => None,
        n => {
            txn.query_one(&counted_ballot(request, &chosen, now, n))
                .await?
        }
    };
    let Some(counted) = counted else {
        txn.rollback().await?;
        return why_refused(db, request, now).await;
    };
    let ballot_id: i32 = counted.try_get("", "id")?;
    ballot_choice::Entity::delete_many()
        .filter(ballot_choice::Column::BallotId.eq(ballot_id))
        .exec(&txn)
        .await?;
    ballot_choice::Entity::insert_many(chosen.iter().map(|option| ballot_choice::ActiveModel {
        ballot_id: Set(ballot_id),
        option_id: Set(*option),
    }))
    .exec_without_returning(&txn)
    .await?;
    txn.public_count_changed();
    txn.commit().await?;
    Ok(Voted::Counted)
}

/// The resident's ballot inserted (or their earlier one updated) only if the vote's row says it
/// may be: open now, not final, open to them, and the `n` distinct choices all its options.
fn counted_ballot(
    request: &BallotRequest,
    chosen: &[i32],
    now: i64,
    n: usize,
) -> sea_orm::sea_query::InsertStatement {
    use sea_orm::sea_query::{ExprTrait, Query};
    let n = n as i32;
    let options_chosen = Query::select()
        .expr(vote_option::Column::Id.count())
        .from(vote_option::Entity)
        .and_where(vote_option::Column::VoteId.eq(request.vote_id))
        .and_where(vote_option::Column::Id.is_in(chosen.iter().copied()))
        .to_owned();
    let mut allowed = Query::select();
    allowed
        .column(vote::Column::Id)
        .expr(Expr::val(request.resident_id.get()))
        .expr(Expr::val(request.postcode_confirmed))
        .expr(Expr::val(now))
        .expr(Expr::val(now))
        .from(vote::Entity)
        .and_where(vote::Column::Id.eq(request.vote_id))
        .and_where(vote::Column::OpensAt.lte(now))
        .and_where(vote::Column::ClosesAt.gt(now))
        .and_where(vote::Column::FinalisedAt.is_null())
        .and_where(vote::Column::MostChoices.gte(n))
        .and_where(Expr::SubQuery(None, Box::new(options_chosen.into())).eq(n))
        .lock_shared();
    if !request.postcode_confirmed {
        allowed.and_where(vote::Column::Eligibility.eq(Eligibility::AnyResident));
    }
    Query::insert()
        .into_table(ballot::Entity)
        .columns([
            ballot::Column::VoteId,
            ballot::Column::ResidentId,
            ballot::Column::PostcodeConfirmed,
            ballot::Column::CreatedAt,
            ballot::Column::UpdatedAt,
        ])
        .select_from(allowed)
        .expect("five columns from five expressions")
        .on_conflict(
            OnConflict::columns([ballot::Column::VoteId, ballot::Column::ResidentId])
                .update_columns([ballot::Column::UpdatedAt, ballot::Column::PostcodeConfirmed])
                .to_owned(),
        )
        .returning_col(ballot::Column::Id)
        .to_owned()
}

/// Why a ballot was not counted, read after the fact (the vote may have closed meanwhile, which
/// is then the answer).
async fn why_refused(db: &Database, request: &BallotRequest, now: i64) -> Result<Voted, DbErr> {
    let Some(found) = vote::Entity::find_by_id(request.vote_id)
        .filter(vote::Column::OpensAt.lte(now))
        .filter(vote::Column::ClosesAt.gt(now))
        .filter(vote::Column::FinalisedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(Voted::NotOpen);
    };
    if found.eligibility == Eligibility::PostcodeInNeighbourhood && !request.postcode_confirmed {
        return Ok(Voted::NotEligible);
    }
    let options: Vec<i32> = options_of(db, found.id)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    Ok(
        match check_choices(&request.choices, &options, found.most_choices as usize) {
            Err(problem) => Voted::Refused(problem),
            // Everything it checks holds now: the vote changed between the two reads.
            Ok(_) => Voted::NotOpen,
        },
    )
}

/// The options a resident chose, if they have voted.
pub async fn resident_choices<C: ConnectionTrait>(
    conn: &C,
    vote_id: i32,
    resident_id: ResidentId,
) -> Result<Option<Vec<i32>>, DbErr> {
    let Some(found) = ballot::Entity::find()
        .filter(ballot::Column::VoteId.eq(vote_id))
        .filter(ballot::Column::ResidentId.eq(resident_id))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(
        ballot_choice::Entity::find()
            .filter(ballot_choice::Column::BallotId.eq(found.id))
            .all(conn)
            .await?
            .into_iter()
            .map(|c| c.option_id)
            .collect(),
    ))
}

/// How many people have voted online.
pub async fn ballots_cast<C: ConnectionTrait>(conn: &C, vote_id: i32) -> Result<u64, DbErr> {
    ballot::Entity::find()
        .filter(ballot::Column::VoteId.eq(vote_id))
        .count(conn)
        .await
}

/// A vote's results: online and paper counted apart, then ranked together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub online_ballots: u64,
    /// Each meeting's paper ballots: (label, how many people).
    pub paper: Vec<(String, u64)>,
    pub ranked: Vec<OptionResult>,
}

impl Results {
    pub fn paper_ballots(&self) -> u64 {
        self.paper.iter().map(|(_, n)| n).sum()
    }
}

/// Counts a vote's ballots with SQL (one query a kind).
pub async fn results<C: ConnectionTrait>(conn: &C, detail: &VoteDetail) -> Result<Results, DbErr> {
    let ids: Vec<i32> = detail.options.iter().map(|o| o.id).collect();
    let online: Vec<(i32, i64)> = ballot_choice::Entity::find()
        .select_only()
        .column(ballot_choice::Column::OptionId)
        .column_as(ballot_choice::Column::BallotId.count(), "chosen")
        .filter(ballot_choice::Column::OptionId.is_in(ids.clone()))
        .group_by(ballot_choice::Column::OptionId)
        .into_tuple()
        .all(conn)
        .await?;
    let paper: Vec<(i32, i64)> = paper_count_choice::Entity::find()
        .select_only()
        .column(paper_count_choice::Column::OptionId)
        .column_as(paper_count_choice::Column::Count.sum(), "chosen")
        .filter(paper_count_choice::Column::OptionId.is_in(ids))
        .group_by(paper_count_choice::Column::OptionId)
        .into_tuple()
        .all(conn)
        .await?;
    let meetings = paper_count::Entity::find()
        .filter(paper_count::Column::VoteId.eq(detail.vote.id))
        .order_by_asc(paper_count::Column::RecordedAt)
        .all(conn)
        .await?;
    let labelled: Vec<(i32, String)> = detail
        .options
        .iter()
        .map(|o| (o.id, o.label.clone()))
        .collect();
    let as_counts = |rows: Vec<(i32, i64)>| -> Vec<(i32, u64)> {
        rows.into_iter()
            .map(|(option, n)| (option, n.max(0) as u64))
            .collect()
    };
    Ok(Results {
        online_ballots: ballots_cast(conn, detail.vote.id).await?,
        paper: meetings
            .into_iter()
            .map(|m| (m.label, m.ballots.max(0) as u64))
            .collect(),
        ranked: rank(&labelled, &as_counts(online), &as_counts(paper)),
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaperRecorded {
    Recorded,
    /// Paper ballots are recorded while the vote is open.
    NotOpen,
    /// An option has more paper votes than there were ballots, or more choices were made than
    /// the ballots allow.
    TooMany,
}

/// One meeting's paper ballots, counted apart from online ones.
pub struct PaperBallots<'a> {
    pub label: &'a str,
    pub ballots: i32,
    /// (option, how many paper ballots chose it)
    pub counts: &'a [(i32, i32)],
}

#[derive(Serialize)]
struct PaperRecord<'a> {
    meeting: &'a str,
    ballots: i32,
    counts: Vec<String>,
}

pub async fn record_paper(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    vote_id: i32,
    paper: &PaperBallots<'_>,
) -> Result<PaperRecorded, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let open = vote::Entity::update_many()
        .col_expr(vote::Column::Question, Expr::col(vote::Column::Question))
        .filter(vote::Column::Id.eq(vote_id))
        .filter(vote::Column::NeighbourhoodId.eq(n.id))
        .filter(vote::Column::OpensAt.lte(now))
        .filter(vote::Column::ClosesAt.gt(now))
        .exec(&txn)
        .await?;
    let Some(detail) = detail(&txn, vote_id).await? else {
        return Ok(PaperRecorded::NotOpen);
    };
    if open.rows_affected != 1 {
        return Ok(PaperRecorded::NotOpen);
    }
    let chosen: i64 = paper.counts.iter().map(|(_, c)| i64::from(*c)).sum();
    if paper
        .counts
        .iter()
        .any(|(_, c)| *c > paper.ballots || *c < 0)
        || chosen > i64::from(paper.ballots) * i64::from(detail.vote.most_choices)
        || paper
            .counts
            .iter()
            .any(|(option, _)| !detail.options.iter().any(|o| o.id == *option))
    {
        return Ok(PaperRecorded::TooMany);
    }
    let id = paper_count::Entity::insert(paper_count::ActiveModel {
        id: NotSet,
        vote_id: Set(vote_id),
        label: Set(paper.label.to_string()),
        ballots: Set(paper.ballots),
        recorded_at: Set(now),
        recorded_by: Set(Some(member.id)),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    paper_count_choice::Entity::insert_many(paper.counts.iter().map(|(option, count)| {
        paper_count_choice::ActiveModel {
            paper_count_id: Set(id),
            option_id: Set(*option),
            count: Set(*count),
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PaperBallotsRecorded,
        &format!("“{}” in {}", detail.vote.question, n.name),
        None::<&PaperRecord>,
        Some(&PaperRecord {
            meeting: paper.label,
            ballots: paper.ballots,
            counts: paper
                .counts
                .iter()
                .filter_map(|(option, count)| {
                    let label = &detail.options.iter().find(|o| o.id == *option)?.label;
                    Some(format!("{label}: {count}"))
                })
                .collect(),
        }),
    )
    .await?;
    txn.public_count_changed();
    txn.commit().await?;
    Ok(PaperRecorded::Recorded)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteClosed {
    Closed,
    NotOpen,
}

/// Closes an open vote now; its results are then final (and audited).
pub async fn close_now(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    vote_id: i32,
) -> Result<VoteClosed, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let closed = vote::Entity::update_many()
        .col_expr(vote::Column::ClosesAt, Expr::value(now))
        .filter(vote::Column::Id.eq(vote_id))
        .filter(vote::Column::NeighbourhoodId.eq(n.id))
        .filter(vote::Column::OpensAt.lte(now))
        .filter(vote::Column::ClosesAt.gt(now))
        .exec(&txn)
        .await?;
    if closed.rows_affected != 1 {
        return Ok(VoteClosed::NotOpen);
    }
    #[derive(Serialize)]
    struct CloseRecord {
        closes: String,
    }
    let question = vote::Entity::find_by_id(vote_id)
        .one(&txn)
        .await?
        .map(|v| v.question)
        .unwrap_or_default();
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::VoteClosed,
        &format!("“{question}” in {}", n.name),
        None::<&CloseRecord>,
        Some(&CloseRecord {
            closes: format_time(now),
        }),
    )
    .await?;
    finalise(&txn, clock, vote_id).await?;
    txn.public_page_changed().await?;
    txn.commit().await?;
    Ok(VoteClosed::Closed)
}

#[derive(Serialize)]
struct FinalRecord {
    online_ballots: u64,
    paper_ballots: u64,
    results: Vec<String>,
}

/// Records a closed vote's results as final, once: the claim is a conditional update, so however
/// many instances look at once, one writes the audit entry.
async fn finalise<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    vote_id: i32,
) -> Result<bool, DbErr> {
    let now = clock.now();
    let claimed = vote::Entity::update_many()
        .col_expr(vote::Column::FinalisedAt, Expr::value(now))
        .filter(vote::Column::Id.eq(vote_id))
        .filter(vote::Column::ClosesAt.lte(now))
        .filter(vote::Column::FinalisedAt.is_null())
        .exec(conn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(false);
    }
    let Some(detail) = detail(conn, vote_id).await? else {
        return Ok(false);
    };
    let results = results(conn, &detail).await?;
    audit::record_automatic(
        conn,
        clock,
        AuditAction::VoteResultsFinal,
        &format!(
            "“{}” in {}",
            detail.vote.question, detail.neighbourhood.name
        ),
        &FinalRecord {
            online_ballots: results.online_ballots,
            paper_ballots: results.paper_ballots(),
            results: results
                .ranked
                .iter()
                .map(|r| format!("{}: {}", r.label, r.total()))
                .collect(),
        },
    )
    .await?;
    Ok(true)
}

/// Makes final the results of every vote that has closed (a job on every instance).
pub async fn finalise_closed(db: &Database, clock: &Clock) -> Result<usize, DbErr> {
    let due = vote::Entity::find()
        .filter(vote::Column::ClosesAt.lte(clock.now()))
        .filter(vote::Column::FinalisedAt.is_null())
        .all(db)
        .await?;
    let mut made = 0;
    for found in due {
        let txn = db.write().await?;
        if finalise(&txn, clock, found.id).await? {
            txn.public_page_changed().await?;
            made += 1;
        }
        txn.commit().await?;
    }
    Ok(made)
}

/// For account deletion: the resident's ballots still count, with no name.
pub async fn erase_for_resident(conn: &Write, resident_id: ResidentId) -> Result<(), DbErr> {
    ballot::Entity::update_many()
        .col_expr(ballot::Column::ResidentId, Expr::value(Option::<i32>::None))
        .filter(ballot::Column::ResidentId.eq(resident_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A vote a resident took part in, for their data download.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ResidentBallot {
    pub question: String,
    pub neighbourhood: String,
    pub chose: Vec<String>,
    pub postcode_confirmed: bool,
    pub cast_at: i64,
    pub changed_at: i64,
}

pub async fn for_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<ResidentBallot>, DbErr> {
    let ballots = ballot::Entity::find()
        .filter(ballot::Column::ResidentId.eq(resident_id))
        .order_by_asc(ballot::Column::CreatedAt)
        .all(db)
        .await?;
    let mut found = Vec::with_capacity(ballots.len());
    for b in ballots {
        let Some(d) = detail(db, b.vote_id).await? else {
            continue;
        };
        let chosen = resident_choices(db, b.vote_id, resident_id)
            .await?
            .unwrap_or_default();
        found.push(ResidentBallot {
            question: d.vote.question,
            neighbourhood: d.neighbourhood.name,
            chose: d
                .options
                .into_iter()
                .filter(|o| chosen.contains(&o.id))
                .map(|o| o.label)
                .collect(),
            postcode_confirmed: b.postcode_confirmed,
            cast_at: b.created_at,
            changed_at: b.updated_at,
        });
    }
    Ok(found)
}

/// The ballots a resident cast.
pub struct BallotRecords;

#[async_trait::async_trait]
impl ResidentRecords for BallotRecords {
    fn columns(&self) -> &'static [Column] {
        &[("ballot", "resident_id")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let ballots = for_resident(db, who.id).await?;
        Ok(vec![("ballots", as_download(&ballots)?)])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        erase_for_resident(write, who.id).await
    }
}
