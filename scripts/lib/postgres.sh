# A throwaway PostgreSQL cluster on a free loopback port, for the tests.
# Source it; call pg_start DIR, then pg_stop. Sets MADOGUCHI_TEST_PG_URL.
# shellcheck shell=bash

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PG_DATA=""
PG_RUN_AS=()

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  return 1
}

pg_start() {
  local dir=$1 port
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found (package postgresql)"
  port=$(free_port) || die "no free port for PostgreSQL between 55432 and 55532"
  mkdir -p "$dir"
  # initdb refuses to run as root (STYLE.md): use the postgres account then.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    PG_RUN_AS=(runuser -u postgres --)
  fi
  PG_DATA="$dir/data"
  "${PG_RUN_AS[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # Everyone is trusted except members of madoguchi_password_required: the
  # secrets tests (tests/storage/test_secretcli.cpp) need a role that must
  # send a password. pg_hba.conf takes the first matching line.
  "${PG_RUN_AS[@]}" sed -i '1i host all +madoguchi_password_required 127.0.0.1/32 scram-sha-256\nhost all +madoguchi_password_required ::1/128 scram-sha-256' \
    "$PG_DATA/pg_hba.conf"
  "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 60 -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; die "PostgreSQL did not start"; }
  "$PG_BIN/psql" -qX -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c 'CREATE ROLE madoguchi_password_required NOLOGIN' >/dev/null \
    || die "cannot create the role madoguchi_password_required"
  export MADOGUCHI_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

pg_stop() {
  [ -n "$PG_DATA" ] || return 0
  "${PG_RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1 || true
  PG_DATA=""
}
