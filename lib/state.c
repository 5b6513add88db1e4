/*
 * state.c: wire-fetch's memory between runs, in SQLite.  WAL mode lets a
 * reader look while the one writer writes; the writer is made unique by
 * an flock on DIR/lock rather than by SQLite's busy handling, so a second
 * run started by cron fails at once instead of waiting.  Each mark is its
 * own transaction: a killed run keeps every mark it made.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "wire/state.h"

struct wire_state {
	sqlite3		*db;
	int		 lockfd;
	sqlite3_stmt	*get_url, *put_url, *seen, *mark, *get_robots, *put_robots;
};

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS urls (url TEXT PRIMARY KEY, etag TEXT,"
    " last_modified TEXT, hash INTEGER, updated INTEGER);"
    "CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, emitted INTEGER);"
    "CREATE TABLE IF NOT EXISTS robots (origin TEXT PRIMARY KEY, body BLOB,"
    " fetched INTEGER);";

/* mkdir -p with mode 0700: the state may name private feeds. */
static int
mkdirs(const char *dir)
{
	char buf[PATH_MAX], *p;

	if (snprintf(buf, sizeof(buf), "%s", dir) >= (int)sizeof(buf)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	/* buf + 1 below must be inside the string. */
	if (buf[0] == '\0') {
		errno = ENOENT;
		return -1;
	}
	for (p = buf + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0700) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0700) == -1 && errno != EEXIST)
		return -1;
	return 0;
}

/*
 * Writes the default state directory; see wire/state.h.
 */
int
wire_state_default_dir(char *out, size_t outlen)
{
	const char *x = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	int n;

	if (x != NULL && *x == '/')
		n = snprintf(out, outlen, "%s/wire", x);
	else if (home != NULL && *home != '\0')
		n = snprintf(out, outlen, "%s/.local/state/wire", home);
	else
		return -1;
	return n > 0 && (size_t)n < outlen ? 0 : -1;
}

static int
prep(struct wire_state *st, const char *sql, sqlite3_stmt **stmt)
{
	return sqlite3_prepare_v2(st->db, sql, -1, stmt, NULL) == SQLITE_OK ?
	    0 : -1;
}

/*
 * Opens and locks the state; see wire/state.h.
 */
struct wire_state *
wire_state_open(const char *dir, int *busy, char *err, size_t errlen)
{
	struct wire_state *st;
	char path[PATH_MAX];

	*busy = 0;
	if (mkdirs(dir) == -1) {
		snprintf(err, errlen, "%s", strerror(errno));
		return NULL;
	}
	if ((st = calloc(1, sizeof(*st))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	snprintf(path, sizeof(path), "%s/lock", dir);
	if ((st->lockfd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		free(st);
		return NULL;
	}
	if (flock(st->lockfd, LOCK_EX | LOCK_NB) == -1) {
		*busy = errno == EWOULDBLOCK;
		snprintf(err, errlen, "%s", *busy ?
		    "in use by another run" : strerror(errno));
		close(st->lockfd);
		free(st);
		return NULL;
	}
	snprintf(path, sizeof(path), "%s/fetch.sqlite", dir);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    sqlite3_busy_timeout(st->db, 5000) != SQLITE_OK ||
	    sqlite3_exec(st->db, schema, NULL, NULL, NULL) != SQLITE_OK ||
	    prep(st, "SELECT etag, last_modified, hash FROM urls WHERE url = ?",
	    &st->get_url) == -1 ||
	    prep(st, "INSERT OR REPLACE INTO urls VALUES (?, ?, ?, ?, ?)",
	    &st->put_url) == -1 ||
	    prep(st, "SELECT 1 FROM items WHERE key = ?", &st->seen) == -1 ||
	    prep(st, "INSERT OR IGNORE INTO items VALUES (?, ?)", &st->mark) == -1 ||
	    prep(st, "SELECT body FROM robots WHERE origin = ? AND fetched > ?",
	    &st->get_robots) == -1 ||
	    prep(st, "INSERT OR REPLACE INTO robots VALUES (?, ?, ?)",
	    &st->put_robots) == -1) {
		snprintf(err, errlen, "%s: %s", path, st->db ?
		    sqlite3_errmsg(st->db) : "cannot open");
		wire_state_close(st);
		return NULL;
	}
	return st;
}

/*
 * Closes st and releases its lock.
 */
void
wire_state_close(struct wire_state *st)
{
	if (st == NULL)
		return;
	sqlite3_finalize(st->get_url);
	sqlite3_finalize(st->put_url);
	sqlite3_finalize(st->seen);
	sqlite3_finalize(st->mark);
	sqlite3_finalize(st->get_robots);
	sqlite3_finalize(st->put_robots);
	sqlite3_close(st->db);
	if (st->lockfd >= 0)
		close(st->lockfd);
	free(st);
}

/*
 * Returns SQLite's last message for st.
 */
const char *
wire_state_error(struct wire_state *st)
{
	return st != NULL && st->db != NULL ? sqlite3_errmsg(st->db) : "no state";
}

/* Runs a statement that returns nothing; resets it. */
static int
run(sqlite3_stmt *s)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void
copycol(sqlite3_stmt *s, int col, char *out, size_t outlen)
{
	const unsigned char *v = sqlite3_column_text(s, col);

	snprintf(out, outlen, "%s", v != NULL ? (const char *)v : "");
}

/*
 * Looks up the validators of url; see wire/state.h.
 */
int
wire_state_get_url(struct wire_state *st, const char *url,
    struct wire_state_url *u)
{
	int rc;

	memset(u, 0, sizeof(*u));
	sqlite3_bind_text(st->get_url, 1, url, -1, SQLITE_STATIC);
	rc = sqlite3_step(st->get_url);
	if (rc == SQLITE_ROW) {
		u->found = 1;
		copycol(st->get_url, 0, u->etag, sizeof(u->etag));
		copycol(st->get_url, 1, u->last_modified, sizeof(u->last_modified));
		u->hash = (uint64_t)sqlite3_column_int64(st->get_url, 2);
	}
	sqlite3_reset(st->get_url);
	sqlite3_clear_bindings(st->get_url);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Stores the validators of url; see wire/state.h.
 */
int
wire_state_put_url(struct wire_state *st, const char *url, const char *etag,
    const char *last_modified, uint64_t hash)
{
	sqlite3_bind_text(st->put_url, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st->put_url, 2, etag ? etag : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st->put_url, 3, last_modified ? last_modified : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st->put_url, 4, (sqlite3_int64)hash);
	sqlite3_bind_int64(st->put_url, 5, (sqlite3_int64)time(NULL));
	return run(st->put_url);
}

/*
 * Tells whether item key was emitted; see wire/state.h.
 */
int
wire_state_seen(struct wire_state *st, const char *key)
{
	int rc;

	sqlite3_bind_text(st->seen, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st->seen);
	sqlite3_reset(st->seen);
	sqlite3_clear_bindings(st->seen);
	return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Marks item key emitted; see wire/state.h.
 */
int
wire_state_mark(struct wire_state *st, const char *key)
{
	sqlite3_bind_text(st->mark, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st->mark, 2, (sqlite3_int64)time(NULL));
	return run(st->mark);
}

/*
 * Looks up a cached robots.txt; see wire/state.h.
 */
char *
wire_state_get_robots(struct wire_state *st, const char *origin, long maxage,
    size_t *len)
{
	const void *b;
	char *out = NULL;
	int n;

	sqlite3_bind_text(st->get_robots, 1, origin, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st->get_robots, 2, (sqlite3_int64)(time(NULL) - maxage));
	if (sqlite3_step(st->get_robots) == SQLITE_ROW) {
		b = sqlite3_column_blob(st->get_robots, 0);
		n = sqlite3_column_bytes(st->get_robots, 0);
		if ((out = malloc((size_t)n + 1)) != NULL) {
			if (n > 0)
				memcpy(out, b, (size_t)n);
			out[n] = '\0';
			*len = (size_t)n;
		}
	}
	sqlite3_reset(st->get_robots);
	sqlite3_clear_bindings(st->get_robots);
	return out;
}

/*
 * Stores robots.txt of origin; see wire/state.h.
 */
int
wire_state_put_robots(struct wire_state *st, const char *origin,
    const char *txt, size_t n)
{
	sqlite3_bind_text(st->put_robots, 1, origin, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st->put_robots, 2, n ? txt : "", (int)n, SQLITE_STATIC);
	sqlite3_bind_int64(st->put_robots, 3, (sqlite3_int64)time(NULL));
	return run(st->put_robots);
}
