//! Pages for police staff under `/staff`: signing in with a password and second factor, the
//! dashboard, and the pages that manage neighbourhoods, teams, accounts and the audit log.

pub mod accounts;
pub mod areas;
pub mod audit;
pub mod code;
pub mod dashboard;
pub mod neighbourhood;
pub mod sign_in;
pub mod two_factor;
