#!/usr/bin/env bash
# Runs the whole test suite against FerretDB with its PostgreSQL backend: the shape of a deployment
# whose database lives on its own server. A throwaway PostgreSQL cluster is created in a temporary
# directory, listens on 127.0.0.1 at a free port, and is removed on exit with everything in it.
#
# Needs PostgreSQL's server programs (Debian: `apt-get install postgresql`; found under
# /usr/lib/postgresql/<version>/bin, or set PG_BIN), Node.js and Go (as for `npm test`).
# Usage: scripts/test-postgres.sh [arguments for vitest, e.g. a test file]
#        scripts/test-postgres.sh --check   (only says whether PostgreSQL is there; CI asks first)
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin="${PG_BIN:-}"
if [[ -z "$pg_bin" ]]; then
  # The newest installed version (Debian keeps each under its own directory).
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -z "$pg_bin" ]] && command -v initdb >/dev/null && pg_bin="$(dirname "$(command -v initdb)")"
fi
if [[ -z "$pg_bin" || ! -x "$pg_bin/initdb" || ! -x "$pg_bin/pg_ctl" ]]; then
  echo "test-postgres: PostgreSQL's server programs (initdb, pg_ctl) were not found." >&2
  echo "Install them (Debian: apt-get install postgresql) or set PG_BIN to their directory." >&2
  exit 2
fi

if [[ "${1:-}" == "--check" ]]; then
  echo "test-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') in $pg_bin"
  exit 0
fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
  id postgres >/dev/null 2>&1 || { echo "test-postgres: running as root needs a 'postgres' user" >&2; exit 2; }
  as_owner=(runuser -u postgres --)
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rights-bot-pg-XXXXXX")"
cluster="$work/cluster"
ferret_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true # the server stops when its stdin closes
  [[ -n "$ferret_pid" ]] && kill "$ferret_pid" 2>/dev/null && wait "$ferret_pid" 2>/dev/null
  [[ -f "$cluster/postmaster.pid" ]] && "${as_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster" -m fast -w stop >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[[ ${#as_owner[@]} -gt 0 ]] && chown postgres "$work"

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}
pg_port="$(free_port)"

echo "test-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($cluster)"
"${as_owner[@]}" "$pg_bin/initdb" -D "$cluster" -U postgres -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 ||
  { cat "$work/initdb.log" >&2; exit 1; }
# A throwaway cluster: durability settings off (they change speed, not what the queries do).
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$cluster" -l "$work/postgres.log" -w -o \
  "-c listen_addresses=127.0.0.1 -p $pg_port -k $work -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null || { cat "$work/postgres.log" >&2; exit 1; }
"${as_owner[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres ferretdb

# The same server program as the embedded database, built (once) from embedded-db/.
binary="$(npx tsx scripts/build-embedded-db.ts)"
mkfifo "$work/stdin"
"$binary" -postgresql-url "postgres://postgres@127.0.0.1:$pg_port/ferretdb" -listen 127.0.0.1:0 \
  <"$work/stdin" >"$work/ferretdb.out" 2>"$work/ferretdb.log" &
ferret_pid=$!
exec 3>"$work/stdin"
for _ in $(seq 100); do
  grep -q '"uri"' "$work/ferretdb.out" 2>/dev/null && break
  kill -0 "$ferret_pid" 2>/dev/null || { cat "$work/ferretdb.log" >&2; exit 1; }
  sleep 0.1
done
uri="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).uri)' "$work/ferretdb.out")"
echo "test-postgres: FerretDB (PostgreSQL backend) at $uri"

started=$SECONDS
status=0
if [[ $# -gt 0 ]]; then
  MONGODB_URI="$uri" npx vitest run "$@" || status=$?
else
  MONGODB_URI="$uri" npm test || status=$?
fi
echo "test-postgres: the suite took $((SECONDS - started)) s against FerretDB + PostgreSQL (exit $status)"
exit "$status"
