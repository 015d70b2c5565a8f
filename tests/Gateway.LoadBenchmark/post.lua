-- wrk script: POSTs the JSON body in the file named by BODY_FILE and, when the run ends, prints one
-- machine-readable line (run.sh parses it) with throughput, latency percentiles and error counts.
-- No per-response callback: defining one makes wrk hand every body to Lua, which takes CPU from the
-- server under test on a small machine. wrk already counts statuses >= 400 in summary.errors.status.
local file = assert(io.open(assert(os.getenv("BODY_FILE"), "BODY_FILE is not set"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
