//! Which kinds of team message each resident gets: every kind as it is sent unless they said
//! otherwise, on their account or with the link in one of them. Also their part of "download
//! my data": the messages they were sent and their choices.

use crate::domain::ids::ResidentId;
use crate::domain::team_message::KINDS;
use crate::services::resident_records::{Column, Erasure, Resident, ResidentRecords, as_download};
use entity::message_preference::{self, MessageFrequency};
use entity::team_message::MessageKind;
use entity::{message_delivery, message_rating, team_message};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::{NotSet, Set},
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
};
use serde::Serialize;

/// Every kind, with how the resident gets it.
pub async fn of_resident<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
) -> Result<Vec<(MessageKind, MessageFrequency)>, DbErr> {
    let chosen = message_preference::Entity::find()
        .filter(message_preference::Column::ResidentId.eq(resident_id.get()))
        .all(conn)
        .await?;
    Ok(KINDS
        .iter()
        .map(|kind| {
            let frequency = chosen
                .iter()
                .find(|p| p.kind == *kind)
                .map(|p| p.frequency)
                .unwrap_or_default();
            (*kind, frequency)
        })
        .collect())
}

/// Records the resident's choice for each kind given (one row per kind, by a unique index).
pub async fn set<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
    choices: &[(MessageKind, MessageFrequency)],
) -> Result<(), DbErr> {
    if choices.is_empty() {
        return Ok(());
    }
    message_preference::Entity::insert_many(choices.iter().map(|(kind, frequency)| {
        message_preference::ActiveModel {
            id: NotSet,
            resident_id: Set(resident_id.get()),
            kind: Set(*kind),
            frequency: Set(*frequency),
        }
    }))
    .on_conflict(
        OnConflict::columns([
            message_preference::Column::ResidentId,
            message_preference::Column::Kind,
        ])
        .update_column(message_preference::Column::Frequency)
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Stops a digest: every kind the resident gets in it no longer comes by email.
pub async fn stop_digest<C: ConnectionTrait>(
    conn: &C,
    resident_id: ResidentId,
    frequency: MessageFrequency,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    message_preference::Entity::update_many()
        .col_expr(
            message_preference::Column::Frequency,
            Expr::value(MessageFrequency::Never),
        )
        .filter(message_preference::Column::ResidentId.eq(resident_id.get()))
        .filter(message_preference::Column::Frequency.eq(frequency))
        .exec(conn)
        .await?;
    Ok(())
}

/// The team messages a resident was sent, and which kinds they get.
pub struct MessageRecords;

#[derive(Serialize)]
struct DeliveryData {
    message: String,
    title: String,
    queued_at: i64,
    sent_at: Option<i64>,
    /// Their answer to "Was this useful?", if they gave one.
    useful: Option<bool>,
}

#[derive(Serialize)]
struct PreferenceData {
    kind: MessageKind,
    frequency: MessageFrequency,
}

#[async_trait::async_trait]
impl ResidentRecords for MessageRecords {
    fn columns(&self) -> &'static [Column] {
        &[
            ("message_delivery", "resident_id"),
            ("message_preference", "resident_id"),
            ("message_rating", "resident_id"),
        ]
    }

    async fn download(
        &self,
        db: &DatabaseConnection,
        who: &Resident,
    ) -> Result<Vec<(&'static str, serde_json::Value)>, DbErr> {
        let deliveries = message_delivery::Entity::find()
            .filter(message_delivery::Column::ResidentId.eq(who.id))
            .all(db)
            .await?;
        let messages = team_message::Entity::find()
            .filter(team_message::Column::Id.is_in(deliveries.iter().map(|d| d.message_id)))
            .all(db)
            .await?;
        let ratings = message_rating::Entity::find()
            .filter(message_rating::Column::ResidentId.eq(who.id))
            .all(db)
            .await?;
        let sent: Vec<DeliveryData> = deliveries
            .into_iter()
            .filter_map(|delivery| {
                let message = messages.iter().find(|m| m.id == delivery.message_id)?;
                Some(DeliveryData {
                    message: message.reference.clone(),
                    title: message.title.clone(),
                    queued_at: delivery.queued_at,
                    sent_at: delivery.sent_at,
                    useful: ratings
                        .iter()
                        .find(|r| r.message_id == message.id)
                        .map(|r| r.useful),
                })
            })
            .collect();
        let chosen: Vec<PreferenceData> = message_preference::Entity::find()
            .filter(message_preference::Column::ResidentId.eq(who.id))
            .all(db)
            .await?
            .into_iter()
            .map(|p| PreferenceData {
                kind: p.kind,
                frequency: p.frequency,
            })
            .collect();
        Ok(vec![
            ("team_messages_sent", as_download(&sent)?),
            ("team_message_choices", as_download(&chosen)?),
        ])
    }

    async fn erase(&self, erasure: &Erasure<'_>) -> Result<(), DbErr> {
        let (write, who) = (erasure.write, erasure.resident);
        message_delivery::Entity::delete_many()
            .filter(message_delivery::Column::ResidentId.eq(who.id))
            .exec(write)
            .await?;
        message_preference::Entity::delete_many()
            .filter(message_preference::Column::ResidentId.eq(who.id))
            .exec(write)
            .await?;
        // Their answers go: counts of the messages' usefulness drop them with the account.
        message_rating::Entity::delete_many()
            .filter(message_rating::Column::ResidentId.eq(who.id))
            .exec(write)
            .await?;
        Ok(())
    }
}
