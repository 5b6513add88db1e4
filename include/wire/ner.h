/*
 * wire/ner.h: people, organisations and places, with canonical names.
 *
 * Three layers, all on UTF-8 bytes:
 *
 *  - a tokenizer made for news (initials and acronyms keep their periods,
 *    hyphens and possessives are tokens of their own, so that "Kim Jong-un"
 *    and "North Korea-Russia" can both be cut right);
 *  - gazetteers (data/ner/gaz-*.tsv) and a linear-chain sequence tagger
 *    (an averaged perceptron over word, shape, affix, context and gazetteer
 *    features, decoded with Viterbi; data/ner/model.bin);
 *  - a per-document step that gives every mention its canonical name from
 *    the gazetteer aliases, from in-text patterns ("Korean Central News
 *    Agency (KCNA)") and from earlier mentions ("Putin" after "Vladimir
 *    Putin"), and keeps one type per name within the document.
 *
 * Ownership: a struct wire_ner is read-only once loaded and may be shared by
 * threads; each thread keeps its own struct wire_ner_doc.  Entity names
 * point into the doc state (or into the caller's text) and stay valid until
 * the next wire_ner_find(), wire_ner_doc_reset() or wire_ner_doc_free() on
 * that doc.
 */
#ifndef WIRE_NER_H
#define WIRE_NER_H

#include <stddef.h>
#include <stdint.h>

enum {
	WIRE_ENT_NONE,
	WIRE_ENT_PERSON,
	WIRE_ENT_ORG,
	WIRE_ENT_LOC,
	WIRE_ENT_MISC
};

struct wire_entity {
	size_t		 start;		/* bytes, [start, end) of the text */
	size_t		 end;
	int		 type;		/* WIRE_ENT_PERSON ... */
	const char	*name;		/* canonical name, not NUL-terminated */
	size_t		 namelen;
};

/* Longest token the tagger looks at, in bytes; longer ones are cut. */
#define WIRE_NER_MAXTOK		64
/* Most tokens one wire_ner_find() call tags; the rest of a longer text
 * is tagged in further windows of this size. */
#define WIRE_NER_WINDOW		512

/* Token flags. */
#define WIRE_TOK_SPACE		0x01	/* white space before the token */
#define WIRE_TOK_WORD		0x02	/* letters or digits */
#define WIRE_TOK_HYPHEN		0x04	/* a hyphen or dash */
#define WIRE_TOK_JOINED		0x08	/* hyphen with no space on either side */
#define WIRE_TOK_POSS		0x10	/* possessive 's or ' */
#define WIRE_TOK_NEWLINE	0x20	/* a line break before the token */

struct wire_token {
	uint32_t	start;		/* bytes */
	uint32_t	end;
	uint32_t	flags;
};

/*
 * Cuts len bytes of UTF-8 text into tokens.  *out is a caller-owned array
 * of *cap entries grown with realloc() (start with NULL and 0; the caller
 * frees it).  At most max tokens are made (0 means no limit) and *used is
 * set to the bytes consumed (up to the start of the next token), so a
 * caller can go on from there.  Returns the
 * number of tokens, or (size_t)-1 when memory runs out.  Invalid UTF-8 bytes
 * become one-byte tokens.  Texts longer than 4 GiB are cut at 4 GiB.
 */
size_t	wire_ner_tokenize(const char *text, size_t len, size_t max,
	    struct wire_token **out, size_t *cap, size_t *used);

struct wire_ner;
struct wire_ner_doc;

/*
 * Loads datadir/ner/model.bin and the gazetteers datadir/ner/gaz-*.tsv
 * (the list is in data/ner/README).  Returns a recognizer the caller frees
 * with wire_ner_free(), or NULL with a message in err (errlen bytes).
 */
struct wire_ner	*wire_ner_load(const char *datadir, char *err, size_t errlen);

/*
 * As wire_ner_load(), but the model is read from modelpath (NULL: no model;
 * then only the gazetteers and rules find entities).
 */
struct wire_ner	*wire_ner_load_model(const char *datadir, const char *modelpath,
		    char *err, size_t errlen);

/* Frees a recognizer; NULL is allowed. */
void		 wire_ner_free(struct wire_ner *);

/* A new, empty document state the caller frees with wire_ner_doc_free(),
 * or NULL when memory runs out. */
struct wire_ner_doc	*wire_ner_doc_new(void);

/* Forgets the document seen so far (call it between documents). */
void		 wire_ner_doc_reset(struct wire_ner_doc *);

/* Frees a document state; NULL is allowed. */
void		 wire_ner_doc_free(struct wire_ner_doc *);

/*
 * Finds the entities of len bytes of UTF-8 text (one sentence, paragraph or
 * whole document) and remembers them in doc for later calls on the same
 * document.  *out is a caller-owned array of *cap entries grown with
 * realloc() (start with NULL and 0; the caller frees it).  Returns the
 * number of entities, in text order and not overlapping, or (size_t)-1 when
 * memory runs out.  Names are valid until the next call on doc.
 */
size_t		 wire_ner_find(const struct wire_ner *, struct wire_ner_doc *doc,
		    const char *text, size_t len, struct wire_entity **out,
		    size_t *cap);

/* "PERSON", "ORG", "LOC", "MISC", or "" for another value. */
const char	*wire_ner_type_name(int type);

/* The type for a name as wire_ner_type_name() spells it (also "PER",
 * "GPE", "LOCATION", "ORGANIZATION"), or WIRE_ENT_NONE. */
int		 wire_ner_type_parse(const char *name, size_t len);

/*
 * Looks up len bytes (tokens as in running text, e.g. "N. Korea") in the
 * gazetteers.  Returns the entity type an entry gives (WIRE_ENT_NONE when
 * there is none or the entry is not a name, such as a title or a first
 * name) and, when canon is not NULL, points *canon and *canonlen at its
 * canonical name (owned by the recognizer) or at text itself.
 */
int		 wire_ner_gazetteer(const struct wire_ner *, const char *text,
		    size_t len, const char **canon, size_t *canonlen);

struct wire_ner_train_opts {
	int		 epochs;	/* passes over the data (0: 12) */
	double		 prune;		/* drop features whose largest averaged
					 * weight is below this (0: 0.05) */
	unsigned	 seed;		/* shuffling */
	int		 verbose;	/* progress on stderr */
	unsigned	 runs;		/* runs averaged, the seeds seed,
					 * seed + 1, ... (0 and 1: one) */
};

/*
 * Trains the tagger on CoNLL files (TOKEN ... TAG per line, blank line
 * between sentences, IOB1 or IOB2 tags PER/ORG/LOC; other types count as
 * O) with the gazetteers of datadir, and writes the model to outpath.
 * A path may end in "*N" to count its sentences N times.  With runs of
 * more than 1, the model is the mean of that many runs on the data in
 * different orders.  Returns 0, or -1 with a message in err.
 */
int		 wire_ner_train(const char *datadir, const char *const *paths,
		    size_t npaths, const char *outpath,
		    const struct wire_ner_train_opts *opts, char *err,
		    size_t errlen);

#endif
