/*
 * wire-dedup: marks document records that repeat an earlier document.
 *
 * A document whose canonical URL or normalised text was seen before, or
 * whose SimHash is within --distance bits of an earlier one, gets
 * "dup_of": the id of the first copy (or is dropped with --drop).
 * Fingerprints outlast the run under --state DIR and are forgotten after
 * --window DAYS.  Records without text pass through.  See wire-dedup(1).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wire/cli.h"
#include "wire/dedup.h"

struct opts {
	struct wire_dedup_opts	 d;
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-dedup [--distance BITS] [--drop] [--state DIR] [--window DAYS]\n"
	    "                  [--now SECONDS] [--errors FILE] [--max-record SIZE]\n"
	    "                  [--line-buffered] [--stats] [FILE ...]\n"
	    "       wire-dedup --help | --version\n");
}

/* A whole number in [lo, hi]; -1 when s is not one. */
static int
number(const char *s, long long lo, long long hi, long long *v)
{
	char *end;

	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno != 0 || end == s || *end != '\0' || *v < lo || *v > hi ?
	    -1 : 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "distance", required_argument, NULL, 'd' },
		{ "drop", no_argument, NULL, 'D' },
		{ "state", required_argument, NULL, 's' },
		{ "window", required_argument, NULL, 'w' },
		{ "now", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	struct wire_stream s;
	struct wire_dedup *d;
	unsigned long ndup;
	char err[512];
	long long v;
	int c, status;

	memset(&o, 0, sizeof(o));
	o.d.distance = 3;
	o.d.now = (long long)time(NULL);
	wire_stream_init(&s, "wire-dedup", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case 'd':
			if (number(optarg, 0, WIRE_DEDUP_MAX_DISTANCE, &v) == -1) {
				wire_warn(s.prog, "--distance", "not 0 to %d: %s",
				    WIRE_DEDUP_MAX_DISTANCE, optarg);
				return WIRE_EXIT_FATAL;
			}
			o.d.distance = (int)v;
			break;
		case 'D':
			o.d.drop = 1;
			break;
		case 's':
			o.d.state = optarg;
			break;
		case 'w':
			if (number(optarg, 1, 365L * 1000, &v) == -1) {
				wire_warn(s.prog, "--window", "not a number of days: %s",
				    optarg);
				return WIRE_EXIT_FATAL;
			}
			o.d.window = v * 86400;
			break;
		case 'n':
			if (number(optarg, 0, LLONG_MAX / 2, &v) == -1) {
				wire_warn(s.prog, "--now", "not Unix seconds: %s",
				    optarg);
				return WIRE_EXIT_FATAL;
			}
			o.d.now = v;
			break;
		default:
			usage(stderr);
			return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;

	if ((d = wire_dedup_open(&o.d, err, sizeof(err))) == NULL) {
		wire_warn(s.prog, o.d.state, "%s", err);
		return WIRE_EXIT_FATAL;
	}
	if (wire_stream_open(&s) == -1) {
		wire_dedup_close(d, NULL, 0);
		return WIRE_EXIT_FATAL;
	}
	wire_stream_run(&s, argv, argc, wire_dedup_record, d);
	ndup = wire_dedup_count(d);
	if (wire_dedup_close(d, err, sizeof(err)) == -1) {
		wire_warn(s.prog, o.d.state, "%s", err);
		s.ioerr = 1;
	}
	status = wire_stream_finish(&s);
	if (s.stats)
		fprintf(stderr, "%s: stats: %lu duplicates, %lu dropped\n", s.prog,
		    ndup, o.d.drop ? ndup : 0UL);
	return status;
}
