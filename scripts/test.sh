#!/usr/bin/env bash
# Runs every test. Installs what is missing, then: formatting and lints; the unit and integration
# tests, on SQLite and PostgreSQL; the portal built exactly as scripts/demo.sh builds it (release,
# wasm-opt included), a smoke test of it on the demo data, and the browser tests in end2end/ and
# Schemathesis against it. See docs/testing.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

if [ "${CI:-}" = true ] && [ -z "${PORTAL_CI_CHECKOUT:-}" ]; then
  checkout="$(ci_checkout)"
  step "Testing commit $(git rev-parse --short HEAD) from $checkout (see ci_checkout in scripts/lib.sh)"
  PORTAL_CI_CHECKOUT=1 exec bash "$checkout/scripts/test.sh"
fi

tools_started=$SECONDS
step "Checking the tools"
# What comes ready-made from Debian, npm and PyPI downloads while cargo compiles the Rust tools
# (on a fresh machine, minutes of both cores); what it said is shown once both are done.
packages_log="$(mktemp)"
(
  ensure_wasm_target
  ensure_wasm_opt
  ensure_chromium_headless_shell
  ensure_end2end_packages
  ensure_smtp_server
  ensure_sqlite_cli
  ensure_nginx
  ensure_schemathesis
) >"$packages_log" 2>&1 &
packages_pid=$!
ensure_rust_components
ensure_cargo_leptos
ensure_wasm_bindgen
ensure_nextest
packages_installed=0
wait "$packages_pid" || packages_installed=$?
cat "$packages_log"
rm -f "$packages_log"
if [ "$packages_installed" != 0 ]; then
  echo "Installing the tools from Debian, npm or PyPI failed: see above"
  exit 1
fi
ensure_schemathesis # present now: names it for the run
ensure_postgres

STEP_TIMES+=("$((SECONDS - tools_started)) s  Checking the tools")

work="$(mktemp -d)"
server_pid="" smtp_pid="" reported=""
declare -A beside_pids=()
# However the run ends: stop what it started, remove its files, say where the time went.
finish() {
  for pid in "${beside_pids[@]}"; do kill -- "-$pid" 2>/dev/null; done
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  [ -n "$smtp_pid" ] && kill "$smtp_pid" 2>/dev/null
  rm -rf "$work"
  [ -n "$reported" ] || report_times
}
trap finish EXIT

# `beside NAME COMMAND…` starts a command in the background, in a process group of its own (so
# that the run stops it, however it ends), its output kept; `awaited NAME` waits for it, shows
# that output, and fails as it failed.
beside() {
  local name="$1"
  shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  beside_pids[$name]=$!
}
awaited() {
  local status=0
  wait "${beside_pids[$1]}" || status=$?
  unset "beside_pids[$1]"
  cat "$work/$1.log"
  return "$status"
}

# The integration tests' template databases of earlier builds (see docs/testing.md).
rm -rf "$CARGO_TARGET_DIR/tmp/portal-templates"

# Clippy's lints (`[workspace.lints]`), warnings denied, are read as the tests' build compiles
# the code: cargo compiles the workspace's own crates with clippy-driver, rustc with clippy's
# lints added (scripts/rustc-with-lints), so every target the tests build is linted without a
# second pass of the compiler over it and its dependencies, which `cargo clippy` was (3 to 4
# minutes on a fresh machine: docs/testing.md, "Builds"). The browser's bundle, which the tests
# do not build, is linted for its own target beside the release (below).
rustc_with_lints="$ROOT/scripts/rustc-with-lints"
linted() { RUSTC_WORKSPACE_WRAPPER="$rustc_with_lints" "$@"; }

# In the dev profile: after a one-line change its test binaries rebuild in under half a minute,
# where a release build of them takes minutes (docs/testing.md). Each test case runs in a
# process of its own (cargo-nextest), several at once.
unit_and_integration_tests() {
  linted cargo nextest run -p app -p server --profile ci 2>&1 | tee "$work/nextest.log"
  slowest_tests "$ROOT/target/nextest/ci/junit.xml" 10
}

browser_tests() {
  (cd end2end && CHROMIUM_PATH=/usr/bin/chromium-headless-shell PORTAL_E2E_URL="$PORTAL_SITE_URL" npx playwright test) 2>&1 | tee "$work/browser.log" || {
    echo "--- server log ---"
    tail -n 50 "$work/server.log"
    return 1
  }
}

# Every call with the document's examples (this portal's own data), then generated values: no
# server error, and every answer's status, headers and body as the document describes them.
# A fixed seed, so a run that passes passes again; change it to explore further.
schemathesis() {
  # Run from the work folder, where Schemathesis keeps its cache of what it found.
  if (cd "$work" && timeout 300 "$SCHEMATHESIS" run "$PORTAL_SITE_URL/api/openapi.json" \
    --checks all --max-examples 100 --workers 2 --seed 20261203 --no-color) >"$work/schemathesis.log" 2>&1; then
    sed -n '/SUMMARY/,$p' "$work/schemathesis.log"
  else
    cat "$work/schemathesis.log"
    echo "Schemathesis found a problem, or did not finish within 5 minutes: see above"
    return 1
  fi
}

# The release is built beside the tests, from their start: each build leaves a core idle while
# the compiler reads the `app` crate alone (the release's for a minute and a half on a fresh
# machine), and the other build, or the tests, take it up. Cargo locks each profile's directory
# (target/debug, target/release, target/front), so neither build waits for the other.
step "Starting the release, built as the demo builds it, beside the tests"
release_started=$SECONDS
beside release cargo leptos build --release
timed "Formatting" cargo fmt --all -- --check
timed "Lints, unit and integration tests (SQLite and PostgreSQL)" unit_and_integration_tests

# The lints of the browser's bundle (its crate, and `app` as the bundle compiles it), at the
# lowest priority beside what is left of the release, whose idle moments they take up. Not
# started before the tests' build is done: they wait for its lock on target/debug (the host's
# half of a wasm32 build), and would hold it up if they took the lock first.
step "Starting the lints of the browser's bundle, beside the release"
beside bundle-lints nice -n 19 cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
release() {
  awaited release
  note "The release took $((SECONDS - release_started)) s from its start, beside the steps before"
}
timed "Building the portal as the demo does (release; what was left of it)" release
timed "The lints of the browser's bundle (what was left of them)" awaited bundle-lints
server="$CARGO_TARGET_DIR/release/server"
timed "Smoke test: the release portal starts on the demo data and serves its files" \
  smoke_test "$server" "$work/smoke"

step "Starting the release portal for the browser tests"
port="$(free_port)"
export PORTAL_DATABASE_URL="sqlite://$work/portal.db?mode=rwc"
export PORTAL_LISTEN="127.0.0.1:$port"
export PORTAL_SITE_URL="http://127.0.0.1:$port"
export PORTAL_SITE_ROOT="$ROOT/target/site"
# The portal's clock stands at a Monday, 10am in the UK, and the tests type dates and security
# codes from the same time, so nothing depends on when they run.
export PORTAL_FIXED_TIME="2026-11-23T10:00:00Z"
# Mail goes by SMTP to aiosmtpd, which keeps each message in a Maildir the tests read.
smtp_port="$(free_port)"
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$work/maildir" &
smtp_pid=$!
export PORTAL_EMAIL_TRANSPORT=smtp PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp_port" PORTAL_SMTP_TLS=none
export PORTAL_E2E_MAILDIR="$work/maildir" PORTAL_E2E_STATE_DIR="$work"
export PORTAL_E2E_ADMIN_EMAIL="admin@police.example.uk" PORTAL_E2E_ADMIN_PASSWORD="library surgery kettle 42"
export PORTAL_E2E_NEW_ADMIN_EMAIL="new-admin@police.example.uk" PORTAL_E2E_NEW_ADMIN_PASSWORD="station library teapot 17"
# Maps draw tiles from an address on the portal itself that answers 404 at once; the browser
# tests that look at the streets answer it with a local fixture (end2end/fixtures/tile.png).
export PORTAL_MAP_TILES="$PORTAL_SITE_URL/test-tiles/{z}/{x}/{y}.png" PORTAL_MAP_ATTRIBUTION="© Test tiles"
# Schemathesis asks far faster than a person; the rate limit itself has an integration test.
export PORTAL_API_RATE=1000 PORTAL_API_BURST=1000
# As behind the deployment's proxy: a browser test whose resident comes from a computer of their
# own says so in X-Forwarded-For (`residentContext` in end2end/tests/support.ts), so the limit
# on sign-in links from one computer, whose hour never passes on the portal's still clock, counts
# only the residents who share 127.0.0.1.
export PORTAL_TRUST_FORWARDED_FOR=true
"$server" seed-demo --places-only >/dev/null
PORTAL_ADMIN_PASSWORD="$PORTAL_E2E_ADMIN_PASSWORD" "$server" create-admin --email "$PORTAL_E2E_ADMIN_EMAIL" --name "Alex Morgan" >/dev/null
PORTAL_ADMIN_PASSWORD="$PORTAL_E2E_NEW_ADMIN_PASSWORD" "$server" create-admin --email "$PORTAL_E2E_NEW_ADMIN_EMAIL" --name "Robin Hale" >/dev/null
"$server" serve >"$work/server.log" 2>&1 &
server_pid=$!
wait_for_portal "$PORTAL_SITE_URL" || { cat "$work/server.log"; exit 1; }

# The deployment in deploy/ tried whole: nginx in front of two release instances on PostgreSQL,
# one killed and one stopped under load (server/tests/api/proxy_drill.rs). It prints its figures.
# It needs only the release and PostgreSQL, and spends most of its time waiting on its load's
# clock, so it runs beside the browser tests and Schemathesis (its instances, database, mail
# server and ports are its own), in a process group of its own so that it stops with the run.
step "Starting the proxy drill, beside the browser tests"
drill_started=$SECONDS
beside drill env PORTAL_DRILL_SERVER="$server" RUSTC_WORKSPACE_WRAPPER="$rustc_with_lints" \
  cargo nextest run -p server --profile ci --run-ignored only -E 'test(/proxy_drill/)' --no-capture
proxy_drill() {
  local status=0
  awaited drill || status=$?
  note "The drill took $((SECONDS - drill_started)) s from its start, beside the steps before"
  return "$status"
}

timed "Browser tests (Playwright, Chromium)" browser_tests
timed "The open API against its OpenAPI document (Schemathesis, at most 5 minutes)" schemathesis
timed "Behind nginx: a crash and a rolling restart of two instances on PostgreSQL (what was left of it)" proxy_drill

# One closing line for the whole suite (both runs of nextest), and where the time went.
read -r tests_passed tests_failed < <(awk '/Summary \[/ {
  for (i = 1; i < NF; i++) { if ($(i + 1) ~ /^passed/) p += $i; if ($(i + 1) ~ /^failed/) f += $i }
} END { print p + 0, f + 0 }' "$work/nextest.log" "$work/drill.log")
browser_passed=$(awk '$2 == "passed" { p = $1 } END { print p + 0 }' "$work/browser.log")
report_times
reported=1
echo "total: $((tests_passed + browser_passed)) passed, $tests_failed failed"
