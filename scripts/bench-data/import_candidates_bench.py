#!/usr/bin/env python3
"""Times `debrief-cli import-candidates` against `sqlite3 .import` of the same CSV.

Usage: import_candidates_bench.py DEBRIEF_CLI [--rows 10000,100000] [--runs 5]
                                  [--memory-rows 1000000] [--sqlite3 /usr/bin/sqlite3]

For each row count it writes a candidate CSV (candidates_csv.py, fixed seed),
then runs, in turn, the import into a fresh copy of the demo database and
`.import` of the same file into a plain table of a fresh SQLite file, and
prints the median of throughput(debrief) / throughput(sqlite3) over the
pairs: the ratio docs/BENCHMARKS.md quotes (higher is better; 1.0 would be
SQLite's own bulk load). It also prints, as the floor of Debrief's schema,
SQLite loading the same rows into Debrief's two tables itself (`.import`
into a temporary table, then one INSERT ... SELECT per table). With
--memory-rows it imports that many rows once under /usr/bin/time and prints
the peak resident memory. Release builds only give meaningful figures.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

FLOOR_SQL = """
.mode csv
.import {csv} temp.incoming
INSERT INTO candidates (uuid, full_name, email, phone, location, source, notes, created_at)
  SELECT lower(hex(randomblob(16))), "Name", "Email", "Phone", "Location", "Source", "Notes",
         "Applied on" || 'T00:00:00Z' FROM temp.incoming;
INSERT INTO applications (uuid, candidate_id, opening_id, stage, furthest_stage, applied_on,
                          updated_at)
  SELECT lower(hex(randomblob(16))), c.id, 1, 'applied', 'applied', i."Applied on",
         i."Applied on" || 'T00:00:00Z'
  FROM temp.incoming i JOIN candidates c ON lower(trim(c.email)) = lower(trim(i."Email"))
                                         AND c.email_shared = FALSE AND c.email <> '';
"""


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli")
    parser.add_argument("--rows", default="10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--memory-rows", type=int, default=0)
    parser.add_argument("--sqlite3", default="/usr/bin/sqlite3")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="debrief-import-bench-")
    try:
        template = os.path.join(work, "demo.sqlite")
        subprocess.run([args.cli, "demo", "--out", template, "--today", "2026-11-26"], check=True,
                       stdout=subprocess.DEVNULL)
        for count in [int(n) for n in args.rows.split(",") if n]:
            csv = os.path.join(work, f"candidates-{count}.csv")
            subprocess.run([sys.executable, os.path.join(HERE, "candidates_csv.py"),
                            str(count), csv], check=True)
            ratios, floors, debrief_times, sqlite_times = [], [], [], []
            for run in range(args.runs):
                db = os.path.join(work, f"run-{run}.sqlite")
                shutil.copyfile(template, db)
                debrief = timed([args.cli, "import-candidates", "--db", db, "--opening", "1",
                                 csv], stderr=subprocess.DEVNULL)
                plain = os.path.join(work, f"plain-{run}.sqlite")
                sqlite = timed([args.sqlite3, plain, ".mode csv", f".import {csv} t"])
                floor_db = os.path.join(work, f"floor-{run}.sqlite")
                shutil.copyfile(template, floor_db)
                floor = timed([args.sqlite3, floor_db], input=FLOOR_SQL.format(csv=csv),
                              text=True)
                for path in (db, plain, floor_db):
                    for suffix in ("", "-wal", "-shm"):
                        if os.path.exists(path + suffix):
                            os.remove(path + suffix)
                debrief_times.append(debrief)
                sqlite_times.append(sqlite)
                ratios.append(sqlite / debrief)
                floors.append(sqlite / floor)
            print(f"{count} rows: import-candidates {statistics.median(debrief_times):.2f} s, "
                  f"sqlite3 .import {statistics.median(sqlite_times):.2f} s; "
                  f"throughput ratio {statistics.median(ratios):.3f}x "
                  f"(schema floor {statistics.median(floors):.3f}x; "
                  f"{statistics.median(debrief_times) / count * 1e6:.1f} us per row)")
        if args.memory_rows:
            csv = os.path.join(work, f"candidates-{args.memory_rows}.csv")
            subprocess.run([sys.executable, os.path.join(HERE, "candidates_csv.py"),
                            str(args.memory_rows), csv], check=True)
            db = os.path.join(work, "memory.sqlite")
            shutil.copyfile(template, db)
            result = subprocess.run(["/usr/bin/time", "-f", "%M %e", args.cli,
                                     "import-candidates", "--db", db, "--opening", "1", csv],
                                    check=True, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE, text=True)
            peak_kib, wall = result.stderr.strip().splitlines()[-1].split()
            print(f"{args.memory_rows} rows: peak {int(peak_kib) / 1024:.0f} MiB, "
                  f"{float(wall):.1f} s ({float(wall) / args.memory_rows * 1e6:.1f} us per row)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
