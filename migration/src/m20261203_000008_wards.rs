use sea_orm_migration::prelude::*;

/// Wards: which neighbourhood each electoral ward belongs to (a force's own mapping, loaded with
/// `server import wards`), and the ward a postcode lies in where its source says so (Code-Point
/// Open and the ONS Postcode Directory do). A postcode whose ward is mapped is placed by that
/// mapping, which settles the points that fall near a generalised boundary.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Ward::Table)
                    .col(ColumnDef::new(Ward::Code).string().not_null().primary_key())
                    .col(ColumnDef::new(Ward::Name).string().not_null())
                    .col(ColumnDef::new(Ward::NeighbourhoodId).integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ward::Table, Ward::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ward_neighbourhood")
                    .table(Ward::Table)
                    .col(Ward::NeighbourhoodId)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Postcode::Table)
                    .add_column(ColumnDef::new(Postcode::WardCode).string().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Postcode::Table)
                    .drop_column(Postcode::WardCode)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Ward::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Ward {
    Table,
    Code,
    Name,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Postcode {
    Table,
    WardCode,
}
