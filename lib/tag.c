/*
 * tag.c: the wire-tag stage.  Adds an "entities" array (people,
 * organisations and places with their canonical names) and a "dates"
 * array to each record with a text, resolving dates against the record's
 * published date (else --ref-date, else fetched_at, said in "ref_source"),
 * and converting the byte offsets of the recognizer and of the scanner
 * into the code points of the record contract in one pass over the text.
 * Sentence records of one document arriving in a row share the document
 * state, so "Putin" in one sentence is the "Vladimir Putin" of an earlier
 * one and "the previous day" refers to a date of an earlier one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/ner.h"
#include "wire/record.h"
#include "wire/tag.h"
#include "wire/text.h"
#include "wire/timex.h"

/*
 * Loads the lexicon and the recognizer and parses --ref-date; see
 * wire/tag.h.
 */
int
wire_tag_job_init(struct wire_tag_job *job, const char *lexicon,
    const char *nerdir, const char *model, const char *ref_date, int order,
    char *err, size_t errlen)
{
	char why[512];

	memset(job, 0, sizeof(*job));
	job->order = order;
	job->tmp.max = 4096;
	if (ref_date != NULL && wire_timex_parse_ref(ref_date, strlen(ref_date),
	    &job->ry, &job->rm, &job->rd) == -1) {
		snprintf(err, errlen, "--ref-date: not a date: %s", ref_date);
		return -1;
	}
	if (lexicon != NULL &&
	    (job->cx = wire_timex_load(lexicon, why, sizeof(why))) == NULL) {
		if (strncmp(why, lexicon, strlen(lexicon)) == 0)
			snprintf(err, errlen, "%s", why);
		else
			snprintf(err, errlen, "%s: %s", lexicon, why);
		return -1;
	}
	if (nerdir == NULL)
		return 0;
	if (model == NULL)
		job->ner = wire_ner_load(nerdir, err, errlen);
	else
		job->ner = wire_ner_load_model(nerdir, model, err, errlen);
	if (job->ner == NULL)
		return -1;
	if ((job->nd = wire_ner_doc_new()) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	return 0;
}

/*
 * Frees the lexicon, the recognizer, the document state and the buffers
 * of job.
 */
void
wire_tag_job_free(struct wire_tag_job *job)
{
	wire_timex_free(job->cx);
	wire_ner_free(job->ner);
	wire_ner_doc_free(job->nd);
	free(job->tx);
	free(job->ent);
	wire_buf_free(&job->text);
	wire_buf_free(&job->tmp);
	memset(job, 0, sizeof(*job));
}

/* The fields of a record that wire-tag reads or replaces. */
enum { F_ID, F_DOC, F_TEXT, F_DATES, F_ENTITIES, F_PUBLISHED, F_FETCHED_AT,
	F_REF_SOURCE, F_N };

static const char *const field_names[F_N] = { "id", "doc", "text", "dates",
	"entities", "published", "fetched_at", "ref_source" };

/* Whether field f is named key (klen bytes, no escapes in key). */
static int
named(const struct wire_field *f, const char *key, size_t klen)
{
	return f->klen == klen && (klen == 0 || f->key[0] == key[0]) &&
	    memcmp(f->key, key, klen) == 0;
}

/*
 * Sets at[F_...] to the index in r->f of the last field of each name (as
 * wire_record_index() finds it), -1 when absent: one pass over the fields
 * from the last instead of one for each name.  The names differ in length
 * but for the last two, which differ in their first byte; a key with
 * escapes sends it all to wire_record_index().
 */
static void
find_fields(const struct wire_record *r, long *at)
{
	static const signed char by_len[] = { -1, -1, F_ID, F_DOC, F_TEXT,
	    F_DATES, -1, -1, F_ENTITIES, F_PUBLISHED, F_FETCHED_AT };
	const struct wire_field *f;
	size_t i;
	int k;

	for (k = 0; k < F_N; k++)
		at[k] = -1;
	for (i = r->n; i-- > 0;) {
		f = &r->f[i];
		if (f->kesc) {
			for (k = 0; k < F_N; k++)
				at[k] = wire_record_index(r, field_names[k]);
			return;
		}
		if (f->klen >= sizeof(by_len) || (k = by_len[f->klen]) < 0)
			continue;
		if (k == F_FETCHED_AT && f->key[0] != 'f')
			k = F_REF_SOURCE;
		if (at[k] < 0 && named(f, field_names[k], f->klen))
			at[k] = (long)i;
	}
}

/* The field at index i of r, or NULL when i < 0. */
static const struct wire_field *
field_at(const struct wire_record *r, long i)
{
	return i < 0 ? NULL : &r->f[i];
}

/* A date from a string field; returns 0, or -1 when absent or not one. */
static int
field_date(const struct wire_field *f, struct wire_buf *tmp, int *y, int *m,
    int *d)
{
	const char *v;
	size_t n;

	if ((v = wire_field_str(f, tmp, &n)) == NULL)
		return -1;
	return wire_timex_parse_ref(v, n, y, m, d);
}

/*
 * The date of the "published" field f as field_date() reads it (returns 0
 * with the date, or -1).  The sentences of a document repeat its value,
 * so the last one parsed is kept with its result, compared raw.
 */
static int
published_date(struct wire_tag_job *job, const struct wire_field *f, int *y,
    int *m, int *d)
{
	if (f == NULL || f->type != WIRE_STRING || f->vesc ||
	    f->vlen > sizeof(job->pub))
		return field_date(f, &job->tmp, y, m, d);
	if (f->vlen != job->publen || memcmp(f->val, job->pub, f->vlen) != 0) {
		memcpy(job->pub, f->val, f->vlen);
		job->publen = f->vlen;
		job->pubrc = field_date(f, &job->tmp, &job->puby, &job->pubm,
		    &job->pubd);
	}
	if (job->pubrc == 0) {
		*y = job->puby;
		*m = job->pubm;
		*d = job->pubd;
	}
	return job->pubrc;
}

/* Chooses the reference date; returns where it came from ("" published). */
static const char *
reference(struct wire_tag_job *job, const struct wire_record *r,
    const long *at, int *y, int *m, int *d)
{
	if (published_date(job, field_at(r, at[F_PUBLISHED]), y, m, d) == 0)
		return "";
	if (job->ry > 0) {
		*y = job->ry;
		*m = job->rm;
		*d = job->rd;
		return "ref-date";
	}
	if (field_date(field_at(r, at[F_FETCHED_AT]), &job->tmp, y, m, d) == 0)
		return "fetched_at";
	*y = *m = *d = 0;
	return "none";
}

/* Starts a new document state unless r continues the last document. */
static void
open_doc(struct wire_tag_job *job, const struct wire_record *r,
    const long *at, int y, int m, int d)
{
	const char *id;
	size_t n;

	id = wire_field_str(field_at(r, at[F_DOC]), &job->tmp, &n);
	if (id == NULL)
		id = wire_field_str(field_at(r, at[F_ID]), &job->tmp, &n);
	if (id != NULL && n > 0 && n <= sizeof(job->docid) &&
	    n == job->docidlen && memcmp(id, job->docid, n) == 0)
		return;
	wire_timex_doc_init(&job->doc, y, m, d);
	job->doc.order = job->order;
	if (job->nd != NULL)
		wire_ner_doc_reset(job->nd);
	job->docidlen = 0;
	if (id != NULL && n > 0 && n <= sizeof(job->docid)) {
		memcpy(job->docid, id, n);
		job->docidlen = n;
	}
}

/* Whether byte i of the n bytes of text starts a code point (or ends it). */
static int
boundary(const char *text, size_t n, size_t i)
{
	return i == n || (i < n && ((unsigned char)text[i] & 0xc0) != 0x80);
}

/* Writes the "entities" array of the n entities found in text. */
static void
write_entities(struct wire_json *w, const struct wire_entity *e, size_t n,
    const char *text, size_t len)
{
	size_t i, pos = 0, cp = 0, cstart;
	const char *type;

	wire_json_key(w, "entities");
	wire_json_arr(w);
	for (i = 0; i < n; i++) {
		if (e[i].start < pos || e[i].end <= e[i].start ||
		    !boundary(text, len, e[i].start) ||
		    !boundary(text, len, e[i].end))
			continue;	/* never: the recognizer reports in order */
		type = wire_ner_type_name(e[i].type);
		if (*type == '\0')
			continue;
		cp += wire_utf8_count(text + pos, e[i].start - pos);
		cstart = cp;
		cp += wire_utf8_count(text + e[i].start, e[i].end - e[i].start);
		pos = e[i].end;
		wire_json_obj(w);
		wire_json_key(w, "text");
		wire_json_str(w, text + e[i].start, e[i].end - e[i].start);
		wire_json_key(w, "type");
		wire_json_str(w, type, strlen(type));
		wire_json_key(w, "start");
		wire_json_int(w, (long long)cstart);
		wire_json_key(w, "end");
		wire_json_int(w, (long long)cp);
		wire_json_key(w, "name");
		if (e[i].name != NULL && e[i].namelen > 0)
			wire_json_str(w, e[i].name, e[i].namelen);
		else
			wire_json_str(w, text + e[i].start,
			    e[i].end - e[i].start);
		wire_json_close(w);
	}
	wire_json_close(w);
}

/*
 * Writes the "dates" array of the n expressions found in text.  The array
 * is composed as raw JSON, its constant keys in whole pieces: a date costs
 * five keys and as many separators through the writer, which add up over
 * a news feed.
 */
static void
write_dates(struct wire_json *w, const struct wire_timex *tx, size_t n,
    const char *text)
{
	size_t i, pos = 0, cp = 0, cstart, k = 0;
	struct wire_buf *b = w->b;
	const char *type, *mod;

	wire_json_key(w, "dates");
	wire_json_raw(w, "[", 1);
	for (i = 0; i < n; i++) {
		if (tx[i].start < pos)
			continue;	/* never: the scanner reports in order */
		cp += wire_utf8_count(text + pos, tx[i].start - pos);
		cstart = cp;
		cp += wire_utf8_count(text + tx[i].start, tx[i].end - tx[i].start);
		pos = tx[i].end;
		type = wire_timex_type_name(tx[i].type);
		if (k++ > 0)
			wire_buf_putc(b, ',');
		wire_buf_add(b, "{\"text\":", 8);
		wire_json_quote(b, text + tx[i].start, tx[i].end - tx[i].start);
		wire_buf_add(b, ",\"type\":", 8);
		wire_json_quote(b, type, strlen(type));
		wire_buf_add(b, ",\"value\":", 9);
		wire_json_quote(b, tx[i].value, strlen(tx[i].value));
		if ((mod = wire_timex_mod_name(tx[i].mod)) != NULL) {
			wire_buf_add(b, ",\"mod\":", 7);
			wire_json_quote(b, mod, strlen(mod));
		}
		wire_buf_add(b, ",\"start\":", 9);
		wire_buf_int(b, (long long)cstart);
		wire_buf_add(b, ",\"end\":", 7);
		wire_buf_int(b, (long long)cp);
		wire_buf_putc(b, '}');
	}
	wire_buf_putc(b, ']');
}

/*
 * Tags one record; see wire/tag.h.
 */
int
wire_tag_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_tag_job *job = ctx;
	struct wire_json w;
	long fx[F_N];
	const char *text, *src = "";
	size_t n, nt = 0, ne = 0, k;
	long at = -1, ae = -1, ats = -1;
	int y = 0, m = 0, d = 0;

	if (job->cx == NULL && job->ner == NULL) {
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	find_fields(r, fx);
	job->text.max = s->max_record;
	if ((text = wire_field_str(field_at(r, fx[F_TEXT]), &job->text,
	    &n)) == NULL) {
		if (job->text.full) {
			wire_stream_reject(s, r->line, r->len,
			    "text exceeds %zu bytes", s->max_record);
			return 0;
		}
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	if (job->cx != NULL)
		src = reference(job, r, fx, &y, &m, &d);
	open_doc(job, r, fx, y, m, d);
	if (job->ner != NULL && (ne = wire_ner_find(job->ner, job->nd, text, n,
	    &job->ent, &job->entcap)) == (size_t)-1) {
		wire_stream_reject(s, r->line, r->len, "out of memory");
		return 0;
	}
	if (job->cx != NULL && (nt = wire_timex_find(job->cx, &job->doc, text,
	    n, &job->tx, &job->txcap)) == (size_t)-1) {
		wire_stream_reject(s, r->line, r->len, "out of memory");
		return 0;
	}
	if (job->ner != NULL)
		ae = fx[F_ENTITIES];
	if (job->cx != NULL) {
		at = fx[F_DATES];
		ats = *src != '\0' ? fx[F_REF_SOURCE] : -1;
	}
	if (ae < 0 && at < 0 && ats < 0)	/* nothing to replace */
		wire_json_begin_fields(&w, &s->out, r);
	else {
		wire_json_begin(&w, &s->out);
		for (k = 0; k < r->n; k++) {
			if ((long)k == ae)
				write_entities(&w, job->ent, ne, text, n);
			else if ((long)k == at)
				write_dates(&w, job->tx, nt, text);
			else if ((long)k == ats) {
				wire_json_key(&w, "ref_source");
				wire_json_str(&w, src, strlen(src));
			} else if (!(job->ner != NULL &&
			    named(&r->f[k], "entities", 8)) &&
			    !(job->cx != NULL && named(&r->f[k], "dates", 5)) &&
			    !(ats >= 0 && named(&r->f[k], "ref_source", 10)))
				wire_json_field(&w, &r->f[k]);
		}
	}
	if (job->ner != NULL && ae < 0)
		write_entities(&w, job->ent, ne, text, n);
	if (job->cx != NULL && at < 0)
		write_dates(&w, job->tx, nt, text);
	if (*src != '\0' && ats < 0) {
		wire_json_key(&w, "ref_source");
		wire_json_str(&w, src, strlen(src));
	}
	wire_json_end(&w);
	return wire_stream_emit(s);
}
