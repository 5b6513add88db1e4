#!/bin/sh
# demo.sh: the whole chain on the bundled sample reports (make demo).
#
# Each tests/fixtures/seeds/*.txt (a report as scraped, page furniture
# included) becomes a document record {url, published, text} under its
# outlet's host; published is a stand-in that wire-strip keeps only when
# the text has no date of its own.  The first report is sent twice more,
# as other outlets' copies (one under a tracking URL, one with a byline),
# to show wire-dedup at work.  The records go through wire-strip,
# wire-dedup, wire-split and wire-tag into an SQLite database with
# wire-load, and the recipes (scripts/*.jq) show what came out.  No
# network is used.
#
# Environment: WIRE_BIN (default bin), WIRE_DATADIR (default data),
# DEMO_DB (default: a temporary file, removed at the end), DEMO_TOP
# (default 5).
set -eu

cd "$(dirname "$0")/.."

bin=${WIRE_BIN:-bin}
WIRE_DATADIR=${WIRE_DATADIR:-$(pwd)/data}
export WIRE_DATADIR
seeds=tests/fixtures/seeds
top=${DEMO_TOP:-5}
stages="wire-strip wire-dedup wire-split wire-tag wire-load"

for p in $stages; do
	if [ ! -x "$bin/$p" ]; then
		echo "demo.sh: $bin/$p is not built; run make first" >&2
		exit 2
	fi
done
for p in jq sqlite3; do
	command -v "$p" >/dev/null 2>&1 || {
		echo "demo.sh: $p is not installed (make deps)" >&2
		exit 2
	}
done
set -- "$seeds"/*.txt
if [ ! -f "$1" ]; then
	echo "demo.sh: no sample reports in $seeds" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db=${DEMO_DB:-$tmp/news.db}

# The outlets of the reports, in the order of the files (see
# tests/fixtures/seeds/README).
hosts="kbs.example koreatimes.example donga.example koreanews.example euronews.example"
i=0
for f; do
	i=$((i + 1))
	host=$(echo "$hosts" | cut -d ' ' -f "$i")
	name=${f##*/}
	jq -Rsc --arg u "https://${host:-seeds.example}/${name%.txt}" \
	    '{url: $u, published: "2024-12-05", text: .}' "$f"
done >"$tmp/docs.jsonl"
head -n 1 "$tmp/docs.jsonl" >"$tmp/first.jsonl"
jq -c '.url = "https://copy.example/wire/1?utm_source=rss"' "$tmp/first.jsonl" \
    >>"$tmp/docs.jsonl"
jq -c '.url = "https://other.example/2" | .text = "By Staff Writer\n\n" + .text' \
    "$tmp/first.jsonl" >>"$tmp/docs.jsonl"

# The chain; each stage's exit status goes to $tmp/STAGE.rc.
run()
{
	s=$1
	shift
	rc=0
	"$bin/$s" --stats "$@" 2>>"$tmp/stats" || rc=$?
	echo "$rc" >"$tmp/$s.rc"
}
run wire-strip <"$tmp/docs.jsonl" |
    run wire-dedup --drop |
    run wire-split |
    run wire-tag >"$tmp/tagged.jsonl"
run wire-load --db "$db" "$tmp/tagged.jsonl"

echo "== the chain: $# reports and 2 planted copies"
echo "   wire-strip | wire-dedup --drop | wire-split | wire-tag | wire-load"
for s in $stages; do
	grep "^$s: " "$tmp/stats" || true
done | sed 's/^/   /'
for s in $stages; do
	rc=$(cat "$tmp/$s.rc")
	if [ "$rc" -ne 0 ]; then
		echo "demo.sh: $s exited $rc" >&2
		exit 1
	fi
done

echo
if [ -n "${DEMO_DB:-}" ]; then
	echo "== in the database $db"
else
	echo "== in the database (a temporary file; DEMO_DB=FILE keeps it)"
fi
sqlite3 "$db" "SELECT '   documents ' || count(*) FROM documents;
    SELECT '   sentences ' || count(*) FROM sentences;
    SELECT '   entities  ' || count(*) FROM entities;
    SELECT '   dates     ' || count(*) FROM dates;"

echo
echo "== mentions per entity per day, the $top most of each day (scripts/mentions.jq)"
jq -n -c -f scripts/mentions.jq "$tmp/tagged.jsonl" |
    jq -rs --argjson k "$top" 'group_by(.day)[] | .[:$k][] |
	"   \(.day)  \(.mentions)  \(.name) (\(.type // "?"))"'

echo
echo "== named together in a sentence (scripts/cooccur.jq)"
jq -n -c -f scripts/cooccur.jq "$tmp/tagged.jsonl" |
    head -n "$top" | jq -r '"   \(.sentences)  \(.a) + \(.b)"'

echo
echo "== timeline of dated events (scripts/timeline.jq)"
jq -n -c -f scripts/timeline.jq "$tmp/tagged.jsonl" |
    jq -r '"   \(.value)  \(.sentence | gsub("\\s+"; " ") |
	if length > 80 then .[:77] + "..." else . end)"' |
    awk -v k="$top" 'NR <= k { print } END { if (NR > k) printf "   ... %d more\n", NR - k }'

echo
echo "== per source (scripts/sources.jq)"
jq -n -c -f scripts/sources.jq "$tmp/tagged.jsonl" |
    jq -r '"   \(.source): \(.documents) documents, \(.sentences) sentences, \(.entities) entities"'
