#!/usr/bin/env bash
# The gateway load figures of docs/benchmarks.md. For each configuration a fresh Release host on 127.0.0.1, then a
# steady run, a 10x spike and a ramp; the Markdown summaries are printed at the end.
#   all       embedded (in-memory), the plugins of artifacts/plugins
#   baseline  embedded, an empty plugins folder (the cost of compliance is the ratio of the two)
#   postgres  the plugins of artifacts/plugins, grain state in a private PostgreSQL (initdb in a temporary folder,
#             durable: fsync and synchronous_commit on), stopped and deleted afterwards
# Usage: tools/Platform.LoadTest/run-benchmarks.sh [out-dir]
# env: CONFIGS ("all baseline postgres"), RATE (steady, 500), SPIKE_RATE (300), FACTOR (10), RAMP_FROM (500),
#      RAMP_TO (10000), DURATION (steady, 30s), PORT (5380), SETUP_SCALE (1), PERF=1 (perf record the host during the
#      ramp, into out-dir/NAME-ramp.perf; needs DOTNET_PerfMapEnabled), SKIP_BUILD=1, TOOL (the load tool's dll, to compare builds)
# Every run is bounded (duration and --max-requests) and talks to 127.0.0.1 only.
# The host runs as production runs it (ASPNETCORE_ENVIRONMENT=Production, keys given as settings, as docs/production.md
# says), not Development: Development adds the developer exception page to every request and validates DI scopes on
# every resolution (docs/benchmarks-load.md, "The host's environment").
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-${TMPDIR:-/tmp}/platform-loadtest/$(date +%Y%m%d-%H%M%S)}
CONFIGS=${CONFIGS:-all baseline postgres}
RATE=${RATE:-500}; SPIKE_RATE=${SPIKE_RATE:-300}; FACTOR=${FACTOR:-10}; RAMP_FROM=${RAMP_FROM:-500}; RAMP_TO=${RAMP_TO:-10000}
DURATION=${DURATION:-30s}; PORT=${PORT:-5380}; SETUP_SCALE=${SETUP_SCALE:-1}
TOOL=${TOOL:-tools/Platform.LoadTest/bin/Release/net10.0/Platform.LoadTest.dll}
# The keys the host is given and the tool sends (the host listens on 127.0.0.1 only).
API_KEY=bench-api-key; STAFF_KEY=bench-staff-key
HOST=src/Platform.Host/bin/Release/net10.0/Platform.Host
EMPTY=$(mktemp -d)
PG_DIR=""
PG_CS=""
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build Platform.sln -c Release -v q -nologo
  dotnet build tools/Platform.LoadTest -c Release -v q -nologo
fi

as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() { # sets PG_DIR and PG_CS (not in a subshell: stop_postgres needs PG_DIR)
  local bin port
  bin=$(dirname "$(ls -1d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  port=$((PORT + 100))
  PG_DIR=$(mktemp -d)
  chown postgres "$PG_DIR" 2>/dev/null || true
  as_postgres "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  as_postgres "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  PG_CS="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=100"
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  as_postgres "$(dirname "$(ls -1d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1)")/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true
  rm -rf "$PG_DIR"; PG_DIR=""
}

load() { # command name pid args...
  local command=$1 name=$2 pid=$3; shift 3
  dotnet "$TOOL" "$command" --target "http://127.0.0.1:$PORT" --api-key "$API_KEY" --staff-key "$STAFF_KEY" \
      --warmup 10s --max-requests 5000000 --setup-scale "$SETUP_SCALE" \
      --server-pid "$pid" --plain --label "$command, $name" --report-dir "$OUT/$name-$command" "$@" >"$OUT/$name-$command.txt" 2>&1 || true
}

run_config() { # name plugins-dir [postgres-connection-string]
  local name=$1 plugins=$2 postgres=${3:-}
  # DOTNET_TC_CallCountingDelayMs=0, as docs/production.md recommends: under constant load the runtime's tiering
  # delay keeps hot methods in unoptimised code for minutes (docs/benchmarks.md, "Tier-up under load").
  (cd src/Platform.Host && PLATFORM_POSTGRES="$postgres" ASPNETCORE_ENVIRONMENT=Production \
      Gateway__ApiKeys__0="$API_KEY" Gateway__StaffKeys__0="$STAFF_KEY" \
      DOTNET_TC_CallCountingDelayMs=${DOTNET_TC_CallCountingDelayMs:-0} exec "../../$HOST" --Urls "http://127.0.0.1:$PORT" \
      --Orleans:SiloPort $((PORT + 6000)) --Orleans:GatewayPort $((PORT + 25000)) --Compliance:PluginsPath "$plugins" \
      --Logging:LogLevel:Default Warning) >"$OUT/host-$name.log" 2>&1 &
  local pid=$!
  trap 'kill $pid 2>/dev/null || true; stop_postgres' EXIT
  for _ in $(seq 90); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  load steady "$name" $pid --rate "$RATE" --duration "$DURATION"
  load spike "$name" $pid --rate "$SPIKE_RATE" --factor "$FACTOR" --spike-at 20s --spike-length 30s --duration 80s
  local perf=""
  if [ -n "${PERF:-}" ]; then
    perf record -F 499 -g -p $pid -o "$OUT/$name-ramp.perf" -- sleep 75 >/dev/null 2>&1 &
    perf=$!
  fi
  load ramp "$name" $pid --from "$RAMP_FROM" --to "$RAMP_TO" --duration 60s
  [ -z "$perf" ] || wait $perf || true
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
}

for config in $CONFIGS; do
  case $config in
    all) run_config all "$PWD/artifacts/plugins" ;;
    baseline) run_config baseline "$EMPTY" ;;
    postgres) start_postgres; run_config postgres "$PWD/artifacts/plugins" "$PG_CS"; stop_postgres ;;
    *) echo "unknown configuration $config" >&2; exit 2 ;;
  esac
done

rmdir "$EMPTY"
for f in "$OUT"/*/summary.md; do echo "== $f"; sed -n '/^## Result/,/^## /p' "$f" | head -20; done
echo "reports in $OUT"
