use crate::m20261122_000001_neighbourhoods::{Neighbourhood, auto_id};
use sea_orm_migration::prelude::*;

/// Residents and staff, sessions, sign-in links, the email outbox, the audit log and rate-limit
/// counters. Times are whole seconds since the Unix epoch (UTC), which compare the same way on
/// SQLite and PostgreSQL.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Resident::Table)
                    .col(auto_id(Resident::Id))
                    .col(
                        ColumnDef::new(Resident::Email)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Resident::DisplayName).string().null())
                    .col(ColumnDef::new(Resident::CreatedAt).big_integer().not_null())
                    .col(
                        ColumnDef::new(Resident::LastSignedInAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffAccount::Table)
                    .col(auto_id(StaffAccount::Id))
                    .col(
                        ColumnDef::new(StaffAccount::Email)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(StaffAccount::Name).string().not_null())
                    .col(ColumnDef::new(StaffAccount::Role).string().not_null())
                    .col(
                        ColumnDef::new(StaffAccount::PasswordHash)
                            .string()
                            .not_null(),
                    )
                    .col(ColumnDef::new(StaffAccount::TotpSecret).string().null())
                    .col(
                        ColumnDef::new(StaffAccount::TotpLastStep)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(StaffAccount::Disabled).boolean().not_null())
                    .col(
                        ColumnDef::new(StaffAccount::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(StaffNeighbourhood::Table)
                    .col(
                        ColumnDef::new(StaffNeighbourhood::StaffAccountId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(StaffNeighbourhood::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(StaffNeighbourhood::StaffAccountId)
                            .col(StaffNeighbourhood::NeighbourhoodId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                StaffNeighbourhood::Table,
                                StaffNeighbourhood::StaffAccountId,
                            )
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                StaffNeighbourhood::Table,
                                StaffNeighbourhood::NeighbourhoodId,
                            )
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SignInLink::Table)
                    .col(auto_id(SignInLink::Id))
                    .col(
                        ColumnDef::new(SignInLink::TokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(SignInLink::Email).string().not_null())
                    .col(ColumnDef::new(SignInLink::DisplayName).string().null())
                    .col(
                        ColumnDef::new(SignInLink::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignInLink::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SignInLink::UsedAt).big_integer().null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OutboxMessage::Table)
                    .col(auto_id(OutboxMessage::Id))
                    .col(ColumnDef::new(OutboxMessage::Recipient).string().not_null())
                    .col(ColumnDef::new(OutboxMessage::Sender).string().not_null())
                    .col(ColumnDef::new(OutboxMessage::Subject).string().not_null())
                    .col(ColumnDef::new(OutboxMessage::TextBody).text().not_null())
                    .col(ColumnDef::new(OutboxMessage::HtmlBody).text().not_null())
                    .col(
                        ColumnDef::new(OutboxMessage::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OutboxMessage::Attempts).integer().not_null())
                    .col(
                        ColumnDef::new(OutboxMessage::NextAttemptAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(OutboxMessage::LockedUntil)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(OutboxMessage::SentAt).big_integer().null())
                    .col(ColumnDef::new(OutboxMessage::LastError).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_message_due")
                    .table(OutboxMessage::Table)
                    .col(OutboxMessage::SentAt)
                    .col(OutboxMessage::NextAttemptAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEntry::Table)
                    .col(auto_id(AuditEntry::Id))
                    .col(ColumnDef::new(AuditEntry::At).big_integer().not_null())
                    .col(ColumnDef::new(AuditEntry::StaffAccountId).integer().null())
                    .col(ColumnDef::new(AuditEntry::Actor).string().not_null())
                    .col(ColumnDef::new(AuditEntry::Action).string().not_null())
                    .col(ColumnDef::new(AuditEntry::Subject).string().not_null())
                    .col(ColumnDef::new(AuditEntry::Before).text().null())
                    .col(ColumnDef::new(AuditEntry::After).text().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_entry_at")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::At)
                    .to_owned(),
            )
            .await?;

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
            .create_index(
                Index::create()
                    .name("idx_rate_limit_hit_bucket_at")
                    .table(RateLimitHit::Table)
                    .col(RateLimitHit::Bucket)
                    .col(RateLimitHit::At)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(
                        ColumnDef::new(Session::Id)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Session::Data).text().not_null())
                    .col(ColumnDef::new(Session::ExpiresAt).big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_session_expires_at")
                    .table(Session::Table)
                    .col(Session::ExpiresAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Session::Table.into_iden(),
            RateLimitHit::Table.into_iden(),
            AuditEntry::Table.into_iden(),
            OutboxMessage::Table.into_iden(),
            SignInLink::Table.into_iden(),
            StaffNeighbourhood::Table.into_iden(),
            StaffAccount::Table.into_iden(),
            Resident::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Id,
    Email,
    DisplayName,
    CreatedAt,
    LastSignedInAt,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
    Email,
    Name,
    Role,
    PasswordHash,
    TotpSecret,
    TotpLastStep,
    Disabled,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StaffNeighbourhood {
    Table,
    StaffAccountId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum SignInLink {
    Table,
    Id,
    TokenHash,
    Email,
    DisplayName,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    Id,
    Recipient,
    Sender,
    Subject,
    TextBody,
    HtmlBody,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum AuditEntry {
    Table,
    Id,
    At,
    StaffAccountId,
    Actor,
    Action,
    Subject,
    Before,
    After,
}

#[derive(DeriveIden)]
enum RateLimitHit {
    Table,
    Id,
    Bucket,
    At,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    Data,
    ExpiresAt,
}
