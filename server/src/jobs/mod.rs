//! Background tasks the server runs beside the website.

pub mod reload_gazetteer;
