use sea_orm::entity::prelude::*;

/// An email waiting to be sent (or sent). Written in the same transaction as the change that
/// causes it; the sender job delivers it with retries.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub recipient: String,
    /// Who the message is from, as residents see it: a neighbourhood team or the force.
    pub sender: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub text_body: String,
    #[sea_orm(column_type = "Text")]
    pub html_body: String,
    /// Unix seconds.
    pub created_at: i64,
    pub attempts: i32,
    pub next_attempt_at: i64,
    /// Set while one sender holds the message (its lease), so two instances never send it
    /// together; only the holder may record how the sending went.
    pub locked_until: Option<i64>,
    pub lease_holder: Option<String>,
    /// Once sent, the bodies keep a copy with any link's token removed.
    pub sent_at: Option<i64>,
    /// Set when the message was given up (too many failures, or too late to be of use); such
    /// messages are shown to administrators.
    pub failed_at: Option<i64>,
    /// A message not sent by then is given up (a sign-in link that would have expired).
    pub expires_at: Option<i64>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// An iCalendar file sent with the message (a booking's invitation or its cancellation).
    #[sea_orm(column_type = "Text", nullable)]
    pub calendar: Option<String>,
    /// A one-click unsubscribe address, sent as `List-Unsubscribe` (RFC 8058).
    #[sea_orm(column_type = "Text", nullable)]
    pub list_unsubscribe: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
