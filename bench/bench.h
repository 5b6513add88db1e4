/*
 * bench.h: what the benchmark programs share: a monotonic clock and an
 * allocation that ends the program when memory runs out.
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
