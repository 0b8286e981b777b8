//! Everything the portal holds about a resident, gathered from every feature's
//! [`ResidentRecords`]: "download all my data", and deleting the account.

use crate::domain::ids::ResidentId;
use crate::services::clock::Clock;
use crate::services::messages::EmailSite;
use crate::services::resident_records::{Erasure, Resident, ResidentRecords};
use crate::services::write::Database;
use crate::services::{
    bookings, concerns, following, groups, message_preferences, message_replies, resident_accounts,
    survey, votes,
};
use entity::resident;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait};

/// Every part of what the portal holds about a resident, in the order a deletion erases them:
/// bookings first (their places go to whoever waits, who are emailed), the emails to the
/// resident's own address last.
pub const PARTS: [&dyn ResidentRecords; 10] = [
    &bookings::BookingRecords,
    &concerns::ConcernRecords,
    &votes::BallotRecords,
    &groups::GroupRecords,
    &following::FollowRecords,
    &message_preferences::MessageRecords,
    &message_replies::ReplyRecords,
    &survey::SurveyRecords,
    &resident_accounts::AccountRecords,
    &resident_accounts::EmailRecords,
];

/// Everything the portal holds about the resident, as one JSON object; None if there is no
/// such account.
pub async fn export(
    db: &DatabaseConnection,
    id: ResidentId,
) -> Result<Option<serde_json::Value>, DbErr> {
    let Some(account) = resident_accounts::account(db, id).await? else {
        return Ok(None);
    };
    let who = Resident::new(account);
    let mut download = serde_json::Map::new();
    for part in PARTS {
        for (name, records) in part.download(db, &who).await? {
            download.insert(name.to_string(), records);
        }
    }
    Ok(Some(serde_json::Value::Object(download)))
}

/// Erases the account and every record that names it or its address. What residents
/// published (concerns, ballots) stays, shown as by "a resident"; places booked at surgeries
/// still to come are given back. The last organiser of a group with other members must first
/// make one of them an organiser: a group always keeps one.
pub async fn delete(
    db: &Database,
    clock: &Clock,
    site: &EmailSite,
    id: ResidentId,
) -> Result<Deleted, DbErr> {
    let txn = db.write().await?;
    let Some(account) = resident::Entity::find_by_id(id.get()).one(&txn).await? else {
        txn.commit().await?;
        return Ok(Deleted::Deleted);
    };
    let who = Resident::new(account);
    let erasure = Erasure {
        write: &txn,
        clock,
        site,
        resident: &who,
    };
    let mut groups = Vec::new();
    for part in PARTS {
        groups.extend(part.blocks_erasure(&erasure).await?);
    }
    if !groups.is_empty() {
        return Ok(Deleted::LastOrganiser { groups });
    }
    for part in PARTS {
        part.erase(&erasure).await?;
    }
    resident::Entity::delete_by_id(id.get()).exec(&txn).await?;
    txn.commit().await?;
    Ok(Deleted::Deleted)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deleted {
    Deleted,
    /// They are the only organiser of these groups, which have other members.
    LastOrganiser {
        groups: Vec<String>,
    },
}
