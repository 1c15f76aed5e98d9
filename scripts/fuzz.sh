#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (-sanitize=fuzzer,address) and runs each on a seed corpus
# made from ../shared and the built-in lexicon. A crash, a leak, a timeout (a hang) or an
# out-of-memory stops the run with the reproducer under .build/fuzz/artifacts/ and exit 1.
#
#   scripts/fuzz.sh                      # every target for 10 million inputs or 30 minutes
#   FUZZ_SECONDS=30 scripts/fuzz.sh      # bounded (what .ci/run does)
#   scripts/fuzz.sh FuzzJSONL FuzzFeeds  # some targets
#
# Environment: FUZZ_SECONDS (default 1800), FUZZ_RUNS (default 10000000).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export TAWTHIQ_FUZZ=1
seconds="${FUZZ_SECONDS:-1800}"
runs="${FUZZ_RUNS:-10000000}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzText FuzzDates FuzzLexicon FuzzJSONL FuzzFeeds)
out=.build/fuzz
mkdir -p "$out/corpus" "$out/artifacts"

# Seeds: real articles (one JSONL line a file), lexicon blocks, feeds written for the tests.
seed_dir() { echo "$out/seeds/$1"; }
make_seeds() {
    # Made once (FUZZ_RESEED=1 makes them again), so runs side by side share them.
    [ -d "$out/seeds/feeds" ] && [ -z "${FUZZ_RESEED:-}" ] && return 0
    # `head` closes its pipe early on purpose: a SIGPIPE upstream is not a failure here.
    set +o pipefail
    local articles=../shared/data/saudinewsnet_dev/articles.jsonl.gz
    rm -rf "$out/seeds" && mkdir -p "$out/seeds"/{articles,lexicon,feeds}
    if [ -f "$articles" ]; then
        # Shorter articles make faster inputs; 200 of them cover the vocabulary that matters.
        zcat "$articles" | awk 'length($0) < 3000' | head -n 200 | split -l 1 - "$out/seeds/articles/a-"
    else
        echo "fuzz.sh: $articles is missing; seeding from demo/ only" >&2
    fi
    for f in demo/*.jsonl; do split -l 1 "$f" "$out/seeds/articles/$(basename "$f" .jsonl)-"; done
    cp demo/*.txt "$out/seeds/articles/"
    [ -f ../shared/data/diplomacy_dev.jsonl ] && head -n 100 ../shared/data/diplomacy_dev.jsonl | split -l 1 - "$out/seeds/articles/d-"
    for f in Sources/Lexicon/Resources/lexicon/*.lex; do
        awk -v dir="$out/seeds/lexicon" -v base="$(basename "$f" .lex)" \
            '/^\[/ { n++ } { file = sprintf("%s/%s-%04d.lex", dir, base, int(n / 8)); print > file }' "$f"
    done
    cp Fuzz/seeds/feeds/* "$out/seeds/feeds/"
    # Articles as feeds: each of the first 20 as an RSS item, an Atom entry and a PETRARCH sentence.
    if [ -f "$articles" ] && command -v python3 >/dev/null; then
        zcat "$articles" | head -n 20 | python3 -c '
import json, sys, html
out = sys.argv[1]
for i, line in enumerate(sys.stdin):
    a = json.loads(line)
    t, x, d = html.escape(a.get("title") or ""), html.escape(a["text"][:1500]), a.get("date") or ""
    with open("%s/rss-%d.xml" % (out, i), "w") as f:
        f.write("<rss><channel><item><title>%s</title><pubDate>%s</pubDate><description>%s</description></item></channel></rss>" % (t, d, x))
    with open("%s/atom-%d.xml" % (out, i), "w") as f:
        f.write("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>%s</title><published>%s</published><content type=\"html\">%s</content></entry></feed>" % (t, d, x))
    with open("%s/petrarch-%d.xml" % (out, i), "w") as f:
        f.write("<Sentences><Sentence id=\"%d\" date=\"%s\"><Text>%s</Text></Sentence></Sentences>" % (i, d.replace("-", ""), x))
' "$out/seeds/feeds"
    fi
}
seeds_for() {
    case "$1" in
        FuzzText | FuzzDates | FuzzJSONL) seed_dir articles ;;
        FuzzLexicon) seed_dir lexicon ;;
        FuzzFeeds) seed_dir feeds ;;
    esac
}

make_seeds
status=0
for t in "${targets[@]}"; do
    echo "== $t: building" >&2
    swift build --build-path "$out/build" --product "$t" -Xswiftc -sanitize=fuzzer,address >"$out/build-$t.log" 2>&1 || {
        tail -30 "$out/build-$t.log" >&2
        exit 2
    }
    bin="$out/build/debug/$t"
    mkdir -p "$out/corpus/$t"
    echo "== $t: up to $runs inputs or $seconds s" >&2
    # Every malformed feed leaks 288 bytes inside Foundation's XMLParser (Fuzz/lsan.supp), so a
    # leak check after each input (libFuzzer's -detect_leaks) would run on nearly every input and
    # slow FuzzFeeds a hundredfold; it is checked once at exit instead.
    leaks=1
    [ "$t" = FuzzFeeds ] && leaks=0
    # -detect_leaks: leaks fail the run too; -timeout: one input taking 10 s is a hang;
    # -rss_limit_mb: an input that makes the process grow past 2 GB is a failure.
    if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp" "$bin" "$out/corpus/$t" "$(seeds_for "$t")" \
        -runs="$runs" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -detect_leaks="$leaks" \
        -print_final_stats=1 -artifact_prefix="$out/artifacts/$t-" >"$out/$t.log" 2>&1; then
        echo "== $t: FAILED (reproducer in $out/artifacts/; log $out/$t.log)" >&2
        tail -40 "$out/$t.log" >&2
        status=1
    else
        # The closing figures: inputs run, time, coverage, peak memory.
        grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|Done)|cov: ' "$out/$t.log" | tail -5 >&2
    fi
done
exit $status
