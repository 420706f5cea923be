#!/usr/bin/env python3
"""Checks `coach care birthdays --month M --json` for every month of 2026-2028 against PyPI
`lunar-python`, on the acceptance accounts in Tests/Fixtures/care/acceptance (their birthdays are
listed below, as the files give them), under the rules the README documents: a leap-month birthday
falls in the leap month in years that have it and in the regular month otherwise; a day 30 in a
29-day month falls on day 29; 02-29 falls on 02-28 in common years.

    python3 -m venv /tmp/lunar && /tmp/lunar/bin/pip install lunar-python
    /tmp/lunar/bin/python scripts/care/check-acceptance.py .build/debug/coach

It imports the files into a store in a temporary folder (removed afterwards).
"""
import datetime, json, os, pathlib, shutil, subprocess, sys, tempfile
from lunar_python import Lunar, LunarYear
BIN, = sys.argv[1:]
FOLDER = pathlib.Path(__file__).resolve().parents[2] / "Tests/Fixtures/care/acceptance"
people = [  # (account, person, month, day, calendar, leap)
    ("nanhu-water", "周建华", 10, 24, "lunar", False),
    ("nanhu-water", "刘芳", 5, 15, "lunar", True),
    ("nanhu-water", "马丽", 12, 5, "solar", False),
    ("nanhu-water", "陈静", 12, 20, "solar", False),
    ("jinlun-auto", "王強", 12, 30, "lunar", False),
    ("jinlun-auto", "孫敏", 10, 30, "lunar", False),
    ("xihe-hospital", "Grace Zhao", 11, 2, "solar", False),
]
def occurrences(m, d, cal, leap, first, last):
    days = []
    if cal == "solar":
        for y in range(first.year, last.year + 1):
            try: day = datetime.date(y, m, d)
            except ValueError: day = datetime.date(y, 2, 28)   # 02-29 in a common year
            days.append(day)
    else:
        for ly in range(first.year - 1, last.year + 1):
            month = -m if leap and LunarYear.fromYear(ly).getLeapMonth() == m else m
            count = [x for x in LunarYear.fromYear(ly).getMonths() if x.getYear() == ly and x.getMonth() == month][0].getDayCount()
            s = Lunar.fromYmd(ly, month, min(d, count)).getSolar()
            days.append(datetime.date(s.getYear(), s.getMonth(), s.getDay()))
    return [x for x in days if first <= x <= last]
home = tempfile.mkdtemp()
os.environ["COACH_STORE"] = os.path.join(home, "coach.sqlite")
subprocess.run([BIN, "account", "import", *sorted(map(str, FOLDER.glob("*.yaml")))], check=True, capture_output=True)
bad = 0
for y in (2026, 2027, 2028):
    for mo in range(1, 13):
        first = datetime.date(y, mo, 1); last = (datetime.date(y + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(days=1))
        want = sorted((str(day), a, p) for a, p, m, d, c, l in people for day in occurrences(m, d, c, l, first, last))
        out = json.loads(subprocess.run([BIN, "care", "birthdays", "--month", "%d-%02d" % (y, mo), "--json"], capture_output=True, text=True, check=True).stdout)
        got = sorted((b["date"], b["account"], b["person"]) for b in out["birthdays"])
        if got != want: bad += 1; print("DIFF", y, mo, "want", want, "got", got)
shutil.rmtree(home)
print("months differing:", bad)
sys.exit(1 if bad else 0)
