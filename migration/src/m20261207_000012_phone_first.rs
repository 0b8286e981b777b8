use sea_orm_migration::prelude::*;

/// What residents and PCSOs asked for on their phones: a booking can move to another time at
/// its surgery, and each move raises its calendar event's sequence so calendars take the new
/// time.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Booking::Table)
                    .add_column(
                        ColumnDef::new(Booking::TimeChanges)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Booking::Table)
                    .drop_column(Booking::TimeChanges)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    TimeChanges,
}
