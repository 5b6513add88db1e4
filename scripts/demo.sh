#!/bin/sh
# demo.sh: the pipeline on the bundled sample reports (make demo).
#
# Each tests/fixtures/seeds/*.txt becomes one record {url, text}, goes
# through wire-split, and the first sentences of each report are shown.
#
# Environment: WIRE_BIN (default bin), DEMO_SENTENCES (default 3).
set -eu

cd "$(dirname "$0")/.."

bin=${WIRE_BIN:-bin}
seeds=tests/fixtures/seeds
k=${DEMO_SENTENCES:-3}

if [ ! -x "$bin/wire-split" ]; then
	echo "demo.sh: $bin/wire-split is not built; run make first" >&2
	exit 2
fi
set -- "$seeds"/*.txt
if [ ! -f "$1" ]; then
	echo "demo.sh: no sample reports in $seeds" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

for f; do
	jq -Rsc --arg f "$f" '{url: ("file:" + $f), text: .}' "$f"
done >"$tmp/docs.jsonl"

rc=0
"$bin/wire-split" "$tmp/docs.jsonl" >"$tmp/sents.jsonl" || rc=$?

jq -rs --argjson k "$k" '
	group_by(.url)[]
	| "\(.[0].url): \(length) sentences",
	  (.[:$k][] | "  \(.n + 1). \(.text | gsub("\\s+"; " "))"),
	  ""
' "$tmp/sents.jsonl"
echo "$# reports, $(grep -c '' "$tmp/sents.jsonl") sentences"
exit "$rc"
