//! Integration tests: the real server on a random port with a fresh database, driven over HTTP.
//! Each test runs on SQLite, and on PostgreSQL too when `DATABASE_URL_PG` is set.

mod find_your_team;
mod helpers;
mod imports;
mod neighbourhood_page;
mod postcode_api;
