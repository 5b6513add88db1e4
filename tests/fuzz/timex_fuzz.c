/*
 * timex_fuzz.c: libFuzzer target for the date and time scanner
 * (lib/timex.c) and the reference date parser, on arbitrary bytes.
 *
 * The input is cut at NUL bytes.  The first piece is offered to
 * wire_timex_parse_ref(); a date it accepts must be a real calendar day
 * and becomes the document's reference (else the reference is unknown).
 * The other pieces are the texts of one document, scanned in turn so that
 * the anaphora state ("the previous day") carries from one to the next.
 * Every expression must lie in its text, in order and without overlap,
 * with a known type and a non-empty value of TIMEX3 characters; when the
 * text is valid UTF-8 both ends fall on character boundaries; and scanning
 * again from the same state gives the same expressions.  The lexicon comes
 * from $WIRE_DATADIR/timex/en.txt, else data/timex/en.txt.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/text.h"
#include "wire/timex.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct wire_timex_ctx *cx;
static struct wire_timex *tx, *tx2;
static size_t captx, captx2;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("WIRE_DATADIR");
	char path[4096], err[256];

	snprintf(path, sizeof(path), "%s/timex/en.txt",
	    dir != NULL && *dir != '\0' ? dir : "data");
	if ((cx = wire_timex_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "timex_fuzz: %s: %s\n", path, err);
		exit(1);
	}
	return 0;
}

/* Days in month m of year y (Gregorian). */
static int
month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Reports a broken invariant and aborts, so that libFuzzer keeps the input. */
static void
die(const char *what, size_t i, size_t size)
{
	fprintf(stderr, "timex_fuzz: expression %zu: %s (input of %zu bytes)\n",
	    i, what, size);
	abort();
}

/* Whether v is a non-empty, terminated value of TIMEX3 characters. */
static int
good_value(const char *v)
{
	size_t i;

	for (i = 0; i < WIRE_TIMEX_VALUE && v[i] != '\0'; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'A' &&
		    v[i] <= 'Z') || v[i] == '-' || v[i] == ':' ||
		    v[i] == '_' || v[i] == '.'))
			return 0;
	return i > 0 && i < WIRE_TIMEX_VALUE;
}

static int
cont_byte(const char *s, size_t len, size_t i)
{
	return i < len && ((unsigned char)s[i] & 0xC0) == 0x80;
}

/* Checks the n expressions found in len bytes of text s. */
static void
check(const char *s, size_t len, size_t n, size_t size)
{
	size_t i, prev = 0;
	int utf8 = wire_utf8_check(s, len) == len;

	if (n > WIRE_TIMEX_MAX)
		die("too many", n, size);
	for (i = 0; i < n; i++) {
		if (tx[i].start >= tx[i].end || tx[i].end > len)
			die("outside its text or empty", i, size);
		if (tx[i].start < prev)
			die("out of order or overlapping", i, size);
		prev = tx[i].end;
		if (tx[i].type < WIRE_TX_DATE || tx[i].type > WIRE_TX_SET)
			die("unknown type", i, size);
		if (!good_value(tx[i].value))
			die("bad value", i, size);
		if (utf8 && (cont_byte(s, len, tx[i].start) ||
		    cont_byte(s, len, tx[i].end)))
			die("cuts a character", i, size);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size, *z;
	struct wire_timex_doc doc, again;
	size_t len, n, n2, i;
	int y = 0, m = 0, d = 0;

	z = memchr(s, '\0', size);
	len = z != NULL ? (size_t)(z - s) : size;
	if (wire_timex_parse_ref(s, len, &y, &m, &d) == 0) {
		if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 ||
		    d > month_days(y, m))
			die("reference date not a calendar day", 0, size);
	} else
		y = m = d = 0;
	wire_timex_doc_init(&doc, y, m, d);
	doc.order = size > 0 && (data[0] & 1) ? WIRE_TX_DMY : WIRE_TX_MDY;
	s = z != NULL ? z + 1 : end;
	while (s < end) {
		z = memchr(s, '\0', (size_t)(end - s));
		len = z != NULL ? (size_t)(z - s) : (size_t)(end - s);
		again = doc;
		if ((n = wire_timex_find(cx, &doc, s, len, &tx, &captx)) ==
		    (size_t)-1)
			return 0;
		check(s, len, n, size);
		if ((n2 = wire_timex_find(cx, &again, s, len, &tx2, &captx2)) ==
		    (size_t)-1)
			return 0;
		if (n2 != n)
			die("a second scan differs", n2, size);
		for (i = 0; i < n; i++)
			if (tx[i].start != tx2[i].start ||
			    tx[i].end != tx2[i].end || tx[i].type != tx2[i].type ||
			    strcmp(tx[i].value, tx2[i].value) != 0)
				die("a second scan differs", i, size);
		if (memcmp(&again, &doc, sizeof(doc)) != 0)
			die("a second scan leaves another state", n, size);
		s = z != NULL ? z + 1 : end;
	}
	return 0;
}
