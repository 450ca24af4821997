#!/usr/bin/env python3
"""Kills Debrief with SIGKILL in the middle of its writes, again and again,
and checks that every file it leaves behind is whole.

Three kinds of write, taken in turn: `debrief-cli import-json` and
`debrief-cli import-candidates` of inputs of three sizes each, and a
scorecard draft saved in a loop through ScorecardWorkflow::saveDraft, the
editor's autosave path (`debrief-testtool autosave-loop`). Each round copies
a fresh database, starts the writer, kills it after a random delay (seeded
and printed; most delays fall late in the run, where the write transaction
is) and then checks the file:

  unopenable  `debrief-cli export-json` cannot open it (and, every
              --gui-every rounds, `debrief --screenshot` cannot show it);
  corrupt     `PRAGMA integrity_check` is not "ok" (Python's own SQLite);
  partial     the data is neither exactly as before the write nor exactly
              as after it: every table's row count and a checksum of its
              rows (uuids and wall-clock stamps left out) for the imports;
              for the autosave, a card whose ratings and takeaways come from
              two saves, or that lost a save the tool had reported committed.

The last line is "N kills, 0 corrupt, 0 partial, 0 unopenable"; the exit
status is 1 when any file was bad or fewer than --kills kills happened
within --budget seconds. docs/RELIABILITY.md records a run.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

# Columns whose values a rerun of the same import may change: random uuids
# (a CSV import makes new ones) and stamps of the day or hour it ran.
VOLATILE = {"uuid", "created_at", "updated_at", "applied_on"}
DEMO_DAY = "2026-03-01"


def run(args, **kwargs):
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          check=False, **kwargs)


def must(args):
    result = run(args)
    if result.returncode != 0:
        sys.exit(f"crash-test: {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


def remove_database(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_database(source, target):
    remove_database(target)
    shutil.copyfile(source, target)


def signature(path):
    """Per table: row count and a checksum of its rows without the
    volatile columns. Equal signatures: the same data."""
    connection = sqlite3.connect(path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        result = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(
                "SELECT * FROM pragma_table_info(?)", (table,)) if row[1] not in VOLATILE]
            if table == "sqlite_sequence":
                columns = ["name", "seq"]
            names = ", ".join(f'"{column}"' for column in columns)
            rows = sorted(repr(row) for row in connection.execute(
                f'SELECT {names} FROM "{table}"'))
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
            result[table] = (len(rows), digest)
        return result
    finally:
        connection.close()


def integrity(path):
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()


# The autosave loop's save K, as AutosaveLoop.cpp writes it (keep in step).
def expected_rating(k, index, scale):
    padding = "x" * ((k * 37 + index * 11) % 400)
    return (k + index) % scale + 1, f"save {k} criterion {index} " + padding


def autosave_state(path, interview, panelist):
    """The save number the stored card holds, or None when its ratings and
    takeaways do not all come from one save."""
    connection = sqlite3.connect(path)
    try:
        card = connection.execute(
            "SELECT id, key_takeaways, rubric_id FROM scorecards "
            "WHERE interview_id = ? AND panelist_id = ?", (interview, panelist)).fetchone()
        if card is None:
            return None
        match = re.fullmatch(r"save (\d+)", card[1])
        if not match:
            return None
        k = int(match.group(1))
        criteria = connection.execute(
            "SELECT id, scale_size FROM criteria WHERE rubric_id = ? ORDER BY sort_order",
            (card[2],)).fetchall()
        ratings = {row[0]: (row[1], row[2]) for row in connection.execute(
            "SELECT criterion_id, score, evidence FROM ratings WHERE scorecard_id = ?",
            (card[0],))}
        if len(ratings) != len(criteria):
            return None
        for index, (criterion, scale) in enumerate(criteria):
            if ratings.get(criterion) != expected_rating(k, index, scale):
                return None
        return k
    finally:
        connection.close()


class Tally:
    def __init__(self):
        self.kills = self.corrupt = self.partial = self.unopenable = 0
        self.finished = self.before = self.after = self.mid_write = self.gui = 0


class CrashTest:
    def __init__(self, options, work):
        self.options = options
        self.work = work
        self.random = random.Random(options.seed)
        self.tally = {kind: Tally() for kind in ("import-json", "import-candidates", "autosave")}
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
                        XDG_CONFIG_HOME=os.path.join(work, "config"),
                        XDG_DATA_HOME=os.path.join(work, "data"))
        self.rounds = 0

    def path(self, name):
        return os.path.join(self.work, name)

    def cli(self, *args):
        return [self.options.cli, *args]

    # -- preparing the inputs and what each must leave -------------------

    def prepare(self):
        base = self.path("base.sqlite")
        must(self.cli("demo", "--out", base, "--seed", "1", "--today", DEMO_DAY, "--force"))
        self.base = base
        self.inputs = {"import-json": [], "import-candidates": []}
        for index, extra in enumerate((0, 1500, 4000)):
            source = self.path(f"source-{index}.sqlite")
            must(self.cli("demo", "--out", source, "--seed", str(11 + index), "--today", DEMO_DAY,
                          "--candidates", str(extra), "--force"))
            json_path = self.path(f"opening-{index}.json")
            must(self.cli("export-json", "--db", source, "--opening", "1", "--out", json_path))
            self.inputs["import-json"].append(self.reference(
                self.cli("import-json", "--db", "{db}", json_path)))
        for index, count in enumerate((300, 2000, 6000)):
            csv_path = self.path(f"candidates-{index}.csv")
            with open(csv_path, "w", encoding="utf-8") as out:
                out.write("Name,Email,Phone,Location\n")
                for row in range(count):
                    out.write(f"Person {index}-{row},p{index}.{row}@example.org,"
                              f"+49 30 {row:07d},Berlin\n")
            self.inputs["import-candidates"].append(self.reference(
                self.cli("import-candidates", "--db", "{db}", "--opening", "1", csv_path)))
        self.before = signature(base)
        # The autosave starts from a stored draft (its first save).
        self.autosave_base = self.path("autosave-base.sqlite")
        copy_database(base, self.autosave_base)
        out = must([self.options.tool, "autosave-loop", "--db", self.autosave_base, "--saves", "1"])
        card = re.search(r"^card (\d+) (\d+)$", out, re.M)
        self.card = (int(card.group(1)), int(card.group(2)))

    def reference(self, command):
        """Runs `command` to its end on copies of the base, twice: how long
        it takes (the faster run), when its writes reach the WAL, and what
        the database holds afterwards."""
        first, second = self.timed_run(command), self.timed_run(command)
        if first["after"] != second["after"]:
            sys.exit(f"crash-test: two runs of {' '.join(command)} left different data")
        return min(first, second, key=lambda run: run["seconds"])

    def timed_run(self, command):
        target = self.path("reference.sqlite")
        copy_database(self.base, target)
        args = [part.replace("{db}", target) for part in command]
        start = time.monotonic()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True)
        # When the -wal file first holds pages, the write transaction is
        # spilling or committing: the kills aim around there.
        writing = None
        while process.poll() is None:
            if writing is None and os.path.exists(target + "-wal") and \
                    os.path.getsize(target + "-wal") > 0:
                writing = time.monotonic() - start
            time.sleep(0.002)
        seconds = time.monotonic() - start
        if process.returncode != 0:
            sys.exit(f"crash-test: {' '.join(args)} failed:\n{process.stderr.read()}")
        return {"command": command, "seconds": seconds,
                "writing": seconds if writing is None else writing,
                "after": signature(target)}

    # -- one round ----------------------------------------------------------

    def delay(self, reference):
        # A fifth anywhere in the run, the rest late in it: from a little
        # before the writes reached the WAL in the uninterrupted run (half of
        # them from just before) to its end; the command reads and checks
        # its input first.
        seconds, writing = reference["seconds"], reference["writing"]
        draw = self.random.random()
        if draw < 0.2:
            return self.random.uniform(0.0, seconds)
        lead = 0.15 if draw < 0.5 else 0.03
        return self.random.uniform(max(0.0, writing - lead * seconds), seconds)

    def kill_after(self, args, delay, stdout):
        process = subprocess.Popen(args, stdout=stdout, stderr=subprocess.DEVNULL, env=self.env)
        time.sleep(delay)
        killed = process.poll() is None
        if killed:
            process.kill()  # SIGKILL
        process.wait()
        return killed

    def opens(self, db, tally):
        opened = run(self.cli("export-json", "--db", db, "--opening", "2"), env=self.env)
        if opened.returncode != 0:
            return False
        if self.options.gui and self.rounds % self.options.gui_every == 0:
            png = self.path("screen.png")
            if os.path.exists(png):
                os.remove(png)
            shown = run([self.options.gui, "--screenshot", png, "--db", db], env=self.env)
            if shown.returncode != 0 or not os.path.exists(png):
                return False
            tally.gui += 1
        return True

    def import_round(self, kind):
        tally = self.tally[kind]
        size = self.random.randrange(len(self.inputs[kind]))
        reference = self.inputs[kind][size]
        db = self.path("work.sqlite")
        copy_database(self.base, db)
        delay = self.delay(reference)
        args = [part.replace("{db}", db) for part in reference["command"]]
        if not self.kill_after(args, delay, subprocess.DEVNULL):
            tally.finished += 1
            return
        tally.kills += 1
        wal = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
        if not self.opens(db, tally):
            tally.unopenable += 1
            self.report(kind, size, delay, "unopenable")
            return
        if not integrity(db):
            tally.corrupt += 1
            self.report(kind, size, delay, "corrupt")
            return
        state = signature(db)
        if state == self.before:
            tally.before += 1
            tally.mid_write += wal > 0
        elif state == reference["after"]:
            tally.after += 1
        else:
            tally.partial += 1
            self.report(kind, size, delay, "partial")

    def autosave_round(self):
        tally = self.tally["autosave"]
        db = self.path("work.sqlite")
        copy_database(self.autosave_base, db)
        delay = self.random.uniform(0.02, 0.5)
        log = self.path("autosave.log")
        with open(log, "w", encoding="utf-8") as out:
            if not self.kill_after([self.options.tool, "autosave-loop", "--db", db], delay, out):
                tally.finished += 1
                return
        tally.kills += 1
        with open(log, encoding="utf-8") as saved:
            acknowledged = [int(k) for k in re.findall(r"^saved (\d+)$", saved.read(), re.M)]
        last = acknowledged[-1] if acknowledged else 1
        if not self.opens(db, tally):
            tally.unopenable += 1
            self.report("autosave", last, delay, "unopenable")
            return
        if not integrity(db):
            tally.corrupt += 1
            self.report("autosave", last, delay, "corrupt")
            return
        stored = autosave_state(db, *self.card)
        if stored == last:
            tally.before += 1
        elif stored == last + 1:
            tally.after += 1
        else:
            # Mixed saves, or a save reported committed and then lost.
            tally.partial += 1
            self.report("autosave", last, delay, f"partial (stored save {stored})")

    def report(self, kind, detail, delay, what):
        print(f"  round {self.rounds}: {kind} ({detail}) killed after {delay * 1000:.0f} ms: "
              f"{what}; the file is kept in {self.work}", flush=True)
        self.keep = True

    # -- the whole run ------------------------------------------------------

    def total(self, field):
        return sum(getattr(tally, field) for tally in self.tally.values())

    def run(self):
        self.keep = False
        start = time.monotonic()
        print(f"crash test: seed {self.options.seed}, at least {self.options.kills} kills, "
              f"at most {self.options.budget} s", flush=True)
        self.prepare()
        for kind in ("import-json", "import-candidates"):
            times = ", ".join(f"{r['seconds'] * 1000:.0f} (writing from {r['writing'] * 1000:.0f})"
                              for r in self.inputs[kind])
            print(f"  {kind}: inputs of three sizes take {times} ms uninterrupted", flush=True)
        kinds = ["import-json", "import-candidates", "autosave"]
        per_kind = -(-self.options.kills // len(kinds))
        while time.monotonic() - start < self.options.budget:
            if all(self.tally[kind].kills >= per_kind for kind in kinds):
                break
            kind = kinds[self.rounds % len(kinds)]
            self.rounds += 1
            if self.tally[kind].kills >= per_kind:
                continue
            if kind == "autosave":
                self.autosave_round()
            else:
                self.import_round(kind)
        elapsed = time.monotonic() - start
        for kind, tally in self.tally.items():
            if kind == "autosave":
                # Earlier saves are in the WAL anyway: only the save in flight counts.
                outcome = (f"{tally.before} found the save in flight rolled back, "
                           f"{tally.after} found it committed")
            else:
                outcome = (f"{tally.before} left it as before, {tally.mid_write} of them with "
                           f"the interrupted write in the WAL; {tally.after} as after")
            print(f"  {kind}: {tally.kills} kills ({outcome}); {tally.finished} finished before "
                  f"the kill; opened in the window {tally.gui} times", flush=True)
        kills = self.total("kills")
        bad = self.total("corrupt") + self.total("partial") + self.total("unopenable")
        print(f"crash test: {kills} kills, {self.total('corrupt')} corrupt, "
              f"{self.total('partial')} partial, {self.total('unopenable')} unopenable "
              f"in {elapsed:.0f} s (seed {self.options.seed})", flush=True)
        if kills < self.options.kills:
            print(f"crash test: FAILED: only {kills} kills within {self.options.budget} s",
                  flush=True)
            return 1
        return 1 if bad else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="debrief-cli")
    parser.add_argument("--tool", required=True, help="debrief-testtool")
    parser.add_argument("--gui", help="debrief, to open the file in the window too")
    parser.add_argument("--gui-every", type=int, default=10,
                        help="open every Nth round's file in the window (default 10)")
    parser.add_argument("--kills", type=int, default=120, help="kills to reach (default 120)")
    parser.add_argument("--budget", type=float, default=210,
                        help="seconds at most, preparation included (default 210)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: new)")
    parser.add_argument("--work", help="folder for the files (default: a temporary one)")
    options = parser.parse_args()
    if options.seed is None:
        options.seed = random.SystemRandom().randrange(1, 1_000_000)
    work = options.work or tempfile.mkdtemp(prefix="debrief-crash-")
    os.makedirs(work, exist_ok=True)
    test = CrashTest(options, work)
    status = test.run()
    if not test.keep and not options.work:
        shutil.rmtree(work, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
