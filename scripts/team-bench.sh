#!/usr/bin/env bash
# make bench-team: the team server at scale, through a throw-away PostgreSQL (release build).
#  1. One salesperson's N synthetic visit logs (scripts/gen-team-export.py, with their follow-ups)
#     synced up, then down by the manager; a sync with nothing new.
#  2. A team of P salespeople with N/P logs each: each syncs up, the manager pulls the whole team and
#     runs the monthly and quarterly reports and the review list over it.
# Each step prints wall time, the coach's CPU (user+sys), its peak memory, the server's CPU (its
# backends, reaped by the postmaster) and rows/s; then the server's sizes.
# Usage: scripts/team-bench.sh COACH-BINARY N DIR [P]   (DIR is removed at the end; P defaults to 10)
set -euo pipefail
bin=$(readlink -f "$1"); n=$2; dir=$3; people=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
mkdir -p "$dir"
server="$dir/server"
admin=$("$here/team-server.sh" start "$server")
trap '"$here/team-server.sh" stop "$server"; rm -rf "$dir"' EXIT
export PGPASSFILE="$server/pgpass"
port=$(cat "$server/port")
ticks=$(getconf CLK_TCK)
postmaster=$(head -1 "$server/data/postmaster.pid")
# The server's CPU seconds so far: the postmaster's own and its reaped children's (every backend).
server_cpu() { awk -v t="$ticks" '{ print ($14 + $15 + $16 + $17) / t }' "/proc/$postmaster/stat"; }
# timed LABEL ROWS OUT COMMAND…: runs COMMAND with its standard output to OUT, prints its figures.
timed() {
    local label=$1 rows=$2 out=$3; shift 3
    local before after
    before=$(server_cpu)
    /usr/bin/time -o "$dir/time" -f "%e %U %S %M" "$@" >"$out"
    # A backend's CPU is counted once the postmaster has reaped it: wait for the client's to end.
    for _ in $(seq 100); do
        ps --ppid "$postmaster" -o args= | grep -q '127\.0\.0\.1(' || break
        sleep 0.05
    done
    after=$(server_cpu)
    read -r wall user sys peak <"$dir/time"
    awk -v l="$label" -v r="$rows" -v w="$wall" -v u="$user" -v s="$sys" -v m="$peak" -v b="$before" -v a="$after" 'BEGIN {
        line = sprintf("%s: %.2f s wall, coach CPU %.2f s, server CPU %.2f s, %d MB peak", l, w, u + s, a - b, m / 1024)
        if (r > 0) line = line sprintf(", %d rows, %.0f rows/s", r, r / (w > 0 ? w : 0.01))
        print line }'
}
# A journal of one salesperson: every log, follow-up and status change by NAME; no verifications
# (only a manager shares those).
journal() { # COUNT SEED NAME OUT
    python3 "$here/gen-team-export.py" "$1" "$dir/raw.jsonl" --seed "$2"
    python3 - "$dir/raw.jsonl" "$4" "$3" <<'PY'
import json, sys
name = sys.argv[3]
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as out:
    for line in src:
        item = json.loads(line)
        if item["type"] == "verification":
            continue
        if item["type"] == "log":
            item["visitor"] = name
            for version in item["versions"]:
                version["editedBy"] = name
        if item["type"] == "follow-up":
            item["owner"] = name
            for step in item["history"]:
                step["by"] = name
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
PY
    rm -f "$dir/raw.jsonl"
}
add_person() { # ROLE NAME [--manager]
    local role=$1 name=$2 flag=${3:-} password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077; printf '%s\n' "$password" >"$dir/$role.pw")
    "$bin" team add "$role" --team east --display-name "$name" $flag --password-file "$dir/$role.pw" --server "$admin" >/dev/null
    rm -f "$dir/$role.pw"
    printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "$password" >>"$server/pgpass"
    "$bin" team join "postgresql://$role@127.0.0.1:$port/coach?sslmode=disable" --store "$dir/$role.sqlite" >/dev/null
}
rows() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(sum(r[sys.argv[2]].values()))" "$1" "$2"; }
server_sql() {
    local psql_bin
    psql_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -t/ -k4 -n -r | head -1)/psql
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$psql_bin" -h "$server" -p "$port" -U postgres -d coach -At -F ' ' -c "$1"
    else
        "$psql_bin" -h "$server" -p "$port" -U postgres -d coach -At -F ' ' -c "$1"
    fi
}

"$bin" team init "$admin" >/dev/null
echo "== 1. one salesperson, $n logs up, the manager pulls them"
add_person liming 李明
add_person chen 陳經理 --manager
"$bin" account import --store "$dir/liming.sqlite" "$root"/demo/accounts/*.yaml >/dev/null
journal "$n" 13 李明 "$dir/liming.jsonl"
timed "import $n logs into the salesperson's store" 0 /dev/null "$bin" import --store "$dir/liming.sqlite" "$dir/liming.jsonl"
rm -f "$dir/liming.jsonl"
"$bin" team status --store "$dir/liming.sqlite" --json >"$dir/status.json" || { cat "$dir/status.json"; exit 1; }
pending=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['pending'])" "$dir/status.json")
timed "sync up (push of $pending records)" "$pending" "$dir/up.json" "$bin" sync --store "$dir/liming.sqlite" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pushed:', r['pushed'], 'batches:', r['batches'])" "$dir/up.json"
pulled=$(server_sql "SELECT count(*) FROM coach.record")
timed "sync down (the manager's first pull)" "$pulled" "$dir/down.json" "$bin" sync --store "$dir/chen.sqlite" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pulled:', r['pulled'], 'batches:', r['batches'])" "$dir/down.json"
timed "sync again, nothing new" 0 /dev/null "$bin" sync --store "$dir/liming.sqlite" --json
server_sql "
    SELECT 'server rows by kind:', string_agg(kind || '=' || n, ' ') FROM (SELECT kind, count(*) n FROM coach.record GROUP BY kind ORDER BY kind) k;
    SELECT 'mean row bytes on disk, by kind (heap tuple incl. jsonb payload):', string_agg(kind || '=' || b, ' ') FROM (
        SELECT kind, round(avg(pg_column_size(r.*))) b FROM coach.record r GROUP BY kind ORDER BY kind) k;
    SELECT 'mean payload bytes (jsonb, per log):', round(avg(pg_column_size(payload))) FROM coach.record WHERE kind = 'log';
    SELECT 'mean payload bytes as sent (JSON text, per log):', round(avg(octet_length(payload::text))) FROM coach.record WHERE kind = 'log';
    SELECT 'coach.record heap:', pg_size_pretty(pg_relation_size('coach.record')),
           '+ toast:', pg_size_pretty(pg_total_relation_size('coach.record') - pg_relation_size('coach.record') - pg_indexes_size('coach.record')),
           '+ indexes:', pg_size_pretty(pg_indexes_size('coach.record')),
           '= total', pg_size_pretty(pg_total_relation_size('coach.record'));
    SELECT 'database:', pg_size_pretty(pg_database_size('coach'));"
ls -l "$dir/liming.sqlite" "$dir/chen.sqlite" | awk '{printf "store %s: %.1f MB\n", $9, $5 / 1048576}'

per=$((n / people))
echo
echo "== 2. a team of $people salespeople × $per logs, the manager's pull and reports"
server_sql "TRUNCATE coach.record" >/dev/null
rm -f "$dir/chen.sqlite"
add_person boss 王經理 --manager
for p in $(seq -w 1 "$people"); do add_person "sales$p" "業務$p"; done
# The first imports the accounts and shares them; the others take them from the server.
"$bin" account import --store "$dir/sales01.sqlite" "$root"/demo/accounts/*.yaml >/dev/null
"$bin" sync --store "$dir/sales01.sqlite" >/dev/null
up_rows=0; up_start=$(date +%s.%N)
for p in $(seq -w 1 "$people"); do
    [ "$p" = 01 ] || "$bin" sync --store "$dir/sales$p.sqlite" >/dev/null
    journal "$per" "$((100 + 10#$p))" "業務$p" "$dir/sales$p.jsonl"
    "$bin" import --store "$dir/sales$p.sqlite" "$dir/sales$p.jsonl" >/dev/null
    rm -f "$dir/sales$p.jsonl"
    /usr/bin/time -o "$dir/time" -f "%e" "$bin" sync --store "$dir/sales$p.sqlite" --json >"$dir/up.json"
    up_rows=$((up_rows + $(rows "$dir/up.json" pushed)))
    echo "  業務$p: $(rows "$dir/up.json" pushed) records up in $(cat "$dir/time") s"
done
total=$(server_sql "SELECT count(*) FROM coach.record")
timed "the manager pulls the team ($total records)" "$total" "$dir/down.json" "$bin" sync --store "$dir/boss.sqlite" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pulled:', r['pulled'], 'batches:', r['batches'])" "$dir/down.json"
timed "manager's monthly report 2026-11 (all $people)" 0 "$dir/report.md" "$bin" report monthly --period 2026-11 --store "$dir/boss.sqlite"
grep -c "業務" "$dir/report.md" | awk '{print "  report lines naming a salesperson:", $1}'
timed "manager's quarterly report 2026-Q4 (all $people)" 0 /dev/null "$bin" report quarterly --period 2026-Q4 --store "$dir/boss.sqlite"
timed "manager's quarterly report as JSON" 0 "$dir/report.json" "$bin" report quarterly --period 2026-Q4 --format json --store "$dir/boss.sqlite"
python3 -c "
import json,sys
r=json.load(open(sys.argv[1]))
print('  quarterly: total visits', r['totalVisits'], 'by', len({v['salesperson'] for v in r['visits']}), 'salespeople; overdue follow-ups', len(r['overdue']))
" "$dir/report.json" || true
timed "業務01 pulls colleagues' visits to the shared accounts" 0 "$dir/down.json" "$bin" sync --store "$dir/sales01.sqlite" --json
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  pulled:', r['pulled'], 'batches:', r['batches'])" "$dir/down.json"
server_sql "SELECT 'database:', pg_size_pretty(pg_database_size('coach'));"
ls -l "$dir/boss.sqlite" "$dir/sales01.sqlite" | awk '{printf "store %s: %.1f MB\n", $9, $5 / 1048576}'
