/*
 * scratch.h: a private scratch directory for a unit test program, files
 * in it, and stdout and stderr caught in files there while the code under
 * test writes to them.  Header-only, like tap.h (include that first):
 *
 *	scratch_make("wire-x-test")	makes $TMPDIR/wire-x-test.XXXXXX in tmpd
 *	path_of(out, len, "name")	tmpd/name
 *	write_file(path, data, n)	the file is those n bytes
 *	read_file(path, buf)		the file's bytes, NUL-terminated
 *	scratch_capture_begin(&c, SCRATCH_OUT_ERR) ... _end(&c, &out, &err)
 *	scratch_remove()		tmpd and all below it
 *
 * A failure to set the scene is not a test result: it prints "Bail out!"
 * and exits 1.  The directory name is static: one per test program.  The
 * functions are inline so that a test using only some of them builds
 * without warnings.
 */
#ifndef WIRE_SCRATCH_H
#define WIRE_SCRATCH_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wire/text.h"

static char	tmpd[256];	/* the scratch directory, once made */

/* Prints why the scene cannot be set and ends the program. */
static inline void
scratch_bail_(const char *what, const char *path)
{
	fflush(stdout);
	printf("Bail out! %s %s: %s\n", what, path, strerror(errno));
	exit(1);
}

/*
 * Makes a fresh directory named prefix.XXXXXX under $TMPDIR (or /tmp) and
 * keeps its name in tmpd.  Bails out when it cannot.
 */
static inline void
scratch_make(const char *prefix)
{
	const char *t = getenv("TMPDIR");
	int n;

	n = snprintf(tmpd, sizeof(tmpd), "%s/%s.XXXXXX",
	    t != NULL && *t != '\0' ? t : "/tmp", prefix);
	if (n < 0 || (size_t)n >= sizeof(tmpd)) {
		errno = ENAMETOOLONG;
		scratch_bail_("mkdtemp", prefix);
	}
	if (mkdtemp(tmpd) == NULL)
		scratch_bail_("mkdtemp", tmpd);
}

/*
 * Removes path and, for a directory, everything below it; links are
 * removed, not followed.  Returns 0, or -1 when something stayed.
 */
static inline int
scratch_remove_tree_(const char *path)
{
	char sub[1024];
	struct dirent *e;
	struct stat sb;
	DIR *d;
	int rc = 0, n;

	if (lstat(path, &sb) == -1)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(sb.st_mode))
		return unlink(path);
	if ((d = opendir(path)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		n = snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		if (n < 0 || (size_t)n >= sizeof(sub) ||
		    scratch_remove_tree_(sub) == -1)
			rc = -1;
	}
	closedir(d);
	if (rmdir(path) == -1)
		rc = -1;
	return rc;
}

/*
 * Removes the scratch directory and all it holds (nothing when it was
 * never made).  A failure is a "# " diagnostic, not a test result.
 */
static inline void
scratch_remove(void)
{
	if (tmpd[0] != '\0' && scratch_remove_tree_(tmpd) == -1)
		diag("could not remove %s", tmpd);
}

/* Writes the path of name in the scratch directory into out (outlen bytes). */
static inline void
path_of(char *out, size_t outlen, const char *name)
{
	int n = snprintf(out, outlen, "%s/%s", tmpd, name);

	if (n < 0 || (size_t)n >= outlen) {
		errno = ENAMETOOLONG;
		scratch_bail_("path of", name);
	}
}

/* Makes path hold the n bytes of data, and nothing else.  Bails out. */
static inline void
write_file(const char *path, const char *data, size_t n)
{
	FILE *fp = fopen(path, "w");

	if (fp == NULL || fwrite(data, 1, n, fp) != n || fclose(fp) != 0)
		scratch_bail_("cannot write", path);
}

/*
 * Replaces b's contents with the bytes of path; b->p is never NULL after
 * and is NUL-terminated.  A missing file reads as empty.  The caller frees
 * b with wire_buf_free().
 */
static inline void
read_file(const char *path, struct wire_buf *b)
{
	char chunk[4096];
	size_t got;
	FILE *fp;

	wire_buf_reset(b);
	wire_buf_puts(b, "");
	if ((fp = fopen(path, "r")) == NULL)
		return;
	while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		wire_buf_add(b, chunk, got);
	fclose(fp);
}

enum { SCRATCH_ERR, SCRATCH_OUT_ERR };	/* what a capture takes */

struct scratch_capture {
	int	what;		/* SCRATCH_ERR or SCRATCH_OUT_ERR */
	int	saved[3];	/* the descriptors 1 and 2 were, by number */
	char	path[3][512];	/* where 1 and 2 go meanwhile */
};

/*
 * Sends stderr, and with SCRATCH_OUT_ERR stdout too, to fresh files in the
 * scratch directory until scratch_capture_end(c).  What stdio held before
 * is flushed where it was going.  Bails out when it cannot.
 */
static inline void
scratch_capture_begin(struct scratch_capture *c, int what)
{
	static const char *const names[3] = { NULL, "capture.out", "capture.err" };
	int fd, i;

	c->what = what;
	fflush(stdout);
	fflush(stderr);
	for (i = what == SCRATCH_OUT_ERR ? 1 : 2; i <= 2; i++) {
		path_of(c->path[i], sizeof(c->path[i]), names[i]);
		fd = open(c->path[i], O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || (c->saved[i] = dup(i)) < 0 || dup2(fd, i) < 0) {
			/* The news of it goes to the real stdout. */
			if (i == 2 && what == SCRATCH_OUT_ERR)
				dup2(c->saved[1], 1);
			scratch_bail_("cannot redirect to", c->path[i]);
		}
		close(fd);
	}
}

/*
 * Puts stdout and stderr back as scratch_capture_begin(c) found them and
 * reads what was written meanwhile into out (with SCRATCH_OUT_ERR; out may
 * be NULL otherwise) and err, as read_file() does.  The files are removed.
 */
static inline void
scratch_capture_end(struct scratch_capture *c, struct wire_buf *out,
    struct wire_buf *err)
{
	int i;

	fflush(stdout);
	fflush(stderr);
	for (i = c->what == SCRATCH_OUT_ERR ? 1 : 2; i <= 2; i++) {
		dup2(c->saved[i], i);
		close(c->saved[i]);
		read_file(c->path[i], i == 1 ? out : err);
		unlink(c->path[i]);
	}
}

#endif /* WIRE_SCRATCH_H */
