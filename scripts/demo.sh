#!/usr/bin/env bash
# Builds the portal (release) and runs it on SQLite with the demo data. Installs what is missing.
#   PORTAL_DATABASE_URL, PORTAL_LISTEN, PORTAL_SITE_URL and the other settings in docs/configuration.md apply.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

step "Checking the tools"
ensure_wasm_target
ensure_cargo_leptos
ensure_wasm_bindgen
ensure_wasm_opt

step "Building the portal (release; about 7 minutes the first time)"
cargo leptos build --release

export PORTAL_DATABASE_URL="${PORTAL_DATABASE_URL:-sqlite://$ROOT/portal-demo.db?mode=rwc}"
export PORTAL_LISTEN="${PORTAL_LISTEN:-127.0.0.1:3000}"
export PORTAL_SITE_URL="${PORTAL_SITE_URL:-http://localhost:${PORTAL_LISTEN##*:}}"
export PORTAL_SITE_ROOT="${PORTAL_SITE_ROOT:-$ROOT/target/site}"
export PORTAL_EMAIL_FOLDER="${PORTAL_EMAIL_FOLDER:-$ROOT/mail}"
server="$CARGO_TARGET_DIR/release/server"

step "Preparing the demo database"
"$server" seed-demo

step "Starting the portal (Ctrl-C stops it)"
note "Try the postcode B15 2TT, or the district B15."
exec "$server" serve
