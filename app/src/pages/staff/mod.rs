//! Pages for police staff under `/staff`: signing in with a password and second factor, the
//! dashboard, and the pages that manage neighbourhoods, teams, accounts and the audit log.

pub mod accounts;
pub mod areas;
pub mod audit;
pub mod categories;
pub mod code;
pub mod concern;
pub mod concerns;
pub mod dashboard;
pub mod forgot_password;
pub mod group;
pub mod groups;
pub mod moderation;
pub mod neighbourhood;
pub mod neighbourhood_concerns;
pub mod occurrence;
pub mod occurrence_changes;
pub mod outbox;
pub mod priorities;
pub mod priority;
pub mod problem;
pub mod problems;
pub mod remove_team_member;
pub mod reset_password;
pub mod sign_in;
pub mod surgeries;
pub mod two_factor;
pub mod updates;
pub mod venue;
pub mod venues;
pub mod vote;
pub mod votes;
pub mod your_sign_in;
