/*
 * wire-strip: document records in, the same records with clean article
 * text and metadata out.
 *
 * Each record's "html" (or, without one, its "text") is cut into blocks,
 * the blocks that are article text are kept, and title, authors, dates,
 * site, language, description, image and paywall are read from the page.
 * With --raw each input is one whole page.  See wire-strip(1).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/strip.h"

struct opts {
	int		 raw;
	int		 captions;
	int		 keep_html;
	const char	*url;
	const char	*data;
	size_t		 max_page;
	int		 features;	/* block features for training */
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-strip [--raw [--url URL]] [--captions] [--keep-html]\n"
	    "                  [--max-page SIZE] [--data DIR] [--errors FILE]\n"
	    "                  [--max-record SIZE] [--line-buffered] [--stats]\n"
	    "                  [FILE ...]\n"
	    "       wire-strip --help | --version\n");
}

int
main(int argc, char *argv[])
{
	enum { O_RAW = WIRE_OPT_FIRST_OWN, O_URL, O_CAPTIONS, O_KEEP, O_MAXPAGE,
	    O_DATA, O_FEATURES };
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "raw", no_argument, NULL, O_RAW },
		{ "url", required_argument, NULL, O_URL },
		{ "captions", no_argument, NULL, O_CAPTIONS },
		{ "keep-html", no_argument, NULL, O_KEEP },
		{ "max-page", required_argument, NULL, O_MAXPAGE },
		{ "data", required_argument, NULL, O_DATA },
		{ "features", no_argument, NULL, O_FEATURES },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	struct wire_stream s;
	struct wire_strip *st;
	char err[512];
	int c;

	memset(&o, 0, sizeof(o));
	o.max_page = WIRE_STRIP_DEFAULT_MAX_PAGE;
	wire_stream_init(&s, "wire-strip", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case O_RAW:
			o.raw = 1;
			break;
		case O_URL:
			o.url = optarg;
			break;
		case O_CAPTIONS:
			o.captions = 1;
			break;
		case O_KEEP:
			o.keep_html = 1;
			break;
		case O_MAXPAGE:
			if (wire_parse_size(optarg, &o.max_page) == -1 ||
			    o.max_page == 0) {
				wire_warn(s.prog, "--max-page", "bad size: %s", optarg);
				return WIRE_EXIT_FATAL;
			}
			break;
		case O_DATA:
			o.data = optarg;
			break;
		case O_FEATURES:
			o.features = 1;
			break;
		default:
			usage(stderr);
			return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;
	if (o.url != NULL && !o.raw) {
		wire_warn(s.prog, "--url", "only with --raw");
		return WIRE_EXIT_FATAL;
	}
	if ((st = malloc(sizeof(*st))) == NULL) {
		wire_warn(s.prog, "init", "out of memory");
		return WIRE_EXIT_FATAL;
	}
	if (wire_strip_init(st, o.data, err, sizeof(err)) == -1) {
		wire_warn(s.prog, "data", "%s", err);
		free(st);
		return WIRE_EXIT_FATAL;
	}
	st->captions = o.captions;
	st->keep_html = o.keep_html;
	st->max_page = o.max_page;
	st->url = o.url;
	st->features = o.features;
	if (wire_stream_open(&s) == -1) {
		wire_strip_free(st);
		free(st);
		return WIRE_EXIT_FATAL;
	}
	if (o.raw)
		wire_strip_raw(&s, st, argv, argc);
	else
		wire_stream_run(&s, argv, argc, wire_strip_record, st);
	wire_strip_free(st);
	free(st);
	return wire_stream_finish(&s);
}
