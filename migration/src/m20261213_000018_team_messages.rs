use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Messages from a neighbourhood team (or, approved, from the force or a Local Policing Area) to
/// the residents who follow its neighbourhoods: the message and the neighbourhoods it is for, one delivery per resident (unique, so no instance
/// can queue a resident twice, each to go at once or in a digest), and each resident's choice of
/// which kinds they get and how; and whether each found a message useful (once each).
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TeamMessage::Table)
                    .col(auto_id(TeamMessage::Id))
                    .col(ColumnDef::new(TeamMessage::Reference).string().not_null())
                    .col(ColumnDef::new(TeamMessage::Kind).string().not_null())
                    .col(ColumnDef::new(TeamMessage::Title).string().not_null())
                    .col(ColumnDef::new(TeamMessage::Body).text().not_null())
                    .col(ColumnDef::new(TeamMessage::Status).string().not_null())
                    .col(
                        ColumnDef::new(TeamMessage::Scope)
                            .string()
                            .not_null()
                            .default("neighbourhood"),
                    )
                    .col(ColumnDef::new(TeamMessage::LpaId).integer().null())
                    .col(ColumnDef::new(TeamMessage::ApprovedBy).integer().null())
                    .col(ColumnDef::new(TeamMessage::ApprovedAt).big_integer().null())
                    .col(ColumnDef::new(TeamMessage::SendAt).big_integer().null())
                    .col(ColumnDef::new(TeamMessage::ExpiresAt).big_integer().null())
                    .col(ColumnDef::new(TeamMessage::QueuedAt).big_integer().null())
                    .col(
                        ColumnDef::new(TeamMessage::Recipients)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(
                        ColumnDef::new(TeamMessage::CancelledAt)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(TeamMessage::CreatedBy).integer().null())
                    .col(
                        ColumnDef::new(TeamMessage::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(TeamMessage::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_message_reference")
                    .table(TeamMessage::Table)
                    .col(TeamMessage::Reference)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_message_due")
                    .table(TeamMessage::Table)
                    .col(TeamMessage::Status)
                    .col(TeamMessage::SendAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TeamMessageArea::Table)
                    .col(auto_id(TeamMessageArea::Id))
                    .col(
                        ColumnDef::new(TeamMessageArea::MessageId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(TeamMessageArea::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TeamMessageArea::Table, TeamMessageArea::MessageId)
                            .to(TeamMessage::Table, TeamMessage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TeamMessageArea::Table, TeamMessageArea::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_message_area_once")
                    .table(TeamMessageArea::Table)
                    .col(TeamMessageArea::MessageId)
                    .col(TeamMessageArea::NeighbourhoodId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_message_area_neighbourhood")
                    .table(TeamMessageArea::Table)
                    .col(TeamMessageArea::NeighbourhoodId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MessageDelivery::Table)
                    .col(auto_id(MessageDelivery::Id))
                    .col(
                        ColumnDef::new(MessageDelivery::MessageId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::ResidentId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::QueuedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::Frequency)
                            .string()
                            .not_null()
                            .default("immediate"),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::HandedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::OutboxMessageId)
                            .integer()
                            .null(),
                    )
                    .col(ColumnDef::new(MessageDelivery::SentAt).big_integer().null())
                    .col(
                        ColumnDef::new(MessageDelivery::FailedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(MessageDelivery::SkippedAt)
                            .big_integer()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageDelivery::Table, MessageDelivery::MessageId)
                            .to(TeamMessage::Table, TeamMessage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageDelivery::Table, MessageDelivery::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns, unique) in [
            (
                "idx_message_delivery_once",
                vec![MessageDelivery::MessageId, MessageDelivery::ResidentId],
                true,
            ),
            (
                "idx_message_delivery_waiting",
                vec![
                    MessageDelivery::HandedAt,
                    MessageDelivery::Frequency,
                    MessageDelivery::Id,
                ],
                false,
            ),
            (
                "idx_message_delivery_outbox",
                vec![MessageDelivery::OutboxMessageId],
                false,
            ),
            (
                "idx_message_delivery_resident",
                vec![MessageDelivery::ResidentId],
                false,
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(MessageDelivery::Table);
            for column in columns {
                index.col(column);
            }
            if unique {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(MessagePreference::Table)
                    .col(auto_id(MessagePreference::Id))
                    .col(
                        ColumnDef::new(MessagePreference::ResidentId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MessagePreference::Kind).string().not_null())
                    .col(
                        ColumnDef::new(MessagePreference::Frequency)
                            .string()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessagePreference::Table, MessagePreference::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MessageRating::Table)
                    .col(auto_id(MessageRating::Id))
                    .col(
                        ColumnDef::new(MessageRating::MessageId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageRating::ResidentId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MessageRating::Useful).boolean().not_null())
                    .col(
                        ColumnDef::new(MessageRating::AnsweredAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageRating::Table, MessageRating::MessageId)
                            .to(TeamMessage::Table, TeamMessage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageRating::Table, MessageRating::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_message_rating_once")
                    .table(MessageRating::Table)
                    .col(MessageRating::MessageId)
                    .col(MessageRating::ResidentId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_message_preference_once")
                    .table(MessagePreference::Table)
                    .col(MessagePreference::ResidentId)
                    .col(MessagePreference::Kind)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // A message to 100,000 followers puts that many emails in the outbox at once. The
        // sender takes the oldest waiting one, and first gives up those whose time has passed;
        // housekeeping deletes those sent or given up a month ago. Partial indexes keep each to
        // the rows it is about; the index on (sent_at, next_attempt_at) they replace led the
        // sender to sort every waiting message for each one it took. Both databases write them
        // the same way.
        let db = manager.get_connection();
        for sql in [
            "DROP INDEX IF EXISTS idx_outbox_message_due",
            "CREATE INDEX idx_outbox_message_waiting ON outbox_message (id) \
             WHERE sent_at IS NULL AND failed_at IS NULL",
            "CREATE INDEX idx_outbox_message_expiring ON outbox_message (expires_at) \
             WHERE sent_at IS NULL AND failed_at IS NULL AND expires_at IS NOT NULL",
            "CREATE INDEX idx_outbox_message_sent ON outbox_message (sent_at) \
             WHERE sent_at IS NOT NULL",
            "CREATE INDEX idx_outbox_message_given_up ON outbox_message (failed_at) \
             WHERE failed_at IS NOT NULL",
        ] {
            db.execute_unprepared(sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for index in [
            "idx_outbox_message_waiting",
            "idx_outbox_message_expiring",
            "idx_outbox_message_sent",
            "idx_outbox_message_given_up",
        ] {
            db.execute_unprepared(&format!("DROP INDEX IF EXISTS {index}"))
                .await?;
        }
        db.execute_unprepared(
            "CREATE INDEX idx_outbox_message_due ON outbox_message (sent_at, next_attempt_at)",
        )
        .await?;
        for table in [
            MessageRating::Table.into_iden(),
            MessagePreference::Table.into_iden(),
            MessageDelivery::Table.into_iden(),
            TeamMessageArea::Table.into_iden(),
            TeamMessage::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum TeamMessage {
    Table,
    Id,
    Reference,
    Kind,
    Title,
    Body,
    Status,
    Scope,
    LpaId,
    ApprovedBy,
    ApprovedAt,
    SendAt,
    ExpiresAt,
    QueuedAt,
    Recipients,
    CancelledAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum TeamMessageArea {
    Table,
    Id,
    MessageId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum MessageDelivery {
    Table,
    Id,
    MessageId,
    ResidentId,
    NeighbourhoodId,
    QueuedAt,
    Frequency,
    HandedAt,
    OutboxMessageId,
    SentAt,
    FailedAt,
    SkippedAt,
}

#[derive(DeriveIden)]
enum MessagePreference {
    Table,
    Id,
    ResidentId,
    Kind,
    Frequency,
}

#[derive(DeriveIden)]
enum MessageRating {
    Table,
    Id,
    MessageId,
    ResidentId,
    Useful,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Id,
}
