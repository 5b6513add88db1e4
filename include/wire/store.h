/*
 * wire/store.h: the SQL sinks of wire-load, SQLite and PostgreSQL behind
 * one small interface.
 *
 * Statements are written once with PostgreSQL's $1, $2... parameters (the
 * SQLite side reads them as ?1, ?2...), prepared into numbered slots and
 * run with an array of values.  Transactions and savepoints are plain SQL
 * through wire_store_exec(), which both databases understand alike.  In
 * pipeline mode a PostgreSQL statement is only queued: its failure shows
 * at the next wire_store_sync().
 *
 * A struct wire_store is used by one thread and closed with
 * wire_store_close(); closing does not commit.
 */
#ifndef WIRE_STORE_H
#define WIRE_STORE_H

#include <stddef.h>

#define WIRE_STORE_MAX_STMT	16
#define WIRE_STORE_MAX_PARAMS	16

enum wire_sv_type {
	WIRE_SV_NULL,
	WIRE_SV_TEXT,
	WIRE_SV_INT
};

/* One parameter value; text is s (n bytes, no NUL inside). */
struct wire_sval {
	enum wire_sv_type	 type;
	const char		*s;
	size_t			 n;
	long long		 i;
};

struct wire_store;

/*
 * Opens db: a PostgreSQL connection URI (postgresql://... or
 * postgres://...), else the path of an SQLite file, created when missing.
 * Returns the store, or NULL with a message in err.
 */
struct wire_store *wire_store_open(const char *db, char *err, size_t errlen);

/* 1 when st is a PostgreSQL connection, 0 for SQLite. */
int	wire_store_is_pg(const struct wire_store *st);

/*
 * Runs sql (one or more statements, no parameters).  Returns 0, or -1
 * with the database's message in err.
 */
int	wire_store_exec(struct wire_store *st, const char *sql, char *err,
	    size_t errlen);

/*
 * Prepares sql (with nparams parameters $1...) into slot (below
 * WIRE_STORE_MAX_STMT).  Returns 0, or -1 with a message in err.
 */
int	wire_store_prepare(struct wire_store *st, int slot, const char *sql,
	    int nparams, char *err, size_t errlen);

/*
 * Runs the statement in slot with the n values v.  Returns 0, or -1 with
 * a message in err.
 */
int	wire_store_run(struct wire_store *st, int slot, const struct wire_sval *v,
	    int n, char *err, size_t errlen);

/*
 * From here on, statements may be queued rather than run at once (PostgreSQL
 * pipeline mode: one round trip per wire_store_sync() instead of one per
 * statement).  Call it after the last wire_store_prepare().  Returns 0, or
 * -1 with a message in err.
 */
int	wire_store_pipeline(struct wire_store *st, char *err, size_t errlen);

/*
 * Waits for every statement queued since the last call.  Returns 0 when
 * all succeeded, or -1 with the first failure's message in err (the
 * statements after it in the same sync were not run).  SQLite runs each
 * statement at once and always returns 0 here.
 */
int	wire_store_sync(struct wire_store *st, char *err, size_t errlen);

/* Closes st (an open transaction is rolled back) and frees it. */
void	wire_store_close(struct wire_store *st);

/*
 * The PostgreSQL side, used by the functions above; each returns what
 * its wire_store_ counterpart does.  wire_pg_open() returns an opaque
 * connection, or NULL with a message (also when wire was built without
 * libpq).
 */
void	*wire_pg_open(const char *conninfo, char *err, size_t errlen);
int	wire_pg_exec(void *pg, const char *sql, char *err, size_t errlen);
int	wire_pg_prepare(void *pg, int slot, const char *sql, int nparams,
	    char *err, size_t errlen);
int	wire_pg_run(void *pg, int slot, const struct wire_sval *v, int n,
	    char *err, size_t errlen);
int	wire_pg_pipeline(void *pg, char *err, size_t errlen);
int	wire_pg_sync(void *pg, char *err, size_t errlen);
void	wire_pg_close(void *pg);

#endif
