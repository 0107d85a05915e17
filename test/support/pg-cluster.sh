#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` makes one in DIR (as an unprivileged user
# when run as root, since PostgreSQL refuses root), listening only on a Unix socket in DIR, and prints
# the URL to give SCHOOL_RETURNS_TEST_PG; `stop DIR` stops it and removes DIR. Debian keeps the
# server's programs in /usr/lib/postgresql/<version>/bin, off the PATH.
set -euo pipefail
bin_dir() {
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$found" ] || { echo "PostgreSQL is not installed: apt-get install postgresql" >&2; exit 1; }
  echo "$found"
}
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi; }

cmd=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}
OWNER=${PG_CLUSTER_USER:-postgres}
BIN=$(bin_dir)
if [ "$(id -u)" = 0 ] && ! id "$OWNER" >/dev/null 2>&1; then useradd --system --no-create-home "$OWNER"; fi
case "$cmd" in
start)
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown "$OWNER" "$dir"
  # Locale C: text sorts byte by byte, as SQLite sorts it, so reports list rows in the same order.
  as_owner "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --locale=C -E UTF8 >"$dir/initdb.log"
  as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c max_connections=200" >/dev/null
  echo "postgres://postgres@localhost/postgres?host=$dir"
  ;;
stop)
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
  ;;
*) echo "usage: pg-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
