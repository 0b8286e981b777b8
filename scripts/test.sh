#!/usr/bin/env bash
# Runs every test: unit and integration tests (SQLite, and PostgreSQL), then the browser tests
# in end2end/ against a freshly built portal. Installs what is missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

step "Checking the tools"
ensure_wasm_target
ensure_cargo_leptos
ensure_wasm_bindgen
ensure_chromium
ensure_end2end_packages
ensure_postgres

step "Unit and integration tests (SQLite and PostgreSQL)"
cargo test -p app -p server -p entity -p migration

step "Building the portal for the browser tests"
cargo leptos build

step "Browser tests (Playwright, Chromium)"
work="$(mktemp -d)"
port="$(free_port)"
export PORTAL_DATABASE_URL="sqlite://$work/portal.db?mode=rwc"
export PORTAL_LISTEN="127.0.0.1:$port"
export PORTAL_SITE_URL="http://127.0.0.1:$port"
export PORTAL_SITE_ROOT="$ROOT/target/site"
server="$CARGO_TARGET_DIR/debug/server"
"$server" seed-demo >/dev/null
"$server" serve >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
wait_for_portal "$PORTAL_SITE_URL" || { cat "$work/server.log"; exit 1; }
(cd end2end && PORTAL_E2E_URL="$PORTAL_SITE_URL" npx playwright test) || {
  echo "--- server log ---"
  tail -n 50 "$work/server.log"
  exit 1
}
