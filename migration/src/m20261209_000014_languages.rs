use sea_orm_migration::prelude::*;

/// The language a resident reads the portal in, so that emails sent when they are not on a page
/// (reminders, alerts, a team's booking) arrive in it: a language code such as `cy`, English
/// until they choose another. And a surgery's title and description in Welsh, beside the
/// English, for residents who read the portal in Welsh.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .add_column(
                        ColumnDef::new(Resident::Language)
                            .string_len(8)
                            .not_null()
                            .default("en"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SurgerySeries::Table)
                    .add_column(
                        ColumnDef::new(SurgerySeries::TitleCy)
                            .string_len(120)
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SurgerySeries::Table)
                    .add_column(ColumnDef::new(SurgerySeries::DescriptionCy).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [SurgerySeries::TitleCy, SurgerySeries::DescriptionCy] {
            manager
                .alter_table(
                    Table::alter()
                        .table(SurgerySeries::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .drop_column(Resident::Language)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum SurgerySeries {
    Table,
    TitleCy,
    DescriptionCy,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Language,
}
