#!/usr/bin/env python3
"""Generates a CSV input for `sanctions batch` benchmarks (bench/batch_bench.sh).

Usage: gen_batch_input.py N OUT.csv [SHARED_DIR]

Names are drawn (fixed seed, so runs are comparable) from the yente synthetic negatives in
SHARED_DIR/eval/yente (global and US: many name cultures and scripts), recombining first
and last names so that records repeat rarely; about 1% of the records are listed people
taken from the UN positives set (untreated), so the output has hits to write. Columns:
id,name,type,birth_date,country,segment (segment is passed through to the output).
"""
import csv
import os
import random
import sys


def read_rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    n = int(sys.argv[1])
    out = sys.argv[2]
    shared = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    yente = os.path.join(shared, "eval", "yente")
    people = read_rows(os.path.join(yente, "candidate_generation_negatives_global.csv"))
    people += read_rows(os.path.join(yente, "candidate_generation_negatives_us.csv"))
    listed = read_rows(os.path.join(yente, "candidate_generation_positives_un_untreated.csv"))
    firsts = [p["first_name"] for p in people if p["first_name"]]
    lasts = [p["last_name"] for p in people if p["last_name"]]
    rng = random.Random(20261129)
    segments = ["retail", "corporate", "private", "payments"]
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "type", "birth_date", "country", "segment"])
        for i in range(n):
            if rng.random() < 0.01:
                p = rng.choice(listed)
                name, dob, country = p["full_name"], p["date_of_birth"], p["nationality"]
            else:
                p = rng.choice(people)
                name = rng.choice(firsts) + " " + rng.choice(lasts)
                dob, country = p["date_of_birth"], p["nationality"]
            w.writerow([f"r{i}", name, "person", dob, country, segments[i % 4]])


if __name__ == "__main__":
    main()
