/*
 * wire/text.h: UTF-8 helpers and a growable, capped byte buffer.
 *
 * Every buffer in wire is a struct wire_buf with a hard cap, so a huge
 * record fails with a message instead of exhausting memory.  The buffer owns
 * its bytes; wire_buf_free() releases them.
 */
#ifndef WIRE_TEXT_H
#define WIRE_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct wire_buf {
	char	*p;		/* bytes, NUL-terminated when len < cap */
	size_t	 len;
	size_t	 cap;		/* allocated */
	size_t	 max;		/* hard cap on len; 0 means SIZE_MAX / 2 */
	int	 full;		/* set when an append hit max or malloc failed */
};

/* Empties b but keeps its memory for the next record. */
void	wire_buf_reset(struct wire_buf *b);

/* Frees b's memory; b may be reused afterwards (it is empty). */
void	wire_buf_free(struct wire_buf *b);

/*
 * Makes room for n more bytes.  Returns 0, or -1 and sets b->full when that
 * would pass b->max or memory runs out (b is left unchanged otherwise).
 */
int	wire_buf_grow(struct wire_buf *b, size_t n);

/*
 * Appends n bytes; on failure sets b->full and appends nothing.  Inline,
 * because records are written a few bytes at a time: bytes that fit in
 * the room already made are copied at once, the rest go through
 * wire_buf_grow() and its cap.
 */
inline void
wire_buf_add(struct wire_buf *b, const void *s, size_t n)
{
	size_t len = b->len;
	char *p;

	if ((n >= b->cap - len || (b->max != 0 && len + n > b->max)) &&
	    wire_buf_grow(b, n) == -1)
		return;
	/* in locals: the bytes stored might alias b for all C knows */
	p = b->p;
	if (n > 0)
		memcpy(p + len, s, n);
	p[len + n] = '\0';
	b->len = len + n;
}

/* Appends a NUL-terminated string. */
void	wire_buf_puts(struct wire_buf *b, const char *s);

/* Appends one byte; inline like wire_buf_add(). */
inline void
wire_buf_putc(struct wire_buf *b, int c)
{
	size_t len = b->len;
	char *p;

	if (!(len + 1 < b->cap && (b->max == 0 || len < b->max)) &&
	    wire_buf_grow(b, 1) == -1)
		return;
	p = b->p;
	p[len] = (char)c;
	p[len + 1] = '\0';
	b->len = len + 1;
}

/*
 * Eight bytes tested at once, as a uint64_t loaded with memcpy(): 0x01 and
 * 0x80 in every byte.
 */
#define WIRE_ONES8	UINT64_C(0x0101010101010101)
#define WIRE_HIGHS8	UINT64_C(0x8080808080808080)

/*
 * The bytes of w between lo and hi (ASCII, lo <= hi < 0x80), as their top
 * bits: a byte is one when, without its top bit, it lies between lo and hi
 * and its top bit was clear.
 */
static inline uint64_t
wire_bytes_in8(uint64_t w, unsigned char lo, unsigned char hi)
{
	uint64_t t = w & WIRE_ONES8 * 0x7f;

	return (t + WIRE_ONES8 * (0x80 - lo)) &
	    ~(t + WIRE_ONES8 * (0x80 - hi - 1)) & ~w & WIRE_HIGHS8;
}

/*
 * The ASCII character whose full-width form (U+FF01 to U+FF5E, as Chinese
 * and Japanese write "２０２４年") starts the n bytes at s, or 0.
 */
static inline int
wire_fullwidth_ascii(const unsigned char *s, size_t n)
{
	if (n < 3 || s[0] != 0xEF)
		return 0;
	if (s[1] == 0xBC && s[2] >= 0x81 && s[2] <= 0xBF)
		return s[2] - 0x60;
	if (s[1] == 0xBD && s[2] >= 0x80 && s[2] <= 0x9E)
		return s[2] - 0x20;
	return 0;
}

/*
 * Whether the two bytes at s (both readable) are a capital of Latin-1 in
 * UTF-8, "À" to "Þ" but "×": its small letter has the same first byte and
 * 0x20 more in the second ("Ä", "ä").
 */
static inline int
wire_latin1_capital(const unsigned char *s)
{
	return s[0] == 0xC3 && s[1] >= 0x80 && s[1] <= 0x9E && s[1] != 0x97;
}

/*
 * Writes u in decimal digits so that they end just before end (at most
 * 20 bytes, no NUL); returns where they start.
 */
char	*wire_fmt_digits(char *end, unsigned long long u);

/* Appends v to b in decimal, with a '-' when negative. */
void	wire_buf_int(struct wire_buf *b, long long v);

/*
 * Decodes the UTF-8 sequence at s (n bytes available).  Returns its length
 * (1 to 4) and stores the code point in *cp, or returns 0 for an invalid,
 * overlong, surrogate or truncated sequence.
 */
size_t	wire_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Writes cp as UTF-8 into out (4 bytes room); returns the length (1-4). */
size_t	wire_utf8_encode(uint32_t cp, char *out);

/*
 * Returns the offset of the first invalid byte of s (n bytes), or n when
 * all of s is valid UTF-8.
 */
size_t	wire_utf8_check(const char *s, size_t n);

/* Number of code points in n bytes of valid UTF-8. */
size_t	wire_utf8_count(const char *s, size_t n);

#endif
