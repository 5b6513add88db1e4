#!/usr/bin/env bats
# wire-dedup: exact and near duplicates, --drop, --state across runs,
# --window, pass-through and errors.  Fixture: tests/fixtures/dedup/docs.jsonl
# (a1 the original; b1 same text elsewhere; c1 paragraphs reordered; d1 a
# byline more; e1 another story; f1 a1's URL with tracking; g1 a1 in capitals
# and other punctuation; h1 one word corrected; then a record without text
# and a sentence record).

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=${WIRE_BIN:-$root/bin}
	fx=$root/tests/fixtures/dedup
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/dedup.XXXXXX")
}

teardown()
{
	rm -rf "$tmp"
}

marks()
{
	jq -r '[(.id // "-"), (.dup_of // "-")] | join(":")' | tr '\n' ' '
}

@test "exact, canonical-URL and near duplicates are marked with the first id" {
	run sh -c "'$bin/wire-dedup' '$fx/docs.jsonl' | jq -r '[(.id // \"-\"), (.dup_of // \"-\")] | join(\":\")' | tr '\n' ' '"
	[ "$status" -eq 0 ]
	[ "$output" = "a1:- b1:a1 c1:a1 d1:- e1:- f1:a1 g1:a1 h1:- -:- -:- " ]
}

@test "--distance 6 also finds the byline and the corrected word" {
	"$bin/wire-dedup" --distance 6 "$fx/docs.jsonl" | marks >"$tmp/out"
	[ "$(cat "$tmp/out")" = "a1:- b1:a1 c1:a1 d1:a1 e1:- f1:a1 g1:a1 h1:a1 -:- -:- " ]
}

@test "originals and records without text pass byte for byte" {
	"$bin/wire-dedup" "$fx/docs.jsonl" >"$tmp/out"
	jq -c 'select(.dup_of == null)' "$tmp/out" >"$tmp/a"
	grep -v -e '"b1"' -e '"c1"' -e '"f1"' -e '"g1"' "$fx/docs.jsonl" >"$tmp/b"
	diff <(grep -v dup_of "$tmp/out") "$tmp/b"
}

@test "a marked record keeps its fields in order and gains dup_of last" {
	"$bin/wire-dedup" "$fx/docs.jsonl" | sed -n 2p >"$tmp/out"
	[ "$(jq -c 'keys_unsorted' "$tmp/out")" = '["id","url","title","published","text","dup_of"]' ]
	[ "$(jq -c 'del(.dup_of)' "$tmp/out")" = "$(sed -n 2p "$fx/docs.jsonl" | jq -c .)" ]
}

@test "--drop removes duplicates and --stats counts them" {
	run sh -c "'$bin/wire-dedup' --drop --stats '$fx/docs.jsonl' 2>'$tmp/err' | jq -r '.id // \"-\"' | tr '\n' ' '"
	[ "$status" -eq 0 ]
	[ "$output" = "a1 d1 e1 h1 - - " ]
	grep -qx 'wire-dedup: stats: 10 in, 6 out, 0 rejected, 2 passed through' "$tmp/err"
	grep -qx 'wire-dedup: stats: 4 duplicates, 4 dropped' "$tmp/err"
}

@test "--state keeps fingerprints across runs" {
	head -n 1 "$fx/docs.jsonl" | "$bin/wire-dedup" --state "$tmp/st" >"$tmp/1"
	[ "$(jq -r '.dup_of // "-"' "$tmp/1")" = "-" ]
	[ -f "$tmp/st/dedup.db" ]
	sed -n 2p "$fx/docs.jsonl" | "$bin/wire-dedup" --state "$tmp/st" >"$tmp/2"
	[ "$(jq -r '.dup_of' "$tmp/2")" = "a1" ]
}

@test "a replay with --state gives the same output (the original stays one)" {
	"$bin/wire-dedup" --state "$tmp/st" "$fx/docs.jsonl" >"$tmp/1"
	"$bin/wire-dedup" --state "$tmp/st" "$fx/docs.jsonl" >"$tmp/2"
	cmp "$tmp/1" "$tmp/2"
}

@test "--window forgets fingerprints older than the window" {
	now=1733300000
	copy='.id = "z1" | .url = "https://z.example/1"'
	for w in 7 2; do
		head -n 1 "$fx/docs.jsonl" |
		    "$bin/wire-dedup" --state "$tmp/st$w" --now "$now" >/dev/null
		head -n 1 "$fx/docs.jsonl" | jq -c "$copy" |
		    "$bin/wire-dedup" --state "$tmp/st$w" --window "$w" \
		    --now $((now + 3 * 86400)) >"$tmp/out$w"
	done
	[ "$(jq -r '.dup_of // "-"' "$tmp/out7")" = "a1" ]
	[ "$(jq -r '.dup_of // "-"' "$tmp/out2")" = "-" ]
}

@test "changing --distance re-cuts the stored index" {
	head -n 1 "$fx/docs.jsonl" | "$bin/wire-dedup" --state "$tmp/st" >/dev/null
	grep '"h1"' "$fx/docs.jsonl" | "$bin/wire-dedup" --state "$tmp/st" --distance 6 >"$tmp/out"
	[ "$(jq -r '.dup_of' "$tmp/out")" = "a1" ]
	grep '"d1"' "$fx/docs.jsonl" | "$bin/wire-dedup" --state "$tmp/st" --distance 3 >"$tmp/out"
	[ "$(jq -r '.dup_of // "-"' "$tmp/out")" = "-" ]
}

@test "documents without an id are keyed by wire_doc_id of their URL" {
	printf '%s\n' '{"url":"https://a.example/x","text":"one two three four five"}' \
	    '{"url":"https://b.example/y","text":"One, two; three four five!"}' |
	    "$bin/wire-dedup" >"$tmp/out"
	[ "$(sed -n 2p "$tmp/out" | jq -r '.dup_of | length')" = 16 ]
}

@test "an invalid record is rejected, goes to --errors, exit 1" {
	printf '%s\n' '{"id":"x","text":"a b c"}' '{"id": broken' >"$tmp/in"
	run "$bin/wire-dedup" --errors "$tmp/err" "$tmp/in"
	[ "$status" -eq 1 ]
	[ "$(cat "$tmp/err")" = '{"id": broken' ]
}

@test "a bad --distance or --window is a usage error" {
	run "$bin/wire-dedup" --distance 9 /dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"wire-dedup: --distance: not 0 to 8: 9"* ]]
	run "$bin/wire-dedup" --window x /dev/null
	[ "$status" -eq 2 ]
	run "$bin/wire-dedup" --bogus
	[ "$status" -eq 2 ]
}

@test "--help matches the man page synopsis" {
	run "$bin/wire-dedup" --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: wire-dedup [--distance BITS]"* ]]
	grep -q 'fB\\-\\-distance' "$root/man/wire-dedup.1"
}

@test "man page examples run" {
	cd "$tmp"
	cp "$fx/docs.jsonl" docs.jsonl
	PATH=$bin:$PATH
	# EXAMPLE 1
	wire-dedup --state state --window 14 docs.jsonl >marked.jsonl
	[ "$(jq -r 'select(.dup_of) | .id' marked.jsonl | tr '\n' ' ')" = "b1 c1 f1 g1 " ]
	# EXAMPLE 2
	wire-dedup --drop --distance 6 --stats docs.jsonl >unique.jsonl 2>stats
	[ "$(grep -c '' unique.jsonl)" -eq 4 ]
	# EXAMPLE 3
	jq -r 'select(.dup_of) | "\(.id) repeats \(.dup_of)"' marked.jsonl >report
	grep -qx 'b1 repeats a1' report
}
