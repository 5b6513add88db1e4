/*
 * load.c: the wire-load stage.  Turns records into upserts on the
 * documents, sentences, entities and dates tables, in batches of one
 * transaction each; a batch where a record failed is written again with a
 * savepoint per record, so that a record the database refuses is rejected
 * alone.
 *
 * Re-loading is idempotent: documents, sentences, entities and dates are
 * upserts on their ids (entities and dates keyed by their place in the
 * sentence's array, the rows past the array's end deleted) whenever the
 * record carries them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wire/id.h"
#include "wire/load.h"
#include "wire/store.h"

enum {
	S_DOC, S_SENT, S_DELENT, S_ENT, S_DELDATE, S_DATE, S_N
};

/* Buffers for decoded strings, one per value alive at once. */
enum {
	B_ID, B_URL, B_SRC, B_TITLE, B_PUB, B_FETCHED, B_DUP, B_TEXT,
	B_ETEXT, B_ETYPE, B_ENAME, B_EMOD, B_N
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS documents (\n"
	"  id TEXT PRIMARY KEY,\n"
	"  url TEXT,\n"
	"  source TEXT,\n"
	"  title TEXT,\n"
	"  published TEXT,\n"
	"  day TEXT,\n"
	"  dup_of TEXT,\n"
	"  text TEXT\n"
	");\n"
	"CREATE INDEX IF NOT EXISTS documents_day ON documents (day);\n"
	"CREATE INDEX IF NOT EXISTS documents_source_day ON documents (source, day);\n"
	"CREATE TABLE IF NOT EXISTS sentences (\n"
	"  doc TEXT NOT NULL,\n"
	"  n BIGINT NOT NULL,\n"
	"  para BIGINT,\n"
	"  start BIGINT,\n"
	"  \"end\" BIGINT,\n"
	"  text TEXT,\n"
	"  day TEXT,\n"
	"  PRIMARY KEY (doc, n)\n"
	");\n"
	"CREATE TABLE IF NOT EXISTS entities (\n"
	"  doc TEXT NOT NULL,\n"
	"  n BIGINT NOT NULL,\n"
	"  i BIGINT NOT NULL,\n"
	"  text TEXT,\n"
	"  type TEXT,\n"
	"  name TEXT,\n"
	"  start BIGINT,\n"
	"  \"end\" BIGINT,\n"
	"  day TEXT,\n"
	"  PRIMARY KEY (doc, n, i)\n"
	");\n"
	"CREATE INDEX IF NOT EXISTS entities_name_day ON entities (name, day);\n"
	"CREATE INDEX IF NOT EXISTS entities_day ON entities (day, type);\n"
	"CREATE TABLE IF NOT EXISTS dates (\n"
	"  doc TEXT NOT NULL,\n"
	"  n BIGINT NOT NULL,\n"
	"  i BIGINT NOT NULL,\n"
	"  text TEXT,\n"
	"  type TEXT,\n"
	"  value TEXT,\n"
	"  start BIGINT,\n"
	"  \"end\" BIGINT,\n"
	"  day TEXT,\n"
	"  mod TEXT,\n"
	"  PRIMARY KEY (doc, n, i)\n"
	");\n"
	"CREATE INDEX IF NOT EXISTS dates_value ON dates (value);\n";

/*
 * What a database made before a column came needs: the probe fails there,
 * and the change that follows it adds the column.  NULL ends it.
 */
static const struct {
	const char	*probe, *change;
} upgrades[] = {
	{ "SELECT mod FROM dates LIMIT 0",
	    "ALTER TABLE dates ADD COLUMN mod TEXT" },
	{ NULL, NULL }
};

/*
 * Upserts change a row only when a value differs, so that loading the same
 * records again writes nothing (no new row versions, no dirty pages).
 */
#define DIFF(c, t) "excluded." c " IS DISTINCT FROM " t "." c
#define DIFF_COAL(c) "COALESCE(excluded." c ", documents." c ") IS DISTINCT " \
	"FROM documents." c
/*
 * The upsert of an element of the entities or dates array of a sentence;
 * a date has one column more, its modifier, as $10.
 */
#define ARRAY_UPSERT(t, third, xcol, xval, xset, xdiff) "INSERT INTO " t \
	" (doc, n, i, text, type, " third ", start, \"end\", day" xcol ") " \
	"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9" xval ") ON CONFLICT " \
	"(doc, n, i) DO UPDATE SET text = excluded.text, " \
	"type = excluded.type, " third " = excluded." third ", " \
	"start = excluded.start, \"end\" = excluded.\"end\", " \
	"day = excluded.day" xset " WHERE " DIFF("text", t) " OR " \
	DIFF("type", t) " OR " DIFF(third, t) " OR " DIFF("start", t) " OR " \
	DIFF("\"end\"", t) " OR " DIFF("day", t) xdiff

static const struct {
	const char	*sql;
	int		 n;
} stmts[S_N] = {
	{ "INSERT INTO documents (id, url, source, title, published, day, dup_of, "
	    "text) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO "
	    "UPDATE SET url = COALESCE(excluded.url, documents.url), "
	    "source = COALESCE(excluded.source, documents.source), "
	    "title = COALESCE(excluded.title, documents.title), "
	    "published = COALESCE(excluded.published, documents.published), "
	    "day = COALESCE(excluded.day, documents.day), "
	    "dup_of = COALESCE(excluded.dup_of, documents.dup_of), "
	    "text = COALESCE(excluded.text, documents.text) WHERE "
	    DIFF_COAL("url") " OR " DIFF_COAL("source") " OR " DIFF_COAL("title")
	    " OR " DIFF_COAL("published") " OR " DIFF_COAL("day") " OR "
	    DIFF_COAL("dup_of") " OR " DIFF_COAL("text"), 8 },
	{ "INSERT INTO sentences (doc, n, para, start, \"end\", text, day) VALUES "
	    "($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (doc, n) DO UPDATE SET "
	    "para = excluded.para, start = excluded.start, \"end\" = excluded.\"end\", "
	    "text = excluded.text, day = excluded.day WHERE "
	    DIFF("para", "sentences") " OR " DIFF("start", "sentences") " OR "
	    DIFF("\"end\"", "sentences") " OR " DIFF("text", "sentences") " OR "
	    DIFF("day", "sentences"), 7 },
	{ "DELETE FROM entities WHERE doc = $1 AND n = $2 AND i >= $3", 3 },
	{ ARRAY_UPSERT("entities", "name", "", "", "", ""), 9 },
	{ "DELETE FROM dates WHERE doc = $1 AND n = $2 AND i >= $3", 3 },
	{ ARRAY_UPSERT("dates", "value", ", mod", ", $10",
	    ", mod = excluded.mod", " OR " DIFF("mod", "dates")), 10 }
};

/* A record of the open batch, kept until it commits. */
struct held {
	size_t			 off, len;	/* in wire_load.held */
	const char		*file;		/* where it came from */
	unsigned long		 line;
	int			 ok;		/* written (1) or rejected (0) */
};

struct wire_load {
	struct wire_store	*st;
	size_t			 batch;
	size_t			 inbatch;	/* records in the open batch */
	int			 intx;		/* a batch is open */
	uint64_t		 lastdoc;	/* the document row last written */
	struct wire_buf		 held;		/* the open batch's records */
	struct held		*hv;
	size_t			 nheld, cap;
	int			 careful;	/* a savepoint per record */
	struct wire_record	 rr;		/* a held record, replayed */
	struct wire_buf		 b[B_N];
	struct wire_buf		 host;
	struct wire_record	 el;		/* an element of an array */
	char			 why[512];
};

/*
 * The schema; see wire/load.h.
 */
const char *
wire_load_schema(void)
{
	return schema;
}

/*
 * Opens the database and makes the schema; see wire/load.h.
 */
struct wire_load *
wire_load_open(const char *db, size_t batch, char *err, size_t errlen)
{
	struct wire_load *l;
	int i;

	if ((l = calloc(1, sizeof(*l))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	l->batch = batch > 0 ? batch : WIRE_LOAD_DEFAULT_BATCH;
	l->host.max = 4096;
	if ((l->st = wire_store_open(db, err, errlen)) == NULL) {
		free(l);
		return NULL;
	}
	if (wire_store_exec(l->st, "BEGIN", err, errlen) == -1 ||
	    wire_store_exec(l->st, schema, err, errlen) == -1 ||
	    wire_store_exec(l->st, "COMMIT", err, errlen) == -1) {
		wire_load_close(l, 0, NULL, 0);
		return NULL;
	}
	for (i = 0; upgrades[i].probe != NULL; i++)
		if (wire_store_exec(l->st, upgrades[i].probe, err, errlen) == -1 &&
		    wire_store_exec(l->st, upgrades[i].change, err, errlen) == -1) {
			wire_load_close(l, 0, NULL, 0);
			return NULL;
		}
	for (i = 0; i < S_N; i++)
		if (wire_store_prepare(l->st, i, stmts[i].sql, stmts[i].n, err,
		    errlen) == -1) {
			wire_load_close(l, 0, NULL, 0);
			return NULL;
		}
	if (wire_store_pipeline(l->st, err, errlen) == -1) {
		wire_load_close(l, 0, NULL, 0);
		return NULL;
	}
	return l;
}

static void
sv_null(struct wire_sval *v)
{
	v->type = WIRE_SV_NULL;
	v->s = NULL;
	v->n = 0;
}

static void
sv_text(struct wire_sval *v, const char *s, size_t n)
{
	v->type = WIRE_SV_TEXT;
	v->s = s;
	v->n = n;
}

static void
sv_int(struct wire_sval *v, long long i)
{
	v->type = WIRE_SV_INT;
	v->i = i;
}

/*
 * A string (or absent, or null) field of r into v, decoded into b.
 * Returns 0, or -1 with the reason in l->why (pre names an array element).
 */
static int
str_val(struct wire_load *l, const struct wire_record *r, const char *pre,
    const char *key, struct wire_buf *b, size_t max, struct wire_sval *v)
{
	const struct wire_field *f = wire_record_get(r, key);
	const char *s;
	size_t n;

	sv_null(v);
	if (f == NULL || f->type == WIRE_NULL)
		return 0;
	b->max = max;
	if (f->type != WIRE_STRING) {
		snprintf(l->why, sizeof(l->why), "%s%s: not a string", pre, key);
		return -1;
	}
	if ((s = wire_field_str(f, b, &n)) == NULL) {
		snprintf(l->why, sizeof(l->why), "%s%s: longer than %zu bytes", pre,
		    key, max);
		return -1;
	}
	/* PostgreSQL text cannot hold NUL; refuse it in SQLite too. */
	if (memchr(s, '\0', n) != NULL) {
		snprintf(l->why, sizeof(l->why), "%s%s: holds a NUL character", pre,
		    key);
		return -1;
	}
	sv_text(v, s, n);
	return 0;
}

/* An integer (or absent, or null) field; as str_val(). */
static int
int_val(struct wire_load *l, const struct wire_record *r, const char *pre,
    const char *key, struct wire_sval *v)
{
	const struct wire_field *f = wire_record_get(r, key);
	long long i;

	sv_null(v);
	if (f == NULL || f->type == WIRE_NULL)
		return 0;
	if (wire_field_int(f, &i) == -1) {
		snprintf(l->why, sizeof(l->why), "%s%s: not an integer", pre, key);
		return -1;
	}
	sv_int(v, i);
	return 0;
}

/* The day (YYYY-MM-DD) that a published value begins with, if any. */
static void
day_of(const struct wire_sval *pub, struct wire_sval *day)
{
	static const char pat[] = "dddd-dd-dd";
	size_t i;

	sv_null(day);
	if (pub->type != WIRE_SV_TEXT || pub->n < 10)
		return;
	for (i = 0; i < 10; i++)
		if (pat[i] == 'd' ? pub->s[i] < '0' || pub->s[i] > '9' :
		    pub->s[i] != '-')
			return;
	sv_text(day, pub->s, 10);
}

/*
 * The day of record r into *day: that of pub (its published value), else
 * that of its fetched_at, so that a report with no date of its own still
 * counts on the day it was collected.  A fetched_at that is not a date
 * string gives no day, not an error: the column is only derived.  *day may
 * point into l's buffers until the next record.  Returns 0, or -1 (l->why
 * set) when fetched_at cannot be decoded.
 */
static int
record_day(struct wire_load *l, const struct wire_record *r,
    const struct wire_sval *pub, struct wire_sval *day)
{
	const struct wire_field *fl;
	struct wire_sval f;

	day_of(pub, day);
	if (day->type != WIRE_SV_NULL ||
	    (fl = wire_record_get(r, "fetched_at")) == NULL ||
	    fl->type != WIRE_STRING)
		return 0;
	if (str_val(l, r, "", "fetched_at", &l->b[B_FETCHED], 4096, &f) == -1)
		return -1;
	day_of(&f, day);
	return 0;
}

/* The host of an http(s) URL, lower case, without "www.". */
static void
host_of(struct wire_load *l, const struct wire_sval *url, struct wire_sval *v)
{
	const char *p, *e, *at;
	size_t i;

	sv_null(v);
	if (url->type != WIRE_SV_TEXT)
		return;
	p = url->s;
	e = url->s + url->n;
	if ((size_t)(e - p) > 8 && strncmp(p, "https://", 8) == 0)
		p += 8;
	else if ((size_t)(e - p) > 7 && strncmp(p, "http://", 7) == 0)
		p += 7;
	else
		return;
	for (at = p; at < e && *at != '/' && *at != '?' && *at != '#'; at++)
		if (*at == '@')
			p = at + 1;
	e = at;
	for (at = p; at < e && *at != ':'; at++)
		;
	e = at;
	/* Host names ignore case: WWW.Example.com is example.com too. */
	if (e - p > 4 && strncasecmp(p, "www.", 4) == 0)
		p += 4;
	wire_buf_reset(&l->host);
	for (i = 0; p + i < e; i++)
		wire_buf_putc(&l->host, p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
	if (!l->host.full && l->host.len > 0)
		sv_text(v, l->host.p, l->host.len);
}

static uint64_t
span_hash(uint64_t h, const struct wire_record *r, const char *key)
{
	const struct wire_field *f = wire_record_get(r, key);

	return f == NULL ? wire_hash64("-", 1, h) :
	    wire_hash64(f->val, f->vlen, h);
}

/*
 * The documents row of r: a document record (text is wanted) or the
 * fields a sentence record carries (doc is its document id).
 */
static int
put_doc(struct wire_load *l, const struct wire_record *r,
    const struct wire_sval *doc, int whole)
{
	struct wire_sval v[8];
	char made[WIRE_ID_LEN + 1];
	uint64_t h = 0;

	if (!whole) {
		/* Sentences of one document carry the same fields: write once. */
		h = wire_hash64(doc->s, doc->n, 7);
		h = span_hash(h, r, "url");
		h = span_hash(h, r, "title");
		h = span_hash(h, r, "published");
		h = span_hash(h, r, "fetched_at");
		h = span_hash(h, r, "dup_of");
		h = span_hash(h, r, "source") | 1;
		if (h == l->lastdoc)
			return 0;
	}
	if (str_val(l, r, "", "url", &l->b[B_URL], 1 << 20, &v[1]) == -1 ||
	    str_val(l, r, "", "source", &l->b[B_SRC], 4096, &v[2]) == -1 ||
	    str_val(l, r, "", "title", &l->b[B_TITLE], 1 << 20, &v[3]) == -1 ||
	    str_val(l, r, "", "published", &l->b[B_PUB], 4096, &v[4]) == -1 ||
	    str_val(l, r, "", "dup_of", &l->b[B_DUP], 4096, &v[6]) == -1)
		return -1;
	sv_null(&v[7]);
	if (whole && str_val(l, r, "", "text", &l->b[B_TEXT], (size_t)1 << 30,
	    &v[7]) == -1)
		return -1;
	if (doc != NULL)
		v[0] = *doc;
	else if (v[1].type == WIRE_SV_NULL && v[7].type == WIRE_SV_NULL) {
		snprintf(l->why, sizeof(l->why), "no id, url or text");
		return -1;
	} else {
		wire_doc_id(v[1].s, v[1].n, v[7].s, v[7].n, made);
		sv_text(&v[0], made, WIRE_ID_LEN);
	}
	if (v[2].type == WIRE_SV_NULL)
		host_of(l, &v[1], &v[2]);
	if (record_day(l, r, &v[4], &v[5]) == -1)
		return -1;
	if (wire_store_run(l->st, S_DOC, v, 8, l->why, sizeof(l->why)) == -1)
		return -1;
	l->lastdoc = h;
	return 0;
}

/*
 * Replaces the rows of one array ("entities" or "dates") of a sentence.
 * An absent array leaves the rows alone: the record was not tagged.  A
 * field extra of each element, when not NULL (a date's "mod", absent or
 * null when it has none), is a tenth value.
 */
static int
put_array(struct wire_load *l, const struct wire_record *r, const char *key,
    const char *third, const char *extra, int del, int ins,
    const struct wire_sval *doc, const struct wire_sval *n,
    const struct wire_sval *day)
{
	const struct wire_field *f = wire_record_get(r, key);
	struct wire_sval v[10];
	int nv = extra != NULL ? 10 : 9;
	const char *p, *e, *el;
	char pre[64], why[128];
	size_t elen;
	long long i = 0;

	if (f == NULL || f->type == WIRE_NULL)
		return 0;
	if (f->type != WIRE_ARRAY) {
		snprintf(l->why, sizeof(l->why), "%s: not an array", key);
		return -1;
	}
	v[0] = *doc;
	v[1] = *n;
	p = f->val + 1;
	e = f->val + f->vlen;
	for (; wire_json_array_next(&p, e, &el, &elen); i++) {
		snprintf(pre, sizeof(pre), "%s[%lld].", key, i);
		if (elen == 0 || *el != '{' ||
		    wire_record_parse(&l->el, el, elen, why, sizeof(why)) == -1) {
			snprintf(l->why, sizeof(l->why), "%s[%lld]: not an object",
			    key, i);
			return -1;
		}
		sv_int(&v[2], i);
		if (str_val(l, &l->el, pre, "text", &l->b[B_ETEXT], 1 << 20,
		    &v[3]) == -1 ||
		    str_val(l, &l->el, pre, "type", &l->b[B_ETYPE], 4096,
		    &v[4]) == -1 ||
		    str_val(l, &l->el, pre, third, &l->b[B_ENAME], 1 << 20,
		    &v[5]) == -1 ||
		    int_val(l, &l->el, pre, "start", &v[6]) == -1 ||
		    int_val(l, &l->el, pre, "end", &v[7]) == -1)
			return -1;
		/* An entity without a canonical name is known by its text. */
		if (v[5].type == WIRE_SV_NULL && strcmp(third, "name") == 0)
			v[5] = v[3];
		v[8] = *day;
		if (extra != NULL && str_val(l, &l->el, pre, extra, &l->b[B_EMOD],
		    64, &v[9]) == -1)
			return -1;
		if (wire_store_run(l->st, ins, v, nv, l->why, sizeof(l->why)) == -1)
			return -1;
	}
	/* Rows beyond the array are what an earlier, longer array left. */
	sv_int(&v[2], i);
	return wire_store_run(l->st, del, v, 3, l->why, sizeof(l->why));
}

/* Writes a sentence record. */
static int
put_sentence(struct wire_load *l, const struct wire_record *r)
{
	struct wire_sval v[7], day, pub;

	if (str_val(l, r, "", "doc", &l->b[B_ID], 4096, &v[0]) == -1)
		return -1;
	if (v[0].type == WIRE_SV_NULL || v[0].n == 0) {
		snprintf(l->why, sizeof(l->why), "doc: empty");
		return -1;
	}
	if (int_val(l, r, "", "n", &v[1]) == -1)
		return -1;
	if (v[1].type == WIRE_SV_NULL || v[1].i < 0) {
		snprintf(l->why, sizeof(l->why), "n: missing or negative");
		return -1;
	}
	if (put_doc(l, r, &v[0], 0) == -1)
		return -1;
	/* put_doc() may skip its decoding: published is decoded again here. */
	if (str_val(l, r, "", "published", &l->b[B_PUB], 4096, &pub) == -1 ||
	    int_val(l, r, "", "para", &v[2]) == -1 ||
	    int_val(l, r, "", "start", &v[3]) == -1 ||
	    int_val(l, r, "", "end", &v[4]) == -1 ||
	    str_val(l, r, "", "text", &l->b[B_TEXT], (size_t)1 << 30, &v[5]) == -1)
		return -1;
	if (record_day(l, r, &pub, &day) == -1)
		return -1;
	v[6] = day;
	if (wire_store_run(l->st, S_SENT, v, 7, l->why, sizeof(l->why)) == -1)
		return -1;
	if (put_array(l, r, "entities", "name", NULL, S_DELENT, S_ENT, &v[0],
	    &v[1], &day) == -1 ||
	    put_array(l, r, "dates", "value", "mod", S_DELDATE, S_DATE, &v[0],
	    &v[1], &day) == -1)
		return -1;
	return 0;
}

/* Ends the open batch: COMMIT (or ROLLBACK), and forgets what it held. */
static int
end_batch(struct wire_load *l, int commit, char *err, size_t errlen)
{
	l->nheld = 0;
	l->careful = 0;
	wire_buf_reset(&l->held);
	if (!l->intx)
		return 0;
	l->intx = 0;
	l->lastdoc = 0;
	if (wire_store_exec(l->st, commit ? "COMMIT" : "ROLLBACK", err,
	    errlen) == -1)
		return -1;
	return wire_store_sync(l->st, err, errlen);
}

/* Runs r's statements: a document or a sentence.  -1: reason in l->why. */
static int
put_record(struct wire_load *l, const struct wire_record *r)
{
	const struct wire_field *idf;
	struct wire_sval id;

	l->why[0] = '\0';
	if (wire_record_get(r, "doc") != NULL)
		return put_sentence(l, r);
	idf = wire_record_get(r, "id");
	if (str_val(l, r, "", "id", &l->b[B_ID], 4096, &id) == -1)
		return -1;
	return put_doc(l, r, idf != NULL && id.type == WIRE_SV_TEXT && id.n > 0 ?
	    &id : NULL, 1);
}

/*
 * Writes r alone under a savepoint, so that a refusal undoes r and nothing
 * before it.  Returns 1 when written, 0 when r was rejected (with a
 * message naming line of file), -1 on a failure of the database itself
 * (message in err).
 */
static int
put_careful(struct wire_stream *s, struct wire_load *l,
    const struct wire_record *r, const char *file, unsigned long line,
    char *err, size_t errlen)
{
	const char *sfile = s->where_file;
	unsigned long sline = s->where_line;
	int rc;

	if (wire_store_exec(l->st, "SAVEPOINT r", err, errlen) == -1)
		return -1;
	rc = put_record(l, r);
	/* Queued statements fail here, in PostgreSQL's pipeline. */
	if (rc == 0 && wire_store_sync(l->st, l->why, sizeof(l->why)) == -1)
		rc = -1;
	if (rc == 0)
		return wire_store_exec(l->st, "RELEASE SAVEPOINT r", err,
		    errlen) == -1 ? -1 : 1;
	l->lastdoc = 0;
	/* What was queued before the fault is undone with it. */
	(void)wire_store_sync(l->st, err, errlen);
	s->where_file = file;
	s->where_line = line;
	wire_stream_reject(s, r->line, r->len, "%s", l->why);
	s->where_file = sfile;
	s->where_line = sline;
	if (wire_store_exec(l->st, "ROLLBACK TO SAVEPOINT r", err, errlen) == -1 ||
	    wire_store_exec(l->st, "RELEASE SAVEPOINT r", err, errlen) == -1 ||
	    wire_store_sync(l->st, err, errlen) == -1)
		return -1;
	return 0;
}

/*
 * The open batch failed somewhere: rolls it back and writes its records
 * again one by one under savepoints, rejecting the ones refused.  The rest
 * of the batch stays careful.  Returns 0, or -1 with a message in err.
 */
static int
replay(struct wire_stream *s, struct wire_load *l, char *err, size_t errlen)
{
	char why[256];
	size_t i;
	int rc;

	l->lastdoc = 0;
	(void)wire_store_sync(l->st, err, errlen);
	if (wire_store_exec(l->st, "ROLLBACK", err, errlen) == -1 ||
	    wire_store_sync(l->st, err, errlen) == -1 ||
	    wire_store_exec(l->st, "BEGIN", err, errlen) == -1)
		return -1;
	l->careful = 1;
	for (i = 0; i < l->nheld; i++) {
		struct held *h = &l->hv[i];

		/* Each was parsed once already: this cannot fail. */
		if (wire_record_parse(&l->rr, l->held.p + h->off, h->len, why,
		    sizeof(why)) == -1) {
			snprintf(err, errlen, "held record: %s", why);
			return -1;
		}
		if ((rc = put_careful(s, l, &l->rr, h->file, h->line, err,
		    errlen)) == -1)
			return -1;
		h->ok = rc;
	}
	return 0;
}

/*
 * Commits the open batch, after replaying it when one of its statements
 * failed, and counts its records written as output.  Returns 0, or -1
 * with a message in err.
 */
static int
commit_batch(struct wire_stream *s, struct wire_load *l, char *err,
    size_t errlen)
{
	size_t i;

	if (!l->intx)
		return 0;
	if (!l->careful && wire_store_sync(l->st, l->why, sizeof(l->why)) == -1 &&
	    replay(s, l, err, errlen) == -1)
		return -1;
	for (i = 0; i < l->nheld; i++)
		s->nout += l->hv[i].ok;
	return end_batch(l, 1, err, errlen);
}

/* Keeps a copy of r for a replay of the batch.  -1: out of memory. */
static int
hold(struct wire_stream *s, struct wire_load *l, const struct wire_record *r)
{
	struct held *h;

	if (l->nheld == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 256;

		if ((h = realloc(l->hv, cap * sizeof(*h))) == NULL)
			return -1;
		l->hv = h;
		l->cap = cap;
	}
	h = &l->hv[l->nheld];
	h->off = l->held.len;
	h->len = r->len;
	h->file = s->where_file;
	h->line = s->where_line;
	h->ok = 1;
	wire_buf_add(&l->held, r->line, r->len);
	if (l->held.full)
		return -1;
	l->nheld++;
	return 0;
}

/*
 * Loads one record; see wire/load.h.
 *
 * Records run without a savepoint each (a savepoint copies every page a
 * record touches), but are held until their batch commits: when one is
 * refused, the batch is rolled back and written again record by record
 * under savepoints, so that only the refused record is lost.
 */
int
wire_load_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_load *l = ctx;
	char err[512];
	int rc;

	if (wire_record_get(r, "doc") == NULL && wire_record_get(r, "id") == NULL &&
	    wire_record_get(r, "url") == NULL && wire_record_get(r, "text") == NULL) {
		wire_stream_reject(s, r->line, r->len, "neither a document (id, url "
		    "or text) nor a sentence (doc, n) record");
		return 0;
	}
	if (!l->intx) {
		if (wire_store_exec(l->st, "BEGIN", err, sizeof(err)) == -1)
			goto fatal;
		l->intx = 1;
	}
	if (hold(s, l, r) == -1) {
		snprintf(err, sizeof(err), "out of memory holding a batch");
		goto fatal;
	}
	if (l->careful) {
		if ((rc = put_careful(s, l, r, s->where_file, s->where_line, err,
		    sizeof(err))) == -1)
			goto fatal;
		l->hv[l->nheld - 1].ok = rc;
	} else if (put_record(l, r) == -1 && replay(s, l, err, sizeof(err)) == -1)
		goto fatal;
	if ((l->nheld >= l->batch || l->held.len >= WIRE_LOAD_HELD_MAX) &&
	    commit_batch(s, l, err, sizeof(err)) == -1)
		goto fatal;
	return 0;
fatal:
	wire_warn(s->prog, NULL, "database: %s", err);
	s->fatal = 1;
	return -1;
}

/*
 * Commits the last batch; see wire/load.h.
 */
int
wire_load_flush(struct wire_stream *s, struct wire_load *l)
{
	char err[512];

	if (commit_batch(s, l, err, sizeof(err)) == -1) {
		wire_warn(s->prog, NULL, "database: %s", err);
		s->fatal = 1;
		return -1;
	}
	return 0;
}

/*
 * Ends the last batch and closes; see wire/load.h.
 */
int
wire_load_close(struct wire_load *l, int commit, char *err, size_t errlen)
{
	char tmp[512];
	int i, ret = 0;

	if (l == NULL)
		return 0;
	if (l->intx && end_batch(l, commit, err != NULL ? err : tmp,
	    err != NULL ? errlen : sizeof(tmp)) == -1)
		ret = -1;
	wire_store_close(l->st);
	for (i = 0; i < B_N; i++)
		wire_buf_free(&l->b[i]);
	wire_buf_free(&l->host);
	wire_buf_free(&l->held);
	free(l->hv);
	wire_record_free(&l->el);
	wire_record_free(&l->rr);
	free(l);
	return ret;
}
