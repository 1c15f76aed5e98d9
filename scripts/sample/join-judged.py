#!/usr/bin/env python3
"""Join the judges' verdicts with a drawn sample: totals and error classes.

Usage: join-judged.py SAMPLEDIR [SAMPLEDIR...]

Reads SAMPLEDIR/sample.json (from draw-sample.py) and SAMPLEDIR/judged*.tsv (see docs/judging.md),
prints per sample and together: real, root, source, target, fully right by code and by entity,
and the error classes; writes SAMPLEDIR/joined.json (each event with its verdict).
"""
import csv
import glob
import json
import os
import sys
from collections import Counter

COLUMNS = ("real", "root", "source", "target", "full_code", "full_entity")


def main():
    total = Counter()
    classes = Counter()
    for d in sys.argv[1:]:
        with open(os.path.join(d, "sample.json"), encoding="utf-8") as f:
            drawn = json.load(f)
        verdicts = {}
        for path in sorted(glob.glob(os.path.join(d, "judged*.tsv"))):
            with open(path, encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t"):
                    try:
                        verdicts[int(row["n"])] = row
                    except (KeyError, ValueError):
                        continue
        counts = Counter()
        joined = []
        for i, e in enumerate(drawn, 1):
            v = verdicts.get(i)
            if v is None:
                continue
            counts["judged"] += 1
            for c in COLUMNS:
                if (v.get(c) or "").strip().lower().startswith("y"):
                    counts[c] += 1
            cls = (v.get("class") or "").strip()
            if cls and not (v.get("full_code") or "").strip().lower().startswith("y"):
                classes[cls] += 1
            joined.append({"n": i, "event": e, "verdict": v})
        with open(os.path.join(d, "joined.json"), "w", encoding="utf-8") as f:
            json.dump(joined, f, ensure_ascii=False, indent=1)
        print(d + ": " + ", ".join(f"{c} {counts[c]}" for c in ("judged",) + COLUMNS))
        total.update(counts)
    if len(sys.argv) > 2:
        print("together: " + ", ".join(f"{c} {total[c]}" for c in ("judged",) + COLUMNS))
    n = total["judged"] or 1
    print(f"fully right by code {total['full_code']}/{total['judged']} = "
          f"{100 * total['full_code'] / n:.1f} %, by entity {total['full_entity']}")
    for cls, k in classes.most_common():
        print(f"  {cls}: {k}")


if __name__ == "__main__":
    main()
