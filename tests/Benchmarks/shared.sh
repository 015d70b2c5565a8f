# Shared by the load benchmarks' run.sh scripts (sourced, not run): a work folder and the processes a run
# starts, stopped on any exit; free loopback ports; a process's CPU time; and the report's number formats.
# Functions set globals rather than print where a $(...) subshell would lose what they record.

# --- processes: remember each one started, stop them all on any exit -----------------------------------
work="$(mktemp -d)"
pids=()
cleanup() {
  local started
  for started in "${pids[@]-}"; do
    [[ -n "$started" ]] && kill "$started" 2>/dev/null || true
  done
  for started in "${pids[@]-}"; do
    [[ -n "$started" ]] && wait "$started" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free loopback port in $port: a random one that nothing listens on (checked with ss), so no helper
# language is needed. Two servers started back to back get distinct ports because each one is recorded.
taken_ports=()
free_port() {
  local attempt
  for attempt in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if [[ -z "$(ss -Htln "sport = :$port")" && ! " ${taken_ports[*]-} " =~ " $port " ]]; then
      taken_ports+=("$port")
      return 0
    fi
  done
  echo "run.sh: no free loopback port found" >&2
  return 1
}

# Waits (at most 60 s) until the command after the first three arguments succeeds; gives up early if the
# process PID has exited. Either way it then prints that process's output ($work/NAME.log) and ends the
# run; WHAT says what did not happen ("printed no URL").
wait_until() {
  local name="$1" pid="$2" what="$3" attempt
  shift 3
  for attempt in $(seq 1 240); do
    "$@" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run.sh: $name exited before it was ready; its output:" >&2
      cat "$work/$name.log" >&2 || true
      exit 1
    fi
    sleep 0.25
  done
  echo "run.sh: $name $what within 60 s; its output:" >&2
  cat "$work/$name.log" >&2 || true
  exit 1
}

# CPU time (user + system, clock ticks) a process has used so far: /proc/PID/stat fields 14 and 15,
# counted after the command name, which is in parentheses and may hold spaces. CPU per request is much
# less sensitive than throughput to other load on a shared machine: time spent waiting for a core is not
# counted.
clock_ticks=$(getconf CLK_TCK)
cpu_ticks() {
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# --- report -------------------------------------------------------------------------------------------
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# "met" or "missed": VALUE against TARGET with OP (>=, <= or <); "n/a" stays "n/a".
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {
  if (v == "n/a") { print "n/a"; exit }
  ok = (op == ">=") ? (v >= t) : (op == "<=") ? (v <= t) : (v < t); print (ok ? "met" : "missed") }'; }
