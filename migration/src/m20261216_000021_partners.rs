use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Partners in problem solving: organisations outside the police (the council's anti-social
/// behaviour team, housing associations, schools, youth services) registered by an
/// administrator with the neighbourhoods they work in; their people, who sign in as staff
/// accounts of the partner role tied to one organisation; the problems a team shares with an
/// organisation (once each); and, on a problem's actions, the organisation that recorded one.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PartnerOrganisation::Table)
                    .col(auto_id(PartnerOrganisation::Id))
                    .col(
                        ColumnDef::new(PartnerOrganisation::Name)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerOrganisation::Kind)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerOrganisation::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        // One organisation to a name, whatever its capitals: residents read them credited and
        // could not tell "Birmingham City Council" from "birmingham city council". Both
        // databases write an index on an expression the same way.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_partner_organisation_name \
                 ON partner_organisation (lower(name))",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PartnerArea::Table)
                    .col(auto_id(PartnerArea::Id))
                    .col(
                        ColumnDef::new(PartnerArea::OrganisationId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PartnerArea::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerArea::Table, PartnerArea::OrganisationId)
                            .to(PartnerOrganisation::Table, PartnerOrganisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PartnerArea::Table, PartnerArea::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_partner_area_once")
                    .table(PartnerArea::Table)
                    .col(PartnerArea::OrganisationId)
                    .col(PartnerArea::NeighbourhoodId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProblemShare::Table)
                    .col(auto_id(ProblemShare::Id))
                    .col(ColumnDef::new(ProblemShare::ProblemId).integer().not_null())
                    .col(
                        ColumnDef::new(ProblemShare::OrganisationId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProblemShare::SharedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProblemShare::SharedBy).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProblemShare::Table, ProblemShare::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProblemShare::Table, ProblemShare::OrganisationId)
                            .to(PartnerOrganisation::Table, PartnerOrganisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_problem_share_once")
                    .table(ProblemShare::Table)
                    .col(ProblemShare::ProblemId)
                    .col(ProblemShare::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per statement, and none with a foreign key: the organisation is
        // checked where it is written.
        manager
            .alter_table(
                Table::alter()
                    .table(StaffAccount::Table)
                    .add_column(
                        ColumnDef::new(StaffAccount::PartnerOrganisationId)
                            .integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ProblemAction::Table)
                    .add_column(
                        ColumnDef::new(ProblemAction::PartnerOrganisationId)
                            .integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        // The lookups the unique indexes above do not lead with: the teams that may share with
        // an organisation, an organisation's shared problems, and its people.
        for (name, table, column) in [
            (
                "idx_partner_area_neighbourhood",
                PartnerArea::Table.into_iden(),
                PartnerArea::NeighbourhoodId.into_iden(),
            ),
            (
                "idx_problem_share_organisation",
                ProblemShare::Table.into_iden(),
                ProblemShare::OrganisationId.into_iden(),
            ),
            (
                "idx_staff_account_partner_organisation",
                StaffAccount::Table.into_iden(),
                StaffAccount::PartnerOrganisationId.into_iden(),
            ),
            // A problem's actions, which the credits and the Guarantee's count look up.
            (
                "idx_problem_action_problem",
                ProblemAction::Table.into_iden(),
                ProblemAction::ProblemId.into_iden(),
            ),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A column is dropped only without its index.
        manager
            .drop_index(
                Index::drop()
                    .name("idx_staff_account_partner_organisation")
                    .table(StaffAccount::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_problem_action_problem")
                    .table(ProblemAction::Table)
                    .to_owned(),
            )
            .await?;
        for (table, column) in [
            (
                ProblemAction::Table.into_iden(),
                ProblemAction::PartnerOrganisationId.into_iden(),
            ),
            (
                StaffAccount::Table.into_iden(),
                StaffAccount::PartnerOrganisationId.into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        for table in [
            ProblemShare::Table.into_iden(),
            PartnerArea::Table.into_iden(),
            PartnerOrganisation::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum PartnerOrganisation {
    Table,
    Id,
    Name,
    Kind,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PartnerArea {
    Table,
    Id,
    OrganisationId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum ProblemShare {
    Table,
    Id,
    ProblemId,
    OrganisationId,
    SharedAt,
    SharedBy,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    PartnerOrganisationId,
}

#[derive(DeriveIden)]
enum ProblemAction {
    Table,
    ProblemId,
    PartnerOrganisationId,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Problem {
    Table,
    Id,
}
