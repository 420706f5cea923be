#!/usr/bin/env bash
# make team-demo: two salespeople (李明, 王芳) and their manager (陳經理) share one throw-away
# PostgreSQL in DIR. 李明 logs a visit and syncs; the manager syncs and comments; then the coach opens
# as 王芳, whose /open east-post shows 李明's visit and open follow-up. The server is stopped and DIR
# removed when the coach exits (also on Ctrl-C or an error).
# Usage: scripts/team-demo.sh COACH-BINARY DIR
set -euo pipefail
bin=$1; dir=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

"$here/team-server.sh" stop "$dir"
admin=$("$here/team-server.sh" start "$dir")
trap '"$here/team-server.sh" stop "$dir"' EXIT
export PGPASSFILE="$dir/pgpass"
port=$(cat "$dir/port")

"$bin" team init "$admin"
for person in "liming:李明:" "wangfang:王芳:" "chen:陳經理:--manager"; do
    IFS=: read -r role name flag <<<"$person"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077; printf '%s\n' "$password" >"$dir/$role.pw")
    "$bin" team add "$role" --team east --display-name "$name" $flag --password-file "$dir/$role.pw" --server "$admin"
    rm -f "$dir/$role.pw"
    printf '127.0.0.1:%s:*:%s:%s\n' "$port" "$role" "$password" >>"$dir/pgpass"
    "$bin" team join "postgresql://$role@127.0.0.1:$port/coach?sslmode=disable" --store "$dir/$role.sqlite"
done

echo
echo "== 李明 imports the accounts, logs a visit to 王建國 and syncs"
"$bin" account import --store "$dir/liming.sqlite" "$root"/demo/accounts/*.yaml >/dev/null
"$bin" journal add --store "$dir/liming.sqlite" --account east-post --date yesterday --met 王建國 \
    --discussed "年度宣傳計劃" --issue "月結帳單對不上 | 財務部 | +7"
"$bin" sync --store "$dir/liming.sqlite"
echo "== 陳經理 syncs, sees the team's visits and comments to 王芳"
"$bin" sync --store "$dir/chen.sqlite"
"$bin" review --store "$dir/chen.sqlite" || true
"$bin" team comment --store "$dir/chen.sqlite" --to wangfang --account east-post "李明 昨天剛拜訪過王建國，先跟他對一下帳單的事。"
"$bin" sync --store "$dir/chen.sqlite"
echo "== 王芳 syncs"
"$bin" sync --store "$dir/wangfang.sqlite"
"$bin" team comments --store "$dir/wangfang.sqlite"
"$bin" team status --store "$dir/wangfang.sqlite"
echo
echo "Opening the coach as 王芳: try /open east-post, /prep, /log; /quit leaves and stops the server."
COACH_STORE="$dir/wangfang.sqlite" "$bin"
