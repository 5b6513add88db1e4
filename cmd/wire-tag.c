/*
 * wire-tag: records in, the same records out with the people,
 * organisations and places of their text in an "entities" array and the
 * temporal expressions in a "dates" array.
 *
 * Each record with a "text" gets "entities": [{text, type, start, end,
 * name}] (PERSON, ORG, LOC, MISC, with the canonical name the mention
 * refers to) and "dates": [{text, type, value, start, end}] with TimeML
 * TIMEX3 types and values, resolved against its "published" date (else
 * --ref-date, else "fetched_at", named in "ref_source"); offsets are
 * Unicode code points of the text.  Every other field is copied as it
 * came, in order.  Records without text pass through unchanged.  See
 * wire-tag(1).
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/tag.h"
#include "wire/timex.h"

struct opts {
	const char	*lexicon;	/* --lexicon FILE */
	const char	*model;		/* --model FILE */
	const char	*ref_date;	/* --ref-date DATE */
	int		 order;		/* --date-order */
	int		 dates;		/* not --no-dates */
	int		 entities;	/* not --no-entities */
};

/* The gazetteer that locates the data directory when --model is given. */
#define NER_ANCHOR	"gaz-curated.tsv"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-tag [--no-entities] [--no-dates] [--model FILE]\n"
	    "                [--ref-date DATE] [--date-order mdy|dmy] [--lexicon FILE]\n"
	    "                [--errors FILE] [--max-record SIZE] [--line-buffered]\n"
	    "                [--stats] [FILE ...]\n"
	    "       wire-tag --help | --version\n");
}

/*
 * Finds the data directory of the entity recognizer: the one holding
 * ner/model.bin (ner/NER_ANCHOR with --model, whose model may be
 * elsewhere).  Returns 0, or -1 when there is none.
 */
static int
find_nerdir(const struct opts *o, char *dir, size_t len)
{
	const char *name = o->model == NULL ? "ner/model.bin" : "ner/" NER_ANCHOR;
	size_t n;

	if (wire_data_path(name, dir, len) == -1)
		return -1;
	/* the path is DIR/NAME */
	n = strlen(dir) - strlen(name) - 1;
	dir[n > 0 ? n : 1] = '\0';
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "no-dates", no_argument, NULL, 'D' },
		{ "no-entities", no_argument, NULL, 'E' },
		{ "model", required_argument, NULL, 'm' },
		{ "ref-date", required_argument, NULL, 'r' },
		{ "date-order", required_argument, NULL, 'o' },
		{ "lexicon", required_argument, NULL, 'l' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { NULL, NULL, NULL, WIRE_TX_MDY, 1, 1 };
	struct wire_stream s;
	struct wire_tag_job job;
	char path[PATH_MAX], nerdir[PATH_MAX], err[1024];
	int c, rc;

	wire_stream_init(&s, "wire-tag", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case 'D':
			o.dates = 0;
			break;
		case 'E':
			o.entities = 0;
			break;
		case 'm':
			o.model = optarg;
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
	if (o.entities && find_nerdir(&o, nerdir, sizeof(nerdir)) == -1) {
		wire_warn(s.prog, o.model == NULL ? "ner/model.bin" :
		    "ner/" NER_ANCHOR, "data file not found (set WIRE_DATADIR)");
		return WIRE_EXIT_FATAL;
	}
	if (wire_tag_job_init(&job, o.dates ? o.lexicon : NULL,
	    o.entities ? nerdir : NULL, o.model, o.ref_date, o.order, err,
	    sizeof(err)) == -1) {
		wire_warn(s.prog, NULL, "%s", err);
		wire_tag_job_free(&job);
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
