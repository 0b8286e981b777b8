use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Community groups: the groups, the neighbourhoods they work in, their members (organisers and
/// members, with requests to join), invitations by single-use link, what groups and residents
/// follow, the concerns a group put forward, the meetings teams record with groups, each
/// priority's status changes (for followers' timelines), and the alert emails sent (one per
/// person and period, by a unique key).
#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        manager
            .create_table(
                Table::create()
                    .table(CommunityGroup::Table)
                    .col(auto_id(CommunityGroup::Id))
                    .col(
                        ColumnDef::new(CommunityGroup::Reference)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(CommunityGroup::Name).string().not_null())
                    .col(ColumnDef::new(CommunityGroup::Kind).string().not_null())
                    .col(
                        ColumnDef::new(CommunityGroup::Description)
                            .text()
                            .not_null(),
                    )
                    .col(ColumnDef::new(CommunityGroup::Status).string().not_null())
                    .col(
                        ColumnDef::new(CommunityGroup::StatusReason)
                            .text()
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(CommunityGroup::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(CommunityGroup::DecidedAt)
                            .big_integer()
                            .null(),
                    )
                    .col(ColumnDef::new(CommunityGroup::DecidedBy).integer().null())
                    .col(
                        ColumnDef::new(CommunityGroup::IdempotencyKey)
                            .string()
                            .null()
                            .unique_key(),
                    )
                    .foreign_key(&mut fk(
                        (CommunityGroup::Table, CommunityGroup::DecidedBy),
                        (StaffAccount::Table, StaffAccount::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(GroupNeighbourhood::Table)
                    .col(
                        ColumnDef::new(GroupNeighbourhood::GroupId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GroupNeighbourhood::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(GroupNeighbourhood::GroupId)
                            .col(GroupNeighbourhood::NeighbourhoodId),
                    )
                    .foreign_key(&mut fk(
                        (GroupNeighbourhood::Table, GroupNeighbourhood::GroupId),
                        (CommunityGroup::Table, CommunityGroup::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            GroupNeighbourhood::Table,
                            GroupNeighbourhood::NeighbourhoodId,
                        ),
                        (Neighbourhood::Table, Neighbourhood::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_neighbourhood_neighbourhood")
                    .table(GroupNeighbourhood::Table)
                    .col(GroupNeighbourhood::NeighbourhoodId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(GroupMember::Table)
                    .col(auto_id(GroupMember::Id))
                    .col(ColumnDef::new(GroupMember::GroupId).integer().not_null())
                    .col(ColumnDef::new(GroupMember::ResidentId).integer().not_null())
                    .col(ColumnDef::new(GroupMember::Role).string().not_null())
                    .col(ColumnDef::new(GroupMember::Status).string().not_null())
                    .col(
                        ColumnDef::new(GroupMember::ShowName)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(GroupMember::JoinedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        (GroupMember::Table, GroupMember::GroupId),
                        (CommunityGroup::Table, CommunityGroup::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (GroupMember::Table, GroupMember::ResidentId),
                        (Resident::Table, Resident::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // One membership (or request) per resident and group.
        manager
            .create_index(
                Index::create()
                    .name("idx_group_member_one_per_resident")
                    .table(GroupMember::Table)
                    .col(GroupMember::GroupId)
                    .col(GroupMember::ResidentId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_group_member_resident")
                    .table(GroupMember::Table)
                    .col(GroupMember::ResidentId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(GroupInvitation::Table)
                    .col(auto_id(GroupInvitation::Id))
                    .col(
                        ColumnDef::new(GroupInvitation::GroupId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GroupInvitation::Email).string().not_null())
                    .col(
                        ColumnDef::new(GroupInvitation::TokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(GroupInvitation::InvitedBy).integer().null())
                    .col(
                        ColumnDef::new(GroupInvitation::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GroupInvitation::ExpiresAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GroupInvitation::UsedAt).big_integer().null())
                    .foreign_key(&mut fk(
                        (GroupInvitation::Table, GroupInvitation::GroupId),
                        (CommunityGroup::Table, CommunityGroup::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (GroupInvitation::Table, GroupInvitation::InvitedBy),
                        (Resident::Table, Resident::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Follow::Table)
                    .col(auto_id(Follow::Id))
                    .col(ColumnDef::new(Follow::GroupId).integer().null())
                    .col(ColumnDef::new(Follow::ResidentId).integer().null())
                    .col(ColumnDef::new(Follow::ItemKind).string().not_null())
                    .col(ColumnDef::new(Follow::ItemId).integer().not_null())
                    .col(ColumnDef::new(Follow::CreatedAt).big_integer().not_null())
                    // A follower is a group or a resident, never both or neither.
                    .check(
                        Expr::col(Follow::GroupId)
                            .is_null()
                            .ne(Expr::col(Follow::ResidentId).is_null()),
                    )
                    .foreign_key(&mut fk(
                        (Follow::Table, Follow::GroupId),
                        (CommunityGroup::Table, CommunityGroup::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (Follow::Table, Follow::ResidentId),
                        (Resident::Table, Resident::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_follow_once_per_group", Follow::GroupId),
            ("idx_follow_once_per_resident", Follow::ResidentId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Follow::Table)
                        .col(column)
                        .col(Follow::ItemKind)
                        .col(Follow::ItemId)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(GroupMeeting::Table)
                    .col(auto_id(GroupMeeting::Id))
                    .col(ColumnDef::new(GroupMeeting::GroupId).integer().not_null())
                    .col(
                        ColumnDef::new(GroupMeeting::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GroupMeeting::MetOn).big_integer().not_null())
                    .col(ColumnDef::new(GroupMeeting::Attendees).integer().not_null())
                    .col(ColumnDef::new(GroupMeeting::Notes).text().not_null())
                    .col(
                        ColumnDef::new(GroupMeeting::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(GroupMeeting::CreatedBy).integer().null())
                    .check(Expr::col(GroupMeeting::Attendees).gte(0))
                    .foreign_key(&mut fk(
                        (GroupMeeting::Table, GroupMeeting::GroupId),
                        (CommunityGroup::Table, CommunityGroup::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (GroupMeeting::Table, GroupMeeting::NeighbourhoodId),
                        (Neighbourhood::Table, Neighbourhood::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (GroupMeeting::Table, GroupMeeting::CreatedBy),
                        (StaffAccount::Table, StaffAccount::Id),
                        SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(GroupMeetingPriority::Table)
                    .col(
                        ColumnDef::new(GroupMeetingPriority::MeetingId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(GroupMeetingPriority::PriorityId)
                            .integer()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(GroupMeetingPriority::MeetingId)
                            .col(GroupMeetingPriority::PriorityId),
                    )
                    .foreign_key(&mut fk(
                        (GroupMeetingPriority::Table, GroupMeetingPriority::MeetingId),
                        (GroupMeeting::Table, GroupMeeting::Id),
                        Cascade,
                    ))
                    .foreign_key(&mut fk(
                        (
                            GroupMeetingPriority::Table,
                            GroupMeetingPriority::PriorityId,
                        ),
                        (Priority::Table, Priority::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PriorityStatusChange::Table)
                    .col(auto_id(PriorityStatusChange::Id))
                    .col(
                        ColumnDef::new(PriorityStatusChange::PriorityId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PriorityStatusChange::Status)
                            .string()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PriorityStatusChange::At)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        (
                            PriorityStatusChange::Table,
                            PriorityStatusChange::PriorityId,
                        ),
                        (Priority::Table, Priority::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_priority_status_change_priority")
                    .table(PriorityStatusChange::Table)
                    .col(PriorityStatusChange::PriorityId)
                    .to_owned(),
            )
            .await?;

        // Each person's period handled once, whichever instance builds it: with the email, or
        // noting there was nothing to tell.
        manager
            .create_table(
                Table::create()
                    .table(AlertSent::Table)
                    .col(ColumnDef::new(AlertSent::ResidentId).integer().not_null())
                    .col(ColumnDef::new(AlertSent::Period).string().not_null())
                    .col(ColumnDef::new(AlertSent::SentAt).big_integer().not_null())
                    .col(ColumnDef::new(AlertSent::Emailed).boolean().not_null())
                    .primary_key(
                        Index::create()
                            .col(AlertSent::ResidentId)
                            .col(AlertSent::Period),
                    )
                    .foreign_key(&mut fk(
                        (AlertSent::Table, AlertSent::ResidentId),
                        (Resident::Table, Resident::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        // The concerns a group put forward, and whether it proposed them for the next vote.
        manager
            .alter_table(
                Table::alter()
                    .table(Concern::Table)
                    .add_column(ColumnDef::new(Concern::GroupId).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Concern::Table)
                    .add_column(
                        ColumnDef::new(Concern::ProposedForVote)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_concern_group")
                    .table(Concern::Table)
                    .col(Concern::GroupId)
                    .to_owned(),
            )
            .await?;
        // Which alerts a resident wants about what they and their groups follow, and (for
        // alerts as things happen) how far they have been told.
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .add_column(
                        ColumnDef::new(Resident::FollowAlerts)
                            .string()
                            .not_null()
                            .default("weekly"),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .add_column(ColumnDef::new(Resident::AlertedUntil).big_integer().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Resident::AlertedUntil, Resident::FollowAlerts] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Resident::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_index(
                Index::drop()
                    .name("idx_concern_group")
                    .table(Concern::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Concern::ProposedForVote, Concern::GroupId] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Concern::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            AlertSent::Table.into_iden(),
            PriorityStatusChange::Table.into_iden(),
            GroupMeetingPriority::Table.into_iden(),
            GroupMeeting::Table.into_iden(),
            Follow::Table.into_iden(),
            GroupInvitation::Table.into_iden(),
            GroupMember::Table.into_iden(),
            GroupNeighbourhood::Table.into_iden(),
            CommunityGroup::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum CommunityGroup {
    Table,
    Id,
    Reference,
    Name,
    Kind,
    Description,
    Status,
    StatusReason,
    CreatedAt,
    DecidedAt,
    DecidedBy,
    IdempotencyKey,
}

#[derive(DeriveIden)]
enum GroupNeighbourhood {
    Table,
    GroupId,
    NeighbourhoodId,
}

#[derive(DeriveIden)]
enum GroupMember {
    Table,
    Id,
    GroupId,
    ResidentId,
    Role,
    Status,
    ShowName,
    JoinedAt,
}

#[derive(DeriveIden)]
enum GroupInvitation {
    Table,
    Id,
    GroupId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum Follow {
    Table,
    Id,
    GroupId,
    ResidentId,
    ItemKind,
    ItemId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum GroupMeeting {
    Table,
    Id,
    GroupId,
    NeighbourhoodId,
    MetOn,
    Attendees,
    Notes,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum GroupMeetingPriority {
    Table,
    MeetingId,
    PriorityId,
}

#[derive(DeriveIden)]
enum PriorityStatusChange {
    Table,
    Id,
    PriorityId,
    Status,
    At,
}

#[derive(DeriveIden)]
enum AlertSent {
    Table,
    ResidentId,
    Period,
    SentAt,
    Emailed,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    GroupId,
    ProposedForVote,
}

#[derive(DeriveIden)]
enum Resident {
    Table,
    Id,
    FollowAlerts,
    AlertedUntil,
}

#[derive(DeriveIden)]
enum StaffAccount {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Neighbourhood {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Priority {
    Table,
    Id,
}
