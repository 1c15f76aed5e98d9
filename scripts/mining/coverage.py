"""For each mined predicate, does the coder fire a trigger on it in its example sentences?
Runs `tawthiq trace` on each example with the built-in lexicon and with the overlay; a predicate is
covered when a trigger span holds one of its surface forms. Output: coverage.json."""
import json, subprocess, sys, os, re
from concurrent.futures import ThreadPoolExecutor
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arnorm import norm
BIN = '/work/snap/tawthiq'; OVER = '/work/notes/lex13'
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
rows = json.load(open('/work/notes/mine/ranked.json'))[:N]
TOK = re.compile(r'^token (\d+) (\S+)')
TRG = re.compile(r'^trigger tokens (\d+)\.\.<(\d+) (\S+) event (\S+) \((.*)\) verb=')
def trace(text, date, over):
    cmd = [BIN, 'trace', text, '--date', date or '2015-08-01'] + (['--lexicon', OVER] if over else [])
    out = subprocess.run(cmd, capture_output=True, text=True, cwd='/work/main').stdout
    toks = {}; trig = []
    for l in out.splitlines():
        m = TOK.match(l)
        if m: toks[int(m.group(1))] = norm(m.group(2)); continue
        m = TRG.match(l)
        if m: trig.append((int(m.group(1)), int(m.group(2)), m.group(3), m.group(4), m.group(5)))
    return toks, trig
def fired(row, toks, trig):
    surf = set(norm(s.split(' ')[0]) for s in row['surfaces'])
    hits = []
    for a, b, src, code, gloss in trig:
        if any(toks.get(k) in surf for k in range(a, b)):
            hits.append((code, gloss, src))
    return hits
def job(i):
    r = rows[i]; res = {'rank': i + 1, 'base': [], 'over': []}
    for ex in r['examples']:
        for over in (False, True):
            toks, trig = trace(ex['text'], ex.get('date'), over)
            res['over' if over else 'base'] += fired(r, toks, trig)
    return res
with ThreadPoolExecutor(2) as pool:
    out = list(pool.map(job, range(len(rows))))
json.dump(out, open('/work/notes/mine/coverage.json', 'w'), ensure_ascii=False)
print('done', len(out))
