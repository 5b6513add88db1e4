/*
 * cli_test.c: what every wire program shares (lib/cli.c): sizes, the
 * common options, the record loop with its messages "prog: FILE:LINE:
 * reason" and --errors copies, output failures, exit status, --stats and
 * the data path lookup.  wire_stream_finish(), --help and --version close
 * stdout, so those run in a child process with stdout and stderr sent to
 * files.
 */
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tap.h"
#include "scratch.h"
#include "wire/cli.h"
#include "wire/record.h"
#include "wire/text.h"

static struct wire_buf	got_out, got_err, got_errors;

/* What a child run does: a program's whole life over its inputs. */
struct scene {
	char		*paths[4];
	int		 npaths;
	const char	*errors;	/* --errors, or NULL */
	const char	*maxrec;	/* --max-record, or NULL */
	int		 linebuf, stats;
	int		 stop_at;	/* the callback fails on this call */
	size_t		 outmax;	/* rebuild each record under this cap */
	int		 calls;
	int		 run_rc;
};

enum { OUT_FILE, OUT_FULL, OUT_PIPE };

/* The record callback: echoes r, or writes it again through s->out. */
static int
echo(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct scene *sc = ctx;
	struct wire_json w;
	size_t k;

	if (++sc->calls == sc->stop_at)
		return -1;
	if (sc->outmax == 0)
		return wire_stream_emit_raw(s, r->line, r->len);
	s->out.max = sc->outmax;
	wire_json_begin(&w, &s->out);
	for (k = 0; k < r->n; k++)
		wire_json_field(&w, &r->f[k]);
	wire_json_end(&w);
	return wire_stream_emit(s);
}

static void
usage(FILE *fp)
{
	fputs("usage: wire-test [FILE ...]\n", fp);
}

/* A program's main(): options, open, run, finish. */
static int
program(struct scene *sc)
{
	struct wire_stream s;
	int rc;

	wire_stream_init(&s, "wire-test", NULL);
	if (sc->linebuf)
		wire_common_opt(&s, WIRE_OPT_LINEBUF, NULL, usage);
	if (sc->stats)
		wire_common_opt(&s, WIRE_OPT_STATS, NULL, usage);
	if (sc->errors != NULL)
		wire_common_opt(&s, WIRE_OPT_ERRORS, sc->errors, usage);
	if (sc->maxrec != NULL &&
	    wire_common_opt(&s, WIRE_OPT_MAXREC, sc->maxrec, usage) == -1)
		return s.exit_status;
	if (wire_stream_open(&s) == -1)
		return WIRE_EXIT_FATAL;
	rc = wire_stream_run(&s, sc->paths, sc->npaths, echo, sc);
	/* What the loop returned shows in stderr: the status is finish's. */
	if (rc != 0)
		fprintf(stderr, "run returned %d\n", rc);
	return wire_stream_finish(&s);
}

/*
 * Runs fn (program() of sc, or a --help or --version) in a child, stdin
 * from in (n bytes), stdout to a file, /dev/full or a closed pipe, stderr
 * to a file.  Catches both in got_out and got_err, --errors in
 * got_errors; returns the exit status, or 128 + the signal.
 */
static int
child(struct scene *sc, int what, const char *in, size_t n, int out)
{
	char pin[512], pout[512], perr[512];
	int st, fd, pp[2];
	pid_t pid;

	path_of(pin, sizeof(pin), "stdin");
	path_of(pout, sizeof(pout), "stdout");
	path_of(perr, sizeof(perr), "stderr");
	write_file(pin, in, n);
	unlink(pout);
	if (sc != NULL && sc->errors != NULL)
		unlink(sc->errors);
	if (out == OUT_PIPE) {
		if (pipe(pp) == -1)
			return -1;
		/* No reader at all: the first write fails with EPIPE. */
		close(pp[0]);
	}
	fflush(stdout);
	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		if ((fd = open(pin, O_RDONLY)) < 0 || dup2(fd, 0) < 0)
			_exit(99);
		close(fd);
		if (out == OUT_PIPE)
			fd = pp[1];
		else
			fd = open(out == OUT_FULL ? "/dev/full" : pout,
			    O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || dup2(fd, 1) < 0)
			_exit(99);
		close(fd);
		if ((fd = open(perr, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0 ||
		    dup2(fd, 2) < 0)
			_exit(99);
		close(fd);
		/* As under a parent that ignores SIGPIPE, as programs do. */
		if (what != 0)
			signal(SIGPIPE, SIG_IGN);
		if (what == 'h')
			st = wire_help("wire-test", usage);
		else if (what == 'V')
			st = wire_version("wire-test");
		else
			st = program(sc);
		fflush(stderr);
		_exit(st);
	}
	if (out == OUT_PIPE)
		close(pp[1]);
	if (waitpid(pid, &st, 0) != pid)
		return -1;
	read_file(pout, &got_out);
	read_file(perr, &got_err);
	wire_buf_reset(&got_errors);
	wire_buf_puts(&got_errors, "");
	if (sc != NULL && sc->errors != NULL)
		read_file(sc->errors, &got_errors);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void
test_parse_size(void)
{
	static const struct {
		const char	*s;
		size_t		 v;
	} good[] = {
		{ "65536", 65536 }, { "64K", 65536 }, { "64k", 65536 },
		{ "64KiB", 65536 }, { "64KB", 65536 }, { "1M", 1 << 20 },
		{ "3m", 3 << 20 }, { "1G", (size_t)1 << 30 }, { "1", 1 },
	};
	static const char *bad[] = { "", "K", "0", "0K", "-1", " 1", "+1", "12X",
	    "1Kx", "1KiBx", "1iB", "1 K", "99999999999999999999", NULL };
	char big[64];
	size_t i, v;
	int rc;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		v = 0;
		rc = wire_parse_size(good[i].s, &v);
		ok(rc == 0 && v == good[i].v, "size %s is %zu (%zu)", good[i].s,
		    good[i].v, v);
	}
	for (i = 0; bad[i] != NULL; i++) {
		v = 7;
		ok(wire_parse_size(bad[i], &v) == -1 && v == 7,
		    "not a size: \"%s\"", bad[i]);
	}
	ok(wire_parse_size(NULL, &v) == -1, "not a size: NULL");
	/* The largest allowed, and one more, in gigabytes. */
	snprintf(big, sizeof(big), "%zuG", (SIZE_MAX / 4) >> 30);
	ok(wire_parse_size(big, &v) == 0 && v == ((SIZE_MAX / 4) >> 30) << 30,
	    "%s is the largest size", big);
	snprintf(big, sizeof(big), "%zuG", ((SIZE_MAX / 4) >> 30) + 1);
	ok(wire_parse_size(big, &v) == -1, "%s is too large", big);
}

static void
test_opts(void)
{
	char *argv[] = { "./a.out", NULL };
	struct wire_stream s;
	struct scene sc = { 0 };

	wire_stream_init(&s, "wire-test", argv);
	is_str(argv[0], "wire-test", "init: argv[0] becomes prog");
	ok(s.line_buffered == -1 && s.max_record == WIRE_DEFAULT_MAX_RECORD &&
	    s.stats == 0 && s.errors_path == NULL && s.nin == 0,
	    "init: defaults");
	is_int(wire_common_opt(&s, WIRE_OPT_LINEBUF, NULL, usage), 1,
	    "--line-buffered is common");
	is_int(s.line_buffered, 1, "--line-buffered set");
	is_int(wire_common_opt(&s, WIRE_OPT_ERRORS, "rej.jsonl", usage), 1,
	    "--errors is common");
	is_str(s.errors_path, "rej.jsonl", "--errors path kept");
	is_int(wire_common_opt(&s, WIRE_OPT_MAXREC, "2K", usage), 1,
	    "--max-record is common");
	is_int(s.max_record, 2048, "--max-record 2K");
	is_int(wire_common_opt(&s, WIRE_OPT_STATS, NULL, usage), 1,
	    "--stats is common");
	is_int(wire_common_opt(&s, 'x', NULL, usage), 0,
	    "a program's own option is not common");
	is_int(wire_common_opt(&s, WIRE_OPT_FIRST_OWN, "v", usage), 0,
	    "nor is WIRE_OPT_FIRST_OWN");

	/* Messages go to stderr: these run in the child too. */
	sc.maxrec = "12X";
	is_int(child(&sc, 0, "", 0, OUT_FILE), 2, "--max-record 12X: status 2");
	is_str(got_err.p, "wire-test: --max-record: not a size: 12X\n",
	    "--max-record 12X: message");
	is_str(got_out.p, "", "--max-record 12X: no output");
}

static void
test_help_version(void)
{
	char want[128];

	is_int(child(NULL, 'h', "", 0, OUT_FILE), 0, "--help: status 0");
	is_str(got_out.p, "usage: wire-test [FILE ...]\n", "--help: usage on stdout");
	is_int(child(NULL, 'h', "", 0, OUT_FULL), 2, "--help to a full disk: 2");
	is_str(got_err.p, "wire-test: stdout: No space left on device\n",
	    "--help to a full disk: message");
	is_int(child(NULL, 'h', "", 0, OUT_PIPE), 2, "--help to a closed pipe: 2");
	is_str(got_err.p, "", "--help to a closed pipe: quiet");
	is_int(child(NULL, 'V', "", 0, OUT_FILE), 0, "--version: status 0");
	snprintf(want, sizeof(want), "wire-test (wire) %s\n", WIRE_VERSION);
	is_str(got_out.p, want, "--version line");
}

static void
test_warn_reject(void)
{
	char perrors[512];
	struct scratch_capture cap;
	struct wire_stream s;

	path_of(perrors, sizeof(perrors), "errors-direct");
	scratch_capture_begin(&cap, SCRATCH_ERR);
	wire_warn("wire-test", "a.jsonl", "odd %d", 7);
	wire_warn("wire-test", NULL, "plain");
	wire_stream_init(&s, "wire-test", NULL);
	s.errors = fopen(perrors, "w");
	wire_stream_reject(&s, "{\"a\":1}", 7, "bad %s", "thing");
	s.where_file = "in.jsonl";
	s.where_line = 12;
	s.cur_line = "{\"cur\":true}";
	s.cur_len = 12;
	wire_stream_reject(&s, NULL, 0, "kept");
	s.where_line = 0;
	s.cur_line = NULL;
	wire_stream_reject(&s, NULL, 0, "whole file");
	scratch_capture_end(&cap, NULL, &got_err);
	fclose(s.errors);
	is_str(got_err.p, "wire-test: a.jsonl: odd 7\nwire-test: plain\n"
	    "wire-test: stdin: bad thing\nwire-test: in.jsonl:12: kept\n"
	    "wire-test: in.jsonl: whole file\n",
	    "wire_warn and wire_stream_reject: prog: where: what");
	read_file(perrors, &got_errors);
	is_str(got_errors.p, "{\"a\":1}\n{\"cur\":true}\n",
	    "--errors gets the given line, else the current one");
	is_int(s.nrejected, 3, "three rejected");
	unlink(perrors);
}

static void
test_stream(void)
{
	/* A CR LF line, a NUL byte, a blank line and a line over the cap. */
	static const char in1[] = "{\"a\":1}\n"
	    "{\"b\":\"\xff\"}\r\n"
	    "   \t\r\n"
	    "{\"c\":\"x\0\"}\n"
	    "{\"d\":\"01234567890123456789012345678901234567890\"}\n"
	    "{\"e\":\"0123456789012345678901234567890123456789\"}\n"
	    "{\"f\":2}";
	static const char rejected[] = "{\"b\":\"\xff\"}\r\n"
	    "{\"c\":\"x\0\"}\n"
	    "{\"d\":\"01234567890123456789012345678901234567890\"}\n";
	static const char three[] = "{\"a\":1}\n{\"long\":\"xxxxxx\"}\n{\"b\":2}\n";
	char p1[512], p2[512], pmiss[512], perrors[512], want[4096];
	struct scene sc = { 0 };

	path_of(p1, sizeof(p1), "in1.jsonl");
	path_of(p2, sizeof(p2), "in2.jsonl");
	path_of(pmiss, sizeof(pmiss), "missing.jsonl");
	path_of(perrors, sizeof(perrors), "errors.jsonl");
	write_file(p1, in1, sizeof(in1) - 1);
	write_file(p2, "{\"g\":3}\n", 8);

	/* Two files, stdin between them as "-", --errors, --stats. */
	sc.paths[0] = p1;
	sc.paths[1] = "-";
	sc.paths[2] = p2;
	sc.npaths = 3;
	sc.errors = perrors;
	sc.maxrec = "48";
	sc.stats = 1;
	is_int(child(&sc, 0, "{\"s\":0}\n", 8, OUT_FILE), 1,
	    "records rejected: status 1");
	is_str(got_out.p, "{\"a\":1}\n"
	    "{\"e\":\"0123456789012345678901234567890123456789\"}\n{\"f\":2}\n"
	    "{\"s\":0}\n{\"g\":3}\n",
	    "good records echoed, one of exactly --max-record bytes, "
	    "a last line without newline ended");
	snprintf(want, sizeof(want),
	    "wire-test: %s:2: invalid UTF-8 at byte 6\n"
	    "wire-test: %s:4: NUL byte at byte 7\n"
	    "wire-test: %s:5: record exceeds 48 bytes (--max-record)\n"
	    "wire-test: stats: 8 in, 5 out, 3 rejected, 0 passed through\n",
	    p1, p1, p1);
	is_str(got_err.p, want, "messages name file and line; --stats counts");
	is_mem(got_errors.p, got_errors.len, rejected, sizeof(rejected) - 1,
	    "--errors: rejected lines verbatim, CR LF kept");

	/* A missing file is an I/O error; the next file is still read. */
	memset(&sc, 0, sizeof(sc));
	sc.paths[0] = pmiss;
	sc.paths[1] = p2;
	sc.npaths = 2;
	is_int(child(&sc, 0, "", 0, OUT_FILE), 2, "a missing file: status 2");
	snprintf(want, sizeof(want), "wire-test: %s: No such file or directory\n",
	    pmiss);
	is_str(got_err.p, want, "a missing file: message");
	is_str(got_out.p, "{\"g\":3}\n", "a missing file: the next one is read");

	/* Empty stdin, no paths. */
	memset(&sc, 0, sizeof(sc));
	sc.stats = 1;
	is_int(child(&sc, 0, "", 0, OUT_FILE), 0, "empty input: status 0");
	is_str(got_out.p, "", "empty input: no output");
	is_str(got_err.p,
	    "wire-test: stats: 0 in, 0 out, 0 rejected, 0 passed through\n",
	    "empty input: zero counts");

	/* The callback stops the stream. */
	memset(&sc, 0, sizeof(sc));
	sc.stop_at = 2;
	is_int(child(&sc, 0, "{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n", 24, OUT_FILE), 0,
	    "a stop: status of what was done");
	is_str(got_out.p, "{\"a\":1}\n", "a stop: nothing after it");
	is_str(got_err.p, "run returned -1\n", "a stop: run returns -1");

	/* An output record over its cap is rejected, the others written. */
	memset(&sc, 0, sizeof(sc));
	sc.outmax = 12;
	sc.errors = perrors;
	is_int(child(&sc, 0, three, strlen(three), OUT_FILE), 1,
	    "output over its cap: status 1");
	is_str(got_out.p, "{\"a\":1}\n{\"b\":2}\n", "output over its cap: dropped");
	is_str(got_err.p, "wire-test: stdin:2: output record exceeds 12 bytes\n",
	    "output over its cap: message");
	is_str(got_errors.p, "{\"long\":\"xxxxxx\"}\n",
	    "output over its cap: the input line kept");
	unlink(perrors);

	/* Output failures. */
	memset(&sc, 0, sizeof(sc));
	sc.linebuf = 1;
	sc.stats = 1;
	is_int(child(&sc, 0, "{\"a\":1}\n{\"a\":2}\n", 16, OUT_FULL), 2,
	    "stdout on a full disk: status 2");
	is_str(got_err.p, "wire-test: stdout: No space left on device\n"
	    "run returned -1\n"
	    "wire-test: stats: 1 in, 0 out, 0 rejected, 0 passed through\n",
	    "stdout on a full disk: one message, the stream stops");
	memset(&sc, 0, sizeof(sc));
	is_int(child(&sc, 0, "{\"a\":1}\n", 8, OUT_FULL), 2,
	    "buffered stdout on a full disk: status 2 at the end");
	is_str(got_err.p, "wire-test: stdout: No space left on device\n",
	    "buffered stdout on a full disk: message");
	memset(&sc, 0, sizeof(sc));
	sc.linebuf = 1;
	is_int(child(&sc, 0, "{\"a\":1}\n{\"a\":2}\n", 16, OUT_PIPE), 0,
	    "a closed pipe: status 0, no signal");
	is_str(got_err.p, "run returned -1\n", "a closed pipe: no message");

	/* --errors that cannot be opened. */
	memset(&sc, 0, sizeof(sc));
	sc.errors = "/nonexistent-dir/errors.jsonl";
	is_int(child(&sc, 0, "", 0, OUT_FILE), 2, "--errors unwritable: status 2");
	is_str(got_err.p, "wire-test: /nonexistent-dir/errors.jsonl: No such file "
	    "or directory\n", "--errors unwritable: message");
	unlink(p1);
	unlink(p2);
}

static void
test_data_path(void)
{
	const char *dd = getenv("WIRE_DATADIR");
	char saved[512], path[PATH_MAX], want[PATH_MAX], small[8], pd[512];

	snprintf(saved, sizeof(saved), "%s", dd != NULL && *dd != '\0' ? dd : "data");
	path_of(pd, sizeof(pd), "probe.txt");
	write_file(pd, "x\n", 2);
	setenv("WIRE_DATADIR", tmpd, 1);
	ok(wire_data_path("probe.txt", path, sizeof(path)) == 0,
	    "data path: found in $WIRE_DATADIR");
	is_str(path, pd, "data path: $WIRE_DATADIR/name");
	is_int(wire_data_path("no-such-file.txt", path, sizeof(path)), -1,
	    "data path: a missing file is nowhere");
	is_int(wire_data_path("probe.txt", small, sizeof(small)), -1,
	    "data path: a path longer than the buffer is refused");
	setenv("WIRE_DATADIR", saved, 1);
	snprintf(want, sizeof(want), "%s/timex/en.txt", saved);
	ok(wire_data_path("timex/en.txt", path, sizeof(path)) == 0,
	    "data path: a file in a subdirectory");
	is_str(path, want, "data path: $WIRE_DATADIR/timex/en.txt");
	unlink(pd);
}

int
main(void)
{
	scratch_make("wire-cli-test");
	test_parse_size();
	test_opts();
	test_help_version();
	test_warn_reject();
	test_stream();
	test_data_path();
	scratch_remove();
	wire_buf_free(&got_out);
	wire_buf_free(&got_err);
	wire_buf_free(&got_errors);
	return tap_done();
}
