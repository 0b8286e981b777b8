#!/usr/bin/env bash
# Benchmarks (not tests): builds the site as the demo does, generates a synthetic national
# dataset (2.7 million postcodes, 5,000 neighbourhoods of 300 vertices), imports it and prints
# import speed, the server's memory, in-process lookup speed, HTTP throughput and latency of the
# postcode lookup, a neighbourhood page and the stylesheet beside a constant axum handler (wrk,
# 64 connections, loopback), the bytes of a first visit, a burst of staff sign-ins, and
# Lighthouse's mobile audit of four pages; then 1,000 residents confirming a booking at once for
# a slot of 20 places through two instances on one PostgreSQL database; a signed-in resident's
# pages beside /health/live on SQLite and on PostgreSQL; 400 residents each casting their vote
# four times at once through two instances on PostgreSQL; a team message to 100,000 followers
# (queued, handed to the outbox, sent to a local SMTP server); last, a force of 5,000
# neighbourhoods with a year of activity generated on PostgreSQL, and the time the Guarantee's
# figures and the engagement dashboard's pages take.
# Extra arguments go to portal-bench (see `portal-bench --help`), e.g. --postcodes 100000.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

if ! command -v wrk >/dev/null; then
  step "Installing wrk (Debian package), the load generator"
  apt_install wrk
fi

step "Checking the tools"
ensure_wasm_target
ensure_cargo_leptos
ensure_wasm_bindgen
ensure_wasm_opt
ensure_chromium
ensure_lighthouse

step "Building the site as the demo does (release)"
cargo leptos build --release

# The benchmark and the server it starts are built in a folder of their own, so this build
# never replaces the server that scripts/demo.sh built, and as a deployment builds them (see
# "A real database" in docs/configuration.md), so the figures are those a force would see.
step "Building the benchmark"
bench_target="$CARGO_TARGET_DIR/bench"
CARGO_TARGET_DIR="$bench_target" CARGO_PROFILE_RELEASE_INCREMENTAL=false CARGO_PROFILE_RELEASE_LTO=thin \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=4 cargo build --release -p server --bins

step "Running the benchmark (several minutes at full size)"
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" --work "$ROOT/target/bench" "$@"

step "Residents racing for a surgery's places through two instances on PostgreSQL"
ensure_postgres
PORTAL_SITE_ROOT="$ROOT/target/site" PORTAL_EMAIL_FOLDER="$ROOT/target/bench/mail" \
  "$bench_target/release/portal-bench" booking-race

step "A signed-in resident's pages beside /health/live, on SQLite and on PostgreSQL"
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" signed-in
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" signed-in --postgres "$DATABASE_URL_PG"

step "400 residents casting their vote four times each at once through two instances on PostgreSQL"
# On this machine the database is reached without TLS, as one on the same host would be; then
# with TLS, as one across a network would be.
for database in "$DATABASE_URL_PG?sslmode=disable" "$DATABASE_URL_PG"; do
  PORTAL_SITE_ROOT="$ROOT/target/site" PORTAL_EMAIL_FOLDER="$ROOT/target/bench/mail" \
    "$bench_target/release/portal-bench" vote-race --postgres "$database"
done

step "A team message to 100,000 followers: queued, handed to the outbox, sent by SMTP (SQLite, then PostgreSQL)"
ensure_smtp_server
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" messages
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" messages --postgres "$DATABASE_URL_PG"

step "The Guarantee's figures for 5,000 neighbourhoods and a year of activity, on PostgreSQL"
PORTAL_SITE_ROOT="$ROOT/target/site" "$bench_target/release/portal-bench" guarantee
