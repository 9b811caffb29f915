#!/usr/bin/env bash
# Builds Unknot and serves it on http://127.0.0.1:8080, installing any missing tool first.
#   scripts/serve.sh         release build, served like production (compressed, SPA fallback)
#   scripts/serve.sh --dev   debug build with Trunk's dev server and live reload
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

phase "tools" ensure_build_tools

if [[ "${1:-}" == "--dev" ]]; then
  exec trunk serve
fi

phase "release build" trunk build --release
echo "Serving dist/ on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec node scripts/static-server.mjs dist 8080
