//! Staff accounts: creating them, reading who is signed in, and what administrators change
//! (roles, neighbourhoods, disabling, resetting a lost second factor, forcing a new password).
//! How staff prove who they are is in `staff_auth`.

use crate::domain::email_address::EmailAddress;
use crate::domain::staff::{Role, StaffMember};
use crate::policy::{Administration, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_time};
use crate::services::messages::{self, EmailSite, SecurityChange};
use crate::services::outbox;
use crate::services::staff_auth::{
    LinkPurpose, NO_PASSWORD, end_sessions, force_reset, hash_password, issue_link,
};
use crate::services::staff_members::{account_subject, neighbourhood_ids};
use crate::services::write::Database;
use entity::{neighbourhood, staff_account, staff_neighbourhood};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

pub struct NewStaff {
    pub email: EmailAddress,
    pub name: String,
    pub role: Role,
    pub first_password: FirstPassword,
    pub neighbourhood_ids: Vec<i32>,
    /// For a partner's account (`Role::Partner`, made by `partners::invite_person`): their
    /// organisation.
    pub partner_organisation_id: Option<i32>,
}

/// How a new account gets its first password.
pub enum FirstPassword {
    /// Typed by whoever runs the command line (the first administrator, the demo); already
    /// checked against the password rules.
    Given(String),
    /// The new member chooses it from an emailed single-use invitation: an administrator never
    /// invents or learns it.
    Invite(EmailSite),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateStaff {
    Created { id: i32 },
    EmailTaken,
}

/// What the audit log keeps of an account (never its password or second factor).
#[derive(Serialize)]
struct AccountSnapshot<'a> {
    name: &'a str,
    email: &'a str,
    role: &'static str,
    disabled: bool,
    second_factor: bool,
    neighbourhoods: Vec<String>,
}

async fn snapshot<'a, C: ConnectionTrait>(
    conn: &C,
    account: &'a staff_account::Model,
) -> Result<AccountSnapshot<'a>, DbErr> {
    let ids = neighbourhood_ids(conn, account.id).await?;
    let neighbourhoods = neighbourhood::Entity::find()
        .filter(neighbourhood::Column::Id.is_in(ids))
        .order_by_asc(neighbourhood::Column::Name)
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.name)
        .collect();
    Ok(AccountSnapshot {
        name: &account.name,
        email: &account.email,
        role: account.role.label(),
        disabled: account.disabled,
        second_factor: account.totp_secret.is_some(),
        neighbourhoods,
    })
}

/// Creates a staff account as the administrator holding `permit`; an invited member is emailed
/// their link to choose a password.
pub async fn create(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    new: NewStaff,
) -> Result<CreateStaff, DbErr> {
    insert(db, clock, Some(permit.member()), new).await
}

/// Creates a staff account for whoever runs the server's own commands (`create-admin`, the
/// demo's seed, the benchmarks): someone with the server's shell, who needs no permit and is
/// audited as nobody. No page or server function calls this.
pub async fn create_by_operator(
    db: &Database,
    clock: &Clock,
    new: NewStaff,
) -> Result<CreateStaff, DbErr> {
    insert(db, clock, None, new).await
}

async fn insert(
    db: &Database,
    clock: &Clock,
    actor: Option<&StaffMember>,
    new: NewStaff,
) -> Result<CreateStaff, DbErr> {
    let (password_hash, invite) = match new.first_password {
        FirstPassword::Given(password) => (hash_password(password).await?, None),
        FirstPassword::Invite(site) => (NO_PASSWORD.to_string(), Some(site)),
    };
    let txn = db.write().await?;
    if staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq(new.email.as_str()))
        .one(&txn)
        .await?
        .is_some()
    {
        return Ok(CreateStaff::EmailTaken);
    }
    let account = staff_account::Entity::insert(staff_account::ActiveModel {
        id: NotSet,
        email: Set(new.email.as_str().to_string()),
        name: Set(new.name),
        role: Set(new.role),
        password_hash: Set(password_hash),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        disabled: Set(false),
        session_generation: Set(0),
        created_at: Set(clock.now()),
        partner_organisation_id: Set(new
            .partner_organisation_id
            .filter(|_| new.role == Role::Partner)),
    })
    .exec_with_returning(&txn)
    .await?;
    if new.role == Role::TeamMember {
        for &neighbourhood_id in &new.neighbourhood_ids {
            add_neighbourhood_row(&txn, account.id, neighbourhood_id).await?;
        }
    }
    audit::record(
        &txn,
        clock,
        actor,
        AuditAction::StaffAccountCreated,
        &account_subject(&account),
        None::<&()>,
        Some(&snapshot(&txn, &account).await?),
    )
    .await?;
    if let Some(site) = invite {
        issue_link(&txn, clock, &account, &site, LinkPurpose::Invitation).await?;
    }
    txn.commit().await?;
    Ok(CreateStaff::Created { id: account.id })
}

async fn add_neighbourhood_row<C: ConnectionTrait>(
    conn: &C,
    staff_account_id: i32,
    neighbourhood_id: i32,
) -> Result<(), DbErr> {
    staff_neighbourhood::Entity::insert(staff_neighbourhood::ActiveModel {
        staff_account_id: Set(staff_account_id),
        neighbourhood_id: Set(neighbourhood_id),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// A staff account as the administrators' list shows it.
#[derive(Clone, Debug)]
pub struct StaffListing {
    pub account: staff_account::Model,
    pub neighbourhoods: Vec<neighbourhood::Model>,
}

pub async fn list(db: &DatabaseConnection) -> Result<Vec<StaffListing>, DbErr> {
    let accounts = staff_account::Entity::find()
        .order_by_asc(staff_account::Column::Name)
        .find_with_related(neighbourhood::Entity)
        .all(db)
        .await?;
    Ok(accounts
        .into_iter()
        .map(|(account, neighbourhoods)| StaffListing {
            account,
            neighbourhoods,
        })
        .collect())
}

/// A change an administrator makes to a staff account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AccountChange {
    Role(Role),
    Disabled(bool),
    AddNeighbourhood(i32),
    RemoveNeighbourhood(i32),
    /// Clears the second factor, for a member who lost their phone; they set it up again.
    ResetSecondFactor,
    /// The member's password stops working and they are emailed a link to choose another.
    ForcePasswordReset,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeOutcome {
    Changed,
    NoSuchAccount,
    NoSuchNeighbourhood,
    /// Administrators cannot lock themselves out or demote themselves.
    NotOnYourself,
    /// The force must keep at least one enabled administrator.
    LastAdministrator,
    /// A partner's account stays a partner's, for their organisation, and no police account
    /// becomes one: roles and neighbourhoods are the police's own.
    NotForPartners,
}

impl AccountChange {
    fn action(&self) -> AuditAction {
        match self {
            AccountChange::Role(_) => AuditAction::RoleChanged,
            AccountChange::Disabled(true) => AuditAction::AccountDisabled,
            AccountChange::Disabled(false) => AuditAction::AccountEnabled,
            AccountChange::AddNeighbourhood(_) => AuditAction::NeighbourhoodGiven,
            AccountChange::RemoveNeighbourhood(_) => AuditAction::NeighbourhoodTaken,
            AccountChange::ResetSecondFactor => AuditAction::SecondFactorReset,
            AccountChange::ForcePasswordReset => AuditAction::PasswordResetForced,
        }
    }

    /// Whether the change takes an administrator away: a demotion or disabling.
    fn removes_administrator(&self) -> bool {
        matches!(
            self,
            AccountChange::Role(Role::TeamMember | Role::Moderator) | AccountChange::Disabled(true)
        )
    }
}

/// Whether another enabled administrator than `id` remains. On PostgreSQL the enabled
/// administrators' rows are locked until the transaction ends, so two administrators demoting
/// each other at the same moment cannot both succeed; SQLite's write transaction is already
/// exclusive.
async fn another_administrator_remains<C: ConnectionTrait>(
    conn: &C,
    id: i32,
) -> Result<bool, DbErr> {
    let administrators = staff_account::Entity::find()
        .filter(staff_account::Column::Role.eq(Role::Administrator))
        .filter(staff_account::Column::Disabled.eq(false));
    let others = if conn.get_database_backend() == DbBackend::Postgres {
        administrators
            .lock_exclusive()
            .all(conn)
            .await?
            .into_iter()
            .filter(|a| a.id != id)
            .count() as u64
    } else {
        administrators
            .filter(staff_account::Column::Id.ne(id))
            .count(conn)
            .await?
    };
    Ok(others > 0)
}

pub async fn change(
    db: &Database,
    clock: &Clock,
    permit: &Permit<Administration>,
    id: i32,
    change: AccountChange,
    site: &EmailSite,
) -> Result<ChangeOutcome, DbErr> {
    let actor = permit.member();
    if id == actor.id
        && !matches!(
            change,
            AccountChange::ResetSecondFactor | AccountChange::ForcePasswordReset
        )
    {
        return Ok(ChangeOutcome::NotOnYourself);
    }
    let txn = db.write().await?;
    let Some(before) = staff_account::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(ChangeOutcome::NoSuchAccount);
    };
    let partners_change = matches!(
        change,
        AccountChange::Role(_)
            | AccountChange::AddNeighbourhood(_)
            | AccountChange::RemoveNeighbourhood(_)
    );
    if partners_change
        && (before.role == Role::Partner || change == AccountChange::Role(Role::Partner))
    {
        return Ok(ChangeOutcome::NotForPartners);
    }
    let was_administrator = before.role == Role::Administrator && !before.disabled;
    if was_administrator
        && change.removes_administrator()
        && !another_administrator_remains(&txn, id).await?
    {
        return Ok(ChangeOutcome::LastAdministrator);
    }
    let before_snapshot = snapshot(&txn, &before).await?;
    let update = staff_account::Entity::update_many().filter(staff_account::Column::Id.eq(id));
    match &change {
        AccountChange::Role(role) => {
            update
                .col_expr(staff_account::Column::Role, Expr::value(*role))
                .exec(&txn)
                .await?;
        }
        AccountChange::Disabled(disabled) => {
            update
                .col_expr(staff_account::Column::Disabled, Expr::value(*disabled))
                .exec(&txn)
                .await?;
            if *disabled {
                end_sessions(&txn, id).await?;
            }
        }
        AccountChange::AddNeighbourhood(neighbourhood_id) => {
            if neighbourhood::Entity::find_by_id(*neighbourhood_id)
                .one(&txn)
                .await?
                .is_none()
            {
                return Ok(ChangeOutcome::NoSuchNeighbourhood);
            }
            add_neighbourhood_row(&txn, id, *neighbourhood_id).await?;
        }
        AccountChange::RemoveNeighbourhood(neighbourhood_id) => {
            staff_neighbourhood::Entity::delete_many()
                .filter(staff_neighbourhood::Column::StaffAccountId.eq(id))
                .filter(staff_neighbourhood::Column::NeighbourhoodId.eq(*neighbourhood_id))
                .exec(&txn)
                .await?;
        }
        AccountChange::ResetSecondFactor => {
            update
                .col_expr(
                    staff_account::Column::TotpSecret,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    staff_account::Column::TotpLastStep,
                    Expr::value(Option::<i64>::None),
                )
                .exec(&txn)
                .await?;
            end_sessions(&txn, id).await?;
            outbox::enqueue(
                &txn,
                clock,
                messages::security_notice(
                    &before.email,
                    &before.name,
                    SecurityChange::SecondFactorReset,
                    &site.force_name,
                    &format_time(clock.now()),
                ),
            )
            .await?;
        }
        AccountChange::ForcePasswordReset => {
            force_reset(&txn, clock, &before, site).await?;
        }
    }
    let after = staff_account::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the staff account just changed".into()))?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        change.action(),
        &account_subject(&after),
        Some(&before_snapshot),
        Some(&snapshot(&txn, &after).await?),
    )
    .await?;
    txn.commit().await?;
    Ok(ChangeOutcome::Changed)
}
