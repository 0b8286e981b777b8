use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// A message from a neighbourhood team to the residents who follow its neighbourhood: an
/// appeal, advice, a warning, news or an event. The neighbourhoods it is for are in
/// `team_message_area`; who it was queued for, and what became of each email, in
/// `message_delivery`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Quoted by the team and in its public address ("TM-7K3M-Q9XD").
    #[sea_orm(unique)]
    pub reference: String,
    pub kind: MessageKind,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub status: MessageStatus,
    /// Whom it is from and for: one neighbourhood's team, a Local Policing Area, the force.
    pub scope: MessageScope,
    /// The Local Policing Area it is for, when it is for one.
    pub lpa_id: Option<i32>,
    /// The second administrator who approved a message for the whole force.
    pub approved_by: Option<i32>,
    pub approved_at: Option<i64>,
    /// When it goes (Unix seconds): set when the team sends it, now or later.
    pub send_at: Option<i64>,
    /// When it stops being current: a warning leaves the neighbourhood page then.
    pub expires_at: Option<i64>,
    /// When its deliveries were queued.
    pub queued_at: Option<i64>,
    /// How many residents it was queued for.
    pub recipients: i32,
    pub cancelled_at: Option<i64>,
    pub created_by: Option<i32>,
    pub created_at: i64,
    /// Its Atom entry's updated time.
    pub updated_at: i64,
}

/// What a message is, which residents choose to get or not, kind by kind.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    EnumIter,
    DeriveActiveEnum,
    Serialize,
    Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MessageKind {
    #[sea_orm(string_value = "appeal")]
    Appeal,
    #[sea_orm(string_value = "advice")]
    Advice,
    #[sea_orm(string_value = "warning")]
    Warning,
    #[sea_orm(string_value = "news")]
    News,
    #[sea_orm(string_value = "event")]
    Event,
}

/// Where a message is on its way: a draft the team can still change, sent at a time to come,
/// its emails being handed to the outbox, all handed, or cancelled before it went.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MessageStatus {
    #[sea_orm(string_value = "draft")]
    Draft,
    /// For the whole force: set to go once a second administrator approves it.
    #[sea_orm(string_value = "awaiting-approval")]
    AwaitingApproval,
    #[sea_orm(string_value = "scheduled")]
    Scheduled,
    #[sea_orm(string_value = "sending")]
    Sending,
    #[sea_orm(string_value = "sent")]
    Sent,
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

/// Whom a message is from and for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum MessageScope {
    /// From a neighbourhood's team, for its followers.
    #[sea_orm(string_value = "neighbourhood")]
    Neighbourhood,
    /// From administrators, for every neighbourhood of a Local Policing Area.
    #[sea_orm(string_value = "area")]
    Area,
    /// From administrators, for every neighbourhood of the force; a second one approves it.
    #[sea_orm(string_value = "force")]
    Force,
}

impl MessageStatus {
    /// Gone to residents (or going): shown publicly.
    pub fn is_out(self) -> bool {
        matches!(self, MessageStatus::Sending | MessageStatus::Sent)
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
