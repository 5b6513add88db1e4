#!/usr/bin/env bats
# wire-split.bats: tests of the wire-split program and of the record
# contract it implements (docs/records.md, wire(7), wire-split(1)).
#
# Environment (set by tests/run.sh, defaulted here so that
# "bats tests/wire-split.bats" works from any directory):
#   WIRE_BIN      directory of the programs (default bin of this tree)
#   WIRE_DATADIR  data directory (default data of this tree)
#
# Each test runs in its own $BATS_TEST_TMPDIR.  The golden output of the
# seed reports is tests/fixtures/split/seeds.golden; after a deliberate
# change to the splitter, rebuild it with tests/fixtures/split/regen.sh and
# review the diff.
bats_require_minimum_version 1.5.0

ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
WIRE_BIN=${WIRE_BIN:-bin}
case $WIRE_BIN in
/*) ;;
*)
	if [ -d "$WIRE_BIN" ]; then
		WIRE_BIN=$(cd "$WIRE_BIN" && pwd)
	else
		WIRE_BIN=$ROOT/$WIRE_BIN
	fi
	;;
esac
WIRE_DATADIR=${WIRE_DATADIR:-$ROOT/data}
case $WIRE_DATADIR in
/*) ;;
*) WIRE_DATADIR=$ROOT/$WIRE_DATADIR ;;
esac
WS=$WIRE_BIN/wire-split
FIX=$ROOT/tests/fixtures
MAN1=$ROOT/man/wire-split.1
export WIRE_BIN WIRE_DATADIR WS FIX

USAGE='usage: wire-split [--nest] [--raw] [--carry FIELD,...] [--abbrev FILE]
                  [--errors FILE] [--max-record SIZE] [--line-buffered]
                  [--stats] [FILE ...]
       wire-split --help | --version'

# The commands of the EXAMPLES section of man/wire-split.1, exactly as
# written there (the test "man: the EXAMPLES ..." checks it); the tests
# "man example N" below run each of them.
MAN_EXAMPLES=(
	"jq -Rsc '{text: .}' report.txt | wire-split"
	"wire-split --raw report.txt | jq -r .text"
	"wire-split --nest docs.jsonl | jq '.sentences | length'"
	"wire-split --carry lang,site docs.jsonl"
	"wire-split --errors rejected.jsonl --stats docs.jsonl >sentences.jsonl"
)

setup()
{
	[ -x "$WS" ] || {
		echo "$WS is not built (run make)" >&2
		return 1
	}
	cd "$BATS_TEST_TMPDIR" || return 1
}

# Prints the sentence records of a document whose start and end do not
# slice their text out of the document's text, using jq (whose string
# slices count code points); $1 holds documents with "id" and "text", $2
# the sentence records.  Prints nothing when all agree.
jq_slice_mismatches()
{
	jq -nc --slurpfile d "$1" --slurpfile s "$2" '
	    ($d | map({key: .id, value: .text}) | from_entries) as $t
	    | $s[] | select($t[.doc] == null or $t[.doc][.start:.end] != .text)'
}

# The same check in Python (str slices count code points too); prints
# "checked N" after any mismatches.
py_slice_check()
{
	python3 - "$1" "$2" <<'EOF'
import json
import sys

docs = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = d["text"]
n = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        s = json.loads(line)
        n += 1
        if docs[s["doc"]][s["start"]:s["end"]] != s["text"]:
            print("mismatch:", line.rstrip())
print("checked", n)
EOF
}

# Writes n copies of a three-sentence record (the input of the pipe tests).
big_input()
{
	yes '{"text":"One sentence here. Another one there. And a third one."}' |
	    head -n "$1"
}

# The man page's example commands, unescaped from roff: the lines of
# .EX/.EE blocks in the EXAMPLES section that start with "$ ".
man_example_commands()
{
	sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$MAN1" |
	    sed -n '/^\.EX/,/^\.EE/p' | sed -n 's/^\$ //p' |
	    sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g" -e 's/\\(dq/"/g' \
	    -e 's/\\&//g' -e 's/\\e/\\/g'
}

# --- options -------------------------------------------------------------

@test "--help prints the usage on stdout and exits 0" {
	run --separate-stderr "$WS" --help
	[ "$status" -eq 0 ]
	[ "$output" = "$USAGE" ]
	[ "$stderr" = "" ]
}

@test "--version prints 'wire-split (wire) VERSION' with the Makefile's version" {
	version=$(sed -n 's/^VERSION = //p' "$ROOT/Makefile")
	run --separate-stderr "$WS" --version
	[ "$status" -eq 0 ]
	[ "$output" = "wire-split (wire) $version" ]
	[[ $output =~ ^wire-split\ \(wire\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
	[ "$stderr" = "" ]
}

@test "an unknown option exits 2 with the usage on stderr and nothing on stdout" {
	run --separate-stderr "$WS" --bogus </dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ ${stderr_lines[0]} == *"unrecognized option '--bogus'" ]]
	[ "${stderr#*$'\n'}" = "$USAGE" ]
}

@test "a bad --max-record value exits 2 with a message" {
	for v in abc 0 10x -5 64Q 1T; do
		run --separate-stderr "$WS" --max-record "$v" </dev/null
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[ "$stderr" = "wire-split: --max-record: not a size: $v" ]
	done
	# An empty value (bats would trim the message's trailing space).
	run bash -c '"$WS" --max-record "" </dev/null 2>err'
	[ "$status" -eq 2 ]
	printf 'wire-split: --max-record: not a size: \n' >want
	cmp err want
}

@test "--max-record takes K, M and G suffixes" {
	printf '{"text":"%s."}\n' "$(printf 'x%.0s' $(seq 1 1012))" >k.jsonl
	[ "$(wc -c <k.jsonl)" -eq 1025 ] # 1024 bytes and the newline
	for v in 1K 1k 1KiB 1KB 1M 1G 64M; do
		run --separate-stderr "$WS" --max-record "$v" k.jsonl
		[ "$status" -eq 0 ]
		[ "${#lines[@]}" -eq 1 ]
	done
	run --separate-stderr "$WS" --max-record 1023 k.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: k.jsonl:1: record exceeds 1023 bytes (--max-record)" ]
}

@test "a missing input file: message, exit 2, the other files still processed" {
	printf '{"id":"a","text":"One."}\n' >a.jsonl
	printf '{"id":"b","text":"Two."}\n' >b.jsonl
	run --separate-stderr "$WS" a.jsonl nosuch b.jsonl
	[ "$status" -eq 2 ]
	[ "$stderr" = "wire-split: nosuch: No such file or directory" ]
	[ "${lines[0]}" = '{"doc":"a","n":0,"para":0,"start":0,"end":4,"text":"One."}' ]
	[ "${lines[1]}" = '{"doc":"b","n":0,"para":0,"start":0,"end":4,"text":"Two."}' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "an --errors file that cannot be created exits 2 with a message" {
	printf '{"text":"One."}\n' >in.jsonl
	run --separate-stderr "$WS" --errors nodir/rejected.jsonl in.jsonl
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: nodir/rejected.jsonl: No such file or directory" ]
}

# --- rejected lines --------------------------------------------------------

@test "invalid JSON on stdin: stdin:N message, exit 1, the rest comes out, --errors verbatim" {
	printf '{"id":"a","text":"One."}\nnot json\n{"id":"b","text":"Two."}\n' >in
	run --separate-stderr "$WS" --errors rej <in
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: stdin:2: invalid JSON at byte 0: not JSON" ]
	[ "${lines[0]}" = '{"doc":"a","n":0,"para":0,"start":0,"end":4,"text":"One."}' ]
	[ "${lines[1]}" = '{"doc":"b","n":0,"para":0,"start":0,"end":4,"text":"Two."}' ]
	[ "${#lines[@]}" -eq 2 ]
	printf 'not json\n' >want
	cmp rej want
}

@test "a JSON value that is not an object: FILE:N message, exit 1, --errors verbatim" {
	printf '{"id":"a","text":"One."}\n[1, 2]\n"text"\n{"id":"b","text":"Two."}\n' >in.jsonl
	run --separate-stderr "$WS" --errors rej in.jsonl
	[ "$status" -eq 1 ]
	[ "${stderr_lines[0]}" = "wire-split: in.jsonl:2: invalid JSON at byte 0: not a JSON object" ]
	[ "${stderr_lines[1]}" = "wire-split: in.jsonl:3: invalid JSON at byte 0: not a JSON object" ]
	[ "${#stderr_lines[@]}" -eq 2 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b " ]
	printf '[1, 2]\n"text"\n' >want
	cmp rej want
}

@test "invalid UTF-8: exact message, exit 1, the rest comes out, --errors verbatim" {
	printf '{"id":"a","text":"One."}\n{"text":"caf\xe9 au lait."}\n{"id":"b","text":"Two."}\n' >in.jsonl
	run --separate-stderr "$WS" --errors rej in.jsonl
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: in.jsonl:2: invalid UTF-8 at byte 12" ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b " ]
	printf '{"text":"caf\xe9 au lait."}\n' >want
	cmp rej want
}

@test "a NUL byte: exact message, exit 1, the rest comes out, --errors verbatim" {
	printf '{"id":"a","text":"One."}\n{"text":"a\0b."}\n{"id":"b","text":"Two."}\n' >in
	run --separate-stderr "$WS" --errors rej <in
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: stdin:2: NUL byte at byte 10" ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b " ]
	printf '{"text":"a\0b."}\n' >want
	cmp rej want
}

@test "a truncated line: exact message, exit 1, the rest comes out, --errors verbatim" {
	printf '{"id":"a","text":"One."}\n{"text":"abc"\n{"id":"b","text":"Two."}\n' >in.jsonl
	run --separate-stderr "$WS" --errors rej in.jsonl
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: in.jsonl:2: invalid JSON at byte 13: truncated" ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b " ]
	printf '{"text":"abc"\n' >want
	cmp rej want
}

@test "a last line cut short without its newline is rejected; a whole one is not" {
	printf '{"id":"a","text":"One."}\n{"text":"ab' >cut
	run --separate-stderr "$WS" --errors rej <cut
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: stdin:2: invalid JSON at byte 11: unterminated string" ]
	[ "$output" = '{"doc":"a","n":0,"para":0,"start":0,"end":4,"text":"One."}' ]
	printf '{"text":"ab\n' >want
	cmp rej want
	printf '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}' >whole
	run --separate-stderr "$WS" <whole
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$stderr" = "" ]
}

@test "several bad lines: one message each, --errors holds them all in order, --stats counts" {
	printf '%s\n' '{"id":"a","text":"One. Two."}' 'oops' '{"x":' '' '[]' '{"id":"b","text":"Three."}' '{"a":tru}' >in.jsonl
	run --separate-stderr "$WS" --stats --errors rej in.jsonl
	[ "$status" -eq 1 ]
	[ "${stderr_lines[0]}" = "wire-split: in.jsonl:2: invalid JSON at byte 0: not JSON" ]
	[ "${stderr_lines[1]}" = "wire-split: in.jsonl:3: invalid JSON at byte 5: truncated" ]
	[ "${stderr_lines[2]}" = "wire-split: in.jsonl:5: invalid JSON at byte 0: not a JSON object" ]
	[ "${stderr_lines[3]}" = "wire-split: in.jsonl:7: invalid JSON at byte 5: invalid literal" ]
	[ "${stderr_lines[4]}" = "wire-split: stats: 6 in, 3 out, 4 rejected, 0 passed through" ]
	[ "${#stderr_lines[@]}" -eq 5 ]
	[ "${#lines[@]}" -eq 3 ]
	printf '%s\n' 'oops' '{"x":' '[]' '{"a":tru}' >want
	cmp rej want
}

@test "an over-long record (--max-record) is rejected, kept verbatim in --errors, and the stream goes on" {
	long='{"text":"'$(printf 'x%.0s' $(seq 1 90))'"}' # 101 bytes
	fits='{"text":"'$(printf 'y%.0s' $(seq 1 88))'."}' # 100 bytes
	[ "${#long}" -eq 101 ]
	[ "${#fits}" -eq 100 ]
	printf '%s\n' '{"id":"a","text":"One."}' "$long" "$fits" '{"id":"b","text":"Two."}' >in
	run --separate-stderr "$WS" --max-record 100 --errors rej --stats <in
	[ "$status" -eq 1 ]
	[ "${stderr_lines[0]}" = "wire-split: stdin:2: record exceeds 100 bytes (--max-record)" ]
	[ "${stderr_lines[1]}" = "wire-split: stats: 4 in, 3 out, 1 rejected, 0 passed through" ]
	[ "${#stderr_lines[@]}" -eq 2 ]
	[ "${#lines[@]}" -eq 3 ]
	[ "$(jq -r .text <<<"${lines[1]}")" = "$(printf 'y%.0s' $(seq 1 88))." ]
	printf '%s\n' "$long" >want
	cmp rej want
}

@test "an over-long record larger than the read buffer is spilled to --errors whole" {
	# 600 KB, more than the reader's 256 KB chunk, with a cap of 100K.
	long='{"text":"'$(head -c 600000 /dev/zero | tr '\0' z)'"}'
	printf '%s\n' '{"id":"a","text":"One."}' "$long" '{"id":"b","text":"Two."}' >in
	run --separate-stderr "$WS" --max-record 100K --errors rej <in
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: stdin:2: record exceeds 102400 bytes (--max-record)" ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b " ]
	printf '%s\n' "$long" >want
	cmp rej want
}

@test "without rejected lines --errors is created empty and the status is 0" {
	printf '{"text":"One."}\n' >in
	run --separate-stderr "$WS" --errors rej <in
	[ "$status" -eq 0 ]
	[ -f rej ]
	[ ! -s rej ]
}

# --- line ends, blank lines, pass-through -------------------------------------

@test "blank lines are skipped and not counted; CRLF line ends are accepted" {
	printf '{"id":"a","text":"One. Two."}\n{"id":"b","text":"Three."}\n' >lf
	printf '\n{"id":"a","text":"One. Two."}\r\n  \r\n\t\n\r\n{"id":"b","text":"Three."}\r\n\n' >crlf
	run --separate-stderr "$WS" --stats lf
	[ "$status" -eq 0 ]
	want=$output
	run --separate-stderr "$WS" --stats crlf
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
	[ "${#lines[@]}" -eq 3 ]
	[ "$stderr" = "wire-split: stats: 2 in, 3 out, 0 rejected, 0 passed through" ]
	"$WS" crlf >out
	! grep -q $'\r' out
}

@test "records without text or with empty text pass through byte for byte and are counted" {
	printf '%s\n' '{"a": 1, "b" : [1, 2.50, "caf\u00e9"]}' '{"text": "", "x":1}' \
	    '{"text":"  \n\n \t"}' '{"text":null}' '{"text":5,"title":"t"}' \
	    '{"text":{"p":"One."}}' '{ }' >in.jsonl
	run --separate-stderr "$WS" --stats in.jsonl
	[ "$status" -eq 0 ]
	[ "$stderr" = "wire-split: stats: 7 in, 7 out, 0 rejected, 7 passed through" ]
	"$WS" in.jsonl >out
	cmp out in.jsonl
}

@test "--stats counts records in, lines out, rejected and passed through" {
	printf '%s\n' '{"text":"One. Two. Three."}' '{"x":1}' 'bad' '{"text":"Four."}' >in
	run --separate-stderr "$WS" --stats <in
	[ "$status" -eq 1 ]
	[ "${stderr_lines[1]}" = "wire-split: stats: 4 in, 5 out, 1 rejected, 1 passed through" ]
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[3]}" = '{"x":1}' ]
}

@test "'-' names stdin among the files" {
	printf '{"id":"a","text":"One."}\n' >a.jsonl
	printf '{"id":"c","text":"Three."}\n' >c.jsonl
	printf '{"id":"b","text":"Two."}\nbad\n' >in
	run --separate-stderr "$WS" a.jsonl - c.jsonl <in
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: stdin:2: invalid JSON at byte 0: not JSON" ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "a b c " ]
}

# --- sentence records -----------------------------------------------------

@test "sentence records: doc, n, para, start, end, text in that order" {
	printf '{"id":"d1","text":"First one. Second one.\\n\\nNew paragraph here."}\n' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"d1","n":0,"para":0,"start":0,"end":10,"text":"First one."}' ]
	[ "${lines[1]}" = '{"doc":"d1","n":1,"para":0,"start":11,"end":22,"text":"Second one."}' ]
	[ "${lines[2]}" = '{"doc":"d1","n":2,"para":1,"start":24,"end":43,"text":"New paragraph here."}' ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "sentence records carry url, title, published and fetched_at byte for byte, in that order" {
	printf '%s\n' '{"fetched_at":"2024-12-06T08:00:00Z","published": "2024-12-06","lang":"en","text":"One. Two.","title":"caf\u00e9 \"x\"","id":"d","url" : "https://example.com/a?b=1&utm_source=x"}' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	tail='"url":"https://example.com/a?b=1&utm_source=x","title":"caf\u00e9 \"x\"","published":"2024-12-06","fetched_at":"2024-12-06T08:00:00Z"}'
	[ "${lines[0]}" = '{"doc":"d","n":0,"para":0,"start":0,"end":4,"text":"One.",'"$tail" ]
	[ "${lines[1]}" = '{"doc":"d","n":1,"para":0,"start":5,"end":9,"text":"Two.",'"$tail" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "carried values of any type are copied as they are; missing ones are left out" {
	printf '%s\n' '{"id":"d","text":"One.","published":{"y":2024,"m":12.50},"title":null}' \
	    '{"id":"e","text":"Two.","url":"http://x.org/\u0041"}' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"d","n":0,"para":0,"start":0,"end":4,"text":"One.","title":null,"published":{"y":2024,"m":12.50}}' ]
	[ "${lines[1]}" = '{"doc":"e","n":0,"para":0,"start":0,"end":4,"text":"Two.","url":"http://x.org/\u0041"}' ]
}

@test "--carry copies the listed fields in the listed order" {
	printf '%s\n' '{"id":"d","site":{"name":"KBS"},"text":"One.","lang":"ko","x":1}' >in
	run --separate-stderr "$WS" --carry lang,site <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"doc":"d","n":0,"para":0,"start":0,"end":4,"text":"One.","lang":"ko","site":{"name":"KBS"}}' ]
	run --separate-stderr "$WS" --carry site,nosuch,lang <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"doc":"d","n":0,"para":0,"start":0,"end":4,"text":"One.","site":{"name":"KBS"},"lang":"ko"}' ]
}

@test "--carry naming a sentence field is a usage error" {
	for f in text doc n para start end; do
		run --separate-stderr "$WS" --carry "lang,$f" </dev/null
		[ "$status" -eq 2 ]
		[ "$stderr" = "wire-split: --carry: $f is a field of the sentence record" ]
	done
}

@test "--carry names a field twice: carried once" {
	printf '{"id":"a","text":"One.","lang":"en"}\n' >in
	run --separate-stderr "$WS" --carry lang,lang <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"doc":"a","n":0,"para":0,"start":0,"end":4,"text":"One.","lang":"en"}' ]
}

@test "a rejected CRLF line is kept in --errors with its CR" {
	printf '{"text":"ok."}\r\n{bad\r\n' >in
	run --separate-stderr "$WS" --errors rej in
	[ "$status" -eq 1 ]
	printf '{bad\r\n' >want
	cmp rej want
}

@test "unknown option: message names the program, exit 2" {
	run --separate-stderr "$WS" --no-such-option
	[ "$status" -eq 2 ]
	[[ ${stderr} == "wire-split: unrecognized option '--no-such-option'"* ]]
}

@test "--help to a full disk: exit 2 with a message" {
	run --separate-stderr bash -c '"$WS" --help >/dev/full'
	[ "$status" -eq 2 ]
	[ "$stderr" = "wire-split: stdout: No space left on device" ]
}

@test "--carry does not copy url, title or published twice" {
	printf '%s\n' '{"id":"d","text":"One.","url":"u","lang":"ko"}' >in
	run --separate-stderr "$WS" --carry url,lang <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"doc":"d","n":0,"para":0,"start":0,"end":4,"text":"One.","url":"u","lang":"ko"}' ]
}

@test "the last of duplicate keys counts, as in jq" {
	printf '%s\n' '{"id":"d","text":"Old one.","text":"New one. Here."}' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(jq -r .text <<<"$output" | tr '\n' '|')" = "New one.|Here.|" ]
}

# --- --nest ---------------------------------------------------------------

@test "--nest keeps every field byte for byte and in order, then adds sentences" {
	printf '%s\n' '{"id":"d","title":"caf\u00e9","n":1.50,"text":"One. Two.","tags":["a", "b"],"url":"http://x.org/"}' >in
	run --separate-stderr "$WS" --nest <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"id":"d","title":"caf\u00e9","n":1.50,"text":"One. Two.","tags":["a", "b"],"url":"http://x.org/","sentences":[{"n":0,"para":0,"start":0,"end":4,"text":"One."},{"n":1,"para":0,"start":5,"end":9,"text":"Two."}]}' ]
}

@test "--nest replaces an existing sentences field in place" {
	printf '%s\n' '{"a":1,"sentences":["old"],"text":"One. Two.","z":[1]}' >in
	run --separate-stderr "$WS" --nest <in
	[ "$status" -eq 0 ]
	[ "$output" = '{"a":1,"sentences":[{"n":0,"para":0,"start":0,"end":4,"text":"One."},{"n":1,"para":0,"start":5,"end":9,"text":"Two."}],"text":"One. Two.","z":[1]}' ]
}

@test "--nest passes records without text through byte for byte" {
	printf '%s\n' '{"a": 1, "sentences" : []}' '{"text":null}' >in.jsonl
	run --separate-stderr "$WS" --nest --stats in.jsonl
	[ "$status" -eq 0 ]
	[ "$stderr" = "wire-split: stats: 2 in, 2 out, 0 rejected, 2 passed through" ]
	"$WS" --nest in.jsonl >out
	cmp out in.jsonl
}

# --- offsets ----------------------------------------------------------------

@test "offsets count code points: é, an astral emoji, Korean" {
	printf '%s\n' '{"id":"u","text":"Café. 😀 Ok. 북한."}' \
	    '{"id":"e","text":"Caf\u00e9. \ud83d\ude00 Ok.\n\n\ubd81\ud55c."}' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"u","n":0,"para":0,"start":0,"end":5,"text":"Café."}' ]
	[ "${lines[1]}" = '{"doc":"u","n":1,"para":0,"start":6,"end":11,"text":"😀 Ok."}' ]
	[ "${lines[2]}" = '{"doc":"u","n":2,"para":0,"start":12,"end":15,"text":"북한."}' ]
	[ "${lines[3]}" = '{"doc":"e","n":0,"para":0,"start":0,"end":5,"text":"Café."}' ]
	[ "${lines[4]}" = '{"doc":"e","n":1,"para":0,"start":6,"end":11,"text":"😀 Ok."}' ]
	[ "${lines[5]}" = '{"doc":"e","n":2,"para":1,"start":13,"end":16,"text":"북한."}' ]
}

@test "jq's string slices count code points, astral ones included (what the offset checks rely on)" {
	[ "$(jq -rn '"a😀b"[1:2]')" = "😀" ]
	[ "$(jq -n '"a😀b" | length')" -eq 3 ]
	[ "$(jq -rn '"\ud83d\ude00x"[1:]')" = "x" ]
}

@test "offsets: slicing the document text by start and end gives each sentence (jq and Python)" {
	cat >docs.jsonl <<'EOF'
{"id":"fr","text":"Le café coûte 2 €. Très cher! Vraiment?\n\nÉté à Paris. Fin."}
{"id":"emoji","text":"Fire 🔥 here. 😀😀 Two faces! Done \ud83d\ude80 now.\n\n𝒜 math letter. Last one."}
{"id":"ko","text":"북한과 러시아의 조약이 발효됐다. 고은희 기자가 보도합니다.\n\n“We are discussing,” he said. 🇰🇷 Flag here."}
{"id":"mixed","text":"Headline without a stop\nThe body starts here. It goes on…\n\n  Indented para.  \n\n\n\nAfter blank lines."}
EOF
	"$WS" docs.jsonl >sents.jsonl
	[ "$(wc -l <sents.jsonl)" -ge 16 ]
	run jq_slice_mismatches docs.jsonl sents.jsonl
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	run py_slice_check docs.jsonl sents.jsonl
	[ "$status" -eq 0 ]
	[ "$output" = "checked $(wc -l <sents.jsonl)" ]
}

@test "offsets with --nest: slicing the text gives each nested sentence" {
	printf '%s\n' '{"text":"Fire 🔥 here. 😀 Two faces!\n\n북한. Done \ud83d\ude80 now."}' >in
	"$WS" --nest <in >out
	[ "$(jq '.sentences | length' out)" -eq 4 ]
	run jq -c '.text as $t | .sentences[] | select($t[.start:.end] != .text)' out
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	[ "$(jq -c '[.sentences[] | [.para, .start, .end]]' out)" = '[[0,0,12],[0,13,25],[1,27,30],[1,31,42]]' ]
}

# --- document ids -------------------------------------------------------------

@test "doc id: id when present, else doc" {
	printf '%s\n' '{"id":"abc","doc":"d","text":"One."}' '{"doc":"d","text":"One."}' \
	    '{"text":"One.","doc":"d2","url":"http://x.org/"}' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "$(jq -r .doc <<<"$output" | tr '\n' ' ')" = "abc d d2 " ]
}

@test "doc id from the URL: 16 hex digits, the same for http and https, tracking and fragment ignored" {
	for u in https://example.com/a http://example.com/a \
	    'HTTPS://Example.COM:443/a?utm_source=x&fbclid=y#top' \
	    'http://example.com:80/a#frag' https://example.com/a?b=1 \
	    https://example.com/b https://example.org/a; do
		printf '{"url":"%s","text":"One."}\n' "$u"
	done >in
	"$WS" <in >out
	mapfile -t ids < <(jq -r .doc out)
	[ "${#ids[@]}" -eq 7 ]
	for id in "${ids[@]}"; do
		[[ $id =~ ^[0-9a-f]{16}$ ]]
	done
	[ "${ids[1]}" = "${ids[0]}" ]
	[ "${ids[2]}" = "${ids[0]}" ]
	[ "${ids[3]}" = "${ids[0]}" ]
	[ "${ids[4]}" != "${ids[0]}" ]
	[ "${ids[5]}" != "${ids[0]}" ]
	[ "${ids[6]}" != "${ids[0]}" ]
	[ "${ids[5]}" != "${ids[4]}" ]
	# Ids are stable across versions: stores keep them (lib/id.c).
	[ "${ids[0]}" = 60814d6364e2f5d5 ]
}

@test "doc id without a URL: from the text, the same for the same text, different for different text" {
	printf '%s\n' '{"text":"One."}' '{"text":"One.","title":"other"}' '{"text":"Two."}' \
	    '{"text":"One.","url":""}' >in
	"$WS" <in >out
	mapfile -t ids < <(jq -r .doc out)
	[ "${#ids[@]}" -eq 4 ]
	[[ ${ids[0]} =~ ^[0-9a-f]{16}$ ]]
	[[ ${ids[2]} =~ ^[0-9a-f]{16}$ ]]
	[ "${ids[1]}" = "${ids[0]}" ]
	[ "${ids[2]}" != "${ids[0]}" ]
	[ "${ids[3]}" = "${ids[0]}" ]
	[ "${ids[0]}" = a719a6038b82d623 ]
}

# --- --raw ------------------------------------------------------------------

@test "--raw splits a plain-text file as one document" {
	printf 'Hello there. Bye now.\n\nNew para.\n' >r.txt
	run --separate-stderr "$WS" --raw r.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	id=$(jq -r .doc <<<"${lines[0]}")
	[[ $id =~ ^[0-9a-f]{16}$ ]]
	[ "${lines[0]}" = '{"doc":"'"$id"'","n":0,"para":0,"start":0,"end":12,"text":"Hello there."}' ]
	[ "${lines[1]}" = '{"doc":"'"$id"'","n":1,"para":0,"start":13,"end":21,"text":"Bye now."}' ]
	[ "${lines[2]}" = '{"doc":"'"$id"'","n":2,"para":1,"start":23,"end":32,"text":"New para."}' ]
	[ "${#lines[@]}" -eq 3 ]
	# The same as the text in a record without url or id.
	[ "$(jq -Rsc '{text: .}' r.txt | "$WS")" = "$output" ]
}

@test "--raw reads stdin without a file or with '-'" {
	printf 'Hello there. Bye now.\n' >r.txt
	want=$("$WS" --raw r.txt)
	run --separate-stderr "$WS" --raw <r.txt
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
	[ "${#lines[@]}" -eq 2 ]
	run --separate-stderr "$WS" --raw - <r.txt
	[ "$status" -eq 0 ]
	[ "$output" = "$want" ]
}

@test "--raw with several files: one document each" {
	printf 'One here.\n' >a.txt
	printf 'Two here. Three.\n' >b.txt
	run --separate-stderr "$WS" --raw --stats a.txt b.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "wire-split: stats: 2 in, 3 out, 0 rejected, 0 passed through" ]
	[ "$(jq -r '[.n, .text] | @tsv' <<<"$output" | tr '\t\n' ' |')" = "0 One here.|0 Two here.|1 Three.|" ]
	[ "$(jq -r .doc <<<"$output" | uniq | wc -l)" -eq 2 ]
}

@test "--raw rejects invalid UTF-8 (exit 1) and goes on with the other files" {
	printf 'caf\xe9 ok.\n' >bad.txt
	printf 'Good one.\n' >good.txt
	run --separate-stderr "$WS" --raw bad.txt good.txt
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-split: bad.txt: invalid UTF-8 at byte 3" ]
	[ "$(jq -r .text <<<"$output")" = "Good one." ]
}

@test "--raw keeps a rejected document whole in --errors" {
	printf 'caf\xe9 ok.\nmore\n' >bad.txt
	printf 'a\0b.\n' >nul.txt
	run --separate-stderr "$WS" --raw --errors rej bad.txt nul.txt
	[ "$status" -eq 1 ]
	printf 'caf\xe9 ok.\nmore\n\na\0b.\n\n' >want
	cmp rej want
}

@test "--raw rejects a NUL byte (exit 1)" {
	printf 'a\0b.\n' >nul.txt
	run --separate-stderr "$WS" --raw <nul.txt
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: stdin: NUL byte at byte 1: not text" ]
}

@test "--raw rejects a document over --max-record (exit 1)" {
	head -c 200 /dev/zero | tr '\0' x >long.txt
	run --separate-stderr "$WS" --raw --max-record 100 long.txt
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: long.txt: document exceeds 100 bytes (--max-record)" ]
}

# --- output and pipes ----------------------------------------------------------

@test "a write error on stdout (/dev/full): one message and exit 2" {
	[ -w /dev/full ] || skip "no /dev/full"
	printf '{"text":"One. Two."}\n' >small.jsonl
	run --separate-stderr bash -c '"$WS" small.jsonl >/dev/full'
	[ "$status" -eq 2 ]
	[ "$stderr" = "wire-split: stdout: No space left on device" ]
	big_input 20000 >big.jsonl
	run --separate-stderr bash -c '"$WS" big.jsonl >/dev/full'
	[ "$status" -eq 2 ]
	[ "$stderr" = "wire-split: stdout: No space left on device" ]
}

@test "a reader that goes away (head -1) ends wire-split quietly with status 0" {
	big_input 20000 >big.jsonl
	run bash -c '"$WS" big.jsonl 2>err | head -n 1 >first; echo "${PIPESTATUS[0]}"'
	[ "$status" -eq 0 ]
	[ "$output" = 0 ]
	[ ! -s err ]
	[ "$(jq -r .text first)" = "One sentence here." ]
	# It did stop early: far fewer than the 60000 sentences came out.
	run bash -c '"$WS" --stats big.jsonl 2>err | head -n 1 >/dev/null; cat err'
	[[ $output =~ ^wire-split:\ stats:\ [0-9]+\ in,\ ([0-9]+)\ out, ]]
	[ "${BASH_REMATCH[1]}" -lt 60000 ]
}

@test "a reader that goes away: the status is what it was so far (1 after a rejected line)" {
	{ echo 'bad'; big_input 20000; } >big.jsonl
	run bash -c '"$WS" big.jsonl 2>err | head -n 1 >/dev/null; echo "${PIPESTATUS[0]}"; cat err'
	[ "${lines[0]}" = 1 ]
	[ "${lines[1]}" = "wire-split: big.jsonl:1: invalid JSON at byte 0: not JSON" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "--line-buffered: a record's sentences come out before the input ends" {
	coproc WSP { exec "$WS" --line-buffered 2>/dev/null 3>&-; }
	in=${WSP[1]}
	out=${WSP[0]}
	pid=$WSP_PID
	printf '{"id":"d","text":"First one. Second one."}\n' >&"$in"
	# The input stays open: unless the record is read, split and flushed
	# at once, nothing comes and the read gives up (after 10 seconds) with
	# an empty line.  Only the content is asserted, never the time.
	l1= l2=
	if read -r -t 10 l1 <&"$out"; then
		read -r -t 10 l2 <&"$out" || true
	fi
	eval "exec $in>&-"
	wait "$pid" || true
	[ "$l1" = '{"doc":"d","n":0,"para":0,"start":0,"end":10,"text":"First one."}' ]
	[ "$l2" = '{"doc":"d","n":1,"para":0,"start":11,"end":22,"text":"Second one."}' ]
}

@test "output to a terminal is line-buffered without the option" {
	run python3 - "$WS" <<'EOF'
import os, pty, select, subprocess, sys, time

master, slave = pty.openpty()
p = subprocess.Popen([sys.argv[1]], stdin=subprocess.PIPE, stdout=slave,
                     stderr=subprocess.DEVNULL)
os.close(slave)
p.stdin.write(b'{"id":"d","text":"First one. Second one."}\n')
p.stdin.flush()
# The input stays open while we read (for at most 10 seconds): only a
# line-buffered writer sends the two sentences before it ends.
buf = b""
deadline = time.monotonic() + 10
while buf.count(b"\n") < 2 and time.monotonic() < deadline:
    r, _, _ = select.select([master], [], [], max(0, deadline - time.monotonic()))
    if not r:
        break
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    buf += chunk
p.stdin.close()
p.wait()
sys.stdout.write(buf.decode("utf-8").replace("\r\n", "\n"))
EOF
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"d","n":0,"para":0,"start":0,"end":10,"text":"First one."}' ]
	[ "${lines[1]}" = '{"doc":"d","n":1,"para":0,"start":11,"end":22,"text":"Second one."}' ]
}

# --- abbreviations and the data directory ---------------------------------------

@test "--abbrev: a custom file that adds an abbreviation changes the split" {
	printf '{"id":"d","text":"Call Xyz. Smith now."}\n' >in
	run --separate-stderr "$WS" <in
	[ "$status" -eq 0 ]
	[ "$(jq -r .text <<<"$output" | tr '\n' '|')" = "Call Xyz.|Smith now.|" ]
	cp "$WIRE_DATADIR/abbrev.txt" my-abbrev.txt
	printf 'TITLE Xyz.\n' >>my-abbrev.txt
	run --separate-stderr "$WS" --abbrev my-abbrev.txt <in
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '{"doc":"d","n":0,"para":0,"start":0,"end":20,"text":"Call Xyz. Smith now."}' ]
}

@test "--abbrev with a missing file exits 2 with a message naming it" {
	printf '{"text":"One."}\n' >in
	run --separate-stderr "$WS" --abbrev nosuch-abbrev.txt <in
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ $stderr == "wire-split: nosuch-abbrev.txt: "* ]]
	[[ $stderr == *"cannot open"* || $stderr == *"No such file or directory"* ]]
	[ "${#stderr_lines[@]}" -eq 1 ]
}

@test "--abbrev with a bad line exits 2 with a message naming the line" {
	printf '# comment\nTITLE Mr.\nBOGUS Xyz.\n' >bad-abbrev.txt
	printf '{"text":"One."}\n' >in
	run --separate-stderr "$WS" --abbrev bad-abbrev.txt <in
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ $stderr == "wire-split: bad-abbrev.txt: "*"line 3"* ]]
	[ "${#stderr_lines[@]}" -eq 1 ]
}

@test "abbrev.txt is found in \$WIRE_DATADIR first" {
	mkdir d
	cp "$WIRE_DATADIR/abbrev.txt" d/abbrev.txt
	printf 'TITLE Xyz.\n' >>d/abbrev.txt
	printf '{"text":"Call Xyz. Smith now."}\n' >in
	run --separate-stderr env WIRE_DATADIR="$PWD/d" "$WS" <in
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "abbrev.txt is found beside the program (../share/wire, ../data), else not at all" {
	mkdir -p p/bin p/share/wire p/data empty
	cp "$WS" p/bin/wire-split
	cp "$WIRE_DATADIR/abbrev.txt" p/share/wire/abbrev.txt
	printf 'TITLE Xyz.\n' >>p/share/wire/abbrev.txt
	printf 'TITLE Abc.\n' >p/data/abbrev.txt
	printf '{"text":"Call Xyz. Smith now. Call Abc. Jones now."}\n' >in
	run --separate-stderr env WIRE_DATADIR="$PWD/empty" p/bin/wire-split <in
	[ "$status" -eq 0 ]
	[ "$(jq -r .text <<<"$output" | tr '\n' '|')" = "Call Xyz. Smith now.|Call Abc.|Jones now.|" ]
	rm p/share/wire/abbrev.txt
	run --separate-stderr env WIRE_DATADIR="$PWD/empty" p/bin/wire-split <in
	[ "$status" -eq 0 ]
	[ "$(jq -r .text <<<"$output" | tr '\n' '|')" = "Call Xyz.|Smith now.|Call Abc. Jones now.|" ]
	rm p/data/abbrev.txt
	# The installed data directory comes last; it is compiled in.
	installed=$(tr -c '[:print:]' '\n' <"$WS" | grep -E '^/.*/share/wire$' |
	    grep -v '^/\.\./' | head -n 1 || true)
	if [ -n "$installed" ] && [ -e "$installed/abbrev.txt" ]; then
		skip "an installed $installed/abbrev.txt would be found"
	fi
	run --separate-stderr env WIRE_DATADIR="$PWD/empty" p/bin/wire-split <in
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: abbrev.txt: data file not found (set WIRE_DATADIR or use --abbrev)" ]
}

# --- the seed reports ------------------------------------------------------------

@test "seeds.jsonl holds each seed report, as regen.sh makes it" {
	n=0
	for f in "$FIX"/seeds/*.txt; do
		name=${f##*/}
		id=${name%.txt}
		id=${id#*_}
		jq -Rsc --arg id "$id" --arg url "file:$name" \
		    '{id: $id, url: $url, text: .}' "$f"
		n=$((n + 1))
	done >want.jsonl
	[ "$n" -eq 5 ]
	# Compared as JSON, so another jq's string escapes do not matter.
	jq -c . want.jsonl >a
	jq -c . "$FIX/split/seeds.jsonl" >b
	cmp a b
}

@test "golden: wire-split on the seed reports gives seeds.golden byte for byte" {
	run --separate-stderr "$WS" "$FIX/split/seeds.jsonl"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	"$WS" "$FIX/split/seeds.jsonl" >out
	# On a deliberate splitter change: sh tests/fixtures/split/regen.sh
	diff -u "$FIX/split/seeds.golden" out
}

@test "seeds: offsets slice every sentence out of its report (jq and Python)" {
	"$WS" "$FIX/split/seeds.jsonl" >sents.jsonl
	[ "$(wc -l <sents.jsonl)" -ge 50 ]
	run jq_slice_mismatches "$FIX/split/seeds.jsonl" sents.jsonl
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	run py_slice_check "$FIX/split/seeds.jsonl" sents.jsonl
	[ "$status" -eq 0 ]
	[ "$output" = "checked $(wc -l <sents.jsonl)" ]
}

@test "seeds: --raw on each report gives the sentences of the record form" {
	"$WS" "$FIX/split/seeds.jsonl" >all
	for f in "$FIX"/seeds/*.txt; do
		name=${f##*/}
		"$WS" --raw "$f" | jq -c '[.n, .para, .start, .end, .text]' >raw
		jq -c --arg url "file:$name" 'select(.url == $url) | [.n, .para, .start, .end, .text]' \
		    all >rec
		[ -s raw ]
		cmp raw rec
	done
}

@test "seeds: 'Dec. 4' does not end a sentence" {
	"$WS" "$FIX/split/seeds.jsonl" >out
	jq -e -s 'map(select(.text == "The comprehensive strategic partnership treaty went into effect Dec. 4, when the two sides signed protocol on exchanging the ratification instruments, according to the Korean Central News Agency (KCNA).")) | length == 1' out
}

@test "seeds: 'U.S. Secretary of Defense' is not cut after U.S." {
	"$WS" "$FIX/split/seeds.jsonl" >out
	jq -e -s 'map(select(.text | startswith("U.S. Secretary of Defense Lloyd Austin, who is on a tour of Europe,"))) | length == 1' out
	jq -e -s 'map(select(.text | endswith("U.S."))) | length == 0' out
}

@test "seeds: 'Go Eun-hee reports.' is a sentence of its own" {
	"$WS" "$FIX/split/seeds.jsonl" >out
	jq -e -s 'map(select(.text == "Go Eun-hee reports.")) | length == 1' out
}

@test "seeds: the headline 'Top 10 Stories' is a sentence of its own" {
	"$WS" "$FIX/split/seeds.jsonl" >out
	jq -e -s 'map(select(.text == "Top 10 Stories")) | length == 1' out
}

@test "seeds: the headline 'Hot this week' is a sentence of its own" {
	"$WS" "$FIX/split/seeds.jsonl" >out
	jq -e -s 'map(select(.text == "Hot this week")) | length == 1' out
}

# --- the manual pages ------------------------------------------------------------

@test "man: the SYNOPSIS of wire-split(1) is the --help usage" {
	syn=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$MAN1" | sed -e '1d' -e '$d' |
	    sed -e 's/^\.br$/|BR|/' -e 's/^\.[A-Z][A-Z]* *//' \
	    -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\ / /g' |
	    tr -s ' \n' '  ')
	use=$("$WS" --help | sed -e '1s/^usage: //' -e '2,$s/^ *//' |
	    sed -e 's/^\(wire-split --help\)/|BR| \1/' | tr -s ' \n' '  ')
	echo "man:   $syn"
	echo "usage: $use"
	[ "$syn" = "$use" ]
}

@test "man: the EXAMPLES of wire-split(1) are the commands tested here" {
	run man_example_commands
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq "${#MAN_EXAMPLES[@]}" ]
	for i in "${!MAN_EXAMPLES[@]}"; do
		echo "man: ${lines[$i]}"
		echo "here: ${MAN_EXAMPLES[$i]}"
		[ "${lines[$i]}" = "${MAN_EXAMPLES[$i]}" ]
	done
}

@test "man: wire-split.1 and wire.7 render without warnings" {
	command -v groff >/dev/null || skip "groff is not installed"
	for m in "$MAN1" "$ROOT/man/wire.7"; do
		run --separate-stderr groff -man -Tutf8 -ww -z "$m"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
	done
}

# Fixtures for the man examples.
man_fixtures()
{
	printf 'Seoul, Dec. 6 (Yonhap) -- The treaty took effect. It was signed in June.\n\nMore follows.\n' >report.txt
	printf '%s\n' \
	    '{"id":"d1","lang":"en","site":"KBS","text":"One. Two."}' \
	    '{"id":"d2","lang":"ko","text":"북한과 러시아. 조약이 발효됐다."}' >docs.jsonl
}

@test "man example 1: jq -Rsc '{text: .}' report.txt | wire-split" {
	man_fixtures
	PATH=$WIRE_BIN:$PATH run --separate-stderr bash -c "${MAN_EXAMPLES[0]}"
	[ "$status" -eq 0 ]
	[ "$(jq -r .text <<<"$output" | tr '\n' '|')" = "Seoul, Dec. 6 (Yonhap) -- The treaty took effect.|It was signed in June.|More follows.|" ]
	# The output shown in the man page.
	[ "${lines[0]%%\"text\":*}" = '{"doc":"324e001eb1b6a7f0","n":0,"para":0,"start":0,"end":49,' ]
	[ "${lines[1]%%\"text\":*}" = '{"doc":"324e001eb1b6a7f0","n":1,"para":0,"start":50,"end":72,' ]
	[ "${lines[2]%%\"text\":*}" = '{"doc":"324e001eb1b6a7f0","n":2,"para":1,"start":74,"end":87,' ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "man example 2: wire-split --raw report.txt | jq -r .text" {
	man_fixtures
	PATH=$WIRE_BIN:$PATH run --separate-stderr bash -c "${MAN_EXAMPLES[1]}"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "Seoul, Dec. 6 (Yonhap) -- The treaty took effect." ]
	[ "${lines[1]}" = "It was signed in June." ]
	[ "${lines[2]}" = "More follows." ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "man example 3: wire-split --nest docs.jsonl | jq '.sentences | length'" {
	man_fixtures
	PATH=$WIRE_BIN:$PATH run --separate-stderr bash -c "${MAN_EXAMPLES[2]}"
	[ "$status" -eq 0 ]
	[ "$output" = $'2\n2' ]
}

@test "man example 4: wire-split --carry lang,site docs.jsonl" {
	man_fixtures
	PATH=$WIRE_BIN:$PATH run --separate-stderr bash -c "${MAN_EXAMPLES[3]}"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"d1","n":0,"para":0,"start":0,"end":4,"text":"One.","lang":"en","site":"KBS"}' ]
	[ "${lines[1]}" = '{"doc":"d1","n":1,"para":0,"start":5,"end":9,"text":"Two.","lang":"en","site":"KBS"}' ]
	[ "${lines[2]}" = '{"doc":"d2","n":0,"para":0,"start":0,"end":8,"text":"북한과 러시아.","lang":"ko"}' ]
	[ "${lines[3]}" = '{"doc":"d2","n":1,"para":0,"start":9,"end":18,"text":"조약이 발효됐다.","lang":"ko"}' ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "man example 5: wire-split --errors rejected.jsonl --stats docs.jsonl >sentences.jsonl" {
	man_fixtures
	PATH=$WIRE_BIN:$PATH run --separate-stderr bash -c "${MAN_EXAMPLES[4]}"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	[ "$stderr" = "wire-split: stats: 2 in, 4 out, 0 rejected, 0 passed through" ]
	[ "$(wc -l <sentences.jsonl)" -eq 4 ]
	[ -f rejected.jsonl ]
	[ ! -s rejected.jsonl ]
}

@test "a report without published is dated downstream by the fetched_at its sentences carry" {
	printf '%s\n' '{"id":"d","fetched_at":"2024-12-06T08:00:00Z","text":"The treaty took effect yesterday. Officials met on Wednesday."}' >in
	"$WS" in | "$WIRE_BIN/wire-tag" --no-entities >out
	run jq -r '.ref_source + " " + (.dates | map(.value) | join(","))' out
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "fetched_at 2024-12-05" ]
	[ "${lines[1]}" = "fetched_at 2024-12-04" ]
	[ "${#lines[@]}" -eq 2 ]
}
