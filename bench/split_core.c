/*
 * split_core.c: throughput of the sentence splitter core alone.
 *
 * Usage: split_core [-m doc|para|whole] [-t SECONDS] FILE
 *
 * Reads FILE (UTF-8 text) into memory and calls wire_split() over it in
 * chunks, repeatedly, on one thread: "doc" chunks are documents separated
 * by a line holding only a form feed, "para" chunks are paragraphs
 * (separated by blank lines), and "whole" is the file in one call.  Each
 * run repeats the passes until at least SECONDS (default 0.5) have gone by;
 * the best of 3 runs (CLOCK_MONOTONIC) is reported per mode as
 *
 *	split_core MODE MB/s N sent/s N chunks N sentences N bytes N
 *
 * Without -m all three modes run.  The abbreviations come from
 * $WIRE_DATADIR/abbrev.txt, else data/abbrev.txt.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "wire/sentence.h"
#include "bench.h"

#define RUNS	3

struct chunk {
	size_t	off;
	size_t	len;
};

struct chunks {
	struct chunk	*c;
	size_t		 n;
	size_t		 cap;
};

#define xrealloc(p, n)	bench_realloc("split_core", (p), (n))

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp;
	char *p = NULL;
	size_t n = 0, cap = 0, got;

	if ((fp = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "split_core: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			p = xrealloc(p, cap);
		}
		if ((got = fread(p + n, 1, cap - n, fp)) == 0)
			break;
		n += got;
	}
	if (ferror(fp)) {
		fprintf(stderr, "split_core: %s: read error\n", path);
		exit(2);
	}
	fclose(fp);
	*len = n;
	return p;
}

static void
add_chunk(struct chunks *cs, size_t off, size_t end)
{
	if (end <= off)
		return;
	if (cs->n == cs->cap) {
		cs->cap = cs->cap ? cs->cap * 2 : 1024;
		cs->c = xrealloc(cs->c, cs->cap * sizeof(*cs->c));
	}
	cs->c[cs->n].off = off;
	cs->c[cs->n].len = end - off;
	cs->n++;
}

/* Documents: separated by a line holding only "\f". */
static void
chunk_docs(const char *t, size_t n, struct chunks *cs)
{
	size_t i, start = 0;

	for (i = 0; i + 2 < n; i++)
		if (t[i] == '\n' && t[i + 1] == '\f' && t[i + 2] == '\n') {
			add_chunk(cs, start, i);
			start = i + 3;
			i += 2;
		}
	add_chunk(cs, start, n);
}

/* Paragraphs: separated by one or more blank lines. */
static void
chunk_paras(const char *t, size_t n, struct chunks *cs)
{
	size_t i = 0, start = 0, j;

	while (i < n) {
		if (t[i] != '\n') {
			i++;
			continue;
		}
		j = i + 1;
		while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\f' ||
		    t[j] == '\r'))
			j++;
		if (j < n && t[j] == '\n') {
			add_chunk(cs, start, i);
			while (j < n && (t[j] == '\n' || t[j] == ' ' ||
			    t[j] == '\t' || t[j] == '\f' || t[j] == '\r'))
				j++;
			start = j;
			i = j;
		} else
			i++;
	}
	add_chunk(cs, start, n);
}

/* One pass over all chunks; returns the number of sentences. */
static size_t
pass(const struct wire_splitter *sp, const char *t, const struct chunks *cs,
    struct wire_sent **sents, size_t *cap)
{
	size_t i, ns, total = 0;

	for (i = 0; i < cs->n; i++) {
		ns = wire_split(sp, t + cs->c[i].off, cs->c[i].len, sents, cap);
		if (ns == (size_t)-1) {
			fprintf(stderr, "split_core: out of memory\n");
			exit(2);
		}
		total += ns;
	}
	return total;
}

static void
bench_mode(const struct wire_splitter *sp, const char *mode, const char *t,
    size_t n, double mintime)
{
	struct chunks cs = { NULL, 0, 0 };
	struct wire_sent *sents = NULL;
	size_t cap = 0, ns = 0, bytes = 0, i, passes;
	double t0, el, best = 0, rate;
	int run;

	if (strcmp(mode, "doc") == 0)
		chunk_docs(t, n, &cs);
	else if (strcmp(mode, "para") == 0)
		chunk_paras(t, n, &cs);
	else
		add_chunk(&cs, 0, n);
	for (i = 0; i < cs.n; i++)
		bytes += cs.c[i].len;
	/* A warm-up pass, which also counts the sentences. */
	ns = pass(sp, t, &cs, &sents, &cap);
	for (run = 0; run < RUNS; run++) {
		passes = 0;
		t0 = now();
		do {
			if (pass(sp, t, &cs, &sents, &cap) != ns) {
				fprintf(stderr, "split_core: results differ\n");
				exit(2);
			}
			passes++;
			el = now() - t0;
		} while (el < mintime);
		rate = (double)passes / el;
		if (rate > best)
			best = rate;
	}
	printf("split_core %-5s MB/s %.1f sent/s %.0f chunks %zu sentences %zu "
	    "bytes %zu\n", mode, best * (double)bytes / 1e6, best * (double)ns,
	    cs.n, ns, bytes);
	fflush(stdout);
	free(sents);
	free(cs.c);
}

static void
usage(void)
{
	fprintf(stderr, "usage: split_core [-m doc|para|whole] [-t SECONDS] FILE\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	static const char *const modes[] = { "doc", "para", "whole", NULL };
	struct wire_splitter *sp;
	const char *mode = NULL;
	char path[4096], err[256];
	double mintime = 0.5;
	size_t n;
	char *text;
	int c, k;

	while ((c = getopt(argc, argv, "m:t:")) != -1) {
		switch (c) {
		case 'm':
			mode = optarg;
			break;
		case 't':
			mintime = atof(optarg);
			break;
		default:
			usage();
		}
	}
	if (argc - optind != 1)
		usage();
	if (mode != NULL && strcmp(mode, "doc") != 0 && strcmp(mode, "para") != 0 &&
	    strcmp(mode, "whole") != 0)
		usage();
	bench_datafile("abbrev.txt", path, sizeof(path));
	if ((sp = wire_splitter_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "split_core: %s: %s\n", path, err);
		return 2;
	}
	text = slurp(argv[optind], &n);
	for (k = 0; modes[k] != NULL; k++)
		if (mode == NULL || strcmp(mode, modes[k]) == 0)
			bench_mode(sp, modes[k], text, n, mintime);
	free(text);
	wire_splitter_free(sp);
	return 0;
}
