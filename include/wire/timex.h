/*
 * wire/timex.h: temporal expressions (TimeML TIMEX3) in news text.
 *
 * wire_timex_find() scans UTF-8 text once, token by token, and reports each
 * date, time, duration or set it finds with its TIMEX3 value ("2024-12-04",
 * "2024-W48", "P6M", "PRESENT_REF", "XXXX-WXX-1"...), resolving
 * underspecified expressions ("Tuesday", "in June", "the 25th") against the
 * reference date the way a reporter means them.
 *
 * The names (months, weekdays, number words, units, holidays) are data
 * (data/timex/en.txt), loaded once into a struct wire_timex_ctx that is
 * read-only afterwards and may be shared by any number of threads.  The
 * per-document state (reference date, last date mentioned, for anaphora
 * such as "the previous day") is a plain struct wire_timex_doc owned by the
 * caller; it holds no memory.
 */
#ifndef WIRE_TIMEX_H
#define WIRE_TIMEX_H

#include <stddef.h>

#include "wire/text.h"

enum wire_timex_type {
	WIRE_TX_DATE,
	WIRE_TX_TIME,
	WIRE_TX_DURATION,
	WIRE_TX_SET
};

/*
 * TimeML's modifiers of a value: where in it ("early 2024", START; "the
 * end of the month", END), how near its size ("about two hours", APPROX;
 * "more than a decade", MORE_THAN) or on which side of it ("more than
 * four decades ago", BEFORE).
 */
enum wire_timex_mod {
	WIRE_TX_MOD_NONE,
	WIRE_TX_MOD_START,
	WIRE_TX_MOD_MID,
	WIRE_TX_MOD_END,
	WIRE_TX_MOD_APPROX,
	WIRE_TX_MOD_LESS_THAN,
	WIRE_TX_MOD_MORE_THAN,
	WIRE_TX_MOD_EQUAL_OR_LESS,
	WIRE_TX_MOD_EQUAL_OR_MORE,
	WIRE_TX_MOD_BEFORE,
	WIRE_TX_MOD_AFTER,
	WIRE_TX_MOD_ON_OR_BEFORE,
	WIRE_TX_MOD_ON_OR_AFTER
};

/* Longest value, with its NUL. */
#define WIRE_TIMEX_VALUE	32

/* Most expressions reported by one call of wire_timex_find(). */
#define WIRE_TIMEX_MAX		65536

/* One expression: [start, end) in bytes of the text. */
struct wire_timex {
	size_t	start;
	size_t	end;
	int	type;			/* enum wire_timex_type */
	int	mod;			/* enum wire_timex_mod */
	char	value[WIRE_TIMEX_VALUE];
};

/* Order of the first two fields of numeric dates such as 12/4/2024. */
enum wire_timex_order {
	WIRE_TX_MDY,
	WIRE_TX_DMY
};

/*
 * Per-document state.  Set it up with wire_timex_doc_init(); the fields
 * are read by the scanner and may be inspected, not set, by callers (apart
 * from order).
 */
struct wire_timex_doc {
	int	ry, rm, rd;		/* reference date; ry == 0: unknown */
	int	order;			/* enum wire_timex_order */
	/* the last day mentioned, for "the previous day", "the same day" */
	int	dy, dm, dd;		/* dy == 0: none yet */
	/* the last date of any kind, for "a year earlier", "that year" */
	int	ly, lm, lq;		/* year, month or quarter; ly == 0: none */
	int	lgran;			/* its granularity (private codes) */
	/* the last quarter, for "a year earlier" in results; qy == 0: none */
	int	qy, qq;
};

struct wire_timex_ctx;

/*
 * Loads the lexicon from the file at path (see data/timex/en.txt for the
 * format).  Returns a new context the caller frees with wire_timex_free(),
 * or NULL with a message in err (errlen bytes) when the file cannot be read
 * or has a bad line.
 */
struct wire_timex_ctx	*wire_timex_load(const char *path, char *err,
			    size_t errlen);

/*
 * Builds a context from lexicon data already in memory (len bytes of the
 * same format).  Same return and ownership as wire_timex_load(); data is
 * not kept.
 */
struct wire_timex_ctx	*wire_timex_new(const char *data, size_t len,
			    char *err, size_t errlen);

/* Frees a context; NULL is allowed. */
void			 wire_timex_free(struct wire_timex_ctx *);

/*
 * Starts a document whose reference date is y-m-d (y == 0: unknown, and
 * values that need it get X placeholders such as "XXXX-06").  The date
 * order is WIRE_TX_MDY until the caller sets doc->order.
 */
void			 wire_timex_doc_init(struct wire_timex_doc *doc,
			    int y, int m, int d);

/*
 * Finds the temporal expressions in len bytes of UTF-8 text, in order,
 * updating doc's last mentioned date so that the next call (the next
 * sentence or paragraph of the same document) continues the anaphora.
 * *out is a caller-owned array of *cap entries grown with realloc() when
 * needed (start with NULL and 0 and reuse across calls); the caller frees
 * it.  Returns the number found (at most WIRE_TIMEX_MAX), or (size_t)-1
 * when memory runs out.
 */
size_t			 wire_timex_find(const struct wire_timex_ctx *ctx,
			    struct wire_timex_doc *doc, const char *text,
			    size_t len, struct wire_timex **out, size_t *cap);

/*
 * Parses a reference date: "2024-12-06", "2024-12-06T09:00:00+09:00",
 * "2024-12-06 09:00", "20241206", "2024/12/06", "2024.12.06", an RFC 2822
 * date such as "Fri, 06 Dec 2024 09:00:00 +0900", or "December 6, 2024"
 * ("Dec. 6, 2024") (n bytes, no NUL needed).  The date is taken as
 * written, without converting time zones.  Returns 0 and stores the date,
 * or -1 when s is not a valid date.
 */
int			 wire_timex_parse_ref(const char *s, size_t n, int *y,
			    int *m, int *d);

/* "DATE", "TIME", "DURATION" or "SET". */
const char		*wire_timex_type_name(int type);

/* TimeML's name of a modifier ("START", "APPROX", "ON_OR_AFTER"...), or
 * NULL for WIRE_TX_MOD_NONE; a static string. */
const char		*wire_timex_mod_name(int mod);

#endif
