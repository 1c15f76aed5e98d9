#!/usr/bin/env bash
# Browser test of the dashboard: ingest the demo articles into a temporary store, start
# `tawthiq serve` on a free port, load the relations page and an event page in headless Chromium
# and check the rendered DOM for the chart <svg, highlighted <mark spans and dir="rtl".
# With CI set, a missing chromium is a failure; otherwise the test is skipped.
# Usage: scripts/browser-test.sh [TAWTHIQ_BINARY] [--screenshot docs/dashboard-relations.png]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/tawthiq}"
SHOT=""
if [[ "${2:-}" == "--screenshot" ]]; then SHOT="${3:-docs/dashboard-relations.png}"; fi

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
check() { # page-name file needle...
    local name="$1" file="$2"; shift 2
    for needle in "$@"; do
        if grep -qF -- "$needle" "$file"; then echo "ok   $name contains $needle" >&2; else echo "FAIL $name lacks $needle" >&2; fail=1; fi
    done
}

dump "${URL}relations?a=SYR&b=RUS&by=month" > "$WORK/relations.html"
check relations "$WORK/relations.html" '<svg class="chart counts"' '<svg class="chart goldstein"' '/events?source=' 'lang="ar"'

EVENT_ID="$(curl -sf "${URL}api/events?source=SYR&target=RUS&limit=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)"
if [[ -z "$EVENT_ID" ]]; then echo "FAIL no SYR→RUS event in the demo store" >&2; fail=1; else
    dump "${URL}events/${EVENT_ID}" > "$WORK/event.html"
    check "event $EVENT_ID" "$WORK/event.html" '<mark class="trigger">' '<mark class="source">' '<mark class="target">' 'dir="rtl"'
fi

if [[ -n "$SHOT" ]]; then
    "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,1500 --screenshot="$SHOT" "${URL}relations?a=SYR&b=RUS&by=month" 2>/dev/null
    [[ -n "${EVENT_ID:-}" ]] && "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=420,1400 --screenshot="${SHOT%/*}/dashboard-event-phone.png" "${URL}events/${EVENT_ID}" 2>/dev/null
    echo "browser test: screenshots in ${SHOT%/*}" >&2
fi

if [[ $fail -ne 0 ]]; then echo "browser test: FAIL" >&2; exit 1; fi
echo "browser test: passed" >&2
