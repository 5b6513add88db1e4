/*
 * wire/feed.h: news feeds and sitemaps read from memory.
 *
 * RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps, sitemap indexes and Google News
 * sitemaps are read with libxml2's streaming reader: no network access, no
 * DTD loading, no entity expansion.  Elements are matched by namespace URI,
 * not by prefix.  Items are handed to a callback as they are read, so a
 * broken feed still yields the items before the fault.
 */
#ifndef WIRE_FEED_H
#define WIRE_FEED_H

#include <stddef.h>
#include <time.h>

#define WIRE_FEED_MAX_AUTHORS	16

/* One item; every string is NUL-terminated UTF-8 or NULL. */
struct wire_feed_item {
	const char	*url;		/* absolute link of the item */
	const char	*title;
	const char	*published;	/* as written in the feed */
	const char	*guid;		/* guid, Atom id, or NULL */
	const char	*authors[WIRE_FEED_MAX_AUTHORS];
	int		 nauthors;
	int		 is_feed;	/* a sitemap listed by a sitemap index */
};

/* Called for each item; returns 0, or -1 to stop reading. */
typedef int	(*wire_feed_fn)(const struct wire_feed_item *it, void *ctx);

/*
 * Reads the feed in buf (len bytes; gzip-compressed is accepted) whose
 * address is base (for relative links; may be NULL) and calls fn for each
 * item with a link.  Returns the number of items, or -1 with a reason in
 * err (errlen bytes) when the document is not a feed or breaks off; the
 * items before the fault have been handed to fn.
 */
long	wire_feed_parse(const char *buf, size_t len, const char *base,
	    wire_feed_fn fn, void *ctx, char *err, size_t errlen);

/*
 * Parses a feed date: RFC 822 (pubDate, HTTP dates) or ISO 8601 (Atom,
 * dc:date, sitemaps; a date alone is midnight UTC).  Returns 0 and the
 * time in *t, or -1 when s is neither.
 */
int	wire_feed_date(const char *s, time_t *t);

/* Writes t as "YYYY-MM-DDTHH:MM:SSZ" into out (21 bytes at least). */
void	wire_feed_isotime(time_t t, char *out, size_t outlen);

#endif
