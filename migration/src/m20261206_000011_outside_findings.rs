use sea_orm_migration::prelude::*;

/// What an outside test found, held by the database: each member's recorded time per day
/// within 24 hours (a running total per member and day, checked as it is added to); when a
/// concern's team was last told the resident wrote (so a flood of replies sends one email);
/// residents keyed on their mailbox (plus-tags and, where the provider ignores them, dots
/// removed), so one person has one account, one ballot and one booking; sign-in links that no
/// longer carry a name (only the signed-in resident names themselves); and "you said, we did"
/// updates that can be edited and withdrawn.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// 24 hours, in minutes.
const DAY: i64 = 24 * 60;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DutyDay::Table)
                    .col(ColumnDef::new(DutyDay::StaffId).integer().not_null())
                    .col(ColumnDef::new(DutyDay::WorkedOn).big_integer().not_null())
                    .col(ColumnDef::new(DutyDay::Minutes).integer().not_null())
                    .primary_key(Index::create().col(DutyDay::StaffId).col(DutyDay::WorkedOn))
                    .check(
                        Expr::col(DutyDay::Minutes)
                            .gte(0)
                            .and(Expr::col(DutyDay::Minutes).lte(DAY)),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DutyDay::Table, DutyDay::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Days already recorded count as far as the ceiling (older records may exceed it).
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "INSERT INTO duty_day (staff_id, worked_on, minutes) \
                 SELECT staff_id, worked_on, \
                 CASE WHEN SUM(minutes) > {DAY} THEN {DAY} ELSE SUM(minutes) END \
                 FROM duty_time WHERE staff_id IS NOT NULL GROUP BY staff_id, worked_on"
            ))
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(Concern::Table)
                    .add_column(ColumnDef::new(Concern::TeamToldAt).big_integer().null())
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .add_column(
                        ColumnDef::new(Resident::Mailbox)
                            .string()
                            .not_null()
                            .default(""),
                    )
                    .to_owned(),
            )
            .await?;
        // Accounts made before keep their own address as their mailbox.
        manager
            .get_connection()
            .execute_unprepared("UPDATE resident SET mailbox = email")
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_resident_mailbox")
                    .table(Resident::Table)
                    .col(Resident::Mailbox)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(SignInLink::Table)
                    .drop_column(SignInLink::DisplayName)
                    .to_owned(),
            )
            .await?;

        for column in [TeamUpdate::EditedAt, TeamUpdate::WithdrawnAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(TeamUpdate::Table)
                        .add_column(ColumnDef::new(column).big_integer().null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [TeamUpdate::EditedAt, TeamUpdate::WithdrawnAt] {
            manager
                .alter_table(
                    Table::alter()
                        .table(TeamUpdate::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(SignInLink::Table)
                    .add_column(ColumnDef::new(SignInLink::DisplayName).string().null())
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("idx_resident_mailbox")
                    .table(Resident::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .drop_column(Resident::Mailbox)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Concern::Table)
                    .drop_column(Concern::TeamToldAt)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(DutyDay::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum DutyDay {
    Table,
    StaffId,
    WorkedOn,
    Minutes,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    TeamToldAt,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Mailbox,
}

#[derive(DeriveIden)]
enum SignInLink {
    Table,
    DisplayName,
}

#[derive(DeriveIden)]
enum TeamUpdate {
    Table,
    EditedAt,
    WithdrawnAt,
}
