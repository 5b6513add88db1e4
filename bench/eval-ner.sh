#!/bin/sh
# eval-ner.sh: exact-span precision, recall and F1 of the entity tagger for
# PER, ORG and LOC on the news test set and on each set's test split, with
# the scorer of ${WIRE_SHARED:-../shared}/data/tagging (run from the
# repository root; make eval).  Without the shared data it says so and
# exits 0.  NER_CMD overrides the tagger command (default: the scorer's
# wire-ner adapter around wire-tag of WIRE_BIN, else O/bin, else bin);
# WIRE_DATADIR defaults to data.
set -eu

cd "$(dirname "$0")/.."
S=${WIRE_SHARED:-../shared}/data
if [ ! -f "$S/tagging/score.py" ] || [ ! -d "$S/ner" ]; then
	echo "bench/eval-ner.sh: no scorer or NER data under $S; skipped"
	exit 0
fi
bin=${WIRE_BIN:-${O:-.}/bin}
export WIRE_DATADIR=${WIRE_DATADIR:-$PWD/data}
cmd=${NER_CMD:-"$S/tagging/wire-ner $bin/wire-tag"}
for f in uner-en/test-pud-news uner-en/test btc/test wnut17/test wikigold/test; do
	echo "== $f"
	python3 "$S/tagging/score.py" ner "$S/ner/$f.conll" --types PER,ORG,LOC \
	    --cmd "$cmd"
done
