//! Raising a concern with a neighbourhood team: where it is, the form, and checking it before
//! sending. The resident then follows it in their account (`pages::account::concern`).

pub mod check;
pub mod raise;
pub mod start;
