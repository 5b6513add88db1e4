/*
 * wire/sentence.h: sentence boundaries in news text.
 *
 * The splitter works on UTF-8 bytes and reports byte offsets; callers that
 * need code points convert with wire_utf8_count() (wire/text.h).  The
 * abbreviation knowledge is data (data/abbrev.txt), loaded once into a
 * struct wire_splitter that is read-only afterwards, so one splitter may be
 * shared by any number of threads.
 */
#ifndef WIRE_SENTENCE_H
#define WIRE_SENTENCE_H

#include <stddef.h>

/* One sentence: [start, end) in bytes of the text, trimmed of white space;
 * para is the 0-based paragraph index (paragraphs are separated by a blank
 * line). */
struct wire_sent {
	size_t	start;
	size_t	end;
	size_t	para;
};

struct wire_splitter;

/*
 * Loads the abbreviation data from the file at path (see data/abbrev.txt for
 * the format).  Returns a new splitter the caller frees with
 * wire_splitter_free(), or NULL with a message in err (errlen bytes) when the
 * file cannot be read or has a bad line.
 */
struct wire_splitter	*wire_splitter_load(const char *path, char *err,
			    size_t errlen);

/*
 * Builds a splitter from abbreviation data already in memory (len bytes of
 * the same format).  Same return and ownership as wire_splitter_load();
 * data is not kept.
 */
struct wire_splitter	*wire_splitter_new(const char *data, size_t len,
			    char *err, size_t errlen);

/* Frees a splitter; NULL is allowed. */
void			 wire_splitter_free(struct wire_splitter *);

/*
 * Splits len bytes of UTF-8 text into sentences.  *out is a caller-owned
 * array of *cap entries that is grown with realloc() when needed (start
 * with NULL and 0 and reuse across calls); the caller frees it.  Returns the
 * number of sentences, or (size_t)-1 when memory runs out.  Text that is
 * empty or white space only has no sentences.
 */
size_t			 wire_split(const struct wire_splitter *,
			    const char *text, size_t len,
			    struct wire_sent **out, size_t *cap);

#endif
