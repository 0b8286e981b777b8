use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Concerns residents raise with their neighbourhood team, each with a timeline of replies,
/// notes and status changes; the categories the force offers; and SARA problems that group
/// concerns (Scanning, Analysis, Response with its actions, Assessment). A concern outlives the
/// account that raised it (`ON DELETE SET NULL`), attributed to "a resident".
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConcernCategory::Table)
                    .col(auto_id(ConcernCategory::Id))
                    .col(
                        ColumnDef::new(ConcernCategory::Name)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(ConcernCategory::Position)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ConcernCategory::Retired)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        // The categories every force starts with; administrators may rename, add and retire.
        for (position, name) in [
            "Anti-social behaviour",
            "Vehicles and speeding",
            "Drugs",
            "Theft and burglary",
            "Criminal damage and graffiti",
            "Feeling unsafe",
            "Other",
        ]
        .into_iter()
        .enumerate()
        {
            manager
                .exec_stmt(
                    Query::insert()
                        .into_table(ConcernCategory::Table)
                        .columns([ConcernCategory::Name, ConcernCategory::Position])
                        .values_panic([name.into(), (position as i32 + 1).into()])
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Problem::Table)
                    .col(auto_id(Problem::Id))
                    .col(
                        ColumnDef::new(Problem::Reference)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Problem::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Problem::Title).string().not_null())
                    .col(ColumnDef::new(Problem::Stage).string().not_null())
                    .col(text(Problem::Scanning))
                    .col(ColumnDef::new(Problem::ScanningAt).big_integer().null())
                    .col(text(Problem::AnalysisCauses))
                    .col(text(Problem::AnalysisVictims))
                    .col(text(Problem::AnalysisOffenders))
                    .col(text(Problem::AnalysisLocations))
                    .col(ColumnDef::new(Problem::AnalysisAt).big_integer().null())
                    .col(ColumnDef::new(Problem::ResponseAt).big_integer().null())
                    .col(text(Problem::AssessmentWorked))
                    .col(text(Problem::AssessmentMeasure))
                    .col(text(Problem::AssessmentOutcome))
                    .col(ColumnDef::new(Problem::AssessmentAt).big_integer().null())
                    .col(
                        ColumnDef::new(Problem::Published)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(text(Problem::PublicSummary))
                    .col(ColumnDef::new(Problem::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Problem::CreatedBy).integer().null())
                    .col(ColumnDef::new(Problem::UpdatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Problem::Table, Problem::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_problem_neighbourhood")
                    .table(Problem::Table)
                    .col(Problem::NeighbourhoodId)
                    .col(Problem::UpdatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ProblemAction::Table)
                    .col(auto_id(ProblemAction::Id))
                    .col(
                        ColumnDef::new(ProblemAction::ProblemId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProblemAction::Description).text().not_null())
                    .col(ColumnDef::new(ProblemAction::Owner).string().not_null())
                    .col(ColumnDef::new(ProblemAction::Partner).string().not_null())
                    .col(
                        ColumnDef::new(ProblemAction::ActionOn)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ProblemAction::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ProblemAction::CreatedBy).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ProblemAction::Table, ProblemAction::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Concern::Table)
                    .col(auto_id(Concern::Id))
                    .col(
                        ColumnDef::new(Concern::Reference)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Concern::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Concern::ResidentId).integer().null())
                    .col(ColumnDef::new(Concern::CategoryId).integer().not_null())
                    .col(ColumnDef::new(Concern::Location).text().not_null())
                    .col(ColumnDef::new(Concern::Latitude).double().null())
                    .col(ColumnDef::new(Concern::Longitude).double().null())
                    .col(ColumnDef::new(Concern::Description).text().not_null())
                    .col(text(Concern::WhenHappens))
                    .col(
                        ColumnDef::new(Concern::SummaryStatus)
                            .string()
                            .not_null()
                            .default("none"),
                    )
                    .col(ColumnDef::new(Concern::PublicSummary).text().null())
                    .col(ColumnDef::new(Concern::ModeratedBy).integer().null())
                    .col(ColumnDef::new(Concern::ModeratedAt).big_integer().null())
                    .col(
                        ColumnDef::new(Concern::Status)
                            .string()
                            .not_null()
                            .default("received"),
                    )
                    .col(ColumnDef::new(Concern::Partner).string().null())
                    .col(ColumnDef::new(Concern::CloseReason).string().null())
                    .col(ColumnDef::new(Concern::DuplicateOf).integer().null())
                    .col(ColumnDef::new(Concern::ProblemId).integer().null())
                    .col(ColumnDef::new(Concern::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Concern::DueAt).big_integer().not_null())
                    .col(ColumnDef::new(Concern::FirstReplyAt).big_integer().null())
                    .col(ColumnDef::new(Concern::ClosedAt).big_integer().null())
                    .col(ColumnDef::new(Concern::Improved).string().null())
                    .col(ColumnDef::new(Concern::ImprovedAt).big_integer().null())
                    .col(ColumnDef::new(Concern::UpdatedAt).big_integer().not_null())
                    .col(
                        ColumnDef::new(Concern::IdempotencyKey)
                            .string()
                            .null()
                            .unique_key(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Concern::Table, Concern::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Concern::Table, Concern::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Concern::Table, Concern::CategoryId)
                            .to(ConcernCategory::Table, ConcernCategory::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Concern::Table, Concern::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "idx_concern_neighbourhood",
                vec![Concern::NeighbourhoodId, Concern::CreatedAt],
            ),
            ("idx_concern_resident", vec![Concern::ResidentId]),
            ("idx_concern_problem", vec![Concern::ProblemId]),
            (
                "idx_concern_summary",
                vec![Concern::SummaryStatus, Concern::CreatedAt],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Concern::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ConcernEvent::Table)
                    .col(auto_id(ConcernEvent::Id))
                    .col(ColumnDef::new(ConcernEvent::ConcernId).integer().not_null())
                    .col(ColumnDef::new(ConcernEvent::At).big_integer().not_null())
                    .col(ColumnDef::new(ConcernEvent::Kind).string().not_null())
                    .col(ColumnDef::new(ConcernEvent::StaffId).integer().null())
                    .col(text(ConcernEvent::Body))
                    .col(ColumnDef::new(ConcernEvent::Status).string().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConcernEvent::Table, ConcernEvent::ConcernId)
                            .to(Concern::Table, Concern::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_concern_event_concern")
                    .table(ConcernEvent::Table)
                    .col(ConcernEvent::ConcernId)
                    .col(ConcernEvent::At)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ConcernEvent::Table.into_iden(),
            Concern::Table.into_iden(),
            ProblemAction::Table.into_iden(),
            Problem::Table.into_iden(),
            ConcernCategory::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

/// A text column that is never null: empty until written.
fn text<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .text()
        .not_null()
        .default("")
        .to_owned()
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

#[derive(DeriveIden)]
enum ConcernCategory {
    Table,
    Id,
    Name,
    Position,
    Retired,
}

#[derive(DeriveIden)]
enum Problem {
    Table,
    Id,
    Reference,
    NeighbourhoodId,
    Title,
    Stage,
    Scanning,
    ScanningAt,
    AnalysisCauses,
    AnalysisVictims,
    AnalysisOffenders,
    AnalysisLocations,
    AnalysisAt,
    ResponseAt,
    AssessmentWorked,
    AssessmentMeasure,
    AssessmentOutcome,
    AssessmentAt,
    Published,
    PublicSummary,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ProblemAction {
    Table,
    Id,
    ProblemId,
    Description,
    Owner,
    Partner,
    ActionOn,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    Id,
    Reference,
    NeighbourhoodId,
    ResidentId,
    CategoryId,
    Location,
    Latitude,
    Longitude,
    Description,
    WhenHappens,
    SummaryStatus,
    PublicSummary,
    ModeratedBy,
    ModeratedAt,
    Status,
    Partner,
    CloseReason,
    DuplicateOf,
    ProblemId,
    CreatedAt,
    DueAt,
    FirstReplyAt,
    ClosedAt,
    Improved,
    ImprovedAt,
    UpdatedAt,
    IdempotencyKey,
}

#[derive(DeriveIden)]
enum ConcernEvent {
    Table,
    Id,
    ConcernId,
    At,
    Kind,
    StaffId,
    Body,
    Status,
}
