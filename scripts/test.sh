#!/usr/bin/env bash
# Installs what the tests need and runs every test layer, one summary line each.
# Exits non-zero if any layer fails.
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

phase "tools" ensure_build_tools
phase "browser" ensure_chromium
set +e

export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120

# The app built for https://host/unknot/, in dist-subpath/unknot/. The e2e
# server answers every route there with that build's index.html, as a host's
# SPA fallback for the sub-path would (a copy at the root, which the static
# server falls back to).
build_subpath() {
  rm -rf dist-subpath &&
    trunk build --release --public-url /unknot/ --dist dist-subpath/unknot &&
    cp dist-subpath/unknot/index.html dist-subpath/index.html
}

results=()
failed=0
not_run=0
# skip NAME WHY: a layer that cannot run because one it needs failed.
skip() {
  echo
  echo "==> $1: NOT RUN ($2)"
  results+=("NOT RUN  $1 ($2)")
  not_run=$((not_run + 1))
}
layer() {
  local name="$1"
  shift
  local start=$SECONDS
  echo
  echo "==> $name"
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - start)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=$((failed + 1))
  fi
}

layer "tidy (the layout rules in ARCHITECTURE.md)" node scripts/tidy.mjs
layer "format (cargo fmt --check)" cargo fmt --all --check
layer "lint, host (clippy -D warnings)" cargo clippy --workspace --all-targets --quiet -- -D warnings
layer "lint, wasm32 (clippy -D warnings)" cargo clippy -p unknot --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
layer "domain (native cargo test)" cargo test -p unknot-domain
layer "components (wasm-bindgen-test, headless Chromium)" cargo test -p unknot --target wasm32-unknown-unknown
# The end-to-end layer runs only on builds made now: a failed build would
# otherwise leave an older dist/ to be tested as if it were this code.
rm -rf dist
layer "release build (trunk)" trunk build --release
built=$failed
layer "release build under a sub-path (trunk --public-url /unknot/)" build_subpath
if [[ $failed == "$built" && -f dist/index.html && -f dist-subpath/unknot/index.html ]]; then
  layer "end to end (Playwright on dist/)" npx playwright test -c e2e/playwright.config.js
else
  skip "end to end (Playwright on dist/)" "a release build failed"
  failed=$((failed + 1))
fi

echo
echo "Summary:"
printf '  %s\n' "${results[@]}"
total=${#results[@]}
[[ $not_run == 0 ]] || echo "($not_run layer(s) not run, counted as failed)"
echo "layers: $((total - failed)) passed, $failed failed"
[[ $failed == 0 ]]
