/*
 * load_test.c: the wire-load stage (lib/load.c) and its SQLite sink
 * (lib/store.c), on a database file under TMPDIR: rows made from document
 * and sentence records, records refused in the middle of a batch (the
 * batch is replayed and only they are lost), a reload that writes
 * nothing, a reload that changes what changed, and commit or rollback at
 * close.  Rows are read back with SQLite.  PostgreSQL is left to
 * tests/wire-load.bats.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "tap.h"
#include "scratch.h"
#include "wire/cli.h"
#include "wire/id.h"
#include "wire/load.h"
#include "wire/store.h"
#include "wire/text.h"

static char	dbpath[512], inpath[512];
static struct wire_buf	got_err, rows;
static sqlite3	*dbh;

/*
 * A connection of the test's own.  Syncs are off: the last connection to
 * close checkpoints the WAL, and a sync there is slow and proves nothing.
 * The one on dbpath stays open throughout, so the loader's own closes are
 * never the last.
 */
static sqlite3 *
open_db(const char *db)
{
	sqlite3 *h;

	if (dbh != NULL && strcmp(db, dbpath) == 0)
		return dbh;
	if (sqlite3_open(db, &h) != SQLITE_OK ||
	    sqlite3_exec(h, "PRAGMA synchronous = OFF", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		sqlite3_close(h);
		return NULL;
	}
	return h;
}

static void
close_db(sqlite3 *h)
{
	if (h != dbh)
		sqlite3_close(h);
}

/* Runs sql on the database file; returns 0 or -1 (with a diagnostic). */
static int
sql(const char *db, const char *text)
{
	sqlite3 *h;
	char *msg = NULL;
	int rc;

	if ((h = open_db(db)) == NULL)
		return -1;
	rc = sqlite3_exec(h, text, NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		diag("sql: %s", msg != NULL ? msg : "?");
	sqlite3_free(msg);
	close_db(h);
	return rc == SQLITE_OK ? 0 : -1;
}

/*
 * The rows of a query as text, one line each, columns joined by '|' and
 * NULL written as "-" (into rows; returned).
 */
static const char *
query(const char *db, const char *text)
{
	sqlite3 *h;
	sqlite3_stmt *q;
	const unsigned char *v;
	int i;

	wire_buf_reset(&rows);
	wire_buf_puts(&rows, "");
	if ((h = open_db(db)) == NULL)
		return "cannot open";
	if (sqlite3_prepare_v2(h, text, -1, &q, NULL) != SQLITE_OK) {
		wire_buf_puts(&rows, sqlite3_errmsg(h));
		close_db(h);
		return rows.p;
	}
	while (sqlite3_step(q) == SQLITE_ROW) {
		for (i = 0; i < sqlite3_column_count(q); i++) {
			if (i > 0)
				wire_buf_putc(&rows, '|');
			v = sqlite3_column_text(q, i);
			wire_buf_puts(&rows, v != NULL ? (const char *)v : "-");
		}
		wire_buf_putc(&rows, '\n');
	}
	sqlite3_finalize(q);
	close_db(h);
	return rows.p;
}

/*
 * Loads input (as the file inpath) into l through a stream as wire-load
 * runs it, flushing at the end when flush is set; stderr is caught in
 * got_err.  s is left with its counts.
 */
static int
load(struct wire_stream *s, struct wire_load *l, const char *input, int flush)
{
	struct scratch_capture cap;
	char *paths[1];
	int rc;

	write_file(inpath, input, strlen(input));
	wire_stream_init(s, "wire-load", NULL);
	s->line_buffered = 0;
	scratch_capture_begin(&cap, SCRATCH_ERR);
	paths[0] = inpath;
	rc = wire_stream_run(s, paths, 1, wire_load_record, l);
	if (flush && rc == 0)
		rc = wire_load_flush(s, l);
	scratch_capture_end(&cap, NULL, &got_err);
	wire_buf_free(&s->out);
	return rc;
}

/* Counts every row written, so that a reload can be seen to write none. */
static const char counter[] =
	"CREATE TABLE writes (n INTEGER); INSERT INTO writes VALUES (0);"
#define COUNT(t, ev) "CREATE TRIGGER w_" t "_" ev " AFTER " ev " ON " t \
	" BEGIN UPDATE writes SET n = n + 1; END;"
#define COUNT3(t) COUNT(t, "INSERT") COUNT(t, "UPDATE") COUNT(t, "DELETE")
	COUNT3("documents") COUNT3("sentences") COUNT3("entities")
	COUNT3("dates")
	/* A refusal by the database itself, not by the loader's checks. */
	"CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN "
	"NEW.title = 'refuse' BEGIN SELECT RAISE(ABORT, 'refused by trigger'); "
	"END;";

/* Fourteen records, three to a batch, refusals in the middle of some. */
static const char records[] =
	"{\"id\":\"d1\",\"url\":\"https://WWW.Example.COM:8080/p?q=1\","
	"\"title\":\"T\\u00e9\",\"published\":\"2024-06-19T10:00:00Z\","
	"\"text\":\"Hello. World.\"}\n"
	"{\"doc\":\"d1\",\"n\":0,\"para\":0,\"start\":0,\"end\":6,\"text\":\"Hello.\","
	"\"published\":\"2024-06-19T10:00:00Z\",\"entities\":[{\"text\":\"Hello\","
	"\"type\":\"MISC\",\"start\":0,\"end\":5,\"name\":\"Hallo\"}, {\"text\":\"H\","
	"\"type\":\"PERSON\",\"start\":0,\"end\":1}],\"dates\":[{\"text\":\"today\","
	"\"type\":\"DATE\",\"value\":\"2024-06-19\",\"start\":1,\"end\":2}]}\n"
	"{\"doc\":\"d1\",\"n\":-1,\"text\":\"x\"}\n"
	"{\"doc\":\"d1\",\"n\":1,\"para\":0,\"start\":7,\"end\":13,\"text\":\"World.\","
	"\"published\":\"2024-06-19T10:00:00Z\",\"entities\":[],\"dates\":null}\n"
	"{\"id\":\"d2\",\"title\":\"refuse\",\"url\":\"http://b.example/x\"}\n"
	"{\"url\":\"http://user@b.example:81/y#f\",\"text\":\"No id.\"}\n"
	"{\"x\":1}\n"
	"{\"id\":\"d3\",\"text\":\"a\\u0000b\"}\n"
	"{\"doc\":\"d1\",\"n\":2,\"entities\":[{\"text\":\"x\"},5]}\n"
	"{\"doc\":\"d1\",\"n\":3,\"entities\":[{\"text\":\"x\",\"start\":\"0\"}]}\n"
	"{\"doc\":\"d1\",\"n\":4,\"dates\":{}}\n"
	"{\"id\":\"d4\",\"title\":5}\n"
	"{\"doc\":\"\",\"n\":0}\n"
	"{\"id\":\"d5\",\"published\":\"2024-13\"}\n";

static void
test_load(void)
{
	static const char url6[] = "http://user@b.example:81/y#f";
	char err[512], want[8192], made[WIRE_ID_LEN + 1];
	struct wire_stream s;
	struct wire_load *l;
	int i;

	/* The schema first, so that the counting triggers can go on it. */
	ok(sql(dbpath, wire_load_schema()) == 0 && sql(dbpath, counter) == 0,
	    "schema and triggers made");
	l = wire_load_open(dbpath, 3, err, sizeof(err));
	if (!ok(l != NULL, "open over an existing schema")) {
		diag("%s", err);
		return;
	}
	is_int(load(&s, l, records, 1), 0, "load: run");
	snprintf(want, sizeof(want),
	    "wire-load: %s:3: n: missing or negative\n"
	    "wire-load: %s:5: refused by trigger\n"
	    "wire-load: %s:7: neither a document (id, url or text) nor a "
	    "sentence (doc, n) record\n"
	    "wire-load: %s:8: text: holds a NUL character\n"
	    "wire-load: %s:9: entities[1]: not an object\n"
	    "wire-load: %s:10: entities[0].start: not an integer\n"
	    "wire-load: %s:11: dates: not an array\n"
	    "wire-load: %s:12: title: not a string\n"
	    "wire-load: %s:13: doc: empty\n",
	    inpath, inpath, inpath, inpath, inpath, inpath, inpath, inpath,
	    inpath);
	is_str(got_err.p, want, "each refused record rejected once, where it is");
	ok(s.nin == 14 && s.nout == 5 && s.nrejected == 9,
	    "counts: 14 in, 5 out, 9 rejected (%lu, %lu, %lu)", s.nin, s.nout,
	    s.nrejected);
	is_int(wire_load_close(l, 1, err, sizeof(err)), 0, "close");

	wire_doc_id(url6, sizeof(url6) - 1, "No id.", 6, made);
	snprintf(want, sizeof(want),
	    "%s|http://user@b.example:81/y#f|b.example|-|-|-|-|No id.\n"
	    "d1|https://WWW.Example.COM:8080/p?q=1|example.com|T\xc3\xa9|"
	    "2024-06-19T10:00:00Z|2024-06-19|-|Hello. World.\n"
	    "d5|-|-|-|2024-13|-|-|-\n", made);
	is_str(query(dbpath, "SELECT id, url, source, title, published, day, "
	    "dup_of, text FROM documents ORDER BY id"), want,
	    "documents: the good ones, source and day derived, an id made");
	is_str(query(dbpath, "SELECT doc, n, para, start, \"end\", text, day FROM "
	    "sentences ORDER BY doc, n"),
	    "d1|0|0|0|6|Hello.|2024-06-19\nd1|1|0|7|13|World.|2024-06-19\n",
	    "sentences: both good ones, the batch before the refusal kept");
	is_str(query(dbpath, "SELECT doc, n, i, text, type, name, start, \"end\", "
	    "day FROM entities ORDER BY doc, n, i"),
	    "d1|0|0|Hello|MISC|Hallo|0|5|2024-06-19\n"
	    "d1|0|1|H|PERSON|H|0|1|2024-06-19\n",
	    "entities: by place in the array, a missing name is the text");
	is_str(query(dbpath, "SELECT doc, n, i, text, type, value, start, \"end\", "
	    "day FROM dates"), "d1|0|0|today|DATE|2024-06-19|1|2|2024-06-19\n",
	    "dates: one row");
	is_str(query(dbpath, "SELECT n FROM writes"), "8\n",
	    "writes: 3 documents, 2 sentences, 2 entities, 1 date; the "
	    "sentences' document rows changed nothing");

	/* The same records again: the same rejects, not one row written. */
	for (i = 0; i < 2; i++) {
		l = wire_load_open(dbpath, i == 0 ? 3 : 1000, err, sizeof(err));
		if (l == NULL)
			break;
		load(&s, l, records, 1);
		wire_load_close(l, 1, err, sizeof(err));
		ok(s.nout == 5 && s.nrejected == 9,
		    "reload in batches of %d: the same counts", i == 0 ? 3 : 1000);
		is_str(query(dbpath, "SELECT n FROM writes"), "8\n",
		    "reload in batches of %d: nothing written", i == 0 ? 3 : 1000);
	}

	/* A change: a shorter array, a new type, a document field added. */
	l = wire_load_open(dbpath, 3, err, sizeof(err));
	if (l == NULL)
		return;
	load(&s, l, "{\"doc\":\"d1\",\"n\":0,\"para\":0,\"start\":0,\"end\":6,"
	    "\"text\":\"Hello.\",\"published\":\"2024-06-19T10:00:00Z\","
	    "\"entities\":[{\"text\":\"Hello\",\"type\":\"ORG\",\"start\":0,"
	    "\"end\":5,\"name\":\"Hallo\"}]}\n"
	    "{\"id\":\"d1\",\"dup_of\":\"d0\"}\n", 1);
	wire_load_close(l, 1, err, sizeof(err));
	is_str(got_err.p, "", "change: no rejects");
	is_str(query(dbpath, "SELECT n FROM writes"), "11\n",
	    "change: three writes (an entity updated, one deleted, a document)");
	is_str(query(dbpath, "SELECT i, type FROM entities ORDER BY i"), "0|ORG\n",
	    "change: the entity row past the array's end is gone");
	is_str(query(dbpath, "SELECT count(*) FROM dates"), "1\n",
	    "change: no dates array, the date row stays");
	is_str(query(dbpath, "SELECT title, dup_of, text FROM documents WHERE "
	    "id = 'd1'"), "T\xc3\xa9|d0|Hello. World.\n",
	    "change: fields a record does not carry are kept");
}

static void
test_close(void)
{
	char err[512], db[512];
	struct wire_stream s;
	struct wire_load *l;
	sqlite3 *hold;

	path_of(db, sizeof(db), "close.db");
	/* Held open so that no close of the loader checkpoints. */
	hold = open_db(db);
	l = wire_load_open(db, 100, err, sizeof(err));
	if (!ok(l != NULL, "open a new database")) {
		sqlite3_close(hold);
		return;
	}
	load(&s, l, "{\"id\":\"r1\",\"text\":\"one\"}\n", 0);
	is_int(s.nout, 0, "an open batch counts nothing yet");
	is_int(wire_load_close(l, 0, err, sizeof(err)), 0, "close, rolling back");
	is_str(query(db, "SELECT count(*) FROM documents"), "0\n",
	    "rolled back: no row");
	l = wire_load_open(db, 100, err, sizeof(err));
	load(&s, l, "{\"id\":\"r1\",\"text\":\"one\"}\n", 0);
	is_int(wire_load_close(l, 1, err, sizeof(err)), 0, "close, committing");
	is_str(query(db, "SELECT id, text FROM documents"), "r1|one\n",
	    "committed at close");
	l = wire_load_open(db, 100, err, sizeof(err));
	load(&s, l, "", 1);
	ok(got_err.len == 0 && s.nin == 0 && s.nout == 0, "empty input");
	is_int(wire_load_close(l, 1, err, sizeof(err)), 0, "empty input: close");
	is_int(wire_load_close(NULL, 1, err, sizeof(err)), 0, "close NULL");
	sqlite3_close(hold);
	unlink(db);
	path_of(err, sizeof(err), "close.db-wal");
	unlink(err);
	path_of(err, sizeof(err), "close.db-shm");
	unlink(err);

	ok(wire_load_open("/nonexistent-dir/x.db", 10, err, sizeof(err)) == NULL,
	    "a database that cannot be made");
	is_str(err, "unable to open database file", "cannot be made: why");
}

static void
test_store(void)
{
	struct wire_sval v[3] = {
		{ WIRE_SV_TEXT, "abcdef", 3, 0 },
		{ WIRE_SV_INT, NULL, 0, -9000000000LL },
		{ WIRE_SV_NULL, NULL, 0, 0 }
	};
	struct wire_store *st;
	char err[512], db[512];

	path_of(db, sizeof(db), "store.db");
	st = wire_store_open(db, err, sizeof(err));
	if (!ok(st != NULL, "store: open"))
		return;
	is_int(wire_store_is_pg(st), 0, "store: SQLite, not PostgreSQL");
	is_int(wire_store_exec(st, "CREATE TABLE t (a, b, c)", err, sizeof(err)), 0,
	    "store: exec");
	is_int(wire_store_exec(st, "BOGUS", err, sizeof(err)), -1, "store: bad SQL");
	is_str(err, "near \"BOGUS\": syntax error", "store: bad SQL: why");
	is_int(wire_store_prepare(st, WIRE_STORE_MAX_STMT, "SELECT 1", 0, err,
	    sizeof(err)), -1, "store: a slot out of range");
	is_str(err, "statement slot 16 out of range", "store: slot: why");
	is_int(wire_store_run(st, 3, v, 0, err, sizeof(err)), -1,
	    "store: run an empty slot");
	is_str(err, "statement slot 3 not prepared", "store: empty slot: why");
	is_int(wire_store_prepare(st, 0, "INSERT INTO t VALUES ($1, $2, $3)", 3, err,
	    sizeof(err)), 0, "store: prepare with $N");
	is_int(wire_store_pipeline(st, err, sizeof(err)), 0, "store: pipeline");
	is_int(wire_store_run(st, 0, v, 3, err, sizeof(err)), 0, "store: run");
	v[0].n = 0;
	v[1].i = 0;
	is_int(wire_store_run(st, 0, v, 3, err, sizeof(err)), 0,
	    "store: run again with an empty text");
	is_int(wire_store_sync(st, err, sizeof(err)), 0, "store: sync");
	is_int(wire_store_prepare(st, 1, "SELECT * FROM nowhere", 0, err,
	    sizeof(err)), -1, "store: prepare on a missing table");
	is_str(err, "no such table: nowhere", "store: missing table: why");
	/* An open transaction is rolled back at close. */
	wire_store_exec(st, "BEGIN; INSERT INTO t VALUES ('lost', 0, 0)", err,
	    sizeof(err));
	wire_store_close(st);
	is_str(query(db, "SELECT a, typeof(a), b, typeof(b), typeof(c) FROM t "
	    "ORDER BY rowid"),
	    "abc|text|-9000000000|integer|null\n|text|0|integer|null\n",
	    "store: n bytes of text, a 64-bit integer, NULL; empty text is not "
	    "NULL; the open transaction is gone");
	unlink(db);
	path_of(err, sizeof(err), "store.db-wal");
	unlink(err);
	path_of(err, sizeof(err), "store.db-shm");
	unlink(err);
}

int
main(void)
{
	scratch_make("wire-load-test");
	path_of(dbpath, sizeof(dbpath), "news.db");
	path_of(inpath, sizeof(inpath), "in.jsonl");
	dbh = open_db(dbpath);
	test_load();
	test_close();
	test_store();
	sqlite3_close(dbh);
	scratch_remove();
	wire_buf_free(&got_err);
	wire_buf_free(&rows);
	return tap_done();
}
