/*
 * strip_flat.c: blocks of flat text, for pages that arrive already
 * flattened.  Paragraphs are separated by blank lines when the text has
 * any, else each line is one; the lines of a paragraph are one block
 * only when they read as wrapped at a width.  Markup left in the text (a
 * stray <img>) is removed, the address of the first picture kept as the
 * page's image.
 */
#include <string.h>
#include <strings.h>

#include "wire/strip.h"

/*
 * Keeps the src of tag t (n bytes, "<" to ">") as st->image when t is an
 * <img> with an http(s) address and the page has no image yet.
 */
static void
img_src(struct wire_strip *st, const char *t, size_t n)
{
	const char *p, *e = t + n, *q;
	char quote;

	if (st->image.len > 0 || n < 10 || strncasecmp(t, "<img", 4) != 0 ||
	    (t[4] != ' ' && t[4] != '\t' && t[4] != '\n'))
		return;
	for (p = t + 4; p + 5 < e; p++) {
		if ((p[-1] != ' ' && p[-1] != '\t' && p[-1] != '\n') ||
		    strncasecmp(p, "src=", 4) != 0)
			continue;
		quote = p[4];
		if (quote != '"' && quote != '\'')
			return;
		p += 5;
		if ((q = memchr(p, quote, (size_t)(e - p))) == NULL ||
		    (strncasecmp(p, "http://", 7) != 0 &&
		    strncasecmp(p, "https://", 8) != 0))
			return;
		wire_buf_add(&st->image, p, (size_t)(q - p));
		return;
	}
}

/* Appends line s (n bytes) to the current block without tags. */
static void
add_line(struct wire_strip *st, struct wire_strip_block *b, const char *s,
    size_t n)
{
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		if (s[i] == '<' && i + 1 < n && (s[i + 1] == '/' ||
		    (s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' &&
		    s[i + 1] <= 'Z'))) {
			const char *gt = memchr(s + i, '>', n - i);

			if (gt != NULL) {
				img_src(st, s + i, (size_t)(gt - s) + 1 - i);
				i = (size_t)(gt - s) + 1;
				continue;
			}
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			k = 1, cp = ' ';
		if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xa0) {
			if (st->btext.len > b->off && st->btext.p[st->btext.len - 1] != ' ')
				wire_buf_putc(&st->btext, ' ');
			i += k;
			continue;
		}
		wire_buf_add(&st->btext, s + i, k);
		i += k;
		b->nch++;
		if (cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' ||
		    cp == 0x3002)
			b->npunct++;
		else if (cp == ',')
			b->ncomma++;
		else if (cp >= '0' && cp <= '9')
			b->ndigit++;
	}
}

/* The most words of a picture's credit in brackets. */
#define CREDIT_WORDS	6

/*
 * Whether the n bytes at t end as a picture's caption does in flat text:
 * a sentence, then its credit in brackets, of a few words opening with a
 * capital ("... in Pyongyang. (KCNA via Reuters)", "(AP Photo/Lee Jin-
 * man)").  One word alone there ("(Yonhap)") names the agency of the
 * report, whose last paragraph it ends.
 */
static int
credit_end(const char *t, size_t n)
{
	size_t i, words = 1;
	int slash = 0;

	if (n < 8 || t[n - 1] != ')')
		return 0;
	for (i = n - 1; i > 0 && t[i - 1] != '('; i--) {
		if (t[i - 1] == ')')
			return 0;
		words += t[i - 1] == ' ';
		slash |= t[i - 1] == '/';
	}
	if (i < 4 || words > CREDIT_WORDS || (words < 2 && !slash) ||
	    !(t[i] >= 'A' && t[i] <= 'Z') || t[i - 2] != ' ' ||
	    (t[i - 3] != '.' && t[i - 3] != '"'))
		return 0;
	return 1;
}

/*
 * Whether the n bytes at t open as an item of a list written as text:
 * a dash, a bullet or an asterisk and a space ("- ", "• "), or a number
 * of one or two digits and ". " or ") ".
 */
static int
list_item(const char *t, size_t n)
{
	size_t i = 0;

	if (n >= 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ')
		return 1;
	/* the bullet U+2022, the en dash U+2013, the middle dot U+00B7 */
	if (n >= 4 && ((memcmp(t, "\xe2\x80\xa2", 3) == 0 ||
	    memcmp(t, "\xe2\x80\x93", 3) == 0) && t[3] == ' '))
		return 1;
	if (n >= 3 && memcmp(t, "\xc2\xb7", 2) == 0 && t[2] == ' ')
		return 1;
	while (i < n && i < 2 && t[i] >= '0' && t[i] <= '9')
		i++;
	return i > 0 && i + 1 < n && (t[i] == '.' || t[i] == ')') &&
	    t[i + 1] == ' ';
}

static void
close_block(struct wire_strip *st)
{
	struct wire_strip_block *b;

	if (st->nb == 0 || st->b[st->nb - 1].len != 0)
		return;
	b = &st->b[st->nb - 1];
	while (st->btext.len > b->off && st->btext.p[st->btext.len - 1] == ' ')
		st->btext.len--;
	b->len = (uint32_t)(st->btext.len - b->off);
	if (b->len == 0)
		st->nb--;
	else if (credit_end(st->btext.p + b->off, b->len))
		b->flags |= WIRE_SB_CAPTION;
	else if (list_item(st->btext.p + b->off, b->len))
		b->flags |= WIRE_SB_LIST;
}

/* The width of a wrapped line, in characters: its least and most. */
#define WRAP_MIN	40
#define WRAP_MAX	120

/*
 * Whether the lines of the paragraph opening at p (up to a blank line or
 * end) are one paragraph wrapped at a width, as plain text and mail are,
 * rather than lines each of its own, as a page flattened without blank
 * lines between its elements gives them (a menu, a byline, a date, a
 * list of teasers): every line but the last WRAP_MIN to WRAP_MAX
 * characters and within 30% of each other, the last no longer than them.
 */
static int
wrapped(const char *p, const char *end)
{
	const char *e, *q;
	size_t len, lo = (size_t)-1, hi = 0, last = 0, lines = 0;

	for (; p < end; p = e + 1) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		len = wire_utf8_count(p, (size_t)(e - p)) -
		    (e > p && e[-1] == '\r');
		for (q = p; q < e && (*q == ' ' || *q == '\t' || *q == '\r'); q++)
			;
		if (q == e)
			break;
		if (lines++ > 0) {
			lo = last < lo ? last : lo;
			hi = last > hi ? last : hi;
		}
		last = len;
	}
	return lines < 2 || (lo >= WRAP_MIN && hi <= WRAP_MAX &&
	    lo * 10 >= hi * 7 && last <= hi + 15);
}

/*
 * Cuts flat text into blocks; see wire/strip.h.
 */
void
wire_strip_flat_blocks(struct wire_strip *st, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *nl;
	struct wire_strip_block *b = NULL;
	int blanks = 0, wrap = -1;

	/* Blank lines separate paragraphs when the text has any. */
	for (nl = s; (nl = memchr(nl, '\n', (size_t)(end - nl))) != NULL; nl++) {
		const char *q = nl + 1;

		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
			q++;
		if (q < end && *q == '\n') {
			blanks = 1;
			break;
		}
	}
	st->nb = 0;
	while (p < end) {
		const char *e = memchr(p, '\n', (size_t)(end - p)), *q;
		int blank = 1;

		if (e == NULL)
			e = end;
		for (q = p; q < e; q++)
			if (*q != ' ' && *q != '\t' && *q != '\r') {
				blank = 0;
				break;
			}
		/* A line that is only a tag (an image) is dropped; not
		 * "<저작권자(c) ...>", a notice in angle brackets. */
		if (!blank && *q == '<' && e[-1 - (e[-1] == '\r')] == '>' &&
		    q + 1 < e && (q[1] == '/' || q[1] == '!' ||
		    ((q[1] | 0x20) >= 'a' && (q[1] | 0x20) <= 'z')) &&
		    memchr(q + 1, '<', (size_t)(e - q - 1)) == NULL) {
			img_src(st, q, (size_t)(e - q) - (e[-1] == '\r'));
			blank = !blanks;
		}
		if (blank || !blanks || (b != NULL && !wrap)) {
			close_block(st);
			b = NULL;
		}
		if (blank)
			wrap = -1;	/* to be read at the next line */
		else {
			if (wrap == -1 && blanks)
				wrap = wrapped(p, end);
			if (b == NULL) {
				if ((b = wire_strip_add_block(st)) == NULL)
					return;
				b->tag = WT_P;
				b->flags = WIRE_SB_MAIN;
			} else
				wire_buf_putc(&st->btext, ' ');
			add_line(st, b, p, (size_t)(e - p));
			if (!blanks) {
				close_block(st);
				b = NULL;
			}
		}
		p = e + 1;
	}
	close_block(st);
}
