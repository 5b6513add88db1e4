#!/bin/sh
# load.sh: records per second of wire-load into SQLite and PostgreSQL, run
# by make bench.
#
# Usage: sh bench/load.sh            (from anywhere; it works in the repo)
#
# Environment:
#   WIRE_BIN     the programs (default bin)
#   LOAD_DOCS    documents generated (default 20000; 5 sentences each)
#   TMPDIR       where the scratch directory goes (default /tmp)
#
# Generates tagged sentence records (5 per document, 2 entities and 1 date
# each, with url, title and published carried) and document records, then
# times, for each database: a first load into empty tables, and a second
# load of the same records (all upserts, changing nothing).  PostgreSQL
# runs on loopback in the scratch directory (tests/fixtures/load/pg.sh);
# without it that line says why.  The rows of both databases are compared.
# The peer, in the same run: sqlite-utils inserting the same records into
# one flat table (installed from Debian when run as root).
set -eu

cd "$(dirname "$0")/.."
bin=${WIRE_BIN:-bin}
docs=${LOAD_DOCS:-20000}
[ -x "$bin/wire-load" ] || {
	echo "load.sh: $bin/wire-load is not built" >&2
	exit 2
}
# Arithmetic on fractional seconds.
calc()
{
	awk "BEGIN { print $1 }"
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-bench-load.XXXXXX")
chmod 755 "$tmp"
pg=
cleanup()
{
	[ -z "$pg" ] || sh tests/fixtures/load/pg.sh stop "$tmp/pg" || true
	rm -rf "$tmp"
}
trap cleanup EXIT

python3 - "$docs" >"$tmp/records.jsonl" <<'PY'
import json, random, sys
n = int(sys.argv[1])
rnd = random.Random(5)
people = ["Kim Jong-un", "Vladimir Putin", "Yoon Suk Yeol", "Xi Jinping", "Joe Biden"]
places = ["Pyongyang", "Moscow", "Seoul", "Beijing", "Washington"]
for d in range(n):
    doc = "%016x" % rnd.getrandbits(64)
    url = "https://outlet%d.example/news/%d" % (d % 11, d)
    pub = "2024-%02d-%02dT08:00:00Z" % (1 + d % 12, 1 + d % 28)
    print(json.dumps({"id": doc, "url": url, "title": "Story %d" % d, "published": pub,
                      "text": "Body of story %d." % d}))
    for s in range(5):
        p, q = rnd.choice(people), rnd.choice(places)
        text = "%s spoke in %s on Monday about story %d." % (p, q, d)
        print(json.dumps({"doc": doc, "n": s, "para": s // 2, "start": s * 60,
                          "end": s * 60 + len(text), "text": text, "url": url,
                          "title": "Story %d" % d, "published": pub,
                          "entities": [{"text": p, "type": "PERSON", "start": 0,
                                        "end": len(p), "name": p},
                                       {"text": q, "type": "GPE", "start": len(p) + 10,
                                        "end": len(p) + 10 + len(q)}],
                          "dates": [{"text": "Monday", "type": "DATE",
                                     "value": pub[:10], "start": 40, "end": 46}]}))
PY
n=$(grep -c '' "$tmp/records.jsonl")
echo "records: $n ($docs documents, $((docs * 5)) sentences, $((docs * 10)) entities, $((docs * 5)) dates)"

rate()
{
	# $1 what, $2 db
	s=$(date +%s.%N)
	"$bin/wire-load" --db "$2" "$tmp/records.jsonl"
	e=$(date +%s.%N)
	last=$(calc "$e - $s")
	printf '%-36s %8.2fs %8.0f records/s\n' "$1" "$last" "$(calc "$n / $last")"
}

rate "sqlite, first load:" "$tmp/news.db"
first=$last
rate "sqlite, same records again:" "$tmp/news.db"

# The peer: sqlite-utils (Debian's package) inserting the same records into
# one flat table as they are, arrays kept as JSON text: less work than
# wire-load's four tables of upserts, and the tool a user would reach for.
if ! command -v sqlite-utils >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
	apt-get install -y -q sqlite-utils >/dev/null 2>&1 || :
fi
if command -v sqlite-utils >/dev/null 2>&1; then
	s=$(date +%s.%N)
	sqlite-utils insert "$tmp/peer.db" records "$tmp/records.jsonl" --nl \
	    --alter >/dev/null
	e=$(date +%s.%N)
	printf '%-36s %8.2fs %8.0f records/s\n' "peer: sqlite-utils insert, flat:" \
	    "$(calc "$e - $s")" "$(calc "$n / ($e - $s)")"
	printf 'wire-load first load / peer:         %8.2fx\n' \
	    "$(calc "($e - $s) / $first")"
else
	echo "peer: sqlite-utils not installed (apt-get install sqlite-utils)"
fi

rc=0
uri=$(sh tests/fixtures/load/pg.sh start "$tmp/pg" 2>"$tmp/pg.err") || rc=$?
if [ "$rc" -ne 0 ]; then
	echo "postgresql: not run: $(head -n 1 "$tmp/pg.err")"
	exit 0
fi
pg=1
rate "postgresql (loopback), first load:" "$uri"
rate "postgresql, same records again:" "$uri"
q="SELECT count(*), count(DISTINCT name), min(day), max(day) FROM entities"
a=$(sqlite3 "$tmp/news.db" "$q")
b=$(psql -X -At -F'|' "$uri" -c "$q")
if [ "$a" = "$b" ]; then
	echo "rows: the same in both ($a)"
else
	echo "rows: DIFFER: sqlite $a, postgresql $b"
	exit 1
fi
