#!/usr/bin/env bats
# wire-tag: dates added to records, reference dates and ref_source,
# pass-through, sentence records sharing a document, options, and bad,
# huge and hostile input.  Fixture: tests/fixtures/tag/docs.jsonl (see its
# README).

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=$(cd "${WIRE_BIN:-$root/bin}" && pwd)
	fx=$root/tests/fixtures/tag
	export WIRE_DATADIR=${WIRE_DATADIR:-$root/data}
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/tag.XXXXXX")
}

teardown()
{
	rm -rf "$tmp"
}

# "id value value ..." of each record with dates, one line each
values()
{
	jq -r 'select(.dates) | [(.id // .doc), (.dates[] | .value)] | join(" ")'
}

@test "dates resolve against published, with types and values" {
	"$bin/wire-tag" "$fx/docs.jsonl" >"$tmp/out"
	run sh -c "jq -c 'select(.id == \"a1\") | .dates | map([.text, .type, .value])' '$tmp/out'"
	[ "$status" -eq 0 ]
	[ "$output" = '[["yesterday","DATE","2024-12-05"],["about half a year","DURATION","P6M"],["June","DATE","2024-06"]]' ]
}

@test "every input field is copied in order; an old dates field is replaced in place" {
	"$bin/wire-tag" "$fx/docs.jsonl" >"$tmp/out"
	run sh -c "jq -c 'select(.id == \"f1\") | keys_unsorted' '$tmp/out'"
	[ "$output" = '["id","dates","text","published","z"]' ]
	run sh -c "jq -c 'select(.id == \"a1\") | keys_unsorted' '$tmp/out'"
	[ "$output" = '["id","url","text","published","dates"]' ]
	# the fields other than dates are byte for byte the same
	jq -c 'del(.dates, .ref_source)' "$tmp/out" >"$tmp/a"
	jq -c 'del(.dates)' "$fx/docs.jsonl" >"$tmp/b"
	cmp "$tmp/a" "$tmp/b"
}

@test "a record without text passes through byte for byte" {
	grep '"e1"' "$fx/docs.jsonl" >"$tmp/in"
	"$bin/wire-tag" "$tmp/in" >"$tmp/out"
	cmp "$tmp/in" "$tmp/out"
}

@test "without published: fetched_at, --ref-date or nothing, said in ref_source" {
	run sh -c "'$bin/wire-tag' '$fx/docs.jsonl' | jq -r 'select(.ref_source) | .id + \":\" + .ref_source' | tr '\n' ' '"
	[ "$output" = "b1:fetched_at c1:none d1:fetched_at " ]
	run sh -c "'$bin/wire-tag' --ref-date 2024-11-08 '$fx/docs.jsonl' | jq -r 'select(.id == \"c1\") | .ref_source + \" \" + (.dates | map(.value) | join(\" \"))'"
	[ "$output" = "ref-date 2024-11-07 2024-11-08" ]
}

@test "unknown reference dates give X placeholders" {
	grep '"c1"' "$fx/docs.jsonl" | "$bin/wire-tag" | values >"$tmp/out"
	[ "$(cat "$tmp/out")" = "c1 XXXX-XX-XX XXXX-WXX-5" ]
}

@test "a published value that is not a date falls back to fetched_at" {
	grep '"d1"' "$fx/docs.jsonl" | "$bin/wire-tag" | values >"$tmp/out"
	[ "$(cat "$tmp/out")" = "d1 2024-11-05" ]
	for p in '"2024-13-45"' '12' 'null' '""' '"9999999999-01-01"' '[1]'; do
		printf '{"text":"It rained yesterday.","published":%s}\n' "$p" |
		    "$bin/wire-tag" >"$tmp/out"
		[ "$(jq -r '.ref_source' "$tmp/out")" = none ]
	done
}

@test "sentence records of one document share the previous-day anaphora" {
	run sh -c "'$bin/wire-tag' '$fx/docs.jsonl' | jq -r 'select(.doc) | .doc + \" \" + .dates[0].value' | tr '\n' ' '"
	[ "$output" = "s1 2024-10-24 s1 2024-10-23 s2 2024-10-25 " ]
}

@test "offsets are Unicode code points of the text" {
	"$bin/wire-tag" "$fx/docs.jsonl" >"$tmp/out"
	run jq -r 'select(.dates) | .text as $t | .dates[] | ($t[.start:.end] == .text)' "$tmp/out"
	[ "$status" -eq 0 ]
	! echo "$output" | grep -q false
	run sh -c "jq -r 'select(.id == \"g1\") | .dates | map(.value) | join(\" \")' '$tmp/out'"
	[ "$output" = "2024-12-04 2024-12-06 2024-12-05" ]
}

@test "--date-order dmy reads 4/12/2024 as the 4th of December" {
	grep '"f1"' "$fx/docs.jsonl" | "$bin/wire-tag" --date-order dmy | values >"$tmp/out"
	[ "$(cat "$tmp/out")" = "f1 2024-12-04" ]
	run "$bin/wire-tag" --date-order ymd </dev/null
	[ "$status" -eq 2 ]
}

@test "--no-dates passes every record unchanged; --no-entities is accepted" {
	"$bin/wire-tag" --no-dates --no-entities "$fx/docs.jsonl" >"$tmp/out"
	cmp "$fx/docs.jsonl" "$tmp/out"
}

@test "a bad --ref-date is a usage error" {
	run "$bin/wire-tag" --ref-date yesterday </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"--ref-date"* ]]
}

@test "invalid lines are rejected, the rest tagged, exit status 1" {
	printf '%s\n' '{"text":"on Dec. 4","published":"2024-12-06"}' '{bad' \
	    '{"text":"in June","published":"2024-12-06"}' >"$tmp/in"
	"$bin/wire-tag" --errors "$tmp/rej" "$tmp/in" 2>/dev/null |
	    jq -r '.dates[0].value' >"$tmp/out" || true
	[ "$(cat "$tmp/out" | tr '\n' ' ')" = "2024-12-04 2024-06 " ]
	run "$bin/wire-tag" "$tmp/in"
	[ "$status" -eq 1 ]
	[ "$(cat "$tmp/rej")" = '{bad' ]
}

@test "huge and hostile text: valid output, bounded, no crash" {
	python3 "$fx/hostile.py" >"$tmp/in"
	run sh -c "'$bin/wire-tag' '$tmp/in' | jq -r '(.dates | length) as \$n | .text as \$t | [\$n, all(.dates[]; \$t[.start:.end] == .text)] | @tsv'"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | sed -n 1p | cut -f2)" = true ]
	[ "$(echo "$output" | sed -n 2p)" = "$(printf '0\ttrue')" ]
	[ "$(echo "$output" | sed -n 3p)" = "$(printf '1\ttrue')" ]
	run "$bin/wire-tag" --max-record 1M "$tmp/in"
	[ "$status" -eq 1 ]
}

@test "--help prints the usage; --version the version" {
	run "$bin/wire-tag" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ wire-tag* ]]
	run "$bin/wire-tag" --version
	[ "$status" -eq 0 ]
	[[ "$output" == *wire-tag* ]]
}

@test "the manual's SYNOPSIS names every option of the usage" {
	for o in $("$bin/wire-tag" --help | grep -o -- '--[a-z-]*' | sort -u); do
		grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" "$root/man/wire-tag.1"
	done
}
