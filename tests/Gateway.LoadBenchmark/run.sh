#!/usr/bin/env bash
# The HTTP load benchmark (issue 3): `{ __typename }` and a 100-object query against `gateway serve --mock`,
# side by side in one run with a bare ASP.NET Core endpoint that only parses the JSON body and writes a
# fixed response (the ceiling on this machine). Prints a Markdown table and writes it to results.md.
#
# A benchmark, not a test: nothing here passes or fails on timing. Run by hand or by the integrator:
#   tests/Gateway.LoadBenchmark/run.sh [--bare-only] [--duration 15s] [--warmup 5s] [--connections 32]
#                                      [--threads 2] [--rounds 1] [--no-build]
# Loopback only; every process it starts is stopped on exit. Both servers inherit the environment, so
# e.g. Logging__LogLevel__Default=Warning turns the gateway's per-request log lines off for a run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
fixtures="$here/Fixtures"

bare_only=false
duration=15s
warmup=5s
connections=32
threads=2
rounds=1
build=true

usage() {
  sed -n '6,8p' "$0" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --bare-only) bare_only=true ;;
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --rounds) rounds="$2"; shift ;;
    --no-build) build=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# --- tools -------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is missing; installing it from Debian's packages" >&2
  if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null
  fi
fi
for tool in curl dotnet ss awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: '$tool' is required" >&2; exit 2; }
done

# The work folder, process tracking (stopped on any exit), free_port, cpu_ticks, ms, ratio, verdict.
# shellcheck source=../Benchmarks/shared.sh
source "$here/../Benchmarks/shared.sh"

# --- build ----------------------------------------------------------------------------------------------
bare_dir="$here/BareEndpoint/bin/Release/net10.0"
gateway_dir="$repo/src/Gateway/bin/Release/net10.0"
if $build; then
  echo "Building Release ..." >&2
  dotnet build -c Release --nologo -v q "$here/BareEndpoint/Gateway.LoadBenchmark.BareEndpoint.csproj" >&2
  if ! $bare_only; then
    dotnet build -c Release --nologo -v q "$repo/src/Gateway/Gateway.csproj" >&2
  fi
fi

# Waits until URL answers 200 (at most 60 s), and gives up early if the server process has exited.
wait_ready() {
  wait_until "$3" "$2" "was not ready at $1" answers_200 "$1"
}

answers_200() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" == 200 ]]
}

# Starts the server's executable (the apphost when the build made one, else `dotnet X.dll`); its id in $pid.
start_server() {
  local name="$1" dir="$2" assembly="$3"; shift 3
  if [[ -x "$dir/$assembly" ]]; then
    "$dir/$assembly" "$@" >"$work/$name.log" 2>&1 &
  else
    dotnet "$dir/$assembly.dll" "$@" >"$work/$name.log" 2>&1 &
  fi
  pid=$!
  pids+=("$pid")
}

free_port
bare_url="http://127.0.0.1:$port"
start_server bare "$bare_dir" bare-endpoint --urls "$bare_url"
bare_pid=$pid
wait_ready "$bare_url/health/ready" "$pid" bare

if ! $bare_only; then
  free_port
  gateway_url="http://127.0.0.1:$port"
  start_server gateway "$gateway_dir" gateway serve \
    --mock "$fixtures/schema.graphql" --examples "$fixtures/examples.json" --urls "$gateway_url"
  gateway_pid=$pid
  wait_ready "$gateway_url/health/ready" "$pid" gateway
fi

# --- targets: name | URL | body | server process ------------------------------------------------------
targets=("bare { __typename }|$bare_url/graphql|$fixtures/typename.json|$bare_pid")
if ! $bare_only; then
  targets+=("gateway { __typename }|$gateway_url/graphql|$fixtures/typename.json|$gateway_pid")
  targets+=("gateway 100 objects|$gateway_url/graphql|$fixtures/items-100.json|$gateway_pid")
fi

# Each target must answer its request with 200 and data before it is measured: a benchmark of error
# responses would measure the wrong thing.
for target in "${targets[@]}"; do
  IFS='|' read -r name url body server <<<"$target"
  status=$(curl -s -o "$work/check.json" -w '%{http_code}' --max-time 10 -X POST \
    -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json, application/json' \
    --data-binary "@$body" "$url")
  if [[ "$status" != 200 ]] || ! grep -q '"data"' "$work/check.json" || grep -q '"errors"' "$work/check.json"; then
    echo "run.sh: $name answered $status instead of 200 with data:" >&2
    head -c 600 "$work/check.json" >&2; echo >&2
    exit 1
  fi
  echo "checked $name: 200, $(wc -c <"$work/check.json") bytes" >&2
done

run_wrk() {
  local url="$1" body="$2" length="$3"
  BODY_FILE="$body" wrk -t"$threads" -c"$connections" -d"$length" --latency -s "$here/post.lua" "$url"
}

# --- measure ----------------------------------------------------------------------------------------
for target in "${targets[@]}"; do
  IFS='|' read -r name url body server <<<"$target"
  echo "warming up $name ($warmup)" >&2
  run_wrk "$url" "$body" "$warmup" >/dev/null
done

# Rounds run every target in turn, so a burst of load from elsewhere on a shared machine touches all
# targets alike; with several rounds the table reports each column's median over the rounds.
: >"$work/results.txt"
for round in $(seq 1 "$rounds"); do
  for index in "${!targets[@]}"; do
    IFS='|' read -r name url body server <<<"${targets[$index]}"
    echo "round $round/$rounds: $name (-t$threads -c$connections -d$duration)" >&2
    cpu_before=$(cpu_ticks "$server")
    line=$(run_wrk "$url" "$body" "$duration" | tee -a "$work/wrk-$index.txt" | grep '^RESULT ' || true)
    cpu_after=$(cpu_ticks "$server")
    if [[ -z "$line" ]]; then
      echo "run.sh: wrk printed no result for $name:" >&2
      cat "$work/wrk-$index.txt" >&2
      exit 1
    fi
    # Server CPU per request: much less sensitive than throughput to other load on a shared machine,
    # since time spent waiting for a core is not counted.
    requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<<"$line")
    cpu_us=$(awk -v t="$((cpu_after - cpu_before))" -v hz="$clock_ticks" -v n="$requests" \
      'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')
    echo "$index $line cpu_us_per_request=$cpu_us" >>"$work/results.txt"
  done
done

# The median over rounds of one field of target INDEX's RESULT lines (the lower middle one for an even
# count). Each column takes its own median, so one disturbed round moves no column much.
median() {
  grep "^$1 " "$work/results.txt" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p" | sort -g \
    | awk -v n="$rounds" 'NR == int((n + 1) / 2) { print }'
}

# The sum over rounds of one field: errors are never smoothed away.
total() {
  grep "^$1 " "$work/results.txt" | sed -n "s/.* $2=\([0-9]*\).*/\1/p" | awk '{ sum += $1 } END { print sum + 0 }'
}

{
  echo "# HTTP load benchmark"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)," \
    "$(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)." \
    "wrk -t$threads -c$connections -d$duration --latency, warm-up $warmup per target, $rounds round(s)" \
    "(each column the median over rounds). Client and servers share the machine's cores."
  echo
  echo "| target | requests/s | p50 ms | p90 ms | p99 ms | max ms | server CPU µs/request | errors, all rounds (status/socket) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for index in "${!targets[@]}"; do
    IFS='|' read -r name url body server <<<"${targets[$index]}"
    printf '| `%s` | %.0f | %s | %s | %s | %s | %s | %s/%s |\n' "$name" "$(median "$index" rps)" \
      "$(ms "$(median "$index" p50_us)")" "$(ms "$(median "$index" p90_us)")" "$(ms "$(median "$index" p99_us)")" \
      "$(ms "$(median "$index" max_us)")" "$(median "$index" cpu_us_per_request)" "$(total "$index" status_errors)" "$(total "$index" socket_errors)"
  done
  if ! $bare_only; then
    throughput=$(ratio "$(median 1 rps)" "$(median 0 rps)")
    p99=$(ratio "$(median 1 p99_us)" "$(median 0 p99_us)")
    items_throughput=$(ratio "$(median 2 rps)" "$(median 0 rps)")
    items_p99=$(ratio "$(median 2 p99_us)" "$(median 0 p99_us)")
    cpu=$(ratio "$(median 1 cpu_us_per_request)" "$(median 0 cpu_us_per_request)")
    echo
    echo "| ratio to the bare endpoint | value | target | |"
    echo "|---|---:|---:|---|"
    echo "| \`{ __typename }\` throughput | $throughput | >= 0.80 | $(verdict "$throughput" 0.8 '>=') |"
    echo "| \`{ __typename }\` p99 latency | $p99 | <= 1.50 | $(verdict "$p99" 1.5 '<=') |"
    echo "| \`{ __typename }\` server CPU per request | $cpu | (none) | |"
    echo "| 100 objects throughput | $items_throughput | (none) | |"
    echo "| 100 objects p99 latency | $items_p99 | (none) | |"
  fi
} | tee "$here/results.md"
