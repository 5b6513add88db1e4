/*
 * feed_fuzz.c: libFuzzer target for the feed parser (lib/feed.c) and the
 * date parser it feeds.  Every item handed out must carry a link, and
 * every string must be NUL-terminated UTF-8 of bounded length.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wire/feed.h"
#include "wire/text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const char *s)
{
	size_t n;

	if (s == NULL)
		return;
	n = strlen(s);
	if (wire_utf8_check(s, n) != n || n > 64 * 1024 + 4096)
		abort();
}

static int
item(const struct wire_feed_item *it, void *ctx)
{
	time_t t;
	int i;

	(void)ctx;
	if (it->url == NULL || it->nauthors > WIRE_FEED_MAX_AUTHORS)
		abort();
	check(it->url);
	check(it->title);
	check(it->published);
	check(it->guid);
	for (i = 0; i < it->nauthors; i++)
		check(it->authors[i]);
	if (it->published != NULL)
		wire_feed_date(it->published, &t);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[256];

	wire_feed_parse((const char *)data, size, "http://h.test/feed.xml",
	    item, NULL, err, sizeof(err));
	return 0;
}
