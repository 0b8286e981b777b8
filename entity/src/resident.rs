use sea_orm::entity::prelude::*;

/// A resident's account: created the first time they follow an emailed sign-in link.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "resident")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Normalised: trimmed and lower case, so one address always reaches one account.
    #[sea_orm(unique)]
    pub email: String,
    /// The mailbox the address reaches (`EmailAddress::mailbox`): one account per mailbox, so
    /// `sam+1@` and `sam+2@` are one person with one vote.
    #[sea_orm(unique)]
    pub mailbox: String,
    pub display_name: Option<String>,
    /// Unix seconds.
    pub created_at: i64,
    pub last_signed_in_at: i64,
    /// Whether they are emailed when a "you said, we did" update answers a concern they raised
    /// or a vote they voted in.
    pub update_emails: bool,
    /// Emails about what they and their groups follow: a weekly digest, one as things happen,
    /// or none.
    pub follow_alerts: FollowAlerts,
    /// For alerts as things happen: everything up to this time has been sent.
    pub alerted_until: Option<i64>,
    /// The language they read the portal in (`app::i18n::Language::code`): emails sent while
    /// they are not on a page arrive in it.
    pub language: String,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    DeriveActiveEnum,
    serde::Serialize,
    serde::Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "kebab-case")]
pub enum FollowAlerts {
    #[default]
    #[sea_orm(string_value = "weekly")]
    Weekly,
    #[sea_orm(string_value = "immediate")]
    Immediate,
    #[sea_orm(string_value = "none")]
    None,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
