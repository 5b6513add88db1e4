/*
 * store_pg.c: the PostgreSQL side of the wire-load sink, with libpq.
 * Statements are prepared once per connection and run with text
 * parameters; the transaction and batch logic is the caller's.
 *
 * PostgreSQL is built in when libpq's header is on the include path, that
 * is when libpq is among the Makefile's EXTRAPKGS (which also links it
 * where the library is linked whole); otherwise wire is built without it
 * and opening a postgresql:// URI says so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/store.h"
#include "wire/text.h"

#if defined(__has_include)
#if __has_include(<libpq-fe.h>)
#include <libpq-fe.h>
#define HAVE_PQ	1
#endif
#endif

#ifdef HAVE_PQ

struct pg {
	PGconn		*conn;
	int		 pipe;	/* in pipeline mode */
	int		 nparams[WIRE_STORE_MAX_STMT];
	struct wire_buf	 vals;	/* the text parameters, NUL-terminated */
};

static int
pg_err(struct pg *p, PGresult *res, char *err, size_t errlen)
{
	const char *m = res != NULL ? PQresultErrorMessage(res) : "";
	size_t n;

	if (m == NULL || *m == '\0')
		m = PQerrorMessage(p->conn);
	snprintf(err, errlen, "%s", m);
	/* libpq's messages end with a newline; ours do not. */
	n = strlen(err);
	while (n > 0 && (err[n - 1] == '\n' || err[n - 1] == ' '))
		err[--n] = '\0';
	if (res != NULL)
		PQclear(res);
	return -1;
}

/*
 * Connects to PostgreSQL; see wire/store.h.
 */
void *
wire_pg_open(const char *conninfo, char *err, size_t errlen)
{
	struct pg *p;

	if ((p = calloc(1, sizeof(*p))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	p->vals.max = (size_t)1 << 30;
	p->conn = PQconnectdb(conninfo);
	if (PQstatus(p->conn) != CONNECTION_OK) {
		pg_err(p, NULL, err, errlen);
		wire_pg_close(p);
		return NULL;
	}
	if (PQsetClientEncoding(p->conn, "UTF8") != 0 ||
	    wire_pg_exec(p, "SET client_min_messages = warning", err,
	    errlen) == -1) {
		pg_err(p, NULL, err, errlen);
		wire_pg_close(p);
		return NULL;
	}
	return p;
}

/*
 * Runs parameterless SQL; see wire/store.h.
 */
int
wire_pg_exec(void *pg, const char *sql, char *err, size_t errlen)
{
	struct pg *p = pg;
	PGresult *res;

	if (p->pipe) {
		if (PQsendQueryParams(p->conn, sql, 0, NULL, NULL, NULL, NULL, 0) != 1)
			return pg_err(p, NULL, err, errlen);
		return 0;
	}
	res = PQexec(p->conn, sql);

	if (res == NULL || (PQresultStatus(res) != PGRES_COMMAND_OK &&
	    PQresultStatus(res) != PGRES_TUPLES_OK))
		return pg_err(p, res, err, errlen);
	PQclear(res);
	return 0;
}

/*
 * Prepares a statement named after its slot; see wire/store.h.
 */
int
wire_pg_prepare(void *pg, int slot, const char *sql, int nparams, char *err,
    size_t errlen)
{
	struct pg *p = pg;
	PGresult *res;
	char name[32];

	snprintf(name, sizeof(name), "wire_%d", slot);
	res = PQprepare(p->conn, name, sql, nparams, NULL);
	if (res == NULL || PQresultStatus(res) != PGRES_COMMAND_OK)
		return pg_err(p, res, err, errlen);
	PQclear(res);
	p->nparams[slot] = nparams;
	return 0;
}

/*
 * Runs a prepared statement with text parameters; see wire/store.h.
 */
int
wire_pg_run(void *pg, int slot, const struct wire_sval *v, int n, char *err,
    size_t errlen)
{
	struct pg *p = pg;
	const char *vals[WIRE_STORE_MAX_PARAMS];
	size_t off[WIRE_STORE_MAX_PARAMS];
	PGresult *res;
	char name[32], num[32];
	int i;

	if (n > WIRE_STORE_MAX_PARAMS) {
		snprintf(err, errlen, "too many parameters");
		return -1;
	}
	wire_buf_reset(&p->vals);
	for (i = 0; i < n; i++) {
		off[i] = p->vals.len;
		if (v[i].type == WIRE_SV_TEXT)
			wire_buf_add(&p->vals, v[i].s, v[i].n);
		else if (v[i].type == WIRE_SV_INT) {
			snprintf(num, sizeof(num), "%lld", v[i].i);
			wire_buf_puts(&p->vals, num);
		}
		wire_buf_putc(&p->vals, '\0');
	}
	if (p->vals.full) {
		snprintf(err, errlen, "parameters too large");
		return -1;
	}
	for (i = 0; i < n; i++)
		vals[i] = v[i].type == WIRE_SV_NULL ? NULL : p->vals.p + off[i];
	snprintf(name, sizeof(name), "wire_%d", slot);
	if (p->pipe) {
		/* libpq copies the values into its buffer: vals may change. */
		if (PQsendQueryPrepared(p->conn, name, n, vals, NULL, NULL, 0) != 1)
			return pg_err(p, NULL, err, errlen);
		return 0;
	}
	res = PQexecPrepared(p->conn, name, n, vals, NULL, NULL, 0);
	if (res == NULL || (PQresultStatus(res) != PGRES_COMMAND_OK &&
	    PQresultStatus(res) != PGRES_TUPLES_OK))
		return pg_err(p, res, err, errlen);
	PQclear(res);
	return 0;
}

/*
 * Enters pipeline mode; see wire/store.h.
 */
int
wire_pg_pipeline(void *pg, char *err, size_t errlen)
{
	struct pg *p = pg;

	if (p->pipe)
		return 0;
	if (PQenterPipelineMode(p->conn) != 1)
		return pg_err(p, NULL, err, errlen);
	p->pipe = 1;
	return 0;
}

/*
 * Sends a sync point and reads every result up to it; see wire/store.h.
 */
int
wire_pg_sync(void *pg, char *err, size_t errlen)
{
	struct pg *p = pg;
	PGresult *res;
	ExecStatusType st;
	int failed = 0, nulls = 0;

	if (!p->pipe)
		return 0;
	if (PQpipelineSync(p->conn) != 1)
		return pg_err(p, NULL, err, errlen);
	for (;;) {
		if ((res = PQgetResult(p->conn)) == NULL) {
			/* One NULL ends each statement's results; two, a lost link. */
			if (++nulls > 1 && PQstatus(p->conn) != CONNECTION_OK) {
				if (!failed)
					pg_err(p, NULL, err, errlen);
				return -1;
			}
			continue;
		}
		nulls = 0;
		st = PQresultStatus(res);
		if (st == PGRES_PIPELINE_SYNC) {
			PQclear(res);
			break;
		}
		if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK &&
		    st != PGRES_PIPELINE_ABORTED && !failed) {
			failed = 1;
			pg_err(p, res, err, errlen);
			continue;
		}
		PQclear(res);
	}
	return failed ? -1 : 0;
}

/*
 * Closes the connection (the server rolls back what is open).
 */
void
wire_pg_close(void *pg)
{
	struct pg *p = pg;

	if (p == NULL)
		return;
	PQfinish(p->conn);
	wire_buf_free(&p->vals);
	free(p);
}

#else

/*
 * Without libpq: PostgreSQL URIs are refused.
 */
void *
wire_pg_open(const char *conninfo, char *err, size_t errlen)
{
	snprintf(err, errlen, "this wire was built without PostgreSQL (libpq)");
	return NULL;
}

/*
 * Never reached without a connection; fails.
 */
int
wire_pg_exec(void *pg, const char *sql, char *err, size_t errlen)
{
	snprintf(err, errlen, "no PostgreSQL");
	return -1;
}

/*
 * Never reached without a connection; fails.
 */
int
wire_pg_prepare(void *pg, int slot, const char *sql, int nparams, char *err,
    size_t errlen)
{
	snprintf(err, errlen, "no PostgreSQL");
	return -1;
}

/*
 * Never reached without a connection; fails.
 */
int
wire_pg_run(void *pg, int slot, const struct wire_sval *v, int n, char *err,
    size_t errlen)
{
	snprintf(err, errlen, "no PostgreSQL");
	return -1;
}

/*
 * Never reached without a connection; fails.
 */
int
wire_pg_pipeline(void *pg, char *err, size_t errlen)
{
	snprintf(err, errlen, "no PostgreSQL");
	return -1;
}

/*
 * Never reached without a connection; fails.
 */
int
wire_pg_sync(void *pg, char *err, size_t errlen)
{
	snprintf(err, errlen, "no PostgreSQL");
	return -1;
}

/*
 * Nothing to close.
 */
void
wire_pg_close(void *pg)
{
}

#endif
