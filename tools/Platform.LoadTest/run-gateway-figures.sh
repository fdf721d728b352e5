#!/usr/bin/env bash
# Steady 500/s and a ramp to 5,000/s against a Release host on 127.0.0.1 (figures in docs/benchmarks.md). usage: run-gateway-figures.sh NAME PLUGINS_DIR
set -u
cd "$(dirname "$0")/../.."
NAME=$1; PLUGINS=$2; OUT=${OUT:-/tmp/load-out}; mkdir -p $OUT
LT="dotnet tools/Platform.LoadTest/bin/Release/net10.0/Platform.LoadTest.dll"
(cd src/Platform.Host && ASPNETCORE_ENVIRONMENT=Development exec bin/Release/net10.0/Platform.Host --Urls http://127.0.0.1:5390 --Orleans:SiloPort 17111 --Orleans:GatewayPort 37000 --Compliance:PluginsPath "$PLUGINS" --Logging:LogLevel:Default Warning) > $OUT/host-$NAME.log 2>&1 &
PID=$!
for _ in $(seq 60); do curl -sf http://127.0.0.1:5390/health/ready >/dev/null && break; sleep 1; done
sleep 3
$LT steady --target http://127.0.0.1:5390 --rate 500 --duration 30s --warmup 10s --server-pid $PID --plain --report-dir $OUT/$NAME-steady > $OUT/$NAME-steady.txt 2>&1
$LT ramp --target http://127.0.0.1:5390 --from 200 --to 5000 --duration 60s --warmup 10s --server-pid $PID --plain --report-dir $OUT/$NAME-ramp > $OUT/$NAME-ramp.txt 2>&1
kill $PID; wait $PID 2>/dev/null
echo done $NAME
