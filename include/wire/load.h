/*
 * wire/load.h: the wire-load stage, records into SQL tables.
 *
 * Document records (an "id", or a url or text but no "doc") become rows of
 * documents; sentence records ("doc" and "n") rows of sentences, with a
 * documents row made or completed from the url, title and published they
 * carry, and their "entities" and "dates" arrays rows of entities and
 * dates keyed by (doc, n, index).  Every write is an upsert on those keys,
 * so loading the same records again changes nothing.
 *
 * Records are written in batches, one transaction each; a record the
 * database refuses is rolled back alone and rejected: its batch is rolled
 * back and written again with a savepoint per record.
 */
#ifndef WIRE_LOAD_H
#define WIRE_LOAD_H

#include <stddef.h>

#include "wire/cli.h"
#include "wire/record.h"

#define WIRE_LOAD_DEFAULT_DB	"news.db"
#define WIRE_LOAD_DEFAULT_BATCH	10000
/* A batch ends early once the records it holds reach this many bytes. */
#define WIRE_LOAD_HELD_MAX	((size_t)64 << 20)

struct wire_load;

/*
 * Opens db (see wire_store_open()) and creates the tables and indexes
 * that are missing.  batch is the number of records per transaction.
 * Returns the loader, or NULL with a message in err.
 */
struct wire_load *wire_load_open(const char *db, size_t batch, char *err,
	    size_t errlen);

/* The schema, as the SQL run by wire_load_open() (a static string). */
const char	*wire_load_schema(void);

/*
 * wire_record_fn for wire_stream_run(): loads r, counting it as output.
 * ctx is the struct wire_load.  A database failure other than a refused
 * record stops the stream.
 */
int	wire_load_record(struct wire_stream *s, struct wire_record *r,
	    void *ctx);

/*
 * Commits the open batch (after the last record), rejecting on s the
 * records the database refuses.  Returns 0, or -1 after a message with
 * s->fatal set.
 */
int	wire_load_flush(struct wire_stream *s, struct wire_load *l);

/*
 * Commits the last batch when commit is set (else rolls it back), closes
 * the database and frees l (NULL is fine).  Returns 0, or -1 with a
 * message in err when the commit failed.
 */
int	wire_load_close(struct wire_load *l, int commit, char *err,
	    size_t errlen);

#endif
