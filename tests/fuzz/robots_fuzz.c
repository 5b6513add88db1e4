/*
 * robots_fuzz.c: libFuzzer target for what wire-fetch parses from servers
 * besides pages and feeds: robots.txt rules (lib/fetch_util.c) and
 * Retry-After values.
 *
 * The input's first line (at most 255 bytes) is the path asked for and
 * the Retry-After value; the rest is the robots.txt body.  The answer must
 * be 0 or 1, the same for a second call, and 1 for an empty body; a
 * Retry-After value gives -1 or a wait of 0 seconds or more.  Patterns
 * with many '*' must not take exponential time (the -timeout of the run
 * catches that).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wire/fetch.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
die(const char *what, size_t size)
{
	fprintf(stderr, "robots_fuzz: %s (input of %zu bytes)\n", what, size);
	abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *nl;
	char line[256];
	size_t n;
	int a, b;

	nl = memchr(s, '\n', size);
	n = nl != NULL ? (size_t)(nl - s) : size;
	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, s, n);
	line[n] = '\0';
	if (wire_fetch_retry_after(line, (time_t)1733472000) < -1)
		die("Retry-After below -1", size);
	s = nl != NULL ? nl + 1 : s + size;
	size -= (size_t)(s - (const char *)data);
	a = wire_fetch_robots_allowed(s, size, "wire-fetch", line);
	b = wire_fetch_robots_allowed(s, size, "wire-fetch", line);
	if ((a != 0 && a != 1) || a != b)
		die("robots answer not 0 or 1, or not the same twice", size);
	if (wire_fetch_robots_allowed("", 0, "wire-fetch", line) != 1)
		die("an empty robots.txt forbids", size);
	return 0;
}
