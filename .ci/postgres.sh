#!/usr/bin/env bash
# Ensures PostgreSQL server binaries (initdb, pg_ctl) exist for the persistence tests.
# The tests start their own private, throw-away server (tests/Platform.Testing.Postgres);
# this script only installs Debian's packages when no binaries are found. It never starts a server.
set -euo pipefail

find_initdb() {
  if [[ -n "${PG_BIN:-}" && -x "${PG_BIN}/initdb" ]]; then
    echo "${PG_BIN}/initdb"
    return 0
  fi
  local candidate
  candidate="$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "${candidate}" ]]; then
    echo "${candidate}"
    return 0
  fi
  command -v initdb 2>/dev/null
}

if initdb_path="$(find_initdb)"; then
  echo "postgres.sh: found ${initdb_path} ($("${initdb_path}" --version))"
  exit 0
fi

echo "postgres.sh: initdb not found; installing Debian's postgresql package"
SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO} apt-get update -q
${SUDO} apt-get install -y -q --no-install-recommends postgresql

# The package may start a cluster of its own; the tests do not use it, so stop it to save memory.
if command -v pg_lsclusters >/dev/null 2>&1; then
  pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _; do
    ${SUDO} pg_ctlcluster "${version}" "${cluster}" stop 2>/dev/null || true
  done
fi

initdb_path="$(find_initdb)" || { echo "postgres.sh: initdb still not found after install" >&2; exit 1; }
echo "postgres.sh: installed ${initdb_path} ($("${initdb_path}" --version))"
