/*
 * timex_core.c: the date tagger alone, timed as the bench times its peer.
 *
 * Usage: timex_core FILE
 *
 * Reads the sentence records of FILE (JSON lines with "text" and
 * "published") into memory, then calls wire_timex_find() on each text
 * with its own reference date, in two passes on one thread, as
 * bench/tag.sh's peer script calls chrono.parse(): no reading, writing or
 * JSON inside the timed passes.  Prints
 *
 *	timex_core records N bytes N found N first S second S
 *
 * with the seconds of each pass (CLOCK_MONOTONIC); the caller divides its
 * own count of tokens by them.  The lexicon comes from
 * $WIRE_DATADIR/timex/en.txt, else data/timex/en.txt.  Exits 2 on a bad
 * record or an unreadable file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wire/record.h"
#include "wire/timex.h"
#include "bench.h"

struct text {
	size_t	off;
	size_t	len;
	int	y, m, d;
};

struct corpus {
	char		*buf;	/* every text, one after another */
	size_t		 n, cap;
	struct text	*t;
	size_t		 nt, tcap;
};

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap ? *cap * 2 : 4096;
	return bench_realloc("timex_core", p, *cap * size);
}

/* Reads the records of path into c. */
static void
load(const char *path, struct corpus *c)
{
	struct wire_reader rd;
	struct wire_record r = { 0 };
	struct wire_buf scratch = { 0 };
	const struct wire_field *f;
	const char *line, *s;
	char why[128];
	size_t len, n;
	struct text *t;
	FILE *fp;
	int k;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "timex_core: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	wire_reader_init(&rd, fp, path, (size_t)64 << 20);
	while ((k = wire_reader_next(&rd, &line, &len, NULL)) != WIRE_LINE_EOF) {
		if (k != WIRE_LINE_OK ||
		    wire_record_parse(&r, line, len, why, sizeof(why)) != 0 ||
		    (f = wire_record_get(&r, "text")) == NULL ||
		    (s = wire_field_str(f, &scratch, &n)) == NULL) {
			fprintf(stderr, "timex_core: %s: line %lu: no record "
			    "with a text\n", path, rd.lineno);
			exit(2);
		}
		c->buf = grow(c->buf, &c->cap, c->n + n, 1);
		c->t = grow(c->t, &c->tcap, c->nt + 1, sizeof(*c->t));
		t = &c->t[c->nt++];
		memcpy(c->buf + c->n, s, n);
		t->off = c->n;
		t->len = n;
		c->n += n;
		t->y = t->m = t->d = 0;
		if ((f = wire_record_get(&r, "published")) != NULL &&
		    (s = wire_field_str(f, &scratch, &n)) != NULL &&
		    wire_timex_parse_ref(s, n, &t->y, &t->m, &t->d) != 0)
			t->y = t->m = t->d = 0;
	}
	fclose(fp);
	wire_reader_free(&rd);
	wire_record_free(&r);
	wire_buf_free(&scratch);
}

/* One pass over every text; returns the expressions found. */
static size_t
pass(const struct wire_timex_ctx *cx, const struct corpus *c,
    struct wire_timex **out, size_t *cap)
{
	struct wire_timex_doc doc;
	size_t i, n, found = 0;

	for (i = 0; i < c->nt; i++) {
		wire_timex_doc_init(&doc, c->t[i].y, c->t[i].m, c->t[i].d);
		n = wire_timex_find(cx, &doc, c->buf + c->t[i].off,
		    c->t[i].len, out, cap);
		if (n == (size_t)-1) {
			fprintf(stderr, "timex_core: out of memory\n");
			exit(2);
		}
		found += n;
	}
	return found;
}

int
main(int argc, char *argv[])
{
	struct wire_timex_ctx *cx;
	struct wire_timex *out = NULL;
	struct corpus c = { 0 };
	char path[4096], err[256];
	size_t cap = 0, found;
	double t0, first, second;

	if (argc != 2) {
		fprintf(stderr, "usage: timex_core FILE\n");
		return 2;
	}
	bench_datafile("timex/en.txt", path, sizeof(path));
	if ((cx = wire_timex_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "timex_core: %s: %s\n", path, err);
		return 2;
	}
	load(argv[1], &c);
	t0 = now();
	found = pass(cx, &c, &out, &cap);
	first = now() - t0;
	t0 = now();
	if (pass(cx, &c, &out, &cap) != found) {
		fprintf(stderr, "timex_core: the passes differ\n");
		return 2;
	}
	second = now() - t0;
	printf("timex_core records %zu bytes %zu found %zu first %.4f "
	    "second %.4f\n", c.nt, c.n, found, first, second);
	free(out);
	free(c.buf);
	free(c.t);
	wire_timex_free(cx);
	return ferror(stdout) || fclose(stdout) != 0 ? 2 : 0;
}
