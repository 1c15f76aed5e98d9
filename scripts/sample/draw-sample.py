#!/usr/bin/env python3
"""Draw a seeded random sample of coded events for judging by hand.

Usage: draw-sample.py CORPUS.jsonl SEED OUTDIR [N=100]

CORPUS is the output of
  zcat ../shared/data/saudinewsnet_dev/articles.jsonl.gz | tawthiq code --input jsonl --explain
OUTDIR gets sample.md (the N items), part1.md and part2.md (its two halves, one a judge) and
sample.json (the events drawn, for join-judged.py). Each item shows the article's title and day,
the text just before the sentence, the sentence, and the event as coded, with the CAMEO label.
Judges see no rule names or lexicon entries: they judge the event, not the coder.
"""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared")


def cameo_names():
    names = {}
    path = os.path.join(SHARED, "ontology", "cameo.tsv")
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            names[cols[0]] = cols[2]
    return names


def articles(wanted):
    path = os.path.join(SHARED, "data", "saudinewsnet_dev", "articles.jsonl.gz")
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in wanted:
                found[a["id"]] = a
    return found


def actor(a):
    if not a:
        return "(none)"
    return f"{a['code']} «{a['text']}»"


def main():
    corpus, seed, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    with open(corpus, encoding="utf-8") as f:
        events = [json.loads(line) for line in f]
    drawn = random.Random(seed).sample(events, n)
    names = cameo_names()
    arts = articles({e["doc"] for e in drawn})
    os.makedirs(out, exist_ok=True)
    items = []
    for i, e in enumerate(drawn, 1):
        art = arts.get(e["doc"], {})
        part = art.get(e["part"], "") or ""
        start = e["evidence"]["start"]
        before = part[max(0, start - 400):start].strip()
        lines = [f"## {i}", f"article: {art.get('title', '')} ({e['doc']})",
                 f"published: {art.get('date', '') or e['date']}"]
        if before:
            lines.append(f"text before: …{before}")
        lines += [f"sentence ({e['part']}): {e['evidence']['sentence']}",
                  f"event: {e['cameo']} {names.get(e['cameo'], '')}",
                  f"trigger: «{(e.get('trigger') or {}).get('text', '')}»",
                  f"source: {actor(e.get('source'))}",
                  f"target: {actor(e.get('target'))}",
                  f"date of the act: {e.get('date') or '(none)'}"]
        if e.get("flags"):
            lines.append("flags: " + ", ".join(e["flags"]))
        items.append("\n".join(lines) + "\n")
    with open(os.path.join(out, "sample.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(items))
    half = n // 2
    for name, chunk in (("part1.md", items[:half]), ("part2.md", items[half:])):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write("\n".join(chunk))
    with open(os.path.join(out, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(drawn, f, ensure_ascii=False)
    print(f"{n} events drawn from {len(events)} (seed {seed}) into {out}")


if __name__ == "__main__":
    main()
