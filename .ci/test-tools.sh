#!/usr/bin/env bash
# Installs the npm tools that only tests use (pyright, bun, deno, skills-ref, claude) from .ci/test-tools's lock
# into a cache folder outside the project, so that a user's `npm ci` stays small. Tests find them through
# test/support/tools.ts (testTool). Reinstalls only when the lock file changes.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${SDKGEN_TEST_TOOLS:-$HOME/.cache/sdkgen-test-tools}
mkdir -p "$dir"
stamp=$(sha256sum .ci/test-tools/package-lock.json .ci/test-tools/package.json | sha256sum | cut -c1-16)
if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
  cp .ci/test-tools/package.json .ci/test-tools/package-lock.json "$dir/"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$stamp" > "$dir/.stamp"
fi
