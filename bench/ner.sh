#!/bin/sh
# ner.sh: entity tagging speed (tokens/s, MB/s, memory) on >= 50 MB of news
# sentences, beside compromise (npm), a JavaScript tagger of people, places
# and organisations, measured in the same run on a slice of the same text.
#
# Usage: sh bench/ner.sh   (from make bench; needs build/bench/ner_bench)
# The text is the five seed reports and the GUM news sentences of
# ${WIRE_SHARED:-../shared}, one sentence per line, repeated to NER_MB
# (default 50) megabytes; without them it says so and exits 0.  The peer is
# installed with npm into a scratch folder; NER_PEER_MB (default 5) sets its
# slice, as it is slower; it is timed after an untimed pass over the
# first fifth of the slice has warmed its JIT compiler up.
set -eu

cd "$(dirname "$0")/.."
shared=${WIRE_SHARED:-../shared}
mb=${NER_MB:-50}
peermb=${NER_PEER_MB:-5}
if [ ! -d "$shared/seeds" ] || [ ! -f "$shared/data/sentences/en-gum-news.jsonl" ]; then
	echo "bench/ner.sh: no $shared/seeds or sentence data; skipped"
	exit 0
fi
make -s build/bench/ner_bench >&2 || exit 2	# always, as the code may have changed
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-nerbench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

python3 - "$shared" "$mb" "$tmp/news.txt" <<'PY'
import glob, json, sys
shared, mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
docs = []
for f in sorted(glob.glob(shared + "/seeds/*.txt")):
    docs.append([l.strip() for l in open(f, encoding="utf-8") if l.strip()])
for l in open(shared + "/data/sentences/en-gum-news.jsonl", encoding="utf-8"):
    r = json.loads(l)
    docs.append([s.replace("\n", " ") for s in r["sentences"]])
block = "".join("\n".join(d) + "\n\n" for d in docs)
with open(out, "w", encoding="utf-8") as w:
    n = 0
    while n < mb * 1000000:
        w.write(block)
        n += len(block.encode("utf-8"))
PY
echo "text: $(wc -c <"$tmp/news.txt") bytes, $(wc -l <"$tmp/news.txt") lines"
build/bench/ner_bench data "$tmp/news.txt"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
	echo "bench/ner.sh: node/npm missing; peer skipped"
	exit 0
fi
if ! (cd "$tmp" && npm init -y >/dev/null 2>&1 &&
    npm install --no-audit --no-fund compromise@14 >/dev/null 2>&1); then
	echo "bench/ner.sh: npm install compromise failed; peer skipped"
	exit 0
fi
head -c $((peermb * 1000000)) "$tmp/news.txt" >"$tmp/slice.txt"
cat >"$tmp/peer.js" <<'JS'
const nlp = require("compromise");
const fs = require("fs");
const lines = fs.readFileSync(process.argv[2], "utf8").split("\n");
let toks = 0, bytes = 0, ents = 0;
// an untimed pass over the first fifth warms the JIT compiler up: timed,
// it would lower compromise's rate on a slice this short
for (const l of lines.slice(0, lines.length / 5))
	if (l)
		nlp(l).people();
const t0 = process.hrtime.bigint();
for (const l of lines) {
	if (!l) continue;
	const d = nlp(l);
	ents += d.people().length + d.places().length + d.organizations().length;
	toks += d.terms().length;
	bytes += Buffer.byteLength(l);
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({tool: "compromise", tokens: toks, bytes: bytes,
	seconds: +s.toFixed(3), tokens_per_s: Math.round(toks / s),
	mb_per_s: +(bytes / s / 1e6).toFixed(2), entities: ents,
	max_rss_mb: +(process.memoryUsage().rss / 1048576).toFixed(1)}));
JS
(cd "$tmp" && node peer.js slice.txt)
