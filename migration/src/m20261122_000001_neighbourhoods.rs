use sea_orm_migration::prelude::*;

/// Forces, Local Policing Areas, neighbourhoods with their teams and links, venues, postcodes.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Force::Table)
                    .col(ColumnDef::new(Force::Id).string().not_null().primary_key())
                    .col(ColumnDef::new(Force::Name).string().not_null())
                    .col(ColumnDef::new(Force::Url).string().not_null())
                    .col(ColumnDef::new(Force::Telephone).string().not_null())
                    .col(ColumnDef::new(Force::Description).text().not_null())
                    .col(ColumnDef::new(Force::PostcodeAreas).string().not_null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LocalPolicingArea::Table)
                    .col(auto_id(LocalPolicingArea::Id))
                    .col(
                        ColumnDef::new(LocalPolicingArea::ForceId)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(LocalPolicingArea::Code)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(LocalPolicingArea::Name).string().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(LocalPolicingArea::Table, LocalPolicingArea::ForceId)
                            .to(Force::Table, Force::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Neighbourhood::Table)
                    .col(auto_id(Neighbourhood::Id))
                    .col(ColumnDef::new(Neighbourhood::ForceId).string().not_null())
                    .col(ColumnDef::new(Neighbourhood::LpaId).integer().not_null())
                    .col(ColumnDef::new(Neighbourhood::Code).string().not_null())
                    .col(ColumnDef::new(Neighbourhood::Name).string().not_null())
                    .col(ColumnDef::new(Neighbourhood::Description).text().not_null())
                    .col(ColumnDef::new(Neighbourhood::Boundary).text().null())
                    .col(
                        ColumnDef::new(Neighbourhood::CentreLatitude)
                            .double()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(Neighbourhood::CentreLongitude)
                            .double()
                            .null(),
                    )
                    .col(ColumnDef::new(Neighbourhood::ContactEmail).string().null())
                    .col(
                        ColumnDef::new(Neighbourhood::ContactTelephone)
                            .string()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Neighbourhood::Table, Neighbourhood::ForceId)
                            .to(Force::Table, Force::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Neighbourhood::Table, Neighbourhood::LpaId)
                            .to(LocalPolicingArea::Table, LocalPolicingArea::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("neighbourhood_force_code")
                    .table(Neighbourhood::Table)
                    .col(Neighbourhood::ForceId)
                    .col(Neighbourhood::Code)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(NeighbourhoodLink::Table)
                    .col(auto_id(NeighbourhoodLink::Id))
                    .col(
                        ColumnDef::new(NeighbourhoodLink::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(NeighbourhoodLink::Title).string().not_null())
                    .col(ColumnDef::new(NeighbourhoodLink::Url).string().not_null())
                    .foreign_key(&mut neighbourhood_fk(
                        NeighbourhoodLink::Table,
                        NeighbourhoodLink::NeighbourhoodId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamMember::Table)
                    .col(auto_id(TeamMember::Id))
                    .col(
                        ColumnDef::new(TeamMember::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(TeamMember::Name).string().not_null())
                    .col(ColumnDef::new(TeamMember::Rank).string().not_null())
                    .col(ColumnDef::new(TeamMember::Bio).text().not_null())
                    .col(
                        ColumnDef::new(TeamMember::IsContactOfficer)
                            .boolean()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(TeamMember::DisplayOrder)
                            .integer()
                            .not_null(),
                    )
                    .foreign_key(&mut neighbourhood_fk(
                        TeamMember::Table,
                        TeamMember::NeighbourhoodId,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Venue::Table)
                    .col(auto_id(Venue::Id))
                    .col(ColumnDef::new(Venue::NeighbourhoodId).integer().null())
                    .col(ColumnDef::new(Venue::Name).string().not_null())
                    .col(ColumnDef::new(Venue::Address).text().not_null())
                    .col(ColumnDef::new(Venue::Postcode).string().not_null())
                    .col(ColumnDef::new(Venue::Latitude).double().not_null())
                    .col(ColumnDef::new(Venue::Longitude).double().not_null())
                    .foreign_key(&mut neighbourhood_fk(Venue::Table, Venue::NeighbourhoodId))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Postcode::Table)
                    .col(
                        ColumnDef::new(Postcode::Code)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Postcode::Outcode).string().not_null())
                    .col(ColumnDef::new(Postcode::Latitude).double().not_null())
                    .col(ColumnDef::new(Postcode::Longitude).double().not_null())
                    .col(ColumnDef::new(Postcode::NeighbourhoodId).integer().null())
                    .col(ColumnDef::new(Postcode::TerminatedOn).string().null())
                    .foreign_key(&mut neighbourhood_fk(
                        Postcode::Table,
                        Postcode::NeighbourhoodId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DatasetRevision::Table)
                    .col(
                        ColumnDef::new(DatasetRevision::Id)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(DatasetRevision::Revision)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(DatasetRevision::Table)
                    .columns([DatasetRevision::Id, DatasetRevision::Revision])
                    .values_panic([1.into(), 0.into()])
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("postcode_outcode")
                    .table(Postcode::Table)
                    .col(Postcode::Outcode)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DatasetRevision::Table.into_iden(),
            Postcode::Table.into_iden(),
            Venue::Table.into_iden(),
            TeamMember::Table.into_iden(),
            NeighbourhoodLink::Table.into_iden(),
            Neighbourhood::Table.into_iden(),
            LocalPolicingArea::Table.into_iden(),
            Force::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

pub(crate) fn auto_id<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn neighbourhood_fk<T: IntoIden, C: IntoIden>(table: T, column: C) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Neighbourhood::Table, Neighbourhood::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[derive(DeriveIden)]
enum Force {
    Table,
    Id,
    Name,
    Url,
    Telephone,
    Description,
    PostcodeAreas,
}

#[derive(DeriveIden)]
enum LocalPolicingArea {
    Table,
    Id,
    ForceId,
    Code,
    Name,
}

#[derive(DeriveIden)]
pub(crate) enum Neighbourhood {
    Table,
    Id,
    ForceId,
    LpaId,
    Code,
    Name,
    Description,
    Boundary,
    CentreLatitude,
    CentreLongitude,
    ContactEmail,
    ContactTelephone,
}

#[derive(DeriveIden)]
enum NeighbourhoodLink {
    Table,
    Id,
    NeighbourhoodId,
    Title,
    Url,
}

#[derive(DeriveIden)]
enum TeamMember {
    Table,
    Id,
    NeighbourhoodId,
    Name,
    Rank,
    Bio,
    IsContactOfficer,
    DisplayOrder,
}

#[derive(DeriveIden)]
enum Venue {
    Table,
    Id,
    NeighbourhoodId,
    Name,
    Address,
    Postcode,
    Latitude,
    Longitude,
}

#[derive(DeriveIden)]
enum Postcode {
    Table,
    #[sea_orm(iden = "postcode")]
    Code,
    Outcode,
    Latitude,
    Longitude,
    NeighbourhoodId,
    TerminatedOn,
}

/// One row counting changes to the data the lookup indexes hold, so every server instance can
/// notice an import and rebuild.
#[derive(DeriveIden)]
enum DatasetRevision {
    Table,
    Id,
    Revision,
}
