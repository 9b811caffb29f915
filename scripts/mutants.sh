#!/usr/bin/env bash
# Mutation testing of the timing core: plants small bugs in
# src/domain/countdown.rs, session.rs and timeline.rs with cargo-mutants and
# counts how many the domain's native tests catch. The goal is at least 95%
# of the viable mutants. Not part of scripts/test.sh: it builds and tests the
# domain crate once per mutant (about 300 of them): some 15 minutes with -j 1
# on two cores, after a first build.
#   scripts/mutants.sh          two jobs at a time
#   scripts/mutants.sh -j 1     other cargo-mutants options are passed on
# Results: target/mutants/mutants.out (missed.txt lists the mutants no test caught).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_MUTANTS_VERSION="27.1.0"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

if ! cargo mutants --version 2>/dev/null | grep -qF "$CARGO_MUTANTS_VERSION"; then
  echo "==> installing cargo-mutants $CARGO_MUTANTS_VERSION"
  cargo install cargo-mutants --version "$CARGO_MUTANTS_VERSION" --locked
fi

# A failing property test counts as a catch at once: no time spent shrinking.
export PROPTEST_MAX_SHRINK_ITERS=0

OUT="target/mutants"
ARGS=(-p unknot-domain
  -f src/domain/countdown.rs -f src/domain/session.rs -f src/domain/timeline.rs
  -o "$OUT")
if [[ " $* " != *" -j "* && " $* " != *" --jobs "* ]]; then
  ARGS+=(-j 2)
fi

# The timing core's own tests, and those of the modules built on it; the
# other modules' slow property tests would only add minutes per mutant.
TESTS=(countdown:: session:: timeline:: cues:: history::)

status=0
cargo mutants "${ARGS[@]}" "$@" -- -- "${TESTS[@]}" || status=$?

# cargo-mutants exits 2 when some mutants were missed and 3 on timeouts;
# anything else non-zero means it could not run.
if [[ $status -ne 0 && $status -ne 2 && $status -ne 3 ]]; then
  echo "cargo mutants failed (exit $status)" >&2
  exit "$status"
fi

# Lines in one of cargo-mutants' lists (0 when it is empty or absent).
count() {
  local file="$OUT/mutants.out/$1.txt"
  if [[ -s "$file" ]]; then grep -c . "$file"; else echo 0; fi
}
caught=$(count caught)
missed=$(count missed)
timeout=$(count timeout)
unviable=$(count unviable)
viable=$((caught + missed + timeout))
echo
echo "caught $caught, missed $missed, timeouts $timeout, unviable $unviable"
if [[ $viable -gt 0 ]]; then
  # A timeout is a mutant the tests noticed (they never finished), so it
  # counts as caught; the strict figure leaves timeouts out.
  echo "score: $(( (caught + timeout) * 1000 / viable / 10 )).$(( (caught + timeout) * 1000 / viable % 10 ))% of $viable viable mutants caught (strict: $((caught * 1000 / viable / 10)).$((caught * 1000 / viable % 10))%)"
fi
if [[ $missed -gt 0 ]]; then
  echo "missed:"
  sed 's/^/  /' "$OUT/mutants.out/missed.txt"
fi
