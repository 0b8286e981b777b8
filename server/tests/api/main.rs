//! Integration tests: the real server on a random port with a fresh database, driven over HTTP.
//! Each test runs on SQLite, and on PostgreSQL too when `DATABASE_URL_PG` is set. Tests use a
//! two-worker runtime, as the server does in production: Leptos's streaming SSR can leave a
//! resource future unwoken on a single-threaded runtime (leptos-rs/leptos#4647).

mod authorisation;
mod concerns;
mod find_your_team;
mod groups;
mod guarantee;
mod helpers;
mod imports;
mod mail;
mod neighbourhood_page;
mod open_data;
mod operations;
mod postcode_api;
mod priorities;
mod resident_accounts;
mod staff_accounts;
mod staff_sign_in;
mod surgeries;
mod surgery_changes;
