#!/usr/bin/env bash
# make bench-team: N synthetic visit logs (scripts/gen-team-export.py, with their follow-ups) synced up
# by one salesperson and down by the manager through a throw-away PostgreSQL, then a no-op sync and the
# manager's monthly report over them. Prints wall times, peak memory and the server's sizes.
# Usage: scripts/team-bench.sh COACH-BINARY N DIR   (DIR is removed at the end)
set -euo pipefail
bin=$(readlink -f "$1"); n=$2; dir=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
mkdir -p "$dir"
server="$dir/server"
admin=$("$here/team-server.sh" start "$server")
trap '"$here/team-server.sh" stop "$server"; rm -rf "$dir"' EXIT
export PGPASSFILE="$server/pgpass"
port=$(cat "$server/port")
timed() { local label=$1; shift; /usr/bin/time -f "$label: %e s wall, %M KB peak" "$@"; }

python3 "$here/gen-team-export.py" "$n" "$dir/raw.jsonl"
# One salesperson's journal: every log by 李明, no verifications (only a manager shares those).
python3 - "$dir/raw.jsonl" "$dir/team.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        item = json.loads(line)
        if item["type"] == "verification":
            continue
        if item["type"] == "log":
            item["visitor"] = "李明"
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
PY
"$bin" team init "$admin" >/dev/null
for person in "liming:李明:" "chen:陳經理:--manager"; do
    IFS=: read -r role name flag <<<"$person"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077; printf '%s\n' "$password" >"$dir/$role.pw")
    "$bin" team add "$role" --team east --display-name "$name" $flag --password-file "$dir/$role.pw" --server "$admin" >/dev/null
    printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "$password" >>"$server/pgpass"
    "$bin" team join "postgresql://$role@127.0.0.1:$port/coach?sslmode=disable" --store "$dir/$role.sqlite" >/dev/null
done
"$bin" account import --store "$dir/liming.sqlite" "$root"/demo/accounts/*.yaml >/dev/null
timed "import $n logs into the salesperson's store" "$bin" import --store "$dir/liming.sqlite" "$dir/team.jsonl" >/dev/null
timed "sync up (push)" "$bin" sync --store "$dir/liming.sqlite" --json >"$dir/up.json"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pushed:', r['pushed'], 'batches:', r['batches'])" "$dir/up.json"
timed "sync down (manager's pull)" "$bin" sync --store "$dir/chen.sqlite" --json >"$dir/down.json"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pulled:', r['pulled'], 'batches:', r['batches'])" "$dir/down.json"
timed "sync again, nothing new" "$bin" sync --store "$dir/liming.sqlite" --json >/dev/null
timed "manager's monthly report" "$bin" report monthly --period 2026-11 --store "$dir/chen.sqlite" >/dev/null
runuser_psql() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -t/ -k4 -n -r | head -1)/psql
runuser_psql "$psql_bin" -h "$server" -p "$port" -U postgres -d coach -At -F ' ' -c "
    SELECT 'server rows by kind:', string_agg(kind || '=' || n, ' ') FROM (SELECT kind, count(*) n FROM coach.record GROUP BY kind ORDER BY kind) k;
    SELECT 'mean payload bytes (jsonb, per log):', round(avg(pg_column_size(payload))) FROM coach.record WHERE kind = 'log';
    SELECT 'coach.record total (heap+toast+indexes):', pg_size_pretty(pg_total_relation_size('coach.record'));
    SELECT 'database:', pg_size_pretty(pg_database_size('coach'));"
ls -l "$dir/liming.sqlite" "$dir/chen.sqlite" | awk '{print "store " $9 ": " $5 " bytes"}'
