use sea_orm_migration::prelude::*;

/// What residents and PCSOs asked for on their phones: a booking can move to another time at
/// its surgery, and each move raises its calendar event's sequence so calendars take the new
/// time; and a new member of staff chooses their own first password from an emailed invitation,
/// a kind of single-use link that works for longer than a password reset.
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
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffPasswordReset::Table)
                    .add_column(
                        ColumnDef::new(StaffPasswordReset::Invitation)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffPasswordReset::Table)
                    .drop_column(StaffPasswordReset::Invitation)
                    .to_owned(),
            )
            .await?;
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

#[derive(DeriveIden)]
enum StaffPasswordReset {
    Table,
    Invitation,
}
