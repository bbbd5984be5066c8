#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the archive tests on 127.0.0.1:55432 (trust auth, temporary data directory)
# and prints its connection string on stdout; everything else goes to stderr. Idempotent: when a server already
# answers on the port, it only prints the connection string. Usage from .ci/run:
#   export CHATWORKGUARD_TEST_POSTGRES="$(bash .ci/postgres.sh)"
set -euo pipefail

PORT="${CHATWORKGUARD_PG_PORT:-55432}"
DATA_DIR="${CHATWORKGUARD_PG_DATA:-${TMPDIR:-/tmp}/chatworkguard-pg-$PORT}"
CONNECTION="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

BIN="$(find_bin || true)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed; run as root or install the Debian package 'postgresql' first."
    exit 1
  fi
  log "installing Debian's postgresql package"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
  BIN="$(find_bin)"
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "a server already answers on 127.0.0.1:$PORT"
  echo "$CONNECTION"
  exit 0
fi

# PostgreSQL refuses to run as root: as root, run it as the 'postgres' user the Debian package creates.
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  as_pg() { runuser -u postgres -- "$@"; }
  OWNER=postgres
else
  as_pg() { "$@"; }
  OWNER="$(id -un)"
fi

if [ ! -s "$DATA_DIR/PG_VERSION" ]; then
  rm -rf "$DATA_DIR"
  mkdir -p "$DATA_DIR"
  chown "$OWNER" "$DATA_DIR"
  chmod 700 "$DATA_DIR"
  log "initdb into $DATA_DIR"
  as_pg "$BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

# fsync off: a throwaway test server; durability is the archive's concern, not this database's.
log "starting on 127.0.0.1:$PORT"
as_pg "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w -t 60 start \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DATA_DIR -c fsync=off -c full_page_writes=off -c max_connections=200" >&2

for _ in $(seq 1 60); do
  if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    echo "$CONNECTION"
    exit 0
  fi
  sleep 1
done
log "the server did not become ready; see $DATA_DIR/server.log"
exit 1
