/*
 * wire/fetch.h: the wire-fetch stage: URLs in, document records out, over
 * libcurl's multi interface; plus the pure helpers it is built from
 * (Retry-After, robots.txt), kept apart so they can be tested without a
 * network.  Bodies are decoded by wire/charset.h.
 */
#ifndef WIRE_FETCH_H
#define WIRE_FETCH_H

#include <stddef.h>
#include <time.h>

#include "wire/cli.h"

/* Exit status when nothing could be fetched because the network is down. */
#define WIRE_EXIT_TEMPFAIL	75

struct wire_fetch_opts {
	int		 parallel;	/* transfers at once */
	int		 host_conns;	/* connections per host */
	long		 delay_ms;	/* between two requests to a host */
	long		 connect_timeout_ms;
	long		 timeout_ms;	/* whole transfer */
	size_t		 max_bytes;	/* body cap */
	int		 retries;	/* attempts after the first */
	long		 retry_max_ms;	/* total time spent waiting to retry */
	long		 retry_base_ms;	/* first backoff */
	int		 feeds;		/* inputs are feeds */
	int		 list;		/* print feed items, fetch no pages */
	int		 robots;	/* obey robots.txt */
	const char	*state_dir;	/* NULL: no state */
	time_t		 since;		/* 0: no limit */
};

/* Fills o with the defaults. */
void	wire_fetch_defaults(struct wire_fetch_opts *o);

/*
 * Reads URLs (plain lines or JSON records with "url") from the n paths
 * (none: stdin), fetches them and writes a record for each to stdout
 * through s (already opened).  Returns WIRE_EXIT_OK, WIRE_EXIT_REJECTED
 * when some URL failed, WIRE_EXIT_TEMPFAIL when none could be fetched for
 * want of a network, or WIRE_EXIT_FATAL.
 */
int	wire_fetch_run(struct wire_stream *s, const struct wire_fetch_opts *o,
	    char **paths, int n);

/*
 * Parses a Retry-After value (delta-seconds or an HTTP date) against now.
 * Returns the seconds to wait (0 or more), or -1 when v is neither.
 */
long	wire_fetch_retry_after(const char *v, time_t now);

/*
 * Tells whether robots.txt (txt, n bytes) lets agent (a product token such
 * as "wire-fetch") fetch path (with its query).  The group naming the
 * agent wins over "*"; the longest matching rule wins, Allow on a tie;
 * '*' and a final '$' match as in RFC 9309.  Returns 1 allowed, 0 not.
 */
int	wire_fetch_robots_allowed(const char *txt, size_t n, const char *agent,
	    const char *path);

#endif
