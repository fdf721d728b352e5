#!/usr/bin/env bash
# Instructions per dev text of the deployed checks (all built-in ones, or those named), counted by callgrind:
# the difference between a run of N rounds and a run of 0 rounds, divided by 200·N texts. Exact and unmoved by the
# machine's load, unlike a timing; JIT without tiers, so that both runs execute the same optimised code.
#   bash tools/Platform.Benchmarks/callgrind.sh [ROUNDS] [CHECK…]      (PLATFORM_PLUGINS_DIR measures another build)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}; shift || true
dll=tools/Platform.Benchmarks/bin/Release/net10.0/Platform.Benchmarks.dll
out=$(mktemp -d)
count() {
  local n=$1; shift
  DOTNET_TieredCompilation=0 valgrind --tool=callgrind --callgrind-out-file="$out/cg.$n" dotnet "$dll" rounds "$n" "$@" \
    >/dev/null 2>"$out/log.$n"
  grep -m1 '^summary:\|^totals:' "$out/cg.$n" | awk '{print $2}'
}
zero=$(count 0 "$@"); many=$(count "$rounds" "$@")
echo "${*:-built-in}: $(( (many - zero) / (200 * rounds) )) instructions per text ($rounds rounds; files in $out)"
