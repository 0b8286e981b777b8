//! Pages for police staff under `/staff`: signing in with a password and second factor, the
//! dashboard, and the pages that manage neighbourhoods, teams, accounts and the audit log.

pub mod accounts;
pub mod areas;
pub mod audit;
pub mod code;
pub mod dashboard;
pub mod forgot_password;
pub mod neighbourhood;
pub mod occurrence;
pub mod outbox;
pub mod remove_team_member;
pub mod reset_password;
pub mod sign_in;
pub mod surgeries;
pub mod two_factor;
pub mod your_sign_in;
