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
ensure_schemathesis

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
# Schemathesis asks far faster than a person; the rate limit itself has an integration test.
export PORTAL_API_RATE=1000 PORTAL_API_BURST=1000
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

step "The open API against its OpenAPI document (Schemathesis, at most 5 minutes)"
# Every call with the document's examples (this portal's own data), then generated values: no
# server error, and every answer's status, headers and body as the document describes them.
# A fixed seed, so a run that passes passes again; change it to explore further.
if timeout 300 "$SCHEMATHESIS" run "$PORTAL_SITE_URL/api/openapi.json" \
  --checks all --max-examples 100 --workers 2 --seed 20261203 --no-color >"$work/schemathesis.log" 2>&1; then
  sed -n '/SUMMARY/,$p' "$work/schemathesis.log"
else
  cat "$work/schemathesis.log"
  echo "Schemathesis found a problem, or did not finish within 5 minutes: see above"
  exit 1
fi

# One closing line for the whole suite.
read -r cargo_passed cargo_failed < <(awk '/^test result:/ {
  for (i = 1; i < NF; i++) { if ($(i + 1) == "passed;") p += $i; if ($(i + 1) == "failed;") f += $i }
} END { print p + 0, f + 0 }' "$work/cargo.log")
browser_passed=$(awk '$2 == "passed" { p = $1 } END { print p + 0 }' "$work/browser.log")
echo "total: $((cargo_passed + browser_passed)) passed, $cargo_failed failed"
