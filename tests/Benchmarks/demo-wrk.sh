#!/usr/bin/env bash
# A cross-domain query through `gateway serve --demo` at the default sizes (10,000 users, 50,000 orders,
# 500,000 play events): one user (registration) with their latest orders and lines (sales) and their
# listening summary and latest plays (player), measured with wrk: requests per second and p99 latency.
#
# A benchmark, not a test: nothing here passes or fails on timing. Run by hand:
#   tests/Benchmarks/demo-wrk.sh [--duration 15s] [--warmup 5s] [--connections 32] [--threads 2]
#                                [--data-dir DIR] [--no-build]
# Loopback only; the demo it starts is stopped on exit. The systems of record are generated into DIR
# (default ./data, as the demo does) the first time and reused afterwards.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

duration=15s
warmup=5s
connections=32
threads=2
data_dir="$repo/data"
build=true

while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --data-dir) data_dir="$2"; shift ;;
    --no-build) build=false ;;
    -h|--help) sed -n '6,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "demo-wrk.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

for tool in wrk curl dotnet ss; do
  command -v "$tool" >/dev/null 2>&1 || { echo "demo-wrk.sh: '$tool' is required" >&2; exit 2; }
done

work="$(mktemp -d)"
demo_pid=""
cleanup() {
  if [[ -n "$demo_pid" ]]; then
    kill "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

gateway_dir="$repo/src/Gateway/bin/Release/net10.0"
if $build; then
  echo "Building Release ..." >&2
  dotnet build -c Release --nologo -v q "$repo/src/Gateway/Gateway.csproj" >&2
fi

# A random loopback port nothing listens on.
for attempt in $(seq 1 200); do
  port=$(( 20000 + RANDOM % 40000 ))
  [[ -z "$(ss -Htln "sport = :$port")" ]] && break
done
url="http://127.0.0.1:$port/graphql"

# The gateway's per-request log lines would cost the measured process CPU.
Logging__LogLevel__Default=Warning "$gateway_dir/gateway" serve --demo --data-dir "$data_dir" --urls "http://127.0.0.1:$port" >"$work/demo.log" 2>&1 &
demo_pid=$!
echo "starting the demo (generating $data_dir the first time) ..." >&2
for attempt in $(seq 1 1200); do
  grep -q '^Serving the demo data mesh' "$work/demo.log" && break
  if ! kill -0 "$demo_pid" 2>/dev/null; then
    echo "demo-wrk.sh: the demo exited before serving:" >&2
    cat "$work/demo.log" >&2
    exit 1
  fi
  sleep 0.25
done
grep -m1 '^Generated\|^Systems of record' "$work/demo.log" >&2 || true

cat >"$work/query.json" <<'JSON'
{"query":"{ user(id: \"42\") { name country orders(limit: 3) { id orderedAt total { amount currency } lines { quantity product { name } } } listening { playCount totalListeningSeconds favouriteGenre } plays(limit: 5) { playedAt device track { title artist } } } }"}
JSON

# The query must answer 200 with data and no errors before it is measured.
status=$(curl -s -o "$work/check.json" -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary "@$work/query.json" "$url")
if [[ "$status" != 200 ]] || ! grep -q '"data"' "$work/check.json" || grep -q '"errors"' "$work/check.json"; then
  echo "demo-wrk.sh: the query answered $status instead of 200 with data:" >&2
  head -c 600 "$work/check.json" >&2; echo >&2
  exit 1
fi
echo "checked: 200, $(wc -c <"$work/check.json") bytes" >&2

# The load benchmark's wrk script: POSTs BODY_FILE and prints one RESULT line.
lua="$repo/tests/Gateway.LoadBenchmark/post.lua"
echo "warming up ($warmup)" >&2
BODY_FILE="$work/query.json" wrk -t"$threads" -c"$connections" -d"$warmup" -s "$lua" "$url" >/dev/null
echo "measuring (-t$threads -c$connections -d$duration)" >&2
result=$(BODY_FILE="$work/query.json" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$lua" "$url" | grep '^RESULT ')
echo "$result" >&2

rps=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$result")
p50=$(sed -n 's/.* p50_us=\([0-9]*\).*/\1/p' <<<"$result")
p99=$(sed -n 's/.* p99_us=\([0-9]*\).*/\1/p' <<<"$result")
errors=$(sed -n 's/.* status_errors=\([0-9]*\) socket_errors=\([0-9]*\).*/\1 + \2/p' <<<"$result")
echo
echo "| query | connections | requests/s | p50 ms | p99 ms | errors (status + socket) |"
echo "|---|---|---|---|---|---|"
awk -v c="$connections" -v rps="$rps" -v p50="$p50" -v p99="$p99" -v e="$errors" \
  'BEGIN { printf "| user 42 with orders, lines, listening and plays (3 subgraphs) | %s | %.0f | %.1f | %.1f | %s |\n", c, rps, p50 / 1000, p99 / 1000, e }'
