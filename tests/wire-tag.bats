#!/usr/bin/env bats
# wire-tag: entities and dates added to records, canonical names and dates
# across the sentence records of a document, documents interleaved,
# reference dates and ref_source, pass-through, options, the manual, and
# bad, huge and hostile input.  Fixtures: tests/fixtures/tag/docs.jsonl and
# news.jsonl (see their README).

bats_require_minimum_version 1.5.0

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=$(cd "${WIRE_BIN:-$root/bin}" && pwd)
	fx=$root/tests/fixtures/tag
	export WIRE_DATADIR=${WIRE_DATADIR:-$root/data}
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/tag.XXXXXX")
	man1=$root/man/wire-tag.1
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

# "doc text=name ..." of each record with entities, one line each
names()
{
	jq -r 'select(.entities) | [(.doc // .id),
	    (.entities[] | .text + "=" + .name)] | join(" ")'
}

# Checks with Python (whose str slices count code points) that every
# entity and date of the records in $1 is the slice [start, end) of its
# record's text, that they are in order and do not overlap, and that
# entities have exactly the fields of the record contract.  Prints each
# mismatch, then "entities N dates N".
py_check()
{
	python3 - "$1" <<'EOF'
import json
import sys

ne = nd = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        t = r.get("text")
        for key in ("entities", "dates"):
            last = 0
            for e in r.get(key, []):
                ok = (isinstance(e["start"], int) and isinstance(e["end"], int)
                      and last <= e["start"] < e["end"] <= len(t)
                      and t[e["start"]:e["end"]] == e["text"])
                if key == "entities":
                    ok = (ok and list(e) == ["text", "type", "start", "end", "name"]
                          and e["type"] in ("PERSON", "ORG", "LOC", "MISC")
                          and isinstance(e["name"], str) and e["name"] != "")
                    ne += 1
                else:
                    nd += 1
                if not ok:
                    print("mismatch:", key, json.dumps(e, ensure_ascii=False)[:200])
                last = e["end"]
print("entities", ne, "dates", nd)
EOF
}

# The man page's example commands, unescaped from roff: the lines of
# .EX/.EE blocks in the EXAMPLES section that start with "$ ".
man_example_commands()
{
	sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$man1" |
	    sed -n '/^\.EX/,/^\.EE/p' | sed -n 's/^\$ //p' |
	    sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e 's/\\(dq/"/g' \
	    -e 's/\\&//g' -e 's/\\e/\\/g'
}

# The output shown after example $1 (from 1) of the man page, its lines
# joined (a record shown on several lines is one).
man_example_output()
{
	sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$man1" | sed -n '/^\.EX/,/^\.EE/p' |
	    awk -v n="$1" '/^\.EX/ { k++; next } /^\.EE/ || /^\$ / { next }
	    k == n { printf "%s", $0 } END { print "" }' | sed -e 's/\\-/-/g'
}

# Runs example $1 of the manual in $tmp with the programs on PATH and a
# docs.jsonl and my-model.bin there.
man_run()
{
	cd "$tmp" || return 1
	echo '{"id":"r1","published":"2024-12-06","text":"Russian President Vladimir Putin met Harold Whitcombe in Oslo on Tuesday. Putin said the talks with Whitcombe went well."}' >docs.jsonl
	cp "$root/data/ner/model.bin" my-model.bin
	cmd=$(man_example_commands | sed -n "${1}p")
	PATH=$bin:$PATH sh -c "$cmd"
}

# --- dates ------------------------------------------------------------------

@test "a Korean page through the chain: days resolved against its date, extents in characters" {
	"$bin/wire-strip" --raw "$root/tests/fixtures/strip/flat-korean.txt" |
	    "$bin/wire-split" | "$bin/wire-tag" --no-entities >"$tmp/out"
	[ "$(jq -r '.dates[] | "\(.text)=\(.value)"' "$tmp/out" | paste -sd' ')" = \
	    "4일=2024-12-04 5일=2024-12-05 지난 6월=2024-06" ]
	jq -s -e '[.[].dates[] | select(.text == "4일")] | length == 1 and .[0].end - .[0].start == 2' "$tmp/out"
}

@test "a Chinese page through the chain: dates with and without a year, extents in characters" {
	"$bin/wire-strip" --raw "$root/tests/fixtures/strip/flat-chinese.txt" |
	    "$bin/wire-split" | "$bin/wire-tag" --no-entities --ref-date 2024-12-06 >"$tmp/out"
	[ "$(jq -r '.dates[] | "\(.text)=\(.value)"' "$tmp/out" | paste -sd' ')" = \
	    "12月4日=2024-12-04 4日=2024-12-04 今年6月=2024-06" ]
	jq -s -e '[.[].dates[] | select(.text == "12月4日")] | length == 1 and .[0].end - .[0].start == 5' "$tmp/out"
}

@test "a Russian report through the chain: cases of month names, a part of next year" {
	"$bin/wire-split" "$fx/russian.jsonl" | "$bin/wire-tag" --no-entities >"$tmp/out"
	[ "$(jq -r '.dates[] | "\(.text)=\(.value)\(.mod // "")"' "$tmp/out" | paste -sd' ')" = \
	    "5 декабря=2024-12-05 4 декабря=2024-12-04 19 июня=2024-06-19 начале следующего года=2025START" ]
	jq -s -e '[.[].dates[] | select(.text == "19 июня")] | length == 1 and .[0].end - .[0].start == 7' "$tmp/out"
}

@test "dates resolve against published, with types and values" {
	"$bin/wire-tag" "$fx/docs.jsonl" >"$tmp/out"
	run sh -c "jq -c 'select(.id == \"a1\") | .dates | map([.text, .type, .value])' '$tmp/out'"
	[ "$status" -eq 0 ]
	[ "$output" = '[["yesterday","DATE","2024-12-05"],["about half a year","DURATION","P6M"],["June","DATE","2024-06"]]' ]
}

@test "every input field is copied in order; old dates and entities are replaced in place" {
	"$bin/wire-tag" "$fx/docs.jsonl" >"$tmp/out"
	run sh -c "jq -c 'select(.id == \"f1\") | keys_unsorted' '$tmp/out'"
	[ "$output" = '["id","dates","text","published","z","entities"]' ]
	run sh -c "jq -c 'select(.id == \"a1\") | keys_unsorted' '$tmp/out'"
	[ "$output" = '["id","url","text","published","entities","dates"]' ]
	# the fields other than entities and dates are byte for byte the same
	jq -c 'del(.entities, .dates, .ref_source)' "$tmp/out" >"$tmp/a"
	jq -c 'del(.entities, .dates)' "$fx/docs.jsonl" >"$tmp/b"
	cmp "$tmp/a" "$tmp/b"
	# an old entities field, unknown fields around it
	printf '%s\n' '{"a":1,"entities":[{"x":1}],"text":"Putin spoke in Oslo.","b":[{"c":null}],"z":"\u00e9"}' |
	    "$bin/wire-tag" >"$tmp/out"
	[ "$(jq -c keys_unsorted "$tmp/out")" = '["a","entities","text","b","z","dates","ref_source"]' ]
	[ "$(jq -c '.entities | map(.text)' "$tmp/out")" = '["Putin","Oslo"]' ]
	grep -q '"b":\[{"c":null}\],"z":"\\u00e9"' "$tmp/out"
	# duplicate keys: the last one is replaced, the others dropped
	echo '{"entities":1,"text":"Putin spoke.","entities":2}' |
	    "$bin/wire-tag" --no-dates >"$tmp/out"
	[ "$(grep -o '"entities"' "$tmp/out" | wc -l)" -eq 1 ]
}

@test "a record without text passes through byte for byte" {
	grep '"e1"' "$fx/docs.jsonl" >"$tmp/in"
	printf '%s\n' '{"id":"e2","title":"Putin in Oslo","entities":[]}' \
	    '{"text":12,"doc":"Putin"}' '{"text":null}' '{"text":["Putin"]}' \
	    '{ "id" : "sp" , "title":"Vladimir Putin"}' >>"$tmp/in"
	run --separate-stderr "$bin/wire-tag" --stats "$tmp/in"
	[ "$status" -eq 0 ]
	[[ "$stderr" == *passed* ]]
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

@test "a document change between its records resets the dates' state" {
	printf '%s\n' '{"doc":"a","text":"It began on Dec. 4.","published":"2024-12-06"}' \
	    '{"doc":"b","text":"Nothing happened.","published":"2024-12-06"}' \
	    '{"doc":"a","text":"It ended the previous day.","published":"2024-12-06"}' |
	    "$bin/wire-tag" | values >"$tmp/out"
	# without the state of a, "the previous day" is the day before published
	[ "$(sed -n 3p "$tmp/out")" = "a 2024-12-05" ]
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

@test "--no-dates --no-entities passes every record unchanged" {
	"$bin/wire-tag" --no-dates --no-entities "$fx/docs.jsonl" >"$tmp/out"
	cmp "$fx/docs.jsonl" "$tmp/out"
	WIRE_DATADIR=/nonexistent "$bin/wire-tag" --no-dates --no-entities \
	    "$fx/news.jsonl" >"$tmp/out"
	cmp "$fx/news.jsonl" "$tmp/out"
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

@test "invalid JSON lines are rejected with exit 1, the others get entities" {
	printf '%s\n' '{"text":"Vladimir Putin spoke."}' '{"text":"Putin' \
	    '{"text":"a\u0000b" "x":1}' '[1,2]' '{"text":"\ud800"}' \
	    '{"text":"Kim Jong-un left Pyongyang."}' >"$tmp/in"
	printf '\377\376{"text":"x"}\n' >>"$tmp/in"
	run --separate-stderr "$bin/wire-tag" --errors "$tmp/rej" "$tmp/in"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(wc -l <"$tmp/rej")" -eq 5 ]
	[[ "$stderr" == *"wire-tag: "*":2: "* ]]
	echo "$output" | jq -e -s 'map(.entities | length > 0) | all' >/dev/null
}

@test "huge and hostile text: valid output, bounded, no crash" {
	python3 "$fx/hostile.py" >"$tmp/in"
	"$bin/wire-tag" "$tmp/in" >"$tmp/out"
	# slices checked in Python: jq's string slices take minutes here
	run py_check "$tmp/out"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == "entities "*" dates "* ]]
	run sh -c "jq -r '[(.entities | length), (.dates | length)] | @tsv' '$tmp/out'"
	[ "$(echo "$output" | sed -n 2p)" = "$(printf '0\t0')" ]
	[ "$(echo "$output" | sed -n 3p | cut -f2)" = 1 ]
	run "$bin/wire-tag" --max-record 1M "$tmp/in"
	[ "$status" -eq 1 ]
}

@test "hostile entity text: capitalised words, hyphens, NUL, long words" {
	python3 - >"$tmp/in" <<'EOF'
import json
import random

random.seed(11)
words = ["Vladimir", "Putin", "Korea", "North", "The", "Of", "KCNA", "Mr.",
         "U.S.", "Kim", "Jong-un", "Oslo", "Z\u00fcrich", "\u00c9lys\u00e9e"]
# 100,000 capitalised words in a row
print(json.dumps({"doc": "h", "text": " ".join(random.choice(words)
                                               for _ in range(100000))}))
# 1 MB of hyphens, and hyphens glued to names
print(json.dumps({"doc": "h", "text": "-" * 1000000}))
print(json.dumps({"doc": "h", "text": "Putin" + "-Putin" * 20000}))
# NUL bytes inside and around names
print(json.dumps({"doc": "h", "text": "Vladimir\u0000Putin met \u0000Kim\u0000 in Oslo\u0000."}))
# one 100,000-letter capitalised word, and names of one letter
print(json.dumps({"doc": "h", "text": "Said " + "A" * 100000 + " in Oslo. A B C D E."}))
# emoji and combining marks next to names
print(json.dumps({"doc": "h", "text": "\U0001F600Putin\u0301 met \U0001F1F0\U0001F1F7 Kim in Seoul."}))
EOF
	run "$bin/wire-tag" "$tmp/in"
	[ "$status" -eq 0 ]
	"$bin/wire-tag" "$tmp/in" >"$tmp/out"
	[ "$(wc -l <"$tmp/out")" -eq 6 ]
	run py_check "$tmp/out"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	# the first record has names; the NUL record has names and its text back
	[ "$(sed -n 1p "$tmp/out" | jq '.entities | length > 1000')" = true ]
	[ "$(sed -n 4p "$tmp/out" | jq '.entities | length > 0')" = true ]
	jq -c 'del(.entities, .dates, .ref_source)' "$tmp/out" >"$tmp/a"
	jq -c . "$tmp/in" >"$tmp/b"
	cmp "$tmp/a" "$tmp/b"
}

# --- entities ---------------------------------------------------------------

@test "entities: the record contract's fields, types and code point offsets" {
	"$bin/wire-tag" "$fx/news.jsonl" "$fx/docs.jsonl" >"$tmp/out"
	run py_check "$tmp/out"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" != "entities 0 "* ]]
	# after an emoji (one code point, two UTF-16 units) and non-ASCII names
	run sh -c "jq -r 'select(.doc == \"n2\" and .n == 0) | .entities[] |
	    \"\(.text) \(.type) \(.start) \(.end)\"' '$tmp/out'"
	[[ "$output" == *"Kenji Tanaka PERSON 17 29"* ]]
	[[ "$output" == *"Zürich LOC 41 47"* ]]
	[[ "$output" == *"São Paulo LOC 53 62"* ]]
	# every record with a text has an entities array, before dates (but
	# f1, whose old dates field stays in its place)
	run sh -c "jq -r 'select(.text and .id != \"f1\") | keys_unsorted | map(select(. == \"entities\" or
	    . == \"dates\")) | join(\",\")' '$tmp/out' | sort -u"
	[ "$output" = "entities,dates" ]
}

@test "entities: canonical names across the sentence records of a document" {
	"$bin/wire-tag" "$fx/news.jsonl" >"$tmp/out.json"
	names <"$tmp/out.json" >"$tmp/out"
	cat "$tmp/out"
	# Putin after Vladimir Putin; Whitcombe (in no gazetteer) after Harold
	# Whitcombe, two records later too
	grep -q '^n1 .*Putin=Vladimir Putin' "$tmp/out"
	[ "$(grep -c 'Whitcombe=Harold Whitcombe' "$tmp/out")" -eq 3 ]
	grep -q '^n2 .*Tanaka=Kenji Tanaka' "$tmp/out"
	# an acronym defined in the text, then alone: one name
	run sh -c "jq -r 'select(.doc == \"n1\") | .entities[] |
	    select(.text | test(\"KCNA|Korean Central\")) | .name' '$tmp/out.json' | sort | uniq -c"
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *" 3 Korean Central News Agency" ]]
	run sh -c "jq -r 'select(.doc == \"n2\") | .entities[] |
	    select(.text | test(\"NGTA|Northern Grain\")) | .name' '$tmp/out.json' | sort | uniq -c"
	[ "${#lines[@]}" -eq 1 ]
	[[ "$output" == *" 3 Northern Grain Traders Association" ]]
}

@test "entities: records of two documents interleaved do not share names" {
	# n1 and n2 alternating, then records of other documents that name
	# the other one's people by surname
	python3 - "$fx/news.jsonl" >"$tmp/in" <<'EOF'
import json
import sys

recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
n1 = [r for r in recs if r["doc"] == "n1"]
n2 = [r for r in recs if r["doc"] == "n2"]
for a, b in zip(n1, n2):
    print(json.dumps(a))
    print(json.dumps(b))
print(json.dumps(n1[0]))
print(json.dumps({"doc": "x1", "text": "The talks were useful, said Whitcombe, in Oslo."}))
print(json.dumps(n2[0]))
print(json.dumps({"doc": "x2", "text": "The talks were useful, Tanaka told reporters."}))
print(json.dumps(n2[1]))
print(json.dumps({"id": "x3", "text": "The NGTA said the decision was welcomed."}))
EOF
	"$bin/wire-tag" "$tmp/in" | names >"$tmp/out"
	cat "$tmp/out"
	! grep -q '^n2 .*=Harold Whitcombe' "$tmp/out"
	! grep -q '^n1 .*=Kenji Tanaka' "$tmp/out"
	! grep -q '^n1 .*=Northern Grain' "$tmp/out"
	! grep -q '^x1 .*=Harold Whitcombe' "$tmp/out"
	! grep -q '^x2 .*=Kenji Tanaka' "$tmp/out"
	! grep -q '^x3 .*=Northern Grain' "$tmp/out"
	# in a row, the same records do get the names
	head -n 1 "$fx/news.jsonl" >"$tmp/in2"
	echo '{"doc":"n1","text":"The talks were useful, said Whitcombe, in Oslo."}' >>"$tmp/in2"
	"$bin/wire-tag" "$tmp/in2" | names | grep -q 'Whitcombe=Harold Whitcombe'
}

@test "--no-entities: no entities, dates as before; --no-dates: no dates or ref_source" {
	"$bin/wire-tag" --no-entities "$fx/docs.jsonl" "$fx/news.jsonl" >"$tmp/a"
	"$bin/wire-tag" "$fx/docs.jsonl" "$fx/news.jsonl" | jq -c 'del(.entities)' >"$tmp/b"
	! grep -q '"entities"' "$tmp/a"
	jq -c . "$tmp/a" | cmp - "$tmp/b"
	"$bin/wire-tag" --no-dates "$fx/docs.jsonl" "$fx/news.jsonl" >"$tmp/a"
	! grep -q '"ref_source"' "$tmp/a"
	run sh -c "jq -r 'select(.id == \"f1\") | keys_unsorted | join(\",\")' '$tmp/a'"
	[ "$output" = "id,dates,text,published,z,entities" ]
	# the old dates field of f1 is kept as it came
	[ "$(grep '"f1"' "$tmp/a" | jq -c .dates)" = "$(grep '"f1"' "$fx/docs.jsonl" | jq -c .dates)" ]
	"$bin/wire-tag" "$fx/docs.jsonl" "$fx/news.jsonl" |
	    jq -c 'del(.dates, .ref_source)' >"$tmp/b"
	grep -v '"f1"' "$tmp/a" | jq -c . >"$tmp/c"
	grep -v '"f1"' "$tmp/b" | cmp - "$tmp/c"
	# without the entity data (a copy of the program, away from the data
	# beside it), --no-entities still works
	mkdir "$tmp/d" "$tmp/bin"
	cp -R "$root/data/timex" "$tmp/d/"
	cp "$bin/wire-tag" "$tmp/bin/"
	WIRE_DATADIR=$tmp/d run "$tmp/bin/wire-tag" --no-entities "$fx/docs.jsonl"
	[ "$status" -eq 0 ]
	WIRE_DATADIR=$tmp/d run --separate-stderr "$tmp/bin/wire-tag" "$fx/docs.jsonl"
	# (unless an installed data directory has it)
	[ "$status" -eq 2 ] || [ -f /usr/local/share/wire/ner/model.bin ]
	[ "$status" -eq 0 ] || [[ "$stderr" == *"ner/model.bin"*"not found"* ]]
}

@test "--model FILE: another model file; a missing or bad one is a fatal error" {
	cp "$root/data/ner/model.bin" "$tmp/m.bin"
	"$bin/wire-tag" "$fx/news.jsonl" >"$tmp/a"
	"$bin/wire-tag" --model "$tmp/m.bin" "$fx/news.jsonl" >"$tmp/b"
	cmp "$tmp/a" "$tmp/b"
	run --separate-stderr "$bin/wire-tag" --model "$tmp/none.bin" "$fx/news.jsonl"
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == "wire-tag: "*"none.bin"* ]]
	echo "not a model" >"$tmp/bad.bin"
	run --separate-stderr "$bin/wire-tag" --model "$tmp/bad.bin" "$fx/news.jsonl"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"bad.bin"* ]]
	run "$bin/wire-tag" --model
	[ "$status" -eq 2 ]
}

# --- options and the manual -------------------------------------------------

@test "--help prints the usage; --version the version" {
	run --separate-stderr "$bin/wire-tag" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ wire-tag* ]]
	[ "$stderr" = "" ]
	run "$bin/wire-tag" --version
	[ "$status" -eq 0 ]
	[ "$output" = "wire-tag (wire) $(sed -n 's/^VERSION = //p' "$root/Makefile")" ]
	run "$bin/wire-tag" --no-such-option
	[ "$status" -eq 2 ]
}

@test "man: the SYNOPSIS of wire-tag(1) is the --help usage" {
	syn=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$man1" | sed -e '1d' -e '$d' |
	    sed -e 's/^\.br$/|BR|/' -e 's/^\.[A-Z][A-Z]* *//' \
	    -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\ / /g' |
	    tr -s ' \n' '  ')
	use=$("$bin/wire-tag" --help | sed -e '1s/^usage: //' -e '2,$s/^ *//' |
	    sed -e 's/^\(wire-tag --help\)/|BR| \1/' | tr -s ' \n' '  ')
	echo "man:   $syn"
	echo "usage: $use"
	[ "$syn" = "$use" ]
}

@test "man: wire-tag.1 renders without warnings" {
	command -v groff >/dev/null || skip "groff is not installed"
	run --separate-stderr groff -k -man -Tutf8 -ww -z "$man1"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "man: the EXAMPLES are the commands run here" {
	run man_example_commands
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = "echo '{\"text\":\"Vladimir Putin left yesterday.\",\"published\":\"2024-12-06\"}' | wire-tag" ]
	[ "${lines[1]}" = "wire-split docs.jsonl | wire-tag --ref-date 2024-12-06 >tagged.jsonl" ]
	[ "${lines[2]}" = "wire-tag --no-dates docs.jsonl | jq -c '[.entities[] | select(.type == \"PERSON\") | .name] | unique'" ]
	[ "${lines[3]}" = "wire-tag --model my-model.bin --no-dates docs.jsonl" ]
}

@test "man example 1: the output shown" {
	run man_run 1
	[ "$status" -eq 0 ]
	[ "$output" = "$(man_example_output 1)" ]
}

@test "man example 2: sentences tagged with entities and dates" {
	man_run 2
	[ "$(wc -l <"$tmp/tagged.jsonl")" -eq 2 ]
	run names <"$tmp/tagged.jsonl"
	[[ "${lines[1]}" == *"Putin=Vladimir Putin"*"Whitcombe=Harold Whitcombe"* ]]
	[ "$(jq -r '.dates[0].value' "$tmp/tagged.jsonl" | head -n 1)" = 2024-12-03 ]
}

@test "man example 3: the output shown" {
	run man_run 3
	[ "$status" -eq 0 ]
	[ "$output" = "$(man_example_output 3)" ]
}

@test "man example 4: the model given is used" {
	run man_run 4
	[ "$status" -eq 0 ]
	[ "$output" = "$("$bin/wire-tag" --no-dates "$tmp/docs.jsonl")" ]
	rm "$tmp/my-model.bin"
	run sh -c "cd '$tmp' && $(man_example_commands | sed -n 4p | sed "s|^wire-tag|'$bin/wire-tag'|")"
	[ "$status" -eq 2 ]
}

# dates

@test "dates: a count before later is a span, a plan gone by is past" {
	printf '%s\n' \
	    '{"id":"a","published":"1989-10-30","text":"Three days later, as of the close, the gap was gone."}' \
	    '{"id":"b","published":"1989-10-30","text":"It had been due to expire Friday evening."}' \
	    '{"id":"c","published":"1998-03-03","text":"Numbers fell through the nineties and Islam will one day grow."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run values <"$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "a P3D" ]
	[ "${lines[1]}" = "b 1989-10-27TEV" ]
	[ "${lines[2]}" = "c 199 FUTURE_REF" ]
	[ "$(jq -r '.dates[0].type' "$tmp/out.jsonl" | head -n 1)" = DURATION ]
}

@test "dates: results a year earlier follow the quarter or the longer span" {
	printf '%s\n' \
	    '{"id":"a","published":"1989-10-26","text":"Net rose in the fiscal first quarter ended Sept. 30, from $2 million a year earlier."}' \
	    '{"id":"b","published":"1989-10-26","text":"For the nine months, net was $18.9 million, against a loss a year earlier."}' \
	    '{"id":"c","published":"1989-11-01","text":"Net was $1.8 million for the corresponding period last year."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run values <"$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "a 1989-Q1 1989-09-30 1988-Q1" ]
	[ "${lines[1]}" = "b P9M 1988" ]
	[ "${lines[2]}" = "c 1988-Q3" ]
}

# entities

@test "entities: places spelt without transliteration marks, a title cut off" {
	printf '%s\n' \
	    '{"id":"a","text":"Clashes broke out in Fallujah and Tikrit on Wednesday."}' \
	    '{"id":"b","text":"PM Allawi met the envoy in Baghdad."}' |
	    "$bin/wire-tag" --no-dates >"$tmp/out.jsonl"
	run jq -r '[.entities[] | .text + "/" + .type] | join(" ")' "$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "Fallujah/LOC Tikrit/LOC" ]
	[ "${lines[1]}" = "Allawi/PERSON Baghdad/LOC" ]
}

# dates, 2

@test "dates: year-end after a preposition, a hyphenated span without the, a leading Now," {
	printf '%s\n' \
	    '{"id":"a","published":"1989-10-26","text":"They expect to complete the deal by year-end; the index is measured since year-end."}' \
	    '{"id":"b","published":"1989-10-26","text":"After the 30-day waiting period, year-end results were weak."}' \
	    '{"id":"c","published":"1989-10-26","text":"Now, he says, the plan is dead. Now the plan is dead."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run values <"$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "a 1989 1988" ]
	[ "${lines[1]}" = "b P30D" ]
	[ "${lines[2]}" = "c PRESENT_REF" ]
	run jq -r '[.dates[] | .text] | join("/")' "$tmp/out.jsonl"
	[ "${lines[1]}" = "30-day" ]
	[ "${lines[2]}" = "Now" ]
}

# speed path

@test "speed path: a compact record comes out as the same record with blanks" {
	# each pair: the compact line (copied whole) and the same record with
	# blanks between its fields (rebuilt field by field, values kept as
	# they are); the two outputs must match
	printf '%s\n' \
	    '{"id":"a","published":"2024-12-06","text":"No date here at all."}' \
	    '{ "id": "a", "published": "2024-12-06", "text": "No date here at all." }' \
	    '{"id":"b","published":"2024-12-06","text":"He left on Tuesday, 3 December."}' \
	    '{"id":"b" ,"published" :"2024-12-06",	"text":"He left on Tuesday, 3 December."}' \
	    '{"id":"c","text":"Tab\there, a \"quote\", \u00e9t\u00e9 and 2 weeks\\later.","published":"2024-12-06"}' \
	    '{"id":"c", "text":"Tab\there, a \"quote\", \u00e9t\u00e9 and 2 weeks\\later.", "published":"2024-12-06"}' \
	    '{"id":"d","fetched_at":"2024-12-06T10:00:00Z","text":"Next year, maybe."}' \
	    '{"id":"d", "fetched_at":"2024-12-06T10:00:00Z", "text":"Next year, maybe."}' \
	    '{"id":"e","n":1,"x":[1,{"y":null}],"text":"Nothing.","published":"2024-12-06"}' \
	    '{"id":"e",  "n":1,"x" : [1,{"y":null}],"text":"Nothing.","published":"2024-12-06"}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	[ "$(wc -l <"$tmp/out.jsonl")" -eq 10 ]
	for k in 1 3 5 7 9; do
		[ "$(sed -n "${k}p" "$tmp/out.jsonl")" = \
		    "$(sed -n "$((k + 1))p" "$tmp/out.jsonl")" ]
	done
	run sed -n 1p "$tmp/out.jsonl"
	[ "$output" = '{"id":"a","published":"2024-12-06","text":"No date here at all.","dates":[]}' ]
	run sed -n 7p "$tmp/out.jsonl"
	[ "$output" = '{"id":"d","fetched_at":"2024-12-06T10:00:00Z","text":"Next year, maybe.","dates":[{"text":"Next year","type":"DATE","value":"2025","start":0,"end":9}],"ref_source":"fetched_at"}' ]
	run jq -r '.dates[0].value // "-"' "$tmp/out.jsonl"
	[ "${lines[2]}" = "2024-12-03" ]
	[ "${lines[4]}" = "P2W" ]
}

@test "speed path: dates and ref_source already there are replaced in place" {
	printf '%s\n' \
	    '{"id":"a","dates":[{"old":1}],"text":"On Monday.","published":"2024-12-06","z":0}' \
	    '{"id":"b","ref_source":"old","text":"Nothing to see.","dates":"x"}' \
	    '{"id":"c","ref_source":"kept","text":"Nothing to see.","published":"2024-12-06"}' \
	    '{"id":"d","d\u0061tes":[],"text":"Nothing to see."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run cat "$tmp/out.jsonl"
	[ "${lines[0]}" = '{"id":"a","dates":[{"text":"Monday","type":"DATE","value":"2024-12-02","start":3,"end":9}],"text":"On Monday.","published":"2024-12-06","z":0}' ]
	[ "${lines[1]}" = '{"id":"b","ref_source":"none","text":"Nothing to see.","dates":[]}' ]
	[ "${lines[2]}" = '{"id":"c","ref_source":"kept","text":"Nothing to see.","published":"2024-12-06","dates":[]}' ]
	[ "${lines[3]}" = '{"id":"d","dates":[],"text":"Nothing to see.","ref_source":"none"}' ]
}

@test "dates: a modifier only where the expression has one" {
	printf '%s\n' \
	    '{"id":"a","published":"2024-12-05","text":"The plant opens early next year; talks lasted about two hours on Tuesday."}' \
	    '{"id":"b","published":"2024-12-05","text":"It was built more than four decades ago; a quarter of the vote went to him."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run jq -c '[.dates[] | [.text, .value, .mod]]' "$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '[["early next year","2025","START"],["about two hours","PT2H","APPROX"],["Tuesday","2024-12-03",null]]' ]
	[ "${lines[1]}" = '[["more than four decades ago","198","BEFORE"]]' ]
	# the key comes after the value, and only with a modifier
	run jq -c 'select(.id == "a") | .dates[0, 2] | keys_unsorted' \
	    "$tmp/out.jsonl"
	[ "${lines[0]}" = '["text","type","value","mod","start","end"]' ]
	[ "${lines[1]}" = '["text","type","value","start","end"]' ]
}

@test "dates: a headline in title case, Chinese counts and Russian bounds" {
	printf '%s\n' \
	    '{"id":"h","published":"2024-12-05","title":"x","text":"Treaty Takes Effect Next Week"}' \
	    '{"id":"z","published":"2024-12-05","text":"朝鲜三天前发射了导弹，会谈将于上个月底恢复。"}' \
	    '{"id":"r","published":"2024-12-05","text":"Переговоры длились более часа."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run jq -c '[.id, [.dates[] | [.text, .value, .mod]]]' "$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '["h",[["Next Week","2024-W50",null]]]' ]
	[ "${lines[1]}" = '["z",[["三天前","2024-12-02",null],["上个月底","2024-11","END"]]]' ]
	[ "${lines[2]}" = '["r",[["более часа","PT1H","MORE_THAN"]]]' ]
}

@test "dates: a document's sentences share the year and day last named" {
	printf '%s\n' \
	    '{"doc":"a","published":"2024-12-05","text":"2015年，她发行专辑。"}' \
	    '{"doc":"a","published":"2024-12-05","text":"同年10月，和华纳约满；并于同月9日结束合约。"}' \
	    '{"doc":"a","published":"2024-12-05","text":"翌年3月，她离开。"}' \
	    '{"doc":"b","published":"2016-09-09","text":"The election was held on Sunday."}' \
	    '{"doc":"b","published":"2016-09-09","text":"The last ballot was cast at 2:30 the next day."}' \
	    '{"doc":"c","published":"2020-01-02","text":"In 2003 she signed, and on June 6 released an album."}' \
	    '{"doc":"c","published":"2020-01-02","text":"On June 6 she left."}' |
	    "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run jq -c '[.doc, [.dates[] | [.text, .value]]]' "$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '["a",[["2015年","2015"]]]' ]
	[ "${lines[1]}" = '["a",[["同年10月","2015-10"],["同月9日","2015-10-09"]]]' ]
	[ "${lines[2]}" = '["a",[["翌年3月","2016-03"]]]' ]
	[ "${lines[3]}" = '["b",[["Sunday","2016-09-04"]]]' ]
	[ "${lines[4]}" = '["b",[["2:30","2016-09-05T02:30"],["the next day","2016-09-05"]]]' ]
	[ "${lines[5]}" = '["c",[["2003","2003"],["June 6","2003-06-06"]]]' ]
	[ "${lines[6]}" = '["c",[["June 6","2019-06-06"]]]' ]
}

@test "dates: German, Spanish, French and Polish reports, split into sentences" {
	printf '%s\n' \
	    '{"id":"de","published":"2022-02-01","text":"Am Sonntag, 27. Februar, um 16 Uhr kommt es. Vor zwei Jahren begann der Streit, im vergangenen Jahr wurde er beigelegt."}' \
	    '{"id":"es","published":"2022-05-05","text":"El ministro dijo ayer que la semana pasada se firmó el acuerdo del 5 de marzo de 2023."}' \
	    '{"id":"fr","published":"2019-12-20","text":"Le président a déclaré mardi que le 1er décembre 2024 restera."}' \
	    '{"id":"pl","published":"2024-11-07","text":"Minister powiedział w piątek, że umowę podpisano 12 marca 2021 roku. We wrześniu ubiegłego roku rząd przedstawił plan."}' |
	    "$bin/wire-split" | "$bin/wire-tag" --no-entities >"$tmp/out.jsonl"
	run jq -c '[.doc, [.dates[] | [.text, .value]]]' "$tmp/out.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '["de",[["Sonntag, 27. Februar","2022-02-27"],["16 Uhr","2022-02-27T16:00"]]]' ]
	[ "${lines[1]}" = '["de",[["Vor zwei Jahren","2020"],["vergangenen Jahr","2021"]]]' ]
	[ "${lines[2]}" = '["es",[["ayer","2022-05-04"],["semana pasada","2022-W17"],["5 de marzo de 2023","2023-03-05"]]]' ]
	[ "${lines[3]}" = '["fr",[["mardi","2019-12-17"],["1er décembre 2024","2024-12-01"]]]' ]
	[ "${lines[4]}" = '["pl",[["piątek","2024-11-01"],["12 marca 2021 roku","2021-03-12"]]]' ]
	[ "${lines[5]}" = '["pl",[["wrześniu ubiegłego roku","2023-09"]]]' ]
}
