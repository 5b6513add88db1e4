/*
 * text.c: capped byte buffers and UTF-8 helpers.
 *
 * The UTF-8 checker is on the hot path of every stage (each record is
 * validated once), so it skips runs of ASCII eight bytes at a time.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wire/text.h"

/*
 * Empties b and keeps its memory.
 */
void
wire_buf_reset(struct wire_buf *b)
{
	b->len = 0;
	b->full = 0;
	if (b->p != NULL)
		b->p[0] = '\0';
}

/*
 * Frees b's memory and leaves it empty and reusable.
 */
void
wire_buf_free(struct wire_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
	b->full = 0;
}

/*
 * Ensures room for n more bytes plus a NUL.  Returns 0, or -1 with b->full
 * set when the cap or memory would be exceeded.
 */
int
wire_buf_grow(struct wire_buf *b, size_t n)
{
	size_t max = b->max ? b->max : SIZE_MAX / 2;
	size_t need, ncap;
	char *np;

	if (n > max || b->len > max - n) {
		b->full = 1;
		return -1;
	}
	need = b->len + n + 1;
	if (need <= b->cap)
		return 0;
	ncap = b->cap ? b->cap : 256;
	while (ncap < need)
		ncap = ncap > SIZE_MAX / 4 ? need : ncap * 2;
	if ((np = realloc(b->p, ncap)) == NULL) {
		b->full = 1;
		return -1;
	}
	b->p = np;
	b->cap = ncap;
	return 0;
}

/*
 * The one external definition of the inline wire_buf_add() of wire/text.h.
 */
extern inline void	wire_buf_add(struct wire_buf *b, const void *s,
			    size_t n);

/*
 * Writes the digits of u backwards from end; see wire/text.h.  Callers
 * writing many numbers avoid printf's parsing of a format for each.
 */
char *
wire_fmt_digits(char *end, unsigned long long u)
{
	do {
		*--end = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	return end;
}

/*
 * Appends v in decimal; see wire/text.h.
 */
void
wire_buf_int(struct wire_buf *b, long long v)
{
	char tmp[24], *p;

	p = wire_fmt_digits(tmp + sizeof(tmp), v < 0 ?
	    0 - (unsigned long long)v : (unsigned long long)v);
	if (v < 0)
		*--p = '-';
	wire_buf_add(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * Appends the NUL-terminated string s.
 */
void
wire_buf_puts(struct wire_buf *b, const char *s)
{
	wire_buf_add(b, s, strlen(s));
}

/*
 * The one external definition of the inline wire_buf_putc() of wire/text.h.
 */
extern inline void	wire_buf_putc(struct wire_buf *b, int c);

/*
 * Decodes one UTF-8 sequence from s (n > 0 bytes available); returns its
 * length and sets *cp, or returns 0 when the bytes are not well-formed.
 */
size_t
wire_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t c;
	size_t len, i;

	if (n == 0)
		return 0;
	c = u[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xc2)
		return 0;
	if (c < 0xe0) {
		len = 2;
		c &= 0x1f;
	} else if (c < 0xf0) {
		len = 3;
		c &= 0x0f;
	} else if (c < 0xf5) {
		len = 4;
		c &= 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/*
 * Encodes the code point cp (at most 0x10ffff) into out; returns the
 * number of bytes written.
 */
size_t
wire_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *u = (unsigned char *)out;

	if (cp < 0x80) {
		u[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | (cp >> 6));
		u[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | (cp >> 12));
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	u[0] = (unsigned char)(0xf0 | (cp >> 18));
	u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	u[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

/*
 * Returns the offset of the first byte of s (n bytes) that does not start
 * a well-formed UTF-8 sequence, or n.
 */
size_t
wire_utf8_check(const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	uint64_t w;

	while (i < n) {
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			return i;
		i += k;
	}
	return n;
}

/*
 * Counts the code points in n bytes of valid UTF-8: every byte that is not
 * a continuation byte starts one.
 */
size_t
wire_utf8_count(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xc0) != 0x80;
	return c;
}
