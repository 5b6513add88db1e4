/*
 * timex_tag.c: the wire-tag stage.  Adds a "dates" array to each record
 * with a text, resolving against the record's published date (else
 * --ref-date, else fetched_at, said in "ref_source"), and converting the
 * scanner's byte offsets into the code points of the record contract in
 * one pass over the text.  Sentence records of one document arriving in a
 * row share the document state, so "the previous day" in one sentence
 * refers to a date of an earlier one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/record.h"
#include "wire/text.h"
#include "wire/timex.h"

/*
 * Loads the lexicon and parses --ref-date; see wire/timex.h.
 */
int
wire_tag_job_init(struct wire_tag_job *job, const char *path, int dates,
    const char *ref_date, int order, char *err, size_t errlen)
{
	memset(job, 0, sizeof(*job));
	job->dates = dates;
	job->order = order;
	job->tmp.max = 4096;
	if (ref_date != NULL && wire_timex_parse_ref(ref_date, strlen(ref_date),
	    &job->ry, &job->rm, &job->rd) == -1) {
		snprintf(err, errlen, "--ref-date: not a date: %s", ref_date);
		return -1;
	}
	if ((job->cx = wire_timex_load(path, err, errlen)) == NULL)
		return -1;
	return 0;
}

/*
 * Frees the lexicon and buffers of job.
 */
void
wire_tag_job_free(struct wire_tag_job *job)
{
	wire_timex_free(job->cx);
	free(job->tx);
	wire_buf_free(&job->text);
	wire_buf_free(&job->tmp);
	memset(job, 0, sizeof(*job));
}

/* A date from a string field; returns 0, or -1 when absent or not one. */
static int
field_date(const struct wire_record *r, const char *key, struct wire_buf *tmp,
    int *y, int *m, int *d)
{
	const char *v;
	size_t n;

	if ((v = wire_field_str(wire_record_get(r, key), tmp, &n)) == NULL)
		return -1;
	return wire_timex_parse_ref(v, n, y, m, d);
}

/* Chooses the reference date; returns where it came from ("" published). */
static const char *
reference(struct wire_tag_job *job, const struct wire_record *r, int *y,
    int *m, int *d)
{
	if (field_date(r, "published", &job->tmp, y, m, d) == 0)
		return "";
	if (job->ry > 0) {
		*y = job->ry;
		*m = job->rm;
		*d = job->rd;
		return "ref-date";
	}
	if (field_date(r, "fetched_at", &job->tmp, y, m, d) == 0)
		return "fetched_at";
	*y = *m = *d = 0;
	return "none";
}

/* Starts a new document state unless r continues the last document. */
static void
open_doc(struct wire_tag_job *job, const struct wire_record *r, int y, int m,
    int d)
{
	const char *id;
	size_t n;

	id = wire_field_str(wire_record_get(r, "doc"), &job->tmp, &n);
	if (id == NULL)
		id = wire_field_str(wire_record_get(r, "id"), &job->tmp, &n);
	if (id != NULL && n > 0 && n <= sizeof(job->docid) &&
	    n == job->docidlen && memcmp(id, job->docid, n) == 0)
		return;
	wire_timex_doc_init(&job->doc, y, m, d);
	job->doc.order = job->order;
	job->docidlen = 0;
	if (id != NULL && n > 0 && n <= sizeof(job->docid)) {
		memcpy(job->docid, id, n);
		job->docidlen = n;
	}
}

/* Writes the "dates" array of the n expressions found in text. */
static void
write_dates(struct wire_json *w, const struct wire_timex *tx, size_t n,
    const char *text)
{
	size_t i, pos = 0, cp = 0, cstart;
	const char *type;

	wire_json_key(w, "dates");
	wire_json_arr(w);
	for (i = 0; i < n; i++) {
		if (tx[i].start < pos)
			continue;	/* never: the scanner reports in order */
		cp += wire_utf8_count(text + pos, tx[i].start - pos);
		cstart = cp;
		cp += wire_utf8_count(text + tx[i].start, tx[i].end - tx[i].start);
		pos = tx[i].end;
		type = wire_timex_type_name(tx[i].type);
		wire_json_obj(w);
		wire_json_key(w, "text");
		wire_json_str(w, text + tx[i].start, tx[i].end - tx[i].start);
		wire_json_key(w, "type");
		wire_json_str(w, type, strlen(type));
		wire_json_key(w, "value");
		wire_json_str(w, tx[i].value, strlen(tx[i].value));
		wire_json_key(w, "start");
		wire_json_int(w, (long long)cstart);
		wire_json_key(w, "end");
		wire_json_int(w, (long long)cp);
		wire_json_close(w);
	}
	wire_json_close(w);
}

/*
 * Tags one record; see wire/timex.h.
 */
int
wire_tag_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_tag_job *job = ctx;
	struct wire_json w;
	const char *text, *src;
	size_t n, nt, k;
	long at, ats;
	int y, m, d;

	if (!job->dates) {
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	job->text.max = s->max_record;
	if ((text = wire_field_str(wire_record_get(r, "text"), &job->text,
	    &n)) == NULL) {
		if (job->text.full) {
			wire_stream_reject(s, r->line, r->len,
			    "text exceeds %zu bytes", s->max_record);
			return 0;
		}
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	src = reference(job, r, &y, &m, &d);
	open_doc(job, r, y, m, d);
	nt = wire_timex_find(job->cx, &job->doc, text, n, &job->tx, &job->txcap);
	if (nt == (size_t)-1) {
		wire_stream_reject(s, r->line, r->len, "out of memory");
		return 0;
	}
	at = wire_record_index(r, "dates");
	ats = *src != '\0' ? wire_record_index(r, "ref_source") : -1;
	wire_json_begin(&w, &s->out);
	for (k = 0; k < r->n; k++) {
		if ((long)k == at)
			write_dates(&w, job->tx, nt, text);
		else if ((long)k == ats) {
			wire_json_key(&w, "ref_source");
			wire_json_str(&w, src, strlen(src));
		} else if (!(r->f[k].klen == 5 && memcmp(r->f[k].key, "dates",
		    5) == 0) && !(ats >= 0 && r->f[k].klen == 10 &&
		    memcmp(r->f[k].key, "ref_source", 10) == 0))
			wire_json_field(&w, &r->f[k]);
	}
	if (at < 0)
		write_dates(&w, job->tx, nt, text);
	if (*src != '\0' && ats < 0) {
		wire_json_key(&w, "ref_source");
		wire_json_str(&w, src, strlen(src));
	}
	wire_json_end(&w);
	return wire_stream_emit(s);
}
