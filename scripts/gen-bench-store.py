#!/usr/bin/env python3
"""Fill a Tawthiq SQLite store with synthetic events for load tests.

Usage: scripts/gen-bench-store.py FILE [EVENTS]   (default 1,000,000)

The file must already have the schema (run `tawthiq ingest --db FILE demo/` first). Writes one
synthetic document, EVENTS deduplicated events (event_groups) and one report (events row) for
each, over 2015-01-01 .. 2024-12-31 among 20 countries. The Syria-Russia dyad gets 5 % of the
events, so `relations SYR RUS` folds about 50,000 events (both directions). Values are bound
parameters; deterministic (seed 7).

The relations rollup (`relation_months`) is kept by tawthiq's writer, which this script bypasses:
so it leaves the store as one made before the rollup existed (its table dropped, its migration
unrecorded), and the next `tawthiq` command that opens the store builds it from the events.
"""
import random, sqlite3, sys, datetime

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rnd = random.Random(7)
countries = ["SYR", "RUS", "IRQ", "TUR", "JOR", "EGY", "IRN", "ISR", "USA", "SAU", "QAT", "KWT", "ARE", "LBN", "YEM", "LBY", "TUN", "DZA", "MAR", "SDN"]
# (cameo, root, plover, quad, goldstein)
codes = [("010", "01", None, 1, 0.0), ("036", "03", "AGREE", 1, 4.0), ("040", "04", "CONSULT", 1, 1.0), ("042", "04", "CONSULT", 1, 1.9),
         ("043", "04", "CONSULT", 1, 2.8), ("051", "05", "COOPERATE", 1, 3.4), ("057", "05", "AGREE", 1, 8.0), ("061", "06", "COOPERATE", 2, 6.4),
         ("070", "07", "AID", 2, 7.0), ("111", "11", "ACCUSE", 3, -2.0), ("112", "11", "ACCUSE", 3, -2.0), ("130", "13", "THREATEN", 3, -4.4),
         ("160", "16", "REDUCE", 3, -4.0), ("173", "17", "SANCTION", 4, -5.0), ("190", "19", "ASSAULT", 4, -10.0), ("195", "19", "ASSAULT", 4, -10.0)]
start = datetime.date(2015, 1, 1).toordinal()
span = datetime.date(2024, 12, 31).toordinal() - start + 1

db = sqlite3.connect(path)
db.execute("PRAGMA synchronous = OFF")
db.execute("PRAGMA journal_mode = WAL")
cur = db.cursor()
cur.execute("INSERT INTO documents (doc_key, content_hash, external_id, source, published, date_source, title, body, lexicon_version, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, 'input', ?, ?, 'synthetic', '2025-01-01 00:00:00')",
            ("synthetic:bench", "synthetic-bench-%d" % n, "synthetic", "synthetic", "2024-12-31", "synthetic", "synthetic"))
doc = cur.lastrowid
base = cur.execute("SELECT coalesce(max(id), 0) FROM event_groups").fetchone()[0]
batch_g, batch_e = [], []
for i in range(n):
    if rnd.random() < 0.05:
        s, t = ("SYR", "RUS") if rnd.random() < 0.5 else ("RUS", "SYR")
    else:
        s, t = rnd.sample(countries, 2)
    day = datetime.date.fromordinal(start + rnd.randrange(span)).isoformat()
    cameo, root, plover, quad, gold = codes[rnd.randrange(len(codes))]
    gid = base + i + 1
    batch_g.append((gid, "synthetic|%d" % gid, day, s + "GOV", s, t + "GOV", t, cameo, root, plover, quad, gold, "2025-01-01 00:00:00"))
    batch_e.append((doc, gid, "synthetic", "text", 0, day, cameo, root, plover, gold, quad, s + "GOV", s, "GOV", s, 0, 3, t + "GOV", t, "GOV", t, 4, 7,
                    "x", 3, 4, "", "synthetic", 0, 9, "[]", "synthetic"))
    if len(batch_g) == 50_000 or i == n - 1:
        cur.executemany("INSERT INTO event_groups (id, group_key, day, source_code, source_country, target_code, target_country, cameo, root, plover, quad, goldstein, added) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch_g)
        cur.executemany("INSERT INTO events (document_id, group_id, doc, part, sentence, day, cameo, root, plover, goldstein, quad, "
                        "source_code, source_country, source_role, source_text, source_start, source_end, target_code, target_country, target_role, target_text, target_start, target_end, "
                        "trigger_text, trigger_start, trigger_end, flags, sentence_text, sentence_start, sentence_end, entries, lexicon_version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch_e)
        batch_g, batch_e = [], []
        print("%d events" % (i + 1), file=sys.stderr)
db.execute("DROP TABLE IF EXISTS relation_months")
db.execute("DELETE FROM grdb_migrations WHERE identifier = 'v4-relation-months'")
db.commit()
db.execute("ANALYZE")
db.close()
