#!/usr/bin/env bash
# Installs what building VisitCoach needs and is missing: GNU readline's headers (libreadline-dev) and
# libpq's (libpq-dev, the team server's client). With --test, also Debian's postgresql (the team tests
# start a throw-away server).
# With --bench, also /usr/bin/time, sqlite3 and python3 (make bench). With --optional, also tries Graphviz and a CJK font for SVG org charts (never fails on those).
set -euo pipefail

need=()
have_readline() {
    dpkg -s libreadline-dev >/dev/null 2>&1 || [ -f /usr/include/readline/readline.h ]
}

if ! command -v swift >/dev/null 2>&1; then
    echo "error: the Swift toolchain is not on PATH; install Swift 6 from https://swift.org/install" >&2
    exit 1
fi
have_readline || need+=(libreadline-dev)
[ -f /usr/include/postgresql/libpq-fe.h ] || need+=(libpq-dev)
if [ "${1:-}" = "--test" ] || [ "${1:-}" = "--team" ]; then
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || need+=(postgresql)
fi
if [ "${1:-}" = "--bench" ]; then
    [ -x /usr/bin/time ] || need+=(time)
    command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
    command -v python3 >/dev/null 2>&1 || need+=(python3)
fi
if [ "${1:-}" = "--optional" ]; then
    command -v dot >/dev/null 2>&1 || need+=(graphviz)
    fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing ${need[*]} and apt-get is not available; install them with your package manager" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "error: missing ${need[*]}; run as root or install sudo" >&2
        exit 1
    fi
fi
echo "installing ${need[*]} ..."
if [ "${1:-}" = "--optional" ]; then
    ($sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}") \
        || echo "warning: could not install ${need[*]}; SVG charts will say what is missing" >&2
    have_readline || { echo "error: libreadline-dev is still missing" >&2; exit 1; }
else
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi
