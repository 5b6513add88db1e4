/*
 * record_parse.c: the record layer against jansson on a JSON-lines file.
 *
 * Usage: record_parse [-t SECONDS] FILE
 *
 * Both sides do the work of a pass-through stage, line by line, from
 * memory into a reused output buffer:
 *
 *	wire	wire_record_parse() and every field copied with
 *		wire_json_field() (validate, keep raw spans, re-emit)
 *	jansson	json_loadb() and json_dumpb(JSON_COMPACT |
 *		JSON_PRESERVE_ORDER) (build a tree, print it)
 *
 * The two alternate, each run repeating passes over the file until at
 * least SECONDS (default 0.5) have gone by; the best of 3 runs
 * (CLOCK_MONOTONIC) of each is reported, with their ratio, as
 *
 *	record_parse wire MB/s N jansson MB/s N ratio N lines N bytes N
 *
 * Lines one side rejects are counted and reported; a file both sides do
 * not fully accept is an error, since the comparison would be unfair.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "wire/record.h"
#include "wire/text.h"
#include "bench.h"

#define RUNS	3

struct line {
	size_t	off;
	size_t	len;
};

struct input {
	char		*p;
	size_t		 n;
	struct line	*l;
	size_t		 nl;
	size_t		 bytes;	/* sum of the line lengths, newlines included */
};

#define xrealloc(p, n)	bench_realloc("record_parse", (p), (n))

static void
load(const char *path, struct input *in)
{
	FILE *fp;
	size_t cap = 0, got, i, start, lcap = 0;

	memset(in, 0, sizeof(*in));
	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "record_parse: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	for (;;) {
		if (cap - in->n < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			in->p = xrealloc(in->p, cap);
		}
		if ((got = fread(in->p + in->n, 1, cap - in->n, fp)) == 0)
			break;
		in->n += got;
	}
	if (ferror(fp)) {
		fprintf(stderr, "record_parse: %s: read error\n", path);
		exit(2);
	}
	fclose(fp);
	for (i = start = 0; i <= in->n; i++) {
		if (i < in->n && in->p[i] != '\n')
			continue;
		if (i > start) {
			if (in->nl == lcap) {
				lcap = lcap ? lcap * 2 : 4096;
				in->l = xrealloc(in->l, lcap * sizeof(*in->l));
			}
			in->l[in->nl].off = start;
			in->l[in->nl].len = i - start;
			in->nl++;
			in->bytes += i - start + 1;
		}
		start = i + 1;
	}
}

/* One pass of the record layer; returns the bytes written (a checksum). */
static size_t
pass_wire(const struct input *in, struct wire_record *r, struct wire_buf *out,
    size_t *bad)
{
	struct wire_json w;
	size_t i, k, total = 0;
	char why[128];

	*bad = 0;
	for (i = 0; i < in->nl; i++) {
		if (wire_record_parse(r, in->p + in->l[i].off, in->l[i].len, why,
		    sizeof(why)) == -1) {
			(*bad)++;
			continue;
		}
		wire_json_begin(&w, out);
		for (k = 0; k < r->n; k++)
			wire_json_field(&w, &r->f[k]);
		wire_json_end(&w);
		total += out->len;
	}
	return total;
}

/* One pass of jansson; same return. */
static size_t
pass_jansson(const struct input *in, char **buf, size_t *cap, size_t *bad)
{
	json_error_t err;
	json_t *j;
	size_t i, need, total = 0;

	*bad = 0;
	for (i = 0; i < in->nl; i++) {
		if ((j = json_loadb(in->p + in->l[i].off, in->l[i].len, 0,
		    &err)) == NULL) {
			(*bad)++;
			continue;
		}
		need = json_dumpb(j, *buf, *cap, JSON_COMPACT | JSON_PRESERVE_ORDER);
		if (need > *cap) {
			*cap = need * 2;
			*buf = xrealloc(*buf, *cap);
			need = json_dumpb(j, *buf, *cap,
			    JSON_COMPACT | JSON_PRESERVE_ORDER);
		}
		total += need + 1;
		json_decref(j);
	}
	return total;
}

int
main(int argc, char *argv[])
{
	struct wire_record r = { 0 };
	struct wire_buf out = { 0 };
	struct input in;
	double mintime = 0.5, t0, el, rate, best[2] = { 0, 0 };
	size_t bad[2], sum[2], passes, cap = 65536, got;
	char *jbuf;
	int c, run, side;

	while ((c = getopt(argc, argv, "t:")) != -1) {
		if (c != 't') {
			fprintf(stderr, "usage: record_parse [-t SECONDS] FILE\n");
			return 2;
		}
		mintime = atof(optarg);
	}
	if (argc - optind != 1) {
		fprintf(stderr, "usage: record_parse [-t SECONDS] FILE\n");
		return 2;
	}
	load(argv[optind], &in);
	if (in.nl == 0) {
		fprintf(stderr, "record_parse: %s: no lines\n", argv[optind]);
		return 2;
	}
	jbuf = xrealloc(NULL, cap);
	/* Warm-up passes, which also check that both sides accept it all. */
	sum[0] = pass_wire(&in, &r, &out, &bad[0]);
	sum[1] = pass_jansson(&in, &jbuf, &cap, &bad[1]);
	if (bad[0] != 0 || bad[1] != 0) {
		fprintf(stderr, "record_parse: rejected lines: wire %zu, jansson %zu\n",
		    bad[0], bad[1]);
		return 2;
	}
	for (run = 0; run < RUNS; run++) {
		for (side = 0; side < 2; side++) {
			passes = 0;
			t0 = now();
			do {
				if (side == 0)
					got = pass_wire(&in, &r, &out, &bad[0]);
				else
					got = pass_jansson(&in, &jbuf, &cap, &bad[1]);
				if (got != sum[side]) {
					fprintf(stderr, "record_parse: results differ\n");
					return 2;
				}
				passes++;
				el = now() - t0;
			} while (el < mintime);
			rate = (double)passes * (double)in.bytes / el / 1e6;
			if (rate > best[side])
				best[side] = rate;
		}
	}
	printf("record_parse wire MB/s %.1f jansson MB/s %.1f ratio %.2f "
	    "lines %zu bytes %zu\n", best[0], best[1], best[0] / best[1], in.nl,
	    in.bytes);
	wire_record_free(&r);
	wire_buf_free(&out);
	free(jbuf);
	free(in.l);
	free(in.p);
	return 0;
}
