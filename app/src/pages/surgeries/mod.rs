//! Surgeries for residents: finding them near a postcode, an occurrence's page, booking a place
//! (choose, check, confirm) and cancelling by the emailed link.

pub mod book;
pub mod cancel;
pub mod check;
pub mod occurrence;
pub mod search;
