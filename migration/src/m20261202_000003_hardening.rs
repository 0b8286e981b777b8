use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Staff sign-in that holds: a session generation per account (signing out everywhere ends
/// every session), single-use password reset links, rate-limit counters updated in one
/// statement, the site's own secret, leased and parked outbox messages, and one named contact
/// officer per neighbourhood enforced by the database.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StaffAccount::Table)
                    .add_column(
                        ColumnDef::new(StaffAccount::SessionGeneration)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffPasswordReset::Table)
                    .col(auto_id(StaffPasswordReset::Id))
                    .col(
                        ColumnDef::new(StaffPasswordReset::TokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(StaffPasswordReset::StaffAccountId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffPasswordReset::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffPasswordReset::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffPasswordReset::UsedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                StaffPasswordReset::Table,
                                StaffPasswordReset::StaffAccountId,
                            )
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        // The old table kept one row per attempt and was counted before each new one, which let
        // concurrent attempts through; a counter is taken in one statement.
        manager
            .drop_table(Table::drop().table(RateLimitHit::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RateLimitCounter::Table)
                    .col(
                        ColumnDef::new(RateLimitCounter::Bucket)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(RateLimitCounter::WindowStart)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(RateLimitCounter::Attempts)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SiteSecret::Table)
                    .col(
                        ColumnDef::new(SiteSecret::Id)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(SiteSecret::Value).string().not_null())
                    .to_owned(),
            )
            .await?;

        for column in [
            ColumnDef::new(OutboxMessage::LeaseHolder)
                .string()
                .null()
                .to_owned(),
            ColumnDef::new(OutboxMessage::FailedAt)
                .big_integer()
                .null()
                .to_owned(),
            ColumnDef::new(OutboxMessage::ExpiresAt)
                .big_integer()
                .null()
                .to_owned(),
        ] {
            // SQLite adds one column per statement.
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessage::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }

        // Revision 2 counts changes to what public pages show, so every instance refreshes its
        // copy of them.
        manager
            .get_connection()
            .execute_unprepared("INSERT INTO dataset_revision (id, revision) VALUES (2, 0)")
            .await?;

        // Any duplicate left by the clear-then-set code keeps only its newest contact officer.
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE team_member SET is_contact_officer = FALSE WHERE is_contact_officer = TRUE \
                 AND id NOT IN (SELECT MAX(id) FROM team_member WHERE is_contact_officer = TRUE \
                 GROUP BY neighbourhood_id)",
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX idx_team_member_one_contact_officer ON team_member \
                 (neighbourhood_id) WHERE is_contact_officer = TRUE",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_team_member_one_contact_officer")
            .await?;
        manager
            .get_connection()
            .execute_unprepared("DELETE FROM dataset_revision WHERE id = 2")
            .await?;
        for column in [
            OutboxMessage::LeaseHolder,
            OutboxMessage::FailedAt,
            OutboxMessage::ExpiresAt,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(OutboxMessage::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            SiteSecret::Table.into_iden(),
            RateLimitCounter::Table.into_iden(),
            StaffPasswordReset::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(RateLimitHit::Table)
                    .col(auto_id(RateLimitHit::Id))
                    .col(ColumnDef::new(RateLimitHit::Bucket).string().not_null())
                    .col(ColumnDef::new(RateLimitHit::At).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(StaffAccount::Table)
                    .drop_column(StaffAccount::SessionGeneration)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    SessionGeneration,
}

#[derive(DeriveIden)]
enum StaffPasswordReset {
    Table,
    Id,
    TokenHash,
    StaffAccountId,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum RateLimitHit {
    Table,
    Id,
    Bucket,
    At,
}

#[derive(DeriveIden)]
enum RateLimitCounter {
    Table,
    Bucket,
    WindowStart,
    Attempts,
}

#[derive(DeriveIden)]
enum SiteSecret {
    Table,
    Id,
    Value,
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    LeaseHolder,
    FailedAt,
    ExpiresAt,
}
