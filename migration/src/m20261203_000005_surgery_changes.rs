use sea_orm_migration::prelude::*;

/// Surgeries as teams change them: a venue may serve several neighbourhoods (its own team still
/// keeps it up to date), an occurrence counts the times it was moved (calendars need a rising
/// sequence number to take the new time), and a place may be booked by a member of staff on a
/// resident's behalf, for someone without an email address too.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(VenueNeighbourhood::Table)
                    .col(
                        ColumnDef::new(VenueNeighbourhood::VenueId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(VenueNeighbourhood::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(VenueNeighbourhood::VenueId)
                            .col(VenueNeighbourhood::NeighbourhoodId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VenueNeighbourhood::Table, VenueNeighbourhood::VenueId)
                            .to(Venue::Table, Venue::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                VenueNeighbourhood::Table,
                                VenueNeighbourhood::NeighbourhoodId,
                            )
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_venue_neighbourhood_neighbourhood")
                    .table(VenueNeighbourhood::Table)
                    .col(VenueNeighbourhood::NeighbourhoodId)
                    .to_owned(),
            )
            .await?;
        // Every venue serves the neighbourhood that holds it.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO venue_neighbourhood (venue_id, neighbourhood_id) \
                 SELECT id, neighbourhood_id FROM venue WHERE neighbourhood_id IS NOT NULL",
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(Surgery::Table)
                    .add_column(
                        ColumnDef::new(Surgery::Revision)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;

        // SQLite alters one column at a time.
        for column in [
            ColumnDef::new(Booking::WalkInName).text().null().to_owned(),
            // The member of staff who booked on the resident's behalf (staff accounts are
            // disabled, never deleted).
            ColumnDef::new(Booking::BookedBy)
                .integer()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Booking::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Booking::WalkInName, Booking::BookedBy] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Booking::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Surgery::Table)
                    .drop_column(Surgery::Revision)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(VenueNeighbourhood::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum VenueNeighbourhood {
    Table,
    VenueId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum Venue {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Surgery {
    Table,
    Revision,
}

#[derive(DeriveIden)]
enum Booking {
    Table,
    WalkInName,
    BookedBy,
}
