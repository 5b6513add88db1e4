/*
 * state_test.c: wire-fetch's state between runs (lib/state.c): the
 * default directory, validators per URL, items emitted, robots.txt, the
 * lock of one run at a time and what survives a close, a reopen and a
 * run that dies without closing.  The rows are read back with SQLite.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "tap.h"
#include "scratch.h"
#include "wire/state.h"

/* The single integer a query returns, or -1. */
static long long
query_int(const char *dir, const char *sql)
{
	char path[512];
	sqlite3 *db;
	sqlite3_stmt *q;
	long long v = -1;

	snprintf(path, sizeof(path), "%s/fetch.sqlite", dir);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK) {
		if (sqlite3_step(q) == SQLITE_ROW)
			v = sqlite3_column_int64(q, 0);
		sqlite3_finalize(q);
	}
	sqlite3_close(db);
	return v;
}

static void
test_default_dir(void)
{
	char *home = getenv("HOME"), *xdg = getenv("XDG_STATE_HOME");
	char savedh[512], savedx[512], out[512], tiny[8];

	snprintf(savedh, sizeof(savedh), "%s", home ? home : "");
	snprintf(savedx, sizeof(savedx), "%s", xdg ? xdg : "");
	setenv("XDG_STATE_HOME", "/var/x", 1);
	setenv("HOME", "/home/u", 1);
	ok(wire_state_default_dir(out, sizeof(out)) == 0, "default dir: found");
	is_str(out, "/var/x/wire", "default dir: $XDG_STATE_HOME/wire");
	setenv("XDG_STATE_HOME", "relative/x", 1);
	wire_state_default_dir(out, sizeof(out));
	is_str(out, "/home/u/.local/state/wire",
	    "default dir: a relative $XDG_STATE_HOME is ignored");
	unsetenv("XDG_STATE_HOME");
	wire_state_default_dir(out, sizeof(out));
	is_str(out, "/home/u/.local/state/wire", "default dir: under $HOME");
	is_int(wire_state_default_dir(tiny, sizeof(tiny)), -1,
	    "default dir: longer than the buffer");
	unsetenv("HOME");
	is_int(wire_state_default_dir(out, sizeof(out)), -1,
	    "default dir: no home");
	setenv("HOME", "", 1);
	is_int(wire_state_default_dir(out, sizeof(out)), -1,
	    "default dir: an empty $HOME");
	if (home != NULL)
		setenv("HOME", savedh, 1);
	else
		unsetenv("HOME");
	if (xdg != NULL)
		setenv("XDG_STATE_HOME", savedx, 1);
}

static void
test_urls(struct wire_state *st, const char *dir)
{
	struct wire_state_url u;
	char etag[1024];

	memset(&u, 'x', sizeof(u));
	is_int(wire_state_get_url(st, "https://a.example/feed", &u), 0,
	    "get an unknown URL");
	ok(!u.found && u.etag[0] == '\0' && u.last_modified[0] == '\0' &&
	    u.hash == 0, "an unknown URL: not found, all empty");
	is_int(wire_state_put_url(st, "https://a.example/feed", "\"v1\"",
	    "Mon, 01 Jan 2024 00:00:00 GMT", UINT64_MAX), 0, "put a URL");
	wire_state_get_url(st, "https://a.example/feed", &u);
	ok(u.found, "found after put");
	is_str(u.etag, "\"v1\"", "ETag back");
	is_str(u.last_modified, "Mon, 01 Jan 2024 00:00:00 GMT",
	    "Last-Modified back");
	ok(u.hash == UINT64_MAX, "a hash with the top bit set comes back whole");
	wire_state_get_url(st, "https://a.example/feed/", &u);
	ok(!u.found, "another URL (a slash more) is another key");
	is_int(wire_state_put_url(st, "https://a.example/feed", NULL, NULL, 42),
	    0, "put again without validators");
	wire_state_get_url(st, "https://a.example/feed", &u);
	ok(u.found && u.etag[0] == '\0' && u.last_modified[0] == '\0' &&
	    u.hash == 42, "replaced: no validators, the new hash");
	is_int(query_int(dir, "SELECT count(*) FROM urls"), 1,
	    "one row for the URL in the database");
	/* An ETag longer than the struct holds is cut, not overflowed. */
	memset(etag, 'e', sizeof(etag) - 1);
	etag[sizeof(etag) - 1] = '\0';
	wire_state_put_url(st, "https://b.example/", etag, "", 7);
	wire_state_get_url(st, "https://b.example/", &u);
	is_int(strlen(u.etag), sizeof(u.etag) - 1, "a long ETag is cut to fit");
	ok(u.etag[0] == 'e' && u.etag[sizeof(u.etag) - 2] == 'e',
	    "the cut ETag is its beginning");
}

static void
test_items(struct wire_state *st, const char *dir)
{
	is_int(wire_state_seen(st, "item-1"), 0, "an item not emitted yet");
	is_int(wire_state_mark(st, "item-1"), 0, "mark it");
	is_int(wire_state_seen(st, "item-1"), 1, "emitted now");
	is_int(wire_state_mark(st, "item-1"), 0, "marking twice is fine");
	is_int(wire_state_seen(st, "ITEM-1"), 0, "keys are exact");
	is_int(wire_state_seen(st, ""), 0, "an empty key is not seen");
	is_int(wire_state_mark(st, "\xc3\xa9l\xc3\xa9ment"), 0, "a UTF-8 key");
	is_int(wire_state_seen(st, "\xc3\xa9l\xc3\xa9ment"), 1, "a UTF-8 key seen");
	is_int(query_int(dir, "SELECT count(*) FROM items"), 2,
	    "two items in the database, marked twice or not");
}

static void
test_robots(struct wire_state *st)
{
	static const char body[] = "User-agent: *\nDisallow: /x\0y\n";
	size_t len = 99;
	char *got;

	ok(wire_state_get_robots(st, "https://a.example:443", 3600, &len) == NULL,
	    "no robots.txt yet");
	is_int(len, 99, "length untouched when there is none");
	is_int(wire_state_put_robots(st, "https://a.example:443", body,
	    sizeof(body) - 1), 0, "put robots.txt");
	got = wire_state_get_robots(st, "https://a.example:443", 3600, &len);
	ok(got != NULL && is_mem(got, len, body, sizeof(body) - 1,
	    "robots.txt back, NUL byte and all"), "fresh robots.txt");
	ok(got != NULL && got[len] == '\0', "the copy is NUL-terminated");
	free(got);
	ok(wire_state_get_robots(st, "https://a.example:443", 0, &len) == NULL,
	    "a max age of 0: stale at once");
	ok(wire_state_get_robots(st, "http://a.example:80", 3600, &len) == NULL,
	    "another origin");
	is_int(wire_state_put_robots(st, "https://e.example:443", NULL, 0), 0,
	    "an empty robots.txt");
	got = wire_state_get_robots(st, "https://e.example:443", 3600, &len);
	ok(got != NULL && len == 0 && got[0] == '\0',
	    "an empty robots.txt is there, and empty");
	free(got);
}

/* A run that dies without closing keeps its marks and drops its lock. */
static void
test_killed(const char *dir)
{
	struct wire_state *st;
	char err[256];
	int busy, status;
	pid_t pid;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		st = wire_state_open(dir, &busy, err, sizeof(err));
		if (st == NULL || wire_state_mark(st, "from-the-dead") != 0)
			_exit(1);
		_exit(0);
	}
	ok(pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0, "a run marks and dies");
	st = wire_state_open(dir, &busy, err, sizeof(err));
	ok(st != NULL, "the lock went with it");
	if (st == NULL)
		return;
	is_int(wire_state_seen(st, "from-the-dead"), 1, "its mark was kept");
	wire_state_close(st);
}

int
main(void)
{
	struct wire_state *st, *st2;
	struct wire_state_url u;
	struct stat sb;
	char dir[512], file[512], err[256];
	size_t len;
	char *got;
	int busy;

	scratch_make("wire-state-test");
	test_default_dir();

	snprintf(dir, sizeof(dir), "%s/a/b/state", tmpd);
	busy = 7;
	st = wire_state_open(dir, &busy, err, sizeof(err));
	if (!ok(st != NULL && busy == 0, "open makes the directories")) {
		diag("%s", err);
		scratch_remove();
		return tap_done();
	}
	if (stat(dir, &sb) == -1)
		sb.st_mode = 0;
	ok((sb.st_mode & 0777) == 0700, "the state directory is private (%o)",
	    (unsigned)(sb.st_mode & 0777));
	st2 = wire_state_open(dir, &busy, err, sizeof(err));
	ok(st2 == NULL && busy == 1, "a second run finds it busy");
	is_str(err, "in use by another run", "busy: why");
	wire_state_close(st2);
	test_urls(st, dir);
	test_items(st, dir);
	test_robots(st);
	wire_state_close(st);

	/* Everything survives a close and a reopen. */
	st = wire_state_open(dir, &busy, err, sizeof(err));
	ok(st != NULL, "reopen");
	if (st != NULL) {
		wire_state_get_url(st, "https://a.example/feed", &u);
		ok(u.found && u.hash == 42, "the URL survived");
		is_int(wire_state_seen(st, "item-1"), 1, "the item survived");
		got = wire_state_get_robots(st, "https://a.example:443", 3600, &len);
		ok(got != NULL && len == 29, "robots.txt survived (%zu bytes)",
		    got != NULL ? len : 0);
		free(got);
		wire_state_close(st);
	}
	test_killed(dir);

	/* A state directory that cannot be made. */
	snprintf(file, sizeof(file), "%s/plain", tmpd);
	fclose(fopen(file, "w"));
	snprintf(dir, sizeof(dir), "%s/plain/state", tmpd);
	busy = 7;
	ok(wire_state_open(dir, &busy, err, sizeof(err)) == NULL && busy == 0,
	    "a file in the way: no state, not busy");
	is_str(err, "Not a directory", "a file in the way: why");
	busy = 7;
	ok(wire_state_open("", &busy, err, sizeof(err)) == NULL && busy == 0,
	    "an empty directory name: no state");
	is_str(err, "No such file or directory", "an empty name: why");
	wire_state_close(NULL);
	is_str(wire_state_error(NULL), "no state", "the error of no state");
	unlink(file);

	scratch_remove();
	return tap_done();
}
