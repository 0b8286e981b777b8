//! Data access and the rules that need it. Server only (compiled with the `ssr` feature).

pub mod alerts;
pub mod audit;
pub mod bookings;
pub mod calendar;
pub mod clock;
pub mod concerns;
pub mod duty_time;
pub mod find;
pub mod following;
pub mod gazetteer;
pub mod group_meetings;
pub mod groups;
pub mod guarantee;
pub mod management;
pub mod message_delivery;
pub mod message_preferences;
pub mod message_ratings;
pub mod message_replies;
pub mod messages;
pub mod moderation;
pub mod neighbourhood_index;
pub mod neighbourhoods;
pub mod occurrences;
pub mod open_data;
pub mod outbox;
pub mod partners;
pub mod postcode_directory;
pub mod priorities;
pub mod problems;
pub mod public_pages;
pub mod rate_limit;
pub mod referrals;
pub mod resident_accounts;
pub mod resident_data;
pub mod resident_records;
pub mod revisions;
pub mod session_store;
pub mod staff;
pub mod staff_auth;
pub mod staff_members;
pub mod surgeries;
pub mod survey;
pub mod team_messages;
pub mod to_do;
pub mod tokens;
pub mod updates;
pub mod venues;
pub mod votes;
pub mod write;
pub mod yours_here;

/// Begins a transaction that will write. On SQLite it takes the write lock at the start
/// (`BEGIN IMMEDIATE`), waiting its turn, rather than failing with "database is locked" when it
/// first reads and another connection writes before it does.
pub async fn begin_write(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// Each service module and the service modules its code (not its comments or tests) names.
    fn imports() -> BTreeMap<String, BTreeSet<String>> {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/services");
        let sources: BTreeMap<String, String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            .filter(|path| path.file_stem().is_some_and(|s| s != "mod"))
            .map(|path| {
                let name = path.file_stem().unwrap().to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text
                    .split("#[cfg(test)]\nmod tests")
                    .next()
                    .unwrap_or_default();
                let code: String = code
                    .lines()
                    .map(|line| line.split("//").next().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join("\n");
                (name, code)
            })
            .collect();
        let names: Vec<String> = sources.keys().cloned().collect();
        sources
            .iter()
            .map(|(module, code)| {
                let used = names
                    .iter()
                    .filter(|other| *other != module)
                    .filter(|other| names_module(code, other))
                    .cloned()
                    .collect();
                (module.clone(), used)
            })
            .collect()
    }

    /// Whether `code` names the service module `other`: `crate::services::other`,
    /// `super::other`, or `other` in a `use crate::services::{…}` list.
    fn names_module(code: &str, other: &str) -> bool {
        let is_word_end = |rest: &str| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_');
        ["crate::services::", "super::"].iter().any(|prefix| {
            code.match_indices(&format!("{prefix}{other}"))
                .any(|(at, found)| is_word_end(&code[at + found.len()..]))
        }) || code.match_indices("use crate::services::{").any(|(at, _)| {
            let list = &code[at..at + code[at..].find('}').unwrap_or(0)];
            list.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| word == other)
        })
    }

    #[test]
    fn no_service_module_imports_another_that_imports_it_back_around_any_circle() {
        let graph = imports();
        assert!(graph.len() > 30, "the services were read: {graph:?}");
        // A module is in a circle when it can reach itself.
        for start in graph.keys() {
            let mut seen = BTreeSet::new();
            let mut next: Vec<&String> = graph[start].iter().collect();
            while let Some(module) = next.pop() {
                assert_ne!(
                    module, start,
                    "{start} imports itself around a circle of service modules"
                );
                if seen.insert(module) {
                    next.extend(graph.get(module).into_iter().flatten());
                }
            }
        }
    }
}
