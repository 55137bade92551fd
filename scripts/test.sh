#!/usr/bin/env bash
# Sets everything up and runs every test: formatting and lints, the core's native unit, golden
# and property tests, the release build with its size budget, and the end-to-end tests that
# drive the built app in Debian's headless Chromium. Screenshots go to tests/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
started=$(date +%s)
step() { printf '\n== %s\n' "$*"; }

bash scripts/setup.sh --browser

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (core natively, app for wasm32)"
cargo clippy -p jaring-core --all-targets -- -D warnings
cargo clippy -p jaring --target wasm32-unknown-unknown -- -D warnings

step "core tests (unit, golden, property, tidy)"
cargo test -p jaring-core

step "app tests (snapshots of each page's output in both languages), natively"
cargo clippy -p jaring --tests -- -D warnings
cargo test -p jaring

step "release build"
bash scripts/build.sh

step "bundle sizes, and what a first visit to each bundle transfers (budgets 250 / 450 KB gzip)"
node scripts/size.mjs
node scripts/transfer.mjs --check

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/*.test.mjs

step "all tests passed in $(( $(date +%s) - started )) s"
