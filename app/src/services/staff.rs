//! Staff accounts: passwords (argon2id), the TOTP second factor, roles and neighbourhoods.

use crate::domain::email_address::EmailAddress;
use crate::domain::staff::{Role, StaffMember};
use crate::services::clock::Clock;
use crate::services::{audit, messages, outbox, rate_limit};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use entity::{neighbourhood, staff_account, staff_neighbourhood};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};
use serde::Serialize;

/// Hashes a password with argon2id off the async runtime (it takes tens of milliseconds on
/// purpose).
pub async fn hash_password(password: String) -> Result<String, DbErr> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
    })
    .await
    .map_err(|e| DbErr::Custom(format!("hashing a password: {e}")))?
    .map_err(|e| DbErr::Custom(format!("hashing a password: {e}")))
}

async fn password_matches(password: String, stored: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored).is_ok_and(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// Compared against when no account has the address, so a wrong address takes as long to refuse
/// as a wrong password.
const UNKNOWN_ACCOUNT_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5UEA0sSBgtCRd0SJwDL8fnUDo44vuz/39xmKOTK/23U";

pub struct NewStaff {
    pub email: EmailAddress,
    pub name: String,
    pub role: Role,
    /// Already checked against the password rules.
    pub password: String,
    pub neighbourhood_ids: Vec<i32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreateStaff {
    Created { id: i32 },
    EmailTaken,
}

/// What the audit log keeps of an account (never its password or second factor).
#[derive(Serialize)]
struct AccountSnapshot<'a> {
    email: &'a str,
    name: &'a str,
    role: &'a str,
    disabled: bool,
    second_factor: bool,
    neighbourhoods: &'a [i32],
}

fn snapshot<'a>(
    account: &'a staff_account::Model,
    neighbourhoods: &'a [i32],
) -> AccountSnapshot<'a> {
    AccountSnapshot {
        email: &account.email,
        name: &account.name,
        role: &account.role,
        disabled: account.disabled,
        second_factor: account.totp_secret.is_some(),
        neighbourhoods,
    }
}

/// Creates a staff account. `actor` is the administrator doing it (None from the command line);
/// the new member of staff is emailed when an administrator adds them.
pub async fn create(
    db: &DatabaseConnection,
    clock: &Clock,
    actor: Option<&StaffMember>,
    new: NewStaff,
    email_context: Option<(&str, &str)>,
) -> Result<CreateStaff, DbErr> {
    let password_hash = hash_password(new.password).await?;
    let txn = crate::services::begin_write(db).await?;
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
        role: Set(new.role.as_str().to_string()),
        password_hash: Set(password_hash),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        disabled: Set(false),
        created_at: Set(clock.now()),
    })
    .exec_with_returning(&txn)
    .await?;
    let neighbourhood_ids = if new.role == Role::TeamMember {
        new.neighbourhood_ids
    } else {
        Vec::new()
    };
    for &neighbourhood_id in &neighbourhood_ids {
        add_neighbourhood_row(&txn, account.id, neighbourhood_id).await?;
    }
    audit::record(
        &txn,
        clock,
        actor,
        "staff_account.create",
        &format!("staff account {}", account.email),
        None::<&()>,
        Some(&snapshot(&account, &neighbourhood_ids)),
    )
    .await?;
    if let Some((force_name, site_url)) = email_context {
        outbox::enqueue(
            &txn,
            clock,
            messages::staff_account_created(
                &account.email,
                &account.name,
                new.role.label(),
                force_name,
                &format!("{site_url}/staff/sign-in"),
            ),
        )
        .await?;
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

async fn neighbourhood_ids<C: ConnectionTrait>(
    conn: &C,
    staff_account_id: i32,
) -> Result<Vec<i32>, DbErr> {
    Ok(staff_neighbourhood::Entity::find()
        .filter(staff_neighbourhood::Column::StaffAccountId.eq(staff_account_id))
        .order_by_asc(staff_neighbourhood::Column::NeighbourhoodId)
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.neighbourhood_id)
        .collect())
}

fn member_of(account: staff_account::Model, neighbourhood_ids: Vec<i32>) -> Option<StaffMember> {
    Some(StaffMember {
        role: Role::parse(&account.role)?,
        id: account.id,
        name: account.name,
        email: account.email,
        neighbourhood_ids,
        has_second_factor: account.totp_secret.is_some(),
    })
}

/// The member of staff with this id, unless the account is disabled.
pub async fn member(db: &DatabaseConnection, id: i32) -> Result<Option<StaffMember>, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id)
        .filter(staff_account::Column::Disabled.eq(false))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let ids = neighbourhood_ids(db, id).await?;
    Ok(member_of(account, ids))
}

/// What signing in with a password leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordCheck {
    /// The password is right; `then` says what the member of staff must do next.
    Accepted {
        id: i32,
        then: NextStep,
    },
    Wrong,
    TryLater {
        minutes: i64,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    EnterCode,
    SetUpSecondFactor,
    SignedIn,
}

fn failure_buckets(email: &str, client_ip: &str) -> [(String, rate_limit::Limit); 2] {
    [
        (
            rate_limit::bucket("staff-account", email),
            rate_limit::STAFF_FAILURES_PER_ACCOUNT,
        ),
        (
            rate_limit::bucket("staff-ip", client_ip),
            rate_limit::STAFF_FAILURES_PER_IP,
        ),
    ]
}

async fn blocked_for(
    db: &DatabaseConnection,
    clock: &Clock,
    buckets: &[(String, rate_limit::Limit)],
) -> Result<Option<i64>, DbErr> {
    for (bucket, limit) in buckets {
        if let Some(minutes) = rate_limit::retry_after_minutes(db, clock, bucket, *limit).await? {
            return Ok(Some(minutes));
        }
    }
    Ok(None)
}

async fn count_failure(
    db: &DatabaseConnection,
    clock: &Clock,
    buckets: &[(String, rate_limit::Limit)],
) -> Result<(), DbErr> {
    for (bucket, _) in buckets {
        rate_limit::record(db, clock, bucket).await?;
    }
    Ok(())
}

pub async fn check_password(
    db: &DatabaseConnection,
    clock: &Clock,
    email: &str,
    password: &str,
    client_ip: &str,
) -> Result<PasswordCheck, DbErr> {
    let email = email.trim().to_lowercase();
    let buckets = failure_buckets(&email, client_ip);
    if let Some(minutes) = blocked_for(db, clock, &buckets).await? {
        return Ok(PasswordCheck::TryLater { minutes });
    }
    let account = staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq(&email))
        .filter(staff_account::Column::Disabled.eq(false))
        .one(db)
        .await?;
    let stored = account
        .as_ref()
        .map_or(UNKNOWN_ACCOUNT_HASH, |a| a.password_hash.as_str())
        .to_string();
    let matches = password_matches(password.to_string(), stored).await;
    let (Some(account), true) = (account, matches) else {
        count_failure(db, clock, &buckets).await?;
        return Ok(PasswordCheck::Wrong);
    };
    let role = Role::parse(&account.role).unwrap_or(Role::Moderator);
    let then = match (&account.totp_secret, role.requires_second_factor()) {
        (Some(_), _) => NextStep::EnterCode,
        (None, true) => NextStep::SetUpSecondFactor,
        (None, false) => NextStep::SignedIn,
    };
    Ok(PasswordCheck::Accepted {
        id: account.id,
        then,
    })
}

/// The TOTP (RFC 6238: SHA-1, six digits, 30-second steps, one step of drift allowed) for a
/// base32 secret.
pub fn totp(secret_base32: &str, account_name: &str) -> Option<totp_rs::Totp> {
    let secret = totp_rs::Secret::try_from_base32(secret_base32).ok()?;
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_account_name(account_name.replace(':', ""))
        .with_issuer(Some("Neighbourhood policing"))
        .build()
        .ok()
}

/// A new random secret, base32 as authenticator apps take it.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system's random number generator");
    totp_rs::Secret::from(bytes.to_vec()).to_base32()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeCheck {
    Accepted,
    Wrong,
    TryLater { minutes: i64 },
}

/// Checks a code from the member's authenticator. Each code is accepted once: the step it
/// belongs to is stored, and older or equal steps are refused after it.
pub async fn check_code(
    db: &DatabaseConnection,
    clock: &Clock,
    id: i32,
    code: &str,
    client_ip: &str,
) -> Result<CodeCheck, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id).one(db).await? else {
        return Ok(CodeCheck::Wrong);
    };
    let buckets = failure_buckets(&account.email, client_ip);
    if let Some(minutes) = blocked_for(db, clock, &buckets).await? {
        return Ok(CodeCheck::TryLater { minutes });
    }
    let step = account
        .totp_secret
        .as_deref()
        .and_then(|secret| totp(secret, &account.email))
        .and_then(|totp| totp.check(&digits_of(code), clock.now().max(0) as u64));
    let accepted = match step {
        Some(step) => {
            let step = step as i64;
            staff_account::Entity::update_many()
                .col_expr(staff_account::Column::TotpLastStep, Expr::value(step))
                .filter(staff_account::Column::Id.eq(id))
                .filter(
                    Condition::any()
                        .add(staff_account::Column::TotpLastStep.is_null())
                        .add(staff_account::Column::TotpLastStep.lt(step)),
                )
                .exec(db)
                .await?
                .rows_affected
                == 1
        }
        None => false,
    };
    if accepted {
        Ok(CodeCheck::Accepted)
    } else {
        count_failure(db, clock, &buckets).await?;
        Ok(CodeCheck::Wrong)
    }
}

/// Codes are often typed with a space in the middle ("123 456").
fn digits_of(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// Turns on the second factor once the member proves their app shows the right code.
pub async fn enable_second_factor(
    db: &DatabaseConnection,
    clock: &Clock,
    id: i32,
    secret: &str,
    code: &str,
) -> Result<bool, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id).one(db).await? else {
        return Ok(false);
    };
    let Some(step) = totp(secret, &account.email)
        .and_then(|totp| totp.check(&digits_of(code), clock.now().max(0) as u64))
    else {
        return Ok(false);
    };
    let txn = crate::services::begin_write(db).await?;
    staff_account::Entity::update_many()
        .col_expr(
            staff_account::Column::TotpSecret,
            Expr::value(secret.to_string()),
        )
        .col_expr(
            staff_account::Column::TotpLastStep,
            Expr::value(step as i64),
        )
        .filter(staff_account::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let ids = neighbourhood_ids(&txn, id).await?;
    let actor = member_of(account.clone(), ids.clone());
    let after = staff_account::Model {
        totp_secret: Some(secret.to_string()),
        ..account.clone()
    };
    audit::record(
        &txn,
        clock,
        actor.as_ref(),
        "staff_account.second_factor_on",
        &format!("staff account {}", account.email),
        Some(&snapshot(&account, &ids)),
        Some(&snapshot(&after, &ids)),
    )
    .await?;
    txn.commit().await?;
    Ok(true)
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
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeOutcome {
    Changed,
    NoSuchAccount,
    NoSuchNeighbourhood,
    /// Administrators cannot lock themselves out or demote themselves.
    NotOnYourself,
}

pub async fn change(
    db: &DatabaseConnection,
    clock: &Clock,
    actor: &StaffMember,
    id: i32,
    change: AccountChange,
) -> Result<ChangeOutcome, DbErr> {
    if id == actor.id && !matches!(change, AccountChange::ResetSecondFactor) {
        return Ok(ChangeOutcome::NotOnYourself);
    }
    let txn = crate::services::begin_write(db).await?;
    let Some(before) = staff_account::Entity::find_by_id(id).one(&txn).await? else {
        return Ok(ChangeOutcome::NoSuchAccount);
    };
    let before_ids = neighbourhood_ids(&txn, id).await?;
    let update = staff_account::Entity::update_many().filter(staff_account::Column::Id.eq(id));
    let action = match &change {
        AccountChange::Role(role) => {
            update
                .col_expr(staff_account::Column::Role, Expr::value(role.as_str()))
                .exec(&txn)
                .await?;
            "staff_account.role"
        }
        AccountChange::Disabled(disabled) => {
            update
                .col_expr(staff_account::Column::Disabled, Expr::value(*disabled))
                .exec(&txn)
                .await?;
            if *disabled {
                "staff_account.disable"
            } else {
                "staff_account.enable"
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
            "staff_account.add_neighbourhood"
        }
        AccountChange::RemoveNeighbourhood(neighbourhood_id) => {
            staff_neighbourhood::Entity::delete_many()
                .filter(staff_neighbourhood::Column::StaffAccountId.eq(id))
                .filter(staff_neighbourhood::Column::NeighbourhoodId.eq(*neighbourhood_id))
                .exec(&txn)
                .await?;
            "staff_account.remove_neighbourhood"
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
            "staff_account.second_factor_reset"
        }
    };
    let after = staff_account::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the staff account just changed".into()))?;
    let after_ids = neighbourhood_ids(&txn, id).await?;
    audit::record(
        &txn,
        clock,
        Some(actor),
        action,
        &format!("staff account {}", after.email),
        Some(&snapshot(&before, &before_ids)),
        Some(&snapshot(&after, &after_ids)),
    )
    .await?;
    txn.commit().await?;
    Ok(ChangeOutcome::Changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stand_in_hash_for_unknown_accounts_is_a_real_argon2id_hash() {
        let hash = PasswordHash::new(UNKNOWN_ACCOUNT_HASH).expect("a PHC string");
        assert_eq!(hash.algorithm.as_str(), "argon2id");
        assert!(
            Argon2::default()
                .verify_password(b"anything", &hash)
                .is_err()
        );
    }

    #[test]
    fn a_code_may_be_typed_with_spaces_or_a_hyphen() {
        assert_eq!(digits_of(" 123 456 "), "123456");
        assert_eq!(digits_of("123-456"), "123456");
    }
}
