#!/usr/bin/env bats
# wire-train: options, usage errors, training on the sample CoNLL file and
# tagging with the model through wire-tag --model and through a data
# directory, bad input, and the manual.  Fixture:
# tests/fixtures/ner/train-sample.conll (see its README).

bats_require_minimum_version 1.5.0

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=$(cd "${WIRE_BIN:-$root/bin}" && pwd)
	sample=$root/tests/fixtures/ner/train-sample.conll
	export WIRE_DATADIR=${WIRE_DATADIR:-$root/data}
	tmp=$BATS_TEST_TMPDIR
	man1=$root/man/wire-train.1
}

# "text/TYPE ..." of the entities of each record on stdin
ents()
{
	jq -r '[.entities[] | .text + "/" + .type] | join(" ")'
}

# Writes n sentences in which the made-up word Zorblat is a place.
zorblat()
{
	i=0
	while [ "$i" -lt "$1" ]; do
		printf 'Zorblat\tB-LOC\nannounced\tO\nresults\tO\n.\tO\n\n'
		printf 'Shares\tO\nof\tO\nZorblat\tB-LOC\nrose\tO\n.\tO\n\n'
		i=$((i + 1))
	done
}

@test "--help prints the usage; --version the version" {
	run --separate-stderr "$bin/wire-train" --help
	[ "$status" -eq 0 ]
	[[ "$output" == "usage: wire-train "* ]]
	[ "$stderr" = "" ]
	run "$bin/wire-train" -h
	[ "$status" -eq 0 ]
	run --separate-stderr "$bin/wire-train" --version
	[ "$status" -eq 0 ]
	[ "$output" = "wire-train (wire) $(sed -n 's/^VERSION = //p' "$root/Makefile")" ]
}

@test "usage errors exit 2 with the usage or a message, and write nothing" {
	cd "$tmp"
	run --separate-stderr "$bin/wire-train"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "usage: wire-train "* ]]
	for a in "--epochs 0" "--epochs x" "--epochs 3x" "--prune -1" "--prune w" \
	    "--seed -1" "--seed 1.5" "--no-such-option"; do
		run --separate-stderr "$bin/wire-train" $a --output m.bin "$sample"
		echo "$a: $status $stderr"
		[ "$status" -eq 2 ]
		[[ "$stderr" == "wire-train: "* ]] || [[ "$stderr" == *usage* ]]
		[ ! -e m.bin ]
	done
	run --separate-stderr "$bin/wire-train" --epochs 0 "$sample"
	[[ "$stderr" == *"--epochs"*'"0"'* ]]
	run --separate-stderr "$bin/wire-train" "$sample" --output
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"--output"* ]]
}

@test "trains on the sample into a temporary file, and wire-tag --model uses it" {
	run --separate-stderr "$bin/wire-train" --epochs 5 --output "$tmp/m.bin" "$sample"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	# progress on stderr, one line a pass
	[ "$(echo "$stderr" | grep -c '^epoch ')" -eq 5 ]
	[ -s "$tmp/m.bin" ]
	[ "$(head -c 8 "$tmp/m.bin")" = WNERMOD1 ]
	echo '{"text":"Founding member Kojima Minoru played guitar with Killing Joke in London."}' |
	    "$bin/wire-tag" --no-dates --model "$tmp/m.bin" >"$tmp/out"
	run ents <"$tmp/out"
	echo "$output"
	[[ "$output" == *"Kojima Minoru/PERSON"* ]]
	[[ "$output" == *"London/LOC"* ]]
	# the same data and seed give the same model; --quiet says nothing
	run --separate-stderr "$bin/wire-train" --quiet --epochs 5 --output "$tmp/m2.bin" "$sample"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	cmp "$tmp/m.bin" "$tmp/m2.bin"
}

@test "the model decides: a made-up place, through --model and WIRE_DATADIR" {
	zorblat 40 >"$tmp/z.conll"
	"$bin/wire-train" -q --output "$tmp/z.bin" "$tmp/z.conll"
	echo '{"text":"Yesterday Zorblat announced results."}' >"$tmp/in"
	run sh -c "'$bin/wire-tag' --no-dates --model '$tmp/z.bin' '$tmp/in' | jq -r '.entities[] | select(.text == \"Zorblat\") | .type'"
	[ "$output" = LOC ]
	# a data directory of its own: the gazetteers and dates of data/, the
	# new model as ner/model.bin
	mkdir -p "$tmp/d/ner"
	cp "$root"/data/ner/gaz-*.tsv "$tmp/d/ner/"
	cp -R "$root/data/timex" "$tmp/d/"
	cp "$tmp/z.bin" "$tmp/d/ner/model.bin"
	WIRE_DATADIR=$tmp/d "$bin/wire-tag" "$tmp/in" >"$tmp/a"
	"$bin/wire-tag" --model "$tmp/z.bin" "$tmp/in" >"$tmp/b"
	cmp "$tmp/a" "$tmp/b"
	# and wire-train's default output is that directory's model
	rm "$tmp/d/ner/model.bin"
	WIRE_DATADIR=$tmp/d "$bin/wire-train" -q "$tmp/z.conll"
	cmp "$tmp/z.bin" "$tmp/d/ner/model.bin"
}

@test "FILE*N counts a file's sentences N times" {
	zorblat 5 >"$tmp/z.conll"
	for i in 1 2 3; do cat "$tmp/z.conll"; done >"$tmp/z3.conll"
	"$bin/wire-train" -q --seed 3 --output "$tmp/a.bin" "$tmp/z.conll*3"
	"$bin/wire-train" -q --seed 3 --output "$tmp/b.bin" "$tmp/z3.conll"
	[ -s "$tmp/a.bin" ]
	run "$bin/wire-train" -q --output "$tmp/c.bin" "$tmp/none.conll*3"
	[ "$status" -eq 1 ]
}

@test "bad input: exit 1 with the reason, and no model written" {
	cd "$tmp"
	run --separate-stderr "$bin/wire-train" -q --output m.bin "$tmp/none.conll"
	[ "$status" -eq 1 ]
	[[ "$stderr" == "wire-train: "*"none.conll"* ]]
	printf 'garbage\n' >bad.conll
	run --separate-stderr "$bin/wire-train" -q --output m.bin bad.conll
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-train: bad.conll:1: no tag" ]
	: >empty.conll
	run --separate-stderr "$bin/wire-train" -q --output m.bin empty.conll
	[ "$status" -eq 1 ]
	[[ "$stderr" == "wire-train: "*sentences* ]]
	[ ! -e m.bin ]
	# an output that cannot be written
	run --separate-stderr "$bin/wire-train" -q --output "$tmp/no/dir/m.bin" "$sample"
	[ "$status" -eq 1 ]
	[[ "$stderr" == "wire-train: "*"m.bin"* ]]
	# a data directory without gazetteers
	run --separate-stderr "$bin/wire-train" -q --datadir "$tmp" --output m.bin "$sample"
	[ "$status" -eq 1 ]
	[[ "$stderr" == *"gaz-"* ]]
	[ ! -e m.bin ]
}

@test "man: the SYNOPSIS of wire-train(1) is the --help usage" {
	syn=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$man1" | sed -e '1d' -e '$d' |
	    sed -e 's/^\.br$/|BR|/' -e 's/^\.[A-Z][A-Z]* *//' \
	    -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\ / /g' |
	    tr -s ' \n' '  ')
	use=$("$bin/wire-train" --help | sed -e '1s/^usage: //' -e '2,$s/^ *//' |
	    sed -e 's/^\(wire-train --help\)/|BR| \1/' | tr -s ' \n' '  ')
	echo "man:   $syn"
	echo "usage: $use"
	[ "$syn" = "$use" ]
}

@test "man: wire-train.1 renders without warnings" {
	command -v groff >/dev/null || skip "groff is not installed"
	run --separate-stderr groff -k -man -Tutf8 -ww -z "$man1"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "man: the EXAMPLES run" {
	cmds=$(sed -n '/^\.SH EXAMPLES/,/^\.SH /p' "$man1" | sed -n '/^\.EX/,/^\.EE/p' |
	    sed -n 's/^\$ //p' | sed -e 's/\\-/-/g' -e "s/\\\\(aq/'/g")
	[ "$(echo "$cmds" | wc -l)" -eq 3 ]
	cd "$tmp"
	cp "$sample" train.conll
	mkdir -p data/ner
	cp "$root"/data/ner/gaz-*.tsv data/ner/
	head -n 300 "$sample" >a.conll
	cp a.conll b.conll
	cp a.conll c.conll
	# 1 and 2: train, then tag with the model
	run env PATH="$bin:$PATH" sh -c "$(echo "$cmds" | sed -n 1,2p)"
	[ "$status" -eq 0 ]
	[[ "$(echo "$output" | ents)" == *"Kojima Minoru/PERSON"* ]]
	# 3: retrain into data/ner/model.bin
	run env PATH="$bin:$PATH" sh -c "$(echo "$cmds" | sed -n 3p) 2>/dev/null"
	[ "$status" -eq 0 ]
	[ -s data/ner/model.bin ]
}
