//! Domain rules and types shared by the server and the browser (no I/O here).

pub mod find;
pub mod geometry;
pub mod neighbourhood;
pub mod postcode;
