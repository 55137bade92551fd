#!/usr/bin/env bash
# Builds the complete release site into dist/: both bundles (public and planner), each page's entry
# HTML, and the service worker. Expects the tools of scripts/setup.sh (serve.sh and test.sh run it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The planner's entry is the public one with the other bundle named: one source for both.
sed -e 's/data-bundle="public"/data-bundle="planner"/' -e 's/data-bin="public"/data-bin="planner"/' \
  www/index.html > www/planner.html

trunk build --release=true --dist target/site/public www/index.html
trunk build --release=true --dist target/site/planner www/planner.html
node scripts/assemble.mjs
