//! Domain rules and types shared by the server and the browser (no I/O here).

#[cfg(feature = "ssr")]
pub mod concern;
pub mod email_address;
pub mod find;
pub mod forms;
pub mod geometry;
#[cfg(feature = "ssr")]
pub mod group;
pub mod neighbourhood;
#[cfg(feature = "ssr")]
pub mod password;
pub mod postcode;
#[cfg(feature = "ssr")]
pub mod priority;
pub mod reference;
#[cfg(feature = "ssr")]
pub mod schedule;
pub mod staff;
pub mod surgery;
#[cfg(feature = "ssr")]
pub mod venue;
#[cfg(feature = "ssr")]
pub mod vote;
