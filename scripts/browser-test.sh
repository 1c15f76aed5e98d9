#!/usr/bin/env bash
# Browser test of the dashboard, in English and in Arabic: ingest the demo articles into a
# temporary store, start `tawthiq serve` on a free port, load the relations, event and flags pages
# in headless Chromium and check the rendered DOM: the charts' <svg, highlighted <mark spans,
# dir="rtl" lang="ar" on Arabic pages (chosen by ?lang=ar, by the cookie it sets, and by
# Accept-Language), mirrored charts, Arabic isolated (<bdi>) inside English explanations, and the
# map's points where their places are. Takes screenshots of the four pages in both languages
# (into a temporary folder, or DIR).
# With CI set, a missing chromium is a failure; otherwise the test is skipped.
# Usage: scripts/browser-test.sh [TAWTHIQ_BINARY] [--screenshots DIR]   (DIR: docs to refresh the README's)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/tawthiq}"
SHOTS=""
if [[ "${2:-}" == "--screenshots" ]]; then SHOTS="${3:-docs}"; fi

CHROME="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$CHROME" ]]; then
    if [[ -n "${CI:-}" ]]; then echo "browser test: FAIL: chromium is not installed (CI is set)" >&2; exit 1; fi
    echo "browser test: skipped (no chromium; apt-get install -y --no-install-recommends chromium fonts-noto-core)" >&2
    exit 0
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT
[[ -n "$SHOTS" ]] || SHOTS="$WORK/shots"
mkdir -p "$SHOTS"

"$BIN" serve --db "$WORK/demo.sqlite" --ingest demo/ --port 0 2> "$WORK/serve.log" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 120); do
    URL="$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.log" | head -1 || true)"
    [[ -n "$URL" ]] && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/serve.log" >&2; echo "browser test: FAIL: the server stopped" >&2; exit 1; fi
    sleep 0.5
done
[[ -n "$URL" ]] || { cat "$WORK/serve.log" >&2; echo "browser test: FAIL: the server printed no address" >&2; exit 1; }
echo "browser test: server at $URL" >&2

fail=0
dump() { "$CHROME" --headless --no-sandbox --disable-gpu --dump-dom "$1" 2>/dev/null; }
shot() { # file url width height
    "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$3,$4" --screenshot="$1" "$2" 2>/dev/null
    if [[ -s "$1" ]]; then echo "ok   screenshot $1" >&2; else echo "FAIL no screenshot $1" >&2; fail=1; fi
}
check() { # page-name file needle...
    local name="$1" file="$2"; shift 2
    for needle in "$@"; do
        if grep -qF -- "$needle" "$file"; then echo "ok   $name contains $needle" >&2; else echo "FAIL $name lacks $needle" >&2; fail=1; fi
    done
}
lacks() { # page-name file needle...
    local name="$1" file="$2"; shift 2
    for needle in "$@"; do
        if grep -qF -- "$needle" "$file"; then echo "FAIL $name contains $needle" >&2; fail=1; else echo "ok   $name has no $needle" >&2; fi
    done
}
# Python checks on a dumped page: `isolated` (every English explanation isolates its Arabic runs
# and has no bare Arabic beside « or »), `mirrored` (the axis labels of the first chart run
# right to left).
pycheck() { # what name file
    if python3 - "$1" "$3" <<'PY'
import re, sys
what, path = sys.argv[1], sys.argv[2]
html = open(path, encoding="utf-8").read()
arabic = "[\u0621-\u064A]"
if what == "isolated":
    xs = re.findall(r'<p class="explanation">(.*?)</p>', html, re.S)
    ok = bool(xs) and all('«<bdi lang="ar" dir="rtl">' in x and not re.search("«" + arabic, x) and not re.search(arabic + "»", x) for x in xs)
    print(f"{len(xs)} explanations", file=sys.stderr)
elif what == "mirrored":
    svg = html.split('<svg class="chart counts"', 1)[1].split("</svg>", 1)[0]
    xs = [float(x) for x in re.findall(r'<text x="([0-9.]+)" y="[0-9.]+" font-size="11" text-anchor="middle">', svg)]
    ok = len(xs) >= 2 and xs == sorted(xs, reverse=True)
    print(f"axis label x: {xs}", file=sys.stderr)
sys.exit(0 if ok else 1)
PY
    then echo "ok   $2 $1" >&2; else echo "FAIL $2 is not $1" >&2; fail=1; fi
}

# Relations: Syria and Russia (the demo's 2024 series), English then Arabic.
REL="${URL}relations?a=SYR&b=RUS&by=month"
dump "$REL&lang=en" > "$WORK/relations-en.html"
check "relations (en)" "$WORK/relations-en.html" '<html lang="en" dir="ltr">' '<svg class="chart counts"' '<svg class="chart goldstein"' '/events?source=' 'Events per quad class'
dump "$REL&lang=ar" > "$WORK/relations-ar.html"
check "relations (ar)" "$WORK/relations-ar.html" '<html lang="ar" dir="rtl">' '<svg class="chart counts"' 'الأحداث حسب الفئة' 'يناير ٢٠٢٤'
pycheck mirrored "relations (ar)" "$WORK/relations-ar.html"

# The language is remembered (cookie) and follows the browser's Accept-Language.
curl -sf -c "$WORK/cookies" "${URL}events?lang=ar" > /dev/null
curl -sf -b "$WORK/cookies" "${URL}events" > "$WORK/events-cookie.html"
check "events (cookie lang=ar)" "$WORK/events-cookie.html" '<html lang="ar" dir="rtl">'
curl -sf -H 'Accept-Language: ar-EG,ar;q=0.9,en;q=0.5' "$URL" > "$WORK/home-accept-ar.html"
check "home (Accept-Language: ar)" "$WORK/home-accept-ar.html" '<html lang="ar" dir="rtl">'
curl -sf -H 'Accept-Language: en-GB,en;q=0.9' "$URL" > "$WORK/home-accept-en.html"
check "home (Accept-Language: en)" "$WORK/home-accept-en.html" '<html lang="en" dir="ltr">'

# An event: a Syrian act towards Russia, with its article and highlighted evidence.
EVENT_ID="$(curl -sf "${URL}api/events?source=SYR&target=RUS&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)"
if [[ -z "$EVENT_ID" ]]; then echo "FAIL no SYR→RUS event in the demo store" >&2; fail=1; else
    for l in en ar; do
        dump "${URL}events/${EVENT_ID}?lang=$l" > "$WORK/event-$l.html"
        check "event $EVENT_ID ($l)" "$WORK/event-$l.html" '<mark class="trigger">' '<mark class="source">' '<mark class="target">' 'dir="rtl" lang="ar"' '<span class="evidence">'
    done
    check "event $EVENT_ID (ar)" "$WORK/event-ar.html" '<html lang="ar" dir="rtl">' 'مداخل المعجم المطابقة'
fi
# The Cairo meeting of 2025-02-05: one event, three outlets.
MEETING_ID="$(curl -sf "${URL}api/events?source=JOR&target=EGY&from=2025-02-05&to=2025-02-05&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)"
if [[ -z "$MEETING_ID" ]]; then echo "FAIL no JOR→EGY event on 2025-02-05 in the demo store" >&2; fail=1; else
    dump "${URL}events/${MEETING_ID}?lang=en" > "$WORK/meeting-en.html"
    check "event $MEETING_ID (en)" "$WORK/meeting-en.html" 'from 3 outlets'
fi

# Flags: a real contradiction, in both languages, with the Arabic isolated in English text.
dump "${URL}flags?lang=en" > "$WORK/flags-en.html"
check "flags (en)" "$WORK/flags-en.html" 'role-outside-term' 'headline-body-conflict' 'The headline names' '«<bdi lang="ar" dir="rtl">'
lacks "flags (en)" "$WORK/flags-en.html" 'date-unresolvable'
pycheck isolated "flags (en)" "$WORK/flags-en.html"
dump "${URL}flags?lang=ar" > "$WORK/flags-ar.html"
check "flags (ar)" "$WORK/flags-ar.html" '<html lang="ar" dir="rtl">' 'أخبار تناقض نفسها' 'العنوان يسمّي' '<bdi dir="ltr">'

# The map: the demo's events as points on the world outline; the Cairo meeting at Cairo's point
# (30.0626 N, 31.2497 E → x = (lon + 180) × 10 = 2112, y = (90 − lat) × 10 = 599), linked to the
# events that happened in Egypt.
dump "${URL}map?lang=en" > "$WORK/map-en.html"
check "map (en)" "$WORK/map-en.html" '<html lang="en" dir="ltr">' 'class="map"' '<path id="EGY"' '<circle cx="2112" cy="599"' 'Cairo, Egypt: ' '/events?where=EGY' 'Where the events happened'
dump "${URL}map?lang=ar" > "$WORK/map-ar.html"
check "map (ar)" "$WORK/map-ar.html" '<html lang="ar" dir="rtl">' 'class="map"' '<circle cx="2112" cy="599"' 'القاهرة (EGY)' 'أماكن وقوع الأحداث'
curl -sf "${URL}events?where=EGY&lang=en" > "$WORK/events-egypt.html"
check "events where=EGY" "$WORK/events-egypt.html" 'where</bdi> = <bdi dir="auto">EGY'

for l in en ar; do
    shot "$SHOTS/dashboard-map-$l.png" "${URL}map?lang=$l" 1200 900
    shot "$SHOTS/dashboard-relations-$l.png" "$REL&lang=$l" 1000 1500
    [[ -n "${MEETING_ID:-}" ]] && shot "$SHOTS/dashboard-event-$l.png" "${URL}events/${MEETING_ID}?lang=$l" 420 1400
    shot "$SHOTS/dashboard-flags-$l.png" "${URL}flags?lang=$l" 1000 1200
done

if [[ $fail -ne 0 ]]; then echo "browser test: FAIL" >&2; exit 1; fi
echo "browser test: passed" >&2
