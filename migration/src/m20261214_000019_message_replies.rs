use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Residents' replies to a team message and the team's answers: one thread per message and
/// resident (a unique index, so replies sent at once share it), held for the neighbourhood whose
/// team answers it, and marked while it waits for the team.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MessageThread::Table)
                    .col(auto_id(MessageThread::Id))
                    .col(ColumnDef::new(MessageThread::Reference).string().not_null())
                    .col(
                        ColumnDef::new(MessageThread::MessageId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageThread::ResidentId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageThread::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(MessageThread::Waiting).boolean().not_null())
                    .col(
                        ColumnDef::new(MessageThread::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(MessageThread::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageThread::Table, MessageThread::MessageId)
                            .to(TeamMessage::Table, TeamMessage::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageThread::Table, MessageThread::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageThread::Table, MessageThread::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns, unique) in [
            (
                "idx_message_thread_once",
                vec![MessageThread::MessageId, MessageThread::ResidentId],
                true,
            ),
            (
                "idx_message_thread_reference",
                vec![MessageThread::Reference],
                true,
            ),
            (
                "idx_message_thread_team",
                vec![
                    MessageThread::NeighbourhoodId,
                    MessageThread::Waiting,
                    MessageThread::UpdatedAt,
                ],
                false,
            ),
            (
                "idx_message_thread_resident",
                vec![MessageThread::ResidentId],
                false,
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(MessageThread::Table);
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
                    .table(MessageReply::Table)
                    .col(auto_id(MessageReply::Id))
                    .col(ColumnDef::new(MessageReply::ThreadId).integer().not_null())
                    .col(ColumnDef::new(MessageReply::Author).string().not_null())
                    .col(ColumnDef::new(MessageReply::StaffId).integer().null())
                    .col(ColumnDef::new(MessageReply::Body).text().not_null())
                    .col(
                        ColumnDef::new(MessageReply::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageReply::Table, MessageReply::ThreadId)
                            .to(MessageThread::Table, MessageThread::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MessageReply::Table, MessageReply::StaffId)
                            .to(StaffAccount::Table, StaffAccount::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_message_reply_thread")
                    .table(MessageReply::Table)
                    .col(MessageReply::ThreadId)
                    .col(MessageReply::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MessageReply::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MessageThread::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum MessageThread {
    Table,
    Id,
    Reference,
    MessageId,
    ResidentId,
    NeighbourhoodId,
    Waiting,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MessageReply {
    Table,
    Id,
    ThreadId,
    Author,
    StaffId,
    Body,
    CreatedAt,
}

#[derive(DeriveIden)]
enum TeamMessage {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Id,
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
