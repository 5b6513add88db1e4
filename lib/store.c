/*
 * store.c: the SQL sink of wire-load.  SQLite is built in; a PostgreSQL
 * URI hands every call to store_pg.c.  Both run the same SQL text, so the
 * two databases get the same rows from the same records.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "wire/store.h"

struct wire_store {
	void		*pg;		/* PostgreSQL connection, or NULL */
	sqlite3		*db;
	sqlite3_stmt	*st[WIRE_STORE_MAX_STMT];
};

static int
is_pg_uri(const char *db)
{
	return strncmp(db, "postgresql://", 13) == 0 ||
	    strncmp(db, "postgres://", 11) == 0;
}

static int
lite_err(struct wire_store *st, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s", sqlite3_errmsg(st->db));
	return -1;
}

/*
 * Opens a store; see wire/store.h.
 */
struct wire_store *
wire_store_open(const char *db, char *err, size_t errlen)
{
	struct wire_store *st;

	if ((st = calloc(1, sizeof(*st))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	if (is_pg_uri(db)) {
		if ((st->pg = wire_pg_open(db, err, errlen)) == NULL) {
			free(st);
			return NULL;
		}
		return st;
	}
	if (sqlite3_open(db, &st->db) != SQLITE_OK) {
		lite_err(st, err, errlen);
		wire_store_close(st);
		return NULL;
	}
	/* Readers (a dashboard) and a second loader wait instead of failing. */
	sqlite3_busy_timeout(st->db, 60000);
	if (wire_store_exec(st, "PRAGMA journal_mode = WAL; "
	    "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; "
	    "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384;", err,
	    errlen) == -1) {
		wire_store_close(st);
		return NULL;
	}
	return st;
}

/*
 * Tells PostgreSQL from SQLite.
 */
int
wire_store_is_pg(const struct wire_store *st)
{
	return st->pg != NULL;
}

/*
 * Runs parameterless SQL; see wire/store.h.
 */
int
wire_store_exec(struct wire_store *st, const char *sql, char *err,
    size_t errlen)
{
	if (st->pg != NULL)
		return wire_pg_exec(st->pg, sql, err, errlen);
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return lite_err(st, err, errlen);
	return 0;
}

/*
 * Prepares a statement into a slot; see wire/store.h.
 */
int
wire_store_prepare(struct wire_store *st, int slot, const char *sql,
    int nparams, char *err, size_t errlen)
{
	char *lite, *p;
	int rc;

	if (slot < 0 || slot >= WIRE_STORE_MAX_STMT ||
	    nparams > WIRE_STORE_MAX_PARAMS) {
		snprintf(err, errlen, "statement slot %d out of range", slot);
		return -1;
	}
	if (st->pg != NULL)
		return wire_pg_prepare(st->pg, slot, sql, nparams, err, errlen);
	/* $N is PostgreSQL's; SQLite's numbered parameter is ?N. */
	if ((lite = strdup(sql)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	for (p = lite; *p != '\0'; p++)
		if (*p == '$' && p[1] >= '1' && p[1] <= '9')
			*p = '?';
	sqlite3_finalize(st->st[slot]);
	st->st[slot] = NULL;
	rc = sqlite3_prepare_v2(st->db, lite, -1, &st->st[slot], NULL);
	free(lite);
	return rc == SQLITE_OK ? 0 : lite_err(st, err, errlen);
}

/*
 * Runs a prepared statement with values; see wire/store.h.
 */
int
wire_store_run(struct wire_store *st, int slot, const struct wire_sval *v,
    int n, char *err, size_t errlen)
{
	sqlite3_stmt *q;
	int i, rc;

	if (st->pg != NULL)
		return wire_pg_run(st->pg, slot, v, n, err, errlen);
	if (slot < 0 || slot >= WIRE_STORE_MAX_STMT ||
	    (q = st->st[slot]) == NULL) {
		snprintf(err, errlen, "statement slot %d not prepared", slot);
		return -1;
	}
	for (i = 0; i < n; i++) {
		switch (v[i].type) {
		case WIRE_SV_TEXT:
			rc = sqlite3_bind_text(q, i + 1, v[i].n ? v[i].s : "",
			    (int)v[i].n, SQLITE_STATIC);
			break;
		case WIRE_SV_INT:
			rc = sqlite3_bind_int64(q, i + 1, v[i].i);
			break;
		default:
			rc = sqlite3_bind_null(q, i + 1);
			break;
		}
		if (rc != SQLITE_OK) {
			sqlite3_reset(q);
			return lite_err(st, err, errlen);
		}
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		;
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return rc == SQLITE_DONE ? 0 : lite_err(st, err, errlen);
}

/*
 * Enters pipeline mode (PostgreSQL only); see wire/store.h.
 */
int
wire_store_pipeline(struct wire_store *st, char *err, size_t errlen)
{
	return st->pg != NULL ? wire_pg_pipeline(st->pg, err, errlen) : 0;
}

/*
 * Collects the queued statements' results (PostgreSQL only).
 */
int
wire_store_sync(struct wire_store *st, char *err, size_t errlen)
{
	return st->pg != NULL ? wire_pg_sync(st->pg, err, errlen) : 0;
}

/*
 * Closes and frees; see wire/store.h.
 */
void
wire_store_close(struct wire_store *st)
{
	int i;

	if (st == NULL)
		return;
	if (st->pg != NULL)
		wire_pg_close(st->pg);
	for (i = 0; i < WIRE_STORE_MAX_STMT; i++)
		sqlite3_finalize(st->st[i]);
	if (st->db != NULL)
		sqlite3_close(st->db);
	free(st);
}
