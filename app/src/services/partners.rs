//! Partners in problem solving: the organisations administrators register and the people they
//! invite; the problems teams share with an organisation; and what a partner's people see of
//! them and add to them. Who may do each is in `policy::partner`; this does it, each change in
//! one transaction with its audit entry.

use crate::domain::partner::{AssessmentEntry, PartnerEntry, PartnerPerson};
use crate::domain::problem::ActionEntry;
use crate::domain::staff::{Role, StaffMember};
use crate::policy::partner::{PartnerOf, SharedProblem};
use crate::policy::{Administration, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::messages::EmailSite;
use crate::services::staff::{self, CreateStaff, FirstPassword, NewStaff};
use crate::services::write::Database;
use entity::{
    neighbourhood, partner_area, partner_assessment, partner_organisation, problem, problem_action,
    problem_share, staff_account,
};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr, TryInsertResult,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What the audit log keeps of a registration.
#[derive(Serialize)]
struct OrganisationRecord<'a> {
    name: &'a str,
    kind: &'static str,
    neighbourhoods: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registered {
    Registered {
        id: i32,
    },
    /// Another organisation has the name: residents could not tell them apart.
    NameTaken,
}

/// Registers an organisation and where it works.
pub async fn register(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    entry: &PartnerEntry,
) -> Result<Registered, DbErr> {
    insert(db, clock, Some(permit.member()), entry).await
}

/// Registers an organisation for whoever runs the server's own commands (the demo's seed):
/// someone with the server's shell, who needs no permit and is audited as nobody. No page or
/// server function calls this.
pub async fn register_by_operator(
    db: &Database,
    clock: &Clock,
    entry: &PartnerEntry,
) -> Result<Registered, DbErr> {
    insert(db, clock, None, entry).await
}

async fn insert(
    db: &Database,
    clock: &Clock,
    actor: Option<&StaffMember>,
    entry: &PartnerEntry,
) -> Result<Registered, DbErr> {
    let txn = db.write().await?;
    let inserted = partner_organisation::Entity::insert(partner_organisation::ActiveModel {
        id: NotSet,
        name: Set(entry.name.clone()),
        kind: Set(entry.kind),
        created_at: Set(clock.now()),
    })
    .exec_with_returning(&txn)
    .await;
    let organisation = match inserted {
        Ok(organisation) => organisation,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            txn.rollback().await?;
            return Ok(Registered::NameTaken);
        }
        Err(error) => return Err(error),
    };
    for &neighbourhood_id in &entry.neighbourhood_ids {
        partner_area::Entity::insert(partner_area::ActiveModel {
            id: NotSet,
            organisation_id: Set(organisation.id),
            neighbourhood_id: Set(neighbourhood_id),
        })
        .exec_without_returning(&txn)
        .await?;
    }
    let names = neighbourhood_names(&txn, &entry.neighbourhood_ids).await?;
    audit::record(
        &txn,
        clock,
        actor,
        AuditAction::PartnerRegistered,
        &organisation.name,
        None::<&OrganisationRecord>,
        Some(&OrganisationRecord {
            name: &organisation.name,
            kind: organisation.kind.label(),
            neighbourhoods: names,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(Registered::Registered {
        id: organisation.id,
    })
}

async fn neighbourhood_names<C: ConnectionTrait>(
    conn: &C,
    ids: &[i32],
) -> Result<Vec<String>, DbErr> {
    Ok(neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(ids.iter().copied()))
        .order_by_asc(neighbourhood::Column::Name)
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.name)
        .collect())
}

/// An organisation as administrators see it: where it works and its people.
#[derive(Clone, Debug)]
pub struct OrganisationListing {
    pub organisation: partner_organisation::Model,
    /// By name.
    pub neighbourhoods: Vec<neighbourhood::Model>,
    /// Its people's accounts, by name.
    pub people: Vec<staff_account::Model>,
}

/// Every organisation, by name.
pub async fn list(db: &DatabaseConnection) -> Result<Vec<OrganisationListing>, DbErr> {
    let organisations = partner_organisation::Entity::find()
        .order_by_asc(partner_organisation::Column::Name)
        .all(db)
        .await?;
    listings(db, organisations).await
}

/// One organisation.
pub async fn organisation(
    db: &DatabaseConnection,
    id: i32,
) -> Result<Option<OrganisationListing>, DbErr> {
    let Some(organisation) = partner_organisation::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(listings(db, vec![organisation]).await?.pop())
}

/// An organisation's name alone, for its people's pages.
pub async fn organisation_name<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<Option<String>, DbErr> {
    Ok(partner_organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(|organisation| organisation.name))
}

/// The names of the organisations among `ids`, by id, in one query.
pub async fn organisation_names<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = i32>,
) -> Result<BTreeMap<i32, String>, DbErr> {
    Ok(partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

async fn listings(
    db: &DatabaseConnection,
    organisations: Vec<partner_organisation::Model>,
) -> Result<Vec<OrganisationListing>, DbErr> {
    let ids: Vec<i32> = organisations.iter().map(|o| o.id).collect();
    let areas = partner_area::Entity::find()
        .filter(partner_area::Column::OrganisationId.is_in(ids.clone()))
        .all(db)
        .await?;
    let neighbourhoods: BTreeMap<i32, neighbourhood::Model> = neighbourhood::Entity::find()
        .filter(
            neighbourhood::Column::Id.is_in(
                areas
                    .iter()
                    .map(|a| a.neighbourhood_id)
                    .collect::<BTreeSet<_>>(),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n))
        .collect();
    let people = staff_account::Entity::find()
        .filter(staff_account::Column::PartnerOrganisationId.is_in(ids))
        .order_by_asc(staff_account::Column::Name)
        .all(db)
        .await?;
    Ok(organisations
        .into_iter()
        .map(|organisation| {
            let mut theirs: Vec<neighbourhood::Model> = areas
                .iter()
                .filter(|a| a.organisation_id == organisation.id)
                .filter_map(|a| neighbourhoods.get(&a.neighbourhood_id).cloned())
                .collect();
            theirs.sort_by(|a, b| a.name.cmp(&b.name));
            OrganisationListing {
                people: people
                    .iter()
                    .filter(|p| p.partner_organisation_id == Some(organisation.id))
                    .cloned()
                    .collect(),
                neighbourhoods: theirs,
                organisation,
            }
        })
        .collect())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    Invited,
    EmailTaken,
    NoSuchOrganisation,
}

/// Invites one of an organisation's people: an account of the partner role for that
/// organisation, whose holder chooses a password from the emailed link and then sets up a
/// second factor before they see anything.
pub async fn invite_person(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    organisation_id: i32,
    person: &PartnerPerson,
    site: EmailSite,
) -> Result<Invited, DbErr> {
    if partner_organisation::Entity::find_by_id(organisation_id)
        .one(&**db)
        .await?
        .is_none()
    {
        return Ok(Invited::NoSuchOrganisation);
    }
    let created = staff::create(
        db,
        clock,
        permit,
        NewStaff {
            email: person.email.clone(),
            name: person.name.clone(),
            role: Role::Partner,
            first_password: FirstPassword::Invite(site),
            neighbourhood_ids: Vec::new(),
            partner_organisation_id: Some(organisation_id),
        },
    )
    .await?;
    Ok(match created {
        CreateStaff::Created { .. } => Invited::Invited,
        CreateStaff::EmailTaken => Invited::EmailTaken,
    })
}

/// What an administrator may change of a partner's person's account: never a police role or a
/// neighbourhood, which a partner's account does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonChange {
    /// Someone who left the organisation: they can no longer sign in.
    Disable,
    Enable,
    /// For someone who lost their phone: they set up a second factor again.
    ResetSecondFactor,
    /// Their password stops working and they are emailed a link to choose another.
    ForcePasswordReset,
}

/// Changes the account of one of the organisation's people, through the same change as staff
/// accounts (audited there); `NoSuchAccount` unless the account is this organisation's.
pub async fn change_person(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    organisation_id: i32,
    account_id: i32,
    change: PersonChange,
    site: &EmailSite,
) -> Result<staff::ChangeOutcome, DbErr> {
    // An account's organisation is set when it is created and never changes.
    let theirs = staff_account::Entity::find_by_id(account_id)
        .filter(staff_account::Column::PartnerOrganisationId.eq(organisation_id))
        .one(&**db)
        .await?
        .is_some();
    if !theirs {
        return Ok(staff::ChangeOutcome::NoSuchAccount);
    }
    let change = match change {
        PersonChange::Disable => staff::AccountChange::Disabled(true),
        PersonChange::Enable => staff::AccountChange::Disabled(false),
        PersonChange::ResetSecondFactor => staff::AccountChange::ResetSecondFactor,
        PersonChange::ForcePasswordReset => staff::AccountChange::ForcePasswordReset,
    };
    staff::change(db, clock, permit, account_id, change, site).await
}

/// For the open data: how many organisations work in a neighbourhood, and how many of its
/// problems (published or not, as the Guarantee counts them) are shared with one of them or more.
pub async fn counts<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
) -> Result<(u64, u64), DbErr> {
    let organisations = partner_area::Entity::find()
        .filter(partner_area::Column::NeighbourhoodId.eq(neighbourhood_id))
        .count(conn)
        .await?;
    let shared = problem_share::Entity::find()
        .select_only()
        .expr(Expr::col((problem_share::Entity, problem_share::Column::ProblemId)).count_distinct())
        .join(
            JoinType::InnerJoin,
            problem_share::Entity::belongs_to(problem::Entity)
                .from(problem_share::Column::ProblemId)
                .to(problem::Column::Id)
                .into(),
        )
        .filter(problem::Column::NeighbourhoodId.eq(neighbourhood_id))
        .into_tuple::<i64>()
        .one(conn)
        .await?
        .unwrap_or_default();
    Ok((organisations, u64::try_from(shared).unwrap_or_default()))
}

/// The organisations working in a neighbourhood, by name, apart from those in `already` (those
/// a problem is shared with, or a concern passed to): those its team may still give it to.
pub async fn working_in<C: ConnectionTrait>(
    conn: &C,
    neighbourhood_id: i32,
    already: &[i32],
) -> Result<Vec<partner_organisation::Model>, DbErr> {
    let ids: Vec<i32> = partner_area::Entity::find()
        .filter(partner_area::Column::NeighbourhoodId.eq(neighbourhood_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.organisation_id)
        .filter(|id| !already.contains(id))
        .collect();
    partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Id.is_in(ids))
        .order_by_asc(partner_organisation::Column::Name)
        .all(conn)
        .await
}

/// The organisations a problem is shared with, by name.
pub async fn shared_with<C: ConnectionTrait>(
    conn: &C,
    problem_id: i32,
) -> Result<Vec<partner_organisation::Model>, DbErr> {
    let ids = shared_ids(conn, problem_id).await?;
    partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Id.is_in(ids))
        .order_by_asc(partner_organisation::Column::Name)
        .all(conn)
        .await
}

async fn shared_ids<C: ConnectionTrait>(conn: &C, problem_id: i32) -> Result<Vec<i32>, DbErr> {
    Ok(problem_share::Entity::find()
        .filter(problem_share::Column::ProblemId.eq(problem_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| s.organisation_id)
        .collect())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Shared,
    Unshared,
    /// Already so: nothing changed.
    AsItWas,
    NoSuchProblem,
    /// The organisation does not work in the problem's neighbourhood.
    NotWorkingThere,
}

/// Whether the organisation works in the neighbourhood. Its area row is locked (on PostgreSQL)
/// for the rest of the change, so an administrator cannot take the neighbourhood away from it
/// while a problem is shared or a concern passed to it.
pub(crate) async fn works_in_locked<C: ConnectionTrait>(
    conn: &C,
    organisation_id: i32,
    neighbourhood_id: i32,
) -> Result<bool, DbErr> {
    let mut area = partner_area::Entity::find()
        .filter(partner_area::Column::OrganisationId.eq(organisation_id))
        .filter(partner_area::Column::NeighbourhoodId.eq(neighbourhood_id));
    if conn.get_database_backend() == DbBackend::Postgres {
        area = area.lock_shared();
    }
    Ok(area.one(conn).await?.is_some())
}

/// Shares a problem of the permit's neighbourhood with an organisation working there, or stops
/// sharing it. The organisation's area is locked while the share is written (`works_in_locked`).
pub async fn share_problem(
    db: &Database,
    clock: &Clock,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    organisation_id: i32,
    share: bool,
) -> Result<Shared, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let txn = db.write().await?;
    let Some(found) = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.trim().to_uppercase()))
        .filter(problem::Column::NeighbourhoodId.eq(n.id))
        .one(&txn)
        .await?
    else {
        return Ok(Shared::NoSuchProblem);
    };
    let Some(organisation) = partner_organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
    else {
        return Ok(Shared::NotWorkingThere);
    };
    // Only a new share needs the organisation to work here: the team can always stop sharing,
    // also after an administrator took the neighbourhood away from the organisation.
    if share && !works_in_locked(&txn, organisation_id, n.id).await? {
        return Ok(Shared::NotWorkingThere);
    }
    let (changed, action) = if share {
        let inserted = problem_share::Entity::insert(problem_share::ActiveModel {
            id: NotSet,
            problem_id: Set(found.id),
            organisation_id: Set(organisation_id),
            shared_at: Set(clock.now()),
            shared_by: Set(Some(member.id)),
        })
        .on_conflict_do_nothing_on([
            problem_share::Column::ProblemId,
            problem_share::Column::OrganisationId,
        ])
        .exec_without_returning(&txn)
        .await?;
        (rows_inserted(inserted) > 0, AuditAction::ProblemShared)
    } else {
        let deleted = problem_share::Entity::delete_many()
            .filter(problem_share::Column::ProblemId.eq(found.id))
            .filter(problem_share::Column::OrganisationId.eq(organisation_id))
            .exec(&txn)
            .await?;
        (deleted.rows_affected > 0, AuditAction::ProblemUnshared)
    };
    if !changed {
        return Ok(Shared::AsItWas);
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        action,
        &format!(
            "{} “{}” in {} with {}",
            found.reference, found.title, n.name, organisation.name
        ),
        None::<&()>,
        None::<&()>,
    )
    .await?;
    txn.commit().await?;
    Ok(if share {
        Shared::Shared
    } else {
        Shared::Unshared
    })
}

/// A problem shared with a partner's organisation, as their list shows it.
#[derive(Clone, Debug)]
pub struct SharedListing {
    pub problem: problem::Model,
    pub neighbourhood: String,
    pub shared_at: i64,
}

/// The problems shared with the permit's organisation, most recently shared first.
pub async fn shared_problems(
    db: &DatabaseConnection,
    permit: &Permit<PartnerOf>,
) -> Result<Vec<SharedListing>, DbErr> {
    let PartnerOf(organisation_id) = *permit.subject();
    let shares = problem_share::Entity::find()
        .filter(problem_share::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(problem_share::Column::SharedAt)
        .order_by_desc(problem_share::Column::Id)
        .all(db)
        .await?;
    let problems: BTreeMap<i32, problem::Model> = problem::Entity::find()
        .filter(problem::Column::Id.is_in(shares.iter().map(|s| s.problem_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let names: BTreeMap<i32, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(problems.values().map(|p| p.neighbourhood_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    Ok(shares
        .into_iter()
        .filter_map(|share| {
            let problem = problems.get(&share.problem_id)?.clone();
            Some(SharedListing {
                neighbourhood: names
                    .get(&problem.neighbourhood_id)
                    .cloned()
                    .unwrap_or_default(),
                problem,
                shared_at: share.shared_at,
            })
        })
        .collect())
}

/// The problem with this reference and the organisations it is shared with, for
/// `policy::partner::work_on_shared` to decide on.
pub async fn shared_problem<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
) -> Result<Option<SharedProblem>, DbErr> {
    let Some(problem) = problem::Entity::find()
        .filter(problem::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let shared_with = shared_ids(conn, problem.id).await?;
    Ok(Some(SharedProblem {
        problem,
        shared_with,
    }))
}

/// The organisation and the problem, if the problem is still shared with it: the share row is
/// locked (on PostgreSQL) for the rest of the change, so the team cannot stop sharing it midway.
async fn still_shared<C: ConnectionTrait>(
    conn: &C,
    problem_id: i32,
    organisation_id: i32,
) -> Result<Option<(partner_organisation::Model, problem::Model)>, DbErr> {
    let mut share = problem_share::Entity::find()
        .filter(problem_share::Column::ProblemId.eq(problem_id))
        .filter(problem_share::Column::OrganisationId.eq(organisation_id));
    if conn.get_database_backend() == DbBackend::Postgres {
        share = share.lock_shared();
    }
    let (Some(_), Some(organisation), Some(found)) = (
        share.one(conn).await?,
        partner_organisation::Entity::find_by_id(organisation_id)
            .one(conn)
            .await?,
        problem::Entity::find_by_id(problem_id).one(conn).await?,
    ) else {
        return Ok(None);
    };
    Ok(Some((organisation, found)))
}

/// Records an action a partner took (or will take) on a problem shared with their organisation,
/// credited to it: the problem is then at least at Response, as with the team's own actions.
/// The share is checked again inside the change, so an action is never added to a problem the
/// team has just stopped sharing.
pub async fn add_action(
    db: &Database,
    clock: &Clock,
    permit: &Permit<SharedProblem>,
    action: &ActionEntry,
) -> Result<bool, DbErr> {
    let member: &StaffMember = permit.member();
    let Some(organisation_id) = member.partner_organisation_id else {
        return Ok(false);
    };
    let problem_id = permit.subject().problem.id;
    let now = clock.now();
    let txn = db.write().await?;
    let Some((organisation, found)) = still_shared(&txn, problem_id, organisation_id).await? else {
        return Ok(false);
    };
    problem_action::Entity::insert(problem_action::ActiveModel {
        id: NotSet,
        problem_id: Set(found.id),
        description: Set(action.description.clone()),
        owner: Set(action.owner.clone()),
        partner: Set(organisation.name.clone()),
        action_on: Set(action.on),
        created_at: Set(now),
        created_by: Set(Some(member.id)),
        partner_organisation_id: Set(Some(organisation.id)),
    })
    .exec_without_returning(&txn)
    .await?;
    crate::services::problems::acted_on(&txn, found.id, now).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PartnerActionAdded,
        &format!(
            "{} “{}” for {}",
            found.reference, found.title, organisation.name
        ),
        None::<&()>,
        Some(&action.description),
    )
    .await?;
    if found.published {
        txn.public_page_changed().await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// Writes the partner's organisation's assessment of a problem shared with it, replacing the one
/// it wrote before (once per problem and organisation, a unique index), audited. The share is
/// checked again inside the change, as for an action.
pub async fn assess(
    db: &Database,
    clock: &Clock,
    permit: &Permit<SharedProblem>,
    assessment: &AssessmentEntry,
) -> Result<bool, DbErr> {
    let member: &StaffMember = permit.member();
    let Some(organisation_id) = member.partner_organisation_id else {
        return Ok(false);
    };
    let problem_id = permit.subject().problem.id;
    let txn = db.write().await?;
    let Some((organisation, found)) = still_shared(&txn, problem_id, organisation_id).await? else {
        return Ok(false);
    };
    partner_assessment::Entity::insert(partner_assessment::ActiveModel {
        id: NotSet,
        problem_id: Set(found.id),
        organisation_id: Set(organisation.id),
        worked: Set(assessment.worked.clone()),
        measure: Set(assessment.measure.clone()),
        written_at: Set(clock.now()),
        written_by: Set(Some(member.id)),
    })
    .on_conflict(
        OnConflict::columns([
            partner_assessment::Column::ProblemId,
            partner_assessment::Column::OrganisationId,
        ])
        .update_columns([
            partner_assessment::Column::Worked,
            partner_assessment::Column::Measure,
            partner_assessment::Column::WrittenAt,
            partner_assessment::Column::WrittenBy,
        ])
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PartnerAssessed,
        &format!(
            "{} “{}” for {}",
            found.reference, found.title, organisation.name
        ),
        None::<&()>,
        Some(&assessment.worked),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// A partner organisation's assessment, as the problem's pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerAssessment {
    pub organisation_id: i32,
    pub organisation: String,
    pub worked: String,
    pub measure: String,
    pub written_at: i64,
}

/// The partners' assessments of a problem, by organisation name.
pub async fn assessments<C: ConnectionTrait>(
    conn: &C,
    problem_id: i32,
) -> Result<Vec<PartnerAssessment>, DbErr> {
    let written = partner_assessment::Entity::find()
        .filter(partner_assessment::Column::ProblemId.eq(problem_id))
        .all(conn)
        .await?;
    let names = organisation_names(conn, written.iter().map(|a| a.organisation_id)).await?;
    let mut found: Vec<PartnerAssessment> = written
        .into_iter()
        .map(|a| PartnerAssessment {
            organisation: names.get(&a.organisation_id).cloned().unwrap_or_default(),
            organisation_id: a.organisation_id,
            worked: a.worked,
            measure: a.measure,
            written_at: a.written_at,
        })
        .collect();
    found.sort_by(|a, b| a.organisation.cmp(&b.organisation));
    Ok(found)
}

/// For each of `problem_ids`, the partner organisations that recorded an action on it, by name:
/// residents read them credited on the published problem.
pub async fn credits<C: ConnectionTrait>(
    conn: &C,
    problem_ids: &[i32],
) -> Result<BTreeMap<i32, Vec<String>>, DbErr> {
    let actions = problem_action::Entity::find()
        .filter(problem_action::Column::ProblemId.is_in(problem_ids.iter().copied()))
        .filter(problem_action::Column::PartnerOrganisationId.is_not_null())
        .all(conn)
        .await?;
    let names = organisation_names(
        conn,
        actions.iter().filter_map(|a| a.partner_organisation_id),
    )
    .await?;
    let mut credits: BTreeMap<i32, BTreeSet<String>> = BTreeMap::new();
    for action in actions {
        if let Some(name) = action.partner_organisation_id.and_then(|id| names.get(&id)) {
            credits
                .entry(action.problem_id)
                .or_default()
                .insert(name.clone());
        }
    }
    Ok(credits
        .into_iter()
        .map(|(problem, names)| (problem, names.into_iter().collect()))
        .collect())
}

/// The force's areas, as a registration or "add an area" form offers them: each LPA, then its
/// neighbourhoods.
#[derive(Clone, Debug, Default)]
pub struct AreaChoices {
    /// (id, code) of each neighbourhood.
    pub neighbourhoods: Vec<(i32, String)>,
    /// (code, ids of its neighbourhoods) of each LPA.
    pub lpas: Vec<(String, Vec<i32>)>,
    /// What the select shows: (value, label), LPAs with their neighbourhoods under each.
    pub options: Vec<(String, String)>,
}

impl AreaChoices {
    pub fn areas(&self) -> crate::domain::partner::Areas<'_> {
        crate::domain::partner::Areas {
            neighbourhoods: &self.neighbourhoods,
            lpas: &self.lpas,
        }
    }
}

pub async fn area_choices(db: &DatabaseConnection) -> Result<AreaChoices, DbErr> {
    use crate::domain::partner::AreaChoice;
    use crate::services::management;
    let lpas = management::lpas(db).await?;
    let neighbourhoods = management::neighbourhoods(db).await?;
    let mut choices = AreaChoices::default();
    for lpa in lpas {
        let theirs: Vec<_> = neighbourhoods
            .iter()
            .filter(|n| n.lpa_id == lpa.id)
            .collect();
        choices.options.push((
            AreaChoice::lpa(&lpa.code),
            format!("All of {} ({} neighbourhoods)", lpa.name, theirs.len()),
        ));
        for n in &theirs {
            choices.options.push((
                AreaChoice::neighbourhood(&n.code),
                format!("{}, {}", n.name, lpa.name),
            ));
            choices.neighbourhoods.push((n.id, n.code.clone()));
        }
        choices
            .lpas
            .push((lpa.code, theirs.iter().map(|n| n.id).collect()));
    }
    Ok(choices)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreasChanged {
    Changed,
    /// It worked there already (or, removing, did not): nothing changed.
    AsItWas,
    NoSuchOrganisation,
}

/// Adds neighbourhoods an organisation works in, or takes one away (`adding` false, one id).
/// Problems already shared stay shared: the team stops sharing them when the work ends.
pub async fn change_areas(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    organisation_id: i32,
    neighbourhood_ids: &[i32],
    adding: bool,
) -> Result<AreasChanged, DbErr> {
    let txn = db.write().await?;
    let Some(organisation) = partner_organisation::Entity::find_by_id(organisation_id)
        .one(&txn)
        .await?
    else {
        return Ok(AreasChanged::NoSuchOrganisation);
    };
    let mut changed = 0;
    for &neighbourhood_id in neighbourhood_ids {
        changed += if adding {
            partner_area::Entity::insert(partner_area::ActiveModel {
                id: NotSet,
                organisation_id: Set(organisation_id),
                neighbourhood_id: Set(neighbourhood_id),
            })
            .on_conflict_do_nothing_on([
                partner_area::Column::OrganisationId,
                partner_area::Column::NeighbourhoodId,
            ])
            .exec_without_returning(&txn)
            .await
            .map(rows_inserted)?
        } else {
            partner_area::Entity::delete_many()
                .filter(partner_area::Column::OrganisationId.eq(organisation_id))
                .filter(partner_area::Column::NeighbourhoodId.eq(neighbourhood_id))
                .exec(&txn)
                .await?
                .rows_affected
        };
    }
    if changed == 0 {
        return Ok(AreasChanged::AsItWas);
    }
    #[derive(Serialize)]
    struct AreasRecord {
        added: Vec<String>,
        removed: Vec<String>,
    }
    let names = neighbourhood_names(&txn, neighbourhood_ids).await?;
    let record = if adding {
        AreasRecord {
            added: names,
            removed: Vec::new(),
        }
    } else {
        AreasRecord {
            added: Vec::new(),
            removed: names,
        }
    };
    audit::record(
        &txn,
        clock,
        Some(permit.member()),
        AuditAction::PartnerAreasChanged,
        &organisation.name,
        None::<&AreasRecord>,
        Some(&record),
    )
    .await?;
    txn.commit().await?;
    Ok(AreasChanged::Changed)
}

/// How many rows an insert that does nothing on a conflict added.
fn rows_inserted(result: TryInsertResult<u64>) -> u64 {
    match result {
        TryInsertResult::Inserted(rows) => rows,
        TryInsertResult::Empty | TryInsertResult::Conflicted => 0,
    }
}
