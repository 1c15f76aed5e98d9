"""Arabic normalisation and rough clitic stripping, like the project (approximate)."""
import re
TASHKEEL = re.compile(r'[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
TR = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
                    '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9'})
TOK = re.compile(r'[\u0621-\u064A0-9A-Za-z]+')

def norm(s):
    return TASHKEEL.sub('', s).translate(TR)

def tokens(s):
    return TOK.findall(norm(s))

def variants(t):
    """Possible cores of a text token: with و/ف, ب/ل/ك, ال/لل stripped (each optional)."""
    out = {t}
    stage = {t}
    nxt = set()
    for w in stage:
        if len(w) > 3 and w[0] in 'وف':
            nxt.add(w[1:])
    stage |= nxt; out |= nxt
    nxt = set()
    for w in stage:
        if len(w) > 3 and w[0] in 'بلك':
            nxt.add(w[1:])
        if len(w) > 4 and w.startswith('لل'):
            nxt.add('ال' + w[2:]); nxt.add(w[2:])
    stage |= nxt; out |= nxt
    nxt = set()
    for w in stage:
        if len(w) > 3 and w.startswith('ال'):
            nxt.add(w[2:])
    out |= nxt
    return out

def core(t):
    """Phrase token core: drop a leading ال (phrase keys are written naturally)."""
    return t[2:] if len(t) > 3 and t.startswith('ال') else t
