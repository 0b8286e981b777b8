//! What each feature keeps that names a resident, as "download all my data" and deleting an
//! account see it. A feature that stores a resident's id or email address implements
//! [`ResidentRecords`] beside its data; `resident_data` gathers every implementation, and a test
//! reads the schema and fails when a column naming a resident is covered by none.

use crate::domain::ids::ResidentId;
use crate::services::clock::Clock;
use crate::services::messages::EmailSite;
use crate::services::write::Write;
use entity::resident;
use sea_orm::{DatabaseConnection, DbErr};
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

    /// The account's address: what its sign-in links, emails and invitations are found by.
    pub fn email(&self) -> &str {
        &self.account.email
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
