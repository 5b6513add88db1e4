/*
 * wire/split.h: the wire-split stage, records in and sentence records out.
 *
 * A struct wire_split_job holds the loaded splitter and the buffers reused
 * for every record; it is initialised once, used by one thread, and freed
 * with wire_split_job_free().
 */
#ifndef WIRE_SPLIT_H
#define WIRE_SPLIT_H

#include "wire/cli.h"
#include "wire/record.h"
#include "wire/sentence.h"

#define WIRE_SPLIT_MAX_CARRY	32

struct wire_split_job {
	struct wire_splitter	*sp;
	int			 nest;
	const char		*carry[WIRE_SPLIT_MAX_CARRY];
	size_t			 ncarry;
	char			*carrybuf;	/* owned copy of --carry */
	struct wire_sent	*sents;		/* reused across records */
	size_t			 capsents;
	size_t			 nsents;
	struct wire_buf		 text;		/* decoded text */
	struct wire_buf		 tmp;
};

/*
 * Loads the abbreviations at abbrev and parses carry (a comma-separated
 * list of field names, or NULL).  Returns 0, or -1 with a message in err.
 */
int	wire_split_job_init(struct wire_split_job *job, const char *abbrev,
	    const char *carry, int nest, char *err, size_t errlen);

/* Frees what job owns. */
void	wire_split_job_free(struct wire_split_job *job);

/*
 * wire_record_fn for wire_stream_run(): writes the sentence records of r
 * (or r with a "sentences" array when nesting) through s.  ctx is the job.
 */
int	wire_split_record(struct wire_stream *s, struct wire_record *r,
	    void *ctx);

/*
 * Splits each of the n files (none: stdin) as one plain-text document.
 * Returns 0, or -1 on a fatal error (reported).
 */
int	wire_split_raw(struct wire_stream *s, struct wire_split_job *job,
	    char **paths, int n);

#endif
