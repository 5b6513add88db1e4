#!/bin/sh
# demo.sh: the whole chain on the bundled sample reports (make demo).
#
# Each tests/fixtures/seeds/*.txt becomes a document record {url, title,
# published, text}; one of them is sent twice more, as another outlet's
# copy with a byline, to show wire-dedup at work.  The records go through
# wire-strip, wire-dedup, wire-split and wire-tag into an SQLite database
# with wire-load, and a few dashboard recipes (scripts/*.jq) and SQL
# queries show what came out.  Stages not built yet are skipped.
#
# Environment: WIRE_BIN (default bin), DEMO_DB (default: a temporary
# file, removed at the end), DEMO_TOP (default 5).
set -eu

cd "$(dirname "$0")/.."

bin=${WIRE_BIN:-bin}
seeds=tests/fixtures/seeds
top=${DEMO_TOP:-5}

for p in wire-split wire-load; do
	if [ ! -x "$bin/$p" ]; then
		echo "demo.sh: $bin/$p is not built; run make first" >&2
		exit 2
	fi
done
set -- "$seeds"/*.txt
if [ ! -f "$1" ]; then
	echo "demo.sh: no sample reports in $seeds" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db=${DEMO_DB:-$tmp/news.db}

for f; do
	name=${f##*/}
	jq -Rsc --arg n "${name%.txt}" '{url: ("https://seeds.example/" + $n),
	    title: (split("\n") | map(select(test("\\S"))) | .[0] // "" | .[:120]),
	    published: "2024-12-05", text: .}' "$f"
done >"$tmp/docs.jsonl"
# The planted copies: the first report again, under other URLs.
head -n 1 "$tmp/docs.jsonl" >"$tmp/first.jsonl"
jq -c '.url = "https://copy.example/wire/1?utm_source=rss"' "$tmp/first.jsonl" \
    >>"$tmp/docs.jsonl"
jq -c '.url = "https://other.example/2" | .text = "By Staff Writer\n\n" + .text' \
    "$tmp/first.jsonl" >>"$tmp/docs.jsonl"

chain=
for p in wire-strip wire-dedup wire-split wire-tag; do
	if [ -x "$bin/$p" ]; then
		case $p in
		wire-dedup) chain="$chain | \"\$bin/$p\" --drop --stats" ;;
		*) chain="$chain | \"\$bin/$p\" --stats" ;;
		esac
	else
		echo "demo.sh: $p is not built yet: skipped"
	fi
done
rc=0
eval "cat \"\$tmp/docs.jsonl\" $chain" >"$tmp/tagged.jsonl" 2>"$tmp/stats" || rc=$?
"$bin/wire-load" --stats --db "$db" "$tmp/tagged.jsonl" 2>>"$tmp/stats" || rc=$?
echo
echo "== the chain ($# reports and 2 planted copies)"
sed 's/^/   /' "$tmp/stats"

echo
echo "== in the database"
sqlite3 "$db" "SELECT '   documents ' || count(*) FROM documents;
    SELECT '   sentences ' || count(*) FROM sentences;
    SELECT '   entities  ' || count(*) FROM entities;
    SELECT '   dates     ' || count(*) FROM dates;"

echo
echo "== most mentioned (scripts/mentions.jq)"
jq -n -c -f scripts/mentions.jq "$tmp/tagged.jsonl" |
    jq -rs --argjson k "$top" 'sort_by(-.mentions, .name)[:$k][] |
	"   \(.mentions)  \(.name) (\(.type // "?"))"'

echo
echo "== named together (scripts/cooccur.jq)"
jq -n -c -f scripts/cooccur.jq "$tmp/tagged.jsonl" |
    head -n "$top" | jq -r '"   \(.sentences)  \(.a) + \(.b)"'

echo
echo "== timeline (scripts/timeline.jq)"
jq -n -c -f scripts/timeline.jq "$tmp/tagged.jsonl" | head -n "$top" |
    jq -r '"   \(.value)  \(.sentence | gsub("\\s+"; " ") | .[:90])"'

echo
echo "== per source (scripts/sources.jq)"
jq -n -c -f scripts/sources.jq "$tmp/tagged.jsonl" |
    jq -r '"   \(.source): \(.documents) documents, \(.sentences) sentences"'
exit "$rc"
