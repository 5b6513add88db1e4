#!/usr/bin/env bats
# wire-parallel: the output is the serial run's, documents stay whole,
# exit statuses, refused stages, an sshloginfile (":" is this machine).

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=${WIRE_BIN:-$root/bin}
	export WIRE_BIN=$bin WIRE_DATADIR=${WIRE_DATADIR:-$root/data}
	par=$root/scripts/wire-parallel
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/parallel.XXXXXX")
	for i in 1 2 3 4; do
		for f in "$root"/tests/fixtures/seeds/*.txt; do
			jq -Rsc --arg u "https://x.example/$i/${f##*/}" '{url: $u, text: .}' "$f"
		done
	done >"$tmp/docs.jsonl"
}

teardown()
{
	rm -rf "$tmp"
}

# A per-document stage: the number of consecutive records of each doc.
runs='awk '\''{ match($0, /"doc":"[^"]*"/); d = substr($0, RSTART, RLENGTH);
	if (NR > 1 && d != p) { print p, c; c = 0 } p = d; c++ } END { if (NR) print p, c }'\'''

@test "wire-split over 2 jobs gives the serial output" {
	"$bin/wire-split" "$tmp/docs.jsonl" >"$tmp/serial"
	sh "$par" -j 2 --block 20k wire-split "$tmp/docs.jsonl" >"$tmp/par"
	cmp "$tmp/serial" "$tmp/par"
	[ -s "$tmp/par" ]
	# --block -N: N parts a job slot
	sh "$par" -j 2 --block -3 wire-split "$tmp/docs.jsonl" >"$tmp/par"
	cmp "$tmp/serial" "$tmp/par"
	run sh "$par" --block -x wire-split "$tmp/docs.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"--block: not a number of blocks a job slot: -x"* ]]
}

@test "a chain over 2 jobs gives the serial output, from standard input too" {
	[ -x "$bin/wire-tag" ] || skip "wire-tag is not built yet"
	"$bin/wire-split" "$tmp/docs.jsonl" | "$bin/wire-tag" >"$tmp/serial"
	sh "$par" -j 2 --block 30k 'wire-split | wire-tag' <"$tmp/docs.jsonl" >"$tmp/par"
	cmp "$tmp/serial" "$tmp/par"
}

@test "blocks are cut only between documents" {
	"$bin/wire-split" "$tmp/docs.jsonl" >"$tmp/sents"
	sh -c "$runs" <"$tmp/sents" >"$tmp/serial"
	sh "$par" -j 2 --block 2k "$runs" "$tmp/sents" >"$tmp/par"
	cmp "$tmp/serial" "$tmp/par"
	# Cut anywhere, the same stage sees broken documents.
	sh "$par" -j 2 --block 2k --by-record "$runs" "$tmp/sents" >"$tmp/rec"
	! cmp -s "$tmp/serial" "$tmp/rec"
}

@test "--sshloginfile: jobs go to the machines listed (':' is this one)" {
	printf '2/:\n' >"$tmp/hosts"
	"$bin/wire-split" "$tmp/docs.jsonl" >"$tmp/serial"
	sh "$par" --sshloginfile "$tmp/hosts" --block 20k wire-split "$tmp/docs.jsonl" >"$tmp/par"
	cmp "$tmp/serial" "$tmp/par"
}

@test "exit status: the worst of the jobs' stages" {
	printf '%s\n' '{"text":"A b."}' 'not json' >"$tmp/bad"
	run sh "$par" -j 2 wire-split "$tmp/bad"
	[ "$status" -eq 1 ]
	run sh "$par" -j 2 'wire-split | sh -c "cat; exit 2"' "$tmp/docs.jsonl"
	[ "$status" -eq 2 ]
	# A stage before the last counts too, on this machine and over ssh.
	run sh "$par" -j 2 'wire-split | cat' "$tmp/bad"
	[ "$status" -eq 1 ]
	printf '2/:\n' >"$tmp/hosts"
	run sh "$par" --sshloginfile "$tmp/hosts" 'wire-split | cat' "$tmp/bad"
	[ "$status" -eq 1 ]
	run sh "$par" -j 2 wire-split </dev/null
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "stages with state across documents are refused" {
	run sh "$par" 'wire-split | wire-dedup' "$tmp/docs.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"wire-dedup keeps state across documents"* ]]
	run sh "$par" wire-load "$tmp/docs.jsonl"
	[ "$status" -eq 2 ]
	run sh "$par" -j x wire-split
	[ "$status" -eq 2 ]
	run sh "$par" --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: wire-parallel [-j N]"* ]]
}

@test "man page examples run" {
	cd "$tmp"
	PATH=$root/scripts:$bin:$PATH
	printf '2/:\n' >hosts
	# EXAMPLE 1
	wire-parallel -j 2 wire-split docs.jsonl >sentences.jsonl
	# EXAMPLE 2
	wire-parallel --block 4M 'wire-split | wire-tag' docs.jsonl | wire-load --db news.db
	# EXAMPLE 3
	wire-parallel --sshloginfile hosts wire-tag sentences.jsonl >tagged.jsonl
	[ "$(grep -c '' tagged.jsonl)" -eq "$(grep -c '' sentences.jsonl)" ]
	[ "$(sqlite3 news.db 'SELECT count(*) FROM sentences')" -eq "$(grep -c '' sentences.jsonl)" ]
}
