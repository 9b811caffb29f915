#!/usr/bin/env bash
# Measures Unknot beside a plain-JavaScript countdown (bench/baseline/):
# bytes, load under mobile emulation, the cost of a running timer, timing
# exactness and memory, with headless Chromium through CDP. Not a test: it
# prints figures (and bench/results/latest.json); docs/PERFORMANCE.md has the
# budget they are held to.
#   scripts/bench.sh           full run (about 15 minutes, includes two real 3-minute routines)
#   scripts/bench.sh --quick   skips the 3-minute parts, fewer repeats (about 3 minutes)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

phase "tools" ensure_build_tools
phase "browser" ensure_chromium
phase "release build" trunk build --release
phase "bench" node bench/run.mjs "$@"
