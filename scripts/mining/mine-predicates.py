#!/usr/bin/env python3
"""Mine the most frequent predicates (verbs, masdars, fixed phrases) that stand between or beside
actor mentions in SaudiNewsNet (dev half).

Actor mentions are approximated by the lexicon's names, nisbas, capitals, seats, organisations,
agents, titles and people (lexactors.py), after the project's normalisation; clitics و ف ب ل ك ال
are stripped roughly (arnorm.variants). A token is a candidate predicate when it stands within 3
content tokens of an actor mention, or between two mentions at most 10 tokens apart, and the
morphological analyser (qalsadi, with the arramooz dictionary) gives it a verb or a masdar reading.
Candidates are grouped by lemma (verb lemma first, else the masdar's lemma). Light verbs (أعرب، رفع،
شن، نفذ، أجرى، قدم …) are also counted as fixed phrases with their next content word.

Output (phase 1): /work/notes/mine/candidates.json (counts, examples); the TSV with the marks is
written by mark-predicates.py, which runs the coder's trace on the examples.
usage: mine-predicates.py [ARTICLES.jsonl.gz]
"""
import gzip, json, re, sys, random, collections, pickle, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arnorm import norm, tokens, variants, core, TASHKEEL
import lexactors

SRC = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/saudinewsnet_dev/articles.jsonl.gz'
OUT = '/work/notes/mine/candidates.json'

STOP = set(core(t) for t in tokens('''
في من على إلى الى عن مع ب ل و ف أو او ثم حتى لدى لدي عند منذ خلال بين بعد قبل أمام امام حول ضد نحو تجاه عبر دون بدون وفق وفقا
أن ان إن إنه انه أنه أنها انها إنها الذي التي الذين اللذين اللتين اللواتي ما ماذا لماذا كيف أين متى هل لا لم لن ليس ليست قد لقد سوف
هذا هذه هذان هاتان هؤلاء ذلك تلك أولئك هنا هناك هو هي هم هن نحن أنا أنت كل بعض جميع كافة عدد عدة أي أحد إحدى غير سوى كما كذلك أيضا ايضا
كان كانت كانوا يكون تكون وكان وكانت أصبح أصبحت ظل ظلت بات باتت مازال مازالت زال لايزال تزال يزال
اليوم أمس الأمس غدا أول الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت صباح مساء الماضي الماضية المقبل المقبلة الحالي الحالية الجاري
يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر هـ ه م عام العام سنة الساعة يوم أيام شهر ساعة
واحد اثنين اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة مئة مائة ألف آلاف مليون مليار
حيث بينما لأن إذ إذا اذا لو أما إما بل لكن لكن ولكن كلما عندما حين بعدما قبيل إثر اثر جراء بسبب نتيجة ضمن لصالح بشأن إزاء ازاء
به بها بهم له لها لهم منه منها منهم عليه عليها عليهم إليه اليه إليها فيه فيها فيهم عنه عنها معه معها معهم
''')) | lexactors.HONORIFIC

LIGHT = set('اعرب رفع شن نفذ اجري اجرى قدم بعث وجه ابدي ابدى عقد تلقي تلقى القي القى بذل اصدر اطلق ادلى شارك اتخذ قام تم جرى جري اعلن'.split())

def sentences(text):
    for s in re.split(r'(?<=[.!؟?\n])\s+|\n+', text):
        s = s.strip()
        if 20 <= len(s) <= 600:
            yield s

def find_actors(toks, trie, maxlen):
    """Longest-match actor spans over token variants; returns list of (start, end)."""
    spans = []; i = 0; n = len(toks)
    V = [variants(t) | {core(v) for v in variants(t)} for t in toks]
    while i < n:
        best = 0
        for L in range(min(maxlen, n - i), 0, -1):
            if match(V, i, L, trie):
                best = L; break
        if best:
            spans.append((i, i + best)); i += best
        else:
            i += 1
    return spans, V

def match(V, i, L, trie):
    prefixes = [()]
    for j in range(L):
        nxt = []
        for p in prefixes:
            for v in V[i + j]:
                q = p + (v,)
                if q in trie['pre']:
                    nxt.append(q)
        if not nxt: return False
        prefixes = nxt
    return any(p in trie['full'] for p in prefixes)

def build_trie(phrases):
    pre = set(); full = set(phrases)
    for ph in phrases:
        for k in range(1, len(ph) + 1): pre.add(ph[:k])
    return {'pre': pre, 'full': full}

def main():
    phrases = lexactors.load()
    trie = build_trie(phrases); maxlen = max(len(p) for p in phrases)
    cand_sent = collections.defaultdict(set)      # surface token -> set(sentence ids)
    bigram_sent = collections.defaultdict(set)    # (surface, next core) -> sentence ids
    sents = []                                    # (article id, date, text)
    n_art = 0
    for line in gzip.open(SRC, 'rt', encoding='utf-8'):
        a = json.loads(line); n_art += 1
        text = (a.get('title') or '') + '\n' + (a.get('text') or '')
        for s in sentences(text):
            toks = tokens(s)
            if len(toks) < 4: continue
            spans, V = find_actors(toks, trie, maxlen)
            if not spans: continue
            inactor = set(k for a_, b_ in spans for k in range(a_, b_))
            content = [k for k in range(len(toks)) if k not in inactor and not (V[k] & STOP) and not toks[k].isdigit() and len(toks[k]) > 1]
            # distance in content tokens to nearest actor span
            pos = {k: r for r, k in enumerate(content)}
            near = set()
            for a_, b_ in spans:
                before = [k for k in content if k < a_][-3:]
                after = [k for k in content if k >= b_][:3]
                near.update(before); near.update(after)
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 - b1 <= 10:
                    near.update(k for k in content if b1 <= k < a2)
            if not near: continue
            sid = len(sents); sents.append((a['id'], a.get('date'), s))
            for k in near:
                cand_sent[toks[k]].add(sid)
                # the next content token, for fixed phrases
                nk = [c for c in content if c > k][:1]
                if nk and nk[0] - k <= 3:
                    bigram_sent[(toks[k], toks[nk[0]])].add(sid)
        if n_art % 2000 == 0: print(n_art, len(sents), len(cand_sent), file=sys.stderr)
    # keep tokens seen in >= 3 sentences
    cand = {t: sorted(v) for t, v in cand_sent.items() if len(v) >= 3}
    big = {f'{a} {b}': sorted(v) for (a, b), v in bigram_sent.items() if len(v) >= 5}
    print('articles', n_art, 'sentences with actors', len(sents), 'candidate surfaces', len(cand), 'bigrams', len(big), file=sys.stderr)
    pickle.dump({'sents': sents, 'cand': cand, 'bigram': big}, open('/work/notes/mine/phase1.pkl', 'wb'))

if __name__ == '__main__':
    main()
