/*
 * cli.c: the record loop, diagnostics, output and exit status that every
 * wire program shares, so that they all behave alike in a pipeline.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wire/cli.h"

#ifndef WIRE_VERSION
#define WIRE_VERSION "0"
#endif
#ifndef WIRE_DATADIR
#define WIRE_DATADIR "/usr/local/share/wire"
#endif

#define OUT_BUFSIZE	(64 * 1024)

/*
 * Fills s with the defaults of every program.
 */
void
wire_stream_init(struct wire_stream *s, const char *prog, char **argv)
{
	memset(s, 0, sizeof(*s));
	s->prog = prog;
	if (argv != NULL && argv[0] != NULL)
		argv[0] = (char *)prog;
	s->line_buffered = -1;
	s->max_record = WIRE_DEFAULT_MAX_RECORD;
}

/*
 * Prints "prog: where: what" (or "prog: what" without where) to stderr.
 */
void
wire_warn(const char *prog, const char *where, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", prog);
	if (where != NULL)
		fprintf(stderr, "%s: ", where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/*
 * Parses sizes like 4096, 64K, 64M, 1G into *out.
 */
int
wire_parse_size(const char *s, size_t *out)
{
	unsigned long long v;
	char *end;
	int shift = 0;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	switch (*end) {
	case '\0':
		break;
	case 'k': case 'K':
		shift = 10;
		break;
	case 'm': case 'M':
		shift = 20;
		break;
	case 'g': case 'G':
		shift = 30;
		break;
	default:
		return -1;
	}
	if (*end != '\0' && end[1] != '\0' && strcmp(end + 1, "iB") != 0 &&
	    strcmp(end + 1, "B") != 0)
		return -1;
	if (v == 0 || v > (SIZE_MAX / 4) >> shift)
		return -1;
	*out = (size_t)(v << shift);
	return 0;
}

/*
 * Applies a common option; see wire/cli.h.
 */
int
wire_common_opt(struct wire_stream *s, int c, const char *arg,
    void (*usage)(FILE *))
{
	switch (c) {
	case WIRE_OPT_HELP:
		s->exit_status = wire_help(s->prog, usage);
		return -1;
	case WIRE_OPT_VERSION:
		s->exit_status = wire_version(s->prog);
		return -1;
	case '?':
	case ':':
		usage(stderr);
		s->exit_status = WIRE_EXIT_FATAL;
		return -1;
	case WIRE_OPT_LINEBUF:
		s->line_buffered = 1;
		return 1;
	case WIRE_OPT_ERRORS:
		s->errors_path = arg;
		return 1;
	case WIRE_OPT_MAXREC:
		if (wire_parse_size(arg, &s->max_record) == -1) {
			wire_warn(s->prog, "--max-record", "not a size: %s", arg);
			s->exit_status = WIRE_EXIT_FATAL;
			return -1;
		}
		return 1;
	case WIRE_OPT_STATS:
		s->stats = 1;
		return 1;
	default:
		return 0;
	}
}

/*
 * Prepares output: buffering, SIGPIPE as an error code, --errors.
 */
int
wire_stream_open(struct wire_stream *s)
{
	/* A closed pipe must end us quietly, not kill us mid-record. */
	signal(SIGPIPE, SIG_IGN);
	if (s->line_buffered == -1)
		s->line_buffered = isatty(STDOUT_FILENO);
	if ((s->obuf = malloc(OUT_BUFSIZE)) != NULL)
		setvbuf(stdout, s->obuf, _IOFBF, OUT_BUFSIZE);
	/* Output records may grow past the input: sentences repeat fields. */
	s->out.max = s->max_record > SIZE_MAX / 8 ? SIZE_MAX / 2 :
	    s->max_record * 4;
	if (s->errors_path != NULL &&
	    (s->errors = fopen(s->errors_path, "w")) == NULL) {
		wire_warn(s->prog, s->errors_path, "%s", strerror(errno));
		return -1;
	}
	return 0;
}

/* Notes a failed write to stdout: quiet for a closed pipe. */
static int
out_failed(struct wire_stream *s)
{
	if (errno == EPIPE)
		s->epipe = 1;
	else if (!s->fatal)
		wire_warn(s->prog, "stdout", "%s", strerror(errno ? errno : EIO));
	s->fatal = 1;
	return -1;
}

/*
 * Writes a line of output and ends it, flushing when line-buffered.
 */
int
wire_stream_emit_raw(struct wire_stream *s, const char *line, size_t len)
{
	if (s->fatal)
		return -1;
	errno = 0;
	if (fwrite(line, 1, len, stdout) != len ||
	    (len > 0 && line[len - 1] != '\n' && putchar('\n') == EOF))
		return out_failed(s);
	if (s->line_buffered && fflush(stdout) == EOF)
		return out_failed(s);
	s->nout++;
	return 0;
}

/*
 * Writes the record in s->out; a record that overflowed its cap is
 * rejected instead.
 */
int
wire_stream_emit(struct wire_stream *s)
{
	if (s->out.full) {
		wire_stream_reject(s, NULL, 0,
		    "output record exceeds %zu bytes", s->out.max);
		wire_buf_reset(&s->out);
		return 0;
	}
	return wire_stream_emit_raw(s, s->out.p, s->out.len);
}

/*
 * Reports the current record as rejected and keeps it in --errors.
 */
void
wire_stream_reject(struct wire_stream *s, const char *line, size_t len,
    const char *fmt, ...)
{
	char where[PATH_MAX + 32];
	va_list ap;

	/* Line 0: the whole input is the record (--raw). */
	if (s->where_line > 0)
		snprintf(where, sizeof(where), "%s:%lu",
		    s->where_file ? s->where_file : "stdin", s->where_line);
	else
		snprintf(where, sizeof(where), "%s",
		    s->where_file ? s->where_file : "stdin");
	fprintf(stderr, "%s: %s: ", s->prog, where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	s->nrejected++;
	if (line == NULL) {
		line = s->cur_line;
		len = s->cur_len;
	}
	if (s->errors != NULL && line != NULL) {
		fwrite(line, 1, len, s->errors);
		fputc('\n', s->errors);
	}
}

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Runs the loop over one open stream. */
static int
run_file(struct wire_stream *s, FILE *fp, const char *name, wire_record_fn fn,
    void *ctx, struct wire_record *rec)
{
	struct wire_reader rd;
	const char *line;
	char why[128];
	size_t len;
	int rc, ret = 0;

	wire_reader_init(&rd, fp, name, s->max_record);
	s->where_file = name;
	while (!s->fatal) {
		rc = wire_reader_next(&rd, &line, &len, s->errors);
		s->where_line = rd.lineno;
		s->cur_line = NULL;
		if (rc == WIRE_LINE_EOF)
			break;
		if (rc == WIRE_LINE_ERR) {
			wire_warn(s->prog, name, "read error: %s", strerror(errno));
			s->ioerr = 1;
			break;
		}
		if (rc == WIRE_LINE_LONG) {
			s->nin++;
			wire_stream_reject(s, NULL, 0,
			    "record exceeds %zu bytes (--max-record)", s->max_record);
			continue;
		}
		if (blank(line, len))
			continue;
		s->nin++;
		s->cur_line = line;
		s->cur_len = len + (size_t)rd.cr;
		if (wire_record_parse(rec, line, len, why, sizeof(why)) == -1) {
			wire_stream_reject(s, NULL, 0, "%s", why);
			continue;
		}
		if (fn(s, rec, ctx) == -1) {
			ret = -1;
			break;
		}
	}
	s->cur_line = NULL;
	wire_reader_free(&rd);
	return ret;
}

/*
 * The record loop over file arguments or stdin; see wire/cli.h.
 */
int
wire_stream_run(struct wire_stream *s, char **paths, int n, wire_record_fn fn,
    void *ctx)
{
	struct wire_record rec = { 0 };
	FILE *fp;
	int i, ret = 0;

	for (i = 0; i < (n > 0 ? n : 1) && ret == 0 && !s->fatal; i++) {
		if (n == 0 || strcmp(paths[i], "-") == 0) {
			ret = run_file(s, stdin, "stdin", fn, ctx, &rec);
			continue;
		}
		if ((fp = fopen(paths[i], "r")) == NULL) {
			wire_warn(s->prog, paths[i], "%s", strerror(errno));
			s->ioerr = 1;
			continue;
		}
		ret = run_file(s, fp, paths[i], fn, ctx, &rec);
		fclose(fp);
	}
	wire_record_free(&rec);
	return ret == -1 || s->fatal ? -1 : 0;
}

/*
 * Flushes everything, reports --stats and returns the exit status.
 */
int
wire_stream_finish(struct wire_stream *s)
{
	int status;

	if (!s->fatal) {
		errno = 0;
		if (fflush(stdout) == EOF || ferror(stdout))
			out_failed(s);
	}
	/* stdout is closed here so a late write error is still seen. */
	errno = 0;
	if (fclose(stdout) == EOF && !s->fatal)
		out_failed(s);
	if (s->errors != NULL && (ferror(s->errors) || fclose(s->errors) == EOF)) {
		wire_warn(s->prog, s->errors_path, "%s", strerror(errno ? errno : EIO));
		s->ioerr = 1;
	}
	s->errors = NULL;
	if (s->stats)
		fprintf(stderr, "%s: stats: %lu in, %lu out, %lu rejected, "
		    "%lu passed through\n", s->prog, s->nin, s->nout,
		    s->nrejected, s->npassed);
	if ((s->fatal && !s->epipe) || s->ioerr)
		status = WIRE_EXIT_FATAL;
	else if (s->nrejected > 0)
		status = WIRE_EXIT_REJECTED;
	else
		status = WIRE_EXIT_OK;
	wire_buf_free(&s->out);
	free(s->obuf);
	s->obuf = NULL;
	return status;
}

/* Flushes stdout after --help or --version; the status to exit with. */
static int
stdout_status(const char *prog)
{
	errno = 0;
	if (fflush(stdout) == EOF || ferror(stdout) || fclose(stdout) == EOF) {
		if (errno != EPIPE)
			wire_warn(prog, "stdout", "%s", strerror(errno ? errno : EIO));
		return WIRE_EXIT_FATAL;
	}
	return WIRE_EXIT_OK;
}

/*
 * Prints the usage for --help; see wire/cli.h.
 */
int
wire_help(const char *prog, void (*usage)(FILE *))
{
	usage(stdout);
	return stdout_status(prog);
}

/*
 * Prints the version line.
 */
int
wire_version(const char *prog)
{
	printf("%s (wire) %s\n", prog, WIRE_VERSION);
	return stdout_status(prog);
}

static int
try_path(char *out, size_t outlen, const char *dir, const char *sub,
    const char *name)
{
	int n;

	n = snprintf(out, outlen, "%s%s/%s", dir, sub, name);
	return n > 0 && (size_t)n < outlen && access(out, R_OK) == 0 ? 0 : -1;
}

/*
 * Finds the data file name; see wire/cli.h for the search order.
 */
int
wire_data_path(const char *name, char *out, size_t outlen)
{
	char exe[PATH_MAX], *slash;
	const char *env;
	ssize_t n;

	if ((env = getenv("WIRE_DATADIR")) != NULL && *env != '\0' &&
	    try_path(out, outlen, env, "", name) == 0)
		return 0;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			*slash = '\0';
			if (try_path(out, outlen, exe, "/../share/wire", name) == 0 ||
			    try_path(out, outlen, exe, "/../data", name) == 0)
				return 0;
		}
	}
	return try_path(out, outlen, WIRE_DATADIR, "", name);
}
