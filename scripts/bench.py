#!/usr/bin/env python3
"""Start-up and store benchmarks of the release `coach` (run by `make bench`).

Every figure is whole-process CPU time (user + sys) and peak resident memory from the kernel's rusage of that
process (a small compiled helper forks it and calls wait4),
the median of several runs, and a ratio to a floor measured in the same run: the machine is shared
and noisy, so wall times are never quoted.

Usage: scripts/bench.py BIN [--runs N] [--sizes 10000,100000[,1000000]] [--dir DIR] [--reuse SIZES] [--no-startup]

  BIN      the release coach binary
  --runs   runs per start-up figure (median), default 10; store figures use 3
  --sizes  store sizes in visit logs, default 10000,100000 (add 1000000 for the big one; it takes long)
  --dir    where generated exports and stores are kept between runs, outside the repository
           (default $COACH_BENCH_DIR, else /var/tmp/coach-bench); an export is generated once per size
  --reuse  sizes whose store in DIR is kept from an earlier run instead of imported again (the 1M
           import takes long): their import rows are left out
  --no-startup  only the store benchmarks
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUESTION = "老闆一直不見我怎麼辦"


# Runs a command and writes its own rusage: CPU in microseconds and its peak resident memory. A
# process Python starts inherits Python's memory high-water mark through fork and exec (so every
# peak after a large output read back would read as Python's), and /usr/bin/time both counts CPU in
# 10 ms steps and adds its own 2–3 ms: this helper is forked small and measures only its child.
MEASURE_C = r"""
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    if (argc < 3) return 125;
    pid_t pid = fork();
    if (pid < 0) return 125;
    if (pid == 0) { execvp(argv[2], argv + 2); _exit(127); }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) return 125;
    FILE *out = fopen(argv[1], "w");
    if (out == NULL) return 125;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(out, "%ld %ld %ld %ld %ld %d\n", (long)usage.ru_utime.tv_sec, (long)usage.ru_utime.tv_usec,
            (long)usage.ru_stime.tv_sec, (long)usage.ru_stime.tv_usec, usage.ru_maxrss, code);
    fclose(out);
    return code;
}
"""
MEASURE_BIN = None


def measure_helper(work):
    """Compiles the rusage helper into `work` (once per run of this script)."""
    global MEASURE_BIN
    source = os.path.join(work, "measure.c")
    with open(source, "w") as handle:
        handle.write(MEASURE_C)
    MEASURE_BIN = os.path.join(work, "measure")
    compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("clang") or shutil.which("gcc")
    if not compiler:
        sys.exit("bench: needs a C compiler (cc, clang or gcc) for its measuring helper")
    subprocess.run([compiler, "-O2", "-o", MEASURE_BIN, source], check=True)


def measure(argv, env, stdin=None):
    """(cpu seconds, peak MiB, exit status, stdout bytes, stderr bytes) of one run: CPU (user +
    sys, microseconds) and peak resident memory from the kernel's rusage of that process alone."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="coach-bench-usage-") as report:
        completed = subprocess.run([MEASURE_BIN, report.name] + argv, env=env, input=stdin, stdout=out, stderr=err)
        fields = open(report.name).read().split()
        if len(fields) != 6:
            sys.exit(f"bench: could not measure {' '.join(argv)} (status {completed.returncode})")
        user = int(fields[0]) + int(fields[1]) / 1e6
        system = int(fields[2]) + int(fields[3]) / 1e6
        out.seek(0)
        err.seek(0)
        return user + system, int(fields[4]) / 1024, int(fields[5]), out.read(), err.read()


def median_of(argv, env, runs, stdin=None, check=True):
    cpus, peaks = [], []
    for _ in range(runs):
        cpu, peak, status, out, err = measure(argv, env, stdin)
        if check and status != 0:
            sys.exit(f"bench: {' '.join(argv)} failed ({status}): {err.decode(errors='replace')[:400]}")
        cpus.append(cpu)
        peaks.append(peak)
    return statistics.median(cpus), max(peaks)


def table(title, header, rows):
    print(f"\n{title}\n")
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    print("| " + " | ".join(str(h).ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |")


def startup(bin_path, runs, work):
    env = dict(os.environ, NO_COLOR="1", COACH_CORPUS=os.path.join(ROOT, "corpus"),
               COACH_CACHE_DIR=os.path.join(work, "cache"), COACH_STORE=os.path.join(work, "startup.sqlite"),
               COACH_HISTORY=os.path.join(work, "history"), HOME=work, LANG="zh_TW.UTF-8")
    account = os.path.join(ROOT, "demo", "accounts", "east-post.yaml")
    ask = [bin_path, "ask", QUESTION, "--json"]
    # Warm-up: writes the snapshot and creates the store.
    subprocess.run(ask, env=env, stdout=subprocess.DEVNULL, check=True)
    subprocess.run([bin_path], env=env, input=b"/quit\n", stdout=subprocess.DEVNULL, check=True)
    help_cpu, help_peak = median_of([bin_path, "--help"], env, runs)
    rows = [("coach --help (floor)", help_cpu, help_peak)]
    figures = {}
    for name, argv, stdin in [
        ("ask … --json", ask, None),
        ("strategies east-post.yaml --json", [bin_path, "strategies", account, "--json"], None),
        ("outline east-post.yaml", [bin_path, "outline", account], None),
        ("REPL start → prompt → /quit", [bin_path], b"/quit\n"),
        ("REPL start + first answer", [bin_path], (QUESTION + "\n/quit\n").encode()),
        ("corpus check (always parses)", [bin_path, "corpus", "check"], None),
    ]:
        cpu, peak = median_of(argv, env, runs, stdin)
        figures[name] = cpu
        rows.append((name, cpu, peak))
    # With no usable cache: what every start cost before the snapshot.
    cold_env = dict(env, COACH_CACHE_DIR="/proc/coach-bench-no-cache")
    cold_cpu, cold_peak = median_of(ask, cold_env, max(3, runs // 3))
    rows.append(("ask … --json, no snapshot (parse + build)", cold_cpu, cold_peak))
    printed = [(name, f"{cpu:.3f}", f"{cpu / help_cpu:.1f}×", f"{peak:.1f}") for name, cpu, peak in rows]
    first_answer = figures["REPL start + first answer"] - figures["REPL start → prompt → /quit"]
    printed.append(("first answer after the prompt (difference)", f"{first_answer:.3f}", "", ""))
    table(f"Start-up (median CPU of {runs} runs; ratio to coach --help in this run)",
          ["what", "CPU s", "÷ help", "peak MiB"], printed)


def sqlite_floor(store, word):
    """The sqlite3 shell's LIKE over coach's own tables: the newest version of each log whose content
    contains the word, or with a follow-up that does."""
    sql = (
        "SELECT l.uuid, v.content FROM visitLog l JOIN visitLogVersion v ON v.logId = l.id AND v.version = l.version "
        f"WHERE v.content LIKE '%{word}%' OR EXISTS (SELECT 1 FROM followUp f WHERE f.logId = l.id AND f.text LIKE '%{word}%');"
    )
    return ["sqlite3", store, sql]


def stores(bin_path, sizes, directory, reuse=()):
    os.makedirs(directory, exist_ok=True)
    env = dict(os.environ, NO_COLOR="1", COACH_CORPUS=os.path.join(ROOT, "corpus"),
               COACH_CACHE_DIR=os.path.join(directory, "cache"), HOME=directory, TZ="UTC")
    rows = []
    for size in sizes:
        export = os.path.join(directory, f"team-{size}.jsonl")
        store = os.path.join(directory, f"store-{size}.sqlite")
        reused = size in reuse and os.path.exists(store)
        if not reused and not os.path.exists(export):
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-team-export.py"), str(size), export + ".tmp"], check=True)
            os.rename(export + ".tmp", export)
        runs = 1 if size >= 1_000_000 else 3
        figures = []
        if reused:
            # Opened once, so that a newer coach's migrations are not counted in the figures below.
            subprocess.run([bin_path, "journal", "--store", store, "--limit", "1", "--short"], env=env, stdout=subprocess.DEVNULL, check=True)
        else:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(store + suffix):
                    os.remove(store + suffix)
            import_cpu, import_peak, status, _, err = measure([bin_path, "import", "--store", store, export], env)
            if status != 0:
                sys.exit(f"bench: import of {size} failed: {err.decode(errors='replace')[:400]}")
            reimport_cpu, _, _, _, _ = measure([bin_path, "import", "--store", store, export], env)
            subprocess.run([bin_path, "account", "import", "--store", store] +
                           [os.path.join(ROOT, "demo", "accounts", name) for name in sorted(os.listdir(os.path.join(ROOT, "demo", "accounts")))],
                           env=env, stdout=subprocess.DEVNULL, check=True)
            figures = [("import", import_cpu, import_peak, ""), ("re-import (unchanged)", reimport_cpu, 0, "")]
        floor_cpu, floor_peak = median_of(sqlite_floor(store, "投遞"), env, runs)
        # A floor under a millisecond is below what the ratio can resolve: shown as "at most".
        floor_shown = "≤ " if floor_cpu < 0.001 else ""
        floor_cpu = max(floor_cpu, 0.001)
        for name, argv in [
            ("journal --search 投遞 --format json", [bin_path, "journal", "--store", store, "--search", "投遞", "--format", "json"]),
            ("journal --search 投递 (Simplified)", [bin_path, "journal", "--store", store, "--search", "投递", "--format", "json"]),
            ("journal --account east-post --json", [bin_path, "journal", "--store", store, "--account", "east-post", "--json"]),
            ("review --period 2026-11 --json", [bin_path, "review", "--store", store, "--period", "2026-11", "--json"]),
            ("report monthly --period 2026-11", [bin_path, "report", "monthly", "--store", store, "--period", "2026-11"]),
        ]:
            cpu, peak = median_of(argv, env, runs)
            figures.append((name, cpu, peak, f"{floor_shown}{cpu / floor_cpu:.1f}×" if "search" in name else ""))
        size_mib = os.path.getsize(store) / (1 << 20)
        for name, cpu, peak, ratio in figures:
            rows.append((f"{size:,}", name, f"{cpu:.3f}", ratio, f"{peak:.1f}" if peak else ""))
        rows.append((f"{size:,}", "sqlite3 LIKE floor (search)", f"{floor_cpu:.3f}", "1.0×", f"{floor_peak:.1f}"))
        rows.append((f"{size:,}", "store size MiB", f"{size_mib:.1f}", "", ""))
    table("Store (median CPU of 3 runs, 1 at 1M; ratio to the sqlite3 LIKE floor over the same store)",
          ["logs", "what", "CPU s", "÷ floor", "peak MiB"], rows)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    bin_path = os.path.abspath(args[0])
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 10
    sizes = [int(s) for s in (args[args.index("--sizes") + 1] if "--sizes" in args else "10000,100000").split(",") if s]
    directory = args[args.index("--dir") + 1] if "--dir" in args else os.environ.get("COACH_BENCH_DIR", "/var/tmp/coach-bench")
    reuse = [int(s) for s in args[args.index("--reuse") + 1].split(",") if s] if "--reuse" in args else []
    work = tempfile.mkdtemp(prefix="coach-bench-")
    try:
        measure_helper(work)
        if "--no-startup" not in args:
            startup(bin_path, runs, work)
        if sizes:
            stores(bin_path, sizes, directory, reuse)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
