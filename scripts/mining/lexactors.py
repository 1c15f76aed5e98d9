"""Load actor phrases (names, nisbas, capitals, seats, org names, agents, titles, people) from .lex files."""
import glob, re, os
from arnorm import norm, tokens, core

LEXDIR = '/work/main/Sources/Lexicon/Resources/lexicon'

def blocks(path):
    kind = None; ident = None; keys = []
    for line in open(path, encoding='utf-8'):
        s = line.rstrip('\n')
        if not s.strip() or s.lstrip().startswith('#'):
            continue
        m = re.match(r'^\[(\S+)\s*(.*?)\]', s)
        if m:
            if kind: yield kind, ident, keys
            kind, ident, keys = m.group(1), m.group(2), []
            continue
        if ':' in s:
            k, v = s.split(':', 1)
            v = re.sub(r'\s#.*$', '', v)
            keys.append((k.strip(), [x.strip() for x in v.split('|') if x.strip()]))
    if kind: yield kind, ident, keys

def nisba_forms(n):
    return [n, n + 'ه', n + 'ون', n + 'ين', n + 'ات', n + 'ان', n + 'تان', n + 'تين']

def load(dirs=(LEXDIR,)):
    phrases = {}
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, '*.lex'))):
            if os.path.basename(f) == 'events.lex' or f.endswith('.pending'):
                continue
            for kind, ident, keys in blocks(f):
                if kind not in ('country', 'org', 'agent', 'title', 'person'):
                    continue
                for k, vals in keys:
                    forms = []
                    if k in ('name', 'capital', 'seat', 'short', 'nisba-form', 'capital-homograph'):
                        forms = vals
                    elif k == 'nisba':
                        for v in vals: forms += nisba_forms(norm(v))
                    for v in forms:
                        toks = tuple(core(t) for t in tokens(v))
                        if toks:
                            phrases[toks] = f'{kind}:{ident}'
    return phrases

HONORIFIC = set(core(t) for t in tokens(
    'صاحب السمو الملكي سمو معالي فخامة سعادة جلالة الشيخ الدكتور الأستاذ المهندس اللواء العميد الركن '
    'الفريق العقيد المقدم الرائد سماحة نيافة دولة السيد السيدة حضرة المفدى حفظه الله الأمير'))
