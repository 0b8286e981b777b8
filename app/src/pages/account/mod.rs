//! A resident's account: signing in by emailed link, and what they can see and do once in.

pub mod booking;
pub mod check_email;
pub mod concern;
pub mod confirm;
pub mod delete;
pub mod message;
pub mod overview;
pub mod sign_in;
