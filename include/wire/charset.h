/*
 * wire/charset.h: finding a page's character encoding and converting it to
 * UTF-8, as a browser would.
 *
 * The encoding comes from, in order: a byte order mark, the label given by
 * the caller (a record's "charset" or an HTTP header), a <meta> in the
 * first 4 KB, else UTF-8 when the bytes are valid UTF-8 and windows-1252
 * when not.  Labels are mapped as the WHATWG Encoding standard maps them
 * (iso-8859-1 and us-ascii are windows-1252, euc-kr is CP949, shift_jis is
 * CP932, gb2312 is GB18030).  A declared label that the bytes plainly
 * contradict (valid UTF-8 with non-ASCII bytes under a legacy label, or a
 * UTF-8 label over bytes that are mostly not UTF-8) gives way to what the
 * bytes are.
 */
#ifndef WIRE_CHARSET_H
#define WIRE_CHARSET_H

#include <stddef.h>

#include "wire/text.h"

/*
 * Maps an encoding label (n bytes, any case, surrounding blanks allowed)
 * to the iconv name wire converts from, in out (outlen bytes).  Returns 0,
 * or -1 when the label is unknown.
 */
int	wire_charset_label(const char *label, size_t n, char *out, size_t outlen);

/*
 * Decides the encoding of the n bytes at s; hint is the caller's label
 * (may be NULL).  Stores the iconv name in out (outlen bytes) and returns
 * how many bytes of s a byte order mark takes (0 when none).
 */
size_t	wire_charset_sniff(const char *s, size_t n, const char *hint,
	    char *out, size_t outlen);

/*
 * Converts n bytes at s from encoding enc (an iconv name) to UTF-8,
 * appending to out.  Bytes that cannot be converted become U+FFFD, NUL
 * bytes and other C0 controls except tab, newline and carriage return
 * become spaces, so the result is valid UTF-8 without NULs.  Returns 0,
 * or -1 when out is full.
 */
int	wire_charset_to_utf8(const char *s, size_t n, const char *enc,
	    struct wire_buf *out);

#endif
