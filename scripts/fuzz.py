#!/usr/bin/env python3
"""Mutation fuzzer for the coach's three untrusted inputs (`make fuzz`, not part of `make test`).

Targets
  yaml    account files: `coach account import FILE --json` and `coach outline FILE --json`
  export  team-export lines: `coach import FILE --json`
  resume  stored sessions and /log drafts: rows of a copy of a store are mutated with SQL, then
          the REPL opens the account and runs /resume (and /log) with piped input

Each case runs with a timeout. A case is
  crash        the process died of a signal (a Swift trap, a segfault) or exited >= 128;
  hang         it did not finish within the timeout;
  bad-json     it printed JSON output that does not parse;
  unexpected   any other exit status than the ones the command documents (0, 1, 2, 64, 65, 130).
Every failing input is kept under --out with the command that ran it. The run ends after
--seconds (split evenly between the targets) and prints one line of counts per target; the exit
status is 1 if anything failed.

    scripts/fuzz.py .build/debug/coach --seconds 600 --out .build/fuzz
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTED_STATUS = {0, 1, 2, 64, 65, 130}
KEEP_PER_KIND = 25  # failing inputs kept per target and kind; the rest are only counted

# Values a hostile file or a colleague's broken export might carry.
HOSTILE_SCALARS = [
    "", "~", "null", "[]", "{}", "-1", "0", "-0", "1e309", "NaN", "9" * 40, "-9223372036854775809",
    "2026-02-30", "9999-12-31", "0000-00-00", "1900-13-01", "yes", "no", "on", "off",
    "\x1b]0;owned\x07", "\x1b[2J", "a\rb", "\u202eevil", "\u0085", "\x00", "\t", "'", '"', "\\",
    "x" * 5000, "名" * 3000, "*alias", "&anchor value", "!!binary aGVsbG8=", "!!python/object:x {}",
    "<<: *p", "? complex", "- - - -", "{a: [b, {c: d}]}", "=1+1", "@SUM(A1)", "%YAML 1.1",
]
HOSTILE_JSON = [
    None, True, False, 0, -1, -2**31, 2**31, 2**63, -2**63 - 1, 10**30, 1.5, -0.0, float("inf"),
    "", "x" * 10000, "\x1b]8;;http://x\x07link", "\u202e", "2026-13-45T99:99:99Z", "9999-12-31T23:59:59Z",
    "not-a-uuid", "00000000-0000-0000-0000-000000000000", [], {}, [1, 2], {"a": {"b": {"c": []}}},
]
BOMBS = [
    # chained merge keys
    "a: &a {x: 1}\nb: &b {<<: [*a, *a, *a]}\nc: &c {<<: [*b, *b, *b]}\nd: &d {<<: [*c, *c, *c]}\n"
    "e: &e {<<: [*d, *d, *d]}\nf: {<<: [*e, *e, *e]}\n",
    # billion laughs
    'a: &a ["l","l","l","l","l","l","l","l","l"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
    # deep nesting
    "x: " + "[" * 5000 + "]" * 5000 + "\n",
    "x:\n" + "".join("  " * i + "- \n" for i in range(1, 400)),
    # the same inside mappings the account decoder reads (people), where merge keys are resolved
    "account: Bomb\nid: bomb\npeople:\n  - &p0 {name: A, title: t, role: user}\n"
    + "".join(f"  - &p{i} {{<<: [*p{i-1}, *p{i-1}, *p{i-1}], name: P{i}}}\n" for i in range(1, 16)),
    "account: Bomb\nid: bomb\nproducts: &l0 [a, b, c, d, e, f, g, h, i]\n"
    + "".join(f"x{i}: &l{i} [*l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}, *l{i-1}]\n" for i in range(1, 8))
    + "people: [{name: A, title: t, role: user, notes: *l7}]\n",
]


class Runner:
    def __init__(self, coach: str, out: Path, timeout: float):
        self.coach = coach
        self.out = out
        self.timeout = timeout
        self.env = dict(os.environ, NO_COLOR="1", TZ="Asia/Shanghai", USER="fuzz")
        self.env.pop("COACH_STORE", None)

    def run(self, target, args, stdin=b"", expect_json=False, keep=None, counts=None):
        """Runs one case; classifies it; keeps the input files when it failed."""
        counts["runs"] += 1
        try:
            proc = subprocess.run([self.coach] + args, input=stdin, capture_output=True,
                                  timeout=self.timeout, env=self.env)
        except subprocess.TimeoutExpired:
            self.keep(target, "hang", args, stdin, keep, b"", counts)
            return
        status = proc.returncode
        if status < 0 or status >= 128 and status != 130:
            self.keep(target, "crash", args, stdin, keep, proc.stderr, counts)
        elif status not in EXPECTED_STATUS:
            self.keep(target, "unexpected", args, stdin, keep, proc.stderr, counts)
        elif expect_json and proc.stdout.strip():
            try:
                json.loads(proc.stdout)
            except ValueError:
                self.keep(target, "bad-json", args, stdin, keep, proc.stdout[:2000], counts)

    def keep(self, target, kind, args, stdin, files, detail, counts):
        counts[kind] += 1
        if counts[kind] > KEEP_PER_KIND:
            return
        case = self.out / target / f"{kind}-{counts[kind]:04d}"
        case.mkdir(parents=True, exist_ok=True)
        os.chmod(case, 0o700)
        for f in files or []:
            if os.path.isfile(f):
                shutil.copy(f, case / os.path.basename(f))
        (case / "command").write_text(" ".join([self.coach] + args) + "\n")
        (case / "stdin").write_bytes(stdin)
        (case / "detail").write_bytes(detail or b"")


def new_counts():
    return {"runs": 0, "crash": 0, "hang": 0, "bad-json": 0, "unexpected": 0}


# ---- account YAML -------------------------------------------------------------------------

def mutate_yaml(rng, seeds):
    text = rng.choice(seeds)
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(9)
        i = rng.randrange(len(lines)) if lines else 0
        if not lines:
            lines = [""]
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            lines[i] = key + ": " + rng.choice(HOSTILE_SCALARS)
        elif op == 4:
            lines[i] = " " * rng.randrange(0, 9) + lines[i].lstrip()
        elif op == 5:
            other = rng.choice(seeds).split("\n")
            k = rng.randrange(len(other))
            lines[i:i] = other[k:k + rng.randint(1, 8)]
        elif op == 6:
            b = bytearray(lines[i].encode("utf-8", "surrogateescape"))
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
            lines[i] = b.decode("utf-8", "surrogateescape")
        elif op == 7:
            lines[i] = lines[i] + " " + rng.choice(["&p", "*p", "<<: *p", "# c", "!!str", "- x"])
        else:
            lines.append(rng.choice(BOMBS))
    return "\n".join(lines).encode("utf-8", "surrogateescape")


def fuzz_yaml(runner, rng, deadline, work):
    seeds = [p.read_text() for p in sorted((ROOT / "demo/accounts").glob("*.yaml"))]
    seeds += [p.read_text() for p in sorted((ROOT / "Tests/Fixtures/accounts").glob("*.yaml"))]
    counts = new_counts()
    store = work / "yaml.sqlite"
    n = 0
    while time.monotonic() < deadline:
        n += 1
        case = work / f"account-{n % 2}.yaml"
        case.write_bytes(mutate_yaml(rng, seeds) if n % 25 else rng.choice(BOMBS).encode())
        if n % 3:
            runner.run("yaml", ["account", "import", "--store", str(store), str(case), "--json"],
                       expect_json=True, keep=[case], counts=counts)
        else:
            runner.run("yaml", ["outline", "--store", str(store), str(case), "--json"],
                       expect_json=True, keep=[case], counts=counts)
    return counts


# ---- team export --------------------------------------------------------------------------

def mutate_value(rng, value):
    if isinstance(value, dict) and value:
        key = rng.choice(list(value))
        op = rng.randrange(4)
        if op == 0:
            del value[key]
        elif op == 1:
            value[key] = rng.choice(HOSTILE_JSON)
        elif op == 2:
            value[key] = mutate_value(rng, value[key])
        else:
            value[rng.choice(["extra", key + "x", "position", "updatedAt", "id"])] = rng.choice(HOSTILE_JSON)
        return value
    if isinstance(value, list) and value:
        i = rng.randrange(len(value))
        if rng.random() < 0.5:
            value[i] = mutate_value(rng, value[i])
        else:
            value.insert(i, rng.choice(HOSTILE_JSON))
        return value
    return rng.choice(HOSTILE_JSON)


def mutate_export(rng, lines):
    out = list(lines)
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(out))
        op = rng.randrange(7)
        if op <= 2:
            try:
                obj = json.loads(out[i])
                out[i] = json.dumps(mutate_value(rng, obj), ensure_ascii=rng.random() < 0.5)
            except ValueError:
                pass
        elif op == 3:
            out.insert(i, out[rng.randrange(len(out))])
        elif op == 4:
            out[i] = out[i][: rng.randrange(len(out[i]) + 1)]
        elif op == 5:
            b = bytearray(out[i].encode("utf-8", "surrogateescape"))
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
            out[i] = b.decode("utf-8", "surrogateescape")
        else:
            del out[i]
        if not out:
            out = [""]
    sep = "\r\n" if rng.random() < 0.2 else "\n"
    return (sep.join(out) + sep).encode("utf-8", "surrogateescape")


def fuzz_export(runner, rng, deadline, work, export_lines):
    counts = new_counts()
    n = 0
    while time.monotonic() < deadline:
        n += 1
        store = work / f"export-{n % 4}.sqlite"
        if n % 4 == 0:
            for suffix in ("", "-wal", "-shm"):
                Path(str(store) + suffix).unlink(missing_ok=True)
        case = work / "team.jsonl"
        case.write_bytes(mutate_export(rng, export_lines))
        runner.run("export", ["import", "--store", str(store), str(case), "--json"],
                   expect_json=True, keep=[case], counts=counts)
    return counts


# ---- stored sessions and drafts -----------------------------------------------------------

def mutate_json_text(rng, text):
    if text is None:
        return json.dumps(rng.choice(HOSTILE_JSON))
    try:
        return json.dumps(mutate_value(rng, json.loads(text)))
    except ValueError:
        return text[: rng.randrange(len(text) + 1)]


def mutate_store(rng, path):
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys=OFF")
    sessions = db.execute("SELECT key FROM coachingSession").fetchall()
    for _ in range(rng.randint(1, 3)):
        try:
            mutate_store_once(rng, db, sessions)
        except sqlite3.IntegrityError:
            pass  # a mutation the schema itself refuses (NOT NULL, UNIQUE): nothing to try
    db.commit()
    db.close()


def mutate_store_once(rng, db, sessions):
    op = rng.randrange(8)
    if sessions and op <= 4:
        key = rng.choice(sessions)[0]
        if op == 0:
            db.execute("UPDATE coachingSession SET position=? WHERE key=?",
                       (rng.choice([-1, -100, 0, 18, 19, 20, 1000, 2**31, -2**63]), key))
        elif op == 1:
            column = rng.choice(["status", "language", "salesperson", "accountId", "pausedBy"])
            db.execute(f"UPDATE coachingSession SET {column}=? WHERE key=?",
                       (rng.choice(["paused", "finished", "", "bogus", "zh-Hant", "xx", "east-post", None]), key))
        elif op == 2:
            column = rng.choice(["flags", "strategies", "outline"])
            old = db.execute(f"SELECT {column} FROM coachingSession WHERE key=?", (key,)).fetchone()[0]
            db.execute(f"UPDATE coachingSession SET {column}=? WHERE key=?", (mutate_json_text(rng, old), key))
        elif op == 3:
            db.execute("UPDATE coachingSession SET accountVersion=?, updatedAt=? WHERE key=?",
                       (rng.choice([None, 0, -1, 99, 2**40]),
                        rng.choice(["9999-12-31 00:00:00.000", "garbage", "2026-12-02 01:00:00.000"]), key))
        else:
            db.execute("UPDATE OR IGNORE sessionAnswer SET answer=?, questionId=? WHERE sessionKey=? AND rowid IN "
                       "(SELECT rowid FROM sessionAnswer WHERE sessionKey=? LIMIT 1)",
                       (rng.choice(["", "是", "x" * 5000, "\x1b[2J", "否"]),
                        rng.choice(["q1a", "q9z", "", "q1b"]), key, key))
    elif op == 5:
        db.execute("UPDATE visitLogDraft SET step=?, phase=?",
                   (rng.choice([-1, 0, 3, 99, 2**31]), rng.choice(["", "bogus", "people", "issues"])))
    elif op == 6:
        row = db.execute("SELECT content, issues FROM visitLogDraft LIMIT 1").fetchone()
        if row:
            db.execute("UPDATE visitLogDraft SET content=?, issues=?",
                       (mutate_json_text(rng, row[0]), mutate_json_text(rng, row[1])))
    else:
        db.execute("UPDATE coachingSession SET status='paused', salesperson='fuzz', pausedBy=NULL")


def fuzz_resume(runner, rng, deadline, work, base_store):
    counts = new_counts()
    scripts = [
        b"/open east-post\n/resume\n\xe6\x98\xaf\n/back\n\n/skip\n/quit\n",
        b"/open east-post\n/prep\n\n/quit\n",
        b"/open east-post\n/log\n\n\n/cancel\n/quit\n",
        b"/resume\n/review\n/quit\n",
        b"/today\n/open riverside-health\n/resume\nyes\n/quit\n",
    ]
    n = 0
    while time.monotonic() < deadline:
        n += 1
        store = work / "resume.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(str(store) + suffix).unlink(missing_ok=True)
        shutil.copy(base_store, store)
        mutate_store(rng, store)
        lang = rng.choice(["en", "zh-Hans", "zh-Hant"])
        runner.run("resume", ["chat", "--store", str(store), "--lang", lang],
                   stdin=rng.choice(scripts), keep=[store], counts=counts)
    return counts


def build_base_store(runner, work):
    """A store with the demo accounts, a month of journal, a paused prep and an open /log draft."""
    store = work / "base.sqlite"
    env = runner.env
    coach = runner.coach
    subprocess.run([coach, "account", "import", "--store", str(store)]
                   + [str(p) for p in sorted((ROOT / "demo/accounts").glob("*.yaml"))],
                   check=True, capture_output=True, env=env)
    subprocess.run([str(ROOT / "scripts/demo-journal.sh"), coach, str(store)], check=True,
                   capture_output=True, env=env)
    for script in (b"/open east-post\n/prep\n\xe6\x98\xaf\n\xe5\x90\xb3\xe4\xbd\xa9\xe7\x8f\x8a\n/quit\n",
                   b"/open riverside-health\n/log\nmet Sarah Whitfield about the quote\n/quit\n"):
        subprocess.run([coach, "chat", "--store", str(store), "--lang", "zh-Hant"],
                       input=script, capture_output=True, env=env)
    subprocess.run(["sqlite3", str(store), "PRAGMA wal_checkpoint(TRUNCATE);"], capture_output=True)
    lines = subprocess.run([coach, "export", "--store", str(store), "-o", "-"], check=True,
                           capture_output=True, env=env).stdout.decode().splitlines()
    return store, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("coach")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 600)))
    parser.add_argument("--targets", default="yaml,export,resume")
    parser.add_argument("--out", default=str(ROOT / ".build/fuzz"))
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    runner = Runner(os.path.abspath(args.coach), out, args.timeout)
    rng = random.Random(args.seed)
    targets = [t for t in args.targets.split(",") if t]
    share = args.seconds / len(targets)
    failed = False
    with tempfile.TemporaryDirectory(prefix="coach-fuzz-") as tmp:
        work = Path(tmp)
        os.chmod(work, 0o700)
        base_store, export_lines = build_base_store(runner, work)
        print(f"fuzz: seed {args.seed}, {args.seconds:.0f} s over {', '.join(targets)}; failures kept in {out}")
        for target in targets:
            deadline = time.monotonic() + share
            if target == "yaml":
                counts = fuzz_yaml(runner, rng, deadline, work)
            elif target == "export":
                counts = fuzz_export(runner, rng, deadline, work, export_lines)
            elif target == "resume":
                counts = fuzz_resume(runner, rng, deadline, work, base_store)
            else:
                sys.exit(f"fuzz: unknown target {target} (yaml, export, resume)")
            print(f"{target:7} {counts['runs']:6} runs  {counts['crash']} crashes  {counts['hang']} hangs  "
                  f"{counts['bad-json']} invalid JSON  {counts['unexpected']} unexpected exits", flush=True)
            failed = failed or any(counts[k] for k in ("crash", "hang", "bad-json", "unexpected"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
