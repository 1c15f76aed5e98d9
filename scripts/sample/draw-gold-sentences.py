#!/usr/bin/env python3
"""Draw real sentences for a new hand-coded gold set, the way snn_gold_dev.md describes its own:
80 % name a state, a capital or an office (two keywords of a list kept here, independent of the
lexicon), 20 % are drawn from everything else. Sentences already in an existing gold file are
skipped. Usage: draw-gold-sentences.py ARTICLES.jsonl.gz GOLD.jsonl N SEED PREFIX > out.jsonl"""
import gzip, json, random, re, sys

KEYWORDS = """السعودية المملكة الرياض اليمن صنعاء عدن سوريا سورية دمشق العراق بغداد مصر القاهرة إيران طهران
لبنان بيروت الأردن عمان الكويت قطر الدوحة البحرين المنامة الإمارات أبوظبي دبي عُمان مسقط ليبيا طرابلس
تونس الجزائر المغرب الرباط السودان الخرطوم فلسطين غزة القدس إسرائيل تركيا أنقرة روسيا موسكو أمريكا
الأمريكية واشنطن بريطانيا لندن فرنسا باريس ألمانيا برلين الصين بكين اليابان الهند باكستان أفغانستان
الصومال إثيوبيا نيجيريا الأمم الجامعة التحالف رئيس الرئيس وزير الوزير الملك الأمير ولي العهد الحكومة
الجيش السفير سفير البرلمان مجلس الشورى الداخلية الخارجية الدفاع الحوثي الحوثيين داعش""".split()
KEY = set(KEYWORDS)


def strip(w):
    w = re.sub(r"^[وفبلك]?(ال)?", "", w) if False else w
    return w.strip("«»()،,.:؛\"'")


def keyword_count(s):
    n = 0
    for w in s.split():
        w = strip(w)
        if w in KEY or (len(w) > 3 and w[0] in "وفبل" and w[1:] in KEY):
            n += 1
    return n


def main():
    arts, goldf, n, seed, prefix = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    seen = set(json.loads(l)["text"] for l in open(goldf, encoding="utf-8"))
    keyed, other = [], []
    with gzip.open(arts, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            for s in re.split(r"(?<=[.!؟?])\s+", a.get("text", "")):
                s = s.strip()
                if not 40 <= len(s) <= 400 or s in seen:
                    continue
                item = (s, a["date"], a["id"])
                (keyed if keyword_count(s) >= 2 else other).append(item)
    rng = random.Random(seed)
    nk = round(n * 0.8)
    picked = rng.sample(keyed, nk) + rng.sample(other, n - nk)
    rng.shuffle(picked)
    for i, (s, d, url) in enumerate(picked, 1):
        print(json.dumps({"id": f"{prefix}-{i:04d}", "date": d, "text": s, "article": url,
                          "events": [], "tags": []}, ensure_ascii=False))


main()
