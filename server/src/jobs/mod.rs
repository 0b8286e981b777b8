//! Background tasks the server runs beside the website.

pub mod close_votes;
pub mod follow_alerts;
pub mod housekeeping;
pub mod reload_gazetteer;
pub mod send_email;
pub mod surgery_reminders;
