#!/usr/bin/env python3
"""Writes a candidate CSV of N rows for import benchmarks (deterministic).

Usage: candidates_csv.py N [FILE] [--seed S]

The columns are those of an English applicant-tracking export that
`debrief-cli import-candidates` maps without --map: Name, Email, Phone,
Applied on, Location, Source, Notes. Every address is distinct; every
tenth note is quoted with a comma, every hundredth spans two lines, so the
reader's quoted paths are part of what is timed. Same N and seed, same
bytes. Writes to standard output without FILE.
"""

import argparse
import random
import sys

FIRST = ["Ana", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ivo",
         "Jun", "Kateřina", "Lukas", "Mei", "Nora", "Omar", "Priya", "Quentin", "Rosa",
         "Sven", "Tariq", "Ulla", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"]
LAST = ["Lima", "Novak", "Müller", "Okafor", "Haddad", "Berg", "Sato", "Kowalski",
        "Dubois", "García", "Nakamura", "Schmidt", "Rossi", "Andersson", "Yilmaz",
        "Petrov", "Silva", "Nguyen", "O'Brien", "Fischer"]
CITIES = ["Berlin", "Lyon", "Porto", "Kraków", "Leeds", "Utrecht", "Graz", "Aarhus"]
SOURCES = ["LinkedIn", "Referral", "Careers page", "Job board", "Meetup"]


def rows(count, seed):
    rng = random.Random(seed)
    for i in range(count):
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{i}@example.org".replace("é", "e").replace("ř", "r") \
            .replace("ë", "e")
        phone = f"+49 30 {rng.randrange(1000000, 9999999)}"
        applied = f"2026-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        notes = "Strong portfolio"
        if i % 10 == 0:
            notes = '"Referred by a colleague, strong portfolio"'
        if i % 100 == 0:
            notes = '"Two lines:\nportfolio and references"'
        yield ",".join([name, email, phone, applied, rng.choice(CITIES),
                        rng.choice(SOURCES), notes])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("file", nargs="?")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    out = open(args.file, "w", encoding="utf-8", newline="") if args.file else sys.stdout
    with out:
        out.write("Name,Email,Phone,Applied on,Location,Source,Notes\n")
        for row in rows(args.count, args.seed):
            out.write(row + "\n")


if __name__ == "__main__":
    main()
