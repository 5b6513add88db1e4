/*
 * wire-train: trains the entity tagger of wire-tag from CoNLL files.
 *
 * The gazetteers come from the data directory (--datadir, else
 * $WIRE_DATADIR, else the installed one), because their classes are
 * features of the model; the model is written to --output (default
 * DATADIR/ner/model.bin).  A file name may end in "*N" to count its
 * sentences N times.  See data/ner/README for the recipe of the shipped
 * model.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/ner.h"

#ifndef WIRE_DATADIR
#define WIRE_DATADIR "/usr/local/share/wire"
#endif

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-train [--datadir DIR] [--output FILE] [--epochs N]\n"
	    "                  [--prune W] [--seed N] [--quiet] FILE.conll[*N] ...\n"
	    "       wire-train --help\n");
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
		{ NULL, 0, NULL, 0 }
	};
	struct wire_ner_train_opts o = { 0, 0, 1, 1 };
	const char *datadir = getenv("WIRE_DATADIR"), *output = NULL;
	char err[512], path[4096];
	int c;

	if (datadir == NULL || *datadir == '\0')
		datadir = WIRE_DATADIR;
	while ((c = getopt_long(argc, argv, "d:o:e:p:s:qh", longopts,
	    NULL)) != -1) {
		switch (c) {
		case 'd':
			datadir = optarg;
			break;
		case 'o':
			output = optarg;
			break;
		case 'e':
			o.epochs = atoi(optarg);
			break;
		case 'p':
			o.prune = atof(optarg);
			break;
		case 's':
			o.seed = (unsigned)strtoul(optarg, NULL, 10);
			break;
		case 'q':
			o.verbose = 0;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		usage(stderr);
		return 2;
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
