#!/bin/sh
# split.sh: throughput and memory of wire-split, run by make bench.
#
# Usage: sh bench/split.sh            (from anywhere; it works in the repo)
#
# Environment:
#   CORPUS_MB    size of the JSON-lines corpus in MB (default 106, >= 100)
#   STREAM_COPIES  copies of the corpus streamed for the 1 GB memory run
#                (default 10)
#   WIRE_SHARED  the shared data directory (default ../shared)
#   TMPDIR       where the scratch directory goes (default /tmp)
#
# Builds a corpus of news-like document records in a scratch directory
# (removed at the end): paragraphs of tests/fixtures/seeds/*.txt when there
# are any, else of the repository's own text (README.md) and generated
# wire-story paragraphs, plus the UD English EWT dev and GUM news texts
# when $WIRE_SHARED/data/sentences has them.  Each record draws its own
# paragraphs, numbers, dateline, ids, dates and extra fields, so no two
# lines are alike.  Then it prints, each figure measured against a peer in
# the same run because the machine is shared and noisy:
#
#   1. the splitter core alone (build/bench/split_core on the plain text)
#   2. the record layer against jansson (build/bench/record_parse)
#   3. bin/wire-split against jq -c on the whole corpus (best of 2 each,
#      interleaved), and whether wire-split is faster (the target)
#   4. wire-split's peak resident memory on 10 MB and on about 1 GB (the
#      corpus streamed STREAM_COPIES times through a pipe), and whether it
#      stays flat (the target: the 1 GB peak within 1.25 times the 10 MB
#      one)
#
# and a summary table.  No figure is asserted: the status is 0 unless a
# step could not run.
set -u

cd "$(dirname "$0")/.." || exit 2

CORPUS_MB=${CORPUS_MB:-106}
STREAM_COPIES=${STREAM_COPIES:-10}
shared=${WIRE_SHARED:-../shared}
WIRE_DATADIR=$(pwd)/data
export WIRE_DATADIR

B=build/bench
# always: a program built before the last change would time the old code
make --no-print-directory -s all benches >&2 || exit 2
for c in python3 jq; do
	if ! command -v "$c" >/dev/null 2>&1; then
		echo "split.sh: $c is needed (sh scripts/deps.sh)" >&2
		exit 2
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-bench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

echo "== wire-split benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"

# The corpus: corpus.jsonl (CORPUS_MB), small.jsonl (its first 10 MB) and
# plain.txt (the text of the first 16 MB of documents, "\n\f\n" between).
python3 - "$tmp" "$CORPUS_MB" "$shared/data/sentences" <<'EOF' || exit 2
import glob
import json
import os
import random
import re
import sys

out, mb, shared = sys.argv[1], int(sys.argv[2]), sys.argv[3]
target = mb * 1000 * 1000
rng = random.Random(20241206)
paras = []          # (source, paragraph)
titles = []
urls = []
used = []


def add_text(src, text):
    n = 0
    for p in re.split(r"\n\s*\n", text):
        p = p.strip()
        if p:
            paras.append((src, p))
            n += 1
    return n


seeds = sorted(glob.glob("tests/fixtures/seeds/*.txt"))
if seeds:
    n = 0
    for f in seeds:
        with open(f, encoding="utf-8", errors="replace") as fp:
            t = fp.read()
        first = t.strip().split("\n", 1)[0]
        if 0 < len(first) < 200:
            titles.append(first)
        n += add_text("seeds", t)
    used.append("tests/fixtures/seeds: %d files, %d paragraphs" % (len(seeds), n))
else:
    n = 0
    if os.path.exists("README.md"):
        with open("README.md", encoding="utf-8") as fp:
            n = add_text("repo", fp.read())
    used.append("repository text (README.md): %d paragraphs" % n)
    # Generated wire-story paragraphs: abbreviations, numbers, quotes.
    who = ["Mr. Lee", "Sen. Warren", "Dr. Okafor", "Gov. DeSantis", "Ms. Kim",
           "Prof. J. R. Alvarez", "Lt. Gen. Park", "the U.S. ambassador",
           "Mayor Ana Sousa", "Rep. O'Neil"]
    verb = ["said", "told reporters", "wrote in a statement", "announced",
            "warned", "confirmed"]
    what = ["the plan would cost $%d.%d billion" % (rng.randint(1, 99), rng.randint(1, 9)),
            "talks with the E.U. would resume on Dec. %d" % rng.randint(1, 28),
            "about %d,%03d people had been evacuated by 6 a.m." % (rng.randint(1, 99),
                                                                  rng.randint(0, 999)),
            "the No. %d plant at Mt. Hood Ltd. would close" % rng.randint(2, 9),
            "inflation eased to %d.%d%% in November" % (rng.randint(1, 9), rng.randint(0, 9)),
            "\u201cwe are not there yet\u201d",
            "the vote (scheduled for Jan. %d) was delayed" % rng.randint(1, 28),
            "Acme Inc. shares fell %d%% after the report" % rng.randint(2, 30)]
    extra = ["Asked why, he said: \u201cIt is too early to tell.\u201d",
             "The figures have not been independently verified.",
             "Officials in Washington, D.C., declined to comment.",
             "Is this the end? Not yet, analysts say!",
             "Shares rose 3.5 pct. to 41.20 dollars... then fell back.",
             "Reporting by A. Smith; editing by B. Jones."]
    g = 0
    for i in range(400):
        s = []
        for j in range(rng.randint(1, 4)):
            s.append("%s %s %s." % (rng.choice(who), rng.choice(verb), rng.choice(what)))
            if rng.random() < 0.3:
                s.append(rng.choice(extra))
        paras.append(("generated", " ".join(s)))
        g += 1
    used.append("generated wire-story paragraphs: %d" % g)
for name in ("en-ewt-dev.jsonl", "en-gum-news.jsonl"):
    path = os.path.join(shared, name)
    if not os.path.exists(path):
        continue
    n = d = 0
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            r = json.loads(line)
            n += add_text(name, r["text"])
            d += 1
            if r.get("title"):
                titles.append(r["title"])
            if r.get("url"):
                urls.append(r["url"])
    used.append("%s: %d documents, %d paragraphs" % (path, d, n))
if not paras:
    sys.exit("split.sh: no text found for the corpus")
if not titles:
    titles = [" ".join(p[1].split()[:9]) for p in paras[:200]]

cities = ["WASHINGTON", "LONDON", "SEOUL", "NAIROBI", "S\u00c3O PAULO", "BERLIN",
          "NEW DELHI", "TOKYO", "SYDNEY", "MEXICO CITY"]
months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
          "Sept.", "Oct.", "Nov.", "Dec."]
sections = ["world", "politics", "business", "science", "sport", "culture"]
digits = re.compile(r"\d+")

with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as cf, \
        open(os.path.join(out, "small.jsonl"), "w", encoding="utf-8") as sf, \
        open(os.path.join(out, "plain.txt"), "w", encoding="utf-8") as pf:
    size = small = plain = k = 0
    while size < target:
        k += 1
        m = rng.randint(1, 12)
        day = rng.randint(1, 28)
        body = []
        for j in range(rng.randint(3, 12)):
            p = rng.choice(paras)[1]
            if rng.random() < 0.3:
                p = digits.sub(lambda x: str(int(x.group()) + k % 97), p, count=2)
            if rng.random() < 0.1:
                p = p.replace('"', "\u201c", 1)
            body.append(p)
        if rng.random() < 0.7:
            body[0] = "%s, %s %d (Wire) \u2014 %s" % (rng.choice(cities), months[m - 1],
                                                  day, body[0])
        text = "\n\n".join(body)
        title = rng.choice(titles)
        rec = {
            "id": "bench-%07d" % k,
            "url": "https://news.example.com/%s/2024/%02d/%d-%d%s" % (
                rng.choice(sections), m, k, rng.randint(0, 9999),
                "?utm_source=feed" if rng.random() < 0.2 else ""),
            "title": title,
            "published": "2024-%02d-%02dT%02d:%02d:00Z" % (m, day, rng.randint(0, 23),
                                                      rng.randint(0, 59)),
            "lang": "en",
            "text": text,
            "tags": rng.sample(sections, rng.randint(0, 3)),
            "words": len(text.split()),
        }
        if rng.random() < 0.1:
            rec["byline"] = {"name": "Staff", "desk": rng.choice(sections)}
        line = json.dumps(rec, ensure_ascii=(k % 8 == 0), separators=(",", ":")) + "\n"
        b = len(line.encode("utf-8"))
        cf.write(line)
        size += b
        if small < 10 * 1000 * 1000:
            sf.write(line)
            small += b
        if plain < 16 * 1000 * 1000:
            pf.write(text + "\n\f\n")
            plain += len(text.encode("utf-8")) + 3
print("corpus: %d records, %.1f MB; small: %.1f MB; plain text: %.1f MB"
      % (k, size / 1e6, small / 1e6, plain / 1e6))
print("sources:")
for u in used:
    print("  " + u)
EOF

corpus=$tmp/corpus.jsonl
bytes=$(wc -c <"$corpus")
mb()
{
	awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'
}

# 1. The splitter core.
echo
echo "-- 1. splitter core (build/bench/split_core, one thread, best of 3)"
"$B/split_core" "$tmp/plain.txt" >"$tmp/core.out" || exit 2
cat "$tmp/core.out"
core_doc=$(awk '$2 == "doc" { print $4 }' "$tmp/core.out")
core_doc_s=$(awk '$2 == "doc" { print $6 }' "$tmp/core.out")
core_para=$(awk '$2 == "para" { print $4 }' "$tmp/core.out")
core_whole=$(awk '$2 == "whole" { print $4 }' "$tmp/core.out")

# 2. The record layer against jansson.
echo
echo "-- 2. record layer vs jansson, parse + re-emit per line (build/bench/record_parse)"
"$B/record_parse" "$corpus" >"$tmp/rec.out" || exit 2
cat "$tmp/rec.out"
rec_wire=$(awk '{ print $4 }' "$tmp/rec.out")
rec_jans=$(awk '{ print $7 }' "$tmp/rec.out")
rec_ratio=$(awk '{ print $9 }' "$tmp/rec.out")

# 3. The whole program against jq -c, interleaved, best of 2.
echo
echo "-- 3. whole program on $(mb "$bytes") MB: bin/wire-split vs jq -c (best of 2, interleaved)"
best_w=
best_j=
field()
{
	awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }' "$1"
}
for run in 1 2; do
	"$B/peakrss" -o "$tmp/w.rss" bin/wire-split <"$corpus" >/dev/null
	st=$?
	[ "$st" -eq 0 ] || { echo "split.sh: wire-split exited $st" >&2; exit 2; }
	w=$(field "$tmp/w.rss" wall_s)
	"$B/peakrss" -o "$tmp/j.rss" jq -c . <"$corpus" >/dev/null
	st=$?
	[ "$st" -eq 0 ] || { echo "split.sh: jq exited $st" >&2; exit 2; }
	j=$(field "$tmp/j.rss" wall_s)
	echo "run $run: wire-split $w s (user $(field "$tmp/w.rss" user_s) s), jq -c $j s" \
	    "(user $(field "$tmp/j.rss" user_s) s)"
	best_w=$(awk -v a="$w" -v b="${best_w:-$w}" 'BEGIN { print (a < b ? a : b) }')
	best_j=$(awk -v a="$j" -v b="${best_j:-$j}" 'BEGIN { print (a < b ? a : b) }')
done
prog_w=$(awk -v b="$bytes" -v t="$best_w" 'BEGIN { printf "%.1f", b / 1e6 / t }')
prog_j=$(awk -v b="$bytes" -v t="$best_j" 'BEGIN { printf "%.1f", b / 1e6 / t }')
prog_ratio=$(awk -v a="$best_j" -v b="$best_w" 'BEGIN { printf "%.2f", a / b }')
if awk -v r="$prog_ratio" 'BEGIN { exit !(r > 1) }'; then
	prog_verdict="target met"
else
	prog_verdict="target missed"
fi
echo "wire-split $prog_w MB/s, jq -c $prog_j MB/s: wire-split/jq = $prog_ratio ($prog_verdict)"

# 4. Peak resident memory on 10 MB and on about 1 GB streamed.
echo
echo "-- 4. peak RSS of bin/wire-split (ru_maxrss via build/bench/peakrss)"
small=$(wc -c <"$tmp/small.jsonl")
"$B/peakrss" -o "$tmp/s.rss" bin/wire-split <"$tmp/small.jsonl" >/dev/null ||
    { echo "split.sh: wire-split failed on small.jsonl" >&2; exit 2; }
rss_small=$(field "$tmp/s.rss" maxrss_kb)
echo "$(mb "$small") MB: $rss_small KiB"
i=0
while [ "$i" -lt "$STREAM_COPIES" ]; do
	cat "$corpus"
	i=$((i + 1))
done | "$B/peakrss" -o "$tmp/b.rss" bin/wire-split >/dev/null ||
    { echo "split.sh: wire-split failed on the stream" >&2; exit 2; }
big=$((bytes * STREAM_COPIES))
rss_big=$(field "$tmp/b.rss" maxrss_kb)
big_wall=$(field "$tmp/b.rss" wall_s)
echo "$(mb "$big") MB through a pipe: $rss_big KiB" \
    "($(awk -v b="$big" -v t="$big_wall" 'BEGIN { printf "%.1f", b / 1e6 / t }') MB/s)"
rss_ratio=$(awk -v a="$rss_big" -v b="$rss_small" 'BEGIN { printf "%.2f", a / b }')
if awk -v r="$rss_ratio" 'BEGIN { exit !(r <= 1.25) }'; then
	rss_verdict="flat, target met"
else
	rss_verdict="grows, target missed"
fi
echo "1 GB / 10 MB peak = $rss_ratio ($rss_verdict)"

echo
echo "-- summary"
printf '%-44s %12s %12s %8s\n' "measure" "wire" "peer" "ratio"
printf '%-44s %12s %12s %8s\n' "splitter core, document chunks (MB/s)" "$core_doc" "-" "-"
printf '%-44s %12s %12s %8s\n' "splitter core, paragraph chunks (MB/s)" "$core_para" "-" "-"
printf '%-44s %12s %12s %8s\n' "splitter core, whole file (MB/s)" "$core_whole" "-" "-"
printf '%-44s %12s %12s %8s\n' "splitter core, document chunks (sent/s)" "$core_doc_s" "-" "-"
printf '%-44s %12s %12s %8s\n' "record layer vs jansson (MB/s)" "$rec_wire" "$rec_jans" \
    "$rec_ratio"
printf '%-44s %12s %12s %8s  %s\n' "wire-split vs jq -c (MB/s)" "$prog_w" "$prog_j" \
    "$prog_ratio" "$prog_verdict"
printf '%-44s %12s %12s %8s  %s\n' "wire-split peak RSS, 1 GB vs 10 MB (KiB)" \
    "$rss_big" "$rss_small" "$rss_ratio" "$rss_verdict"
