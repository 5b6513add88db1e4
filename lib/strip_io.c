/*
 * strip_io.c: wire-strip's page pipeline (bytes to blocks to text and
 * metadata) and its two drivers, JSON-lines records and whole pages
 * (--raw).
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wire/charset.h"
#include "wire/strip.h"

/* Fields wire-strip writes; an input's own are replaced. */
static const char *const owned[] = {
	"text", "title", "authors", "published", "published_source", "modified",
	"site", "lang", "description", "image", "paywalled", "captions", NULL
};

/* True when the bytes look like markup rather than flat text. */
static int
looks_html(const char *s, size_t n)
{
	static const char *const marks[] = {
		"<html", "<!doctype", "<head", "<body", "<p>", "<p ", "<div", "<br",
		"<table", "<meta", "<title", "<article", "<span",
		/* A page may open with more than 8 KB of these. */
		"<style", "<script", "<link", NULL
	};
	size_t i, k, lim = n > 8192 ? 8192 : n;

	for (i = 0; i < lim; i++) {
		if (s[i] != '<')
			continue;
		for (k = 0; marks[k] != NULL; k++)
			if (lim - i >= strlen(marks[k]) &&
			    strncasecmp(s + i, marks[k], strlen(marks[k])) == 0)
				return 1;
	}
	return 0;
}

static void
reset_results(struct wire_strip *st)
{
	wire_buf_reset(&st->text);
	wire_buf_reset(&st->title);
	wire_buf_reset(&st->authors);
	wire_buf_reset(&st->published);
	wire_buf_reset(&st->modified);
	wire_buf_reset(&st->pubsrc);
	wire_buf_reset(&st->site);
	wire_buf_reset(&st->langcode);
	wire_buf_reset(&st->description);
	wire_buf_reset(&st->image);
	wire_buf_reset(&st->canonical);
	wire_buf_reset(&st->captionidx);
	wire_buf_reset(&st->btext);
	st->nauthors = 0;
	st->paywalled = 0;
	st->dl_month = st->dl_day = 0;
	st->nb = 0;
	st->lang = -1;
}

static int
grow_elements(struct wire_strip *st, size_t nn)
{
	void *a, *b, *c, *d;

	if (nn <= st->capel)
		return 0;
	a = realloc(st->score, nn * sizeof(*st->score));
	if (a != NULL)
		st->score = a;
	b = realloc(st->tlen, nn * sizeof(*st->tlen));
	if (b != NULL)
		st->tlen = b;
	c = realloc(st->llen, nn * sizeof(*st->llen));
	if (c != NULL)
		st->llen = c;
	d = realloc(st->cls, nn * sizeof(*st->cls));
	if (d != NULL)
		st->cls = d;
	if (a == NULL || b == NULL || c == NULL || d == NULL)
		return -1;
	st->capel = nn;
	return 0;
}

/* The language of the page: its guess from the blocks' words. */
static void
set_lang(struct wire_strip *st)
{
	const char *code;

	st->lang = wire_strip_guess_lang(st, st->btext.p, st->btext.len);
	if (st->langcode.len == 0 && st->lang >= 0)
		wire_buf_puts(&st->langcode, st->langs[st->lang].code);
	else if (st->langcode.len == 0 && (code = wire_strip_script_lang(
	    st->btext.p, st->btext.len)) != NULL)
		wire_buf_puts(&st->langcode, code);
	else if (st->langcode.len > 0) {
		size_t k;

		/* A declared language with a stop-word list wins. */
		for (k = 0; k < st->nlang; k++)
			if (strncasecmp(st->langcode.p, st->langs[k].code, 2) == 0)
				st->lang = (int)k;
	}
}

/*
 * Extracts one page; see wire/strip.h.
 */
int
wire_strip_page(struct wire_strip *st, const char *s, size_t n, int is_html,
    const char *charset, const char *url, char *err, size_t errlen)
{
	reset_results(st);
	if (n > st->max_page) {
		snprintf(err, errlen, "page of %zu bytes is over --max-page (%zu)",
		    n, st->max_page);
		return -1;
	}
	wire_buf_reset(&st->page);
	st->page.max = st->max_page * 3 + 16;
	if (wire_charset_decode(s, n, charset, &st->page) == NULL) {
		snprintf(err, errlen, "page too large after conversion to UTF-8");
		return -1;
	}
	if (is_html < 0)
		is_html = looks_html(st->page.p, st->page.len);
	st->btext.max = st->page.len + 1024;
	if (!is_html) {
		wire_strip_flat_blocks(st, st->page.p, st->page.len);
		set_lang(st);
		wire_strip_decide(st, 1);
		wire_strip_meta_text(st, url, 1);
		return 0;
	}
	st->doc.arena.max = st->page.len * 2 + 4096;
	st->doc.clean = 1;	/* as wire_charset_decode() leaves it */
	if (wire_html_parse(&st->doc, st->page.p, st->page.len) == -1 &&
	    st->doc.err[0] != '\0') {
		snprintf(err, errlen, "%s", st->doc.err);
		return -1;
	}
	if (grow_elements(st, st->doc.nn) == -1) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	memset(st->cls, 0, st->doc.nn);
	wire_strip_meta_html(st, url);
	wire_strip_html_blocks(st);
	set_lang(st);
	wire_strip_decide(st, 0);
	wire_strip_meta_text(st, url, 0);
	return 0;
}

/* Writes a string field, or null when empty. */
static void
put_str(struct wire_json *w, const char *key, const struct wire_buf *b)
{
	wire_json_key(w, key);
	if (b->len == 0)
		wire_json_null(w);
	else
		wire_json_str(w, b->p, b->len);
}

/* Writes wire-strip's fields after the fields copied from the input. */
static void
put_results(struct wire_strip *st, struct wire_json *w)
{
	const char *p;

	put_str(w, "title", &st->title);
	wire_json_key(w, "authors");
	wire_json_arr(w);
	for (p = NULL; (p = wire_strip_author_next(st, p)) != NULL;)
		wire_json_str(w, p, strlen(p));
	wire_json_close(w);
	put_str(w, "published", &st->published);
	put_str(w, "published_source", &st->pubsrc);
	put_str(w, "modified", &st->modified);
	put_str(w, "site", &st->site);
	put_str(w, "lang", &st->langcode);
	put_str(w, "description", &st->description);
	put_str(w, "image", &st->image);
	wire_json_key(w, "paywalled");
	wire_json_bool(w, st->paywalled);
	wire_json_key(w, "text");
	wire_json_str(w, st->text.p ? st->text.p : "", st->text.len);
	if (st->captions) {
		wire_json_key(w, "captions");
		wire_json_arr(w);
		if (st->captionidx.len > 0)
			wire_json_raw(w, st->captionidx.p, st->captionidx.len);
		wire_json_close(w);
	}
}

static int
is_owned(const struct wire_field *f, int keep_html)
{
	size_t k;

	if (f->klen == 4 && memcmp(f->key, "html", 4) == 0)
		return !keep_html;
	for (k = 0; owned[k] != NULL; k++)
		if (strlen(owned[k]) == f->klen && memcmp(owned[k], f->key,
		    f->klen) == 0)
			return 1;
	return 0;
}

/* A NUL-terminated copy of a short string field, or NULL. */
static const char *
short_field(const struct wire_record *r, const char *key, char *out,
    size_t outlen, struct wire_buf *scratch)
{
	const char *v;
	size_t n;

	if ((v = wire_field_str(wire_record_get(r, key), scratch, &n)) == NULL ||
	    n >= outlen)
		return NULL;
	memcpy(out, v, n);
	out[n] = '\0';
	return out;
}

/*
 * Adds a feed's author s (n bytes): RSS 2.0 writes "jd@example.org (Jane
 * Doe)", where the name is the part in brackets.
 */
static void
feed_author(struct wire_strip *st, const char *s, size_t n)
{
	const char *at = memchr(s, '@', n), *op = memchr(s, '(', n);

	if (at != NULL && op != NULL && at < op && s[n - 1] == ')' &&
	    op + 2 < s + n)
		wire_strip_add_author(st, op + 1, (size_t)(s + n - 1 - op - 1));
	else
		wire_strip_add_author(st, s, n);
}

/*
 * What the page does not say, the record may: a feed item's title, date
 * and authors (wire-fetch --feeds) or those of a record of flat text.
 */
static void
keep_record_meta(struct wire_strip *st, const struct wire_record *r)
{
	const struct wire_field *f;
	const char *v, *p, *e, *el;
	size_t n, elen;

	if (st->nauthors == 0 && (f = wire_record_get(r, "authors")) != NULL &&
	    f->type == WIRE_ARRAY)
		for (p = f->val + 1, e = f->val + f->vlen;
		    wire_json_array_next(&p, e, &el, &elen);) {
			wire_buf_reset(&st->tmp);
			if (elen >= 2 && *el == '"' && wire_json_unescape(el + 1,
			    elen - 2, &st->tmp) == 0 && st->tmp.len > 0)
				feed_author(st, st->tmp.p, st->tmp.len);
		}
	if (st->title.len == 0 && (v = wire_field_str(wire_record_get(r,
	    "title"), &st->tmp, &n)) != NULL && n > 0)
		wire_buf_add(&st->title, v, n);
	if (st->published.len == 0 && (v = wire_field_str(wire_record_get(r,
	    "published"), &st->tmp, &n)) != NULL &&
	    wire_strip_parse_date(st, v, n, &st->published) == 0)
		wire_buf_puts(&st->pubsrc, "record");
	/* a dateline without a year, in the year it was fetched */
	if (st->published.len == 0 && st->dl_month > 0 &&
	    (v = wire_field_str(wire_record_get(r, "fetched_at"), &st->tmp,
	    &n)) != NULL)
		(void)wire_strip_date_by_fetch(st, v, n);
}

/*
 * Strips one record; see wire/strip.h.
 */
int
wire_strip_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_strip *st = ctx;
	const struct wire_field *f;
	struct wire_json w;
	char url[4096], cs[64], err[256];
	const char *u, *c, *v;
	size_t n, k;
	int is_html = 1;

	if ((f = wire_record_get(r, "html")) == NULL || f->type != WIRE_STRING) {
		if ((f = wire_record_get(r, "text")) == NULL ||
		    f->type != WIRE_STRING) {
			s->npassed++;
			return wire_stream_emit_raw(s, r->line, r->len);
		}
		is_html = -1;
	}
	u = short_field(r, "url", url, sizeof(url), &st->tmp);
	c = short_field(r, "charset", cs, sizeof(cs), &st->tmp);
	wire_buf_reset(&st->raw);
	st->raw.max = st->max_page + 1;
	if ((v = wire_field_str(f, &st->raw, &n)) == NULL) {
		wire_stream_reject(s, r->line, r->len,
		    "page is over --max-page (%zu bytes)", st->max_page);
		return 0;
	}
	if (wire_strip_page(st, v, n, is_html, c, u, err, sizeof(err)) == -1) {
		wire_stream_reject(s, r->line, r->len, "%s", err);
		return 0;
	}
	keep_record_meta(st, r);
	wire_json_begin(&w, &s->out);
	for (k = 0; k < r->n; k++)
		if (!is_owned(&r->f[k], st->keep_html))
			wire_json_field(&w, &r->f[k]);
	put_results(st, &w);
	wire_json_end(&w);
	if (s->out.full) {
		wire_stream_reject(s, r->line, r->len, "output record too large");
		return 0;
	}
	return wire_stream_emit(s);
}

/* Reads one whole page from fp and writes its record. */
static void
raw_one(struct wire_stream *s, struct wire_strip *st, FILE *fp,
    const char *name)
{
	struct wire_json w;
	char err[256], buf[65536];
	size_t got, total = 0;

	wire_buf_reset(&st->raw);
	st->raw.max = st->max_page;
	s->where_file = name;
	s->where_line = 1;
	s->nin++;
	while ((got = fread(buf, 1, sizeof(buf), fp)) > 0) {
		total += got;
		if (!st->raw.full)
			wire_buf_add(&st->raw, buf, got);
	}
	if (ferror(fp)) {
		wire_warn(s->prog, name, "%s", strerror(errno));
		s->ioerr = 1;
		return;
	}
	if (st->raw.full) {
		wire_stream_reject(s, NULL, 0, "page of %zu bytes is over "
		    "--max-page (%zu)", total, st->max_page);
		return;
	}
	if (wire_strip_page(st, st->raw.p ? st->raw.p : "", st->raw.len, -1,
	    NULL, st->url, err, sizeof(err)) == -1) {
		wire_stream_reject(s, NULL, 0, "%s", err);
		return;
	}
	if (st->features)
		return;
	wire_json_begin(&w, &s->out);
	if (st->url != NULL) {
		wire_json_key(&w, "url");
		wire_json_str(&w, st->url, strlen(st->url));
	}
	put_results(st, &w);
	wire_json_end(&w);
	if (s->out.full) {
		wire_stream_reject(s, NULL, 0, "output record too large");
		return;
	}
	wire_stream_emit(s);
}

/*
 * Reads whole pages; see wire/strip.h.
 */
int
wire_strip_raw(struct wire_stream *s, struct wire_strip *st, char **paths,
    int n)
{
	FILE *fp;
	int i;

	for (i = 0; i < (n > 0 ? n : 1) && !s->fatal; i++) {
		if (n == 0 || strcmp(paths[i], "-") == 0) {
			raw_one(s, st, stdin, "stdin");
			continue;
		}
		if ((fp = fopen(paths[i], "rb")) == NULL) {
			wire_warn(s->prog, paths[i], "%s", strerror(errno));
			s->ioerr = 1;
			continue;
		}
		raw_one(s, st, fp, paths[i]);
		fclose(fp);
	}
	return s->fatal ? -1 : 0;
}
