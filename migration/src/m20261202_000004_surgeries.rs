use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Surgeries: venues described for residents, schedules and their occurrences in UTC, the
/// slots of a booked surgery with their places, and residents' bookings. The database keeps a
/// slot from being overbooked (a check and conditional updates) and a resident to one place per
/// occurrence (a unique index over live bookings). Emails may carry a calendar file.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column at a time.
        for column in [
            ColumnDef::new(Venue::Kind)
                .string()
                .not_null()
                .default("other")
                .to_owned(),
            ColumnDef::new(Venue::StepFree)
                .boolean()
                .not_null()
                .default(false)
                .to_owned(),
            ColumnDef::new(Venue::AccessibilityNotes)
                .text()
                .not_null()
                .default("")
                .to_owned(),
            ColumnDef::new(Venue::HowToFind)
                .text()
                .not_null()
                .default("")
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Venue::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(OutboxMessage::Table)
                    .add_column(ColumnDef::new(OutboxMessage::Calendar).text().null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurgerySeries::Table)
                    .col(auto_id(SurgerySeries::Id))
                    .col(
                        ColumnDef::new(SurgerySeries::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SurgerySeries::VenueId).integer().not_null())
                    .col(ColumnDef::new(SurgerySeries::Title).string().not_null())
                    .col(ColumnDef::new(SurgerySeries::Description).text().not_null())
                    .col(ColumnDef::new(SurgerySeries::Booking).string().not_null())
                    .col(
                        ColumnDef::new(SurgerySeries::ExpectedCapacity)
                            .integer()
                            .null(),
                    )
                    .col(ColumnDef::new(SurgerySeries::SlotMinutes).integer().null())
                    .col(
                        ColumnDef::new(SurgerySeries::PlacesPerSlot)
                            .integer()
                            .null(),
                    )
                    .col(ColumnDef::new(SurgerySeries::Schedule).text().not_null())
                    .col(
                        ColumnDef::new(SurgerySeries::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SurgerySeries::CreatedBy).integer().null())
                    .col(ColumnDef::new(SurgerySeries::EndedAt).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurgerySeries::Table, SurgerySeries::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurgerySeries::Table, SurgerySeries::VenueId)
                            .to(Venue::Table, Venue::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurgerySeries::Table, SurgerySeries::CreatedBy)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Surgery::Table)
                    .col(auto_id(Surgery::Id))
                    .col(ColumnDef::new(Surgery::SeriesId).integer().not_null())
                    .col(
                        ColumnDef::new(Surgery::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Surgery::VenueId).integer().not_null())
                    .col(ColumnDef::new(Surgery::StartsAt).big_integer().not_null())
                    .col(ColumnDef::new(Surgery::EndsAt).big_integer().not_null())
                    .col(
                        ColumnDef::new(Surgery::Status)
                            .string()
                            .not_null()
                            .default("scheduled"),
                    )
                    .col(ColumnDef::new(Surgery::CancelledReason).text().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Surgery::Table, Surgery::SeriesId)
                            .to(SurgerySeries::Table, SurgerySeries::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Surgery::Table, Surgery::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Surgery::Table, Surgery::VenueId)
                            .to(Venue::Table, Venue::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_surgery_neighbourhood_starts")
                    .table(Surgery::Table)
                    .col(Surgery::NeighbourhoodId)
                    .col(Surgery::StartsAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SurgerySlot::Table)
                    .col(auto_id(SurgerySlot::Id))
                    .col(ColumnDef::new(SurgerySlot::SurgeryId).integer().not_null())
                    .col(
                        ColumnDef::new(SurgerySlot::StartsAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SurgerySlot::EndsAt).big_integer().not_null())
                    .col(ColumnDef::new(SurgerySlot::Places).integer().not_null())
                    .col(
                        ColumnDef::new(SurgerySlot::Booked)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    // The last guard: whatever the code does, a slot never holds more
                    // bookings than places.
                    .check(
                        Expr::col(SurgerySlot::Booked).gte(0).and(
                            Expr::col(SurgerySlot::Booked).lte(Expr::col(SurgerySlot::Places)),
                        ),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SurgerySlot::Table, SurgerySlot::SurgeryId)
                            .to(Surgery::Table, Surgery::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_surgery_slot_surgery")
                    .table(SurgerySlot::Table)
                    .col(SurgerySlot::SurgeryId)
                    .col(SurgerySlot::StartsAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Booking::Table)
                    .col(auto_id(Booking::Id))
                    .col(
                        ColumnDef::new(Booking::Reference)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Booking::SurgeryId).integer().not_null())
                    .col(ColumnDef::new(Booking::SlotId).integer().not_null())
                    .col(ColumnDef::new(Booking::ResidentId).integer().null())
                    .col(
                        ColumnDef::new(Booking::Status)
                            .string()
                            .not_null()
                            .default("booked"),
                    )
                    .col(ColumnDef::new(Booking::Topic).text().not_null())
                    .col(ColumnDef::new(Booking::Adjustments).text().not_null())
                    .col(ColumnDef::new(Booking::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Booking::CancelledAt).big_integer().null())
                    .col(ColumnDef::new(Booking::Attendance).string().null())
                    .col(ColumnDef::new(Booking::RemindedAt).big_integer().null())
                    .col(
                        ColumnDef::new(Booking::CancelTokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(Booking::IdempotencyKey)
                            .string()
                            .null()
                            .unique_key(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Booking::Table, Booking::SurgeryId)
                            .to(Surgery::Table, Surgery::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Booking::Table, Booking::SlotId)
                            .to(SurgerySlot::Table, SurgerySlot::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Booking::Table, Booking::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_booking_resident")
                    .table(Booking::Table)
                    .col(Booking::ResidentId)
                    .to_owned(),
            )
            .await?;
        // One live booking per resident and occurrence; cancelled ones do not count.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_booking_one_per_resident ON booking \
                 (surgery_id, resident_id) WHERE status = 'booked'",
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(WaitingEntry::Table)
                    .col(auto_id(WaitingEntry::Id))
                    .col(ColumnDef::new(WaitingEntry::SurgeryId).integer().not_null())
                    .col(ColumnDef::new(WaitingEntry::SlotId).integer().not_null())
                    .col(ColumnDef::new(WaitingEntry::ResidentId).integer().null())
                    .col(
                        ColumnDef::new(WaitingEntry::Status)
                            .string()
                            .not_null()
                            .default("waiting"),
                    )
                    .col(ColumnDef::new(WaitingEntry::Topic).text().not_null())
                    .col(ColumnDef::new(WaitingEntry::Adjustments).text().not_null())
                    .col(
                        ColumnDef::new(WaitingEntry::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(WaitingEntry::BookingId).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitingEntry::Table, WaitingEntry::SlotId)
                            .to(SurgerySlot::Table, SurgerySlot::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(WaitingEntry::Table, WaitingEntry::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_waiting_entry_slot")
                    .table(WaitingEntry::Table)
                    .col(WaitingEntry::SlotId)
                    .col(WaitingEntry::CreatedAt)
                    .to_owned(),
            )
            .await?;
        // A resident waits at most once per occurrence.
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_waiting_one_per_resident ON waiting_entry \
                 (surgery_id, resident_id) WHERE status = 'waiting'",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            WaitingEntry::Table.into_iden(),
            Booking::Table.into_iden(),
            SurgerySlot::Table.into_iden(),
            Surgery::Table.into_iden(),
            SurgerySeries::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(OutboxMessage::Table)
                    .drop_column(OutboxMessage::Calendar)
                    .to_owned(),
            )
            .await?;
        for column in [
            Venue::Kind,
            Venue::StepFree,
            Venue::AccessibilityNotes,
            Venue::HowToFind,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Venue::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
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
enum Resident {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    Calendar,
}

#[derive(DeriveIden)]
enum Venue {
    Table,
    Id,
    Kind,
    StepFree,
    AccessibilityNotes,
    HowToFind,
}

#[derive(DeriveIden)]
enum SurgerySeries {
    Table,
    Id,
    NeighbourhoodId,
    VenueId,
    Title,
    Description,
    Booking,
    ExpectedCapacity,
    SlotMinutes,
    PlacesPerSlot,
    Schedule,
    CreatedAt,
    CreatedBy,
    EndedAt,
}

#[derive(DeriveIden)]
enum Surgery {
    Table,
    Id,
    SeriesId,
    NeighbourhoodId,
    VenueId,
    StartsAt,
    EndsAt,
    Status,
    CancelledReason,
}

#[derive(DeriveIden)]
enum SurgerySlot {
    Table,
    Id,
    SurgeryId,
    StartsAt,
    EndsAt,
    Places,
    Booked,
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    Id,
    Reference,
    SurgeryId,
    SlotId,
    ResidentId,
    Status,
    Topic,
    Adjustments,
    CreatedAt,
    CancelledAt,
    CancelTokenHash,
    IdempotencyKey,
    Attendance,
    RemindedAt,
}

#[derive(DeriveIden)]
enum WaitingEntry {
    Table,
    Id,
    SurgeryId,
    SlotId,
    ResidentId,
    Status,
    Topic,
    Adjustments,
    CreatedAt,
    BookingId,
}
