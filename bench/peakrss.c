/*
 * peakrss.c: runs a command and reports its peak resident memory and time.
 *
 * Usage: peakrss [-o FILE] COMMAND [ARG ...]
 *
 * The command inherits stdin, stdout and stderr.  When it ends, one line
 *
 *	peakrss maxrss_kb N wall_s N user_s N sys_s N status N
 *
 * goes to FILE (stderr without -o): ru_maxrss from wait4() (the peak
 * resident set of the command itself, in KiB), the wall-clock time
 * (CLOCK_MONOTONIC) and the CPU times.  The exit status is the command's,
 * or 128 + the signal that killed it.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

static double
tv(const struct timeval *t)
{
	return (double)t->tv_sec + (double)t->tv_usec / 1e6;
}

int
main(int argc, char *argv[])
{
	struct rusage ru;
	const char *outpath = NULL;
	FILE *out = stderr;
	double t0, wall;
	pid_t pid;
	int c, st, status;

	while ((c = getopt(argc, argv, "+o:")) != -1) {
		if (c != 'o') {
			fprintf(stderr, "usage: peakrss [-o FILE] COMMAND [ARG ...]\n");
			return 2;
		}
		outpath = optarg;
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: peakrss [-o FILE] COMMAND [ARG ...]\n");
		return 2;
	}
	t0 = now();
	if ((pid = fork()) == -1) {
		fprintf(stderr, "peakrss: fork: %s\n", strerror(errno));
		return 2;
	}
	if (pid == 0) {
		execvp(argv[optind], argv + optind);
		fprintf(stderr, "peakrss: %s: %s\n", argv[optind], strerror(errno));
		_exit(127);
	}
	while (wait4(pid, &st, 0, &ru) == -1) {
		if (errno != EINTR) {
			fprintf(stderr, "peakrss: wait4: %s\n", strerror(errno));
			return 2;
		}
	}
	wall = now() - t0;
	if (WIFEXITED(st))
		status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		status = 128 + WTERMSIG(st);
	else
		status = 2;
	if (outpath != NULL && (out = fopen(outpath, "w")) == NULL) {
		fprintf(stderr, "peakrss: %s: %s\n", outpath, strerror(errno));
		return 2;
	}
	fprintf(out, "peakrss maxrss_kb %ld wall_s %.3f user_s %.3f sys_s %.3f "
	    "status %d\n", ru.ru_maxrss, wall, tv(&ru.ru_utime), tv(&ru.ru_stime),
	    status);
	if (out != stderr && fclose(out) == EOF) {
		fprintf(stderr, "peakrss: %s: %s\n", outpath, strerror(errno));
		return 2;
	}
	return status;
}
