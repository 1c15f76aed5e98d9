"""Phase 3: group candidate forms into predicates, add light-verb phrases, rank, pick examples.

Forms: a token near an actor mention, with و/ف and ب/ل/ك/ال stripped when the stripped form is the
more frequent word of the corpus. Tokens inside person names (before بن, after الأمير/الشيخ…) are
skipped. Readings come from qalsadi (analysis2.pkl): a form read as a verb is grouped under its verb
lemma (the lemma with the most corpus support among its verb readings); a masdar or participle is
grouped under its own form without clitics. Forms with only other noun readings are not predicates.
"""
import pickle, sys, os, collections, json, random, gzip
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arnorm import norm, tokens, variants, core
import lexactors
mp = __import__('mine-predicates')

P = pickle.load(open('/work/notes/mine/phase1.pkl', 'rb'))
A = pickle.load(open('/work/notes/mine/analysis2.pkl', 'rb'))
sents = P['sents']
NAMECTX_BEFORE = set(norm(w) for w in 'الأمير الشيخ الدكتور الأستاذ المهندس اللواء العميد الفريق العقيد الملك الرئيس السفير أبو أبي آل عبد سمو'.split())
NAMECTX_AFTER = set(norm(w) for w in 'بن ابن بنت'.split())
LIGHT = set(norm(w) for w in 'أعرب رفع شن نفذ أجرى قدم بعث وجه أبدى عقد تلقى ألقى بذل أصدر أطلق أدلى شارك اتخذ قام تم جرى نقل عبر جدد كثف واصل شهد أسفر أودى لقي دعا طالب'.split())

# corpus word frequencies (tokens of the stored sentences)
wf = collections.Counter()
for _, _, s in sents: wf.update(tokens(s))

def form_of(t):
    w = t
    if len(w) > 3 and w[0] in 'وف' and wf[w[1:]] >= wf[w]: w = w[1:]
    if len(w) > 4 and w.startswith('لل'): w = 'ال' + w[2:]
    elif len(w) > 4 and w[0] in 'بلك' and (w[1:].startswith('ال') or wf[w[1:]] >= wf[w]): w = w[1:]
    if len(w) > 4 and w.startswith('ال'): w = w[2:]
    return w

# name tokens: words that stand mostly next to بن / after an honorific (given names)
namectx = collections.Counter()
for _, _, s_ in sents:
    tt = tokens(s_)
    for i, t in enumerate(tt):
        if (i + 1 < len(tt) and tt[i + 1] in NAMECTX_AFTER) or (i > 0 and tt[i - 1] in NAMECTX_AFTER | NAMECTX_BEFORE):
            namectx[t] += 1
NAMES = {t for t, c in namectx.items() if c >= 3 and c >= 0.25 * wf[t]}
# places of the lexicon (never predicates)
PLACES = set()
for f in ['countries.lex']:
    for kind, ident, keys in lexactors.blocks(os.path.join(lexactors.LEXDIR, f)):
        for k, vals in keys:
            if k == 'place':
                for v in vals:
                    for t in tokens(v): PLACES.add(core(t))
# reading classes per surface
DEF = ('ال', 'بال', 'لل', 'كال', 'وال', 'فال', 'وبال', 'ولل', 'فبال', 'فلل', 'وكال')
vsup = collections.Counter()
for w, rd in A.items():
    if not rd or w.startswith(DEF): continue
    vs = [r for r in rd if r[0] == 'v']
    for r in vs: vsup[r[1]] += len(P['cand'][w]) / len(vs)
def nounish(w):
    b = w[1:] if len(w) > 3 and w[0] in 'وف' and wf[w[1:]] >= wf[w] else w
    return wf['ال' + b] + wf['وال' + b] + wf['بال' + b] + wf['لل' + b[:] if not b.startswith('ل') else 'لل' + b[1:]] >= 0.2 * max(1, wf[w])
import re as _re
MASDAR = _re.compile(r'^(ت..ي.|ت...ه|م.ا..ه|ا.ت.ا.|است..ا.|ا..ا.|ان..ا.|ت.ا..|..ا.ه|.ي..ه)(ات)?$')
def klass(w):
    rd = A.get(w) or []
    f = form_of(w)
    if MASDAR.match(f) and not any(r[0] == 'v' for r in rd): return ('n', None)
    if not rd: return None
    cls = set(r[0] for r in rd)
    if 'v' in cls and not w.startswith(DEF) and not nounish(w):
        vs = [r[1] for r in rd if r[0] == 'v']
        return ('v', max(vs, key=lambda l: vsup[l]))
    if 'n' in cls: return ('n', None)
    if 'a' in cls and w.endswith('ا') and not w.endswith('ها'): return ('a', None)
    return None

phr = lexactors.load(); trie = mp.build_trie(phr); maxlen = max(len(p) for p in phr)
groups = collections.defaultdict(set); surf = collections.defaultdict(collections.Counter)
for sid, (doc, date, s) in enumerate(sents):
    toks = tokens(s)
    spans, V = mp.find_actors(toks, trie, maxlen)
    inactor = set(k for a_, b_ in spans for k in range(a_, b_))
    content = [k for k in range(len(toks)) if k not in inactor and not (V[k] & mp.STOP) and not toks[k].isdigit() and len(toks[k]) > 1]
    near = set()
    for a_, b_ in spans:
        near.update([k for k in content if k < a_][-3:]); near.update([k for k in content if k >= b_][:3])
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 - b1 <= 10: near.update(k for k in content if b1 <= k < a2)
    for k in near:
        t = toks[k]
        if k + 1 < len(toks) and toks[k + 1] in NAMECTX_AFTER: continue
        if k > 0 and toks[k - 1] in NAMECTX_BEFORE: continue
        if t in NAMES or (variants(t) & PLACES): continue
        kl = klass(t)
        if not kl: continue
        f = form_of(t)
        key = ('v', kl[1]) if kl[0] == 'v' else (kl[0], f)
        groups[key].add(sid); surf[key][t] += 1
        if kl[0] == 'v' and kl[1] in LIGHT:
            nk = [c for c in content if c > k][:1]
            if nk and nk[0] - k <= 3:
                pk = ('p', kl[1] + ' ' + form_of(toks[nk[0]]))
                groups[pk].add(sid); surf[pk][t + ' ' + toks[nk[0]]] += 1

ranked = sorted(groups, key=lambda k: -len(groups[k]))
out = []; rnd = random.Random(13)
for k in ranked[:4000]:
    sids = sorted(groups[k])
    pool = [s for s in sids if 40 <= len(sents[s][2]) <= 230] or sids
    rnd.shuffle(pool); ex = []; arts = set()
    for s in pool:
        if sents[s][0] in arts: continue
        ex.append(s); arts.add(sents[s][0])
        if len(ex) == 2: break
    out.append({'pos': k[0], 'lemma': k[1], 'count': len(sids), 'surfaces': [w for w, _ in surf[k].most_common(8)],
                'examples': [{'sid': s, 'doc': sents[s][0], 'date': sents[s][1], 'text': sents[s][2]} for s in ex]})
json.dump(out, open('/work/notes/mine/ranked.json', 'w'), ensure_ascii=False, indent=0)
for i, r in enumerate(out):
    print(i + 1, r['pos'], r['lemma'], r['count'], ' '.join(r['surfaces'][:6]))
