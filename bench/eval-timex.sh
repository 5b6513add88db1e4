#!/bin/sh
# eval-timex.sh: scores bin/wire-tag's dates on the TimeML development set.
#
# Usage (from anywhere): sh bench/eval-timex.sh [--halves] [score.py options]
#
# Runs the three timex commands of ../shared/data/tagging/README.md from the
# repository root: strict and relaxed extent F1 and value F1 on TimeBank and
# AQUAINT (TempEval-3 style), the same for DATE and TIME alone, and the
# accuracy of values of single expressions with their document date, and
# (with --halves) the first figures on the odd and on the even files
# apart, to see that a change helps both halves alike.  The
# shared data lives in "${WIRE_SHARED:-../shared}"; when it is absent the
# script says so and exits 0, so "make eval" works on any checkout.
# Targets: value F1 >= 0.85 and relaxed extent F1 >= 0.92.
set -eu

cd "$(dirname "$0")/.."
halves=0
if [ "${1:-}" = --halves ]; then
	halves=1
	shift
fi
shared=${WIRE_SHARED:-../shared}
S=$shared/data
bin=${WIRE_BIN:-bin}

if [ ! -f "$S/tagging/score.py" ] || [ ! -d "$S/timex/tbaq" ]; then
	echo "eval-timex: $S/tagging/score.py or $S/timex/tbaq not found;" \
	    "skipped (set WIRE_SHARED)"
	exit 0
fi
if [ ! -x "$bin/wire-tag" ]; then
	echo "eval-timex: $bin/wire-tag not built (run make)" >&2
	exit 1
fi
for c in python3 jq; do
	if ! command -v $c >/dev/null 2>&1; then
		echo "eval-timex: $c not found; skipped"
		exit 0
	fi
done
WIRE_DATADIR=${WIRE_DATADIR:-$(pwd)/data}
export WIRE_DATADIR
tmp=$(mktemp "${TMPDIR:-/tmp}/tbaq_dates.XXXXXX")
trap 'rm -f "$tmp" "$tmp.files"' EXIT INT TERM

echo "== timex, all types"
python3 "$S/tagging/score.py" timex "$S/timex/tbaq/TimeBank" \
    "$S/timex/tbaq/AQUAINT" --cmd "$S/tagging/wire-timex $bin/wire-tag" "$@"
echo "== timex, DATE and TIME"
python3 "$S/tagging/score.py" timex "$S/timex/tbaq/TimeBank" \
    "$S/timex/tbaq/AQUAINT" --types DATE,TIME \
    --cmd "$S/tagging/wire-timex $bin/wire-tag"
echo "== single expressions with their document date"
python3 "$S/tagging/score.py" extract-timeml "$S/timex/tbaq/TimeBank" \
    "$S/timex/tbaq/AQUAINT" >"$tmp"
python3 "$S/tagging/score.py" dates "$tmp" \
    --cmd "$S/tagging/wire-timex --value $bin/wire-tag"
if [ $halves = 1 ]; then
	# the files in order, TimeBank then AQUAINT, dealt out in turn
	printf '%s\n' "$S/timex/tbaq/TimeBank"/*.tml \
	    "$S/timex/tbaq/AQUAINT"/*.tml >"$tmp.files"
	for half in odd even; do
		echo "== timex, all types, $half files"
		awk -v h=$half '(NR % 2 == 1) == (h == "odd")' "$tmp.files" |
		    xargs python3 "$S/tagging/score.py" timex \
		    --cmd "$S/tagging/wire-timex $bin/wire-tag"
	done
	rm -f "$tmp.files"
fi
