#!/usr/bin/env bats
# The jq recipes for dashboards (scripts/*.jq): each against its golden
# output on hand-written tagged records (tests/fixtures/recipes/).

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	fx=$root/tests/fixtures/recipes
}

recipe()
{
	jq -n -c -f "$root/scripts/$1.jq" "$fx/tagged.jsonl"
}

@test "mentions.jq: mentions per entity per day" {
	run recipe mentions
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$fx/mentions.out"
}

@test "cooccur.jq: entities named in one sentence" {
	run recipe cooccur
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$fx/cooccur.out"
}

@test "timeline.jq: dated events with their sentence and entities" {
	run recipe timeline
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$fx/timeline.out"
}

@test "sources.jq: counts per source" {
	run recipe sources
	[ "$status" -eq 0 ]
	diff <(printf '%s\n' "$output") "$fx/sources.out"
}

@test "recipes read from standard input and take no records quietly" {
	run sh -c "jq -n -c -f '$root/scripts/mentions.jq' <'$fx/tagged.jsonl' | head -n 1"
	[ "$output" = "$(head -n 1 "$fx/mentions.out")" ]
	for r in mentions cooccur timeline sources; do
		run jq -n -c -f "$root/scripts/$r.jq" </dev/null
		[ "$status" -eq 0 ]
		[ -z "$output" ]
	done
}

@test "every recipe has a header comment and a section in docs/recipes.md" {
	for f in "$root"/scripts/*.jq; do
		head -n 1 "$f" | grep -q "^# ${f##*/}: "
		grep -q "^## ${f##*/}" "$root/docs/recipes.md"
	done
}

@test "the recipes agree with the SQL of wire-load's tables" {
	bin=${WIRE_BIN:-$root/bin}
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/recipes.XXXXXX")
	"$bin/wire-load" --db "$tmp/n.db" "$fx/tagged.jsonl"
	sqlite3 "$tmp/n.db" "SELECT coalesce(day, 'unknown'), name, count(*) FROM entities
	    GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2" >"$tmp/sql"
	jq -r '[.day, .name, .mentions] | join("|")' "$fx/mentions.out" >"$tmp/jq"
	rm -rf "$tmp/n.db"*
	diff "$tmp/jq" "$tmp/sql"
	rm -rf "$tmp"
}

@test "docs/recipes.md examples run" {
	cd "$fx"
	# EXAMPLE: top names of one day
	jq -n -c -f "$root/scripts/mentions.jq" tagged.jsonl |
	    jq -r 'select(.day == "2024-12-04") | "\(.mentions) \(.name)"' | head -n 3 >"$BATS_TMPDIR/top.$$"
	[ "$(head -n 1 "$BATS_TMPDIR/top.$$")" = "2 Vladimir Putin" ]
	# EXAMPLE: events of December 2024 as tab-separated text
	jq -n -c -f "$root/scripts/timeline.jq" tagged.jsonl |
	    jq -r 'select(.value | startswith("2024-12")) | [.value, .sentence] | @tsv' >"$BATS_TMPDIR/tl.$$"
	[ "$(grep -c '' "$BATS_TMPDIR/tl.$$")" -eq 3 ]
	rm -f "$BATS_TMPDIR/top.$$" "$BATS_TMPDIR/tl.$$"
}

@test "a report without published counts on the day it was fetched, in jq and in SQL alike" {
	bin=${WIRE_BIN:-$root/bin}
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/recipes.XXXXXX")
	printf '%s\n' \
	    '{"doc":"f1","n":0,"text":"Putin spoke.","fetched_at":"2024-12-06T08:00:00Z","entities":[{"text":"Putin","type":"PERSON","start":0,"end":5,"name":"Vladimir Putin"}]}' \
	    '{"doc":"f2","n":0,"text":"Putin spoke.","published":"2024-12-05","fetched_at":"2024-12-06T08:00:00Z","entities":[{"text":"Putin","type":"PERSON","start":0,"end":5,"name":"Vladimir Putin"}]}' \
	    '{"doc":"f3","n":0,"text":"Putin spoke.","fetched_at":17,"entities":[{"text":"Putin","type":"PERSON","start":0,"end":5,"name":"Vladimir Putin"}]}' \
	    >"$tmp/in"
	run jq -n -r -f "$root/scripts/mentions.jq" "$tmp/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -r '[.day, .mentions] | join("|")' | tr '\n' ' ')" = "2024-12-05|1 2024-12-06|1 unknown|1 " ]
	"$bin/wire-load" --db "$tmp/n.db" "$tmp/in"
	run sqlite3 "$tmp/n.db" "SELECT coalesce(day, 'unknown'), count(*) FROM entities GROUP BY 1 ORDER BY 1"
	[ "$(printf '%s\n' "$output" | tr '\n' ' ')" = "2024-12-05|1 2024-12-06|1 unknown|1 " ]
	run sqlite3 "$tmp/n.db" "SELECT id || ':' || coalesce(day, '-') FROM documents ORDER BY id"
	[ "$(printf '%s\n' "$output" | tr '\n' ' ')" = "f1:2024-12-06 f2:2024-12-05 f3:- " ]
	rm -rf "$tmp"
}
