#!/usr/bin/env bash
# Runs the off-the-shelf BM25 baseline (scripts/bm25-baseline.py) in its own virtual environment,
# installing jieba and bm25s from PyPI the first time. Never fails `make eval`: without Python or
# network it says what is missing and stops.
set -uo pipefail
venv="$1"; shift
if ! command -v python3 >/dev/null 2>&1; then echo "baseline skipped: python3 is not installed"; exit 0; fi
if ! "$venv/bin/python" -c "import jieba, bm25s" >/dev/null 2>&1; then
    python3 -m venv "$venv" >/dev/null 2>&1 || { echo "baseline skipped: python3 -m venv failed (install python3-venv)"; exit 0; }
    "$venv/bin/pip" install -q jieba bm25s >/dev/null 2>&1 || { echo "baseline skipped: pip could not install jieba and bm25s"; exit 0; }
fi
exec "$venv/bin/python" "$(dirname "$0")/bm25-baseline.py" "$@"
