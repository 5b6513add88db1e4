#!/bin/sh
# eval-split.sh: scores bin/wire-split on the sentence-boundary dev sets.
#
# Usage (from the repository root): sh bench/eval-split.sh [score.py options]
#
# Runs ../shared/data/sentences/score.py (see its README.md) on the GUM news,
# EWT dev and test, and Korean GSD dev files with the splitter program
# "${WIRE_BIN:-bin}/wire-split" (JSON lines: {"doc","text"} in, one
# {"doc","n","text"} per sentence out) and prints the score table.  The
# shared data lives in "${WIRE_SHARED:-../shared}"; when it is absent the
# script says so and exits 0, so "make eval" works on any checkout.
# Targets: F1 >= 0.985 on en-gum-news, >= 0.93 on en-ewt-dev, boundary
# precision >= 0.99 on ko-gsd-dev.
set -eu

cd "$(dirname "$0")/.."
shared=${WIRE_SHARED:-../shared}
sets=$shared/data/sentences
bin=${WIRE_BIN:-bin}

if [ ! -f "$sets/score.py" ]; then
	echo "eval-split: $sets/score.py not found; skipped (set WIRE_SHARED)"
	exit 0
fi
if [ ! -x "$bin/wire-split" ]; then
	echo "eval-split: $bin/wire-split not built (run make)" >&2
	exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "eval-split: python3 not found; skipped"
	exit 0
fi

python3 "$sets/score.py" "$sets/en-gum-news.jsonl" "$sets/en-ewt-dev.jsonl" \
    "$sets/en-ewt-test.jsonl" "$sets/ko-gsd-dev.jsonl" \
    --cmd "$bin/wire-split" "$@"
