#!/usr/bin/env python3
"""Measure the coder's places against hand labels (issue 15, docs/places.md).

    python3 scripts/measure-places.py [--tawthiq .build/release/tawthiq] [--corpus PATH] [--labels PATH] [--quiet]
    python3 scripts/measure-places.py --sample 400      # list candidate sentences to label

Reads the SaudiNewsNet development articles from ../shared (never copied into the project), codes
the labelled articles whole (headline, dateline and all) with `tawthiq code --input jsonl`, and for
each label takes the event of that sentence whose trigger holds the labelled act word (else the
sentence's first event). It reports the share of sentences whose place has the right state, and
the share whose point lies within 50 km of the labelled point (great-circle distance).

With --sample N it prints N coded sentences of the corpus in a seeded random order (seed 15), one
a line (index, id, sentence, text), the list the labels were drawn from.
"""
import argparse
import gzip
import json
import math
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def haversine_km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def code(tawthiq, articles, explain=False):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
        path = f.name
    try:
        args = [tawthiq, "code", "--input", "jsonl", path] + (["--explain"] if explain else [])
        out = subprocess.run(args, capture_output=True, text=True, check=False)
        if out.returncode not in (0, 1):
            sys.exit(f"tawthiq code failed ({out.returncode}): {out.stderr[:500]}")
        return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tawthiq", default=os.path.join(ROOT, ".build/release/tawthiq"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "../shared/data/saudinewsnet_dev/articles.jsonl.gz"))
    ap.add_argument("--labels", default=os.path.join(ROOT, "scripts/places-eval/labels.tsv"))
    ap.add_argument("--sample", type=int, default=0, help="print N candidate sentences instead of measuring")
    ap.add_argument("--quiet", action="store_true", help="totals only")
    a = ap.parse_args()
    if not os.path.exists(a.tawthiq):
        sys.exit(f"no tawthiq binary at {a.tawthiq} (swift build -c release, or --tawthiq PATH)")
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        corpus = [json.loads(line) for line in f]

    if a.sample:
        seen, sentences = set(), []
        for e in code(a.tawthiq, corpus, explain=True):
            k = (e["doc"], e["sentence"])
            if e["part"] != "text" or k in seen:
                continue
            seen.add(k)
            sentences.append((e["doc"], e["sentence"], e["evidence"]["sentence"]))
        random.seed(15)
        random.shuffle(sentences)
        for i, (d, s, t) in enumerate(sentences[: a.sample]):
            print(f"{i}\t{d}\t{s}\t{t[:400]}")
        return

    labels = []
    with open(a.labels, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            doc, sent, act, place, country, lat, lon, note = line.rstrip("\n").split("\t")
            labels.append(dict(doc=doc, sentence=int(sent), act=act, place=place, country=country, point=(float(lat), float(lon)), note=note))
    wanted = {l["doc"] for l in labels}
    articles = [x for x in corpus if x["id"] in wanted]
    missing = wanted - {x["id"] for x in articles}
    if missing:
        sys.exit(f"{len(missing)} labelled articles are not in the corpus: {sorted(missing)[:3]}")
    by_sentence = {}
    for e in code(a.tawthiq, articles):
        if e["part"] == "text":
            by_sentence.setdefault((e["doc"], e["sentence"]), []).append(e)

    right_country = near = no_event = no_place = 0
    rows = []
    for l in labels:
        events = by_sentence.get((l["doc"], l["sentence"]), [])
        if not events:
            no_event += 1
            rows.append((l, None, None, "no event"))
            continue
        e = next((x for x in events if l["act"] in x["trigger"]["text"]), events[0])
        p = e["place"]
        if p is None:
            no_place += 1
            rows.append((l, e, None, "no place"))
            continue
        d = haversine_km(l["point"], (p["lat"], p["lon"]))
        ok_c = p["country"] == l["country"]
        right_country += ok_c
        near += d <= 50
        rows.append((l, e, d, ("" if ok_c else "WRONG STATE ") + ("" if d <= 50 else "FAR")))
    n = len(labels)
    if not a.quiet:
        for l, e, d, verdict in rows:
            p = e and e["place"]
            got = f"{p['name']} {p['country']} {p['type']} ({p['english']}) {d:.0f} km" if p else "-"
            print(f"{l['country']} {l['place']:<14} → {got}  {verdict}".rstrip())
    print(f"sentences {n}; with an event {n - no_event}; placed {n - no_event - no_place}")
    print(f"state right  {right_country}/{n} = {right_country / n:.3f}")
    print(f"within 50 km {near}/{n} = {near / n:.3f}")


if __name__ == "__main__":
    main()
