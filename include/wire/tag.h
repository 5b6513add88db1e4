/*
 * wire/tag.h: the wire-tag stage.  A struct wire_tag_job holds the date
 * lexicon, the entity recognizer, the options, the per-document state and
 * the buffers reused for every record; one thread uses it.
 *
 * Sentence (or paragraph) records of one document that arrive in a row
 * share the document state: the same "doc" field, else the same "id".  A
 * record of another document, or one with neither field, starts a new
 * state, so records of documents interleaved never see each other's
 * names or dates (they only lose the state of their own document).
 */
#ifndef WIRE_TAG_H
#define WIRE_TAG_H

#include <stddef.h>

#include "wire/ner.h"
#include "wire/text.h"
#include "wire/timex.h"

struct wire_stream;
struct wire_record;

#define WIRE_TAG_DOC_MAX	256	/* longest "doc" id compared */
#define WIRE_TAG_PUB_MAX	64	/* longest "published" value kept */

struct wire_tag_job {
	struct wire_timex_ctx	*cx;		/* NULL: no dates */
	struct wire_ner		*ner;		/* NULL: no entities */
	int			 ry, rm, rd;	/* --ref-date; ry 0: none */
	int			 order;		/* enum wire_timex_order */
	/* the document whose sentences are arriving, and its state */
	struct wire_timex_doc	 doc;
	struct wire_ner_doc	*nd;
	char			 docid[WIRE_TAG_DOC_MAX];
	size_t			 docidlen;	/* 0: no document open */
	/* the last "published" value parsed (raw JSON) and its date */
	char			 pub[WIRE_TAG_PUB_MAX];
	size_t			 publen;	/* 0: none kept */
	int			 pubrc, puby, pubm, pubd;
	struct wire_timex	*tx;		/* reused across records */
	size_t			 txcap;
	struct wire_entity	*ent;
	size_t			 entcap;
	struct wire_buf		 text;		/* decoded text */
	struct wire_buf		 tmp;		/* decoded small fields */
};

/*
 * Sets up job: the date lexicon at lexicon (NULL: no dates), the entity
 * recognizer of the data directory nerdir (NULL: no entities) with the
 * model at model (NULL: nerdir/ner/model.bin), the reference date
 * ref_date (NULL: none) and the date order.  Returns 0, or -1 with a
 * message naming the file or option in err (errlen bytes).  The caller
 * frees job with wire_tag_job_free() either way.
 */
int	wire_tag_job_init(struct wire_tag_job *job, const char *lexicon,
	    const char *nerdir, const char *model, const char *ref_date,
	    int order, char *err, size_t errlen);

/* Frees what job owns; a zeroed job is fine. */
void	wire_tag_job_free(struct wire_tag_job *job);

/*
 * wire_record_fn for wire_stream_run(): writes r through s with its
 * "entities" and "dates" arrays (each in place of an old one, else
 * appended in that order) and, when the reference date did not come from
 * "published", "ref_source".  Offsets are code points of the text.  ctx is
 * the job.  Returns 0, or -1 when the output failed.
 */
int	wire_tag_record(struct wire_stream *s, struct wire_record *r,
	    void *ctx);

#endif
