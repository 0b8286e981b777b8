use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// The Neighbourhood Policing Guarantee, measured: the time team members record in the
/// community and the hours they are taken away from neighbourhood work (abstractions), and the
/// indexes that let the measures be counted by the database over a force's year of activity.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DutyTime::Table)
                    .col(auto_id(DutyTime::Id))
                    .col(
                        ColumnDef::new(DutyTime::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(DutyTime::StaffId).integer().null())
                    .col(ColumnDef::new(DutyTime::Kind).string().not_null())
                    .col(ColumnDef::new(DutyTime::WorkedOn).big_integer().not_null())
                    .col(ColumnDef::new(DutyTime::Minutes).integer().not_null())
                    .col(ColumnDef::new(DutyTime::Place).string().not_null())
                    .col(ColumnDef::new(DutyTime::CreatedAt).big_integer().not_null())
                    // A day holds at most 24 hours; nothing negative is ever counted.
                    .check(
                        Expr::col(DutyTime::Minutes)
                            .gt(0)
                            .and(Expr::col(DutyTime::Minutes).lte(24 * 60)),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DutyTime::Table, DutyTime::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DutyTime::Table, DutyTime::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, table, columns) in [
            (
                "idx_duty_time_neighbourhood",
                DutyTime::Table.into_iden(),
                vec![
                    DutyTime::NeighbourhoodId.into_iden(),
                    DutyTime::WorkedOn.into_iden(),
                ],
            ),
            (
                "idx_duty_time_worked_on",
                DutyTime::Table.into_iden(),
                vec![DutyTime::WorkedOn.into_iden()],
            ),
            // The force's measures look at a period across every neighbourhood at once.
            (
                "idx_concern_created",
                Concern::Table.into_iden(),
                vec![Concern::CreatedAt.into_iden()],
            ),
            (
                "idx_concern_improved",
                Concern::Table.into_iden(),
                vec![Concern::ImprovedAt.into_iden()],
            ),
            (
                "idx_surgery_starts",
                Surgery::Table.into_iden(),
                vec![Surgery::StartsAt.into_iden()],
            ),
            (
                "idx_booking_surgery",
                Booking::Table.into_iden(),
                vec![Booking::SurgeryId.into_iden()],
            ),
            (
                "idx_team_update_published",
                TeamUpdate::Table.into_iden(),
                vec![TeamUpdate::PublishedOn.into_iden()],
            ),
            (
                "idx_group_meeting_met",
                GroupMeeting::Table.into_iden(),
                vec![GroupMeeting::MetOn.into_iden()],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("idx_group_meeting_met", GroupMeeting::Table.into_iden()),
            ("idx_team_update_published", TeamUpdate::Table.into_iden()),
            ("idx_booking_surgery", Booking::Table.into_iden()),
            ("idx_surgery_starts", Surgery::Table.into_iden()),
            ("idx_concern_improved", Concern::Table.into_iden()),
            ("idx_concern_created", Concern::Table.into_iden()),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(DutyTime::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum DutyTime {
    Table,
    Id,
    NeighbourhoodId,
    StaffId,
    Kind,
    WorkedOn,
    Minutes,
    Place,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    CreatedAt,
    ImprovedAt,
}

#[derive(DeriveIden)]
enum Surgery {
    Table,
    StartsAt,
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    SurgeryId,
}

#[derive(DeriveIden)]
enum TeamUpdate {
    Table,
    PublishedOn,
}

#[derive(DeriveIden)]
enum GroupMeeting {
    Table,
    MetOn,
}
