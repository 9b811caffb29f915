#!/usr/bin/env bash
# Shared set-up for scripts/serve.sh, scripts/test.sh and scripts/bench.sh.
# Source it; each ensure_* installs one missing tool and is quick when the
# tool is already there, so every command can call them all.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

TRUNK_VERSION="0.21.14"
# wasm-split-cli (crate wasm_split_cli_support) splits release builds at page
# boundaries (scripts/split-wasm.mjs); the CLI has no --version, so the check
# asks cargo what it installed.
WASM_SPLIT_VERSION="0.2.4"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"

export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Playwright must use Debian's Chromium, never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# phase NAME CMD...: runs CMD and prints how long it took.
phase() {
  local name="$1"
  shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  echo "==> $name: done in $((SECONDS - start)) s"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    echo "Installing trunk $TRUNK_VERSION (compiles from source, about 9 minutes)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]] ||
    ! command -v wasm-bindgen-test-runner >/dev/null; then
    echo "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (compiles from source, about 6 minutes)"
    # Not --locked: the CLI's own lockfile pins a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_wasm_split() {
  if ! command -v wasm-split-cli >/dev/null ||
    ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    echo "Installing wasm-split-cli $WASM_SPLIT_VERSION (compiles from source, about 2 minutes)"
    cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
  fi
}

# npm packages: binaryen (wasm-opt 132 for Trunk) and Playwright.
ensure_node_modules() {
  local stamp="node_modules/.unknot-installed"
  if [[ ! -f "$stamp" || package-lock.json -nt "$stamp" || package.json -nt "$stamp" ]]; then
    npm ci --no-audit --no-fund
    touch "$stamp"
  fi
}

# Debian's Chromium and its driver, for wasm-bindgen-test and Playwright.
ensure_chromium() {
  if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    return
  fi
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  else
    echo "The browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
    echo "Install them, e.g. on Debian: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_split
}
