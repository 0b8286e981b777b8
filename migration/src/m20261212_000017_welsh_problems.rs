use sea_orm_migration::prelude::*;

/// A published problem's title and public summary in Welsh, beside the English, for residents
/// who read the portal in Welsh. `NULL` until the team gives them.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Problem::Table)
                    .add_column(ColumnDef::new(Problem::TitleCy).string().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Problem::Table)
                    .add_column(ColumnDef::new(Problem::PublicSummaryCy).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Problem::PublicSummaryCy, Problem::TitleCy] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Problem::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Problem {
    Table,
    TitleCy,
    PublicSummaryCy,
}
