//! Concerns a team passes to a partner organisation working in its neighbourhood: the concern
//! lands in the organisation's queue, its people reply to the resident in the concern's thread
//! under the organisation's name, and they see who raised it only if the resident agreed, for
//! that organisation. The 72-hour clock stays the team's: a partner's reply does not stop it.
//! Who may do each is in `policy::partner`; every change is one transaction with its email and
//! audit entry.

use crate::domain::concern::status_words_in;
use crate::domain::ids::ResidentId;
use crate::policy::Permit;
use crate::policy::partner::{PartnerOf, ReferredConcern};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::concerns::{self, ConcernDetail, Reader};
use crate::services::messages::{self, EmailSite};
use crate::services::partners;
use crate::services::write::Database;
use entity::concern::{self, ConcernStatus};
use entity::concern_event::EventKind;
use entity::concern_referral::{self, ContactConsent};
use entity::{concern_category, neighbourhood, partner_organisation, resident};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, TryInsertResult,
};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Referred {
    Referred,
    /// Already passed to that organisation: nothing changed.
    AlreadyReferred,
    NoSuchConcern,
    /// The organisation does not work in the concern's neighbourhood.
    NotWorkingThere,
    /// A closed concern is not passed on: reopened, it can be.
    Closed,
}

/// Passes a concern of the permit's neighbourhood to an organisation working there: its status
/// becomes "passed to a partner" naming the organisation, and the resident is emailed, with the
/// choice of whether the organisation sees their name and email address (until they answer, it
/// does not). The organisation's area is locked while the referral is written
/// (`partners::works_in_locked`); passing it twice
/// (two instances at once included) makes one referral.
pub async fn refer(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<neighbourhood::Model>,
    reference: &str,
    organisation_id: i32,
) -> Result<Referred, DbErr> {
    let (member, n) = (permit.member(), permit.subject());
    let now = clock.now();
    let txn = db.write().await?;
    let Some(found) = concerns::team_concern_row(&txn, n, reference).await? else {
        return Ok(Referred::NoSuchConcern);
    };
    let (true, Some(organisation)) = (
        partners::works_in_locked(&txn, organisation_id, n.id).await?,
        partner_organisation::Entity::find_by_id(organisation_id)
            .one(&txn)
            .await?,
    ) else {
        return Ok(Referred::NotWorkingThere);
    };
    // The status first: a concern closed meanwhile is refused before anything is written.
    let passed = concern::Entity::update_many()
        .col_expr(
            concern::Column::Status,
            Expr::value(ConcernStatus::PassedToPartner),
        )
        .col_expr(
            concern::Column::Partner,
            Expr::value(Some(organisation.name.clone())),
        )
        .col_expr(concern::Column::UpdatedAt, Expr::value(now))
        .filter(concern::Column::Id.eq(found.id))
        .filter(concern::Column::Status.ne(ConcernStatus::Closed))
        .exec(&txn)
        .await?;
    if passed.rows_affected != 1 {
        return Ok(Referred::Closed);
    }
    let inserted = concern_referral::Entity::insert(concern_referral::ActiveModel {
        id: NotSet,
        concern_id: Set(found.id),
        organisation_id: Set(organisation.id),
        referred_at: Set(now),
        referred_by: Set(Some(member.id)),
        contact_consent: Set(ContactConsent::Asked),
        consent_at: Set(None),
    })
    .on_conflict_do_nothing_on([
        concern_referral::Column::ConcernId,
        concern_referral::Column::OrganisationId,
    ])
    .exec_without_returning(&txn)
    .await?;
    if !matches!(inserted, TryInsertResult::Inserted(1)) {
        // Undoes the status written above: it was passed to them already.
        txn.rollback().await?;
        return Ok(Referred::AlreadyReferred);
    }
    concerns::add_event(
        &txn,
        found.id,
        now,
        EventKind::StatusChanged,
        Some(member.id),
        &organisation.name,
        Some(ConcernStatus::PassedToPartner),
    )
    .await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::ConcernReferred,
        &format!("{} in {} to {}", found.reference, n.name, organisation.name),
        None::<&()>,
        None::<&()>,
    )
    .await?;
    concerns::write_to_resident(&txn, clock, site, n, &found, |letter| {
        messages::concern_referred(
            letter,
            &status_words_in(ConcernStatus::PassedToPartner, letter.language),
            &organisation.name,
        )
    })
    .await?;
    concerns::shown_publicly(&txn, &found, false).await?;
    txn.commit().await?;
    Ok(Referred::Referred)
}

/// The resident's answer for one organisation their concern was passed to: whether it sees
/// their name and email address. They may change it at any time; false if the concern is not
/// theirs or was not passed to that organisation.
pub async fn answer_consent(
    db: &Database,
    clock: &Clock,
    resident_id: ResidentId,
    reference: &str,
    organisation_id: i32,
    given: bool,
) -> Result<bool, DbErr> {
    let txn = db.write().await?;
    let Some(found) = concerns::own_concern(&txn, resident_id, reference).await? else {
        return Ok(false);
    };
    // A group's concern was put forward by its organisers: the group is the team's contact,
    // and no one resident's details are passed on.
    if found.group_id.is_some() {
        return Ok(false);
    }
    let answer = if given {
        ContactConsent::Given
    } else {
        ContactConsent::Refused
    };
    let answered = concern_referral::Entity::update_many()
        .col_expr(
            concern_referral::Column::ContactConsent,
            Expr::value(answer),
        )
        .col_expr(
            concern_referral::Column::ConsentAt,
            Expr::value(clock.now()),
        )
        .filter(concern_referral::Column::ConcernId.eq(found.id))
        .filter(concern_referral::Column::OrganisationId.eq(organisation_id))
        .exec(&txn)
        .await?;
    if answered.rows_affected != 1 {
        return Ok(false);
    }
    txn.commit().await?;
    Ok(true)
}

/// A concern passed to a partner's organisation, as their queue lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReferralListing {
    pub reference: String,
    pub neighbourhood: String,
    pub category: String,
    pub status: ConcernStatus,
    pub passed_at: i64,
}

/// The concerns passed to the permit's organisation, most recently passed first.
pub async fn queue(
    db: &DatabaseConnection,
    permit: &Permit<PartnerOf>,
) -> Result<Vec<ReferralListing>, DbErr> {
    let PartnerOf(organisation_id) = *permit.subject();
    let referrals = concern_referral::Entity::find()
        .filter(concern_referral::Column::OrganisationId.eq(organisation_id))
        .order_by_desc(concern_referral::Column::ReferredAt)
        .order_by_desc(concern_referral::Column::Id)
        .all(db)
        .await?;
    let found: BTreeMap<i32, concern::Model> = concern::Entity::find()
        .filter(concern::Column::Id.is_in(referrals.iter().map(|r| r.concern_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let neighbourhoods: BTreeMap<i32, String> = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(found.values().map(|c| c.neighbourhood_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|n| (n.id, n.name))
        .collect();
    let categories: BTreeMap<i32, String> = concern_category::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    Ok(referrals
        .into_iter()
        .filter_map(|referral| {
            let c = found.get(&referral.concern_id)?;
            Some(ReferralListing {
                reference: c.reference.clone(),
                neighbourhood: neighbourhoods
                    .get(&c.neighbourhood_id)
                    .cloned()
                    .unwrap_or_default(),
                category: categories.get(&c.category_id).cloned().unwrap_or_default(),
                status: c.status,
                passed_at: referral.referred_at,
            })
        })
        .collect())
}

/// The concern with this reference and the organisations it was passed to, for
/// `policy::partner::work_on_referred` to decide on.
pub async fn referred_concern<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
) -> Result<Option<ReferredConcern>, DbErr> {
    let Some(found) = concern::Entity::find()
        .filter(concern::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let referred_to = concern_referral::Entity::find()
        .select_only()
        .column(concern_referral::Column::OrganisationId)
        .filter(concern_referral::Column::ConcernId.eq(found.id))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(Some(ReferredConcern {
        concern: found,
        referred_to,
    }))
}

/// A concern as a partner it was passed to sees it: what the resident wrote, the thread without
/// the team's notes, and who raised it only where the resident agreed.
#[derive(Clone, Debug, PartialEq)]
pub struct PartnerConcern {
    pub detail: ConcernDetail,
    pub organisation: String,
    pub passed_at: i64,
    pub contact_details: ContactConsent,
    /// The resident's name (if they gave one) and email address, with their consent only.
    pub resident: Option<(Option<String>, String)>,
}

pub async fn for_partner(
    db: &DatabaseConnection,
    permit: &Permit<ReferredConcern>,
) -> Result<Option<PartnerConcern>, DbErr> {
    let Some(organisation_id) = permit.member().partner_organisation_id else {
        return Ok(None);
    };
    let found = permit.subject().concern.clone();
    let resident_id = found.resident_id;
    let Some(detail) = concerns::detail(db, found, Reader::Partner).await? else {
        return Ok(None);
    };
    let Some(passed) = detail
        .passed_to
        .iter()
        .find(|p| p.organisation_id == organisation_id)
        .cloned()
    else {
        return Ok(None);
    };
    let resident = match (passed.contact_details, resident_id) {
        (ContactConsent::Given, Some(id)) => resident::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|r| (r.display_name, r.email)),
        _ => None,
    };
    Ok(Some(PartnerConcern {
        detail,
        organisation: passed.organisation,
        passed_at: passed.passed_at,
        contact_details: passed.contact_details,
        resident,
    }))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerReplied {
    Sent,
    /// The concern is closed: nothing more is written to it.
    Closed,
}

/// Someone working for a partner writes to the resident: their reply joins the concern's thread
/// under the organisation's name and is emailed to the resident. It does not stop the team's
/// 72-hour clock. The referral is checked again inside the change.
pub async fn reply(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<ReferredConcern>,
    text: &str,
) -> Result<PartnerReplied, DbErr> {
    let member = permit.member();
    let Some(organisation_id) = member.partner_organisation_id else {
        return Ok(PartnerReplied::Closed);
    };
    let concern_id = permit.subject().concern.id;
    let now = clock.now();
    let txn = db.write().await?;
    let mut referral = concern_referral::Entity::find()
        .filter(concern_referral::Column::ConcernId.eq(concern_id))
        .filter(concern_referral::Column::OrganisationId.eq(organisation_id));
    if txn.get_database_backend() == DbBackend::Postgres {
        referral = referral.lock_shared();
    }
    let (Some(_), Some(organisation), Some(found)) = (
        referral.one(&txn).await?,
        partner_organisation::Entity::find_by_id(organisation_id)
            .one(&txn)
            .await?,
        concern::Entity::find_by_id(concern_id).one(&txn).await?,
    ) else {
        return Ok(PartnerReplied::Closed);
    };
    if !concerns::touch_if_open(&txn, found.id, now).await? {
        return Ok(PartnerReplied::Closed);
    }
    let Some(n) = neighbourhood::Entity::find_by_id(found.neighbourhood_id)
        .one(&txn)
        .await?
    else {
        return Ok(PartnerReplied::Closed);
    };
    concerns::add_partner_reply(&txn, found.id, now, member.id, organisation.id, text).await?;
    audit::record(
        &txn,
        clock,
        Some(member),
        AuditAction::PartnerReplied,
        &format!(
            "{} in {} for {}",
            found.reference, n.name, organisation.name
        ),
        None::<&()>,
        None::<&()>,
    )
    .await?;
    concerns::write_to_resident(&txn, clock, site, &n, &found, |letter| {
        messages::concern_partner_reply(letter, &organisation.name, text)
    })
    .await?;
    txn.commit().await?;
    Ok(PartnerReplied::Sent)
}

/// The organisations working in a concern's neighbourhood that it was not passed to yet, by
/// name: those its team may pass it to.
pub async fn may_pass_to<C: ConnectionTrait>(
    conn: &C,
    detail: &ConcernDetail,
) -> Result<Vec<partner_organisation::Model>, DbErr> {
    let already: Vec<i32> = detail.passed_to.iter().map(|p| p.organisation_id).collect();
    partners::working_in(conn, detail.neighbourhood.id, &already).await
}
