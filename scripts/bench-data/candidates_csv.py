#!/usr/bin/env python3
"""Writes a deterministic candidate CSV file for the benchmarks (scripts/bench).

The columns are the ones a spreadsheet or an applicant-tracking export has
and `debrief-cli import-candidates` recognises by their English headers:

  First name,Last name,Email,Phone,Location,Source,Applied on

Names come from two lists of 64 first and 64 last names (some with accents,
so the search's case folding sees more than ASCII); every e-mail is unique
(the row number is in it), so no row is a duplicate of another. The same
--rows, --seed and --first give byte-identical files: about 85 bytes a row,
85 MB for a million rows, written as a stream (constant memory).

  candidates_csv.py --rows 100000 --out candidates.csv
  candidates_csv.py --rows 300 --first 5000000 --out other.csv   # other e-mails
"""

import argparse
import datetime
import random
import sys

FIRST = ["Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Karin", "Liam", "Maya", "Noah", "Olga", "Pavel", "Quentin", "Rosa", "Sven", "Tara",
         "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoë", "Amir", "Björn", "Clara", "Dmitri",
         "Emma", "Felix", "Gül", "Hannah", "Ivan", "Jana", "Kofi", "Lena", "Marcus", "Nora",
         "Oskar", "Priya", "Rafael", "Sofia", "Theo", "Ulla", "Viktor", "Wanda", "Yara", "Zeynep",
         "Aiko", "Bruno", "Carmen", "Dario", "Eva", "Fatima", "Gustav", "Helena", "Ilias",
         "Julia", "Kenji", "Lucía", "Mateo", "Nina"]
LAST = ["Müller", "Schmidt", "Dubois", "Martin", "Rossi", "García", "Nowak", "Jensen", "Smith",
        "Johnson", "Kowalski", "Yılmaz", "Novák", "Silva", "Costa", "Weber", "Fischer", "Meyer",
        "Wagner", "Becker", "Lefèvre", "Moreau", "Bernard", "Laurent", "Bianchi", "Romano",
        "Colombo", "Fernández", "López", "Martínez", "Hansen", "Larsen", "Berg", "Lindqvist",
        "Virtanen", "Korhonen", "Horváth", "Kovács", "Popescu", "Ionescu", "Petrov", "Ivanova",
        "O'Brien", "Murphy", "Walsh", "Kelly", "Tanaka", "Suzuki", "Nguyen", "Tran", "Kim",
        "Park", "Chen", "Wang", "Okafor", "Mensah", "Haddad", "Khalil", "Cohen", "Levi",
        "Andersen", "Nielsen", "De Vries", "Jansen"]
CITIES = ["Berlin", "Hamburg", "München", "Köln", "Wien", "Zürich", "Paris", "Lyon", "Amsterdam",
          "Brussels", "London", "Dublin", "Lisbon", "Madrid", "Milan", "Warsaw", "Prague",
          "Copenhagen", "Stockholm", "Helsinki", "Remote"]
SOURCES = ["LinkedIn", "Indeed", "Referral", "Careers page", "Job fair", "Agency", ""]
HEADER = "First name,Last name,Email,Phone,Location,Source,Applied on\n"
# Application dates in the year before the demo's usual day.
LAST_DAY = datetime.date(2026, 11, 20)
DAYS = 365


def ascii_part(text):
    """The e-mail's local part: letters only, accents dropped."""
    table = str.maketrans("éèëöüäçñığşúíóáÖÜÄ'", "eeeouacnigsuioaOUA ")
    return "".join(c for c in text.translate(table).lower() if c.isalnum())


def rows(count, seed, first):
    rng = random.Random(seed)
    for index in range(first, first + count):
        given = FIRST[rng.randrange(len(FIRST))]
        family = LAST[rng.randrange(len(LAST))]
        email = f"{ascii_part(given)}.{ascii_part(family)}.{index}@example.com"
        phone = f"+49 30 {rng.randrange(10_000_000):07d}"
        city = CITIES[rng.randrange(len(CITIES))]
        source = SOURCES[rng.randrange(len(SOURCES))]
        applied = LAST_DAY - datetime.timedelta(days=rng.randrange(DAYS))
        # O'Brien and De Vries need no quoting: no comma, quote or newline.
        yield f"{given},{family},{email},{phone},{city},{source},{applied.isoformat()}\n"


def write(path, count, seed=1, first=0):
    """Writes `count` rows to `path`; returns the number of bytes written."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        batch = []
        for line in rows(count, seed, first):
            batch.append(line)
            if len(batch) == 10_000:
                out.write("".join(batch))
                batch.clear()
        out.write("".join(batch))
        return out.tell()


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, required=True, help="number of candidates")
    parser.add_argument("--out", required=True, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--first", type=int, default=0,
                        help="number in the first row's e-mail (default 0); give files that "
                             "go into one database different ranges")
    options = parser.parse_args(argv)
    if options.rows < 0:
        parser.error("--rows takes a number of 0 or more")
    write(options.out, options.rows, options.seed, options.first)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
