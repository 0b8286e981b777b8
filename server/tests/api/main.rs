//! Integration tests: the real server on a random port with a fresh database, driven over HTTP.
//! Each test that needs a database is two test cases, one on SQLite and one on PostgreSQL
//! (`DATABASE_URL_PG`), which run side by side. Every database starts as a copy of a template
//! migrated and seeded once for the build; every clock starts at `TEST_START` and moves only
//! when the test moves it; and the servers run no background jobs: a test runs the jobs it
//! needs, when it needs them. Tests use a two-worker runtime, as the server does in production:
//! Leptos's streaming SSR can leave a resource future unwoken on a single-threaded runtime
//! (leptos-rs/leptos#4647).

// First: the other modules use its template of test cases.
mod helpers;

mod authorisation;
mod concerns;
mod demo;
mod find_your_team;
mod groups;
mod guarantee;
mod imports;
mod languages;
mod mail;
mod neighbourhood_page;
mod open_data;
mod operations;
mod partners;
mod phone_routes;
mod postcode_api;
mod priorities;
mod proxy_drill;
mod referrals;
mod resident_accounts;
mod sessions;
mod staff_accounts;
mod staff_sign_in;
mod surgeries;
mod surgery_changes;
mod survey;
mod team_messages;
