use sea_orm::entity::prelude::*;

/// How many paper ballots chose one option.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "paper_count_choice")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub paper_count_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub option_id: i32,
    pub count: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
