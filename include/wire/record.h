/*
 * wire/record.h: JSON-lines records, read and written by every stage.
 *
 * A record is one JSON object on one line.  Parsing validates the whole line
 * (JSON grammar, UTF-8, nesting depth) but decodes nothing: each top-level
 * field is kept as the raw bytes of its key and value, so a stage copies the
 * fields it does not own byte for byte and in order, and pays for decoding
 * only the strings it reads.  Nothing here allocates per record once the
 * buffers have grown to the size of the largest record.
 *
 * Ownership: a parsed struct wire_record points into the caller's line; the
 * line must outlive every use of the record and its fields.
 */
#ifndef WIRE_RECORD_H
#define WIRE_RECORD_H

#include <stddef.h>
#include <stdio.h>

#include "wire/text.h"

enum wire_type {
	WIRE_NULL,
	WIRE_FALSE,
	WIRE_TRUE,
	WIRE_NUMBER,
	WIRE_STRING,
	WIRE_ARRAY,
	WIRE_OBJECT
};

/* Deepest nesting of arrays and objects a record may have. */
#define WIRE_MAX_DEPTH	64

struct wire_field {
	const char	*key;	/* raw key without its quotes (may hold escapes) */
	size_t		 klen;
	const char	*val;	/* raw JSON value */
	size_t		 vlen;
	enum wire_type	 type;
	int		 kesc;	/* key has backslash escapes */
	int		 vesc;	/* string value has backslash escapes */
};

struct wire_record {
	const char		*line;	/* not owned */
	size_t			 len;
	struct wire_field	*f;	/* owned; grown as needed */
	size_t			 n;
	size_t			 cap;
};

/*
 * Parses len bytes of line (no trailing newline) as one record into r,
 * reusing r's memory.  Returns 0, or -1 with a one-line reason in why
 * (whylen bytes) naming the byte offset of the fault.
 */
int	wire_record_parse(struct wire_record *r, const char *line, size_t len,
	    char *why, size_t whylen);

/* Frees what r owns (not the line). */
void	wire_record_free(struct wire_record *r);

/*
 * Returns the last field named key (so a duplicate key behaves as in jq),
 * or NULL.  The pointer is valid until r is parsed again.
 */
const struct wire_field *wire_record_get(const struct wire_record *r,
	    const char *key);

/* Index of the last field named key in r->f, or -1. */
long	wire_record_index(const struct wire_record *r, const char *key);

/*
 * Decodes a string field.  Returns a pointer to the decoded bytes and their
 * length in *len: into the record's line when the value has no escapes
 * (zero copy), else into scratch (reset first).  The bytes are not
 * NUL-terminated.  Returns NULL when f is NULL or not a string, or when
 * scratch is full.
 */
const char *wire_field_str(const struct wire_field *f, struct wire_buf *scratch,
	    size_t *len);

/*
 * Decodes the raw JSON string body s (n bytes between the quotes, already
 * validated) and appends it to out.  Returns 0, or -1 when out is full.
 */
int	wire_json_unescape(const char *s, size_t n, struct wire_buf *out);

/*
 * Steps through a raw, validated JSON array: *p starts just inside its '['
 * (f->val + 1 of an array field) and e is its end (f->val + f->vlen).
 * Returns 1 with the next element's raw bytes in *el, *elen (pointing into
 * the array, not owned) and *p past it, or 0 at the closing bracket.
 */
int	wire_json_array_next(const char **p, const char *e, const char **el,
	    size_t *elen);

/* Reads an integer field; returns 0, or -1 when f is not an integer. */
int	wire_field_int(const struct wire_field *f, long long *v);

/*
 * Writer.  Builds one record in a struct wire_buf; the caller writes the
 * buffer out.  Commas are placed by the writer, so values and keys are
 * simply called in order.  Errors (the buffer's cap) show as b->full.
 */
struct wire_json {
	struct wire_buf	*b;
	int		 depth;
	unsigned char	 count[WIRE_MAX_DEPTH + 1];	/* 0, 1 = more */
	unsigned char	 arr[WIRE_MAX_DEPTH + 1];
};

/* Starts a record ('{') in b, which is reset first. */
void	wire_json_begin(struct wire_json *w, struct wire_buf *b);
/*
 * Starts a record ('{') in b, reset first, with all the fields of r copied
 * as wire_json_field() would copy them one by one, in order.
 */
void	wire_json_begin_fields(struct wire_json *w, struct wire_buf *b,
	    const struct wire_record *r);
/* Ends the record: '}' and '\n'. */
void	wire_json_end(struct wire_json *w);
/* A key in the current object. */
void	wire_json_key(struct wire_json *w, const char *k);
/* A string value, JSON-escaped; s is n bytes of valid UTF-8. */
void	wire_json_str(struct wire_json *w, const char *s, size_t n);
void	wire_json_int(struct wire_json *w, long long v);
void	wire_json_bool(struct wire_json *w, int v);
void	wire_json_null(struct wire_json *w);
/*
 * Appends s (n bytes of valid UTF-8) to b as a JSON string, quoted and
 * escaped as wire_json_str() writes it, without a separator: for a value
 * composed as raw JSON and written with wire_json_raw() or into the
 * writer's buffer after it.
 */
void	wire_json_quote(struct wire_buf *b, const char *s, size_t n);
/* A value given as raw JSON text (already valid). */
void	wire_json_raw(struct wire_json *w, const char *s, size_t n);
/* Nested object and array. */
void	wire_json_obj(struct wire_json *w);
void	wire_json_arr(struct wire_json *w);
void	wire_json_close(struct wire_json *w);
/* Copies a parsed field (raw key and raw value) into the current object. */
void	wire_json_field(struct wire_json *w, const struct wire_field *f);

/*
 * Line reader.  Lines are returned without '\n' (and without a '\r'
 * before it; r->cr tells, and the '\r' is still at line[len]).  Reads
 * with read(2) on fileno(fp), so fp's own buffer must be unused.  A line
 * longer than max is not kept: its bytes go to spill (when not NULL)
 * followed by '\n', and WIRE_LINE_LONG is returned.
 */
struct wire_reader {
	FILE		*fp;
	const char	*name;
	unsigned long	 lineno;
	size_t		 max;
	char		*buf;	/* read buffer */
	size_t		 pos, end, cap;
	struct wire_buf	 line;	/* lines that span read buffers */
	size_t		 longlen; /* length of the last over-long line */
	int		 cr;	/* the last line ended in CR LF (CR not in len) */
	int		 eof;
};

enum {
	WIRE_LINE_EOF = 0,
	WIRE_LINE_OK = 1,
	WIRE_LINE_LONG = 2,
	WIRE_LINE_ERR = -1
};

/* Prepares r to read fp, named name in messages; max caps a line. */
void	wire_reader_init(struct wire_reader *r, FILE *fp, const char *name,
	    size_t max);
/*
 * Next line into *line and *len (valid until the next call).  Returns one
 * of WIRE_LINE_*; WIRE_LINE_ERR leaves errno set.
 */
int	wire_reader_next(struct wire_reader *r, const char **line, size_t *len,
	    FILE *spill);
/* Frees r's buffers (not fp). */
void	wire_reader_free(struct wire_reader *r);

#endif
