//! "Was this useful?": a resident answers yes or no about a team message they were sent, from
//! the links in its email (signed for them and that message, so nobody answers for another),
//! once each (a unique index; a second answer replaces the first). No tracking: an answer is
//! recorded only when the resident presses the button on the page the link opens.

use crate::domain::ids::ResidentId;
use crate::services::rate_limit::BucketKeys;
use entity::message_rating;
use sea_orm::ActiveValue::{NotSet, Set};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter,
};
use serde::{Deserialize, Serialize};

/// The answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Useful {
    Yes,
    No,
}

/// What the signature of a resident's answer links is for: one message's.
fn purpose(reference: &str) -> String {
    format!("useful-{reference}")
}

/// The address of the page where `resident_id` answers about message `reference`, with
/// `answer` chosen.
pub fn answer_link(
    site_url: &str,
    keys: &BucketKeys,
    resident_id: ResidentId,
    reference: &str,
    answer: Useful,
) -> String {
    let signature = keys.signature(&purpose(reference), &resident_id.to_string());
    format!(
        "{site_url}/messages/{reference}/useful?resident={resident_id}&signature={signature}&answer={}",
        crate::domain::forms::form_value(&answer)
    )
}

/// What became of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rated {
    Recorded,
    /// The link is not one the portal made for this resident and message.
    NotRecognised,
    /// The message was not sent to this resident.
    NotSentToThem,
}

/// Records the resident's answer, replacing an earlier one.
pub async fn rate(
    db: &DatabaseConnection,
    keys: &BucketKeys,
    now: i64,
    resident_id: ResidentId,
    reference: &str,
    signature: &str,
    answer: Useful,
) -> Result<Rated, DbErr> {
    if !keys.verify(&purpose(reference), &resident_id.to_string(), signature) {
        return Ok(Rated::NotRecognised);
    }
    let Some((message, _)) =
        crate::services::message_replies::sent_to(db, reference, resident_id).await?
    else {
        return Ok(Rated::NotSentToThem);
    };
    message_rating::Entity::insert(message_rating::ActiveModel {
        id: NotSet,
        message_id: Set(message.id),
        resident_id: Set(resident_id.get()),
        useful: Set(answer == Useful::Yes),
        answered_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            message_rating::Column::MessageId,
            message_rating::Column::ResidentId,
        ])
        .update_columns([
            message_rating::Column::Useful,
            message_rating::Column::AnsweredAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(Rated::Recorded)
}

/// How many residents found message `message_id` useful, and how many not.
pub async fn counts<C: ConnectionTrait>(conn: &C, message_id: i32) -> Result<(u64, u64), DbErr> {
    let count = |useful: bool| {
        message_rating::Entity::find()
            .filter(message_rating::Column::MessageId.eq(message_id))
            .filter(message_rating::Column::Useful.eq(useful))
            .count(conn)
    };
    Ok((count(true).await?, count(false).await?))
}
