#!/usr/bin/env bash
# Measures Unknot beside a plain-JavaScript countdown (bench/baseline/):
# bytes (per file and per wasm module), load under mobile emulation, the first
# open of each page inside the app, the cost of a running timer, timing
# exactness and memory, with headless Chromium through CDP. Not a test: it
# prints figures (and bench/results/latest.json); docs/PERFORMANCE.md has the
# budget they are held to.
#   scripts/bench.sh           full run (about 17 minutes, includes two real 3-minute routines)
#   scripts/bench.sh --quick   skips the 3-minute parts, fewer repeats (about 4 minutes)
#   BENCH_BEFORE=<dir> scripts/bench.sh [--quick]
#                              also measures another build (e.g. the previous commit's dist/, copied
#                              elsewhere first) as "before", for a before/after table from one run
#   BENCH_PHASES=load,routes scripts/bench.sh --quick
#                              only some phases (load, routes, cost, exact)
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

phase "tools" ensure_build_tools
phase "browser" ensure_chromium
phase "release build" trunk build --release
phase "bench" node bench/run.mjs "$@"
