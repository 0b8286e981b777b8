//! Priority votes as residents see them: the vote's page (with its results once it closes) and
//! voting: confirming a postcode where the vote asks, choosing, checking, casting.

pub mod check;
pub mod choose;
pub mod vote;
