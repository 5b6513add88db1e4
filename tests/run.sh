#!/bin/sh
# run.sh: runs wire's whole test suite and counts passes and failures.
#
# Environment (set by make check and make asan):
#   WIRE_BIN      directory of the programs (default bin)
#   WIRE_UNITS    directory of the C unit-test binaries (default build/tests)
#   WIRE_DATADIR  data directory (default data)
#   FUZZ_TIME     seconds per fuzzer; 0 runs none (default 0)
#   UNIT_TIMEOUT  seconds a unit-test binary may take (default 300)
#
# Runs, in order: the style check, every unit-test binary (TAP), every
# tests/*.bats suite (bats --tap) and, when FUZZ_TIME > 0, every fuzzer in
# build/fuzz/.  Each TAP "ok" or "not ok" line is one test; the style check,
# a unit binary that fails without a failing TAP line, a bats suite that
# cannot run and each fuzzer count as one.  The output of what failed is
# shown; the last line is "N passed, N failed".  Exits 0 when none failed.
set -u

cd "$(dirname "$0")/.." || exit 2
root=$(pwd)

abspath()
{
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s\n' "$root/$1" ;;
	esac
}

WIRE_BIN=$(abspath "${WIRE_BIN:-bin}")
WIRE_UNITS=$(abspath "${WIRE_UNITS:-build/tests}")
WIRE_DATADIR=$(abspath "${WIRE_DATADIR:-data}")
FUZZ_TIME=${FUZZ_TIME:-0}
UNIT_TIMEOUT=${UNIT_TIMEOUT:-300}
export WIRE_BIN WIRE_UNITS WIRE_DATADIR FUZZ_TIME

case $FUZZ_TIME in
''|*[!0-9]*)
	echo "run.sh: FUZZ_TIME must be a number of seconds: $FUZZ_TIME" >&2
	exit 2
	;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

passed=0
failed=0

# Counts TAP results in file $1: sets tap_pass, tap_fail, tap_plan (-1
# when there is no plan) and tap_bail (1 after "Bail out!").  A "not ok"
# marked # TODO passes, as TAP says.
# shellcheck disable=SC2046 # the awk output is four numbers
tap_count()
{
	set -- $(awk '
		/^ok([ \t]|$)/ { p++; next }
		/^not ok([ \t]|$)/ {
			if ($0 ~ /#[ \t]*[Tt][Oo][Dd][Oo]/)
				p++
			else
				f++
			next
		}
		/^1\.\.[0-9]+/ { if (plan < 0) plan = substr($1, 4) + 0 }
		/^Bail out!/ { bail = 1 }
		BEGIN { p = 0; f = 0; plan = -1; bail = 0 }
		END { print p, f, plan, bail }
	' "$1")
	tap_pass=$1
	tap_fail=$2
	tap_plan=$3
	tap_bail=$4
}

# Shows the output of a failed test without its passing TAP lines.
show()
{
	grep -Ev '^ok([[:space:]]|$)' "$1" | sed 's/^/    /'
}

# Counts what a TAP producer did: name, exit status, output file.  A run
# that exits non-zero, bails out, prints no TAP or stops short of its plan
# without a failing TAP line is one failure more.
tap_result()
{
	name=$1
	rc=$2
	out=$3
	tap_count "$out"
	extra=0
	why=
	if [ "$tap_fail" -eq 0 ]; then
		ntap=$((tap_pass + tap_fail))
		if [ "$rc" -ne 0 ]; then
			extra=1
			why="exit status $rc"
			[ "$rc" -eq 124 ] && why="timed out"
			if [ "$rc" -gt 128 ] && [ "$rc" -lt 160 ]; then
				why="killed by signal $((rc - 128))"
			fi
		elif [ "$tap_bail" -eq 1 ]; then
			extra=1
			why="bailed out"
		elif [ "$tap_plan" -lt 0 ] && [ "$ntap" -eq 0 ]; then
			extra=1
			why="no TAP output"
		elif [ "$tap_plan" -ge 0 ] && [ "$tap_plan" -ne "$ntap" ]; then
			extra=1
			why="planned $tap_plan tests, ran $ntap"
		fi
	fi
	passed=$((passed + tap_pass))
	failed=$((failed + tap_fail + extra))
	if [ "$tap_fail" -gt 0 ] || [ "$extra" -gt 0 ]; then
		if [ "$tap_fail" -gt 0 ]; then
			why="$tap_fail of $((tap_pass + tap_fail)) failed"
		else
			why="$why after $tap_pass passed"
		fi
		echo "FAIL: $name: $why"
		show "$out"
	else
		echo "pass: $name: $tap_pass"
	fi
}

# (a) Style.
if sh scripts/check-style.sh >"$tmp/style.out" 2>&1; then
	passed=$((passed + 1))
	echo "pass: style"
else
	failed=$((failed + 1))
	echo "FAIL: style"
	sed 's/^/    /' "$tmp/style.out"
fi

# (b) C unit tests.
if [ -d "$WIRE_UNITS" ]; then
	for t in "$WIRE_UNITS"/*; do
		[ -f "$t" ] && [ -x "$t" ] || continue
		name=unit/${t##*/}
		if command -v timeout >/dev/null 2>&1; then
			timeout "$UNIT_TIMEOUT" "$t" </dev/null >"$tmp/unit.out" 2>&1
		else
			"$t" </dev/null >"$tmp/unit.out" 2>&1
		fi
		tap_result "$name" $? "$tmp/unit.out"
	done
fi

# (c) bats suites, one run each so that a broken suite spoils only itself.
for b in tests/*.bats; do
	[ -f "$b" ] || continue
	name=bats/${b##*/}
	if ! command -v bats >/dev/null 2>&1; then
		failed=$((failed + 1))
		echo "FAIL: $name: bats is not installed (sh scripts/deps.sh)"
		continue
	fi
	bats --tap "$b" </dev/null >"$tmp/bats.out" 2>&1
	tap_result "$name" $? "$tmp/bats.out"
done

# (d) Bounded fuzzing: each fuzzer is one test; a crash fails it.
if [ "$FUZZ_TIME" -gt 0 ] && [ -d build/fuzz ]; then
	for f in build/fuzz/*; do
		[ -f "$f" ] && [ -x "$f" ] || continue
		n=${f##*/}
		name=fuzz/$n
		mkdir -p "$tmp/corpus-$n"
		set -- "$tmp/corpus-$n"
		[ -d "tests/fuzz/corpus/$n" ] && set -- "$@" "tests/fuzz/corpus/$n"
		[ -f tests/fuzz/json.dict ] && set -- -dict=tests/fuzz/json.dict "$@"
		"$f" -max_total_time="$FUZZ_TIME" -timeout=10 \
		    -artifact_prefix="build/fuzz/$n-" "$@" \
		    </dev/null >"$tmp/fuzz.log" 2>&1
		rc=$?
		if [ "$rc" -eq 0 ]; then
			passed=$((passed + 1))
			echo "pass: $name: $(grep -o 'Done [0-9]* runs' \
			    "$tmp/fuzz.log" | tail -n 1)"
		else
			failed=$((failed + 1))
			echo "FAIL: $name: exit status $rc (the input is kept as" \
			    "build/fuzz/$n-*)"
			# The sanitizer's report first when the tail has not got it.
			total=$(wc -l <"$tmp/fuzz.log")
			start=$(grep -n -m 1 -E '==ERROR:|runtime error:|deadly signal' \
			    "$tmp/fuzz.log" | cut -d: -f1)
			if [ -n "$start" ] && [ "$start" -le $((total - 30)) ]; then
				sed -n "$start,$((start + 15))p" "$tmp/fuzz.log" |
				    sed 's/^/    /'
				echo "    ..."
			fi
			tail -n 30 "$tmp/fuzz.log" | sed 's/^/    /'
		fi
	done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
