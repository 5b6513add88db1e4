/*
 * wire/dedup.h: the wire-dedup stage, exact and near-duplicate documents.
 *
 * Each document gets three fingerprints: the hash of its canonical URL,
 * the hash of its normalised words, and a 64-bit SimHash over shingles of
 * consecutive words (a paragraph's shingles weighted by its length up to
 * WIRE_PARA_FULL words, so that short lines count less).  The fingerprints
 * live in SQLite (in memory, or in a file under --state so that they
 * outlast the run); SimHashes are found by
 * a banded index: with distance d the 64 bits are cut into d + 1 bands (or
 * d + 2 blocks taken in pairs), and two fingerprints within d bits agree
 * exactly on at least one band, so a look-up reads only the documents
 * sharing a band value.
 *
 * A struct wire_dedup is opened once, used by one thread and closed with
 * wire_dedup_close(), which commits what it has seen.
 */
#ifndef WIRE_DEDUP_H
#define WIRE_DEDUP_H

#include <stddef.h>
#include <stdint.h>

#include "wire/cli.h"
#include "wire/id.h"
#include "wire/record.h"

/* Words per shingle of the SimHash. */
#define WIRE_SHINGLE		3
/* Words from which a paragraph weighs fully in the SimHash. */
#define WIRE_PARA_FULL		20
#define WIRE_DEDUP_MAX_DISTANCE	8
/* Index keys per fingerprint at most: pairs of 10 blocks at distance 8. */
#define WIRE_DEDUP_MAX_KEYS	45

/* The file under --state DIR that holds the fingerprints. */
#define WIRE_DEDUP_DBNAME	"dedup.db"

struct wire_dedup_opts {
	const char	*state;		/* directory, or NULL: in memory */
	int		 distance;	/* Hamming distance that is "near" */
	long long	 window;	/* seconds kept; 0: for ever */
	long long	 now;		/* the time of this run (Unix seconds) */
	int		 drop;		/* drop duplicates instead of marking */
};

struct wire_dedup;

/* What a document's fingerprints are. */
struct wire_fp {
	uint64_t	 urlh;	/* 0: no http(s) URL */
	uint64_t	 texth;	/* hash of the normalised words; 0: no words */
	uint64_t	 sim;	/* SimHash */
	size_t		 words;
};

/*
 * Computes the fingerprints of a document: text (n bytes of UTF-8) and
 * url (ulen bytes, or NULL).  tmp is scratch for the canonical URL.
 */
void	wire_fingerprint(const char *text, size_t n, const char *url,
	    size_t ulen, struct wire_buf *tmp, struct wire_fp *fp);

/*
 * Writes the index keys of sim for a Hamming distance (0 to
 * WIRE_DEDUP_MAX_DISTANCE) into keys (WIRE_DEDUP_MAX_KEYS room) and
 * returns their number.  Up to distance 3 the 64 bits are cut into
 * distance + 1 bands (4 of 16 bits at 3) and each band is a key; beyond,
 * into distance + 2 blocks and each pair of blocks is a key, which keeps
 * keys 13 bits wide or more.  Any two values within the distance share a
 * key.  The key's number is in its high 32 bits, so keys of different
 * bands never meet in one index.
 */
int	wire_sim_bands(uint64_t sim, int distance, uint64_t *keys);

/* The number of keys wire_sim_bands() gives for a distance. */
int	wire_sim_nkeys(int distance);

/* Number of differing bits of a and b. */
int	wire_hamming(uint64_t a, uint64_t b);

/*
 * Opens the fingerprint store described by o, forgetting what is older
 * than its window.  Returns the handle, or NULL with a message in err.
 * The caller closes it with wire_dedup_close().
 */
struct wire_dedup *wire_dedup_open(const struct wire_dedup_opts *o, char *err,
	    size_t errlen);

/*
 * Looks a document up and remembers it.  id is its id (NUL-terminated).
 * Returns 1 when it duplicates an earlier document (whose id is then in
 * first, WIRE_DEDUP_IDMAX bytes), 0 when it is new (or the same id seen
 * again as an original), -1 on a store error (message in err).
 */
#define WIRE_DEDUP_IDMAX	256
int	wire_dedup_check(struct wire_dedup *d, const char *id,
	    const struct wire_fp *fp, char *first, char *err, size_t errlen);

/*
 * wire_record_fn for wire_stream_run(): marks (or drops) duplicate
 * document records; records without a text pass through.  ctx is the
 * struct wire_dedup.
 */
int	wire_dedup_record(struct wire_stream *s, struct wire_record *r,
	    void *ctx);

/* Duplicates seen so far. */
unsigned long	wire_dedup_count(const struct wire_dedup *d);

/*
 * Commits and closes the store and frees d (NULL is fine).  Returns 0, or
 * -1 with a message in err when the commit failed.
 */
int	wire_dedup_close(struct wire_dedup *d, char *err, size_t errlen);

#endif
