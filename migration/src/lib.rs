//! Database schema, as an ordered list of migrations. The server applies them at start and
//! with `server migrate`; they run unchanged on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_neighbourhoods;
mod m20261122_000002_accounts;
mod m20261202_000003_hardening;
mod m20261202_000004_surgeries;
mod m20261203_000005_surgery_changes;
mod m20261203_000006_concerns;
mod m20261203_000007_priorities;
mod m20261203_000008_wards;
mod m20261203_000009_groups;
mod m20261203_000010_guarantee;
mod m20261206_000011_outside_findings;
mod m20261207_000012_phone_first;
mod m20261208_000013_session_stamps;
mod m20261209_000014_languages;
mod m20261210_000015_welsh_priorities_updates;
mod m20261211_000016_welsh_votes;
mod m20261212_000017_welsh_problems;
mod m20261213_000018_team_messages;
mod m20261214_000019_message_replies;
mod m20261215_000020_confidence_survey;
mod m20261216_000021_partners;
mod m20261217_000022_concern_referrals;
mod m20261218_000023_partner_assessments;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_neighbourhoods::Migration),
            Box::new(m20261122_000002_accounts::Migration),
            Box::new(m20261202_000003_hardening::Migration),
            Box::new(m20261202_000004_surgeries::Migration),
            Box::new(m20261203_000005_surgery_changes::Migration),
            Box::new(m20261203_000006_concerns::Migration),
            Box::new(m20261203_000007_priorities::Migration),
            Box::new(m20261203_000008_wards::Migration),
            Box::new(m20261203_000009_groups::Migration),
            Box::new(m20261203_000010_guarantee::Migration),
            Box::new(m20261206_000011_outside_findings::Migration),
            Box::new(m20261207_000012_phone_first::Migration),
            Box::new(m20261208_000013_session_stamps::Migration),
            Box::new(m20261209_000014_languages::Migration),
            Box::new(m20261210_000015_welsh_priorities_updates::Migration),
            Box::new(m20261211_000016_welsh_votes::Migration),
            Box::new(m20261212_000017_welsh_problems::Migration),
            Box::new(m20261213_000018_team_messages::Migration),
            Box::new(m20261214_000019_message_replies::Migration),
            Box::new(m20261215_000020_confidence_survey::Migration),
            Box::new(m20261216_000021_partners::Migration),
            Box::new(m20261217_000022_concern_referrals::Migration),
            Box::new(m20261218_000023_partner_assessments::Migration),
        ]
    }
}
