/*
 * split.c: the wire-split stage.  Turns a document record into sentence
 * records (or one record with a "sentences" array), converting the
 * splitter's byte offsets into the code point offsets of the record
 * contract in one pass over the text.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/id.h"
#include "wire/split.h"
#include "wire/text.h"

/* Fields every sentence record carries from its document. */
/* fetched_at goes along so a later stage can date a report without published. */
static const char *const carried[] = { "url", "title", "published", "fetched_at",
    NULL };

/* Fields of a sentence record itself, which --carry cannot name. */
static const char *const own[] = { "doc", "n", "para", "start", "end", "text",
	NULL };

static int
listed(const char *const *list, size_t n, const char *name)
{
	size_t k;

	for (k = 0; (n == (size_t)-1 ? list[k] != NULL : k < n); k++)
		if (strcmp(list[k], name) == 0)
			return 1;
	return 0;
}

/*
 * Loads the splitter and parses the --carry list; see wire/split.h.
 */
int
wire_split_job_init(struct wire_split_job *job, const char *abbrev,
    const char *carry, int nest, char *err, size_t errlen)
{
	char *p, *tok, *save;

	memset(job, 0, sizeof(*job));
	job->nest = nest;
	if (carry != NULL) {
		if ((job->carrybuf = strdup(carry)) == NULL) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		for (p = job->carrybuf; (tok = strtok_r(p, ",", &save)) != NULL;
		    p = NULL) {
			if (listed(own, (size_t)-1, tok)) {
				snprintf(err, errlen, "--carry: %s is a field of "
				    "the sentence record", tok);
				wire_split_job_free(job);
				return -1;
			}
			/* Carried anyway, or named twice: once is enough. */
			if (listed(carried, (size_t)-1, tok) ||
			    listed(job->carry, job->ncarry, tok))
				continue;
			if (job->ncarry == WIRE_SPLIT_MAX_CARRY) {
				snprintf(err, errlen, "--carry: more than %d fields",
				    WIRE_SPLIT_MAX_CARRY);
				wire_split_job_free(job);
				return -1;
			}
			job->carry[job->ncarry++] = tok;
		}
	}
	if ((job->sp = wire_splitter_load(abbrev, err, errlen)) == NULL) {
		wire_split_job_free(job);
		return -1;
	}
	return 0;
}

/*
 * Frees the splitter and buffers of job.
 */
void
wire_split_job_free(struct wire_split_job *job)
{
	wire_splitter_free(job->sp);
	free(job->sents);
	free(job->carrybuf);
	wire_buf_free(&job->text);
	wire_buf_free(&job->tmp);
	memset(job, 0, sizeof(*job));
}

/* Writes the sentences of text as records; doc is the document id. */
static int
emit_sentences(struct wire_stream *s, struct wire_split_job *job,
    const struct wire_record *r, const char *doc, size_t doclen,
    const char *text)
{
	const struct wire_field *f;
	struct wire_json w;
	size_t i, k, pos = 0, cp = 0, cstart;

	for (i = 0; i < job->nsents; i++) {
		const struct wire_sent *st = &job->sents[i];

		cp += wire_utf8_count(text + pos, st->start - pos);
		cstart = cp;
		cp += wire_utf8_count(text + st->start, st->end - st->start);
		pos = st->end;
		wire_json_begin(&w, &s->out);
		wire_json_key(&w, "doc");
		wire_json_str(&w, doc, doclen);
		wire_json_key(&w, "n");
		wire_json_int(&w, (long long)i);
		wire_json_key(&w, "para");
		wire_json_int(&w, (long long)st->para);
		wire_json_key(&w, "start");
		wire_json_int(&w, (long long)cstart);
		wire_json_key(&w, "end");
		wire_json_int(&w, (long long)cp);
		wire_json_key(&w, "text");
		wire_json_str(&w, text + st->start, st->end - st->start);
		for (k = 0; r != NULL && carried[k] != NULL; k++)
			if ((f = wire_record_get(r, carried[k])) != NULL)
				wire_json_field(&w, f);
		for (k = 0; r != NULL && k < job->ncarry; k++)
			if ((f = wire_record_get(r, job->carry[k])) != NULL)
				wire_json_field(&w, f);
		wire_json_end(&w);
		if (wire_stream_emit(s) == -1)
			return -1;
	}
	return 0;
}

/* Writes r with its "sentences" array, in place of an old one. */
static int
emit_nested(struct wire_stream *s, struct wire_split_job *job,
    const struct wire_record *r, const char *text)
{
	struct wire_json w;
	size_t i, k, pos = 0, cp = 0, cstart;
	long at = wire_record_index(r, "sentences");

	wire_json_begin(&w, &s->out);
	for (k = 0; k <= r->n; k++) {
		if (k < r->n && (long)k != at) {
			wire_json_field(&w, &r->f[k]);
			continue;
		}
		if (k == r->n && at >= 0)
			break;
		wire_json_key(&w, "sentences");
		wire_json_arr(&w);
		for (i = 0; i < job->nsents; i++) {
			const struct wire_sent *st = &job->sents[i];

			cp += wire_utf8_count(text + pos, st->start - pos);
			cstart = cp;
			cp += wire_utf8_count(text + st->start,
			    st->end - st->start);
			pos = st->end;
			wire_json_obj(&w);
			wire_json_key(&w, "n");
			wire_json_int(&w, (long long)i);
			wire_json_key(&w, "para");
			wire_json_int(&w, (long long)st->para);
			wire_json_key(&w, "start");
			wire_json_int(&w, (long long)cstart);
			wire_json_key(&w, "end");
			wire_json_int(&w, (long long)cp);
			wire_json_key(&w, "text");
			wire_json_str(&w, text + st->start, st->end - st->start);
			wire_json_close(&w);
		}
		wire_json_close(&w);
	}
	wire_json_end(&w);
	return wire_stream_emit(s);
}

/* The id of r's document: its id, else its doc, else one made here. */
static const char *
doc_id(const struct wire_record *r, struct wire_buf *tmp, const char *text,
    size_t n, char *made, size_t *len)
{
	const struct wire_field *f;
	const char *id, *url = NULL;
	size_t ulen = 0;

	if ((id = wire_field_str(wire_record_get(r, "id"), tmp, len)) != NULL &&
	    *len > 0)
		return id;
	if ((id = wire_field_str(wire_record_get(r, "doc"), tmp, len)) != NULL &&
	    *len > 0)
		return id;
	if ((f = wire_record_get(r, "url")) != NULL)
		url = wire_field_str(f, tmp, &ulen);
	wire_doc_id(url, ulen, text, n, made);
	*len = WIRE_ID_LEN;
	return made;
}

/*
 * Splits one record; see wire/split.h.
 */
int
wire_split_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_split_job *job = ctx;
	const struct wire_field *f = wire_record_get(r, "text");
	const char *text, *doc;
	char made[WIRE_ID_LEN + 1];
	size_t n, doclen, ns;

	job->text.max = s->max_record;
	if ((text = wire_field_str(f, &job->text, &n)) == NULL) {
		if (job->text.full) {
			wire_stream_reject(s, NULL, 0,
			    "text exceeds %zu bytes", s->max_record);
			return 0;
		}
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	ns = wire_split(job->sp, text, n, &job->sents, &job->capsents);
	if (ns == (size_t)-1) {
		wire_stream_reject(s, NULL, 0, "out of memory");
		return 0;
	}
	job->nsents = ns;
	if (job->nest)
		return emit_nested(s, job, r, text);
	if (ns == 0) {
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	doc = doc_id(r, &job->tmp, text, n, made, &doclen);
	return emit_sentences(s, job, r, doc, doclen, text);
}

/* Reads all of fp into b (capped); returns 0, or -1 with errno/full. */
static int
slurp(FILE *fp, struct wire_buf *b)
{
	size_t got;

	wire_buf_reset(b);
	for (;;) {
		if (wire_buf_grow(b, 65536) == -1) {
			/* Room may remain below the cap for a last short read. */
			if (b->len >= (b->max ? b->max : 0))
				return -1;
			b->full = 0;
			if (wire_buf_grow(b, b->max - b->len) == -1)
				return -1;
		}
		got = fread(b->p + b->len, 1, b->cap - b->len - 1, fp);
		b->len += got;
		b->p[b->len] = '\0';
		if (got == 0)
			return ferror(fp) ? -1 : 0;
		/* Exactly max bytes is a whole document: look one byte on. */
		if (b->max && b->len >= b->max) {
			if (b->len == b->max && fgetc(fp) == EOF)
				return ferror(fp) ? -1 : 0;
			b->full = 1;
			return -1;
		}
	}
}

/* Splits one plain-text document read from fp. */
static int
raw_one(struct wire_stream *s, struct wire_split_job *job, FILE *fp,
    const char *name)
{
	char made[WIRE_ID_LEN + 1];
	const char *nul;
	size_t bad, ns;

	s->where_file = name;
	s->where_line = 0;
	s->nin++;
	job->text.max = s->max_record;
	if (slurp(fp, &job->text) == -1) {
		if (job->text.full)
			wire_stream_reject(s, NULL, 0,
			    "document exceeds %zu bytes (--max-record)",
			    s->max_record);
		else {
			wire_warn(s->prog, name, "read error: %s", strerror(errno));
			s->ioerr = 1;
		}
		return 0;
	}
	if ((bad = wire_utf8_check(job->text.p, job->text.len)) != job->text.len) {
		wire_stream_reject(s, job->text.p, job->text.len,
		    "invalid UTF-8 at byte %zu", bad);
		return 0;
	}
	if ((nul = memchr(job->text.p, '\0', job->text.len)) != NULL) {
		wire_stream_reject(s, job->text.p, job->text.len,
		    "NUL byte at byte %zu: not text", (size_t)(nul - job->text.p));
		return 0;
	}
	ns = wire_split(job->sp, job->text.p, job->text.len, &job->sents,
	    &job->capsents);
	if (ns == (size_t)-1) {
		wire_stream_reject(s, NULL, 0, "out of memory");
		return 0;
	}
	job->nsents = ns;
	wire_doc_id(NULL, 0, job->text.p, job->text.len, made);
	return emit_sentences(s, job, NULL, made, WIRE_ID_LEN, job->text.p);
}

/*
 * Each file (or stdin) is one plain-text document; see wire/split.h.
 */
int
wire_split_raw(struct wire_stream *s, struct wire_split_job *job, char **paths,
    int n)
{
	FILE *fp;
	int i;

	for (i = 0; i < (n > 0 ? n : 1) && !s->fatal; i++) {
		if (n == 0 || strcmp(paths[i], "-") == 0) {
			raw_one(s, job, stdin, "stdin");
			continue;
		}
		if ((fp = fopen(paths[i], "r")) == NULL) {
			wire_warn(s->prog, paths[i], "%s", strerror(errno));
			s->ioerr = 1;
			continue;
		}
		raw_one(s, job, fp, paths[i]);
		fclose(fp);
	}
	return s->fatal ? -1 : 0;
}
