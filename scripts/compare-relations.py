#!/usr/bin/env python3
"""Usage: scripts/compare-relations.py URL_BEFORE URL_AFTER QUERIES [SEED]

Compare relations answers of two servers (before, after) on random queries; every difference
must be a Goldstein mean at an exact half-thousandth, which the new build rounds away from zero."""
import random, urllib.request, json, datetime, sys
from fractions import Fraction
from decimal import Decimal
before, after, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(int(sys.argv[4]) if len(sys.argv) > 4 else 11)
cs=["SYR","RUS","IRQ","TUR","JOR","EGY","IRN","ISR","USA","SAU","QAT","KWT","ARE","LBN","YEM","LBY","TUN","DZA","MAR","SDN"]
def sel():
    c=random.choice(cs)
    return c+"GOV" if random.random()<0.3 else c
stats=dict(queries=0, identical=0, rows=0, means_at_half=0, other=0)
for i in range(n):
    a=sel(); b=sel() if random.random()>0.05 else a
    q=f"/api/relations?source={a}&target={b}&by={random.choice(['day','week','month','year'])}"
    r=random.random()
    if r<0.7:
        f=datetime.date(random.randint(2014,2025),random.randint(1,12),random.randint(1,28)); t=f+datetime.timedelta(days=random.randint(0,900))
        q+=f"&from={f}&to={t}"
    elif r<0.85:
        q+=f"&from={random.randint(2015,2024)}-0{random.randint(1,9)}-1{random.randint(0,9)}"
    if random.random()<0.2: q+=f"&top={random.randint(0,20)}"
    x=urllib.request.urlopen(before+q).read(); y=urllib.request.urlopen(after+q).read()
    stats["queries"]+=1
    X=json.loads(x); Y=json.loads(y)
    stats["rows"]+=len(X["rows"])
    if x==y: stats["identical"]+=1; continue
    assert len(X["rows"])==len(Y["rows"]) and {k:v for k,v in X.items() if k!="rows"}=={k:v for k,v in Y.items() if k!="rows"}, q
    for rx, ry in zip(X["rows"], Y["rows"]):
        if rx==ry: continue
        if {k:v for k,v in rx.items() if k!="goldstein_mean"}!={k:v for k,v in ry.items() if k!="goldstein_mean"}:
            stats["other"]+=1; print("OTHER", q, rx, ry); continue
        exact=Fraction(Decimal(repr(rx["goldstein_sum"])))/rx["events"]*1000
        k=abs(exact)
        away=(k.numerator*2+k.denominator)//(2*k.denominator) * (1 if exact>=0 else -1)
        if k-int(k)==Fraction(1,2) and Fraction(Decimal(repr(ry["goldstein_mean"])))*1000==away:
            stats["means_at_half"]+=1
        else:
            stats["other"]+=1; print("OTHER", q, rx, ry)
print(stats)
