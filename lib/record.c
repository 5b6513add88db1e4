/*
 * record.c: the JSON-lines reader and writer every stage uses.
 *
 * Records are validated completely but decoded lazily: a stage that adds
 * one field to a 2 MB page copies the page's fields as raw bytes instead of
 * building and re-printing a tree, which is what keeps fields untouched and
 * in order and makes the reader several times faster than a DOM parser
 * (bench/record.sh measures it against jansson).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wire/record.h"

#if defined(__GNUC__) && defined(__SSE2__)
#include <emmintrin.h>
#define STR16	1	/* strings searched sixteen bytes at a time */
#endif

#define READ_CHUNK	(256 * 1024)

/* Byte classes inside a JSON string. */
enum { C_PLAIN, C_QUOTE, C_BSLASH, C_CTRL, C_HIGH };

/* 0 plain, 1 quote, 2 backslash, 3 control, 4 non-ASCII (enum above). */
static const unsigned char strclass[256] = {
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

struct scan {
	const unsigned char	*s;
	size_t			 i;
	size_t			 n;
	const char		*err;
	size_t			 errat;
};

static int	scan_value(struct scan *, int, enum wire_type *, int *);

static int
fail(struct scan *p, const char *err)
{
	if (p->err == NULL) {
		p->err = err;
		p->errat = p->i;
	}
	return -1;
}

static inline void
skip_ws(struct scan *p)
{
	/* records written by programs have no blanks: one test says so */
	while (p->i < p->n && p->s[p->i] <= ' ' && (p->s[p->i] == ' ' ||
	    p->s[p->i] == '\t' || p->s[p->i] == '\r' || p->s[p->i] == '\n'))
		p->i++;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Reads 4 hex digits at s (4 bytes available); -1 when not hex. */
static long
hex4(const unsigned char *s)
{
	long v = 0;
	int k, d;

	for (k = 0; k < 4; k++) {
		if ((d = hexval(s[k])) < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/*
 * The bytes of w that are a quote, a backslash, a control character or
 * non-ASCII, as their top bits; 0 in the common case, tested a word at a
 * time.  Bits above the lowest one set may be spurious (borrows).
 */
static uint64_t
special8(uint64_t w)
{
	uint64_t q = w ^ (WIRE_ONES8 * '"'), b = w ^ (WIRE_ONES8 * '\\');

	return (w | ((w - WIRE_ONES8 * 0x20) & ~w) | ((q - WIRE_ONES8) & ~q) |
	    ((b - WIRE_ONES8) & ~b)) & WIRE_HIGHS8;
}

/*
 * Length of the well-formed UTF-8 sequence of 2 or 3 bytes at s (n bytes
 * available, s[0] >= 0x80), or 0 to leave it to wire_utf8_decode(): the
 * same rules, without a call for each character of a page in Greek.
 */
static size_t
utf8_short(const unsigned char *s, size_t n)
{
	if (s[0] >= 0xc2 && s[0] < 0xe0 && n >= 2 && (s[1] & 0xc0) == 0x80)
		return 2;
	if (s[0] >= 0xe0 && s[0] < 0xf0 && n >= 3 && (s[1] & 0xc0) == 0x80 &&
	    (s[2] & 0xc0) == 0x80 && (s[0] != 0xe0 || s[1] >= 0xa0) &&
	    (s[0] != 0xed || s[1] < 0xa0))
		return 3;
	return 0;
}

#ifdef STR16
/*
 * The bytes among the 16 at s that are a quote, a backslash, a control
 * character or non-ASCII, as the bits of a mask (byte k is bit k): a
 * signed compare with 0x20 takes the last two at once.
 */
static inline unsigned int
special16(const unsigned char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);

	return (unsigned int)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
	    _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
	    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20))));
}
#endif

/*
 * At a '"': validates the string, leaves p->i after the closing quote.
 * The position is kept in a local while the bytes are read: stored in *p
 * at each step, it would be written back to memory at every word, since
 * the bytes read might alias it for all the compiler knows.  The text of
 * a record is its longest string: it is searched sixteen bytes at a time
 * where the processor has the instructions for it.
 */
static int
scan_string(struct scan *p, int *esc)
{
	const unsigned char *s = p->s;
	size_t n = p->n, i = p->i + 1, k;
	uint32_t cp;
	uint64_t w;
	long u, lo;
#ifdef STR16
	unsigned int m;
#endif

	*esc = 0;
	for (;;) {
		for (;;) {
#ifdef STR16
			if (i + 16 <= n) {
				if ((m = special16(s + i)) != 0) {
					i += (size_t)__builtin_ctz(m);
					break;
				}
				i += 16;
				continue;
			}
#endif
			if (i + 8 > n) {
				while (i < n && strclass[s[i]] == C_PLAIN)
					i++;
				break;
			}
			memcpy(&w, s + i, 8);
			if ((w = special8(w)) != 0) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				/* The first special byte is the lowest bit set. */
				i += (size_t)__builtin_ctzll(w) / 8;
#else
				while (strclass[s[i]] == C_PLAIN)
					i++;
#endif
				break;
			}
			i += 8;
		}
		if (i >= n) {
			p->i = i;
			return fail(p, "unterminated string");
		}
		switch (strclass[s[i]]) {
		case C_QUOTE:
			p->i = i + 1;
			return 0;
		case C_CTRL:
			p->i = i;
			return fail(p, s[i] == 0 ? "NUL byte in string" :
			    "control character in string");
		case C_HIGH:
			if ((k = utf8_short(s + i, n - i)) == 0)
				k = wire_utf8_decode((const char *)s + i, n - i,
				    &cp);
			if (k == 0) {
				p->i = i;
				return fail(p, "invalid UTF-8");
			}
			i += k;
			break;
		default:
			*esc = 1;
			p->i = i;
			if (i + 1 >= n)
				return fail(p, "unterminated string");
			switch (s[i + 1]) {
			case '"': case '\\': case '/': case 'b':
			case 'f': case 'n': case 'r': case 't':
				i += 2;
				break;
			case 'u':
				if (i + 6 > n || (u = hex4(s + i + 2)) < 0)
					return fail(p, "bad \\u escape");
				if (u >= 0xdc00 && u <= 0xdfff)
					return fail(p, "lone surrogate in \\u escape");
				if (u >= 0xd800 && u <= 0xdbff) {
					if (i + 12 > n || s[i + 6] != '\\' ||
					    s[i + 7] != 'u' ||
					    (lo = hex4(s + i + 8)) < 0xdc00 ||
					    lo > 0xdfff)
						return fail(p,
						    "lone surrogate in \\u escape");
					i += 6;
				}
				i += 6;
				break;
			default:
				return fail(p, "bad escape in string");
			}
		}
	}
}

/*
 * Skips a run of digits; -1 when there is none.  The runs are short and of
 * any length, so a word of eight bytes is tested at once where it can be.
 */
static int
scan_digits(struct scan *p)
{
	size_t b = p->i;
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w, other;

	while (p->i + 8 <= p->n) {
		memcpy(&w, p->s + p->i, 8);
		other = ~wire_bytes_in8(w, '0', '9') & WIRE_HIGHS8;
		if (other != 0) {
			p->i += (size_t)__builtin_ctzll(other) / 8;
			return p->i > b ? 0 : fail(p, "bad number");
		}
		p->i += 8;
	}
#endif
	while (p->i < p->n && p->s[p->i] >= '0' && p->s[p->i] <= '9')
		p->i++;
	return p->i > b ? 0 : fail(p, "bad number");
}

static int
scan_number(struct scan *p)
{
	if (p->s[p->i] == '-')
		p->i++;
	if (p->i < p->n && p->s[p->i] == '0')
		p->i++;
	else if (scan_digits(p) == -1)
		return -1;
	if (p->i < p->n && p->s[p->i] == '.') {
		p->i++;
		if (scan_digits(p) == -1)
			return -1;
	}
	if (p->i < p->n && (p->s[p->i] == 'e' || p->s[p->i] == 'E')) {
		p->i++;
		if (p->i < p->n && (p->s[p->i] == '+' || p->s[p->i] == '-'))
			p->i++;
		if (scan_digits(p) == -1)
			return -1;
	}
	return 0;
}

static int
scan_word(struct scan *p, const char *w, size_t len)
{
	if (p->n - p->i < len || memcmp(p->s + p->i, w, len) != 0)
		return fail(p, "invalid literal");
	p->i += len;
	return 0;
}

/* Validates an array or object body after its opening bracket. */
static int
scan_container(struct scan *p, int depth, int obj)
{
	int close = obj ? '}' : ']', esc;
	enum wire_type t;

	if (depth > WIRE_MAX_DEPTH)
		return fail(p, "nested too deeply");
	p->i++;
	skip_ws(p);
	if (p->i < p->n && p->s[p->i] == close) {
		p->i++;
		return 0;
	}
	for (;;) {
		if (obj) {
			if (p->i >= p->n || p->s[p->i] != '"')
				return fail(p, "expected a key");
			if (scan_string(p, &esc) == -1)
				return -1;
			skip_ws(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return fail(p, "expected ':'");
			p->i++;
			skip_ws(p);
		}
		if (scan_value(p, depth, &t, &esc) == -1)
			return -1;
		skip_ws(p);
		if (p->i >= p->n)
			return fail(p, "truncated");
		if (p->s[p->i] == close) {
			p->i++;
			return 0;
		}
		if (p->s[p->i] != ',')
			return fail(p, obj ? "expected ',' or '}'" :
			    "expected ',' or ']'");
		p->i++;
		skip_ws(p);
	}
}

/* Validates one value at p->i; its type in *t, string escapes in *esc. */
static int
scan_value(struct scan *p, int depth, enum wire_type *t, int *esc)
{
	*esc = 0;
	if (p->i >= p->n)
		return fail(p, "truncated");
	switch (p->s[p->i]) {
	case '"':
		*t = WIRE_STRING;
		return scan_string(p, esc);
	case '{':
		*t = WIRE_OBJECT;
		return scan_container(p, depth + 1, 1);
	case '[':
		*t = WIRE_ARRAY;
		return scan_container(p, depth + 1, 0);
	case 't':
		*t = WIRE_TRUE;
		return scan_word(p, "true", 4);
	case 'f':
		*t = WIRE_FALSE;
		return scan_word(p, "false", 5);
	case 'n':
		*t = WIRE_NULL;
		return scan_word(p, "null", 4);
	default:
		*t = WIRE_NUMBER;
		if (p->s[p->i] == '-' || (p->s[p->i] >= '0' && p->s[p->i] <= '9'))
			return scan_number(p);
		if (p->s[p->i] >= 0x80)
			return fail(p, "unexpected non-ASCII byte");
		return fail(p, p->s[p->i] == 0 ? "NUL byte" : "unexpected character");
	}
}

/*
 * Makes room in r for one more field, so that the parser fills it in
 * place (a whole struct copied just after its members were written is
 * slow to read back).  Returns the free slot, or NULL when out of memory.
 */
static struct wire_field *
next_field(struct wire_record *r)
{
	struct wire_field *nf;
	size_t ncap;

	if (r->n == r->cap) {
		ncap = r->cap ? r->cap * 2 : 32;
		if ((nf = realloc(r->f, ncap * sizeof(*nf))) == NULL)
			return NULL;
		r->f = nf;
		r->cap = ncap;
	}
	return &r->f[r->n];
}

/*
 * Validates line as one JSON object and records its top-level fields as
 * raw spans.  Returns 0, or -1 with the reason and byte offset in why.
 */
int
wire_record_parse(struct wire_record *r, const char *line, size_t len,
    char *why, size_t whylen)
{
	struct scan p = { (const unsigned char *)line, 0, len, NULL, 0 };
	struct wire_field *f;
	enum wire_type t;
	size_t kb;
	int esc;

	r->line = line;
	r->len = len;
	r->n = 0;
	skip_ws(&p);
	if (p.i >= len || p.s[p.i] != '{') {
		/* Tell a JSON value that is not an object from no JSON at all. */
		esc = scan_value(&p, 1, &t, &esc) == 0;
		skip_ws(&p);
		esc = esc && p.i == len;
		p.err = NULL;
		p.i = 0;
		fail(&p, esc ? "not a JSON object" : "not JSON");
		goto bad;
	}
	p.i++;
	skip_ws(&p);
	if (p.i < len && p.s[p.i] == '}') {
		p.i++;
		goto tail;
	}
	for (;;) {
		if (p.i >= len || p.s[p.i] != '"') {
			fail(&p, p.i >= len ? "truncated" : "expected a key");
			goto bad;
		}
		if ((f = next_field(r)) == NULL) {
			fail(&p, "out of memory");
			goto bad;
		}
		kb = p.i + 1;
		if (scan_string(&p, &f->kesc) == -1)
			goto bad;
		f->key = line + kb;
		f->klen = p.i - 1 - kb;
		skip_ws(&p);
		if (p.i >= len || p.s[p.i] != ':') {
			fail(&p, "expected ':'");
			goto bad;
		}
		p.i++;
		skip_ws(&p);
		kb = p.i;
		/* most values are strings: no call through scan_value() */
		if (p.i < len && p.s[p.i] == '"') {
			f->type = WIRE_STRING;
			if (scan_string(&p, &esc) == -1)
				goto bad;
		} else if (scan_value(&p, 1, &f->type, &esc) == -1)
			goto bad;
		f->vesc = esc;
		f->val = line + kb;
		f->vlen = p.i - kb;
		r->n++;
		skip_ws(&p);
		if (p.i >= len) {
			fail(&p, "truncated");
			goto bad;
		}
		if (p.s[p.i] == '}') {
			p.i++;
			break;
		}
		if (p.s[p.i] != ',') {
			fail(&p, "expected ',' or '}'");
			goto bad;
		}
		p.i++;
		skip_ws(&p);
	}
tail:
	skip_ws(&p);
	if (p.i == len)
		return 0;
	fail(&p, "text after the object");
bad:
	if (strcmp(p.err, "invalid UTF-8") == 0 ||
	    strcmp(p.err, "unexpected non-ASCII byte") == 0) {
		if (wire_utf8_check(line + p.errat, len - p.errat) == 0)
			snprintf(why, whylen, "invalid UTF-8 at byte %zu", p.errat);
		else
			snprintf(why, whylen, "invalid JSON at byte %zu: %s",
			    p.errat, p.err);
	} else if (memchr(line, '\0', len) != NULL)
		snprintf(why, whylen, "NUL byte at byte %zu",
		    (size_t)((const char *)memchr(line, '\0', len) - line));
	else
		snprintf(why, whylen, "invalid JSON at byte %zu: %s", p.errat,
		    p.err);
	r->n = 0;
	return -1;
}

/*
 * Frees the field array of r; the line belongs to the caller.
 */
void
wire_record_free(struct wire_record *r)
{
	free(r->f);
	r->f = NULL;
	r->n = r->cap = 0;
}

/*
 * Compares a raw key with escapes against the plain key k.  Decoding never
 * lengthens a key, so a heap buffer is needed only for keys longer than
 * the stack one, which real records do not have.
 */
static int
key_equal_esc(const struct wire_field *f, const char *k, size_t klen)
{
	char tmp[256];
	struct wire_buf b = { tmp, 0, sizeof(tmp), sizeof(tmp) - 1, 0 };
	int eq;

	if (f->klen >= sizeof(tmp)) {
		b.p = NULL;
		b.cap = 0;
		b.max = f->klen + 1;
	}
	eq = wire_json_unescape(f->key, f->klen, &b) == 0 && b.len == klen &&
	    memcmp(b.p, k, klen) == 0;
	if (b.p != tmp)
		free(b.p);
	return eq;
}

/*
 * Index of the last field called key, or -1.
 */
long
wire_record_index(const struct wire_record *r, const char *key)
{
	size_t klen = strlen(key), i;
	const struct wire_field *f;

	for (i = r->n; i-- > 0;) {
		f = &r->f[i];
		if (!f->kesc) {
			/* the first byte tells most keys apart without a call */
			if (f->klen == klen && (klen == 0 || f->key[0] == key[0]) &&
			    memcmp(f->key, key, klen) == 0)
				return (long)i;
		} else if (key_equal_esc(f, key, klen))
			return (long)i;
	}
	return -1;
}

/*
 * The last field called key, or NULL; points into r.
 */
const struct wire_field *
wire_record_get(const struct wire_record *r, const char *key)
{
	long i = wire_record_index(r, key);

	return i < 0 ? NULL : &r->f[i];
}

/*
 * wire_json_unescape() a piece at a time, for an out that may not have
 * room for all n bytes: what was decoded up to the cap is kept.
 */
static int
unescape_capped(const char *s, size_t n, struct wire_buf *out)
{
	size_t i = 0, run;
	uint32_t cp;
	char u8[4];
	long lo;

	while (i < n) {
		run = i;
		while (i < n && s[i] != '\\')
			i++;
		wire_buf_add(out, s + run, i - run);
		if (i >= n)
			break;
		switch (s[i + 1]) {
		case 'b': wire_buf_putc(out, '\b'); break;
		case 'f': wire_buf_putc(out, '\f'); break;
		case 'n': wire_buf_putc(out, '\n'); break;
		case 'r': wire_buf_putc(out, '\r'); break;
		case 't': wire_buf_putc(out, '\t'); break;
		case 'u':
			cp = (uint32_t)hex4((const unsigned char *)s + i + 2);
			if (cp >= 0xd800 && cp <= 0xdbff) {
				lo = hex4((const unsigned char *)s + i + 8);
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    (uint32_t)(lo - 0xdc00);
				i += 6;
			}
			wire_buf_add(out, u8, wire_utf8_encode(cp, u8));
			i += 4;
			break;
		default:
			wire_buf_putc(out, s[i + 1]);
		}
		i += 2;
	}
	return out->full ? -1 : 0;
}

/*
 * Appends the decoded form of the validated string body s (n bytes) to
 * out.  Returns 0, or -1 when out is full.  Decoding never lengthens a
 * string, so with room for n bytes made once the bytes are written
 * straight into out.
 */
int
wire_json_unescape(const char *s, size_t n, struct wire_buf *out)
{
	const char *bs, *end = s + n;
	char *o;
	uint64_t w;
	uint32_t cp;
	long lo;
	int full = out->full;

	if (wire_buf_grow(out, n) == -1) {
		out->full = full;
		return unescape_capped(s, n, out);
	}
	o = out->p + out->len;
	for (;;) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
		/*
		 * Runs between escapes are short: copied a word at a time as
		 * they are searched (out has room for n bytes, and a word past
		 * a backslash is written over), the backslash found as the
		 * lowest bit set.
		 */
		while (end - s >= 8) {
			memcpy(&w, s, 8);
			memcpy(o, &w, 8);
			w ^= WIRE_ONES8 * '\\';
			if ((w = (w - WIRE_ONES8) & ~w & WIRE_HIGHS8) != 0) {
				o += __builtin_ctzll(w) / 8;
				s += __builtin_ctzll(w) / 8;
				break;
			}
			s += 8;
			o += 8;
		}
#endif
		while (s < end && *s != '\\')
			*o++ = *s++;
		if (s == end)
			break;
		bs = s;
		switch (bs[1]) {
		case 'b': *o++ = '\b'; break;
		case 'f': *o++ = '\f'; break;
		case 'n': *o++ = '\n'; break;
		case 'r': *o++ = '\r'; break;
		case 't': *o++ = '\t'; break;
		case 'u':
			cp = (uint32_t)hex4((const unsigned char *)bs + 2);
			if (cp >= 0xd800 && cp <= 0xdbff) {
				lo = hex4((const unsigned char *)bs + 8);
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    (uint32_t)(lo - 0xdc00);
				bs += 6;
			}
			o += wire_utf8_encode(cp, o);
			bs += 4;
			break;
		default:
			*o++ = bs[1];
		}
		s = bs + 2;
	}
	out->len = (size_t)(o - out->p);
	out->p[out->len] = '\0';
	return out->full ? -1 : 0;
}

/*
 * The decoded bytes of string field f: a pointer into the line when there
 * is nothing to decode, else into scratch.  NULL when f is not a string.
 */
const char *
wire_field_str(const struct wire_field *f, struct wire_buf *scratch,
    size_t *len)
{
	if (f == NULL || f->type != WIRE_STRING)
		return NULL;
	if (!f->vesc) {
		*len = f->vlen - 2;
		return f->val + 1;
	}
	wire_buf_reset(scratch);
	if (wire_json_unescape(f->val + 1, f->vlen - 2, scratch) == -1)
		return NULL;
	*len = scratch->len;
	return scratch->p != NULL ? scratch->p : "";
}

/*
 * Reads f as an integer without fraction or exponent into *v.  Returns 0,
 * or -1 when f is missing, not such a number, or out of range.
 */
int
wire_field_int(const struct wire_field *f, long long *v)
{
	unsigned long long acc = 0, lim;
	size_t i = 0;
	int neg = 0;

	if (f == NULL || f->type != WIRE_NUMBER)
		return -1;
	if (f->val[0] == '-') {
		neg = 1;
		i++;
	}
	lim = neg ? (unsigned long long)INT64_MAX + 1 : (unsigned long long)INT64_MAX;
	for (; i < f->vlen; i++) {
		if (f->val[i] < '0' || f->val[i] > '9')
			return -1;
		if (acc > (lim - (unsigned)(f->val[i] - '0')) / 10)
			return -1;
		acc = acc * 10 + (unsigned)(f->val[i] - '0');
	}
	*v = neg ? (long long)(0 - acc) : (long long)acc;
	return 0;
}

/* Writer. */

/* Separates a value or key from the one before it at this depth. */
static void
sep(struct wire_json *w)
{
	if (w->count[w->depth])
		wire_buf_putc(w->b, ',');
	w->count[w->depth] = 1;
}

/* Before a value: arrays need a separator, object values follow a key. */
static void
before_value(struct wire_json *w)
{
	if (w->arr[w->depth])
		sep(w);
}

/*
 * Starts a record in b (reset first).
 */
void
wire_json_begin(struct wire_json *w, struct wire_buf *b)
{
	w->b = b;
	w->depth = 0;
	w->count[0] = 0;
	w->arr[0] = 0;
	wire_buf_reset(b);
	wire_buf_putc(b, '{');
}

/*
 * Starts a record in b (reset first) holding every field of r in order,
 * byte for byte as wire_json_field() copies each; more fields may follow.
 * A line with no blank between its tokens is that copy already, so it is
 * taken in one piece instead of field by field.
 */
void
wire_json_begin_fields(struct wire_json *w, struct wire_buf *b,
    const struct wire_record *r)
{
	size_t k, compact = r->n > 0 ? 1 + r->n : 2;

	for (k = 0; k < r->n; k++)
		compact += r->f[k].klen + r->f[k].vlen + 3;
	if (compact != r->len) {
		wire_json_begin(w, b);
		for (k = 0; k < r->n; k++)
			wire_json_field(w, &r->f[k]);
		return;
	}
	w->b = b;
	w->depth = 0;
	w->count[0] = r->n > 0;
	w->arr[0] = 0;
	wire_buf_reset(b);
	wire_buf_add(b, r->line, r->len - 1);
}

/*
 * Closes the record and ends its line.
 */
void
wire_json_end(struct wire_json *w)
{
	wire_buf_add(w->b, "}\n", 2);
}

/*
 * Tells whether the 8 bytes at s need no escape: none is a control, a
 * quote or a backslash.  Never says yes wrongly; may say no wrongly after
 * such a byte, which only sends the caller to its byte loop.
 */
static int
word_plain(const char *s)
{
	uint64_t w, q, b;

	memcpy(&w, s, 8);
	q = w ^ WIRE_ONES8 * '"';
	b = w ^ WIRE_ONES8 * '\\';
	return ((((w - WIRE_ONES8 * 0x20) & ~w) | ((q - WIRE_ONES8) & ~q) |
	    ((b - WIRE_ONES8) & ~b)) & WIRE_HIGHS8) == 0;
}

/* Escapes s (n bytes of valid UTF-8) as a JSON string body. */
static void
put_escaped(struct wire_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i = 0, run;
	unsigned char c;
	char e[6];

	while (i < n) {
		run = i;
		for (;;) {
			while (i + 8 <= n && word_plain(s + i))
				i += 8;
			if (i < n && strclass[(unsigned char)s[i]] != C_QUOTE &&
			    strclass[(unsigned char)s[i]] != C_BSLASH &&
			    strclass[(unsigned char)s[i]] != C_CTRL) {
				i++;
				continue;
			}
			break;
		}
		wire_buf_add(b, s + run, i - run);
		if (i >= n)
			break;
		c = (unsigned char)s[i++];
		e[0] = '\\';
		switch (c) {
		case '"': e[1] = '"'; break;
		case '\\': e[1] = '\\'; break;
		case '\n': e[1] = 'n'; break;
		case '\t': e[1] = 't'; break;
		case '\r': e[1] = 'r'; break;
		case '\b': e[1] = 'b'; break;
		case '\f': e[1] = 'f'; break;
		default:
			e[1] = 'u';
			e[2] = '0';
			e[3] = '0';
			e[4] = hex[c >> 4];
			e[5] = hex[c & 15];
			wire_buf_add(b, e, 6);
			continue;
		}
		wire_buf_add(b, e, 2);
	}
}

/*
 * Writes the key k (plain ASCII or UTF-8, escaped here) and its colon.
 */
void
wire_json_key(struct wire_json *w, const char *k)
{
	size_t n = 0;

	sep(w);
	wire_buf_putc(w->b, '"');
	/* keys are plain: copied in one piece unless a byte needs escaping */
	while (k[n] != '\0' && strclass[(unsigned char)k[n]] != C_QUOTE &&
	    strclass[(unsigned char)k[n]] != C_BSLASH &&
	    strclass[(unsigned char)k[n]] != C_CTRL)
		n++;
	if (k[n] == '\0')
		wire_buf_add(w->b, k, n);
	else
		put_escaped(w->b, k, n + strlen(k + n));
	wire_buf_add(w->b, "\":", 2);
}

/*
 * Appends s (n bytes of valid UTF-8) to b as a quoted, escaped JSON string.
 */
void
wire_json_quote(struct wire_buf *b, const char *s, size_t n)
{
	wire_buf_putc(b, '"');
	put_escaped(b, s, n);
	wire_buf_putc(b, '"');
}

/*
 * Writes a string value.
 */
void
wire_json_str(struct wire_json *w, const char *s, size_t n)
{
	before_value(w);
	wire_json_quote(w->b, s, n);
}

/*
 * Writes an integer value.
 */
void
wire_json_int(struct wire_json *w, long long v)
{
	before_value(w);
	wire_buf_int(w->b, v);
}

/*
 * Writes true or false.
 */
void
wire_json_bool(struct wire_json *w, int v)
{
	before_value(w);
	wire_buf_puts(w->b, v ? "true" : "false");
}

/*
 * Writes null.
 */
void
wire_json_null(struct wire_json *w)
{
	before_value(w);
	wire_buf_add(w->b, "null", 4);
}

/*
 * Writes s (n bytes of valid JSON) as a value.
 */
void
wire_json_raw(struct wire_json *w, const char *s, size_t n)
{
	before_value(w);
	wire_buf_add(w->b, s, n);
}

/* Opens a nested container; past WIRE_MAX_DEPTH the buffer is marked. */
static void
open_nested(struct wire_json *w, int c, int arr)
{
	before_value(w);
	wire_buf_putc(w->b, c);
	if (w->depth >= WIRE_MAX_DEPTH) {
		w->b->full = 1;
		return;
	}
	w->depth++;
	w->count[w->depth] = 0;
	w->arr[w->depth] = (unsigned char)arr;
}

/*
 * Opens a nested object as the next value.
 */
void
wire_json_obj(struct wire_json *w)
{
	open_nested(w, '{', 0);
}

/*
 * Opens a nested array as the next value.
 */
void
wire_json_arr(struct wire_json *w)
{
	open_nested(w, '[', 1);
}

/*
 * Closes the innermost open object or array.
 */
void
wire_json_close(struct wire_json *w)
{
	if (w->depth == 0) {
		w->b->full = 1;
		return;
	}
	wire_buf_putc(w->b, w->arr[w->depth] ? ']' : '}');
	w->depth--;
}

/*
 * Copies the parsed field f byte for byte into the current object.
 */
void
wire_json_field(struct wire_json *w, const struct wire_field *f)
{
	sep(w);
	wire_buf_putc(w->b, '"');
	wire_buf_add(w->b, f->key, f->klen);
	wire_buf_add(w->b, "\":", 2);
	wire_buf_add(w->b, f->val, f->vlen);
}

/* Reader. */

/*
 * Prepares r to read lines of at most max bytes from fp.
 */
void
wire_reader_init(struct wire_reader *r, FILE *fp, const char *name, size_t max)
{
	memset(r, 0, sizeof(*r));
	r->fp = fp;
	r->name = name;
	r->max = max;
	r->line.max = max;
}

/* Sends an over-long line's bytes to the spill file. */
static void
spill_bytes(FILE *spill, const char *s, size_t n)
{
	if (spill != NULL && n > 0)
		fwrite(s, 1, n, spill);
}

/* Hands out a finished line, minus a CR before its LF. */
static int
give(struct wire_reader *r, const char *s, size_t n, const char **line,
    size_t *len, FILE *spill, int islong)
{
	r->lineno++;
	if (islong) {
		spill_bytes(spill, "\n", 1);
		return WIRE_LINE_LONG;
	}
	r->cr = n > 0 && s[n - 1] == '\r';
	n -= (size_t)r->cr;
	*line = s;
	*len = n;
	return WIRE_LINE_OK;
}

/*
 * Returns the next line in *line and *len.  Over-long lines are streamed
 * to spill instead of being kept, so memory stays within max.
 */
int
wire_reader_next(struct wire_reader *r, const char **line, size_t *len,
    FILE *spill)
{
	const char *start, *nl;
	ssize_t got;
	size_t n;
	int islong = 0;

	if (r->buf == NULL) {
		if ((r->buf = malloc(READ_CHUNK)) == NULL)
			return WIRE_LINE_ERR;
		r->cap = READ_CHUNK;
	}
	wire_buf_reset(&r->line);
	r->longlen = 0;
	for (;;) {
		if (r->pos < r->end) {
			start = r->buf + r->pos;
			n = r->end - r->pos;
			nl = memchr(start, '\n', n);
			if (nl != NULL)
				n = (size_t)(nl - start);
			if (!islong && r->line.len + n > r->max) {
				islong = 1;
				spill_bytes(spill, r->line.p, r->line.len);
				r->longlen = r->line.len;
				wire_buf_reset(&r->line);
			}
			if (islong) {
				spill_bytes(spill, start, n);
				r->longlen += n;
			}
			if (nl != NULL) {
				r->pos += n + 1;
				if (islong || r->line.len == 0)
					return give(r, start, n, line, len, spill,
					    islong);
				wire_buf_add(&r->line, start, n);
				return give(r, r->line.p, r->line.len, line, len,
				    spill, 0);
			}
			if (!islong)
				wire_buf_add(&r->line, start, n);
			r->pos = r->end;
		}
		if (r->eof) {
			if (islong || r->line.len > 0)
				return give(r, r->line.p, r->line.len, line, len,
				    spill, islong);
			return WIRE_LINE_EOF;
		}
		/*
		 * read(2), not fread(): on a pipe fread waits for a whole
		 * buffer, which would hold records back from a live pipeline.
		 */
		do
			got = read(fileno(r->fp), r->buf, r->cap);
		while (got == -1 && errno == EINTR);
		if (got == -1)
			return WIRE_LINE_ERR;
		r->pos = 0;
		r->end = (size_t)got;
		if (got == 0)
			r->eof = 1;
	}
}

/*
 * Frees r's buffers; the stream itself is the caller's.
 */
void
wire_reader_free(struct wire_reader *r)
{
	free(r->buf);
	r->buf = NULL;
	wire_buf_free(&r->line);
}

/*
 * Steps through a raw JSON array that wire_record_parse() validated: *p
 * starts just inside its '[' and e is its end.  Returns 1 with the next
 * element's raw bytes in *el and *elen (pointing into the array; nothing
 * is allocated) and *p moved past it, or 0 at the closing bracket.
 */
int
wire_json_array_next(const char **p, const char *e, const char **el,
    size_t *elen)
{
	const char *s = *p;
	int depth = 0, instr = 0;

	while (s < e && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
	    *s == ','))
		s++;
	if (s >= e || *s == ']')
		return 0;
	*el = s;
	for (; s < e; s++) {
		if (instr) {
			if (*s == '\\')
				s++;
			else if (*s == '"')
				instr = 0;
			continue;
		}
		if (*s == '"')
			instr = 1;
		else if (*s == '{' || *s == '[')
			depth++;
		else if (*s == '}' || *s == ']') {
			if (depth == 0)
				break;
			depth--;
		} else if (*s == ',' && depth == 0)
			break;
	}
	*elen = (size_t)(s - *el);
	while (*elen > 0 && ((*el)[*elen - 1] == ' ' || (*el)[*elen - 1] == '\t' ||
	    (*el)[*elen - 1] == '\n' || (*el)[*elen - 1] == '\r'))
		(*elen)--;
	*p = s;
	return 1;
}
