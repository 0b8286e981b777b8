use sea_orm::entity::prelude::*;

/// A "you said, we did" update: what residents said, what the team did, what happens next,
/// and perhaps a figure for the outcome. What it answers is in `update_link`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "team_update")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub neighbourhood_id: i32,
    #[sea_orm(column_type = "Text")]
    pub you_said: String,
    #[sea_orm(column_type = "Text")]
    pub we_did: String,
    #[sea_orm(column_type = "Text")]
    pub next_steps: String,
    /// An outcome figure, like "12 vehicles stopped, 3 seized" (empty if none).
    #[sea_orm(column_type = "Text")]
    pub outcome: String,
    /// The same four in Welsh, for residents reading in Welsh, where the team gave them.
    #[sea_orm(column_type = "Text", nullable)]
    pub you_said_cy: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub we_did_cy: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub next_steps_cy: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub outcome_cy: Option<String>,
    /// The date it is published for (the start of that UK day).
    pub published_on: i64,
    pub created_at: i64,
    pub created_by: Option<i32>,
    /// Its Atom entry's updated time.
    pub updated_at: i64,
    /// When the team last corrected it, shown as "Updated on …".
    pub edited_at: Option<i64>,
    /// When the team withdrew it: no longer shown or in feeds, kept for the audit trail.
    pub withdrawn_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
