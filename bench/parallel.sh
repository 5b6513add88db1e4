#!/bin/sh
# parallel.sh: the speed-up of wire-parallel -j 2 over the serial chain,
# run by make bench.
#
# Usage: sh bench/parallel.sh         (from anywhere; it works in the repo)
#
# Environment:
#   WIRE_BIN       the programs (default bin)
#   WIRE_SHARED    the shared data directory (default ../shared)
#   PARALLEL_MB    size of the document corpus in MB (default 20)
#   TMPDIR         where the scratch directory goes (default /tmp)
#
# The chain is "wire-split | wire-tag" (wire-split alone while wire-tag is
# not built).  The corpus is document records made from
# tests/fixtures/seeds/*.txt and the texts of
# $WIRE_SHARED/data/sentences/*.jsonl, repeated under new URLs up to
# PARALLEL_MB, in a shuffled order (a day's stream mixes long and short
# reports; the files in order would put all the long ones in the first
# blocks).  Prints the serial time, the time of wire-parallel -j 2 (its
# default blocks: two parts a job slot), the speed-up, and whether the two
# outputs are the same bytes.  The machine is shared: each time is the best of 2 runs.
set -eu

cd "$(dirname "$0")/.."
bin=${WIRE_BIN:-bin}
export WIRE_BIN=$bin
shared=${WIRE_SHARED:-../shared}
mb=${PARALLEL_MB:-20}
[ -x "$bin/wire-split" ] || {
	echo "parallel.sh: $bin/wire-split is not built" >&2
	exit 2
}
command -v parallel >/dev/null 2>&1 || {
	echo "parallel.sh: GNU parallel is not installed (apt-get install parallel)" >&2
	exit 2
}
chain=wire-split
[ -x "$bin/wire-tag" ] && chain='wire-split | wire-tag'
# Arithmetic on fractional seconds.
calc()
{
	awk "BEGIN { print $1 }"
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-bench-parallel.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

python3 - "$mb" "$shared/data/sentences" tests/fixtures/seeds >"$tmp/docs.jsonl" <<'PY'
import glob, json, os, random, sys
mb, sents, seeds = int(sys.argv[1]), sys.argv[2], sys.argv[3]
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(seeds, "*.txt")))]
for f in sorted(glob.glob(os.path.join(sents, "*.jsonl"))):
    for line in open(f, encoding="utf-8"):
        t = json.loads(line).get("text")
        if isinstance(t, str) and t.strip():
            texts.append(t)
if not texts:
    texts = ["No text was found. This is a filler story."]
random.Random(1).shuffle(texts)
size, i = 0, 0
while size < mb << 20:
    line = json.dumps({"url": "https://bench.example/%d" % i,
                       "text": texts[i % len(texts)]}, ensure_ascii=False)
    sys.stdout.write(line + "\n")
    size += len(line.encode()) + 1
    i += 1
PY
echo "corpus: $(grep -c '' "$tmp/docs.jsonl") documents, $(du -m "$tmp/docs.jsonl" | cut -f1) MB; chain: $chain"

best()
{
	# $1 output file, then the command; prints the best of 2 in seconds
	out=$1
	shift
	b=
	for _ in 1 2; do
		s=$(date +%s.%N)
		"$@" >"$out"
		e=$(date +%s.%N)
		t=$(calc "$e - $s")
		if [ -z "$b" ] || [ "$(calc "$t < $b")" -eq 1 ]; then
			b=$t
		fi
	done
	echo "$b"
}

serial()
{
	PATH=$bin:$PATH sh -c "$chain" <"$tmp/docs.jsonl"
}

ts=$(best "$tmp/serial" serial)
tp=$(best "$tmp/par" sh scripts/wire-parallel -j 2 ${PARALLEL_BLOCK:+--block "$PARALLEL_BLOCK"} "$chain" "$tmp/docs.jsonl")
printf 'serial:               %6.2fs\n' "$ts"
printf 'wire-parallel -j 2:   %6.2fs\n' "$tp"
printf 'speed-up:             %6.2fx (on %s cores)\n' "$(calc "$ts / $tp")" "$(nproc)"
if cmp -s "$tmp/serial" "$tmp/par"; then
	echo "output: identical to the serial run ($(grep -c '' "$tmp/par") records)"
else
	echo "output: DIFFERS from the serial run"
	exit 1
fi
