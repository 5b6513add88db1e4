/*
 * wire/charset.h: finding a page's character encoding and decoding it to
 * UTF-8, as a browser would; shared by wire-fetch and wire-strip.
 *
 * The encoding comes from, in order: a byte order mark, the label the
 * caller was given (an HTTP Content-Type charset, a record's "charset"),
 * a <meta charset>, <meta http-equiv content> or <?xml encoding> in the
 * first 4 KB, else a guess from the bytes.  Labels are mapped as the
 * WHATWG Encoding Standard maps them: iso-8859-1, latin1 and us-ascii are
 * windows-1252, euc-kr is CP949, shift_jis is CP932, gb2312 and gbk are
 * GB18030.  A label that the bytes plainly contradict gives way to them:
 * valid UTF-8 with non-ASCII text under a legacy label is UTF-8, and a
 * UTF-8 label over bytes that are mostly not UTF-8 is guessed anew (so
 * CP949 labelled utf-8 is still read as CP949).
 */
#ifndef WIRE_CHARSET_H
#define WIRE_CHARSET_H

#include <stddef.h>

#include "wire/text.h"

/* An encoding wire can read.  The table is static: never freed. */
struct wire_charset {
	const char	*name;	/* in records, lower case: "utf-8", "euc-kr" */
	const char	*iconv;	/* for glibc iconv: "UTF-8", "CP949" */
};

/*
 * Maps an encoding label (n bytes, any case; blanks and quotes around it
 * ignored) as browsers do.  Returns the encoding (static), or NULL when
 * the label is unknown.
 */
const struct wire_charset *wire_charset_lookup(const char *label, size_t n);

/*
 * Looks for the encoding a document declares in its first 4 KB (s, n
 * bytes): an XML declaration's encoding, a <meta charset>, or a <meta
 * http-equiv="Content-Type"> content's charset, skipping comments and
 * unknown labels as the HTML prescan does.  Returns the first known one
 * (static), or NULL.  A byte order mark is not looked at.
 */
const struct wire_charset *wire_charset_prescan(const char *s, size_t n);

/*
 * Guesses the encoding of n bytes at s that declare none: utf-8 when they
 * are valid UTF-8 (or nearly all of it), else the likeliest of euc-kr,
 * shift_jis, gb18030 and windows-1252.  Returns the encoding (static),
 * never NULL.
 */
const struct wire_charset *wire_charset_detect(const char *s, size_t n);

/*
 * Decodes the n bytes at s to UTF-8, appending to out (which the caller
 * owns, resets and caps with out->max).  label is the declared encoding
 * (NUL-terminated) or NULL; the encoding is decided as described above
 * and a byte order mark is dropped.  Bytes that do not decode become
 * U+FFFD; NUL bytes and other C0 controls but tab, newline and carriage
 * return become spaces, so out holds valid UTF-8 without NULs and out->p
 * is never NULL on success.  Returns the record name of the encoding read
 * (static, such as "euc-kr"), or NULL when out filled up.
 */
const char *wire_charset_decode(const char *s, size_t n, const char *label,
	    struct wire_buf *out);

#endif
