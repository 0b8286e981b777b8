//! What each feature keeps that names a resident, as "download all my data" and deleting an
//! account see it. A feature that stores a resident's id or email address implements
//! [`ResidentRecords`] beside its data; `resident_data` gathers every implementation, and a test
//! reads the schema and fails when a column naming a resident is covered by none.

use crate::domain::email_address::EmailAddress;
use crate::domain::ids::ResidentId;
use crate::services::clock::Clock;
use crate::services::messages::EmailSite;
use crate::services::write::Write;
use entity::resident;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QuerySelect,
};
use serde::Serialize;

/// Whose records: the account, as read once for the whole download or deletion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resident {
    pub id: ResidentId,
    pub account: resident::Model,
}

impl Resident {
    pub fn new(account: resident::Model) -> Self {
        Self {
            id: ResidentId::new(account.id),
            account,
        }
    }

    /// The account's address.
    pub fn email(&self) -> &str {
        &self.account.email
    }

    /// Every address in `column` of `E` that reaches the resident's mailbox: the account's own,
    /// and any other way of writing it (a plus-tag, Gmail's dots) that a sign-in link, an email
    /// or an invitation went to. Their sign-in links, emails and invitations are found by these.
    pub async fn addresses<E, C>(
        &self,
        conn: &impl ConnectionTrait,
        column: C,
    ) -> Result<Vec<String>, DbErr>
    where
        E: EntityTrait,
        C: ColumnTrait,
    {
        let mailbox = &self.account.mailbox;
        let (local, domain) = mailbox.rsplit_once('@').unwrap_or((mailbox.as_str(), ""));
        // Narrowed by the database to the mailbox's domain and first letters, then exactly.
        let first = local.chars().next().map(String::from).unwrap_or_default();
        let begins = if domain == "gmail.com" {
            first
        } else {
            local.to_string()
        };
        let mut near = Condition::any().add(column.eq(self.email()));
        for domain in gmail_or(domain) {
            near = near.add(column.like(format!("{begins}%@{domain}")));
        }
        let found: Vec<String> = E::find()
            .select_only()
            .column(column)
            .distinct()
            .filter(near)
            .into_tuple()
            .all(conn)
            .await?;
        Ok(found
            .into_iter()
            .filter(|address| {
                address == self.email()
                    || EmailAddress::parse(address).is_ok_and(|a| a.mailbox() == *mailbox)
            })
            .collect())
    }
}

/// The domains a mailbox's addresses may be written with: Gmail answers to two.
fn gmail_or(domain: &str) -> Vec<&str> {
    match domain {
        "gmail.com" => vec!["gmail.com", "googlemail.com"],
        other => vec![other],
    }
}

/// A column that names a resident or their email address: (table, column).
pub type Column = (&'static str, &'static str);

/// A part of what the portal holds about a resident.
#[async_trait::async_trait]
pub trait ResidentRecords: Sync {
    /// The columns naming a resident or their email address by which this part finds the
    /// rows it downloads and erases.
    fn columns(&self) -> &'static [Column];

    /// This part of the download, under its names.
    async fn download(
        &self,
        db: &DatabaseConnection,
        resident: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr>;

    /// What stops the account being deleted now (the names of the groups it alone organises,
    /// say), checked inside the deletion's change.
    async fn blocks_erasure(&self, _erasure: &Erasure<'_>) -> Result<Vec<String>, DbErr> {
        Ok(Vec::new())
    }

    /// Erases this part inside the deletion's change. What the resident published may stay,
    /// no longer naming them.
    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr>;
}

/// A deletion in progress: its change, and what a part may need to erase its records (the
/// clock and the site, to email whoever is given a place the resident held).
pub struct Erasure<'a> {
    pub write: &'a Write,
    pub clock: &'a Clock,
    pub site: &'a EmailSite,
    pub resident: &'a Resident,
}

/// Records as the download holds them.
pub fn as_download<T: Serialize>(records: &T) -> Result<serde_json::Value, DbErr> {
    serde_json::to_value(records).map_err(|e| DbErr::Custom(format!("writing a download: {e}")))
}
