#!/usr/bin/env bats
# wire-collect: a collection run, its lock, its archive and log, stages not
# built, a failing stage, a run killed in the middle and overlapping runs.
# Feeds are fetched by the real wire-fetch from the loopback test server
# (tests/fixtures/fetch/server.py, as in wire-fetch.bats): its /news.xml
# lists two stories, and from the second request on (per ?t=NAME) a third
# that is the first under a byline.  Larger inputs are files of records
# (file:PATH lines).

setup_file()
{
	python3 "$BATS_TEST_DIRNAME/fixtures/fetch/server.py" \
	    "$BATS_FILE_TMPDIR/port" >"$BATS_FILE_TMPDIR/server.log" 2>&1 &
	echo $! >"$BATS_FILE_TMPDIR/server.pid"
	for _ in $(seq 100); do
		[ -s "$BATS_FILE_TMPDIR/port" ] && break
		sleep 0.1
	done
	[ -s "$BATS_FILE_TMPDIR/port" ]
}

teardown_file()
{
	kill "$(cat "$BATS_FILE_TMPDIR/server.pid")" 2>/dev/null || true
}

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=${WIRE_BIN:-$root/bin}
	export WIRE_DATADIR=${WIRE_DATADIR:-$root/data}
	collect=$root/scripts/wire-collect
	srv="http://127.0.0.1:$(cat "$BATS_FILE_TMPDIR/port")"
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/collect.XXXXXX")
	# A run killed with -9 cannot remove its scratch directory: keep it here.
	mkdir "$tmp/scratch"
	export TMPDIR=$tmp/scratch
	printf '# test feeds\n\nfile:%s\n' "$root/tests/fixtures/dedup/docs.jsonl" >"$tmp/sources"
}

teardown()
{
	rm -rf "$tmp"
}

dump()
{
	sqlite3 "$1" <"$root/tests/fixtures/load/dump.sql"
}

# N generated documents as a sources file at $tmp/big.
big_sources()
{
	python3 "$root/tests/fixtures/collect/gen.py" "$1" >"$tmp/big.jsonl"
	printf 'file:%s\n' "$tmp/big.jsonl" >"$tmp/big"
}

@test "a run loads, archives by day, logs a summary and leaves no spool" {
	printf '%s/news.xml?t=first\n' "$srv" >>"$tmp/sources"
	run env WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	[ "$status" -eq 0 ]
	[ -z "$(ls "$tmp/w/spool")" ]
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents WHERE id = "a1"')" -eq 1 ]
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents WHERE id = "b1"')" -eq 0 ]
	# The feed's stories, with the feed's title and day.
	[ "$(sqlite3 "$tmp/w/news.db" "SELECT title || ' ' || day FROM documents
	    WHERE url = '$srv/story/2'")" = "Floods in the south 2024-12-04" ]
	[ "$(sqlite3 "$tmp/w/news.db" "SELECT count(*) FROM sentences
	    WHERE doc = (SELECT id FROM documents WHERE url = '$srv/story/1')")" -eq 4 ]
	set -- "$tmp"/w/archive/*/*.jsonl
	[ -f "$1" ]
	[[ "$1" == */archive/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/* ]]
	# wire-strip moves d1's byline to its authors: d1 is then a1 word for
	# word, and wire-dedup drops it.
	[ "$(jq -r '.doc // .id // empty' "$1" | grep -v '^[0-9a-f]\{16\}$' |
	    sort -u | tr '\n' ' ')" = "a1 e1 h1 " ]
	[ "$(jq -r 'select(.url != null and (.url | contains("/story/"))) | .doc' "$1" |
	    sort -u | wc -l)" -eq 2 ]
	tail -n 1 "$tmp/w/collect.log" >"$tmp/last"
	grep -q 'wire-fetch 1 in, 2 out, 0 rejected, 0 failed, 0 unchanged' "$tmp/last"
	grep -q 'wire-strip 12 in, 12 out, 0 rejected' "$tmp/last"
	grep -q 'wire-dedup 12 in, 7 out, 0 rejected, 5 duplicates' "$tmp/last"
	grep -q 'wire-load [0-9]* in, [0-9]* out, 0 rejected' "$tmp/last"
	grep -q '; ok$' "$tmp/last"
}

@test "feeds: a run fetches only what is new, a copy is dropped" {
	printf '%s/news.xml?t=new\n' "$srv" >"$tmp/feeds"
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/feeds"
	grep -q 'wire-fetch 1 in, 2 out, .*; ok$' "$tmp/w/collect.log"
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents')" -eq 2 ]
	dump "$tmp/w/news.db" >"$tmp/1"
	# The feed now has a third story, the first under a byline: only it is
	# fetched, and wire-dedup knows it from the last run.
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/feeds"
	tail -n 1 "$tmp/w/collect.log" >"$tmp/last"
	grep -q 'wire-fetch 1 in, 1 out, 0 rejected' "$tmp/last"
	grep -q 'wire-dedup 1 in, 0 out, 0 rejected, 1 duplicates' "$tmp/last"
	dump "$tmp/w/news.db" >"$tmp/2"
	diff "$tmp/1" "$tmp/2"
	# Unchanged: nothing is fetched but the feed.
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/feeds"
	tail -n 1 "$tmp/w/collect.log" | grep -q 'run .*: 0 spool files; wire-fetch 1 in, 0 out, 0 rejected, 0 failed, 1 unchanged; ok$'
}

@test "a feed that fails is noted and tried again; its error is not loaded" {
	printf '%s/404\n%s/news.xml?t=fail\n' "$srv" "$srv" >"$tmp/feeds"
	run env WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/feeds"
	[ "$status" -eq 0 ]
	grep -q "wire-fetch: $srv/404: " "$tmp/w/collect.log"
	tail -n 1 "$tmp/w/collect.log" >"$tmp/last"
	grep -q 'wire-fetch 2 in, 3 out, 0 rejected, 1 failed' "$tmp/last"
	grep -q 'wire-strip 2 in, 2 out' "$tmp/last"
	grep -q 'some feeds or pages failed' "$tmp/last"
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents')" -eq 2 ]
	[ "$(sqlite3 "$tmp/w/news.db" "SELECT count(*) FROM documents WHERE url LIKE '%/404'")" -eq 0 ]
}

@test "a second run of the same sources changes nothing in the database" {
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	dump "$tmp/w/news.db" >"$tmp/1"
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	dump "$tmp/w/news.db" >"$tmp/2"
	diff "$tmp/1" "$tmp/2"
	[ "$(grep -c '; ok' "$tmp/w/collect.log")" -eq 2 ]
}

@test "--keep-duplicates loads them marked, --db and --log elsewhere" {
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" --db "$tmp/x.db" --log "$tmp/x.log" \
	    --keep-duplicates "$tmp/sources"
	[ "$(sqlite3 "$tmp/x.db" 'SELECT dup_of FROM documents WHERE id = "b1"')" = a1 ]
	grep -q 'wire-dedup 10 in, 10 out, 0 rejected, 5 duplicates' "$tmp/x.log"
}

@test "stages not built are skipped with a note" {
	mkdir "$tmp/bin"
	ln -s "$bin/wire-load" "$tmp/bin/wire-load"
	ln -s "$bin/wire-dedup" "$tmp/bin/wire-dedup"
	printf 'https://feeds.example/rss\n' >>"$tmp/sources"
	run env WIRE_BIN="$tmp/bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	[ "$status" -eq 0 ]
	grep -q 'wire-fetch not built: 1 feeds skipped' "$tmp/w/collect.log"
	grep -q 'wire-split not built: skipped' "$tmp/w/collect.log"
	grep -q 'wire-tag not built: skipped' "$tmp/w/collect.log"
	# Documents go to the database as they are.
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT length(text) > 0 FROM documents WHERE id = "a1"')" -eq 1 ]
}

@test "a failing stage: exit 1, the spool stays, the next run loads it" {
	mkdir "$tmp/bin"
	for p in "$bin"/wire-*; do
		ln -s "$p" "$tmp/bin/${p##*/}"
	done
	rm -f "$tmp/bin/wire-split"
	printf '#!/bin/sh\ncat >/dev/null\necho "wire-split: broken" >&2\nexit 2\n' >"$tmp/bin/wire-split"
	chmod +x "$tmp/bin/wire-split"
	run env WIRE_BIN="$tmp/bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	[ "$status" -eq 1 ]
	[ "$(ls "$tmp/w/spool" | wc -l)" -eq 1 ]
	grep -q 'wire-split failed (2)' "$tmp/w/collect.log"
	grep -q 'wire-split: broken' "$tmp/w/collect.log"
	grep -q 'FAILED' "$tmp/w/collect.log"
	: >"$tmp/none"
	run env WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/none"
	[ "$status" -eq 0 ]
	[ -z "$(ls "$tmp/w/spool")" ]
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents WHERE id = "a1"')" -eq 1 ]
}

@test "a run killed in the middle, run again: nothing lost, nothing twice" {
	big_sources 8000
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/clean" "$tmp/big"
	dump "$tmp/clean/news.db" >"$tmp/want"
	# wire-load commits every 500 sentences here, and the run is killed
	# at its first commit: a busy machine, which polls late, still finds
	# it in the middle
	mkdir "$tmp/bin"
	for p in "$bin"/wire-*; do
		ln -s "$p" "$tmp/bin/${p##*/}"
	done
	rm -f "$tmp/bin/wire-load"
	printf '#!/bin/sh\nexec "%s/wire-load" --batch 500 "$@"\n' "$bin" \
	    >"$tmp/bin/wire-load"
	chmod +x "$tmp/bin/wire-load"
	WIRE_BIN="$tmp/bin" setsid sh "$collect" --dir "$tmp/w" "$tmp/big" &
	pid=$!
	for i in $(seq 400); do
		n=$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM sentences' 2>/dev/null || echo 0)
		[ "${n:-0}" -ge 1 ] && break
		sleep 0.02
	done
	# The whole run, every stage, dies at once as in a crash.
	kill -9 -- "-$pid" 2>/dev/null || kill -9 "$pid"
	wait "$pid" || true
	n=$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM sentences')
	echo "before the rerun: $n sentences"
	[ "$n" -lt 24000 ]
	[ "$(ls "$tmp/w/spool" | wc -l)" -eq 1 ]
	: >"$tmp/none"
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/none"
	dump "$tmp/w/news.db" >"$tmp/got"
	diff "$tmp/want" "$tmp/got"
	[ -z "$(ls "$tmp/w/spool")" ]
}

@test "overlapping runs: the second skips, or waits with --wait" {
	big_sources 6000
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/big" &
	pid=$!
	for i in $(seq 200); do
		[ -f "$tmp/w/lock" ] && ! flock -n "$tmp/w/lock" true && break
		sleep 0.05
	done
	run env WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" "$tmp/sources"
	[ "$status" -eq 0 ]
	grep -q 'holds .*/lock; skipped' "$tmp/w/collect.log"
	WIRE_BIN="$bin" sh "$collect" --dir "$tmp/w" --wait 120 "$tmp/sources"
	wait "$pid"
	# 6000 and a1, e1, h1 and the feed's record without text (d1 is a1
	# once wire-strip has its byline).
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM documents')" -eq 6004 ]
	[ "$(grep -c '; ok' "$tmp/w/collect.log")" -eq 2 ]
	[ "$(sqlite3 "$tmp/w/news.db" 'SELECT count(*) FROM sentences WHERE doc = "g000001"')" -eq 3 ]
}

@test "usage errors" {
	run sh "$collect"
	[ "$status" -eq 2 ]
	run sh "$collect" "$tmp/nonexistent"
	[ "$status" -eq 2 ]
	run sh "$collect" --wait x "$tmp/sources"
	[ "$status" -eq 2 ]
	run sh "$collect" --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: wire-collect [--dir DIR]"* ]]
}

@test "man page examples run" {
	cd "$tmp"
	cp sources feeds.txt
	PATH=$root/scripts:$PATH
	export WIRE_BIN="$bin" HOME="$tmp"
	# EXAMPLE 1
	wire-collect feeds.txt
	[ -f "$tmp/wire/news.db" ]
	# EXAMPLE 2
	wire-collect --dir news --wait 600 --window 7 feeds.txt
	tail -n 1 "$tmp/news/collect.log" | grep -q '; ok'
}
