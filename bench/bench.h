/*
 * bench.h: what the benchmark programs share: a monotonic clock, the path
 * of a data file and an allocation that ends the program when memory runs
 * out.
 */
#ifndef WIRE_BENCH_H
#define WIRE_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Seconds on CLOCK_MONOTONIC. */
static inline double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/*
 * The path of data file name (under data/, "timex/en.txt") into out (len
 * bytes): under $WIRE_DATADIR, else under the tree's data/.  Not
 * wire_data_path(), which would take an installed copy before the tree's,
 * and a benchmark times the tree it was built from.
 */
static inline void
bench_datafile(const char *name, char *out, size_t len)
{
	const char *dir = getenv("WIRE_DATADIR");

	snprintf(out, len, "%s/%s", dir != NULL && *dir != '\0' ? dir : "data",
	    name);
}

/* realloc(), or a message naming prog and exit status 2. */
static inline void *
bench_realloc(const char *prog, void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		fprintf(stderr, "%s: out of memory\n", prog);
		exit(2);
	}
	return p;
}

#endif
