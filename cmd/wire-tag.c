/*
 * wire-tag: records in, the same records out with the temporal
 * expressions of their text in a "dates" array.
 *
 * Each record with a "text" gets "dates": [{text, type, value, start, end}]
 * with TimeML TIMEX3 types and values, resolved against its "published"
 * date (else --ref-date, else "fetched_at", named in "ref_source");
 * offsets are Unicode code points of the text.  Every other field is
 * copied as it came, in order.  Records without text pass through
 * unchanged.  See wire-tag(1).
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/timex.h"

struct opts {
	const char	*lexicon;	/* --lexicon FILE */
	const char	*ref_date;	/* --ref-date DATE */
	int		 order;		/* --date-order */
	int		 dates;		/* not --no-dates */
	int		 entities;	/* not --no-entities (not yet made) */
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-tag [--no-dates] [--no-entities] [--ref-date DATE]\n"
	    "                [--date-order mdy|dmy] [--lexicon FILE] [--errors FILE]\n"
	    "                [--max-record SIZE] [--line-buffered] [--stats] [FILE ...]\n"
	    "       wire-tag --help | --version\n");
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "no-dates", no_argument, NULL, 'D' },
		{ "no-entities", no_argument, NULL, 'E' },
		{ "ref-date", required_argument, NULL, 'r' },
		{ "date-order", required_argument, NULL, 'o' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { NULL, NULL, WIRE_TX_MDY, 1, 1 };
	struct wire_stream s;
	struct wire_tag_job job;
	char path[PATH_MAX], err[512];
	int c, rc;

	wire_stream_init(&s, "wire-tag");
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch ((rc = wire_common_opt(&s, c, optarg))) {
		case 1:
			continue;
		case -1:
			return WIRE_EXIT_FATAL;
		}
		switch (c) {
		case 'h':
			usage(stdout);
			return WIRE_EXIT_OK;
		case 'V':
			return wire_version(s.prog);
		case 'D':
			o.dates = 0;
			break;
		case 'E':
			o.entities = 0;
			break;
		case 'r':
			o.ref_date = optarg;
			break;
		case 'o':
			if (strcmp(optarg, "mdy") == 0)
				o.order = WIRE_TX_MDY;
			else if (strcmp(optarg, "dmy") == 0)
				o.order = WIRE_TX_DMY;
			else {
				wire_warn(s.prog, "--date-order",
				    "want mdy or dmy, not %s", optarg);
				return WIRE_EXIT_FATAL;
			}
			break;
		case 'l':
			o.lexicon = optarg;
			break;
		default:
			usage(stderr);
			return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;

	if (o.lexicon == NULL && o.dates) {
		if (wire_data_path("timex/en.txt", path, sizeof(path)) == -1) {
			wire_warn(s.prog, "timex/en.txt", "data file not found "
			    "(set WIRE_DATADIR or use --lexicon)");
			return WIRE_EXIT_FATAL;
		}
		o.lexicon = path;
	}
	if (o.ref_date != NULL && wire_timex_parse_ref(o.ref_date,
	    strlen(o.ref_date), &c, &rc, &rc) == -1) {
		wire_warn(s.prog, "--ref-date", "not a date: %s", o.ref_date);
		return WIRE_EXIT_FATAL;
	}
	memset(&job, 0, sizeof(job));
	if (o.dates && wire_tag_job_init(&job, o.lexicon, o.dates, o.ref_date,
	    o.order, err, sizeof(err)) == -1) {
		wire_warn(s.prog, o.lexicon, "%s", err);
		return WIRE_EXIT_FATAL;
	}
	if (wire_stream_open(&s) == -1) {
		wire_tag_job_free(&job);
		return WIRE_EXIT_FATAL;
	}
	wire_stream_run(&s, argv, argc, wire_tag_record, &job);
	wire_tag_job_free(&job);
	return wire_stream_finish(&s);
}
