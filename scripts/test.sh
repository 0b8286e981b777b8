#!/usr/bin/env bash
# Runs every test: unit and integration tests (SQLite, and PostgreSQL), then builds the portal
# exactly as scripts/demo.sh does (release, wasm-opt included), checks that release starts on
# the demo data and serves a page, the stylesheet and the bundle, and runs the browser tests in
# end2end/ against it. Installs what is missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

step "Checking the tools"
ensure_wasm_target
ensure_cargo_leptos
ensure_wasm_bindgen
ensure_wasm_opt
ensure_chromium
ensure_end2end_packages
ensure_postgres
ensure_smtp_server

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step "Unit and integration tests (SQLite and PostgreSQL)"
# No doc tests: the crates have none, and empty runs would only print "0 passed".
cargo test -p app -p server -p entity -p migration --lib --bins --tests 2>&1 | tee "$work/cargo.log"

step "Building the portal as the demo does (release)"
cargo leptos build --release
server="$CARGO_TARGET_DIR/release/server"

step "Smoke test: the release portal starts on the demo data and serves its files"
smoke_test "$server" "$work/smoke"

step "Browser tests (Playwright, Chromium)"
port="$(free_port)"
export PORTAL_DATABASE_URL="sqlite://$work/portal.db?mode=rwc"
export PORTAL_LISTEN="127.0.0.1:$port"
export PORTAL_SITE_URL="http://127.0.0.1:$port"
export PORTAL_SITE_ROOT="$ROOT/target/site"
# Mail goes by SMTP to aiosmtpd, which keeps each message in a Maildir the tests read.
smtp_port="$(free_port)"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$work/maildir" &
smtp_pid=$!
export PORTAL_EMAIL_TRANSPORT=smtp PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp_port" PORTAL_SMTP_TLS=none
export PORTAL_E2E_MAILDIR="$work/maildir" PORTAL_E2E_STATE_DIR="$work"
export PORTAL_E2E_ADMIN_EMAIL="admin@police.example.uk" PORTAL_E2E_ADMIN_PASSWORD="library surgery kettle 42"
"$server" seed-demo >/dev/null
PORTAL_ADMIN_PASSWORD="$PORTAL_E2E_ADMIN_PASSWORD" "$server" create-admin --email "$PORTAL_E2E_ADMIN_EMAIL" --name "Alex Morgan" >/dev/null
"$server" serve >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" "$smtp_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
wait_for_portal "$PORTAL_SITE_URL" || { cat "$work/server.log"; exit 1; }
(cd end2end && PORTAL_E2E_URL="$PORTAL_SITE_URL" npx playwright test) 2>&1 | tee "$work/browser.log" || {
  echo "--- server log ---"
  tail -n 50 "$work/server.log"
  exit 1
}

# One closing line for the whole suite.
read -r cargo_passed cargo_failed < <(awk '/^test result:/ {
  for (i = 1; i < NF; i++) { if ($(i + 1) == "passed;") p += $i; if ($(i + 1) == "failed;") f += $i }
} END { print p + 0, f + 0 }' "$work/cargo.log")
browser_passed=$(awk '$2 == "passed" { p = $1 } END { print p + 0 }' "$work/browser.log")
echo "total: $((cargo_passed + browser_passed)) passed, $cargo_failed failed"
