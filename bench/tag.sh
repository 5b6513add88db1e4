#!/bin/sh
# tag.sh: speed and memory of wire-tag (entities and dates together, and
# each alone) on >= 50 MB of news sentence records, beside two peers
# measured in the same run: compromise (npm) for entities and chrono-node
# (npm) for dates.
#
# Usage: sh bench/tag.sh              (from anywhere; it works in the repo)
#        O=/tmp/out sh bench/tag.sh   (programs of make O=/tmp/out)
#
# Environment:
#   O            the make output root holding bin/ and build/bench/ (default .)
#   TAG_MB       megabytes of sentence text (default 50, at least 50 for the
#                targets to count)
#   PEER_MB      megabytes of the same sentences given to each peer (default
#                2; they are much slower, so their rate is measured on this
#                slice and compared as a rate)
#   WIRE_SHARED  the shared data directory (default ../shared)
#   TMPDIR       where the scratch directory goes (default /tmp)
#
# The corpus: document records made of tests/fixtures/seeds/*.txt and,
# when $WIRE_SHARED/data/sentences has them, the GUM news and EWT dev
# documents, each repeated under new ids and published dates until the
# text reaches TAG_MB, cut into sentence records by bin/wire-split.
# Tokens are words (runs of non-space), counted the same way for every
# tool.  The peers are installed by npm into the scratch directory (node
# 20); without node or npm they are skipped.  Each peer goes over its
# slice twice in one process and the ratios take the second pass: the
# first one also times the JIT compiler warming up, which a slice this
# short does not amortise (chrono-node's first pass over 2 MB runs at
# about a third of the rate of its second, and of its rate over the whole
# corpus), so comparing with it would flatter wire-tag.  Both passes are
# printed.  Wall-clock times and peak RSS of wire-tag come from
# build/bench/peakrss; best of 3, whose timed runs write to /dev/null as
# the peers write only counts.
#
# The date tagger is also timed alone as the peer is (bench/timex_core.c:
# the slice's texts in memory, the second of two passes), so that the two
# rates compare the same work; the whole program's rate, JSON in and out
# included, stays the figure the target is judged on.
#
# Targets: entities and dates together >= 500,000 tokens/s, peak RSS
# below 200 MB, dates alone >= 100 times chrono-node and >= 50 MB/s.  No
# figure is asserted: the status is 0 unless a step could not run.
set -u

cd "$(dirname "$0")/.." || exit 2

O=${O:-.}
TAG_MB=${TAG_MB:-50}
PEER_MB=${PEER_MB:-2}
shared=${WIRE_SHARED:-../shared}
WIRE_DATADIR=${WIRE_DATADIR:-$(pwd)/data}
export WIRE_DATADIR

bin=$O/bin
B=$O/build/bench
# always: a program built before the last change would time the old code
make --no-print-directory -s O="$O" all benches >&2 || exit 2
if ! command -v python3 >/dev/null 2>&1; then
	echo "tag.sh: python3 is needed (sh scripts/deps.sh)" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-tagbench.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

echo "== wire-tag benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"

python3 - "$tmp/docs.jsonl" "$TAG_MB" "$shared/data/sentences" <<'EOF' || exit 2
import glob
import json
import os
import sys

out, mb, shared = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = []
for f in sorted(glob.glob("tests/fixtures/seeds/*.txt")):
    with open(f, encoding="utf-8", errors="replace") as fp:
        docs.append(fp.read())
n_seeds = len(docs)
for name in ("en-gum-news.jsonl", "en-ewt-dev.jsonl"):
    path = os.path.join(shared, name)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fp:
            for line in fp:
                docs.append(json.loads(line)["text"])
if not docs:
    sys.exit("tag.sh: no text found (tests/fixtures/seeds, %s)" % shared)
print("sources: %d seed reports, %d shared documents" % (n_seeds, len(docs) - n_seeds))
size = k = 0
with open(out, "w", encoding="utf-8") as w:
    while size < mb * 1000 * 1000 * 1.03:   # wire-split drops some space
        for t in docs:
            k += 1
            rec = {"id": "d%07d" % k, "published": "2024-%02d-%02d" % (k % 12 + 1, k % 28 + 1),
                   "text": t}
            w.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            size += len(t.encode("utf-8"))
print("documents: %d, text %.1f MB" % (k, size / 1e6))
EOF
"$bin/wire-split" "$tmp/docs.jsonl" >"$tmp/sent.jsonl" || exit 2
rm -f "$tmp/docs.jsonl"
# the text of each sentence record, one per line, for the word counts and
# the peers' slice
python3 - "$tmp" "$PEER_MB" <<'EOF' || exit 2
import json
import sys

d, peer = sys.argv[1], int(sys.argv[2]) * 1000 * 1000
words = tbytes = 0
n = 0
with open(d + "/sent.jsonl", encoding="utf-8") as f, \
        open(d + "/slice.jsonl", "w", encoding="utf-8") as s:
    for line in f:
        t = json.loads(line)["text"]
        words += len(t.split())
        b = len(t.encode("utf-8"))
        if tbytes < peer:
            s.write(line)
            sw, sb = words, tbytes + b
        tbytes += b
        n += 1
with open(d + "/counts", "w") as c:
    c.write("%d %d %d %d %d\n" % (n, words, tbytes, sw, sb))
EOF
read -r nsent words tbytes swords sbytes <"$tmp/counts"
rbytes=$(wc -c <"$tmp/sent.jsonl")
echo "sentence records: $nsent, $(awk -v b="$rbytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB" \
    "of records, $(awk -v b="$tbytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB of text," \
    "$words tokens (words)"

field()
{
	awk -v k="$2" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }' "$1"
}

# run NAME OPTIONS...: best wall time of 3 runs of wire-tag on the corpus,
# into $best and $rss (KiB, the largest of the three).  The timed runs
# write to /dev/null, as the peers print only counts: a file on disk
# would time the page cache's write-back as well; one run more, untimed,
# leaves the output in $tmp/out.
run()
{
	name=$1
	shift
	best=
	rss=0
	"$bin/wire-tag" "$@" "$tmp/sent.jsonl" >"$tmp/out" ||
	    { echo "tag.sh: wire-tag $* failed" >&2; exit 2; }
	for i in 1 2 3; do
		"$B/peakrss" -o "$tmp/rss" "$bin/wire-tag" "$@" "$tmp/sent.jsonl" >/dev/null ||
		    { echo "tag.sh: wire-tag $* failed" >&2; exit 2; }
		w=$(field "$tmp/rss" wall_s)
		r=$(field "$tmp/rss" maxrss_kb)
		best=$(awk -v a="$w" -v b="${best:-$w}" 'BEGIN { print (a < b ? a : b) }')
		rss=$(awk -v a="$r" -v b="$rss" 'BEGIN { print (a > b ? a : b) }')
	done
	tps=$(awk -v n="$words" -v t="$best" 'BEGIN { printf "%.0f", n / t }')
	mbs=$(awk -v n="$rbytes" -v t="$best" 'BEGIN { printf "%.1f", n / 1e6 / t }')
	printf '%-26s %8.2f s %12s tokens/s %8s MB/s %8.1f MB peak RSS\n' "$name" "$best" \
	    "$tps" "$mbs" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')"
}

echo
echo "-- wire-tag on the whole corpus (best of 3; MB/s of records)"
run "entities + dates"
both_tps=$tps
both_mbs=$mbs
both_rss=$(awk -v r="$rss" 'BEGIN { printf "%.1f", r / 1024 }')
nent=$(grep -o '"type":"\(PERSON\|ORG\|LOC\|MISC\)"' "$tmp/out" | wc -l)
ndate=$(grep -o '"value":"' "$tmp/out" | wc -l)
echo "  ($nent entities, $ndate dates)"
run "entities (--no-dates)" --no-dates
ent_tps=$tps
run "dates (--no-entities)" --no-entities
date_tps=$tps
date_mbs=$mbs

peer_c=-
peer_d=-
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
    (cd "$tmp" && npm init -y >/dev/null 2>&1 &&
    npm install --no-audit --no-fund compromise@14 chrono-node@2 >/dev/null 2>&1); then
	cat >"$tmp/peer.js" <<'JS'
// node peer.js compromise|chrono FILE: tags the text of each record, in
// two passes; prints the tokens, then seconds and tokens/s of each pass
const fs = require("fs");
const which = process.argv[2];
const recs = fs.readFileSync(process.argv[3], "utf8").split("\n")
	.filter((l) => l).map((l) => JSON.parse(l));
let f;
if (which === "compromise") {
	const nlp = require("compromise");
	f = (r) => {
		const d = nlp(r.text);
		return d.people().length + d.places().length + d.organizations().length;
	};
} else {
	const chrono = require("chrono-node");
	f = (r) => chrono.parse(r.text, new Date(r.published || "2024-12-06")).length;
}
let words = 0;
for (const r of recs)
	words += r.text.split(/\s+/).filter((w) => w).length;
const out = [which, words];
let found = 0;
for (let pass = 0; pass < 2; pass++) {
	const t0 = process.hrtime.bigint();
	found = 0;
	for (const r of recs)
		found += f(r);
	const s = Number(process.hrtime.bigint() - t0) / 1e9;
	out.push(s.toFixed(3), Math.round(words / s));
}
out.push(found, (process.memoryUsage().rss / 1048576).toFixed(1));
console.log(out.join(" "));
JS
	echo
	echo "-- peers on the first $PEER_MB MB of the sentences ($swords tokens; node $(node --version))"
	for p in compromise chrono; do
		(cd "$tmp" && node peer.js "$p" slice.jsonl) >"$tmp/$p.out" ||
		    { echo "tag.sh: node $p failed" >&2; exit 2; }
		read -r _ pw cs ctps ps ptps pfound prss <"$tmp/$p.out"
		printf '%-26s %8.2f s %12s tokens/s %8s found    %8s MB RSS\n' \
		    "$p, first pass" "$cs" "$ctps" "$pfound" "$prss"
		printf '%-26s %8.2f s %12s tokens/s\n' "$p, second pass" "$ps" "$ptps"
		if [ "$p" = compromise ]; then peer_c=$ptps; else peer_d=$ptps; fi
	done
else
	echo "tag.sh: node/npm or the npm install failed; peers skipped"
fi

# The date tagger alone, timed as the peer is: the texts in memory, no
# JSON, reading or writing inside the timed pass, the second of two passes
# (bench/timex_core.c), on the peer's slice and on the whole corpus.
echo
echo "-- the date tagger alone, timed as chrono-node is (texts in memory, second pass)"
core_s=-
core_all=-
for f in slice sent; do
	"$B/timex_core" "$tmp/$f.jsonl" >"$tmp/core.out" ||
	    { echo "tag.sh: timex_core failed" >&2; exit 2; }
	first=$(field "$tmp/core.out" first)
	second=$(field "$tmp/core.out" second)
	if [ "$f" = slice ]; then n=$swords; label="first $PEER_MB MB"; else n=$words; label="whole corpus"; fi
	tps=$(awk -v n="$n" -v t="$second" 'BEGIN { printf "%.0f", n / t }')
	printf '%-26s %8.2f s %12s tokens/s %8s found (first pass %.2f s)\n' \
	    "timex_core, $label" "$second" "$tps" "$(field "$tmp/core.out" found)" "$first"
	if [ "$f" = slice ]; then core_s=$tps; else core_all=$tps; fi
done

ratio()
{
	if [ "$2" = - ]; then echo -; else awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", a / b }'; fi
}
verdict()
{
	if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi
}

echo
echo "-- summary"
printf '%-44s %14s %14s %8s  %s\n' "measure" "wire-tag" "peer" "ratio" "target"
printf '%-44s %14s %14s %8s  %s\n' "entities + dates (tokens/s)" "$both_tps" "-" "-" \
    ">= 500000: $(verdict "$both_tps >= 500000")"
printf '%-44s %14s %14s %8s\n' "entities + dates (MB/s of records)" "$both_mbs" "-" "-"
printf '%-44s %14s %14s %8s  %s\n' "entities + dates peak RSS (MB)" "$both_rss" "-" "-" \
    "< 200: $(verdict "$both_rss < 200")"
printf '%-44s %14s %14s %8s\n' "entities alone vs compromise (tokens/s)" "$ent_tps" \
    "$peer_c" "$(ratio "$ent_tps" "$peer_c")"
printf '%-44s %14s %14s %8s\n' "entities + dates vs compromise (tokens/s)" "$both_tps" \
    "$peer_c" "$(ratio "$both_tps" "$peer_c")"
r=$(ratio "$date_tps" "$peer_d")
printf '%-44s %14s %14s %8s  %s\n' "dates alone vs chrono-node (tokens/s)" "$date_tps" \
    "$peer_d" "$r" ">= 100x: $( [ "$r" = - ] && echo - || verdict "$r >= 100")"
printf '%-44s %14s %14s %8s\n' "date tagger alone vs chrono-node, same slice" "$core_s" \
    "$peer_d" "$(ratio "$core_s" "$peer_d")"
printf '%-44s %14s %14s %8s\n' "date tagger alone, whole corpus (tokens/s)" "$core_all" \
    "$peer_d" "$(ratio "$core_all" "$peer_d")"
printf '%-44s %14s %14s %8s\n' "entities + dates vs chrono-node (tokens/s)" "$both_tps" \
    "$peer_d" "$(ratio "$both_tps" "$peer_d")"
printf '%-44s %14s %14s %8s  %s\n' "dates alone (MB/s of records)" "$date_mbs" "-" "-" \
    ">= 50: $(verdict "$date_mbs >= 50")"
