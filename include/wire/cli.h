/*
 * wire/cli.h: what every wire program shares: the common options, the
 * record loop over file arguments or stdin, rejected records, output and
 * exit status.
 *
 * Exit status: 0 all good, 1 some records rejected, 2 usage or fatal I/O
 * error.  Diagnostics go to stderr as "prog: where: what".
 */
#ifndef WIRE_CLI_H
#define WIRE_CLI_H

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>

#include "wire/record.h"

#define WIRE_EXIT_OK		0
#define WIRE_EXIT_REJECTED	1
#define WIRE_EXIT_FATAL		2

#define WIRE_DEFAULT_MAX_RECORD	((size_t)64 << 20)

/* getopt_long values of the common options. */
enum {
	WIRE_OPT_HELP = 'h',
	WIRE_OPT_VERSION = 'V',
	WIRE_OPT_LINEBUF = 0x100,
	WIRE_OPT_ERRORS,
	WIRE_OPT_MAXREC,
	WIRE_OPT_STATS,
	WIRE_OPT_FIRST_OWN	/* a program's own options start here */
};

#define WIRE_COMMON_LONGOPTS						\
	{ "help", no_argument, NULL, WIRE_OPT_HELP },			\
	{ "version", no_argument, NULL, WIRE_OPT_VERSION },		\
	{ "line-buffered", no_argument, NULL, WIRE_OPT_LINEBUF },	\
	{ "errors", required_argument, NULL, WIRE_OPT_ERRORS },		\
	{ "max-record", required_argument, NULL, WIRE_OPT_MAXREC },	\
	{ "stats", no_argument, NULL, WIRE_OPT_STATS }

/* The options every program has, and the state of its record stream. */
struct wire_stream {
	const char	*prog;
	int		 line_buffered;	/* -1 until decided */
	int		 stats;
	size_t		 max_record;
	const char	*errors_path;
	FILE		*errors;	/* rejected records, verbatim */
	struct wire_buf	 out;		/* the record being built */
	char		*obuf;		/* stdout's buffer */
	/* counts */
	unsigned long	 nin, nout, nrejected, npassed;
	int		 fatal;		/* stop: output gone or I/O error */
	int		 epipe;		/* the reader went away */
	int		 ioerr;		/* an input or --errors failed */
	int		 exit_status;	/* set when wire_common_opt() says exit */
	/* where the current record came from */
	const char	*where_file;
	unsigned long	 where_line;
	const char	*cur_line;	/* the current input line, if kept */
	size_t		 cur_len;
};

/*
 * Sets defaults; prog is the program name used in messages.  When argv is
 * not NULL, argv[0] becomes prog so that getopt's own messages name the
 * program as every other message does.
 */
void	wire_stream_init(struct wire_stream *s, const char *prog, char **argv);

/*
 * Handles what getopt_long returned when it is a common option (including
 * --help, which prints usage, and an unknown option, which prints usage to
 * stderr).  Returns 1 when c was one and parsing goes on, 0 when it is not
 * a common option, -1 when the program must exit now with s->exit_status.
 */
int	wire_common_opt(struct wire_stream *s, int c, const char *arg,
	    void (*usage)(FILE *));

/*
 * Opens --errors, sets stdout's buffering and SIGPIPE handling.  Returns
 * 0, or -1 after a message.
 */
int	wire_stream_open(struct wire_stream *s);

/* Called for each parsed record; returns 0, or -1 to stop the stream. */
typedef int	(*wire_record_fn)(struct wire_stream *s, struct wire_record *r,
		    void *ctx);

/*
 * Reads records from each of the n paths ("-" or none at all: stdin),
 * skipping blank lines, rejecting invalid ones and calling fn on the rest.
 * Returns 0, or -1 when the stream stopped on a fatal error.
 */
int	wire_stream_run(struct wire_stream *s, char **paths, int n,
	    wire_record_fn fn, void *ctx);

/*
 * Writes the record built in s->out to stdout.  Returns 0, or -1 when
 * output failed (s->fatal is then set; a closed pipe ends quietly).
 */
int	wire_stream_emit(struct wire_stream *s);

/* Writes a line as it came (pass-through); same return as above. */
int	wire_stream_emit_raw(struct wire_stream *s, const char *line,
	    size_t len);

/*
 * Rejects the current record: "prog: FILE:LINE: reason" on stderr and the
 * line verbatim to --errors.  With line NULL, the current input line is
 * kept, if there is one (an over-long line was already spilled).
 */
void	wire_stream_reject(struct wire_stream *s, const char *line, size_t len,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* "prog: where: what" on stderr. */
void	wire_warn(const char *prog, const char *where, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * Flushes and closes stdout and --errors, prints --stats, frees s.
 * Returns the exit status.
 */
int	wire_stream_finish(struct wire_stream *s);

/*
 * Prints the usage to stdout for --help and returns the exit status: 2
 * when stdout cannot be written (with a message).
 */
int	wire_help(const char *prog, void (*usage)(FILE *));

/* Prints "prog (wire) VERSION" to stdout; returns the exit status. */
int	wire_version(const char *prog);

/*
 * Parses a size such as 65536, 64K, 64M or 1G.  Returns 0, or -1 when s
 * is not one.
 */
int	wire_parse_size(const char *s, size_t *out);

/*
 * Finds a data file name (such as "abbrev.txt") and stores its path in out
 * (outlen bytes).  Looks in $WIRE_DATADIR, beside the program
 * (../share/wire and ../data), then in the installed data directory.
 * Returns 0, or -1 when it is nowhere.
 */
int	wire_data_path(const char *name, char *out, size_t outlen);

#endif
