"""Phase 2: morphological readings of the candidate surfaces (qalsadi + arramooz), cached."""
import pickle, sys, os, re
from multiprocessing import Pool
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arnorm import norm, TASHKEEL

def init():
    global A
    import qalsadi.analex as qa
    A = qa.Analex()

def analyse(w):
    readings = set()
    try:
        res = A.check_word(w)
    except Exception:
        return w, None
    for r in res:
        d = r.__dict__
        t = d.get('type') or ''
        lem = norm(TASHKEEL.sub('', d.get('lemma') or d.get('original') or ''))
        if lem.startswith('ال') and len(lem) > 4: lem = lem[2:]
        if t == 'Verb': c = 'v'
        elif 'مصدر' in t: c = 'n'
        elif 'فاعل' in t or 'مفعول' in t: c = 'a'
        else: c = 'o'
        readings.add((c, lem))
    return w, sorted(readings)

if __name__ == '__main__':
    P = pickle.load(open('/work/notes/mine/phase1.pkl', 'rb'))
    words = sorted(P['cand'], key=lambda w: -len(P['cand'][w]))
    with Pool(2, initializer=init) as pool:
        out = dict(pool.imap_unordered(analyse, words, chunksize=200))
    pickle.dump(out, open('/work/notes/mine/analysis2.pkl', 'wb'))
    print(len(out))
