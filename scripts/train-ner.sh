#!/bin/sh
# train-ner.sh: rebuilds data/ner/model.bin, the entity tagger's model.
#
# Usage: sh scripts/train-ner.sh [SHARED_DATA_DIR]
#
# The recipe of the shipped model (see data/ner/README): the train splits
# of BTC, WNUT-17 and wikigold (wikigold counted three times, being the
# cleanest edited prose of the three), 6 epochs, the mean of the models of
# sixteen runs in different orders (seeds 1 to 16: steadier than one
# run), features pruned below 1 (half the model, same accuracy on dev).
# Dev and test splits are never trained on.  Needs bin/wire-train (make; WIRE_TRAIN names another one)
# and the NER sets of ../shared/data/ner.
set -eu

cd "$(dirname "$0")/.."
ner=${1:-${WIRE_SHARED:-../shared}/data}/ner
[ -d "$ner" ] || { echo "$0: no NER data in $ner" >&2; exit 1; }
train=${WIRE_TRAIN:-bin/wire-train}
[ -x "$train" ] || make bin/wire-train
exec "$train" --datadir data --output data/ner/model.bin \
    --epochs 6 --prune 1 --seed 1-16 \
    "$ner/btc/train.conll" "$ner/wnut17/train.conll" \
    "$ner/wikigold/train.conll*3"
