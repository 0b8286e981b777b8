use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// A partner organisation's own assessment of a problem shared with it: whether its work made a
/// difference, and how it knows. One per problem and organisation, rewritten as it learns more.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PartnerAssessment::Table)
                    .col(auto_id(PartnerAssessment::Id))
                    .col(
                        ColumnDef::new(PartnerAssessment::ProblemId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerAssessment::OrganisationId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PartnerAssessment::Worked).text().not_null())
                    .col(ColumnDef::new(PartnerAssessment::Measure).text().not_null())
                    .col(
                        ColumnDef::new(PartnerAssessment::WrittenAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerAssessment::WrittenBy)
                            .integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerAssessment::Table, PartnerAssessment::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerAssessment::Table, PartnerAssessment::OrganisationId)
                            .to(PartnerOrganisation::Table, PartnerOrganisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_partner_assessment_once")
                    .table(PartnerAssessment::Table)
                    .col(PartnerAssessment::ProblemId)
                    .col(PartnerAssessment::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PartnerAssessment::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum PartnerAssessment {
    Table,
    Id,
    ProblemId,
    OrganisationId,
    Worked,
    Measure,
    WrittenAt,
    WrittenBy,
}

#[derive(DeriveIden)]
enum Problem {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PartnerOrganisation {
    Table,
    Id,
}
