#!/usr/bin/env bash
# Wall time and peak memory of sdkgen against @hey-api/openapi-ts on the same spec, run A B A B.
#   (A) sdkgen generate --spec SPEC --out DIR   (no config: the TypeScript client + skill docs in five languages)
#   (B) openapi-ts -i SPEC -o DIR -c @hey-api/client-fetch   (its TypeScript client)
# hey-api is installed into a temporary folder, never into this project's dependencies.
#
# Usage: bench/compare-hey-api.sh [SPEC]        (default: ../shared/specs/telnyx/openapi-2026-07-16.yml)
# Environment:
#   ROUNDS=2                  how many A B pairs
#   SDKGEN_TARGETS=skills     pass --targets to sdkgen (e.g. while a target is not there yet)
#   HEY_API_VERSION=0.99      the @hey-api/openapi-ts version to install
#   KEEP_TMP=1                keep the temporary folder (outputs, logs) for a look afterwards
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
spec="$(realpath "${1:-$repo/../shared/specs/telnyx/openapi-2026-07-16.yml}")"
rounds="${ROUNDS:-2}"
hey_version="${HEY_API_VERSION:-0.99}"
results_dir="$repo/bench/results"

[[ -f "$spec" ]] || { echo "no spec at $spec" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

tmp="$(mktemp -d "${TMPDIR:-/tmp}/sdkgen-bench-XXXXXX")"
if [[ "${KEEP_TMP:-}" == 1 ]]; then echo "temporary folder: $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi

echo "== installing @hey-api/openapi-ts@$hey_version (and its peer typescript) into $tmp/hey-api"
mkdir -p "$tmp/hey-api"
echo '{ "private": true }' >"$tmp/hey-api/package.json"
(cd "$tmp/hey-api" && npm install --no-audit --no-fund --loglevel=error "@hey-api/openapi-ts@$hey_version" "typescript@5.9" >/dev/null 2>"$tmp/hey-api-install.log") ||
  { cat "$tmp/hey-api-install.log" >&2; exit 1; }
hey_bin="$tmp/hey-api/node_modules/.bin/openapi-ts"
hey_installed="$(node -p "require('$tmp/hey-api/node_modules/@hey-api/openapi-ts/package.json').version")"

echo "== building sdkgen (npm run build)"
if ! (cd "$repo" && npm run --silent build >"$tmp/build.log" 2>&1); then
  # tsc still emits with type errors elsewhere; a missing dist/cli.js is what stops us.
  echo "   warning: the build reported errors (see below); running what dist/ holds" >&2
  sed 's/^/   /' "$tmp/build.log" >&2
fi
[[ -f "$repo/dist/cli.js" ]] || { echo "dist/cli.js missing after the build" >&2; exit 1; }

sdkgen_args=(generate --spec "$spec" --out "$tmp/sdkgen-out" --quiet)
[[ -n "${SDKGEN_TARGETS:-}" ]] && sdkgen_args+=(--targets "$SDKGEN_TARGETS")

# run NAME LOG COMMAND… → appends "NAME wall_s rss_kb exit files bytes" to $tmp/runs.tsv
run() {
  local name="$1" out="$2"
  shift 2
  rm -rf "$out"
  local status=0
  /usr/bin/time -f '%e %M' -o "$tmp/time.txt" "$@" >"$tmp/$name.log" 2>&1 || status=$?
  local files=0 bytes=0
  if [[ -d "$out" ]]; then
    files="$(find "$out" -type f | wc -l)"
    bytes="$(du -sb "$out" | cut -f1)"
  fi
  # GNU time prints "Command exited with non-zero status N" before the numbers when the command fails.
  read -r wall rss < <(tail -n 1 "$tmp/time.txt")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$wall" "$rss" "$status" "$files" "$bytes" >>"$tmp/runs.tsv"
  printf '   %-7s %7.2f s %8.0f MiB  exit %s  %6s files %8.1f MiB\n' "$name" "$wall" "$((rss / 1024))" "$status" "$files" "$(echo "$bytes / 1048576" | bc -l)"
  if [[ "$status" != 0 ]]; then sed 's/^/           | /' "$tmp/$name.log" | tail -n 5; fi
}

: >"$tmp/runs.tsv"
echo "== $rounds rounds of A (sdkgen) then B (hey-api) on $(basename "$spec")"
for ((i = 1; i <= rounds; i++)); do
  run sdkgen "$tmp/sdkgen-out" node "$repo/bin/sdkgen.js" "${sdkgen_args[@]}"
  run hey-api "$tmp/hey-out" "$hey_bin" -i "$spec" -o "$tmp/hey-out" -c @hey-api/client-fetch --no-log-file --silent
done

summary() {
  awk -F'\t' -v name="$1" '
    $1 == name { n++; wall += $2; if ($2 > maxw) maxw = $2; if (minw == "" || $2 < minw) minw = $2; if ($3 > rss) rss = $3; if ($4 != 0) failed++ }
    END { printf "%-8s runs %d  wall mean %.2f s (min %.2f, max %.2f)  peak RSS %.0f MiB%s\n", name, n, wall / n, minw, maxw, rss / 1024, failed ? "  FAILED " failed "x" : "" }
  ' "$tmp/runs.tsv"
}

mkdir -p "$results_dir"
report="$results_dir/compare-hey-api-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "spec: $spec ($(du -h "$spec" | cut -f1))"
  echo "node $(node --version), $(nproc) cores; sdkgen $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?'); @hey-api/openapi-ts $hey_installed"
  echo "sdkgen: ${sdkgen_args[*]}"
  echo "hey-api: openapi-ts -i SPEC -o DIR -c @hey-api/client-fetch"
  summary sdkgen
  summary hey-api
  echo "runs (name, wall s, peak RSS KiB, exit, files, bytes):"
  cat "$tmp/runs.tsv"
} | tee "$report"
echo "report: $report"
awk -F'\t' '$4 != 0 { bad = 1 } END { exit bad }' "$tmp/runs.tsv"
