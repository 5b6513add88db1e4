/*
 * wire-fetch: URLs in, document records out.
 *
 * Each input line is a URL, or a JSON record with a "url" whose other
 * fields are carried into the output.  Each record gets id, url,
 * final_url, status, fetched_at, content_type, charset, etag,
 * last_modified and html (UTF-8), or an error.  With --feeds the inputs
 * are feeds or sitemaps whose items are fetched; with --new or --state
 * only what is new since the last run is emitted.  See wire-fetch(1).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wire/cli.h"
#include "wire/feed.h"
#include "wire/fetch.h"
#include "wire/state.h"

enum {
	OPT_FEEDS = WIRE_OPT_FIRST_OWN,
	OPT_LIST,
	OPT_NEW,
	OPT_STATE,
	OPT_SINCE,
	OPT_PARALLEL,
	OPT_HOSTCONNS,
	OPT_DELAY,
	OPT_CTIMEOUT,
	OPT_TIMEOUT,
	OPT_MAXBYTES,
	OPT_RETRIES,
	OPT_RETRYMAX,
	OPT_RETRYWAIT,
	OPT_ROBOTS
};

struct opts {
	struct wire_fetch_opts	 f;
	int			 isnew;
	char			 statedir[PATH_MAX];
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-fetch [--feeds [--list]] [--new | --state DIR] [--since DATE]\n"
	    "                  [--parallel N] [--host-conns N] [--delay SECONDS]\n"
	    "                  [--connect-timeout SECONDS] [--timeout SECONDS]\n"
	    "                  [--max-bytes SIZE] [--retries N] [--retry-wait SECONDS]\n"
	    "                  [--retry-max SECONDS] [--robots] [--errors FILE]\n"
	    "                  [--max-record SIZE] [--line-buffered] [--stats] [FILE ...]\n"
	    "       wire-fetch --help | --version\n");
}

/* Parses a count in [lo, hi]. */
static int
count(const char *prog, const char *opt, const char *arg, long lo, long hi,
    long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < lo || v > hi) {
		wire_warn(prog, opt, "not a number from %ld to %ld: %s", lo, hi, arg);
		return -1;
	}
	*out = v;
	return 0;
}

/* Parses seconds (fractions allowed) into milliseconds. */
static int
seconds(const char *prog, const char *opt, const char *arg, long *ms)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(arg, &end);
	if (errno != 0 || end == arg || *end != '\0' || v < 0 || v > 86400.0 * 7) {
		wire_warn(prog, opt, "not a number of seconds: %s", arg);
		return -1;
	}
	*ms = (long)(v * 1000.0 + 0.5);
	return 0;
}

/* A date, or an age such as 36h or 7d before now. */
static int
since(const char *prog, const char *arg, time_t *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno == 0 && end != arg && v >= 0 && end[0] != '\0' && end[1] == '\0' &&
	    (end[0] == 'h' || end[0] == 'd')) {
		*out = time(NULL) - v * (end[0] == 'h' ? 3600L : 86400L);
		return 0;
	}
	if (wire_feed_date(arg, out) == 0)
		return 0;
	wire_warn(prog, "--since", "not a date (2024-05-01, RFC 822) or age "
	    "(36h, 7d): %s", arg);
	return -1;
}

/* Applies an option of wire-fetch's own; returns 0, or -1 when bad. */
static int
own_opt(struct opts *o, const char *prog, int c, const char *arg)
{
	long v;

	switch (c) {
	case OPT_FEEDS:
		o->f.feeds = 1;
		return 0;
	case OPT_LIST:
		o->f.list = 1;
		return 0;
	case OPT_NEW:
		o->isnew = 1;
		return 0;
	case OPT_STATE:
		o->isnew = 1;
		if (snprintf(o->statedir, sizeof(o->statedir), "%s", arg) >=
		    (int)sizeof(o->statedir)) {
			wire_warn(prog, "--state", "path too long");
			return -1;
		}
		return 0;
	case OPT_SINCE:
		return since(prog, arg, &o->f.since);
	case OPT_PARALLEL:
		if (count(prog, "--parallel", arg, 1, 1024, &v) == -1)
			return -1;
		o->f.parallel = (int)v;
		return 0;
	case OPT_HOSTCONNS:
		if (count(prog, "--host-conns", arg, 1, 256, &v) == -1)
			return -1;
		o->f.host_conns = (int)v;
		return 0;
	case OPT_RETRIES:
		if (count(prog, "--retries", arg, 0, 20, &v) == -1)
			return -1;
		o->f.retries = (int)v;
		return 0;
	case OPT_DELAY:
		return seconds(prog, "--delay", arg, &o->f.delay_ms);
	case OPT_CTIMEOUT:
		return seconds(prog, "--connect-timeout", arg,
		    &o->f.connect_timeout_ms);
	case OPT_TIMEOUT:
		return seconds(prog, "--timeout", arg, &o->f.timeout_ms);
	case OPT_RETRYMAX:
		return seconds(prog, "--retry-max", arg, &o->f.retry_max_ms);
	case OPT_RETRYWAIT:
		return seconds(prog, "--retry-wait", arg, &o->f.retry_base_ms);
	case OPT_MAXBYTES:
		if (wire_parse_size(arg, &o->f.max_bytes) == -1) {
			wire_warn(prog, "--max-bytes", "not a size: %s", arg);
			return -1;
		}
		return 0;
	case OPT_ROBOTS:
		o->f.robots = 1;
		return 0;
	default:
		return -1;
	}
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "feeds", no_argument, NULL, OPT_FEEDS },
		{ "list", no_argument, NULL, OPT_LIST },
		{ "new", no_argument, NULL, OPT_NEW },
		{ "state", required_argument, NULL, OPT_STATE },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "parallel", required_argument, NULL, OPT_PARALLEL },
		{ "host-conns", required_argument, NULL, OPT_HOSTCONNS },
		{ "delay", required_argument, NULL, OPT_DELAY },
		{ "connect-timeout", required_argument, NULL, OPT_CTIMEOUT },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "max-bytes", required_argument, NULL, OPT_MAXBYTES },
		{ "retries", required_argument, NULL, OPT_RETRIES },
		{ "retry-max", required_argument, NULL, OPT_RETRYMAX },
		{ "retry-wait", required_argument, NULL, OPT_RETRYWAIT },
		{ "robots", no_argument, NULL, OPT_ROBOTS },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	struct wire_stream s;
	int c, rc, fin;

	memset(&o, 0, sizeof(o));
	wire_fetch_defaults(&o.f);
	wire_stream_init(&s, "wire-fetch", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case '?':
			usage(stderr);
			return WIRE_EXIT_FATAL;
		default:
			if (own_opt(&o, s.prog, c, optarg) == -1)
				return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;
	if (o.f.list && !o.f.feeds) {
		wire_warn(s.prog, "--list", "needs --feeds");
		return WIRE_EXIT_FATAL;
	}
	if (o.isnew && o.statedir[0] == '\0' &&
	    wire_state_default_dir(o.statedir, sizeof(o.statedir)) == -1) {
		wire_warn(s.prog, "--new", "no state directory: set "
		    "XDG_STATE_HOME or HOME, or use --state");
		return WIRE_EXIT_FATAL;
	}
	if (o.isnew)
		o.f.state_dir = o.statedir;
	if (wire_stream_open(&s) == -1)
		return WIRE_EXIT_FATAL;
	rc = wire_fetch_run(&s, &o.f, argv, argc);
	fin = wire_stream_finish(&s);
	if (fin == WIRE_EXIT_FATAL || rc == WIRE_EXIT_FATAL)
		return WIRE_EXIT_FATAL;
	return rc != WIRE_EXIT_OK ? rc : fin;
}
