use crate::m20261122_000001_neighbourhoods::auto_id;
use sea_orm_migration::prelude::*;

/// Local priorities: votes with their options, residents' ballots (one per resident and vote,
/// enforced by a unique index) and paper ballots counted apart; the priorities a team sets,
/// with their actions; "you said, we did" updates and what they answer; residents' choice of
/// update emails; and a List-Unsubscribe address on outgoing emails.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Vote::Table)
                    .col(auto_id(Vote::Id))
                    .col(ColumnDef::new(Vote::NeighbourhoodId).integer().not_null())
                    .col(ColumnDef::new(Vote::Question).text().not_null())
                    .col(ColumnDef::new(Vote::MostChoices).integer().not_null())
                    .col(ColumnDef::new(Vote::OpensAt).big_integer().not_null())
                    .col(ColumnDef::new(Vote::ClosesAt).big_integer().not_null())
                    .col(ColumnDef::new(Vote::Eligibility).string().not_null())
                    .col(
                        ColumnDef::new(Vote::ShowRunningTotals)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(ColumnDef::new(Vote::FinalisedAt).big_integer().null())
                    .col(ColumnDef::new(Vote::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Vote::CreatedBy).integer().null())
                    .check(Expr::col(Vote::ClosesAt).gt(Expr::col(Vote::OpensAt)))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Vote::Table, Vote::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_neighbourhood")
                    .table(Vote::Table)
                    .col(Vote::NeighbourhoodId)
                    .col(Vote::ClosesAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(VoteOption::Table)
                    .col(auto_id(VoteOption::Id))
                    .col(ColumnDef::new(VoteOption::VoteId).integer().not_null())
                    .col(ColumnDef::new(VoteOption::Position).integer().not_null())
                    .col(ColumnDef::new(VoteOption::Label).string().not_null())
                    .col(ColumnDef::new(VoteOption::ConcernId).integer().null())
                    .col(ColumnDef::new(VoteOption::ProblemId).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteOption::Table, VoteOption::VoteId)
                            .to(Vote::Table, Vote::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteOption::Table, VoteOption::ConcernId)
                            .to(Concern::Table, Concern::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(VoteOption::Table, VoteOption::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_vote_option_vote")
                    .table(VoteOption::Table)
                    .col(VoteOption::VoteId)
                    .col(VoteOption::Position)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Ballot::Table)
                    .col(auto_id(Ballot::Id))
                    .col(ColumnDef::new(Ballot::VoteId).integer().not_null())
                    .col(ColumnDef::new(Ballot::ResidentId).integer().null())
                    .col(
                        ColumnDef::new(Ballot::PostcodeConfirmed)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(ColumnDef::new(Ballot::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Ballot::UpdatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ballot::Table, Ballot::VoteId)
                            .to(Vote::Table, Vote::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Ballot::Table, Ballot::ResidentId)
                            .to(Resident::Table, Resident::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        // One person, one vote: a resident's ballot is changed, never doubled.
        manager
            .create_index(
                Index::create()
                    .name("idx_ballot_one_per_resident")
                    .table(Ballot::Table)
                    .col(Ballot::VoteId)
                    .col(Ballot::ResidentId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(BallotChoice::Table)
                    .col(ColumnDef::new(BallotChoice::BallotId).integer().not_null())
                    .col(ColumnDef::new(BallotChoice::OptionId).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(BallotChoice::BallotId)
                            .col(BallotChoice::OptionId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BallotChoice::Table, BallotChoice::BallotId)
                            .to(Ballot::Table, Ballot::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BallotChoice::Table, BallotChoice::OptionId)
                            .to(VoteOption::Table, VoteOption::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_ballot_choice_option")
                    .table(BallotChoice::Table)
                    .col(BallotChoice::OptionId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PaperCount::Table)
                    .col(auto_id(PaperCount::Id))
                    .col(ColumnDef::new(PaperCount::VoteId).integer().not_null())
                    .col(ColumnDef::new(PaperCount::Label).string().not_null())
                    .col(ColumnDef::new(PaperCount::Ballots).integer().not_null())
                    .col(
                        ColumnDef::new(PaperCount::RecordedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PaperCount::RecordedBy).integer().null())
                    .check(Expr::col(PaperCount::Ballots).gte(0))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PaperCount::Table, PaperCount::VoteId)
                            .to(Vote::Table, Vote::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PaperCountChoice::Table)
                    .col(
                        ColumnDef::new(PaperCountChoice::PaperCountId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PaperCountChoice::OptionId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PaperCountChoice::Count).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(PaperCountChoice::PaperCountId)
                            .col(PaperCountChoice::OptionId),
                    )
                    .check(Expr::col(PaperCountChoice::Count).gte(0))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PaperCountChoice::Table, PaperCountChoice::PaperCountId)
                            .to(PaperCount::Table, PaperCount::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PaperCountChoice::Table, PaperCountChoice::OptionId)
                            .to(VoteOption::Table, VoteOption::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Priority::Table)
                    .col(auto_id(Priority::Id))
                    .col(
                        ColumnDef::new(Priority::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(Priority::Issue).text().not_null())
                    .col(ColumnDef::new(Priority::IssueDate).big_integer().not_null())
                    .col(ColumnDef::new(Priority::Status).string().not_null())
                    .col(ColumnDef::new(Priority::VoteOptionId).integer().null())
                    .col(ColumnDef::new(Priority::ProblemId).integer().null())
                    .col(ColumnDef::new(Priority::CreatedAt).big_integer().not_null())
                    .col(ColumnDef::new(Priority::CreatedBy).integer().null())
                    .col(ColumnDef::new(Priority::UpdatedAt).big_integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Priority::Table, Priority::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Priority::Table, Priority::VoteOptionId)
                            .to(VoteOption::Table, VoteOption::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Priority::Table, Priority::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_priority_neighbourhood")
                    .table(Priority::Table)
                    .col(Priority::NeighbourhoodId)
                    .col(Priority::Status)
                    .to_owned(),
            )
            .await?;
        // A vote's option becomes at most one priority (one click per option).
        manager
            .create_index(
                Index::create()
                    .name("idx_priority_one_per_option")
                    .table(Priority::Table)
                    .col(Priority::VoteOptionId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PriorityAction::Table)
                    .col(auto_id(PriorityAction::Id))
                    .col(
                        ColumnDef::new(PriorityAction::PriorityId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PriorityAction::Action).text().not_null())
                    .col(
                        ColumnDef::new(PriorityAction::ActionDate)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PriorityAction::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(PriorityAction::CreatedBy).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(PriorityAction::Table, PriorityAction::PriorityId)
                            .to(Priority::Table, Priority::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_priority_action_priority")
                    .table(PriorityAction::Table)
                    .col(PriorityAction::PriorityId)
                    .col(PriorityAction::ActionDate)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(TeamUpdate::Table)
                    .col(auto_id(TeamUpdate::Id))
                    .col(
                        ColumnDef::new(TeamUpdate::NeighbourhoodId)
                            .integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(TeamUpdate::YouSaid).text().not_null())
                    .col(ColumnDef::new(TeamUpdate::WeDid).text().not_null())
                    .col(ColumnDef::new(TeamUpdate::NextSteps).text().not_null())
                    .col(ColumnDef::new(TeamUpdate::Outcome).text().not_null())
                    .col(
                        ColumnDef::new(TeamUpdate::PublishedOn)
                            .big_integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(TeamUpdate::CreatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .col(ColumnDef::new(TeamUpdate::CreatedBy).integer().null())
                    .col(
                        ColumnDef::new(TeamUpdate::UpdatedAt)
                            .big_integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TeamUpdate::Table, TeamUpdate::NeighbourhoodId)
                            .to(Neighbourhood::Table, Neighbourhood::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_team_update_neighbourhood")
                    .table(TeamUpdate::Table)
                    .col(TeamUpdate::NeighbourhoodId)
                    .col(TeamUpdate::PublishedOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(UpdateLink::Table)
                    .col(auto_id(UpdateLink::Id))
                    .col(ColumnDef::new(UpdateLink::UpdateId).integer().not_null())
                    .col(ColumnDef::new(UpdateLink::ConcernId).integer().null())
                    .col(ColumnDef::new(UpdateLink::PriorityId).integer().null())
                    .col(ColumnDef::new(UpdateLink::VoteId).integer().null())
                    .col(ColumnDef::new(UpdateLink::ProblemId).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdateLink::Table, UpdateLink::UpdateId)
                            .to(TeamUpdate::Table, TeamUpdate::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdateLink::Table, UpdateLink::ConcernId)
                            .to(Concern::Table, Concern::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdateLink::Table, UpdateLink::PriorityId)
                            .to(Priority::Table, Priority::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdateLink::Table, UpdateLink::VoteId)
                            .to(Vote::Table, Vote::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(UpdateLink::Table, UpdateLink::ProblemId)
                            .to(Problem::Table, Problem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_update_link_update", UpdateLink::UpdateId),
            ("idx_update_link_priority", UpdateLink::PriorityId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(UpdateLink::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .add_column(
                        ColumnDef::new(Resident::UpdateEmails)
                            .boolean()
                            .not_null()
                            .default(true),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(OutboxMessage::Table)
                    .add_column(ColumnDef::new(OutboxMessage::ListUnsubscribe).text().null())
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(OutboxMessage::Table)
                    .drop_column(OutboxMessage::ListUnsubscribe)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Resident::Table)
                    .drop_column(Resident::UpdateEmails)
                    .to_owned(),
            )
            .await?;
        for table in [
            UpdateLink::Table.into_iden(),
            TeamUpdate::Table.into_iden(),
            PriorityAction::Table.into_iden(),
            Priority::Table.into_iden(),
            PaperCountChoice::Table.into_iden(),
            PaperCount::Table.into_iden(),
            BallotChoice::Table.into_iden(),
            Ballot::Table.into_iden(),
            VoteOption::Table.into_iden(),
            Vote::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
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
    UpdateEmails,
}

#[derive(DeriveIden)]
enum Concern {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Problem {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    ListUnsubscribe,
}

#[derive(DeriveIden)]
enum Vote {
    Table,
    Id,
    NeighbourhoodId,
    Question,
    MostChoices,
    OpensAt,
    ClosesAt,
    Eligibility,
    ShowRunningTotals,
    FinalisedAt,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum VoteOption {
    Table,
    Id,
    VoteId,
    Position,
    Label,
    ConcernId,
    ProblemId,
}

#[derive(DeriveIden)]
enum Ballot {
    Table,
    Id,
    VoteId,
    ResidentId,
    PostcodeConfirmed,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum BallotChoice {
    Table,
    BallotId,
    OptionId,
}

#[derive(DeriveIden)]
enum PaperCount {
    Table,
    Id,
    VoteId,
    Label,
    Ballots,
    RecordedAt,
    RecordedBy,
}

#[derive(DeriveIden)]
enum PaperCountChoice {
    Table,
    PaperCountId,
    OptionId,
    Count,
}

#[derive(DeriveIden)]
enum Priority {
    Table,
    Id,
    NeighbourhoodId,
    Issue,
    IssueDate,
    Status,
    VoteOptionId,
    ProblemId,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PriorityAction {
    Table,
    Id,
    PriorityId,
    Action,
    ActionDate,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum TeamUpdate {
    Table,
    Id,
    NeighbourhoodId,
    YouSaid,
    WeDid,
    NextSteps,
    Outcome,
    PublishedOn,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum UpdateLink {
    Table,
    Id,
    UpdateId,
    ConcernId,
    PriorityId,
    VoteId,
    ProblemId,
}
