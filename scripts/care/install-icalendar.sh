#!/usr/bin/env bash
# Makes a Python with PyPI `icalendar` at $1 (a venv under .build), for the .ics test. Never fails
# the build: without python3 or the network the test skips its parser check and says so.
set -u
python="$1"
venv="$(dirname "$(dirname "$python")")"
if [ -x "$python" ] && "$python" -c "import icalendar" >/dev/null 2>&1; then exit 0; fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "note: python3 not found; the .ics parser check will be skipped" >&2
    exit 0
fi
if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    # Debian's python3 needs python3-venv for this.
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null 2>&1 || true
    fi
    python3 -m venv "$venv" >/dev/null 2>&1 || { echo "note: cannot create a Python venv; the .ics parser check will be skipped" >&2; exit 0; }
fi
"$venv/bin/pip" install -q "icalendar>=5,<8" >/dev/null 2>&1 \
    || { echo "note: cannot install icalendar from PyPI; the .ics parser check will be skipped" >&2; rm -rf "$venv"; exit 0; }
