use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Residents' confidence in their neighbourhood's police and how safe they feel, asked once a
/// quarter. Answers are counted, not kept: `survey_tally` holds how many gave each answer to each
/// question in each neighbourhood and quarter, with nothing naming anyone; `survey_taken` holds
/// only that a resident answered in a quarter (unique, so they answer once), and goes with their
/// account.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SurveyTally::Table)
                    .col(auto_id(SurveyTally::Id))
                    .col(
                        ColumnDef::new(SurveyTally::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SurveyTally::Quarter).string().not_null())
                    .col(ColumnDef::new(SurveyTally::Question).string().not_null())
                    .col(ColumnDef::new(SurveyTally::Answer).string().not_null())
                    .col(ColumnDef::new(SurveyTally::Count).integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyTally::Table, SurveyTally::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_tally_once")
                    .table(SurveyTally::Table)
                    .col(SurveyTally::NeighbourhoodId)
                    .col(SurveyTally::Quarter)
                    .col(SurveyTally::Question)
                    .col(SurveyTally::Answer)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SurveyTaken::Table)
                    .col(auto_id(SurveyTaken::Id))
                    .col(ColumnDef::new(SurveyTaken::ResidentId).integer().not_null())
                    .col(ColumnDef::new(SurveyTaken::Quarter).string().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurveyTaken::Table, SurveyTaken::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_survey_taken_once")
                    .table(SurveyTaken::Table)
                    .col(SurveyTaken::ResidentId)
                    .col(SurveyTaken::Quarter)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SurveyTaken::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SurveyTally::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum SurveyTally {
    Table,
    Id,
    NeighbourhoodId,
    Quarter,
    Question,
    Answer,
    Count,
}

#[derive(DeriveIden)]
enum SurveyTaken {
    Table,
    Id,
    ResidentId,
    Quarter,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Id,
}
