//! Residents' accounts: finding or creating one, signing in by emailed link, their settings and
//! email lists. What the portal holds about them, to download or delete, is in `resident_data`.

use crate::domain::email_address::EmailAddress;
use crate::domain::ids::ResidentId;
use crate::services::clock::Clock;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use crate::services::tokens::{new_token, token_hash};
use crate::services::write::Database;
use crate::services::{messages, outbox, rate_limit};
use entity::message_preference::MessageFrequency;
use entity::team_message::MessageKind;
use entity::{outbox_message, resident, sign_in_link};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Serialize;

pub const LINK_LIFETIME_MINUTES: i64 = 20;

/// Where the emailed link leads, who sends the email, and who asked (for rate limits).
pub struct LinkContext<'a> {
    pub site_url: &'a str,
    pub force_name: &'a str,
    pub client_ip: &'a str,
    pub keys: &'a rate_limit::BucketKeys,
    /// The language the link was asked for in, which the email is written in.
    pub language: crate::i18n::Language,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkRequest {
    /// A link is on its way (or would be: the answer is the same whether or not an account
    /// exists). Its id is kept in the asking browser's session, so the link can tell whether it
    /// is followed where it was asked for.
    Sent {
        link_id: i32,
    },
    TryLater {
        minutes: i64,
    },
}

/// Emails a single-use sign-in link, unless this address or this computer asked too often.
pub async fn request_sign_in_link(
    db: &Database,
    clock: &Clock,
    email: &EmailAddress,
    context: LinkContext<'_>,
) -> Result<LinkRequest, DbErr> {
    for (bucket, limit) in [
        (
            context.keys.bucket("link-address", &email.mailbox()),
            rate_limit::LINK_PER_ADDRESS,
        ),
        (
            context.keys.bucket("link-ip", context.client_ip),
            rate_limit::LINK_PER_IP,
        ),
    ] {
        if let rate_limit::Taken::Refused { minutes } =
            rate_limit::take(db, clock, &bucket, limit).await?
        {
            return Ok(LinkRequest::TryLater { minutes });
        }
    }
    let txn = db.write().await?;

    let token = new_token();
    let now = clock.now();
    let link_id = sign_in_link::Entity::insert(sign_in_link::ActiveModel {
        id: NotSet,
        token_hash: Set(token_hash(&token)),
        email: Set(email.as_str().to_string()),
        created_at: Set(now),
        expires_at: Set(now + LINK_LIFETIME_MINUTES * 60),
        used_at: Set(None),
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    let link = format!("{}/sign-in/confirm?token={token}", context.site_url);
    outbox::enqueue(
        &txn,
        clock,
        messages::sign_in_link(
            context.language,
            email.as_str(),
            context.force_name,
            &link,
            LINK_LIFETIME_MINUTES,
        )
        .expiring_at(now + LINK_LIFETIME_MINUTES * 60),
    )
    .await?;
    txn.commit().await?;
    Ok(LinkRequest::Sent { link_id })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkOutcome {
    SignedIn {
        resident_id: ResidentId,
        new_account: bool,
    },
    NotRecognised,
    Expired,
    AlreadyUsed,
}

/// A link that still works, as its confirmation page shows it before it is used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingLink {
    pub id: i32,
    /// The address it was sent to, and so the account it signs in to.
    pub email: String,
}

/// The link with this token, without using it; or why it no longer works.
pub async fn pending_link(
    db: &DatabaseConnection,
    clock: &Clock,
    token: &str,
) -> Result<Result<PendingLink, LinkOutcome>, DbErr> {
    let link = sign_in_link::Entity::find()
        .filter(sign_in_link::Column::TokenHash.eq(token_hash(token.trim())))
        .one(db)
        .await?;
    Ok(match link {
        None => Err(LinkOutcome::NotRecognised),
        Some(link) if link.used_at.is_some() => Err(LinkOutcome::AlreadyUsed),
        Some(link) if link.expires_at <= clock.now() => Err(LinkOutcome::Expired),
        Some(link) => Ok(PendingLink {
            id: link.id,
            email: link.email,
        }),
    })
}

/// Follows an emailed link found still working (`pending_link`): it works once, and creates the
/// account on first use.
pub async fn redeem_sign_in_link(
    db: &Database,
    clock: &Clock,
    link: &PendingLink,
) -> Result<LinkOutcome, DbErr> {
    let now = clock.now();
    let txn = db.write().await?;
    // Of two requests following the same link at once, only one finds it unused here.
    let used = sign_in_link::Entity::update_many()
        .col_expr(sign_in_link::Column::UsedAt, Expr::value(now))
        .filter(sign_in_link::Column::Id.eq(link.id))
        .filter(sign_in_link::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(LinkOutcome::AlreadyUsed);
    }

    let address = EmailAddress::parse(&link.email)
        .map_err(|_| DbErr::Custom("a sign-in link to an address that is not one".into()))?;
    let existing = by_mailbox(&txn, &address).await?;
    let new_account = existing.is_none();
    let account = match existing {
        Some(account) => {
            resident::Entity::update_many()
                .col_expr(resident::Column::LastSignedInAt, Expr::value(now))
                .filter(resident::Column::Id.eq(account.id))
                .exec(&txn)
                .await?;
            account
        }
        None => find_or_create(&txn, &address, "", now).await?,
    };
    txn.commit().await?;
    Ok(LinkOutcome::SignedIn {
        resident_id: ResidentId::new(account.id),
        new_account,
    })
}

/// The resident whose mailbox this address reaches, or a new account for it (someone invited to
/// a group, or booked by the team). `name` is given only for a new account, and only where the
/// resident chose it (the demo's residents); the team's or an organiser's word never names one.
pub async fn find_or_create<C: sea_orm::ConnectionTrait>(
    conn: &C,
    email: &EmailAddress,
    name: &str,
    now: i64,
) -> Result<resident::Model, DbErr> {
    if let Some(found) = by_mailbox(conn, email).await? {
        return Ok(found);
    }
    resident::Entity::insert(resident::ActiveModel {
        id: NotSet,
        email: Set(email.as_str().to_string()),
        mailbox: Set(email.mailbox()),
        display_name: Set((!name.is_empty()).then(|| name.to_string())),
        created_at: Set(now),
        last_signed_in_at: Set(now),
        update_emails: Set(true),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(resident::Column::Mailbox)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    by_mailbox(conn, email)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the resident just saved".into()))
}

/// The account for the mailbox `email` reaches, however the address was written.
pub async fn by_mailbox<C: sea_orm::ConnectionTrait>(
    conn: &C,
    email: &EmailAddress,
) -> Result<Option<resident::Model>, DbErr> {
    // An account made before mailboxes were worked out has its own address as its mailbox.
    resident::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(resident::Column::Mailbox.eq(email.mailbox()))
                .add(resident::Column::Email.eq(email.as_str())),
        )
        .order_by_asc(resident::Column::Id)
        .one(conn)
        .await
}

pub async fn account(
    db: &DatabaseConnection,
    id: ResidentId,
) -> Result<Option<resident::Model>, DbErr> {
    resident::Entity::find_by_id(id.get()).one(db).await
}

pub async fn set_display_name(
    db: &DatabaseConnection,
    id: ResidentId,
    display_name: Option<String>,
) -> Result<(), DbErr> {
    resident::Entity::update_many()
        .col_expr(resident::Column::DisplayName, Expr::value(display_name))
        .filter(resident::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Whether the resident is emailed "you said, we did" updates.
pub async fn set_update_emails<C: sea_orm::ConnectionTrait>(
    conn: &C,
    id: ResidentId,
    on: bool,
) -> Result<bool, DbErr> {
    let changed = resident::Entity::update_many()
        .col_expr(resident::Column::UpdateEmails, Expr::value(on))
        .filter(resident::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// The language the resident reads the portal in, for the emails sent while they are away.
pub async fn set_language<C: sea_orm::ConnectionTrait>(
    conn: &C,
    id: ResidentId,
    language: crate::i18n::Language,
) -> Result<(), DbErr> {
    resident::Entity::update_many()
        .col_expr(resident::Column::Language, Expr::value(language.code()))
        .filter(resident::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The emails a resident can stop with a link in one of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmailList {
    /// "You said, we did" updates on what they raised or voted in.
    #[default]
    Updates,
    /// Alerts about what they and their groups follow.
    Alerts,
    /// Each kind of message from the teams of the neighbourhoods they follow.
    MessagesAppeal,
    MessagesAdvice,
    MessagesWarning,
    MessagesNews,
    MessagesEvent,
    /// The daily, or the weekly, digest of team messages.
    DigestDaily,
    DigestWeekly,
}

impl EmailList {
    /// The list of team messages of `kind`.
    pub fn messages(kind: MessageKind) -> Self {
        match kind {
            MessageKind::Appeal => EmailList::MessagesAppeal,
            MessageKind::Advice => EmailList::MessagesAdvice,
            MessageKind::Warning => EmailList::MessagesWarning,
            MessageKind::News => EmailList::MessagesNews,
            MessageKind::Event => EmailList::MessagesEvent,
        }
    }

    /// The digest of team messages at `frequency` (daily or weekly).
    pub fn digest(frequency: MessageFrequency) -> Self {
        match frequency {
            MessageFrequency::Weekly => EmailList::DigestWeekly,
            _ => EmailList::DigestDaily,
        }
    }

    /// The kind of team message it is the list of, if it is one.
    pub fn message_kind(self) -> Option<MessageKind> {
        match self {
            EmailList::Updates
            | EmailList::Alerts
            | EmailList::DigestDaily
            | EmailList::DigestWeekly => None,
            EmailList::MessagesAppeal => Some(MessageKind::Appeal),
            EmailList::MessagesAdvice => Some(MessageKind::Advice),
            EmailList::MessagesWarning => Some(MessageKind::Warning),
            EmailList::MessagesNews => Some(MessageKind::News),
            EmailList::MessagesEvent => Some(MessageKind::Event),
        }
    }

    /// Its name in links (`list=…`), as the forms read it back.
    fn code(self) -> String {
        crate::domain::forms::form_value(&self)
    }

    /// What the link's signature is for: a link for one list cannot stop another.
    fn purpose(self) -> String {
        match self {
            EmailList::Updates => "unsubscribe".into(),
            other => format!("unsubscribe-{}", other.code()),
        }
    }

    /// `resident=…&signature=…`, and `&list=…` for every list but updates.
    pub fn signed_query(self, keys: &rate_limit::BucketKeys, resident_id: ResidentId) -> String {
        let signature = keys.signature(&self.purpose(), &resident_id.to_string());
        match self {
            EmailList::Updates => format!("resident={resident_id}&signature={signature}"),
            other => format!(
                "resident={resident_id}&signature={signature}&list={}",
                other.code()
            ),
        }
    }
}

/// Stops one list of a resident's emails from a signed unsubscribe link; false if the link is
/// not one the portal made.
pub async fn unsubscribe(
    db: &DatabaseConnection,
    keys: &rate_limit::BucketKeys,
    resident_id: ResidentId,
    list: EmailList,
    signature: &str,
) -> Result<bool, DbErr> {
    if !keys.verify(&list.purpose(), &resident_id.to_string(), signature) {
        return Ok(false);
    }
    match list {
        EmailList::Updates => {
            set_update_emails(db, resident_id, false).await?;
        }
        EmailList::Alerts => {
            resident::Entity::update_many()
                .col_expr(
                    resident::Column::FollowAlerts,
                    Expr::value(resident::FollowAlerts::None),
                )
                .filter(resident::Column::Id.eq(resident_id))
                .exec(db)
                .await?;
        }
        EmailList::MessagesAppeal
        | EmailList::MessagesAdvice
        | EmailList::MessagesWarning
        | EmailList::MessagesNews
        | EmailList::MessagesEvent => {
            let kind = list.message_kind().expect("a list of team messages");
            crate::services::message_preferences::set(
                db,
                resident_id,
                &[(kind, MessageFrequency::Never)],
            )
            .await?;
        }
        EmailList::DigestDaily | EmailList::DigestWeekly => {
            let frequency = match list {
                EmailList::DigestWeekly => MessageFrequency::Weekly,
                _ => MessageFrequency::Daily,
            };
            crate::services::message_preferences::stop_digest(db, resident_id, frequency).await?;
        }
    }
    Ok(true)
}

/// Forgets links that expired a day ago or more.
pub async fn delete_old_links(db: &DatabaseConnection, clock: &Clock) -> Result<u64, DbErr> {
    Ok(sign_in_link::Entity::delete_many()
        .filter(sign_in_link::Column::ExpiresAt.lt(clock.now() - 86_400))
        .exec(db)
        .await?
        .rows_affected)
}

/// A resident's account and the sign-in links sent to its address.
pub struct AccountRecords;

#[derive(Debug, Serialize)]
struct AccountData {
    email: String,
    display_name: Option<String>,
    update_emails: bool,
    follow_alerts: resident::FollowAlerts,
    language: String,
    created_at: i64,
    last_signed_in_at: i64,
}

#[derive(Debug, Serialize)]
struct LinkData {
    requested_at: i64,
    expires_at: i64,
    used_at: Option<i64>,
}

#[async_trait::async_trait]
impl ResidentRecords for AccountRecords {
    fn columns(&self) -> &'static [Column] {
        &[("resident", "email"), ("sign_in_link", "email")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let account = &who.account;
        let addresses = who
            .addresses::<sign_in_link::Entity, _>(db, sign_in_link::Column::Email)
            .await?;
        let links: Vec<LinkData> = sign_in_link::Entity::find()
            .filter(sign_in_link::Column::Email.is_in(addresses))
            .order_by_asc(sign_in_link::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|l| LinkData {
                requested_at: l.created_at,
                expires_at: l.expires_at,
                used_at: l.used_at,
            })
            .collect();
        let account = AccountData {
            email: account.email.clone(),
            display_name: account.display_name.clone(),
            update_emails: account.update_emails,
            follow_alerts: account.follow_alerts,
            language: account.language.clone(),
            created_at: account.created_at,
            last_signed_in_at: account.last_signed_in_at,
        };
        Ok(vec![
            ("account", as_download(&account)?),
            ("sign_in_links", as_download(&links)?),
        ])
    }

    /// The links; the account's row itself goes last, once every part is erased.
    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        let addresses = who
            .addresses::<sign_in_link::Entity, _>(write, sign_in_link::Column::Email)
            .await?;
        sign_in_link::Entity::delete_many()
            .filter(sign_in_link::Column::Email.is_in(addresses))
            .exec(write)
            .await?;
        Ok(())
    }
}

/// An email as the download shows it.
#[derive(Debug, Serialize)]
struct EmailData {
    subject: String,
    sender: String,
    created_at: i64,
    sent_at: Option<i64>,
    text: String,
}

/// The emails sent, or waiting to be sent, to a resident's address.
pub struct EmailRecords;

#[async_trait::async_trait]
impl ResidentRecords for EmailRecords {
    fn columns(&self) -> &'static [Column] {
        &[("outbox_message", "recipient")]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let addresses = who
            .addresses::<outbox_message::Entity, _>(db, outbox_message::Column::Recipient)
            .await?;
        let emails: Vec<EmailData> = outbox_message::Entity::find()
            .filter(outbox_message::Column::Recipient.is_in(addresses))
            .order_by_asc(outbox_message::Column::Id)
            .all(db)
            .await?
            .into_iter()
            .map(|m| EmailData {
                subject: m.subject,
                sender: m.sender,
                created_at: m.created_at,
                sent_at: m.sent_at,
                text: m.text_body,
            })
            .collect();
        Ok(vec![("emails", as_download(&emails)?)])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        let addresses = who
            .addresses::<outbox_message::Entity, _>(write, outbox_message::Column::Recipient)
            .await?;
        outbox_message::Entity::delete_many()
            .filter(outbox_message::Column::Recipient.is_in(addresses))
            .exec(write)
            .await?;
        Ok(())
    }
}
