#!/bin/sh
# dedup.sh: precision, recall and speed of wire-dedup, run by make bench.
#
# Usage: sh bench/dedup.sh            (from anywhere; it works in the repo)
#
# Environment:
#   WIRE_BIN     the programs (default bin)
#   WIRE_SHARED  the shared data directory (default ../shared)
#   DEDUP_STORE  documents stored before the look-up timing (default 200000;
#                1000000 for the million-document figure)
#   TMPDIR       where the scratch directory goes (default /tmp)
#
# 1. Quality.  Builds a corpus of originals from every text it has:
#    tests/fixtures/seeds/*.txt and the "text" of the records of
#    $WIRE_SHARED/data/sentences/*.jsonl (shorter than 40 words left out:
#    a two-line post is not a news story).  For a random third of the
#    originals it plants near duplicates, each of one kind: the same text
#    under another URL (exact), paragraphs reordered, a byline changed or
#    added, boilerplate added (a newsletter line, "Read more" links), one
#    paragraph corrected (a word changed).  Originals come first, then the
#    copies in random order.  wire-dedup then marks the corpus at each
#    --distance, and precision (marks that name the right original),
#    recall (copies marked) and the recall per kind are printed.
# 2. Speed.  Documents per second of wire-dedup on that corpus (in
#    memory), and of look-ups against DEDUP_STORE stored documents in a
#    --state directory (the banded index, not a scan).
set -eu

cd "$(dirname "$0")/.."
bin=${WIRE_BIN:-bin}
shared=${WIRE_SHARED:-../shared}
store=${DEDUP_STORE:-200000}

[ -x "$bin/wire-dedup" ] || {
	echo "dedup.sh: $bin/wire-dedup is not built" >&2
	exit 2
}
# Arithmetic on fractional seconds.
calc()
{
	awk "BEGIN { print $1 }"
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-bench-dedup.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" "$shared/data/sentences" tests/fixtures/seeds <<'PY'
import glob, json, os, random, sys

tmp, sents, seeds = sys.argv[1:4]
rnd = random.Random(7)
texts = []
for f in sorted(glob.glob(os.path.join(seeds, "*.txt"))):
    texts.append(open(f, encoding="utf-8").read())
for f in sorted(glob.glob(os.path.join(sents, "*.jsonl"))):
    for line in open(f, encoding="utf-8"):
        try:
            t = json.loads(line).get("text")
        except ValueError:
            continue
        if isinstance(t, str):
            texts.append(t)
seen, docs = set(), []
for t in texts:
    k = " ".join(t.split())
    if len(k.split()) < 40 or k in seen:
        continue
    seen.add(k)
    docs.append(t)

names = ["Jane Roe", "John Smith", "Kim Min-jun", "Ana Lopez", "Staff Writer"]
boiler = ["Subscribe to our newsletter for the latest news.",
          "Read more: Top 10 stories of the day",
          "Copyright 2024. All rights reserved. Distributed by the agency."]

def paras(t):
    p = [x for x in t.split("\n\n") if x.strip()]
    if len(p) < 2:
        p = [x for x in t.split("\n") if x.strip()]
    return p

def plant(t, kind):
    p = paras(t)
    if kind == "exact":
        return t
    if kind == "reorder":
        if len(p) < 2:
            return None
        q = p[:]
        while q == p:
            rnd.shuffle(q)
        return "\n\n".join(q)
    if kind == "byline":
        return "By " + rnd.choice(names) + "\n\n" + t
    if kind == "boilerplate":
        return t + "\n\n" + rnd.choice(boiler)
    if kind == "correction":
        i = rnd.randrange(len(p))
        w = p[i].split(" ")
        j = rnd.randrange(len(w))
        w[j] = "corrected"
        p[i] = " ".join(w)
        return "\n\n".join(p)

orig, copies, truth = [], [], {}
for i, t in enumerate(docs):
    oid = "o%05d" % i
    orig.append({"id": oid, "url": "https://outlet%d.example/story/%d" % (i % 7, i),
                 "text": t})
    if rnd.random() < 1 / 3:
        kind = rnd.choice(["exact", "reorder", "byline", "boilerplate", "correction"])
        c = plant(t, kind)
        if c is None:
            continue
        cid = "c%05d" % i
        copies.append({"id": cid, "url": "https://copy.example/%s?utm_source=feed" % cid,
                       "text": c})
        truth[cid] = [oid, kind]
rnd.shuffle(copies)
with open(os.path.join(tmp, "corpus.jsonl"), "w", encoding="utf-8") as f:
    for r in orig + copies:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(tmp, "truth.json"), "w") as f:
    json.dump(truth, f)
words = sum(len(d.split()) for d in docs) // max(len(docs), 1)
print("corpus: %d originals (%d words on average), %d planted copies"
      % (len(orig), words, len(copies)))
PY

echo "distance  precision  recall  exact reorder byline boilerplate correction"
for d in 0 3 4 6 8; do
	"$bin/wire-dedup" --distance "$d" "$tmp/corpus.jsonl" >"$tmp/out"
	jq -c 'select(.dup_of) | [.id, .dup_of]' "$tmp/out" >"$tmp/marks"
	python3 - "$tmp/truth.json" "$tmp/marks" "$d" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
marks = [json.loads(l) for l in open(sys.argv[2])]
good = sum(1 for i, o in marks if truth.get(i, [None])[0] == o)
kinds = {}
for cid, (o, k) in truth.items():
    kinds.setdefault(k, [0, 0])[1] += 1
found = {i for i, o in marks if truth.get(i, [None])[0] == o}
for cid, (o, k) in truth.items():
    if cid in found:
        kinds[k][0] += 1
p = good / len(marks) if marks else 1.0
r = len(found) / len(truth) if truth else 1.0
per = " ".join("%5.2f" % (kinds[k][0] / kinds[k][1]) if k in kinds else "   - "
               for k in ["exact", "reorder", "byline", "boilerplate", "correction"])
print("%8s  %9.3f  %6.3f  %s" % (sys.argv[3], p, r, per))
PY
done

# Speed on the corpus, in memory (best of 3).
n=$(grep -c '' "$tmp/corpus.jsonl")
best=
for _ in 1 2 3; do
	s=$(date +%s.%N)
	"$bin/wire-dedup" "$tmp/corpus.jsonl" >/dev/null
	e=$(date +%s.%N)
	t=$(calc "$e - $s")
	if [ -z "$best" ] || [ "$(calc "$t < $best")" -eq 1 ]; then
		best=$t
	fi
done
echo "speed: $n documents in ${best}s: $(calc "int($n / $best)") documents/s (in memory, --distance 3)"

# Look-ups against a large store: DEDUP_STORE random-word documents are
# stored first, then 10000 more are timed against them.
python3 - "$store" "$tmp/store.jsonl" "$tmp/probe.jsonl" <<'PY'
import json, random, sys
n, out, probe = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(3)
vocab = ["w%d" % i for i in range(20000)]
def doc(i):
    return json.dumps({"id": "s%07d" % i, "text": " ".join(rnd.choices(vocab, k=80))})
with open(out, "w") as f:
    for i in range(n):
        f.write(doc(i) + "\n")
with open(probe, "w") as f:
    for i in range(n, n + 10000):
        f.write(doc(i) + "\n")
PY
s=$(date +%s.%N)
"$bin/wire-dedup" --state "$tmp/state" "$tmp/store.jsonl" >/dev/null
e=$(date +%s.%N)
echo "store: $store documents fingerprinted and stored in $(calc "$e - $s")s ($(du -sh "$tmp/state" | cut -f1) on disk)"
s=$(date +%s.%N)
"$bin/wire-dedup" --state "$tmp/state" "$tmp/probe.jsonl" >/dev/null
e=$(date +%s.%N)
echo "look-up: 10000 new documents against $store stored: $(calc "int(10000 / ($e - $s))") documents/s"
