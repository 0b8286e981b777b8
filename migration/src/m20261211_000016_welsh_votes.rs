use sea_orm_migration::prelude::*;

/// A vote's question and each option in Welsh, beside the English, for residents who read the
/// portal in Welsh. `NULL` until the team gives them.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Vote::Table)
                    .add_column(ColumnDef::new(Vote::QuestionCy).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(VoteOption::Table)
                    .add_column(ColumnDef::new(VoteOption::LabelCy).string().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(VoteOption::Table)
                    .drop_column(VoteOption::LabelCy)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Vote::Table)
                    .drop_column(Vote::QuestionCy)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Vote {
    Table,
    QuestionCy,
}

#[derive(DeriveIden)]
enum VoteOption {
    Table,
    LabelCy,
}
