use sea_orm_migration::prelude::*;

/// A local priority, its actions and a "you said, we did" update in Welsh, beside the English,
/// for residents who read the portal in Welsh. Each is empty (`NULL`) until the team gives it.
#[derive(DeriveMigrationName)]
pub struct Migration;

/// Each table and the Welsh columns it gains. SQLite adds one column per statement.
fn welsh_columns() -> Vec<(DynIden, DynIden)> {
    vec![
        (Priority::Table.into_iden(), Priority::IssueCy.into_iden()),
        (
            PriorityAction::Table.into_iden(),
            PriorityAction::ActionCy.into_iden(),
        ),
        (
            TeamUpdate::Table.into_iden(),
            TeamUpdate::YouSaidCy.into_iden(),
        ),
        (
            TeamUpdate::Table.into_iden(),
            TeamUpdate::WeDidCy.into_iden(),
        ),
        (
            TeamUpdate::Table.into_iden(),
            TeamUpdate::NextStepsCy.into_iden(),
        ),
        (
            TeamUpdate::Table.into_iden(),
            TeamUpdate::OutcomeCy.into_iden(),
        ),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in welsh_columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(ColumnDef::new(column).text().null())
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in welsh_columns().into_iter().rev() {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Priority {
    Table,
    IssueCy,
}

#[derive(DeriveIden)]
enum PriorityAction {
    Table,
    ActionCy,
}

#[derive(DeriveIden)]
enum TeamUpdate {
    Table,
    YouSaidCy,
    WeDidCy,
    NextStepsCy,
    OutcomeCy,
}
