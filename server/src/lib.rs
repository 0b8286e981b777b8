//! The portal's server: configuration, database, HTTP router, command-line tasks.

pub mod api;
pub mod assets;
pub mod config;
pub mod csrf;
pub mod database;
pub mod email;
pub mod import;
pub mod jobs;
pub mod language;
pub mod metrics;
pub mod page_cache;
pub mod refused_forms;
pub mod request_ids;
pub mod secret;
pub mod seed;
pub mod session_stamps;
pub mod site_headers;
pub mod startup;
pub mod telemetry;
