//! How staff prove who they are: a password (argon2id) and a code from an authenticator app
//! (TOTP), and the changes to either: setting up, moving or resetting the second factor,
//! changing a password, resetting a forgotten one by an emailed link, signing out everywhere.
//!
//! Every attempt is taken from its rate-limit buckets before the password or code is checked,
//! and every change is audited, with the member emailed, in the transaction that makes it.

use crate::domain::email_address::EmailAddress;
use crate::policy::{OwnAccount, Permit};
use crate::services::audit::{self, AuditAction};
use crate::services::clock::{Clock, format_time};
use crate::services::messages::{self, EmailSite, SecurityChange};
use crate::services::outbox;
use crate::services::rate_limit::{self, BucketKeys, Taken};
use crate::services::staff_members::{member_of, neighbourhood_ids};
use crate::services::tokens::{new_token, token_hash};
use crate::services::write::{Database, Write};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use entity::{staff_account, staff_password_reset};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
};
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// Longer "passwords" are refused before hashing: argon2's work grows with its input.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// How long an emailed password reset link works.
pub const RESET_LINK_MINUTES: i64 = 30;

/// How long a new member of staff's invitation to choose their first password works.
pub const INVITATION_DAYS: i64 = 7;

/// Argon2 takes tens of milliseconds and 19 MiB on purpose; no more run at once than there are
/// cores, so a burst of sign-in attempts queues here instead of exhausting memory or starving
/// the threads that serve pages.
static HASHING: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

async fn hashing<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T, DbErr> {
    let _permit = HASHING
        .acquire()
        .await
        .map_err(|e| DbErr::Custom(format!("waiting to hash a password: {e}")))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| DbErr::Custom(format!("hashing a password: {e}")))
}

pub async fn hash_password(password: String) -> Result<String, DbErr> {
    hashing(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
    })
    .await?
    .map_err(|e| DbErr::Custom(format!("hashing a password: {e}")))
}

async fn password_matches(password: String, stored: String) -> Result<bool, DbErr> {
    hashing(move || {
        let (hash, real) = hash_to_verify(&stored);
        let verified = Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok();
        verified && real
    })
    .await
}

/// The hash a password is checked against, and whether a match counts. An account under a
/// forced reset stores no hash at all; it is checked against the stand-in, as an unknown
/// address is, so how long the answer takes never tells which accounts are being reset.
fn hash_to_verify(stored: &str) -> (PasswordHash, bool) {
    match PasswordHash::new(stored) {
        Ok(hash) => (hash, true),
        Err(_) => (
            PasswordHash::new(UNKNOWN_ACCOUNT_HASH).expect("the stand-in is a PHC string"),
            false,
        ),
    }
}

/// Compared against when no account has the address, so a wrong address takes as long to refuse
/// as a wrong password.
const UNKNOWN_ACCOUNT_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5UEA0sSBgtCRd0SJwDL8fnUDo44vuz/39xmKOTK/23U";

/// Stored in place of a password an administrator has made the member replace: no password
/// matches it.
pub(crate) const NO_PASSWORD: &str = "!reset";

/// Who is trying, for the rate limits.
#[derive(Clone, Copy)]
pub struct Attempt<'a> {
    pub keys: &'a BucketKeys,
    pub client_ip: &'a str,
}

/// The buckets an attempt on one account was taken from, given back if it succeeds.
struct Reserved(Vec<String>);

/// Takes an attempt on the account named `account` (its email address) from every bucket:
/// this account from this computer, this computer, and this account from anywhere (which only
/// slows attempts down).
async fn reserve(
    db: &DatabaseConnection,
    clock: &Clock,
    attempt: Attempt<'_>,
    account: &str,
) -> Result<Result<Reserved, i64>, DbErr> {
    let keys = attempt.keys;
    let pair = keys.bucket(
        "staff-account-ip",
        &format!("{account}\n{}", attempt.client_ip),
    );
    let client = keys.bucket("staff-ip", attempt.client_ip);
    let everywhere = keys.bucket("staff-account", account);
    for (bucket, limit) in [
        (&pair, rate_limit::STAFF_PER_ACCOUNT_AND_IP),
        (&client, rate_limit::STAFF_PER_IP),
    ] {
        if let Taken::Refused { minutes } = rate_limit::take(db, clock, bucket, limit).await? {
            return Ok(Err(minutes));
        }
    }
    if let Taken::Refused { .. } =
        rate_limit::take(db, clock, &everywhere, rate_limit::STAFF_PER_ACCOUNT).await?
    {
        let slowed = keys.bucket("staff-account-slow", account);
        if let Taken::Refused { minutes } =
            rate_limit::take(db, clock, &slowed, rate_limit::STAFF_SLOWED).await?
        {
            return Ok(Err(minutes));
        }
    }
    Ok(Ok(Reserved(vec![pair, client, everywhere])))
}

async fn give_back(db: &DatabaseConnection, reserved: Reserved) -> Result<(), DbErr> {
    for bucket in reserved.0 {
        rate_limit::give_back(db, &bucket).await?;
    }
    Ok(())
}

/// What signing in with a password leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordCheck {
    /// The password is right; `then` says what the member of staff must do next.
    Accepted {
        account: Box<staff_account::Model>,
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

pub async fn check_password(
    db: &DatabaseConnection,
    clock: &Clock,
    attempt: Attempt<'_>,
    email: &str,
    password: &str,
) -> Result<PasswordCheck, DbErr> {
    let email = email.trim().to_lowercase();
    let reserved = match reserve(db, clock, attempt, &email).await? {
        Ok(reserved) => reserved,
        Err(minutes) => return Ok(PasswordCheck::TryLater { minutes }),
    };
    if password.len() > MAX_PASSWORD_BYTES {
        return Ok(PasswordCheck::Wrong);
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
    let matches = password_matches(password.to_string(), stored).await?;
    let (Some(account), true) = (account, matches) else {
        return Ok(PasswordCheck::Wrong);
    };
    give_back(db, reserved).await?;
    let role = account.role;
    let then = match (&account.totp_secret, role.requires_second_factor()) {
        (Some(_), _) => NextStep::EnterCode,
        (None, true) => NextStep::SetUpSecondFactor,
        (None, false) => NextStep::SignedIn,
    };
    Ok(PasswordCheck::Accepted {
        account: Box::new(account),
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

/// Codes are often typed with a space in the middle ("123 456").
fn digits_of(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

/// The time step whose code `code` is, for the secret, if it is right now.
fn step_of(secret: &str, email: &str, code: &str, clock: &Clock) -> Option<i64> {
    totp(secret, email)?
        .check(&digits_of(code), std::cmp::max(clock.now(), 0) as u64)
        .map(|step| step as i64)
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
    attempt: Attempt<'_>,
    id: i32,
    code: &str,
) -> Result<CodeCheck, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id).one(db).await? else {
        return Ok(CodeCheck::Wrong);
    };
    let reserved = match reserve(db, clock, attempt, &account.email).await? {
        Ok(reserved) => reserved,
        Err(minutes) => return Ok(CodeCheck::TryLater { minutes }),
    };
    let Some(secret) = account.totp_secret.as_deref() else {
        return Ok(CodeCheck::Wrong);
    };
    let Some(step) = step_of(secret, &account.email, code, clock) else {
        return Ok(CodeCheck::Wrong);
    };
    if use_step(db, id, secret, step).await? {
        give_back(db, reserved).await?;
        Ok(CodeCheck::Accepted)
    } else {
        Ok(CodeCheck::Wrong)
    }
}

/// Records `step` as used for the factor `secret`, unless it (or a later one) was used
/// already. Of two requests with the same code, only one matches.
async fn use_step<C: ConnectionTrait>(
    conn: &C,
    id: i32,
    secret: &str,
    step: i64,
) -> Result<bool, DbErr> {
    let used = staff_account::Entity::update_many()
        .col_expr(staff_account::Column::TotpLastStep, Expr::value(step))
        .filter(staff_account::Column::Id.eq(id))
        .filter(staff_account::Column::TotpSecret.eq(secret))
        .filter(
            Condition::any()
                .add(staff_account::Column::TotpLastStep.is_null())
                .add(staff_account::Column::TotpLastStep.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(used.rows_affected == 1)
}

async fn notify(
    conn: &Write,
    clock: &Clock,
    account: &staff_account::Model,
    change: SecurityChange,
    site: &EmailSite,
) -> Result<(), DbErr> {
    outbox::enqueue(
        conn,
        clock,
        messages::security_notice(
            &account.email,
            &account.name,
            change,
            &site.force_name,
            &format_time(clock.now()),
        ),
    )
    .await
}

/// What the account is, as the audit log snapshots it: only whether it has a second factor,
/// never the factor or the password.
#[derive(serde::Serialize)]
struct SignInSnapshot {
    second_factor: bool,
}

async fn audit_own_change<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    account: &staff_account::Model,
    action: AuditAction,
    factor: Option<(bool, bool)>,
) -> Result<(), DbErr> {
    let ids = neighbourhood_ids(conn, account.id).await?;
    let actor = member_of(account.clone(), ids);
    let (before, after) = match factor {
        Some((before, after)) => (
            Some(SignInSnapshot {
                second_factor: before,
            }),
            Some(SignInSnapshot {
                second_factor: after,
            }),
        ),
        None => (None, None),
    };
    audit::record(
        conn,
        clock,
        actor.as_ref(),
        action,
        &crate::services::staff_members::account_subject(account),
        before.as_ref(),
        after.as_ref(),
    )
    .await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnableFactor {
    Enabled,
    WrongCode,
    /// The account has a second factor already: replacing it needs a code from the old one.
    AlreadyOn,
}

/// Turns on the second factor once the member proves their app shows the right code. Refused
/// if the account has one already.
pub async fn enable_second_factor(
    db: &Database,
    clock: &Clock,
    id: i32,
    secret: &str,
    code: &str,
    site: &EmailSite,
) -> Result<EnableFactor, DbErr> {
    let Some(account) = staff_account::Entity::find_by_id(id).one(db).await? else {
        return Ok(EnableFactor::WrongCode);
    };
    if account.totp_secret.is_some() {
        return Ok(EnableFactor::AlreadyOn);
    }
    let Some(step) = step_of(secret, &account.email, code, clock) else {
        return Ok(EnableFactor::WrongCode);
    };
    let txn = db.write().await?;
    let set = staff_account::Entity::update_many()
        .col_expr(
            staff_account::Column::TotpSecret,
            Expr::value(secret.to_string()),
        )
        .col_expr(staff_account::Column::TotpLastStep, Expr::value(step))
        .filter(staff_account::Column::Id.eq(id))
        .filter(staff_account::Column::TotpSecret.is_null())
        .exec(&txn)
        .await?;
    if set.rows_affected != 1 {
        return Ok(EnableFactor::AlreadyOn);
    }
    audit_own_change(
        &txn,
        clock,
        &account,
        AuditAction::SecondFactorOn,
        Some((false, true)),
    )
    .await?;
    notify(&txn, clock, &account, SecurityChange::SecondFactorOn, site).await?;
    txn.commit().await?;
    Ok(EnableFactor::Enabled)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplaceFactor {
    Replaced,
    WrongCurrentCode,
    WrongNewCode,
    TryLater { minutes: i64 },
}

/// Moves the member's second factor to a new authenticator: needs a current code from the old
/// one as well as a code from the new one.
#[allow(clippy::too_many_arguments)]
pub async fn replace_second_factor(
    db: &Database,
    clock: &Clock,
    attempt: Attempt<'_>,
    permit: &Permit<OwnAccount>,
    current_code: &str,
    new_secret: &str,
    new_code: &str,
    site: &EmailSite,
) -> Result<ReplaceFactor, DbErr> {
    let member = permit.member();
    let Some(account) = staff_account::Entity::find_by_id(member.id).one(db).await? else {
        return Ok(ReplaceFactor::WrongCurrentCode);
    };
    let Some(old_secret) = account.totp_secret.clone() else {
        return Ok(ReplaceFactor::WrongCurrentCode);
    };
    let Some(new_step) = step_of(new_secret, &account.email, new_code, clock) else {
        return Ok(ReplaceFactor::WrongNewCode);
    };
    match check_code(db, clock, attempt, member.id, current_code).await? {
        CodeCheck::Accepted => {}
        CodeCheck::Wrong => return Ok(ReplaceFactor::WrongCurrentCode),
        CodeCheck::TryLater { minutes } => return Ok(ReplaceFactor::TryLater { minutes }),
    }
    let txn = db.write().await?;
    let replaced = staff_account::Entity::update_many()
        .col_expr(
            staff_account::Column::TotpSecret,
            Expr::value(new_secret.to_string()),
        )
        .col_expr(staff_account::Column::TotpLastStep, Expr::value(new_step))
        .filter(staff_account::Column::Id.eq(member.id))
        .filter(staff_account::Column::TotpSecret.eq(old_secret))
        .exec(&txn)
        .await?;
    if replaced.rows_affected != 1 {
        return Ok(ReplaceFactor::WrongCurrentCode);
    }
    audit_own_change(
        &txn,
        clock,
        &account,
        AuditAction::SecondFactorReplaced,
        None,
    )
    .await?;
    notify(
        &txn,
        clock,
        &account,
        SecurityChange::SecondFactorReplaced,
        site,
    )
    .await?;
    txn.commit().await?;
    Ok(ReplaceFactor::Replaced)
}

/// Raises the account's session generation, ending every session signed in to it.
pub(crate) async fn end_sessions<C: ConnectionTrait>(conn: &C, id: i32) -> Result<(), DbErr> {
    staff_account::Entity::update_many()
        .col_expr(
            staff_account::Column::SessionGeneration,
            Expr::col(staff_account::Column::SessionGeneration).add(1),
        )
        .filter(staff_account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangePassword {
    /// Every session has ended (the account's session generation moved on).
    Changed,
    WrongPassword,
    TryLater {
        minutes: i64,
    },
}

/// Changes the member's password, given their current one. `new_password` has passed the
/// password rules.
pub async fn change_password(
    db: &Database,
    clock: &Clock,
    attempt: Attempt<'_>,
    permit: &Permit<OwnAccount>,
    current_password: &str,
    new_password: String,
    site: &EmailSite,
) -> Result<ChangePassword, DbErr> {
    let member = permit.member();
    let Some(account) = staff_account::Entity::find_by_id(member.id).one(db).await? else {
        return Ok(ChangePassword::WrongPassword);
    };
    let reserved = match reserve(db, clock, attempt, &account.email).await? {
        Ok(reserved) => reserved,
        Err(minutes) => return Ok(ChangePassword::TryLater { minutes }),
    };
    if current_password.len() > MAX_PASSWORD_BYTES
        || !password_matches(current_password.to_string(), account.password_hash.clone()).await?
    {
        return Ok(ChangePassword::WrongPassword);
    }
    give_back(db, reserved).await?;
    let hash = hash_password(new_password).await?;
    let txn = db.write().await?;
    set_password(&txn, member.id, &hash).await?;
    end_sessions(&txn, member.id).await?;
    audit_own_change(&txn, clock, &account, AuditAction::PasswordChanged, None).await?;
    notify(&txn, clock, &account, SecurityChange::PasswordChanged, site).await?;
    txn.commit().await?;
    Ok(ChangePassword::Changed)
}

async fn set_password<C: ConnectionTrait>(conn: &C, id: i32, hash: &str) -> Result<(), DbErr> {
    staff_account::Entity::update_many()
        .col_expr(
            staff_account::Column::PasswordHash,
            Expr::value(hash.to_string()),
        )
        .filter(staff_account::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Makes an administrator's forced reset take effect: the old password stops working, every
/// session ends, and the member is emailed a link to choose a new one. The administrator never
/// learns or chooses it.
pub(crate) async fn force_reset(
    conn: &Write,
    clock: &Clock,
    account: &staff_account::Model,
    site: &EmailSite,
) -> Result<(), DbErr> {
    set_password(conn, account.id, NO_PASSWORD).await?;
    end_sessions(conn, account.id).await?;
    issue_link(conn, clock, account, site, LinkPurpose::Forced).await
}

/// Why a member of staff is sent a link to choose a password.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LinkPurpose {
    /// They asked, having forgotten it.
    Forgotten,
    /// An administrator made them choose a new one.
    Forced,
    /// A new account: they choose their first password, never one an administrator invented.
    Invitation,
}

/// What an invitation says the account is for: its role, and a partner's organisation.
async fn invited_as(conn: &Write, account: &staff_account::Model) -> Result<String, DbErr> {
    let organisation = match account.partner_organisation_id {
        Some(id) => entity::partner_organisation::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|organisation| organisation.name),
        None => None,
    };
    Ok(match organisation {
        Some(name) => format!("{} for {name}", account.role.label()),
        None => account.role.label().to_string(),
    })
}

/// Emails the member a single-use link to choose a password, for `purpose`.
pub(crate) async fn issue_link(
    conn: &Write,
    clock: &Clock,
    account: &staff_account::Model,
    site: &EmailSite,
    purpose: LinkPurpose,
) -> Result<(), DbErr> {
    let token = new_token();
    let now = clock.now();
    let lasts = match purpose {
        LinkPurpose::Invitation => INVITATION_DAYS * 86_400,
        LinkPurpose::Forgotten | LinkPurpose::Forced => RESET_LINK_MINUTES * 60,
    };
    let expires_at = now + lasts;
    staff_password_reset::Entity::insert(staff_password_reset::ActiveModel {
        id: NotSet,
        token_hash: Set(token_hash(&token)),
        staff_account_id: Set(account.id),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
        invitation: Set(purpose == LinkPurpose::Invitation),
    })
    .exec_without_returning(conn)
    .await?;
    let link = format!("{}/staff/reset-password?token={token}", site.site_url);
    let email = match purpose {
        LinkPurpose::Invitation => messages::staff_invitation(
            &account.email,
            &account.name,
            &invited_as(conn, account).await?,
            &site.force_name,
            &link,
            INVITATION_DAYS,
        ),
        LinkPurpose::Forgotten | LinkPurpose::Forced => messages::password_reset_link(
            &account.email,
            &account.name,
            &site.force_name,
            &link,
            RESET_LINK_MINUTES,
            purpose == LinkPurpose::Forced,
        ),
    };
    outbox::enqueue(conn, clock, email.expiring_at(expires_at)).await
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResetRequest {
    /// A link is on its way, if an account has the address: the answer is the same either way.
    Sent,
    TryLater {
        minutes: i64,
    },
}

/// Emails a password reset link to the staff account with this address, if there is one.
pub async fn request_password_reset(
    db: &Database,
    clock: &Clock,
    attempt: Attempt<'_>,
    email: &EmailAddress,
    site: &EmailSite,
) -> Result<ResetRequest, DbErr> {
    for (bucket, limit) in [
        (
            attempt.keys.bucket("reset-address", email.as_str()),
            rate_limit::LINK_PER_ADDRESS,
        ),
        (
            attempt.keys.bucket("reset-ip", attempt.client_ip),
            rate_limit::LINK_PER_IP,
        ),
    ] {
        if let Taken::Refused { minutes } = rate_limit::take(db, clock, &bucket, limit).await? {
            return Ok(ResetRequest::TryLater { minutes });
        }
    }
    let txn = db.write().await?;
    if let Some(account) = staff_account::Entity::find()
        .filter(staff_account::Column::Email.eq(email.as_str()))
        .filter(staff_account::Column::Disabled.eq(false))
        .one(&txn)
        .await?
    {
        issue_link(&txn, clock, &account, site, LinkPurpose::Forgotten).await?;
    }
    txn.commit().await?;
    Ok(ResetRequest::Sent)
}

/// What a password reset link is good for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResetLink {
    /// It works; the account has a second factor when `needs_code`; `invitation` when it is
    /// a new member's first password.
    Valid {
        needs_code: bool,
        invitation: bool,
    },
    NotRecognised,
    Expired,
    AlreadyUsed,
}

async fn find_reset_link<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
    token: &str,
) -> Result<Result<(staff_password_reset::Model, staff_account::Model), ResetLink>, DbErr> {
    let Some(link) = staff_password_reset::Entity::find()
        .filter(staff_password_reset::Column::TokenHash.eq(token_hash(token)))
        .one(conn)
        .await?
    else {
        return Ok(Err(ResetLink::NotRecognised));
    };
    if link.used_at.is_some() {
        return Ok(Err(ResetLink::AlreadyUsed));
    }
    if link.expires_at <= clock.now() {
        return Ok(Err(ResetLink::Expired));
    }
    match staff_account::Entity::find_by_id(link.staff_account_id)
        .filter(staff_account::Column::Disabled.eq(false))
        .one(conn)
        .await?
    {
        Some(account) => Ok(Ok((link, account))),
        None => Ok(Err(ResetLink::NotRecognised)),
    }
}

pub async fn reset_link(
    db: &DatabaseConnection,
    clock: &Clock,
    token: &str,
) -> Result<ResetLink, DbErr> {
    Ok(match find_reset_link(db, clock, token).await? {
        Ok((link, account)) => ResetLink::Valid {
            needs_code: account.totp_secret.is_some(),
            invitation: link.invitation,
        },
        Err(problem) => problem,
    })
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResetPassword {
    Reset,
    Link(ResetLink),
    WrongCode,
    TryLater { minutes: i64 },
}

/// Sets a new password with an emailed link, and a current code when the account has a second
/// factor: the link alone (someone reading the member's email) is not enough.
pub async fn reset_password(
    db: &Database,
    clock: &Clock,
    attempt: Attempt<'_>,
    token: &str,
    new_password: String,
    code: &str,
    site: &EmailSite,
) -> Result<ResetPassword, DbErr> {
    let (link, account) = match find_reset_link(db, clock, token).await? {
        Ok(found) => found,
        Err(problem) => return Ok(ResetPassword::Link(problem)),
    };
    if account.totp_secret.is_some() {
        match check_code(db, clock, attempt, account.id, code).await? {
            CodeCheck::Accepted => {}
            CodeCheck::Wrong => return Ok(ResetPassword::WrongCode),
            CodeCheck::TryLater { minutes } => return Ok(ResetPassword::TryLater { minutes }),
        }
    }
    let hash = hash_password(new_password).await?;
    let txn = db.write().await?;
    let used = staff_password_reset::Entity::update_many()
        .col_expr(
            staff_password_reset::Column::UsedAt,
            Expr::value(clock.now()),
        )
        .filter(staff_password_reset::Column::Id.eq(link.id))
        .filter(staff_password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(ResetPassword::Link(ResetLink::AlreadyUsed));
    }
    set_password(&txn, account.id, &hash).await?;
    end_sessions(&txn, account.id).await?;
    audit_own_change(&txn, clock, &account, AuditAction::PasswordReset, None).await?;
    notify(&txn, clock, &account, SecurityChange::PasswordReset, site).await?;
    txn.commit().await?;
    Ok(ResetPassword::Reset)
}

/// Ends every session of the member, this one included.
pub async fn sign_out_everywhere(
    db: &Database,
    clock: &Clock,
    permit: &Permit<OwnAccount>,
) -> Result<(), DbErr> {
    let member = permit.member();
    let txn = db.write().await?;
    end_sessions(&txn, member.id).await?;
    if let Some(account) = staff_account::Entity::find_by_id(member.id)
        .one(&txn)
        .await?
    {
        audit_own_change(
            &txn,
            clock,
            &account,
            AuditAction::SignedOutEverywhere,
            None,
        )
        .await?;
    }
    txn.commit().await
}

/// Forgets password reset links that expired a day ago or more.
pub async fn delete_old_reset_links<C: ConnectionTrait>(
    conn: &C,
    clock: &Clock,
) -> Result<u64, DbErr> {
    Ok(staff_password_reset::Entity::delete_many()
        .filter(staff_password_reset::Column::ExpiresAt.lt(clock.now() - 86_400))
        .exec(conn)
        .await?
        .rows_affected)
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
    fn no_password_matches_a_forced_reset() {
        assert!(PasswordHash::new(NO_PASSWORD).is_err());
    }

    #[test]
    fn an_account_under_a_forced_reset_costs_a_full_argon2_check_like_any_other() {
        let (hash, counts) = hash_to_verify(NO_PASSWORD);
        assert!(!counts);
        assert_eq!(hash.to_string(), UNKNOWN_ACCOUNT_HASH);
        // The stand-in costs what a real password's check costs: the same parameters.
        let real = Argon2::default()
            .hash_password(b"a real password")
            .unwrap()
            .to_string();
        let (real, counts) = hash_to_verify(&real);
        assert!(counts);
        assert_eq!(hash.params, real.params);
        assert_eq!(hash.algorithm, real.algorithm);
    }

    #[test]
    fn a_code_may_be_typed_with_spaces_or_a_hyphen() {
        assert_eq!(digits_of(" 123 456 "), "123456");
        assert_eq!(digits_of("123-456"), "123456");
    }
}
