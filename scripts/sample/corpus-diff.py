#!/usr/bin/env python3
"""Compare two runs of `tawthiq code --input jsonl --explain` over the same articles.

Usage: corpus-diff.py OLD.jsonl NEW.jsonl [N] [SEED]

Groups events by sentence (doc, part, sentence index), prints how many sentences changed
(events gained, lost or recoded) and N of them drawn at random (seeded), each with the old and
new events, so a change can be read on real text before it is kept.
"""
import json
import random
import sys
from collections import defaultdict


def load(path):
    by_sentence = defaultdict(list)
    text = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            key = (e["doc"], e["part"], e["sentence"])
            src = e.get("source") or {}
            tgt = e.get("target") or {}
            by_sentence[key].append(
                (e["cameo"], src.get("code", "-"), src.get("text", ""), tgt.get("code", "-"),
                 tgt.get("text", ""), (e.get("trigger") or {}).get("text", ""),
                 ",".join(e.get("flags") or []), e.get("date") or ""))
            text[key] = e["evidence"]["sentence"]
    return by_sentence, text


def short(ev):
    code, s, stext, t, ttext, trig, flags, date = ev
    out = f"{code} {s}[{stext}] → {t}[{ttext}] «{trig}» {date}"
    return out + (f" ({flags})" if flags else "")


def main():
    old, old_text = load(sys.argv[1])
    new, new_text = load(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    keys = sorted(set(old) | set(new))
    changed = [k for k in keys if sorted(old.get(k, [])) != sorted(new.get(k, []))]
    gained = sum(1 for k in changed if k not in old)
    lost = sum(1 for k in changed if k not in new)
    n_old = sum(len(v) for v in old.values())
    n_new = sum(len(v) for v in new.values())
    print(f"events {n_old} → {n_new}; sentences changed {len(changed)} "
          f"(new {gained}, gone {lost}, recoded {len(changed) - gained - lost})")
    random.Random(seed).shuffle(changed)
    for k in sorted(changed[:n]):
        print()
        print(f"## {k[0]} {k[1]} {k[2]}")
        print(new_text.get(k) or old_text.get(k))
        for ev in sorted(set(old.get(k, [])) - set(new.get(k, []))):
            print("  - " + short(ev))
        for ev in sorted(set(new.get(k, [])) - set(old.get(k, []))):
            print("  + " + short(ev))


if __name__ == "__main__":
    main()
