#!/usr/bin/env bash
# Benchmarks (not tests): builds a release, generates a synthetic national dataset
# (2.7 million postcodes, 5,000 neighbourhoods of 300 vertices), imports it and prints import
# speed, the server's memory, in-process lookup speed, and HTTP throughput and latency of
# /api/postcodes/{postcode} beside a constant axum handler (wrk, 64 connections, loopback).
# Extra arguments go to portal-bench (see `portal-bench --help`), e.g. --postcodes 100000.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

if ! command -v wrk >/dev/null; then
  step "Installing wrk (Debian package), the load generator"
  apt_install wrk
fi

step "Building a release"
cargo build --release -p server --bins

step "Running the benchmark (several minutes at full size)"
"$CARGO_TARGET_DIR/release/portal-bench" --work "$ROOT/target/bench" "$@"
