#!/usr/bin/env python3
"""Share fully right (by code) of judged events, by a feature of the coded event.

Usage: by-feature.py SAMPLEDIR [SAMPLEDIR...]   (after join-judged.py wrote joined.json)

Features: CAMEO root, the rule that set the source and the target, whether the trigger is in
the headline, whether the event has a source and a target, and the lexicon files of its
entries. A feature value whose events are mostly wrong is where to look next.
"""
import json
import os
import sys
from collections import defaultdict


def features(e):
    ev = e["evidence"]
    rules = ev.get("rules") or {}
    out = [("root", e["root"]), ("source rule", rules.get("source") or "(none)"),
           ("target rule", rules.get("target") or "(none)"), ("part", e["part"]),
           ("has source", str(bool(e.get("source")))), ("has target", str(bool(e.get("target"))))]
    files = {x.split(":")[0] if not x.startswith("gate") else "gate" for x in ev.get("entries") or []}
    out += [("entry file", f) for f in sorted(files)]
    if e.get("flags"):
        out += [("flag", f) for f in e["flags"]]
    return out


def main():
    table = defaultdict(lambda: [0, 0])
    for d in sys.argv[1:]:
        with open(os.path.join(d, "joined.json"), encoding="utf-8") as f:
            for item in json.load(f):
                right = (item["verdict"].get("full_code") or "").lower().startswith("y")
                for feat in features(item["event"]):
                    table[feat][0] += right
                    table[feat][1] += 1
    for kind in sorted({k for k, _ in table}):
        print(f"## {kind}")
        rows = sorted(((v, k) for (kk, k), v in table.items() if kk == kind), key=lambda r: -r[0][1])
        for (right, n), value in rows:
            print(f"  {value}: {right}/{n} = {100 * right / n:.0f} %")


if __name__ == "__main__":
    main()
