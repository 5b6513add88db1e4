#!/usr/bin/env bats
# wire-load: records into SQLite and PostgreSQL.  The PostgreSQL tests
# start their own server on loopback (tests/fixtures/load/pg.sh) and are
# skipped, saying why, only when PostgreSQL is not installed.
# Fixtures: tests/fixtures/load/records.jsonl (7 good, 7 bad records),
# rows.txt (what dump.sql prints after loading them).

setup_file()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	export PGTMP
	PGTMP=$(mktemp -d "${BATS_TMPDIR:-/tmp}/load-pg.XXXXXX")
	chmod 755 "$PGTMP"
	rc=0
	sh "$root/tests/fixtures/load/pg.sh" start "$PGTMP/pg" >"$PGTMP/uri" \
	    2>"$PGTMP/why" || rc=$?
	echo "$rc" >"$PGTMP/rc"
}

teardown_file()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	sh "$root/tests/fixtures/load/pg.sh" stop "$PGTMP/pg" || true
	rm -rf "$PGTMP"
}

setup()
{
	root=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
	bin=${WIRE_BIN:-$root/bin}
	fx=$root/tests/fixtures/load
	tmp=$(mktemp -d "${BATS_TMPDIR:-/tmp}/load.XXXXXX")
}

teardown()
{
	rm -rf "$tmp"
}

dump_lite()
{
	sqlite3 "$1" <"$fx/dump.sql"
}

# The URI of a fresh PostgreSQL database, or skip.
# Makes the server refuse sentences whose text is "refuse".
pg_refuse()
{
	psql -X -q "$1" -c "CREATE FUNCTION refuse() RETURNS trigger AS \$\$
	    BEGIN IF NEW.text = 'refuse' THEN RAISE EXCEPTION 'refused'; END IF;
	    RETURN NEW; END \$\$ LANGUAGE plpgsql;
	    CREATE TRIGGER refuse BEFORE INSERT ON sentences FOR EACH ROW
	    EXECUTE FUNCTION refuse()"
}

pg_db()
{
	if [ "$(cat "$PGTMP/rc")" -eq 3 ]; then
		skip "PostgreSQL is not installed: $(cat "$PGTMP/why")"
	fi
	[ "$(cat "$PGTMP/rc")" -eq 0 ] || {
		cat "$PGTMP/why" >&2
		return 1
	}
	base=$(cat "$PGTMP/uri")
	name=t$$_$BATS_TEST_NUMBER
	psql -q "$base" -c "CREATE DATABASE $name" >/dev/null
	echo "${base%/wire}/$name"
}

dump_pg()
{
	psql -X -At -F'|' "$1" -f "$fx/dump.sql"
}

@test "records load into SQLite: the rows, the rejects, exit 1" {
	run "$bin/wire-load" --db "$tmp/n.db" --errors "$tmp/bad" --stats "$fx/records.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"wire-load: stats: 14 in, 7 out, 7 rejected, 0 passed through"* ]]
	[[ "$output" == *"records.jsonl:12: entities[0]: not an object"* ]]
	[ "$(grep -c '' "$tmp/bad")" -eq 7 ]
	dump_lite "$tmp/n.db" >"$tmp/rows"
	diff "$fx/rows.txt" "$tmp/rows"
}

@test "loading the same records twice changes nothing" {
	"$bin/wire-load" --db "$tmp/n.db" "$fx/records.jsonl" 2>/dev/null || true
	dump_lite "$tmp/n.db" >"$tmp/1"
	"$bin/wire-load" --db "$tmp/n.db" --batch 3 "$fx/records.jsonl" 2>/dev/null || true
	dump_lite "$tmp/n.db" >"$tmp/2"
	diff "$tmp/1" "$tmp/2"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM entities')" -eq 5 ]
}

@test "the default database is news.db in the current directory" {
	cd "$tmp"
	head -n 1 "$fx/records.jsonl" | "$bin/wire-load"
	[ "$(sqlite3 news.db 'SELECT id FROM documents')" = d1 ]
}

@test "re-tagged sentences replace their entities; untagged ones keep them" {
	sed -n 3p "$fx/records.jsonl" | "$bin/wire-load" --db "$tmp/n.db"
	sed -n 3p "$fx/records.jsonl" | jq -c '.entities = .entities[:1]' |
	    "$bin/wire-load" --db "$tmp/n.db"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT group_concat(name) FROM entities')" = "Kim Jong-un" ]
	sed -n 3p "$fx/records.jsonl" | jq -c 'del(.entities, .dates)' |
	    "$bin/wire-load" --db "$tmp/n.db"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM entities')" -eq 1 ]
	[ "$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM dates')" -eq 1 ]
}

@test "a document record completes the row its sentences made" {
	sed -n 2p "$fx/records.jsonl" | "$bin/wire-load" --db "$tmp/n.db"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT text IS NULL FROM documents')" -eq 1 ]
	head -n 1 "$fx/records.jsonl" | "$bin/wire-load" --db "$tmp/n.db"
	sed -n 2p "$fx/records.jsonl" | "$bin/wire-load" --db "$tmp/n.db"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT length(text), day FROM documents')" = "95|2024-12-04" ]
}

@test "a batch lands whole or not at all" {
	# 10000 records of 100 bytes, then a pause (the input stays open) in
	# which wire-load is killed: whole batches of 2000 have landed, the
	# open batch has not.
	seq 0 9999 | awk '{ printf "{\"doc\":\"k%05d\",\"n\":0,\"text\":\"%070d\"}\n", $1, 0 }' >"$tmp/in"
	{ cat "$tmp/in"; sleep 15; } | "$bin/wire-load" --db "$tmp/n.db" --batch 2000 &
	pid=$!
	for i in $(seq 100); do
		n=$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM sentences' 2>/dev/null || echo 0)
		[ "$n" -ge 2000 ] && break
		sleep 0.1
	done
	sleep 0.5
	kill -9 "$pid"
	wait "$pid" || true
	n=$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM sentences')
	echo "landed: $n"
	[ "$n" -gt 0 ] && [ "$n" -lt 10000 ] && [ $((n % 2000)) -eq 0 ]
	# The next run loads the rest, and nothing twice.
	"$bin/wire-load" --db "$tmp/n.db" --batch 2000 "$tmp/in"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM sentences')" -eq 10000 ]
}

@test "a bad record does not stop the batch around it" {
	printf '%s\n' '{"doc":"x","n":0,"text":"a"}' '{"doc":"x","n":1,"entities":[7]}' \
	    '{"doc":"x","n":2,"text":"c"}' >"$tmp/in"
	run "$bin/wire-load" --db "$tmp/n.db" "$tmp/in"
	[ "$status" -eq 1 ]
	[ "$(sqlite3 "$tmp/n.db" 'SELECT group_concat(n) FROM sentences')" = "0,2" ]
}

@test "--schema prints the schema the man page documents" {
	run "$bin/wire-load" --schema
	[ "$status" -eq 0 ]
	[[ "$output" == *"CREATE TABLE IF NOT EXISTS entities"* ]]
	"$bin/wire-load" --schema | grep -E '^CREATE (TABLE|INDEX)' |
	    sed 's/ (.*//; s/ ON .*//' >"$tmp/names"
	while read -r line; do
		grep -qF -- "$line" "$root/man/wire-load.1" || {
			echo "not in man page: $line"
			return 1
		}
	done <"$tmp/names"
}

@test "an unusable database is a fatal error" {
	run "$bin/wire-load" --db "$tmp/no/such/dir/x.db" /dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == "wire-load: $tmp/no/such/dir/x.db: "* ]]
	run "$bin/wire-load" --db "postgresql://nobody@127.0.0.1:1/none" /dev/null
	[ "$status" -eq 2 ]
	run "$bin/wire-load" --batch 0 /dev/null
	[ "$status" -eq 2 ]
}

@test "PostgreSQL gets the same rows as SQLite" {
	uri=$(pg_db)
	run "$bin/wire-load" --db "$uri" --stats "$fx/records.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"wire-load: stats: 14 in, 7 out, 7 rejected, 0 passed through"* ]]
	dump_pg "$uri" >"$tmp/pg"
	diff "$fx/rows.txt" "$tmp/pg"
	"$bin/wire-load" --db "$tmp/n.db" "$fx/records.jsonl" 2>/dev/null || true
	dump_lite "$tmp/n.db" >"$tmp/lite"
	diff "$tmp/lite" "$tmp/pg"
}

@test "PostgreSQL: loading twice changes nothing, bad records are rolled back alone" {
	uri=$(pg_db)
	"$bin/wire-load" --db "$uri" --batch 4 "$fx/records.jsonl" 2>/dev/null || true
	dump_pg "$uri" >"$tmp/1"
	"$bin/wire-load" --db "$uri" --batch 1 "$fx/records.jsonl" 2>/dev/null || true
	dump_pg "$uri" >"$tmp/2"
	diff "$tmp/1" "$tmp/2"
	diff "$fx/rows.txt" "$tmp/2"
}

@test "a record the database refuses is rolled back alone (SQLite)" {
	"$bin/wire-load" --db "$tmp/n.db" </dev/null
	sqlite3 "$tmp/n.db" "CREATE TRIGGER refuse BEFORE INSERT ON sentences
	    WHEN NEW.text = 'refuse' BEGIN SELECT RAISE(ABORT, 'refused'); END"
	printf '%s\n' '{"doc":"x","n":0,"text":"a","entities":[{"text":"A"}]}' \
	    '{"doc":"y","n":1,"text":"refuse","url":"https://y.example/"}' \
	    '{"doc":"x","n":2,"text":"c"}' >"$tmp/in"
	run "$bin/wire-load" --db "$tmp/n.db" "$tmp/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"in:2: refused"* ]]
	[ "$(sqlite3 "$tmp/n.db" 'SELECT group_concat(n) FROM sentences')" = "0,2" ]
	[ "$(sqlite3 "$tmp/n.db" 'SELECT group_concat(id) FROM documents')" = "x" ]
}

@test "PostgreSQL: a record the server refuses is rolled back alone" {
	uri=$(pg_db)
	"$bin/wire-load" --db "$uri" </dev/null
	pg_refuse "$uri"
	printf '%s\n' '{"doc":"x","n":0,"text":"a","entities":[{"text":"A"}]}' \
	    '{"doc":"y","n":1,"text":"refuse","url":"https://y.example/"}' \
	    '{"doc":"x","n":2,"text":"c"}' >"$tmp/in"
	run "$bin/wire-load" --db "$uri" --batch 2 "$tmp/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"in:2: ERROR:  refused"* ]]
	[ "$(psql -X -At "$uri" -c 'SELECT string_agg(n::text, $$,$$ ORDER BY n) FROM sentences')" = "0,2" ]
	[ "$(psql -X -At "$uri" -c 'SELECT string_agg(id, $$,$$) FROM documents')" = "x" ]
	[ "$(psql -X -At "$uri" -c 'SELECT count(*) FROM entities')" -eq 1 ]
}

# A refusal found only when a batch ends (PostgreSQL's pipeline) or in the
# middle of one (SQLite): the batch is written again record by record, and
# the message, --errors and the counts name the refused record alone.
replayed_batch()
{
	db=$1
	printf '%s\n' '{"doc":"x","n":0,"text":"a","entities":[{"text":"A"}]}' \
	    '{"doc":"y","n":1,"text":"refuse","url":"https://y.example/"}' \
	    '{"doc":"x","n":2,"text":"c"}' '{"doc":"x","n":3,"text":"d"}' \
	    '{"doc":"z","n":0,"text":"refuse"}' '{"doc":"x","n":4,"text":"e"}' \
	    >"$tmp/in"
	run "$bin/wire-load" --db "$db" --stats --errors "$tmp/bad" "$tmp/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"in:2: "*"refused"* ]]
	[[ "$output" == *"in:5: "*"refused"* ]]
	[[ "$output" == *"6 in, 4 out, 2 rejected"* ]]
	[ "$(grep -c refused <<<"$output")" -eq 2 ]
	diff <(sed -n '2p;5p' "$tmp/in") "$tmp/bad"
}

@test "a refusal inside a batch rejects that record alone (SQLite)" {
	"$bin/wire-load" --db "$tmp/n.db" </dev/null
	sqlite3 "$tmp/n.db" "CREATE TRIGGER refuse BEFORE INSERT ON sentences
	    WHEN NEW.text = 'refuse' BEGIN SELECT RAISE(ABORT, 'refused'); END"
	replayed_batch "$tmp/n.db"
	[ "$(sqlite3 "$tmp/n.db" 'SELECT group_concat(n) FROM sentences')" = "0,2,3,4" ]
	[ "$(sqlite3 "$tmp/n.db" 'SELECT count(*) FROM entities')" -eq 1 ]
}

@test "PostgreSQL: a refusal found when the batch ends rejects that record alone" {
	uri=$(pg_db)
	"$bin/wire-load" --db "$uri" </dev/null
	pg_refuse "$uri"
	replayed_batch "$uri"
	[ "$(psql -X -At "$uri" -c 'SELECT string_agg(n::text, $$,$$ ORDER BY n) FROM sentences')" = "0,2,3,4" ]
	[ "$(psql -X -At "$uri" -c 'SELECT string_agg(id, $$,$$ ORDER BY id) FROM documents')" = "x" ]
}

@test "PostgreSQL: the dashboard indexes exist" {
	uri=$(pg_db)
	"$bin/wire-load" --db "$uri" </dev/null
	run psql -X -At "$uri" -c "SELECT indexname FROM pg_indexes WHERE tablename IN ('entities', 'dates') ORDER BY 1"
	[[ "$output" == *entities_name_day* ]]
	[[ "$output" == *dates_value* ]]
}

@test "man page examples run" {
	cd "$tmp"
	PATH=$bin:$PATH
	cp "$fx/records.jsonl" tagged.jsonl
	# EXAMPLE 1
	wire-load --db news.db --stats tagged.jsonl 2>/dev/null || [ $? -eq 1 ]
	# EXAMPLE 2
	sqlite3 news.db "SELECT day, name, count(*) FROM entities GROUP BY day, name ORDER BY 3 DESC, 2" >top
	grep -q '^2024-12-04|Kim Jong-un|1$' top
	# EXAMPLE 3
	uri=$(pg_db)
	wire-load --db "$uri" --batch 5000 tagged.jsonl 2>/dev/null || [ $? -eq 1 ]
	[ "$(psql -X -At "$uri" -c 'SELECT count(*) FROM sentences')" -eq 4 ]
}

@test "a date's modifier is stored; a database without the column gets it" {
	printf '%s\n' '{"doc":"d1","n":0,"text":"early next year, on Tuesday","published":"2024-12-05","dates":[{"text":"early next year","type":"DATE","value":"2025","mod":"START","start":0,"end":15},{"text":"Tuesday","type":"DATE","value":"2024-12-03","start":20,"end":27}]}' >"$tmp/m.jsonl"
	"$bin/wire-load" --db "$tmp/n.db" "$tmp/m.jsonl"
	[ "$(sqlite3 "$tmp/n.db" "SELECT group_concat(i || ':' || coalesce(mod, '-'))
	    FROM dates")" = "0:START,1:-" ]
	# the tables as they were before the column came
	"$bin/wire-load" --schema | sed '/^  mod TEXT,$/d' >"$tmp/old.sql"
	! grep -q 'mod TEXT' "$tmp/old.sql"
	sqlite3 "$tmp/old.db" <"$tmp/old.sql"
	"$bin/wire-load" --db "$tmp/old.db" "$tmp/m.jsonl"
	[ "$(sqlite3 "$tmp/old.db" "SELECT group_concat(coalesce(mod, '-'))
	    FROM dates")" = "START,-" ]
	"$bin/wire-load" --db "$tmp/old.db" "$tmp/m.jsonl"
}

@test "PostgreSQL: a date's modifier is stored; an older database gets the column" {
	uri=$(pg_db)
	"$bin/wire-load" --schema | sed '/^  mod TEXT,$/d' >"$tmp/old.sql"
	psql -X -q "$uri" -f "$tmp/old.sql" >/dev/null
	printf '%s\n' '{"doc":"d1","n":0,"text":"early next year","published":"2024-12-05","dates":[{"text":"early next year","type":"DATE","value":"2025","mod":"START","start":0,"end":15}]}' >"$tmp/m.jsonl"
	"$bin/wire-load" --db "$uri" "$tmp/m.jsonl"
	[ "$(psql -X -At "$uri" -c 'SELECT mod FROM dates')" = START ]
	"$bin/wire-load" --db "$uri" "$tmp/m.jsonl"
}
