#!/usr/bin/env bash
# A throw-away PostgreSQL for demos and benchmarks (Debian's postgresql), in DIR:
#   scripts/team-server.sh start DIR   initdb + start on a free port, socket in DIR; prints the admin URL
#   scripts/team-server.sh stop DIR    stop it and remove DIR
# The superuser's password is written to DIR/pgpass (0600, PGPASSFILE format), never printed.
# initdb refuses to run as root, so under root the server runs as the postgres user.
set -euo pipefail

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bin=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    [ -x "$candidate/initdb" ] && { bin=$candidate; break; }
done
[ -n "$bin" ] || bin=$(dirname "$(readlink -f "$(command -v initdb)")" 2>/dev/null || true)
[ -x "$bin/initdb" ] || { echo "error: PostgreSQL's initdb not found; run scripts/install-deps.sh --team" >&2; exit 1; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ -f "$dir/port" ] && as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "postgresql://postgres@127.0.0.1:$(cat "$dir/port")/coach?sslmode=disable"
        exit 0
    fi
    rm -rf "$dir/data"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    umask 077
    printf '%s\n' "$password" >"$dir/admin-password"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
    echo "$port" >"$dir/port"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/admin-password" -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/admin-password"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off" start >/dev/null
    as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qc "CREATE DATABASE coach" >/dev/null
    printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" >"$dir/pgpass"
    chmod 600 "$dir/pgpass"
    [ "$(id -u)" = 0 ] && chown root: "$dir/pgpass"
    echo "postgresql://postgres@127.0.0.1:$port/coach?sslmode=disable"
    ;;
stop)
    [ -d "$dir" ] || exit 0
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
