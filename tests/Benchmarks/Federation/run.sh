#!/usr/bin/env bash
# The federation benchmark (issue 4): our gateway (`gateway serve --supergraph`, Release) against
# @apollo/gateway 2.14.4 in one run, over the same four Node subgraphs on the same machine, on
#   (a) two-subgraph-join       products -> reviews entity join, about 5 KB
#   (b) four-subgraph-requires  products -> inventory (@requires) and reviews -> accounts, about 50 KB
# Prints a Markdown table (also written to results.md, not committed): throughput, p50 and p99 at
# --connections, peak RSS, p50 at one connection and the gateway's overhead there, the ratios to Apollo
# Gateway with the issue's targets, and our gateway's query-plan statistics.
#
# A benchmark, not a test: nothing here passes or fails on timing. Run by hand:
#   tests/Benchmarks/Federation/run.sh [--duration 10s] [--warmup 20s] [--connections 32] [--threads 2]
#                                      [--direct-duration 3s] [--only ours|apollo] [--policy] [--rounds 6]
#                                      [--round-duration 5s] [--no-build]
# --policy adds a third gateway, ours-policy: our gateway with a data contract that masks a third of the
# fields the operations read (policy/contract.yaml; the requests carry no token, so every masked value is
# masked), and a table of its ratios to our gateway without it (target: throughput at least 0.95 times).
# With --policy the two are also measured side by side: both serve at once and take turns, --rounds times each
# for --round-duration (who goes first alternates), so both meet the same background load; on a shared machine
# that comparison resolves a few percent where one gateway after the other does not.
# Loopback only; every process it starts is stopped on exit. Each gateway serves each scenario from a
# fresh process, so its peak RSS (VmHWM) belongs to that scenario alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
post_lua="$repo/tests/Gateway.LoadBenchmark/post.lua"

duration=10s
# Long enough for .NET's tiered JIT (with dynamic PGO) and V8's to reach their optimized code: on a busy
# two-core machine our gateway still used several times its steady CPU per request after 5 s.
warmup=20s
connections=32
threads=2
direct_duration=3s
only=""
policy=false
rounds=6
round_duration=5s
build=true

usage() {
  sed -n '10,19p' "$0" | sed 's/^# \{0,1\}//'
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --direct-duration) direct_duration="$2"; shift ;;
    --only) only="$2"; shift ;;
    --policy) policy=true ;;
    --rounds) rounds="$2"; shift ;;
    --round-duration) round_duration="$2"; shift ;;
    --no-build) build=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
case "$only" in ""|ours|apollo) ;; *) echo "run.sh: --only takes ours or apollo" >&2; exit 2 ;; esac

for tool in wrk curl dotnet node npm ss awk; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: '$tool' is required" >&2; exit 2; }
done

# The work folder, process tracking (stopped on any exit), free_port, cpu_ticks, ms, ratio, verdict.
# shellcheck source=../shared.sh
source "$here/../shared.sh"

# --- build ----------------------------------------------------------------------------------------------
if [[ ! -d "$here/node_modules" ]]; then
  echo "Installing the Node peers (npm ci) ..." >&2
  (cd "$here" && npm ci --no-audit --no-fund >&2)
fi
gateway_dir="$repo/src/Gateway/bin/Release/net10.0"
if $build && [[ "$only" != apollo ]]; then
  echo "Building the gateway in Release ..." >&2
  dotnet build -c Release --nologo -v q "$repo/src/Gateway/Gateway.csproj" >&2
fi

# Starts a command in the background with its output in $work/NAME.log; its id in $pid.
start() {
  local name="$1"; shift
  "$@" >"$work/$name.log" 2>&1 &
  pid=$!
  pids+=("$pid")
}

# Waits (at most 60 s) until the log of NAME holds PATTERN; gives up early if the process has exited.
wait_for_line() {
  wait_until "$1" "$2" "printed no '$3'" grep -q -- "$3" "$work/$1.log"
}

# Stops a process we started and waits for it (so its shutdown output is complete).
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# --- subgraphs and the supergraph -----------------------------------------------------------------------
subgraphs=(products inventory reviews accounts)
declare -A subgraph_url
compose_arguments=()
for name in "${subgraphs[@]}"; do
  free_port
  start "subgraph-$name" node "$here/subgraph-server.mjs" "$name" "$port"
  wait_for_line "subgraph-$name" "$pid" "^http://"
  subgraph_url[$name]="http://127.0.0.1:$port/graphql"
  compose_arguments+=("$name=${subgraph_url[$name]}")
done
supergraph="$work/supergraph.graphql"
node "$here/compose.mjs" "$supergraph" "${compose_arguments[@]}"
echo "composed $supergraph from ${#subgraphs[@]} subgraphs" >&2

# --- gateways: name | how to start one on $port | its GraphQL URL on $port ------------------------------
start_gateway() {
  local gateway="$1"
  free_port
  case "$gateway" in
    ours)
      url="http://127.0.0.1:$port/graphql"
      start "$gateway" "$gateway_dir/gateway" serve --supergraph "$supergraph" --urls "http://127.0.0.1:$port"
      wait_for_line "$gateway" "$pid" "^Serving the supergraph" ;;
    ours-policy)
      url="http://127.0.0.1:$port/graphql"
      start "$gateway" "$gateway_dir/gateway" serve --supergraph "$supergraph" --urls "http://127.0.0.1:$port" \
        --contracts "$here/policy/product.yaml" "$here/policy/contract.yaml"
      wait_for_line "$gateway" "$pid" "^Serving the supergraph" ;;
    apollo)
      url="http://127.0.0.1:$port/"
      start "$gateway" env NODE_ENV=production APOLLO_TELEMETRY_DISABLED=true \
        node "$here/apollo-gateway.mjs" "$supergraph" "$port"
      wait_for_line "$gateway" "$pid" "^http://" ;;
  esac
}

gateways=(ours apollo)
[[ -n "$only" ]] && gateways=("$only")
if $policy && [[ "$only" != apollo ]]; then
  # Right after ours, so the two runs of our gateway share the machine's state as closely as possible.
  with_policy=()
  for gateway in "${gateways[@]}"; do
    with_policy+=("$gateway")
    [[ "$gateway" == ours ]] && with_policy+=(ours-policy)
  done
  gateways=("${with_policy[@]}")
fi
scenarios=(two-subgraph-join four-subgraph-requires)

run_wrk() {
  local url="$1" body="$2" length="$3" wrk_connections="$4" wrk_threads="$5"
  BODY_FILE="$body" wrk -t"$wrk_threads" -c"$wrk_connections" -d"$length" --latency -s "$post_lua" "$url" \
    | grep '^RESULT ' || { echo "run.sh: wrk printed no result for $url" >&2; exit 1; }
}

field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<<"$1"; }

# Sends BODY to URL once; fails the run unless the answer is 200 with data and no errors (a benchmark of
# error responses would measure the wrong thing). The answer is left in $work/answer.json.
check_answer() {
  local name="$1" url="$2" body="$3" status
  status=$(curl -s -o "$work/answer.json" -w '%{http_code}' --max-time 10 -X POST \
    -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json, application/json' \
    --data-binary "@$body" "$url")
  if [[ "$status" != 200 ]] || ! grep -q '"data"' "$work/answer.json" || grep -q '"errors"' "$work/answer.json"; then
    echo "run.sh: $name answered $status instead of 200 with data:" >&2
    head -c 600 "$work/answer.json" >&2; echo >&2
    exit 1
  fi
}

# The subgraph requests one gateway request makes: every subgraph's GET /seen is emptied, the operation
# sent once, and the bodies each subgraph then saw are written to $work/direct-KEY-N.json, with one line
# "URL FILE" per request in $work/direct-KEY.txt.
record_fetches() {
  local key="$1" url="$2" body="$3" name
  for name in "${subgraphs[@]}"; do curl -s "${subgraph_url[$name]%/graphql}/seen" >/dev/null; done
  check_answer "$key" "$url" "$body"
  : >"$work/direct-$key.txt"
  for name in "${subgraphs[@]}"; do
    curl -s "${subgraph_url[$name]%/graphql}/seen" >"$work/seen.json"
    node -e '
      const [seenFile, prefix, url] = process.argv.slice(1);
      const fs = require("node:fs");
      const start = fs.existsSync(`${prefix}.txt`) ? fs.readFileSync(`${prefix}.txt`, "utf8").split("\n").filter(Boolean).length : 0;
      JSON.parse(fs.readFileSync(seenFile, "utf8")).forEach((body, i) => {
        const file = `${prefix}-${start + i}.json`;
        fs.writeFileSync(file, body);
        fs.appendFileSync(`${prefix}.txt`, `${url} ${file}\n`);
      });' "$work/seen.json" "$work/direct-$key" "${subgraph_url[$name]}"
  done
}

# Cold plans in a warm process: the operation sent $cold_plans times, each time with a different trailing
# comment, so each is a new document and is planned anew. The first plan of a process also compiles the
# planner's code; these show the planning time itself (the fastest in the statistics line).
cold_plans=5
plan_cold_variants() {
  local key="$1" url="$2" body="$3" index
  for index in $(seq 1 "$cold_plans"); do
    node -e '
      const fs = require("node:fs");
      const [source, target, index] = process.argv.slice(1);
      const request = JSON.parse(fs.readFileSync(source, "utf8"));
      request.query += ` # cold plan ${index}`;
      fs.writeFileSync(target, JSON.stringify(request));' "$body" "$work/cold-plan.json" "$index"
    check_answer "$key (cold plan $index)" "$url" "$work/cold-plan.json"
  done
}

# --- measure -----------------------------------------------------------------------------------------
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A result
for scenario in "${scenarios[@]}"; do
  body="$here/operations/$scenario.json"
  for gateway in "${gateways[@]}"; do
    key="$gateway-$scenario"
    start_gateway "$gateway"
    gateway_pid=$pid
    check_answer "$key" "$url" "$body"
    cp "$work/answer.json" "$work/answer-$key.json"
    echo "checked $key: 200, $(wc -c <"$work/answer-$key.json") bytes" >&2

    echo "$key: warm-up $warmup, then -c$connections -d$duration, then -c1 -d$duration" >&2
    run_wrk "$url" "$body" "$warmup" "$connections" "$threads" >/dev/null
    cpu_before=$(cpu_ticks "$gateway_pid")
    result[$key-load]=$(run_wrk "$url" "$body" "$duration" "$connections" "$threads")
    cpu_after=$(cpu_ticks "$gateway_pid")
    result[$key-cpu-us]=$(awk -v t="$((cpu_after - cpu_before))" -v hz="$clock_ticks" -v n="$(field "${result[$key-load]}" requests)" \
      'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')
    result[$key-single]=$(run_wrk "$url" "$body" "$duration" 1 1)
    result[$key-hwm]=$(awk '/^VmHWM:/ { print $2 }' "/proc/$gateway_pid/status")
    if [[ "$gateway" == ours* ]]; then
      plan_cold_variants "$key" "$url" "$body"
    fi

    # The same requests sent straight to the subgraphs, one connection: what the subgraphs cost.
    record_fetches "$key" "$url" "$body"
    subgraph_us=0
    fetches=0
    while read -r fetch_url fetch_body; do
      line=$(run_wrk "$fetch_url" "$fetch_body" "$direct_duration" 1 1)
      subgraph_us=$(( subgraph_us + $(field "$line" p50_us) ))
      fetches=$(( fetches + 1 ))
    done <"$work/direct-$key.txt"
    result[$key-subgraph-us]=$subgraph_us
    result[$key-fetches]=$fetches

    stop "$gateway_pid"
    result[$key-plans]=$(grep -m1 '^Query plans:' "$work/$gateway.log" || true)
  done
  if [[ -z "$only" ]] && ! cmp -s <(tr -d '\n' <"$work/answer-ours-$scenario.json") <(tr -d '\n' <"$work/answer-apollo-$scenario.json"); then
    echo "run.sh: warning: the gateways' answers to $scenario differ" >&2
  fi
done

# --- with and without the contract, side by side ----------------------------------------------------------
# Both gateways serve at once; each round runs wrk against one, then the other (the first of a round alternates),
# adding up requests and CPU time per gateway.
if $policy && [[ "$only" != apollo ]]; then
  for scenario in "${scenarios[@]}"; do
    body="$here/operations/$scenario.json"
    declare -A turn_url turn_pid
    for gateway in ours ours-policy; do
      start_gateway "$gateway"
      turn_url[$gateway]=$url
      turn_pid[$gateway]=$pid
      check_answer "$gateway-$scenario (side by side)" "$url" "$body"
      run_wrk "$url" "$body" "$warmup" "$connections" "$threads" >/dev/null
    done
    echo "$scenario side by side: $rounds rounds of $round_duration each" >&2
    for gateway in ours ours-policy; do
      result[turns-$gateway-$scenario-requests]=0
      result[turns-$gateway-$scenario-ticks]=0
      result[turns-$gateway-$scenario-seconds]=0
    done
    for round in $(seq 1 "$rounds"); do
      order=(ours ours-policy)
      (( round % 2 == 0 )) && order=(ours-policy ours)
      for gateway in "${order[@]}"; do
        cpu_before=$(cpu_ticks "${turn_pid[$gateway]}")
        line=$(run_wrk "${turn_url[$gateway]}" "$body" "$round_duration" "$connections" "$threads")
        cpu_after=$(cpu_ticks "${turn_pid[$gateway]}")
        requests=$(field "$line" requests)
        seconds=$(awk -v us="$(field "$line" duration_us)" 'BEGIN { printf "%.6f", us / 1e6 }')
        result[turns-$gateway-$scenario-requests]=$(( ${result[turns-$gateway-$scenario-requests]} + requests ))
        result[turns-$gateway-$scenario-ticks]=$(( ${result[turns-$gateway-$scenario-ticks]} + cpu_after - cpu_before ))
        result[turns-$gateway-$scenario-seconds]=$(awk -v a="${result[turns-$gateway-$scenario-seconds]}" -v b="$seconds" 'BEGIN { printf "%.6f", a + b }')
      done
    done
    for gateway in ours ours-policy; do
      stop "${turn_pid[$gateway]}"
      result[turns-$gateway-$scenario-rps]=$(awk -v r="${result[turns-$gateway-$scenario-requests]}" -v s="${result[turns-$gateway-$scenario-seconds]}" \
        'BEGIN { printf "%.0f", (s > 0 ? r / s : 0) }')
      result[turns-$gateway-$scenario-cpu-us]=$(awk -v t="${result[turns-$gateway-$scenario-ticks]}" -v hz="$clock_ticks" \
        -v n="${result[turns-$gateway-$scenario-requests]}" 'BEGIN { printf "%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')
    done
    unset turn_url turn_pid
  done
fi

# --- report ---------------------------------------------------------------------------------------------
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
overhead_us() { awk -v g="$(field "${result[$1-single]}" p50_us)" -v s="${result[$1-subgraph-us]}" 'BEGIN { print g - s }'; }

{
  echo "# Federation benchmark: our gateway and Apollo Gateway"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)," \
    "$(nproc) cores, load average before the run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)." \
    "wrk -t$threads -c$connections -d$duration --latency after a $warmup warm-up, then -t1 -c1 -d$duration;" \
    "each subgraph request alone -c1 -d$direct_duration. Gateways, subgraphs and wrk share the machine's cores."
  echo
  echo "| scenario | gateway | requests/s | p50 ms | p99 ms | CPU µs/request | peak RSS MB | p50 ms at 1 connection | subgraph p50 ms (fetches) | overhead p50 ms | errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for scenario in "${scenarios[@]}"; do
    for gateway in "${gateways[@]}"; do
      key="$gateway-$scenario"
      load="${result[$key-load]}"
      printf '| %s | %s | %.0f | %s | %s | %s | %s | %s | %s (%s) | %s | %s |\n' "$scenario" "$gateway" "$(field "$load" rps)" \
        "$(ms "$(field "$load" p50_us)")" "$(ms "$(field "$load" p99_us)")" "${result[$key-cpu-us]}" "$(mb "${result[$key-hwm]}")" \
        "$(ms "$(field "${result[$key-single]}" p50_us)")" "$(ms "${result[$key-subgraph-us]}")" "${result[$key-fetches]}" \
        "$(ms "$(overhead_us "$key")")" "$(( $(field "$load" status_errors) + $(field "$load" socket_errors) ))"
    done
  done
  if [[ -z "$only" ]]; then
    echo
    echo "| scenario | ours / Apollo | value | target | |"
    echo "|---|---|---:|---:|---|"
    for scenario in "${scenarios[@]}"; do
      ours="ours-$scenario"; apollo="apollo-$scenario"
      throughput=$(ratio "$(field "${result[$ours-load]}" rps)" "$(field "${result[$apollo-load]}" rps)")
      p99=$(ratio "$(field "${result[$ours-load]}" p99_us)" "$(field "${result[$apollo-load]}" p99_us)")
      memory=$(ratio "${result[$ours-hwm]}" "${result[$apollo-hwm]}")
      overhead=$(ms "$(overhead_us "$ours")")
      echo "| $scenario | throughput | $throughput | >= 5 | $(verdict "$throughput" 5 '>=') |"
      echo "| $scenario | p99 latency | $p99 | <= 0.20 | $(verdict "$p99" 0.2 '<=') |"
      echo "| $scenario | peak RSS | $memory | <= 0.50 | $(verdict "$memory" 0.5 '<=') |"
      echo "| $scenario | CPU per request | $(ratio "${result[$ours-cpu-us]}" "${result[$apollo-cpu-us]}") | (none) | |"
      echo "| $scenario | our overhead p50, ms | $overhead | < 1 | $(verdict "$overhead" 1 '<') |"
      single=$(ms "$(field "${result[$ours-single]}" p50_us)")
      echo "| $scenario | our p50 at 1 connection, subgraphs included, ms (bounds the overhead) | $single | < 1 | $(verdict "$single" 1 '<') |"
    done
  fi
  if $policy && [[ "$only" != apollo ]]; then
    echo
    echo "| scenario | ours with policy / ours without | value | target | |"
    echo "|---|---|---:|---:|---|"
    for scenario in "${scenarios[@]}"; do
      with="ours-policy-$scenario"; without="ours-$scenario"
      throughput=$(ratio "$(field "${result[$with-load]}" rps)" "$(field "${result[$without-load]}" rps)")
      echo "| $scenario | throughput | $throughput | >= 0.95 | $(verdict "$throughput" 0.95 '>=') |"
      echo "| $scenario | p99 latency | $(ratio "$(field "${result[$with-load]}" p99_us)" "$(field "${result[$without-load]}" p99_us)") | (none) | |"
      echo "| $scenario | CPU per request | $(ratio "${result[$with-cpu-us]}" "${result[$without-cpu-us]}") | (none) | |"
    done
    echo
    echo "Side by side ($rounds rounds of $round_duration each, taking turns):"
    echo
    echo "| scenario | requests/s without | requests/s with | throughput with / without | target | | CPU µs/request without -> with |"
    echo "|---|---:|---:|---:|---:|---|---|"
    for scenario in "${scenarios[@]}"; do
      without="${result[turns-ours-$scenario-rps]}"; with="${result[turns-ours-policy-$scenario-rps]}"
      throughput=$(ratio "$with" "$without")
      echo "| $scenario | $without | $with | $throughput | >= 0.95 | $(verdict "$throughput" 0.95 '>=') | ${result[turns-ours-$scenario-cpu-us]} -> ${result[turns-ours-policy-$scenario-cpu-us]} |"
    done
  fi
  if [[ "$only" != apollo ]]; then
    echo
    echo "Our gateway's query plans (printed by \`gateway serve\` when it stops; after the measurements the operation was"
    echo "sent $cold_plans more times as new documents, so the fastest plan was made by a warm process):"
    echo
    for scenario in "${scenarios[@]}"; do
      echo "- $scenario: ${result[ours-$scenario-plans]:-(no statistics printed)}"
    done
  fi
  echo
  echo "The overhead is the gateway's p50 at one connection minus the sum of the p50s of the subgraph requests"
  echo "it makes, each sent alone; where a plan fetches in parallel (scenario b) that sum exceeds the time"
  echo "spent waiting, so the overhead shown there is a lower bound. On a busy machine the direct timings can come out"
  echo "slower than the gateway's whole request (a negative overhead): then the p50 at one connection, subgraphs"
  echo "included, is the bound to read."
} | tee "$here/results.md"
