#!/usr/bin/env bash
# Preliminary/final load figures: the host in Release with all plugins, then with none (baseline).
# Usage: tools/Platform.LoadTest/run-benchmarks.sh [out-dir]    (env: RATE, SPIKE_RATE, FACTOR, DURATION, PORT, SETUP_SCALE, SKIP_BUILD=1)
# Every run is bounded (duration and --max-requests) and talks to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-${TMPDIR:-/tmp}/platform-loadtest/$(date +%Y%m%d-%H%M%S)}
RATE=${RATE:-300}; SPIKE_RATE=${SPIKE_RATE:-60}; FACTOR=${FACTOR:-10}; DURATION=${DURATION:-60s}; PORT=${PORT:-5380}; SETUP_SCALE=${SETUP_SCALE:-1}
TOOL=tools/Platform.LoadTest/bin/Release/net10.0/Platform.LoadTest.dll
HOST=src/Platform.Host/bin/Release/net10.0/Platform.Host
EMPTY=$(mktemp -d)
mkdir -p "$OUT"

if [ -z "${SKIP_BUILD:-}" ]; then
  dotnet build Platform.sln -c Release -v q -nologo
  dotnet build tools/Platform.LoadTest -c Release -v q -nologo
fi

run_config() { # name plugins-dir
  local name=$1 plugins=$2
  (cd src/Platform.Host && ASPNETCORE_ENVIRONMENT=Development exec "../../$HOST" --Urls "http://127.0.0.1:$PORT" --Orleans:SiloPort $((PORT + 6000)) \
      --Orleans:GatewayPort $((PORT + 25000)) --Compliance:PluginsPath "$plugins" --Logging:LogLevel:Default Warning) \
      >"$OUT/host-$name.log" 2>&1 &
  local pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done
  dotnet "$TOOL" steady --target "http://127.0.0.1:$PORT" --rate "$RATE" --duration "$DURATION" --warmup 10s \
      --max-requests 5000000 --setup-scale "$SETUP_SCALE" --server-pid $pid --plain --label "steady, $name" --report-dir "$OUT/$name-steady" || true
  dotnet "$TOOL" spike --target "http://127.0.0.1:$PORT" --rate "$SPIKE_RATE" --factor "$FACTOR" --spike-at 20s --spike-length 20s \
      --duration 60s --warmup 10s --max-requests 5000000 --setup-scale "$SETUP_SCALE" --server-pid $pid --plain --label "spike, $name" --report-dir "$OUT/$name-spike" || true
  kill $pid; wait $pid 2>/dev/null || true
  trap - EXIT
}

run_config all-plugins "$PWD/artifacts/plugins"
run_config baseline "$EMPTY"
rmdir "$EMPTY"
grep -h -A3 '^## Result' "$OUT"/*/summary.md
echo "reports in $OUT"
