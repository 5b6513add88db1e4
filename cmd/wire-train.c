/*
 * wire-train: trains the entity tagger of wire-tag from CoNLL files.
 *
 * The gazetteers come from the data directory (--datadir, else the one
 * wire-tag would use: $WIRE_DATADIR, beside the program, the installed
 * one), because their classes are features of the model; the model is
 * written to --output (default DATADIR/ner/model.bin).  A file name may
 * end in "*N" to count its sentences N times.  --seed FIRST-LAST trains
 * one run per seed and writes the mean of their models.  See
 * wire-train(1), and data/ner/README for the recipe of the shipped model.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/ner.h"

/* The gazetteer that locates the data directory. */
#define GAZ_ANCHOR	"ner/gaz-curated.tsv"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-train [--datadir DIR] [--output FILE] [--epochs N]\n"
	    "                  [--prune W] [--seed N[-LAST]] [--quiet] FILE.conll[*N] ...\n"
	    "       wire-train --help | --version\n");
}

/*
 * Parses the value of option opt as a number from lo to hi (an integer
 * when integer is set).  Returns 0, or -1 after a message.
 */
static int
number(const char *opt, const char *arg, double lo, double hi, int integer,
    double *v)
{
	char *end;

	errno = 0;
	*v = integer ? (double)strtol(arg, &end, 10) : strtod(arg, &end);
	if (end == arg || *end != '\0' || errno != 0 || !(*v >= lo && *v <= hi)) {
		fprintf(stderr, "wire-train: %s: want %s from %.0f to %.0f, not "
		    "\"%s\"\n", opt, integer ? "an integer" : "a number", lo, hi,
		    arg);
		return -1;
	}
	return 0;
}

/*
 * Parses the value of --seed: a seed N, or a range FIRST-LAST of seeds
 * whose runs are averaged into one model (steadier than one run).  Sets
 * o->seed and o->runs.  Returns 0, or -1 after a message.
 */
static int
seeds(const char *arg, struct wire_ner_train_opts *o)
{
	char first[32];
	const char *dash = strchr(arg, '-');
	double a, b;

	if (dash == NULL || dash == arg ||
	    (size_t)(dash - arg) >= sizeof(first)) {
		if (number("--seed", arg, 0, 4294967295.0, 1, &a) == -1)
			return -1;
		o->seed = (unsigned)a;
		o->runs = 1;
		return 0;
	}
	memcpy(first, arg, (size_t)(dash - arg));
	first[dash - arg] = '\0';
	if (number("--seed", first, 0, 4294967295.0, 1, &a) == -1 ||
	    number("--seed", dash + 1, a, a + 99, 1, &b) == -1)
		return -1;
	o->seed = (unsigned)a;
	o->runs = (unsigned)(b - a) + 1;
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "datadir", required_argument, NULL, 'd' },
		{ "output", required_argument, NULL, 'o' },
		{ "epochs", required_argument, NULL, 'e' },
		{ "prune", required_argument, NULL, 'p' },
		{ "seed", required_argument, NULL, 's' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct wire_ner_train_opts o = { 0, 0, 1, 1, 1 };
	const char *datadir = NULL, *output = NULL;
	char err[512], path[PATH_MAX], dir[PATH_MAX];
	double v;
	int c;

	argv[0] = (char *)"wire-train";		/* getopt's messages name the program */
	while ((c = getopt_long(argc, argv, "d:o:e:p:s:qhV", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'd':
			datadir = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'e':
			if (number("--epochs", optarg, 1, 10000, 1, &v) == -1)
				return 2;
			o.epochs = (int)v;
			break;
		case 'p':
			if (number("--prune", optarg, 0, 1e9, 0, &v) == -1)
				return 2;
			o.prune = v;
			break;
		case 's':
			if (seeds(optarg, &o) == -1)
				return 2;
			break;
		case 'q':
			o.verbose = 0;
			break;
		case 'h':
			return wire_help("wire-train", usage);
		case 'V':
			return wire_version("wire-train");
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return 2;
	}
	if (datadir == NULL) {
		if (wire_data_path(GAZ_ANCHOR, dir, sizeof(dir)) == -1) {
			fprintf(stderr, "wire-train: %s: data file not found (set "
			    "WIRE_DATADIR or use --datadir)\n", GAZ_ANCHOR);
			return 2;
		}
		/* the path is DIR/GAZ_ANCHOR */
		dir[strlen(dir) - strlen(GAZ_ANCHOR) - 1] = '\0';
		datadir = *dir != '\0' ? dir : "/";
	}
	if (output == NULL) {
		if ((size_t)snprintf(path, sizeof(path), "%s/ner/model.bin",
		    datadir) >= sizeof(path)) {
			fprintf(stderr, "wire-train: data directory name too "
			    "long\n");
			return 2;
		}
		output = path;
	}
	if (wire_ner_train(datadir, (const char *const *)argv + optind,
	    (size_t)(argc - optind), output, &o, err, sizeof(err)) < 0) {
		fprintf(stderr, "wire-train: %s\n", err);
		return 1;
	}
	return 0;
}
