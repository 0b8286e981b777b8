# Shared by scripts/demo.sh and scripts/test.sh: install what is missing, say what is happening.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Build outside the clone, so a fresh clone (as in CI) reuses earlier compilation.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/neighbourhood-portal/target}"
TOOLS_DIR="${PORTAL_TOOLS_DIR:-$HOME/.cache/neighbourhood-portal/tools}"
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

CARGO_LEPTOS_VERSION="0.3.10"
BINARYEN_VERSION="132"
SCHEMATHESIS_VERSION="4.32.5"
NEXTEST_VERSION="0.9.143"

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# `timed TITLE COMMAND…` runs a step and keeps how long it took for `report_times`; a step that
# fails ends the script (set -e), and the report then names it.
STEP_TIMES=()
CURRENT_STEP=""
CURRENT_STARTED=0
timed() {
  CURRENT_STEP="$1"
  CURRENT_STARTED=$SECONDS
  shift
  step "$CURRENT_STEP"
  "$@"
  STEP_TIMES+=("$((SECONDS - CURRENT_STARTED)) s  $CURRENT_STEP")
  CURRENT_STEP=""
}

report_times() {
  step "Where the time went"
  for line in "${STEP_TIMES[@]}"; do note "$line"; done
  if [ -n "$CURRENT_STEP" ]; then note "$((SECONDS - CURRENT_STARTED)) s  $CURRENT_STEP: FAILED"; fi
}

# The `$2` slowest test cases in nextest's JUnit report `$1`.
slowest_tests() {
  step "The $2 slowest tests"
  python3 - "$1" "$2" <<'PYTHON'
import sys
import xml.etree.ElementTree as ElementTree

cases = ElementTree.parse(sys.argv[1]).getroot().iter("testcase")
timed = sorted(((float(c.get("time", 0)), c.get("name", "")) for c in cases), reverse=True)
for seconds, name in timed[: int(sys.argv[2])]:
    print(f"    {seconds:6.1f} s  {name}")
PYTHON
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# The formatter and the linter the test command runs.
ensure_rust_components() {
  if cargo fmt --version >/dev/null 2>&1 && cargo clippy --version >/dev/null 2>&1; then
    note "rustfmt and clippy: present"
  else
    step "Adding rustfmt and clippy to the Rust toolchain"
    rustup component add rustfmt clippy
  fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    note "wasm32-unknown-unknown target: present"
  else
    step "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

# cargo-leptos asks for OpenSSL compiled from its source (for `cargo leptos new`, which this
# project never runs): 3 min 48 s of a 6 min 46 s installation on 2 cores, one core busy. Where
# Debian's OpenSSL headers are present (libssl-dev), openssl-sys is told to use the system's
# (`OPENSSL_NO_VENDOR`, openssl-sys's own setting) instead.
ensure_cargo_leptos() {
  if cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    note "cargo-leptos $CARGO_LEPTOS_VERSION: present"
  else
    local no_vendor=0
    if pkg-config --exists openssl 2>/dev/null; then no_vendor=1; fi
    step "Installing cargo-leptos $CARGO_LEPTOS_VERSION (once; about 4 minutes on 2 cores)"
    OPENSSL_NO_VENDOR="$no_vendor" install_tool cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
}

# CI runs the tests on a new clone each time, at a path of its own, where every file is new:
# cargo would find every crate of the workspace out of date, and rustc's incremental caches,
# which belong to the directory a crate is built in, would be of no use, so a one-line change
# would rebuild the workspace from nothing (the release alone: 4 min 53 s instead of 21 s).
# So under CI the tests run from a checkout of the same commit kept in one
# place, which git updates file by file: only what the commit changed is new. Prints its path.
ci_checkout() {
  local dir="$HOME/.cache/neighbourhood-portal/ci/portal"
  if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then
    echo "The clone has changes not committed; CI tests a commit." >&2
    return 1
  fi
  [ -d "$dir/.git" ] || git init -q "$dir"
  git -C "$dir" fetch -q --no-tags "$ROOT" HEAD
  git -C "$dir" checkout -q -f --detach FETCH_HEAD
  git -C "$dir" clean -q -f -d -x -e /target -e /end2end/node_modules
  # The open data beside the clone, as beside the checkout.
  if [ -d "$ROOT/../shared" ]; then
    ln -sfn "$(cd "$ROOT/../shared" && pwd)" "$(dirname "$dir")/shared"
  fi
  echo "$dir"
}

# `cargo install` unoptimised and without debug information: these tools spend their time in
# the compiler and programs they run, not in their own code, so an optimised build buys nothing
# anyone would notice (a release build of the portal took 6.2 s with either cargo-leptos) and
# costs minutes on 2 cores (cargo-leptos: 4 min 34 s instead of 9 min 31 s; wasm-bindgen: 45 s
# instead of 1 min 28 s).
install_tool() {
  CARGO_PROFILE_DEV_DEBUG=0 cargo install --debug "$@"
}

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local wanted
  wanted="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
  if wasm-bindgen --version 2>/dev/null | grep -q " $wanted\$"; then
    note "wasm-bindgen CLI $wanted: present"
  else
    step "Installing the wasm-bindgen CLI $wanted (once; under a minute)"
    install_tool wasm-bindgen-cli --version "$wanted" --force
  fi
}

# cargo-nextest runs each test case in a process of its own, several at once.
ensure_nextest() {
  if cargo nextest --version >/dev/null 2>&1; then
    note "$(cargo nextest --version | head -n 1): present"
  else
    step "Installing cargo-nextest $NEXTEST_VERSION (once)"
    install_tool cargo-nextest --version "$NEXTEST_VERSION" --locked
  fi
}

# wasm-opt shrinks the release bundle; Debian's binaryen is too old, npm's is current.
ensure_wasm_opt() {
  if wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    note "wasm-opt $BINARYEN_VERSION: present"
  else
    step "Installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
  fi
}

# Lighthouse (npm), for the benchmark's page audits; it drives Debian's Chromium.
ensure_lighthouse() {
  if [ -x "$TOOLS_DIR/node_modules/.bin/lighthouse" ]; then
    note "Lighthouse: present"
  else
    step "Installing Lighthouse (npm) for the page audits"
    mkdir -p "$TOOLS_DIR"
    npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "lighthouse@12"
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    note "Chromium: present"
  else
    step "Installing Chromium (Debian package) for the browser tests"
    apt_install chromium
  fi
}

# Chromium's headless shell (Debian's package, built from the same Chromium): what the test
# command's browser tests drive. It is the headless browser Playwright itself uses, without the
# desktop browser's windows and services: on 2 cores a new browser context and its first page
# cost a third of the processor time they cost in /usr/bin/chromium (docs/testing.md).
ensure_chromium_headless_shell() {
  if [ -x /usr/bin/chromium-headless-shell ]; then
    note "Chromium's headless shell: present"
  else
    step "Installing Chromium's headless shell (Debian package) for the browser tests"
    apt_install chromium-headless-shell
  fi
}

# Installed again whenever end2end/package-lock.json differs from the one they were installed from.
ensure_end2end_packages() {
  local lock="$ROOT/end2end/package-lock.json" installed_from="$ROOT/end2end/node_modules/.portal-package-lock.json"
  if cmp -s "$lock" "$installed_from"; then
    note "Playwright and axe-core: present"
  else
    step "Installing Playwright and axe-core (npm; no browser download)"
    (cd "$ROOT/end2end" && npm ci --no-audit --no-fund --silent)
    cp "$lock" "$installed_from"
  fi
}

# Schemathesis (PyPI, in a virtual environment of its own): the OpenAPI-driven check of the open
# API that the test command runs.
ensure_schemathesis() {
  local venv="$TOOLS_DIR/schemathesis-$SCHEMATHESIS_VERSION"
  if [ -x "$venv/bin/st" ]; then
    note "Schemathesis $SCHEMATHESIS_VERSION: present"
  else
    step "Installing Schemathesis $SCHEMATHESIS_VERSION (PyPI) for the open API check"
    if ! python3 -m venv --help >/dev/null 2>&1; then apt_install python3-venv; fi
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
  SCHEMATHESIS="$venv/bin/st"
}

# Python's aiosmtpd: the real SMTP server the integration and browser tests send mail to.
ensure_smtp_server() {
  if /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
    note "aiosmtpd (test SMTP server): present"
  else
    step "Installing aiosmtpd (Debian package) for the email tests"
    apt_install python3-aiosmtpd
  fi
}

# SQLite's command-line shell: the restore drill takes a backup with it, as docs/deployment.md
# tells an operator to.
ensure_sqlite_cli() {
  if command -v sqlite3 >/dev/null 2>&1; then
    note "sqlite3: present"
  else
    step "Installing sqlite3 (Debian package) for the restore drill"
    apt_install sqlite3
  fi
}

# nginx: the proxy drill runs the site configuration in deploy/nginx/ in front of two instances.
# The package starts its own server on port 80; the drill runs one of its own, so that one is
# stopped again.
ensure_nginx() {
  if [ -x /usr/sbin/nginx ]; then
    note "nginx: present"
  else
    step "Installing nginx (Debian package) for the proxy drill"
    apt_install nginx
    as_root service nginx stop >/dev/null 2>&1 || true
  fi
}

# Starts PostgreSQL for the tests (installing it if missing) in a cluster of its own,
# `portal_test`, set up for throwaway data, and exports DATABASE_URL_PG: an administrative URL
# from which the tests create databases of their own.
ensure_postgres() {
  if [ -n "${DATABASE_URL_PG:-}" ]; then
    note "PostgreSQL: using DATABASE_URL_PG from the environment"
    return
  fi
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    step "Installing PostgreSQL (Debian package) for the integration tests"
    apt_install postgresql
  fi
  local version cluster=portal_test
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  cluster_field() { pg_lsclusters -h 2>/dev/null | awk -v v="$version" -v c="$cluster" -v f="$1" '$1 == v && $2 == c { print $f }'; }
  if [ -z "$(cluster_field 2)" ]; then
    as_root pg_createcluster "$version" "$cluster" >/dev/null
  fi
  # Nothing in it outlives a test run, so nothing waits for the disk; tests running side by
  # side, each with a server or two, open many connections. Connections from this machine need
  # no password: checking one (SCRAM) costs a debug build about 25 ms a connection, and every
  # test makes several.
  for setting in "fsync off" "synchronous_commit off" "full_page_writes off" "max_connections 400" "ssl off"; do
    # shellcheck disable=SC2086
    as_root pg_conftool "$version" "$cluster" set $setting
  done
  as_root sed -i -E 's/^(host +all +all +(127\.0\.0\.1\/32|::1\/128) +)(scram-sha-256|md5)$/\1trust/' \
    "/etc/postgresql/$version/$cluster/pg_hba.conf"
  if [ "$(cluster_field 4)" = online ]; then
    # Settings changed since it started (an older run of this script) take effect: most on a
    # reload, max_connections only on a restart, which costs seconds, so only when it differs.
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" reload
    if [ "$(as_root runuser -u postgres -- psql -p "$(cluster_field 3)" -qtAc "SHOW max_connections")" != 400 ]; then
      as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" restart
    fi
  else
    step "Starting PostgreSQL $version ($cluster)"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start
  fi
  local port
  port="$(cluster_field 3)"
  as_root runuser -u postgres -- psql -p "$port" -qtAc \
    "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_test') THEN CREATE ROLE portal_test LOGIN CREATEDB PASSWORD 'portal_test'; END IF; END \$\$;" >/dev/null
  # Databases and templates left by earlier runs (hundreds after a run), in one session.
  as_root runuser -u postgres -- psql -p "$port" -qtA -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT format('DROP DATABASE %I', datname) FROM pg_database
WHERE datname LIKE 'portal\_test\_%' OR datname LIKE 'portal\_template\_%'
\gexec
SQL
  export DATABASE_URL_PG="postgres://portal_test:portal_test@127.0.0.1:$port/postgres"
  note "PostgreSQL $version on port $port"
}

# A free TCP port on loopback.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until the portal on $1 says it is ready, or fails after 60 seconds.
wait_for_portal() {
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "$1/health/ready" 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "The portal did not start at $1" >&2
  return 1
}

# Starts the release server `$1` on a fresh database in folder `$2` holding the demo's places
# (`seed-demo --places-only`, as the browser tests' server does), and fetches the home page,
# the stylesheet and the WebAssembly bundle under the hashed names the server gives them. Fails
# if any is missing or wrong.
smoke_test() {
  local server="$1" dir="$2" port url pid
  mkdir -p "$dir"
  port="$(free_port)"
  url="http://127.0.0.1:$port"
  (
    export PORTAL_DATABASE_URL="sqlite://$dir/demo.db?mode=rwc" PORTAL_LISTEN="127.0.0.1:$port"
    export PORTAL_SITE_URL="$url" PORTAL_SITE_ROOT="$ROOT/target/site" PORTAL_EMAIL_FOLDER="$dir/mail"
    "$server" seed-demo --places-only >/dev/null
    exec "$server" serve >"$dir/server.log" 2>&1
  ) &
  pid=$!
  local ok=1
  if wait_for_portal "$url"; then
    local page css wasm_hash
    page="$(curl -fsS "$url/")"
    css="$(printf '%s' "$page" | grep -o '/pkg/portal\.[0-9a-f]*\.css' | head -n 1)"
    wasm_hash="$(sha256sum "$ROOT/target/site/pkg/portal.wasm" | cut -c1-16)"
    if [ -z "$css" ]; then
      echo "smoke test: the home page links no hashed stylesheet" >&2; ok=0
    elif ! curl -fsS -o /dev/null "$url$css"; then
      echo "smoke test: $css is not served" >&2; ok=0
    elif [ "$(curl -fsS --compressed "$url/pkg/portal.$wasm_hash.wasm" | head -c 4 | od -An -tx1 | tr -d ' ')" != "0061736d" ]; then
      echo "smoke test: the bundle /pkg/portal.$wasm_hash.wasm is not served" >&2; ok=0
    elif printf '%s' "$page" | grep -q '<script'; then
      echo "smoke test: the home page, which has no island, carries a script" >&2; ok=0
    else
      note "the release portal served /, $css and /pkg/portal.$wasm_hash.wasm"
    fi
  else
    ok=0
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$ok" != 1 ]; then
    tail -n 30 "$dir/server.log" >&2
    return 1
  fi
}
