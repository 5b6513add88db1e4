/*
 * wire-load: writes wire records into a database, SQLite by default or
 * PostgreSQL given a postgresql:// URI.
 *
 * Document records go to documents, sentence records to sentences with
 * their entities and dates; every write is an upsert on the record ids, so
 * a second load of the same records changes nothing.  Each --batch records
 * are one transaction.  Nothing is written to standard output; the loaded
 * records count as output in --stats.  See wire-load(1).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/load.h"

struct opts {
	const char	*db;
	size_t		 batch;
	int		 schema;
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: wire-load [--db DB] [--batch N] [--errors FILE] [--max-record SIZE]\n"
	    "                 [--line-buffered] [--stats] [FILE ...]\n"
	    "       wire-load --schema | --help | --version\n");
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		WIRE_COMMON_LONGOPTS,
		{ "db", required_argument, NULL, 'd' },
		{ "batch", required_argument, NULL, 'b' },
		{ "schema", no_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { WIRE_LOAD_DEFAULT_DB, WIRE_LOAD_DEFAULT_BATCH, 0 };
	struct wire_stream s;
	struct wire_load *l;
	char err[512], *end;
	unsigned long long v;
	int c;

	wire_stream_init(&s, "wire-load", argv);
	while ((c = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
		switch (wire_common_opt(&s, c, optarg, usage)) {
		case 1:
			continue;
		case -1:
			return s.exit_status;
		}
		switch (c) {
		case 'd':
			o.db = optarg;
			break;
		case 'b':
			errno = 0;
			v = strtoull(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' || v == 0 ||
			    v > 10000000) {
				wire_warn(s.prog, "--batch", "not 1 to 10000000: %s",
				    optarg);
				return WIRE_EXIT_FATAL;
			}
			o.batch = (size_t)v;
			break;
		case 'S':
			o.schema = 1;
			break;
		default:
			usage(stderr);
			return WIRE_EXIT_FATAL;
		}
	}
	argc -= optind;
	argv += optind;

	if (o.schema) {
		fputs(wire_load_schema(), stdout);
		return fflush(stdout) == EOF ? WIRE_EXIT_FATAL : WIRE_EXIT_OK;
	}
	if (*o.db == '\0') {
		wire_warn(s.prog, "--db", "empty");
		return WIRE_EXIT_FATAL;
	}
	if ((l = wire_load_open(o.db, o.batch, err, sizeof(err))) == NULL) {
		wire_warn(s.prog, o.db, "%s", err);
		return WIRE_EXIT_FATAL;
	}
	if (wire_stream_open(&s) == -1) {
		wire_load_close(l, 0, NULL, 0);
		return WIRE_EXIT_FATAL;
	}
	wire_stream_run(&s, argv, argc, wire_load_record, l);
	if (!s.fatal)
		(void)wire_load_flush(&s, l);
	/* A batch cut short by a database failure must not land in part. */
	if (wire_load_close(l, !s.fatal || s.epipe, err, sizeof(err)) == -1) {
		wire_warn(s.prog, o.db, "%s", err);
		s.ioerr = 1;
	}
	return wire_stream_finish(&s);
}
