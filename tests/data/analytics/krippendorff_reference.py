#!/usr/bin/env python3
"""Reference values of Krippendorff's alpha for the analytics tests.

Independent of Debrief's C++ implementation, which builds the coincidence
matrix: this one follows the pairwise-disagreement definition directly and
computes in exact rational arithmetic (fractions.Fraction),

    alpha = 1 - D_o / D_e
    D_o = 1/n * sum over units u with m_u >= 2 values of
          1/(m_u - 1) * sum over ordered pairs i != j of values in u of delta(v_i, v_j)
    D_e = 1/(n (n - 1)) * sum over ordered pairs i != j of all n pairable values of delta(v_i, v_j)

with delta nominal (0 if equal, else 1), interval ((c - k)^2) and ordinal
((sum of n_g for g from c to k) - (n_c + n_k)/2)^2, n_g counting the
pairable values equal to g (Krippendorff 2011, "Computing Krippendorff's
Alpha-Reliability", and Krippendorff 2004, "Content Analysis", ch. 11).

Reads <dataset>/scores.csv in every folder next to this script (units are
finalists, coders panelists, one alpha per criterion; "NA" and absent rows
are missing) and writes <dataset>/reference-alpha.csv. Standard library only:
    python3 krippendorff_reference.py
"""

import csv
import itertools
import os
from fractions import Fraction

LEVELS = ("nominal", "ordinal", "interval")


def delta(level, c, k, counts):
    if c == k:
        return Fraction(0)
    if level == "nominal":
        return Fraction(1)
    if level == "interval":
        return Fraction((c - k) ** 2)
    low, high = min(c, k), max(c, k)
    between = sum(n for g, n in counts.items() if low <= g <= high)
    return (Fraction(between) - Fraction(counts[c] + counts[k], 2)) ** 2


def alpha(units, level):
    """units: lists of the values each unit received (missing ones left out)."""
    pairable = [u for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    if n == 0:
        return None
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    observed = Fraction(0)
    for u in pairable:
        within = sum(delta(level, a, b, counts) for a, b in itertools.permutations(u, 2))
        observed += within / (len(u) - 1)
    observed /= n
    expected = sum(delta(level, a, b, counts) for a, b in itertools.permutations(values, 2))
    expected /= n * (n - 1)
    if expected == 0:
        return None
    return 1 - observed / expected


def read_units(path):
    """{criterion: {finalist: [scores]}} in order of first appearance."""
    table = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            units = table.setdefault(row["criterion"], {})
            values = units.setdefault(row["finalist"], [])
            if row["score"] not in ("", "NA"):
                values.append(int(row["score"]))
    return table


def published_example():
    """Krippendorff (2011), section C: 12 units, 4 coders; '.' missing."""
    coders = ["1 2 3 3 2 1 4 1 2 . . .", "1 2 3 3 2 2 4 1 2 5 . 3",
              ". 3 3 3 2 3 4 2 2 5 1 .", "1 2 3 3 2 4 4 1 2 5 1 ."]
    rows = [c.split() for c in coders]
    return [[int(r[u]) for r in rows if r[u] != "."] for u in range(12)]


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    example = published_example()
    for level, published in zip(LEVELS, ("0.743", "0.815", "0.849")):
        value = float(alpha(example, level))
        assert f"{value:.3f}" == published, (level, value)
    for name in sorted(os.listdir(root)):
        scores = os.path.join(root, name, "scores.csv")
        if not os.path.isfile(scores):
            continue
        with open(os.path.join(root, name, "reference-alpha.csv"), "w", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(["criterion", "level", "alpha", "units", "pairable_values"])
            for criterion, units in read_units(scores).items():
                pairable = [u for u in units.values() if len(u) >= 2]
                for level in LEVELS:
                    a = alpha(list(units.values()), level)
                    writer.writerow([criterion, level, "NA" if a is None else f"{float(a):.15g}",
                                     len(pairable), sum(len(u) for u in pairable)])
        print("wrote reference-alpha.csv for", name)


if __name__ == "__main__":
    main()
