/*
 * wire-split: document records in, one record per sentence out.
 *
 * Each record with a "text" becomes sentence records {doc, n, para, start,
 * end, text} carrying the document's url, title, published and fetched_at
 * (and any --carry fields); offsets are Unicode code points of the document text.
 * With --nest the document stays one record with a "sentences" array.
 * Records without text pass through unchanged.  See wire-split(1).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/split.h"

struct opts {
	const char	*abbrev;	/* --abbrev FILE */
	char		*carry;		/* --carry FIELD,... */
	int		 nest;
	int		 raw;
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-split [--nest] [--raw] [--carry FIELD,...] [--abbrev FILE]\n"
	    "                  [--errors FILE] [--max-record SIZE] [--line-buffered]\n"
	    "                  [--stats] [FILE ...]\n"
	    "       wire-split --help | --version\n");
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "nest", no_argument, NULL, 'n' },
		{ "raw", no_argument, NULL, 'r' },
		{ "carry", required_argument, NULL, 'c' },
		{ "abbrev", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { NULL, NULL, 0, 0 };
	struct wire_stream s;
	struct wire_split_job job;
	char path[PATH_MAX], err[256];
	int c;

	wire_stream_init(&s, "wire-split", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case 'n':
			o.nest = 1;
			break;
		case 'r':
			o.raw = 1;
			break;
		case 'c':
			o.carry = optarg;
			break;
		case 'a':
			o.abbrev = optarg;
			break;
		default:
			usage(stderr);
			return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;

	if (o.abbrev == NULL) {
		if (wire_data_path("abbrev.txt", path, sizeof(path)) == -1) {
			wire_warn(s.prog, "abbrev.txt", "data file not found "
			    "(set WIRE_DATADIR or use --abbrev)");
			return WIRE_EXIT_FATAL;
		}
		o.abbrev = path;
	}
	if (wire_split_job_init(&job, o.abbrev, o.carry, o.nest, err,
	    sizeof(err)) == -1) {
		wire_warn(s.prog, NULL, "%s", err);
		return WIRE_EXIT_FATAL;
	}
	if (wire_stream_open(&s) == -1) {
		wire_split_job_free(&job);
		return WIRE_EXIT_FATAL;
	}
	if (o.raw)
		wire_split_raw(&s, &job, argv, argc);
	else
		wire_stream_run(&s, argv, argc, wire_split_record, &job);
	wire_split_job_free(&job);
	return wire_stream_finish(&s);
}
