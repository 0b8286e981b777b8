//! Community groups and their members: registering a group (its founder is its first
//! organiser), verification by a team member or moderator, invitations by single-use link,
//! requests to join, organisers' changes to members, leaving, and the contact form relayed to
//! organisers. A group always keeps an organiser: changes that could take the last one away
//! lock the group's row and are made only while another organiser remains.

use crate::domain::group::{
    GroupEntry, INVITATION_SECONDS, dashboard_path, group_path, members_path, staff_group_path,
};
use crate::domain::ids::ResidentId;
use crate::domain::reference::new_reference;
use crate::domain::staff::StaffMember;
use crate::i18n::Language;
use crate::policy::{self, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::Clock;
use crate::services::messages::{self, EmailSite};
use crate::services::outbox;
use crate::services::rate_limit::{self, BucketKeys, Limit, Taken};
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::tokens::{new_token, token_hash};
use crate::services::write::{Database, Write};
use entity::community_group::{self, GroupStatus};
use entity::group_member::{self, MemberRole, MemberStatus};
use entity::{group_invitation, group_neighbourhood, neighbourhood, resident};
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, SqlErr,
};
use serde::Serialize;

/// A group with the neighbourhoods it works in.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub group: community_group::Model,
    pub neighbourhoods: Vec<neighbourhood::Model>,
}

impl Group {
    pub fn neighbourhood_ids(&self) -> Vec<i32> {
        self.neighbourhoods.iter().map(|n| n.id).collect()
    }

    pub fn is_public(&self) -> bool {
        self.group.status == GroupStatus::Verified
    }
}

async fn with_neighbourhoods<C: ConnectionTrait>(
    conn: &C,
    group: community_group::Model,
) -> Result<Group, DbErr> {
    let ids: Vec<i32> = group_neighbourhood::Entity::find()
        .filter(group_neighbourhood::Column::GroupId.eq(group.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.neighbourhood_id)
        .collect();
    let neighbourhoods = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(ids))
        .order_by_asc(neighbourhood::Column::Name)
        .all(conn)
        .await?;
    Ok(Group {
        group,
        neighbourhoods,
    })
}

/// The group with this reference, whatever its status.
pub async fn by_reference<C: ConnectionTrait>(
    conn: &C,
    reference: &str,
) -> Result<Option<Group>, DbErr> {
    let Some(found) = community_group::Entity::find()
        .filter(community_group::Column::Reference.eq(reference.trim().to_uppercase()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(with_neighbourhoods(conn, found).await?))
}

pub async fn by_id<C: ConnectionTrait>(conn: &C, id: i32) -> Result<Option<Group>, DbErr> {
    match community_group::Entity::find_by_id(id).one(conn).await? {
        Some(found) => Ok(Some(with_neighbourhoods(conn, found).await?)),
        None => Ok(None),
    }
}

/// Verified groups, by name; only those working in `neighbourhood_id` when given.
pub async fn verified(
    db: &DatabaseConnection,
    neighbourhood_id: Option<i32>,
) -> Result<Vec<Group>, DbErr> {
    let mut query = community_group::Entity::find()
        .filter(community_group::Column::Status.eq(GroupStatus::Verified));
    if let Some(id) = neighbourhood_id {
        query = query.filter(
            community_group::Column::Id.in_subquery(
                Query::select()
                    .column(group_neighbourhood::Column::GroupId)
                    .from(group_neighbourhood::Entity)
                    .and_where(group_neighbourhood::Column::NeighbourhoodId.eq(id))
                    .to_owned(),
            ),
        );
    }
    let mut groups = Vec::new();
    for found in query
        .order_by_asc(community_group::Column::Name)
        .all(db)
        .await?
    {
        groups.push(with_neighbourhoods(db, found).await?);
    }
    Ok(groups)
}

/// The groups waiting for verification (and those decided) that `member` may act for.
pub async fn for_staff(db: &DatabaseConnection, member: &StaffMember) -> Result<Vec<Group>, DbErr> {
    let mut groups = Vec::new();
    for found in community_group::Entity::find()
        .order_by_desc(community_group::Column::CreatedAt)
        .all(db)
        .await?
    {
        let group = with_neighbourhoods(db, found).await?;
        if crate::policy::group::may_act_for(member, &group.neighbourhood_ids()) {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// A resident's membership (or request) of a group.
pub async fn membership<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
    resident_id: ResidentId,
) -> Result<Option<group_member::Model>, DbErr> {
    group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::ResidentId.eq(resident_id))
        .one(conn)
        .await
}

/// Whether the resident is an active organiser of the group.
pub async fn is_organiser<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
    resident_id: ResidentId,
) -> Result<bool, DbErr> {
    Ok(membership(conn, group_id, resident_id)
        .await?
        .as_ref()
        .is_some_and(policy::group::organises))
}

/// The groups a resident belongs to (active memberships), with their role.
pub async fn of_resident<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
) -> Result<Vec<(Group, group_member::Model)>, DbErr> {
    let memberships = group_member::Entity::find()
        .filter(group_member::Column::ResidentId.eq(resident_id))
        .all(conn)
        .await?;
    let mut groups = Vec::new();
    for m in memberships {
        if let Some(group) = by_id(conn, m.group_id).await? {
            groups.push((group, m));
        }
    }
    groups.sort_by(|a, b| a.0.group.name.cmp(&b.0.group.name));
    Ok(groups)
}

/// The verified groups in `neighbourhood_id` that the resident organises: those they may put
/// a concern forward for.
pub async fn organised_in(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    neighbourhood_id: i32,
) -> Result<Vec<community_group::Model>, DbErr> {
    Ok(of_resident(db, resident_id)
        .await?
        .into_iter()
        .filter(|(g, m)| {
            g.is_public()
                && policy::group::organises(m)
                && g.neighbourhoods.iter().any(|n| n.id == neighbourhood_id)
        })
        .map(|(g, _)| g.group)
        .collect())
}

/// A member as organisers see them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub member: group_member::Model,
    pub name: Option<String>,
    pub email: String,
    /// The language their account records (a code such as `cy`).
    pub language: String,
}

/// The members and requests of a group: organisers first, then by name.
pub async fn members<C: ConnectionTrait>(conn: &C, group_id: i32) -> Result<Vec<MemberRow>, DbErr> {
    let rows = group_member::Entity::find()
        .filter(group_member::Column::GroupId.eq(group_id))
        .order_by_asc(group_member::Column::JoinedAt)
        .all(conn)
        .await?;
    let residents = resident::Entity::find()
        .filter(resident::Column::Id.is_in(rows.iter().map(|m| m.resident_id)))
        .all(conn)
        .await?;
    let mut members: Vec<MemberRow> = rows
        .into_iter()
        .filter_map(|member| {
            let r = residents.iter().find(|r| r.id == member.resident_id)?;
            Some(MemberRow {
                name: r.display_name.clone(),
                email: r.email.clone(),
                language: r.language.clone(),
                member,
            })
        })
        .collect();
    members.sort_by_key(|m| {
        (
            m.member.status != MemberStatus::Active,
            m.member.role != MemberRole::Organiser,
        )
    });
    Ok(members)
}

/// The names members chose to show on the public page.
pub async fn shown_names<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
) -> Result<Vec<String>, DbErr> {
    Ok(members(conn, group_id)
        .await?
        .into_iter()
        .filter(|m| m.member.show_name && m.member.status == MemberStatus::Active)
        .filter_map(|m| m.name)
        .collect())
}

/// The addresses of a group's active organisers, each with the language to write to them in.
pub async fn organiser_addresses<C: ConnectionTrait>(
    conn: &C,
    site: &EmailSite,
    group_id: i32,
) -> Result<Vec<(String, Language)>, DbErr> {
    Ok(members(conn, group_id)
        .await?
        .into_iter()
        .filter(|m| policy::group::organises(&m.member))
        .map(|m| {
            let language = site.language_on_account(&m.language);
            (m.email, language)
        })
        .collect())
}

/// How many groups one resident may register in a day: each registration emails teams.
pub const REGISTRATIONS_PER_DAY: Limit = Limit {
    attempts: 3,
    window_seconds: 86_400,
};
/// How many invitations one organiser may send in an hour: each is an email in the force's name.
pub const INVITATIONS_PER_HOUR: Limit = Limit {
    attempts: 20,
    window_seconds: 3600,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Registered {
    Registered { reference: String },
    TooMany { minutes: i64 },
}

/// Registers a group for the resident, who becomes its organiser, and tells the teams of its
/// neighbourhoods that it waits for verification. Sending the same registration twice finds
/// the first group.
#[allow(clippy::too_many_arguments)]
pub async fn register(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    resident_id: ResidentId,
    entry: &GroupEntry,
    idempotency_key: &str,
) -> Result<Registered, DbErr> {
    if let Some(earlier) = by_key(db, idempotency_key).await? {
        return Ok(Registered::Registered {
            reference: earlier.reference,
        });
    }
    let bucket = keys.bucket("group-register", &resident_id.to_string());
    if let Taken::Refused { minutes } =
        rate_limit::take(db, clock, &bucket, REGISTRATIONS_PER_DAY).await?
    {
        return Ok(Registered::TooMany { minutes });
    }
    let now = clock.now();
    let reference = new_reference("GRP");
    let txn = db.write().await?;
    let inserted = community_group::Entity::insert(community_group::ActiveModel {
        id: NotSet,
        reference: Set(reference.clone()),
        name: Set(entry.name.clone()),
        kind: Set(entry.kind),
        description: Set(entry.description.clone()),
        status: Set(GroupStatus::Pending),
        status_reason: Set(String::new()),
        created_at: Set(now),
        decided_at: Set(None),
        decided_by: Set(None),
        idempotency_key: Set(Some(idempotency_key.to_string())),
    })
    .exec(&txn)
    .await;
    let group_id = match inserted {
        Ok(done) => done.last_insert_id,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            txn.rollback().await?;
            return match by_key(db, idempotency_key).await? {
                Some(earlier) => Ok(Registered::Registered {
                    reference: earlier.reference,
                }),
                None => Err(error),
            };
        }
        Err(error) => return Err(error),
    };
    group_neighbourhood::Entity::insert_many(entry.neighbourhood_ids.iter().map(|id| {
        group_neighbourhood::ActiveModel {
            group_id: Set(group_id),
            neighbourhood_id: Set(*id),
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    group_member::Entity::insert(group_member::ActiveModel {
        id: NotSet,
        group_id: Set(group_id),
        resident_id: Set(resident_id.get()),
        role: Set(MemberRole::Organiser),
        status: Set(MemberStatus::Active),
        show_name: Set(false),
        joined_at: Set(now),
    })
    .exec_without_returning(&txn)
    .await?;
    let teams = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(entry.neighbourhood_ids.iter().copied()))
        .all(&txn)
        .await?;
    let link = format!("{}{}", site.site_url, staff_group_path(&reference));
    for team in teams {
        if let Some(address) = &team.contact_email {
            outbox::enqueue(
                &txn,
                clock,
                messages::group_to_verify(
                    address,
                    &entry.name,
                    &team.name,
                    &site.force_name,
                    &link,
                ),
            )
            .await?;
        }
    }
    txn.commit().await?;
    Ok(Registered::Registered { reference })
}

async fn by_key<C: ConnectionTrait>(
    conn: &C,
    key: &str,
) -> Result<Option<community_group::Model>, DbErr> {
    community_group::Entity::find()
        .filter(community_group::Column::IdempotencyKey.eq(key))
        .one(conn)
        .await
}

/// A member of staff's decision on a group waiting for verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Verify,
    Decline { reason: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decided {
    Decided,
    /// Someone else decided it first, or it is not waiting.
    NotWaiting,
}

#[derive(Serialize)]
struct StatusRecord<'a> {
    status: &'a str,
    reason: &'a str,
}

/// Verifies or declines a group (once), audited, with its organisers told.
pub async fn decide(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    permit: &Permit<Group>,
    decision: &Decision,
) -> Result<Decided, DbErr> {
    let (member, group) = (permit.member(), permit.subject());
    let now = clock.now();
    let (status, reason, action) = match decision {
        Decision::Verify => (GroupStatus::Verified, "", AuditAction::GroupVerified),
        Decision::Decline { reason } => (
            GroupStatus::Declined,
            reason.as_str(),
            AuditAction::GroupDeclined,
        ),
    };
    let txn = db.write().await?;
    let changed = community_group::Entity::update_many()
        .col_expr(community_group::Column::Status, Expr::value(status))
        .col_expr(community_group::Column::StatusReason, Expr::value(reason))
        .col_expr(community_group::Column::DecidedAt, Expr::value(now))
        .col_expr(community_group::Column::DecidedBy, Expr::value(member.id))
        .filter(community_group::Column::Id.eq(group.group.id))
        .filter(community_group::Column::Status.eq(GroupStatus::Pending))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Ok(Decided::NotWaiting);
    }
    audit::record(
        &txn,
        clock,
        Some(member),
        action,
        &format!("{} ({})", group.group.name, group.group.reference),
        Some(&StatusRecord {
            status: crate::domain::group::status_words(GroupStatus::Pending),
            reason: "",
        }),
        Some(&StatusRecord {
            status: crate::domain::group::status_words(status),
            reason,
        }),
    )
    .await?;
    let link = format!("{}{}", site.site_url, group_path(&group.group.reference));
    for (address, language) in organiser_addresses(&txn, site, group.group.id).await? {
        outbox::enqueue(
            &txn,
            clock,
            messages::group_decided(
                language,
                &address,
                &group.group.name,
                &site.force_name,
                &link,
                (status == GroupStatus::Declined).then_some(reason),
            ),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(Decided::Decided)
}

/// Takes the group's row lock on PostgreSQL, so changes to who organises it happen one at a
/// time (SQLite's write transaction is already exclusive).
pub(crate) async fn lock_group<C: ConnectionTrait>(conn: &C, group_id: i32) -> Result<(), DbErr> {
    if conn.get_database_backend() == DbBackend::Postgres {
        community_group::Entity::find_by_id(group_id)
            .lock_exclusive()
            .one(conn)
            .await?;
    }
    Ok(())
}

/// Whether another active organiser than the member `member_id` remains: a condition for
/// the update that would remove or demote them, checked by the database as it changes the row.
fn another_organiser(group_id: i32, member_id: i32) -> sea_orm::sea_query::SimpleExpr {
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from_as(
                group_member::Entity,
                sea_orm::sea_query::Alias::new("other"),
            )
            .and_where(
                Expr::col((
                    sea_orm::sea_query::Alias::new("other"),
                    group_member::Column::GroupId,
                ))
                .eq(group_id),
            )
            .and_where(
                Expr::col((
                    sea_orm::sea_query::Alias::new("other"),
                    group_member::Column::Id,
                ))
                .ne(member_id),
            )
            .and_where(
                Expr::col((
                    sea_orm::sea_query::Alias::new("other"),
                    group_member::Column::Role,
                ))
                .eq(policy::group::ORGANISER.1),
            )
            .and_where(
                Expr::col((
                    sea_orm::sea_query::Alias::new("other"),
                    group_member::Column::Status,
                ))
                .eq(policy::group::ORGANISER.0),
            )
            .to_owned(),
    )
}

/// What an organiser does to a member or a request to join.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MemberChange {
    Approve,
    Refuse,
    MakeOrganiser,
    MakeMember,
    Remove,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberChanged {
    Changed,
    /// The person acting is not (or no longer) an organiser of the group.
    NotAnOrganiser,
    /// No such member, or not in a state that allows it.
    NotNow,
    /// It would leave the group without an organiser.
    LastOrganiser,
}

/// An organiser changes a member: approves or refuses a request, makes them an organiser or
/// a member again, or removes them. The group never loses its last organiser.
pub async fn change_member(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    organiser_id: ResidentId,
    group: &Group,
    member_id: i32,
    change: MemberChange,
) -> Result<MemberChanged, DbErr> {
    let group_id = group.group.id;
    let txn = db.write().await?;
    lock_group(&txn, group_id).await?;
    if !is_organiser(&txn, group_id, organiser_id).await? {
        return Ok(MemberChanged::NotAnOrganiser);
    }
    let this_member = || {
        group_member::Entity::update_many()
            .filter(group_member::Column::Id.eq(member_id))
            .filter(group_member::Column::GroupId.eq(group_id))
    };
    let rows = match change {
        MemberChange::Approve => {
            this_member()
                .col_expr(
                    group_member::Column::Status,
                    Expr::value(MemberStatus::Active),
                )
                .col_expr(group_member::Column::JoinedAt, Expr::value(clock.now()))
                .filter(group_member::Column::Status.eq(MemberStatus::Requested))
                .exec(&txn)
                .await?
                .rows_affected
        }
        MemberChange::Refuse => {
            group_member::Entity::delete_many()
                .filter(group_member::Column::Id.eq(member_id))
                .filter(group_member::Column::GroupId.eq(group_id))
                .filter(group_member::Column::Status.eq(MemberStatus::Requested))
                .exec(&txn)
                .await?
                .rows_affected
        }
        MemberChange::MakeOrganiser => {
            this_member()
                .col_expr(
                    group_member::Column::Role,
                    Expr::value(MemberRole::Organiser),
                )
                .filter(group_member::Column::Status.eq(MemberStatus::Active))
                .filter(group_member::Column::Role.eq(MemberRole::Member))
                .exec(&txn)
                .await?
                .rows_affected
        }
        MemberChange::MakeMember => {
            let rows = this_member()
                .col_expr(group_member::Column::Role, Expr::value(MemberRole::Member))
                .filter(group_member::Column::Role.eq(MemberRole::Organiser))
                .filter(another_organiser(group_id, member_id))
                .exec(&txn)
                .await?
                .rows_affected;
            if rows == 0 && is_last_organiser(&txn, group_id, member_id).await? {
                return Ok(MemberChanged::LastOrganiser);
            }
            rows
        }
        MemberChange::Remove => {
            let rows = group_member::Entity::delete_many()
                .filter(group_member::Column::Id.eq(member_id))
                .filter(group_member::Column::GroupId.eq(group_id))
                .filter(group_member::Column::Status.eq(MemberStatus::Active))
                .filter(
                    group_member::Column::Role
                        .eq(MemberRole::Member)
                        .or(another_organiser(group_id, member_id)),
                )
                .exec(&txn)
                .await?
                .rows_affected;
            if rows == 0 && is_last_organiser(&txn, group_id, member_id).await? {
                return Ok(MemberChanged::LastOrganiser);
            }
            rows
        }
    };
    if rows != 1 {
        return Ok(MemberChanged::NotNow);
    }
    if change == MemberChange::Approve
        && let Some(joined) = group_member::Entity::find_by_id(member_id)
            .one(&txn)
            .await?
        && let Some(r) = resident::Entity::find_by_id(joined.resident_id)
            .one(&txn)
            .await?
    {
        let link = format!(
            "{}{}",
            site.site_url,
            dashboard_path(&group.group.reference)
        );
        outbox::enqueue(
            &txn,
            clock,
            messages::group_joined(
                site.language_of(&r),
                &r.email,
                &group.group.name,
                &site.force_name,
                &link,
            ),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(MemberChanged::Changed)
}

async fn is_last_organiser<C: ConnectionTrait>(
    conn: &C,
    group_id: i32,
    member_id: i32,
) -> Result<bool, DbErr> {
    let member = group_member::Entity::find_by_id(member_id)
        .filter(group_member::Column::GroupId.eq(group_id))
        .one(conn)
        .await?;
    Ok(member.as_ref().is_some_and(policy::group::organises))
}

/// A member leaves (or withdraws their request). The last organiser cannot.
pub async fn leave(
    db: &Database,
    resident_id: ResidentId,
    group: &Group,
) -> Result<MemberChanged, DbErr> {
    let group_id = group.group.id;
    let txn = db.write().await?;
    lock_group(&txn, group_id).await?;
    let Some(member) = membership(&txn, group_id, resident_id).await? else {
        return Ok(MemberChanged::NotNow);
    };
    let left = group_member::Entity::delete_many()
        .filter(group_member::Column::Id.eq(member.id))
        .filter(
            group_member::Column::Role
                .eq(MemberRole::Member)
                .or(group_member::Column::Status.eq(MemberStatus::Requested))
                .or(another_organiser(group_id, member.id)),
        )
        .exec(&txn)
        .await?;
    if left.rows_affected != 1 {
        return Ok(MemberChanged::LastOrganiser);
    }
    txn.commit().await?;
    Ok(MemberChanged::Changed)
}

/// A member's choice to show their name on the public page.
pub async fn set_show_name(
    db: &DatabaseConnection,
    resident_id: ResidentId,
    group_id: i32,
    show: bool,
) -> Result<bool, DbErr> {
    let changed = group_member::Entity::update_many()
        .col_expr(group_member::Column::ShowName, Expr::value(show))
        .filter(group_member::Column::GroupId.eq(group_id))
        .filter(group_member::Column::ResidentId.eq(resident_id))
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requested {
    Requested,
    /// Already a member, or already asked.
    AlreadyThere,
    /// Not a group anyone can ask to join (not verified).
    NotOpen,
}

/// A resident asks to join a verified group; its organisers are told.
pub async fn request_to_join(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    resident_id: ResidentId,
    group: &Group,
) -> Result<Requested, DbErr> {
    if !group.is_public() {
        return Ok(Requested::NotOpen);
    }
    let txn = db.write().await?;
    let inserted = group_member::Entity::insert(group_member::ActiveModel {
        id: NotSet,
        group_id: Set(group.group.id),
        resident_id: Set(resident_id.get()),
        role: Set(MemberRole::Member),
        status: Set(MemberStatus::Requested),
        show_name: Set(false),
        joined_at: Set(clock.now()),
    })
    .on_conflict(
        OnConflict::columns([
            group_member::Column::GroupId,
            group_member::Column::ResidentId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    if inserted == 0 {
        return Ok(Requested::AlreadyThere);
    }
    let link = format!("{}{}", site.site_url, members_path(&group.group.reference));
    for (address, language) in organiser_addresses(&txn, site, group.group.id).await? {
        let email = messages::group_join_request(
            language,
            &address,
            &group.group.name,
            &site.force_name,
            &link,
        );
        outbox::enqueue(&txn, clock, email).await?;
    }
    txn.commit().await?;
    Ok(Requested::Requested)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    Invited,
    NotAnOrganiser,
    AlreadyMember,
    /// Only a verified group invites people: the email speaks in the force's name.
    NotVerified,
    TooMany {
        minutes: i64,
    },
}

/// An organiser of a verified group invites someone by email: a single-use link, working for
/// 14 days.
#[allow(clippy::too_many_arguments)]
pub async fn invite(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &BucketKeys,
    organiser_id: ResidentId,
    group: &Group,
    email: &crate::domain::email_address::EmailAddress,
) -> Result<Invited, DbErr> {
    if !group.is_public() {
        return Ok(Invited::NotVerified);
    }
    if !is_organiser(db, group.group.id, organiser_id).await? {
        return Ok(Invited::NotAnOrganiser);
    }
    let bucket = keys.bucket("group-invite", &organiser_id.to_string());
    if let Taken::Refused { minutes } =
        rate_limit::take(db, clock, &bucket, INVITATIONS_PER_HOUR).await?
    {
        return Ok(Invited::TooMany { minutes });
    }
    let now = clock.now();
    let txn = db.write().await?;
    if !is_organiser(&txn, group.group.id, organiser_id).await? {
        return Ok(Invited::NotAnOrganiser);
    }
    let existing = crate::services::resident_accounts::by_mailbox(&txn, email).await?;
    if let Some(existing) = &existing
        && membership(&txn, group.group.id, ResidentId::new(existing.id))
            .await?
            .is_some_and(|m| m.status == MemberStatus::Active)
    {
        return Ok(Invited::AlreadyMember);
    }
    // Someone new is written to in English, the portal's first language.
    let language = existing
        .map(|account| site.language_of(&account))
        .unwrap_or_default();
    let token = new_token();
    group_invitation::Entity::insert(group_invitation::ActiveModel {
        id: NotSet,
        group_id: Set(group.group.id),
        email: Set(email.as_str().to_string()),
        token_hash: Set(token_hash(&token)),
        invited_by: Set(Some(organiser_id.get())),
        created_at: Set(now),
        expires_at: Set(now + INVITATION_SECONDS),
        used_at: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    let link = format!("{}/groups/invitations/accept?token={token}", site.site_url);
    outbox::enqueue(
        &txn,
        clock,
        messages::group_invitation(
            language,
            email.as_str(),
            &group.group.name,
            &site.force_name,
            &link,
        )
        .expiring_at(now + INVITATION_SECONDS),
    )
    .await?;
    txn.commit().await?;
    Ok(Invited::Invited)
}

/// An invitation still waiting: which group, and for which address.
pub async fn invitation(
    db: &DatabaseConnection,
    clock: &Clock,
    token: &str,
) -> Result<Option<(Group, String)>, DbErr> {
    let Some(found) = group_invitation::Entity::find()
        .filter(group_invitation::Column::TokenHash.eq(token_hash(token)))
        .filter(group_invitation::Column::UsedAt.is_null())
        .filter(group_invitation::Column::ExpiresAt.gt(clock.now()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(by_id(db, found.group_id).await?.map(|g| (g, found.email)))
}

/// Accepting an invitation: the link, used once, proves the address and joins its account
/// (made if need be) to the group. It never signs anyone in: a link someone else was sent must
/// not open their account in this browser; the invitee signs in as usual.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accepted {
    Joined {
        resident_id: ResidentId,
        reference: String,
    },
    /// Used already, expired, or never made.
    NotValid,
}

pub async fn accept(db: &Database, clock: &Clock, token: &str) -> Result<Accepted, DbErr> {
    let now = clock.now();
    let hash = token_hash(token);
    let txn = db.write().await?;
    let used = group_invitation::Entity::update_many()
        .col_expr(group_invitation::Column::UsedAt, Expr::value(now))
        .filter(group_invitation::Column::TokenHash.eq(&hash))
        .filter(group_invitation::Column::UsedAt.is_null())
        .filter(group_invitation::Column::ExpiresAt.gt(now))
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(Accepted::NotValid);
    }
    let Some(found) = group_invitation::Entity::find()
        .filter(group_invitation::Column::TokenHash.eq(&hash))
        .one(&txn)
        .await?
    else {
        return Ok(Accepted::NotValid);
    };
    let Some(group) = community_group::Entity::find_by_id(found.group_id)
        .one(&txn)
        .await?
    else {
        return Ok(Accepted::NotValid);
    };
    lock_group(&txn, group.id).await?;
    let email = crate::domain::email_address::EmailAddress::parse(&found.email)
        .map_err(|_| DbErr::Custom("an invitation to an address that is not one".into()))?;
    let person = crate::services::resident_accounts::find_or_create(&txn, &email, "", now).await?;
    group_member::Entity::insert(group_member::ActiveModel {
        id: NotSet,
        group_id: Set(group.id),
        resident_id: Set(person.id),
        role: Set(MemberRole::Member),
        status: Set(MemberStatus::Active),
        show_name: Set(false),
        joined_at: Set(now),
    })
    .on_conflict(
        // Someone who had asked to join is now in.
        OnConflict::columns([
            group_member::Column::GroupId,
            group_member::Column::ResidentId,
        ])
        .update_column(group_member::Column::Status)
        .to_owned(),
    )
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(Accepted::Joined {
        resident_id: ResidentId::new(person.id),
        reference: group.reference,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relayed {
    Sent,
    TooMany { minutes: i64 },
}

/// A message from the public page's contact form, passed on to the organisers (their
/// addresses are never shown); they reply to the sender's address themselves.
#[allow(clippy::too_many_arguments)]
pub async fn relay_message(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    keys: &crate::services::rate_limit::BucketKeys,
    client_ip: &str,
    group: &Group,
    from_name: &str,
    from_email: &str,
    message: &str,
) -> Result<Relayed, DbErr> {
    use crate::services::rate_limit::{self, Limit, Taken};
    const PER_IP: Limit = Limit {
        attempts: 5,
        window_seconds: 3600,
    };
    let bucket = keys.bucket("group-contact", client_ip);
    if let Taken::Refused { minutes } = rate_limit::take(db, clock, &bucket, PER_IP).await? {
        return Ok(Relayed::TooMany { minutes });
    }
    let txn = db.write().await?;
    for (address, language) in organiser_addresses(&txn, site, group.group.id).await? {
        let email = messages::group_contact(
            language,
            &address,
            &group.group.name,
            &site.force_name,
            (from_name, from_email),
            message,
        );
        outbox::enqueue(&txn, clock, email).await?;
    }
    txn.commit().await?;
    Ok(Relayed::Sent)
}

/// For account deletion: the groups where the resident is the last organiser while others
/// remain (the deletion must wait until they pass the role on).
pub async fn last_organiser_of<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
) -> Result<Vec<String>, DbErr> {
    let mut names = Vec::new();
    let mut organised: Vec<_> = of_resident(conn, resident_id)
        .await?
        .into_iter()
        .filter(|(_, m)| policy::group::organises(m))
        .collect();
    // Locked in one order, so two deletions at once cannot deadlock.
    organised.sort_by_key(|(g, _)| g.group.id);
    for (group, member) in organised {
        lock_group(conn, group.group.id).await?;
        let others = members(conn, group.group.id).await?;
        let other_organiser = others
            .iter()
            .any(|m| m.member.id != member.id && policy::group::organises(&m.member));
        let other_active = others
            .iter()
            .any(|m| m.member.id != member.id && m.member.status == MemberStatus::Active);
        if !other_organiser && other_active {
            names.push(group.group.name);
        }
    }
    Ok(names)
}

/// For account deletion, inside its transaction: a group whose only member this is closes
/// (kept for the record); the memberships themselves go with the account.
pub async fn erase_for_resident(conn: &Write, resident_id: ResidentId) -> Result<(), DbErr> {
    let mut theirs = of_resident(conn, resident_id).await?;
    theirs.sort_by_key(|(g, _)| g.group.id);
    for (group, member) in theirs {
        lock_group(conn, group.group.id).await?;
        let alone = members(conn, group.group.id)
            .await?
            .iter()
            .all(|m| m.member.id == member.id || m.member.status != MemberStatus::Active);
        if alone && member.status == MemberStatus::Active {
            community_group::Entity::update_many()
                .col_expr(
                    community_group::Column::Status,
                    Expr::value(GroupStatus::Closed),
                )
                .col_expr(
                    community_group::Column::StatusReason,
                    Expr::value("Its last member deleted their account."),
                )
                .filter(community_group::Column::Id.eq(group.group.id))
                .exec(conn)
                .await?;
        }
    }
    group_invitation::Entity::update_many()
        .col_expr(
            group_invitation::Column::InvitedBy,
            Expr::value(Option::<i32>::None),
        )
        .filter(group_invitation::Column::InvitedBy.eq(resident_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// A resident's memberships, for "download all my data".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MembershipData {
    pub group: String,
    pub reference: String,
    pub role: MemberRole,
    pub status: MemberStatus,
    pub show_name: bool,
    pub joined_at: i64,
}

pub async fn for_resident(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<MembershipData>, DbErr> {
    Ok(of_resident(db, resident_id)
        .await?
        .into_iter()
        .map(|(g, m)| MembershipData {
            group: g.group.name,
            reference: g.group.reference,
            role: m.role,
            status: m.status,
            show_name: m.show_name,
            joined_at: m.joined_at,
        })
        .collect())
}

/// Invitations sent to a resident's address, for "download all my data" (the address is
/// theirs); erased with the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InvitationData {
    pub group: String,
    pub sent_at: i64,
    pub used_at: Option<i64>,
}

pub async fn invitations_to(
    db: &DatabaseConnection,
    who: &Resident,
) -> Result<Vec<InvitationData>, DbErr> {
    let addresses = who
        .addresses::<group_invitation::Entity, _>(db, group_invitation::Column::Email)
        .await?;
    let found = group_invitation::Entity::find()
        .filter(group_invitation::Column::Email.is_in(addresses))
        .order_by_asc(group_invitation::Column::Id)
        .all(db)
        .await?;
    let mut invitations = Vec::new();
    for i in found {
        let group = community_group::Entity::find_by_id(i.group_id)
            .one(db)
            .await?
            .map(|g| g.name)
            .unwrap_or_default();
        invitations.push(InvitationData {
            group,
            sent_at: i.created_at,
            used_at: i.used_at,
        });
    }
    Ok(invitations)
}

pub async fn delete_invitations_to<C: ConnectionTrait>(
    conn: &C,
    who: &Resident,
) -> Result<(), DbErr> {
    let addresses = who
        .addresses::<group_invitation::Entity, _>(conn, group_invitation::Column::Email)
        .await?;
    group_invitation::Entity::delete_many()
        .filter(group_invitation::Column::Email.is_in(addresses))
        .exec(conn)
        .await?;
    Ok(())
}

/// An invitation a resident sent, as the download shows it.
#[derive(Debug, Serialize)]
pub struct SentInvitationData {
    pub group: String,
    pub email: String,
    pub sent_at: i64,
    pub used_at: Option<i64>,
}

/// The invitations a resident sent.
pub async fn invitations_from(
    db: &DatabaseConnection,
    resident_id: ResidentId,
) -> Result<Vec<SentInvitationData>, DbErr> {
    let mut sent = Vec::new();
    for invitation in group_invitation::Entity::find()
        .filter(group_invitation::Column::InvitedBy.eq(resident_id))
        .order_by_asc(group_invitation::Column::Id)
        .all(db)
        .await?
    {
        let group = by_id(db, invitation.group_id).await?;
        sent.push(SentInvitationData {
            group: group.map(|g| g.group.name).unwrap_or_default(),
            email: invitation.email,
            sent_at: invitation.created_at,
            used_at: invitation.used_at,
        });
    }
    Ok(sent)
}

/// A resident's group memberships, the invitations sent to their address and those they sent.
pub struct GroupRecords;

#[async_trait::async_trait]
impl ResidentRecords for GroupRecords {
    fn columns(&self) -> &'static [Column] {
        &[
            ("group_member", "resident_id"),
            ("group_invitation", "email"),
            ("group_invitation", "invited_by"),
        ]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        Ok(vec![
            ("groups", as_download(&for_resident(db, who.id).await?)?),
            (
                "group_invitations",
                as_download(&invitations_to(db, who).await?)?,
            ),
            (
                "group_invitations_sent",
                as_download(&invitations_from(db, who.id).await?)?,
            ),
        ])
    }

    /// A group always keeps an organiser: its last one must first make another member one.
    async fn blocks_erasure(&self, erasure: &Erasure<'_>) -> Result<Vec<String>, DbErr> {
        last_organiser_of(erasure.write, erasure.resident.id).await
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        erase_for_resident(write, who.id).await?;
        delete_invitations_to(write, who).await?;
        // Invitations they sent stay with their group, no longer naming them.
        group_invitation::Entity::update_many()
            .col_expr(
                group_invitation::Column::InvitedBy,
                Expr::value(Option::<i32>::None),
            )
            .filter(group_invitation::Column::InvitedBy.eq(who.id))
            .exec(write)
            .await?;
        Ok(())
    }
}
