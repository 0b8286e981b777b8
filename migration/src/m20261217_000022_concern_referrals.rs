use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Concerns a team passes to a partner organisation (once per concern and organisation), with
/// the resident's answer to whether that organisation may see their name and email address; and,
/// on a concern's timeline, the organisation that wrote a reply.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ConcernReferral::Table)
                    .col(auto_id(ConcernReferral::Id))
                    .col(
                        ColumnDef::new(ConcernReferral::ConcernId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ConcernReferral::OrganisationId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ConcernReferral::ReferredAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ConcernReferral::ReferredBy).integer().null())
                    .col(
                        ColumnDef::new(ConcernReferral::ContactConsent)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ConcernReferral::ConsentAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConcernReferral::Table, ConcernReferral::ConcernId)
                            .to(Concern::Table, Concern::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ConcernReferral::Table, ConcernReferral::OrganisationId)
                            .to(PartnerOrganisation::Table, PartnerOrganisation::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_concern_referral_once")
                    .table(ConcernReferral::Table)
                    .col(ConcernReferral::ConcernId)
                    .col(ConcernReferral::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // An organisation's queue.
        manager
            .create_index(
                Index::create()
                    .name("idx_concern_referral_organisation")
                    .table(ConcernReferral::Table)
                    .col(ConcernReferral::OrganisationId)
                    .to_owned(),
            )
            .await?;
        // SQLite adds a column without a foreign key: the organisation is checked where a reply
        // is written.
        manager
            .alter_table(
                Table::alter()
                    .table(ConcernEvent::Table)
                    .add_column(
                        ColumnDef::new(ConcernEvent::PartnerOrganisationId)
                            .integer()
                            .null(),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ConcernEvent::Table)
                    .drop_column(ConcernEvent::PartnerOrganisationId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ConcernReferral::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum ConcernReferral {
    Table,
    Id,
    ConcernId,
    OrganisationId,
    ReferredAt,
    ReferredBy,
    ContactConsent,
    ConsentAt,
}

#[derive(DeriveIden)]
enum ConcernEvent {
    Table,
    PartnerOrganisationId,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PartnerOrganisation {
    Table,
    Id,
}
