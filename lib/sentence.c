/*
 * sentence.c: rule-based sentence boundaries for news text.
 *
 * One pass over the bytes.  Only a few byte values can start a decision
 * ('.', '?', '!', newline, '<', '"' and the lead bytes of U+201C and of
 * the non-ASCII stops U+2026, U+3002, U+FF01, U+FF1F, U+FF61, U+203C,
 * U+2047-2049), so the common byte costs one table lookup.  At a run of
 * stops the splitter looks at the word before it (a hash lookup in the
 * abbreviation table loaded from data/abbrev.txt) and at the first letter
 * after it, and decides.  Every look back or ahead is bounded or covers
 * bytes the main loop then skips, and the search for a closing quote stops
 * at the next quote mark, so the time is linear in the input.
 *
 * Decisions made here (see data/abbrev.txt for the word classes):
 *  - A line holding only white space ends the paragraph; runs of blank
 *    lines are one break.  para is the index of the paragraph among the
 *    paragraphs that yield a sentence, so it has no gaps.
 *  - A single newline inside a paragraph is a space, except after a line
 *    that does not end in a stop, a comma or a semicolon when the next
 *    line does not start with a lowercase letter: that line (a headline,
 *    dateline, byline or list item) is a sentence of its own.
 *  - A stop is a boundary only when white space or the end follows it,
 *    after any closing quotes and brackets (which stay with the sentence).
 *    The ideographic stops (U+3002 and the full-width ones) need no space;
 *    a closing quote followed directly by a letter continues the sentence
 *    (Korean "...했다."고 말했다).
 *  - "?" and "!" end a sentence unless a lowercase letter follows.
 *    Ellipses ("..", "...", U+2026) end one only before an uppercase letter.
 *  - "." after an ordinary word ends a sentence unless a lowercase letter
 *    follows.  After a TITLE or MID abbreviation it never does; after NUM
 *    and MONTH ones not before a digit; after END abbreviations, X.Y.-shaped
 *    tokens and months before a word, only before a START word, a quote or
 *    a new line.  Single capitals (initials), list numbers at the start
 *    of a sentence and a day's number before a DAYMONTH word ("am 12.
 *    November") never end one.
 *  - A quotation opened right after a SAY word (a verb of saying or
 *    "that") and closed within QUOTEMAX bytes in the paragraph is reported
 *    speech inside the sentence: its inner stops are no boundaries, nor is
 *    its last one before a lowercase word.  So is a quotation whose
 *    closing quote is followed by a dash and a capitalised name (the
 *    attribution " - Jane Roe"), and the stop before that attribution.
 *  - A line that starts with a weekday dateline ("Thursday, May 7, 2015")
 *    and runs on with a capitalised word has the dateline as a sentence.
 *  - Inline markup tags (<img ... alt="...">) on one line are opaque.
 *  - Invalid UTF-8 bytes and NUL are ordinary non-letter characters.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "wire/sentence.h"
#include "wire/text.h"

enum {
	AB_TITLE = 1 << 0,
	AB_MID = 1 << 1,
	AB_NUM = 1 << 2,
	AB_MONTH = 1 << 3,
	AB_END = 1 << 4,
	AB_START = 1 << 5,
	AB_CREDIT = 1 << 6,
	AB_SAY = 1 << 7,
	AB_DATE = 1 << 8,
	AB_DAYMON = 1 << 9
};

/* The classes that judge a dot after the word. */
#define AB_DOT	(AB_TITLE | AB_MID | AB_NUM | AB_MONTH | AB_END)

#define KEYMAX		63	/* longest entry, and longest token looked up */
#define TAGMAX		16384	/* longest inline markup tag treated as opaque */
#define LINKMAX		1024	/* longest e-mail address or URL */
#define SKIPOPEN	4	/* opening quotes/brackets skipped before a word */
#define QUOTEMAX	400	/* longest quotation kept inside a sentence */

static const struct {
	const char	*name;
	unsigned	 bit;
} classes[] = {
	{ "TITLE", AB_TITLE },
	{ "MID", AB_MID },
	{ "NUM", AB_NUM },
	{ "MONTH", AB_MONTH },
	{ "END", AB_END },
	{ "START", AB_START },
	{ "CREDIT", AB_CREDIT },
	{ "SAY", AB_SAY },
	{ "DATE", AB_DATE },
	{ "DAYMONTH", AB_DAYMON },
};

struct slot {
	uint32_t	hash;
	uint32_t	off;	/* into keys; UINT32_MAX when the slot is empty */
	uint8_t		len;
	uint16_t	cls;
};

struct wire_splitter {
	struct slot	*slots;
	size_t		 nslots;	/* a power of two */
	size_t		 nused;
	char		*keys;
	size_t		 keylen;
	size_t		 keycap;
};

/* What follows a stop, by its first letter. */
enum next {
	NX_END,		/* end of the paragraph or text */
	NX_UPPER,
	NX_LOWER,
	NX_DIGIT,
	NX_LETTER,	/* a caseless letter: Hangul, kana, ideographs */
	NX_OTHER
};

struct after {
	enum next	 kind;
	int		 newline;	/* a line break lies between */
	int		 quote;		/* an opening quote comes first */
	int		 stop;		/* another stop comes first (". . .") */
	size_t		 wlen;		/* the next word, lowercased ASCII */
	char		 word[32];
};

struct ctx {
	const struct wire_splitter	*sp;
	const char			*t;
	size_t				 n;
	struct wire_sent		**out;
	size_t				*cap;
	size_t				 cnt;
	size_t				 para;
	int				 paraused;
	int				 oom;
	size_t				 gtpos;	/* next '>' at or after gtfrom */
	size_t				 gtfrom;
	size_t				 nlpos;	/* next '\n' at or after nlfrom */
	size_t				 nlfrom;
	size_t				 tokfrom;	/* cached token for links */
	size_t				 tokend;
	size_t				 tokdot;	/* its last '.' */
	size_t				 qend;	/* closing quote of a run-in
						   quotation, 0 when none */
};

/* Bytes that may start a decision; everything else is skipped. */
static const unsigned char special[256] = {
	['\n'] = 1, ['.'] = 1, ['?'] = 1, ['!'] = 1, ['<'] = 1, [':'] = 1, ['@'] = 1,
	[';'] = 1, ['"'] = 1,
	[0xe2] = 1, [0xe3] = 1, [0xef] = 1,
};

static uint32_t
hashkey(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static int
grow_table(struct wire_splitter *sp)
{
	struct slot *ns;
	size_t nn, i, j;

	nn = sp->nslots ? sp->nslots * 2 : 256;
	if ((ns = calloc(nn, sizeof(*ns))) == NULL)
		return -1;
	for (i = 0; i < nn; i++)
		ns[i].off = UINT32_MAX;
	for (i = 0; i < sp->nslots; i++) {
		if (sp->slots[i].off == UINT32_MAX)
			continue;
		j = sp->slots[i].hash & (nn - 1);
		while (ns[j].off != UINT32_MAX)
			j = (j + 1) & (nn - 1);
		ns[j] = sp->slots[i];
	}
	free(sp->slots);
	sp->slots = ns;
	sp->nslots = nn;
	return 0;
}

/* key is lowercase already; returns the class bits, 0 when absent. */
static unsigned
lookup(const struct wire_splitter *sp, const char *key, size_t len)
{
	uint32_t h;
	size_t j;

	if (sp->nslots == 0 || len == 0 || len > KEYMAX)
		return 0;
	h = hashkey(key, len);
	j = h & (sp->nslots - 1);
	while (sp->slots[j].off != UINT32_MAX) {
		if (sp->slots[j].hash == h && sp->slots[j].len == len &&
		    memcmp(sp->keys + sp->slots[j].off, key, len) == 0)
			return sp->slots[j].cls;
		j = (j + 1) & (sp->nslots - 1);
	}
	return 0;
}

static int
insert(struct wire_splitter *sp, const char *key, size_t len, unsigned cls)
{
	uint32_t h;
	size_t j;
	char *nk;

	if ((sp->nused + 1) * 2 > sp->nslots && grow_table(sp) == -1)
		return -1;
	h = hashkey(key, len);
	j = h & (sp->nslots - 1);
	while (sp->slots[j].off != UINT32_MAX) {
		if (sp->slots[j].hash == h && sp->slots[j].len == len &&
		    memcmp(sp->keys + sp->slots[j].off, key, len) == 0) {
			sp->slots[j].cls |= cls;
			return 0;
		}
		j = (j + 1) & (sp->nslots - 1);
	}
	if (sp->keylen + len > sp->keycap) {
		size_t nc = sp->keycap ? sp->keycap * 2 : 4096;

		while (nc < sp->keylen + len)
			nc *= 2;
		if (nc >= UINT32_MAX || (nk = realloc(sp->keys, nc)) == NULL)
			return -1;
		sp->keys = nk;
		sp->keycap = nc;
	}
	memcpy(sp->keys + sp->keylen, key, len);
	sp->slots[j].hash = h;
	sp->slots[j].off = (uint32_t)sp->keylen;
	sp->slots[j].len = (uint8_t)len;
	sp->slots[j].cls = (uint16_t)cls;
	sp->keylen += len;
	sp->nused++;
	return 0;
}

static int
is_hspace(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Parses one line of the data format; returns 0, or -1 with err set. */
static int
parse_line(struct wire_splitter *sp, const char *p, const char *e,
    size_t lineno, char *err, size_t errlen)
{
	const char *w;
	char key[KEYMAX + 1];
	unsigned cls = 0;
	size_t i, len, nent = 0;

	while (p < e && is_hspace((unsigned char)*p))
		p++;
	if (p == e || *p == '#')
		return 0;
	for (w = p; p < e && !is_hspace((unsigned char)*p); p++)
		;
	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strlen(classes[i].name) == (size_t)(p - w) &&
		    memcmp(classes[i].name, w, p - w) == 0)
			cls = classes[i].bit;
	if (cls == 0) {
		snprintf(err, errlen, "line %zu: unknown class \"%.*s\"", lineno,
		    (int)(p - w > 40 ? 40 : p - w), w);
		return -1;
	}
	for (;;) {
		while (p < e && is_hspace((unsigned char)*p))
			p++;
		if (p == e)
			break;
		for (w = p; p < e && !is_hspace((unsigned char)*p); p++)
			;
		len = p - w;
		if (len > 1 && w[len - 1] == '.')
			len--;
		if (len > KEYMAX || (len == 1 && w[0] == '.')) {
			snprintf(err, errlen, "line %zu: bad entry \"%.*s\"", lineno,
			    (int)(len > 40 ? 40 : len), w);
			return -1;
		}
		for (i = 0; i < len; i++)
			key[i] = (char)tolower((unsigned char)w[i]);
		if (insert(sp, key, len, cls) == -1) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		nent++;
	}
	if (nent == 0) {
		snprintf(err, errlen, "line %zu: class without entries", lineno);
		return -1;
	}
	return 0;
}

/*
 * Builds a splitter from len bytes of data/abbrev.txt format at data.
 * Returns a new splitter (free with wire_splitter_free()), or NULL with a
 * message in err when a line is bad or memory runs out.  data is copied.
 */
struct wire_splitter *
wire_splitter_new(const char *data, size_t len, char *err, size_t errlen)
{
	struct wire_splitter *sp;
	const char *p, *e, *nl;
	size_t lineno = 0;

	if ((sp = calloc(1, sizeof(*sp))) == NULL || grow_table(sp) == -1) {
		free(sp);
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	for (p = data, e = data + len; p < e; p = nl + 1) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		lineno++;
		if (parse_line(sp, p, nl, lineno, err, errlen) == -1) {
			wire_splitter_free(sp);
			return NULL;
		}
		if (nl == e)
			break;
	}
	return sp;
}

/*
 * Reads the abbreviation file at path and builds a splitter from it.
 * Returns the splitter (free with wire_splitter_free()), or NULL with a
 * message naming the file in err.
 */
struct wire_splitter *
wire_splitter_load(const char *path, char *err, size_t errlen)
{
	struct wire_splitter *sp;
	FILE *fp;
	char *buf = NULL, *nb;
	size_t len = 0, cap = 0, r;
	char msg[256];

	if ((fp = fopen(path, "rb")) == NULL) {
		snprintf(err, errlen, "%s: cannot open", path);
		return NULL;
	}
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16384;
			if (cap > (64u << 20) || (nb = realloc(buf, cap)) == NULL) {
				snprintf(err, errlen, "%s: too big or out of memory",
				    path);
				free(buf);
				fclose(fp);
				return NULL;
			}
			buf = nb;
		}
		r = fread(buf + len, 1, cap - len, fp);
		len += r;
		if (r == 0)
			break;
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s: read error", path);
		free(buf);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	sp = wire_splitter_new(buf, len, msg, sizeof(msg));
	if (sp == NULL)
		snprintf(err, errlen, "%s: %s", path, msg);
	free(buf);
	return sp;
}

/*
 * Frees sp and its table; NULL is a no-op.
 */
void
wire_splitter_free(struct wire_splitter *sp)
{
	if (sp == NULL)
		return;
	free(sp->slots);
	free(sp->keys);
	free(sp);
}

/* Length of the white space character at t[i], or 0. */
static size_t
wsfwd(const char *t, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)t + i;
	size_t m = n - i;

	if (u[0] == ' ' || (u[0] >= '\t' && u[0] <= '\r'))
		return 1;
	if (u[0] < 0x80)
		return 0;
	if (u[0] == 0xc2 && m >= 2 && (u[1] == 0xa0 || u[1] == 0x85))
		return 2;
	if (m < 3)
		return 0;
	if (u[0] == 0xe2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8a) ||
	    u[2] == 0xa8 || u[2] == 0xa9 || u[2] == 0xaf))
		return 3;
	if ((u[0] == 0xe2 && u[1] == 0x81 && u[2] == 0x9f) ||
	    (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80))
		return 3;
	return 0;
}

/* Length of the white space character ending at t[i] (not before lo), or 0. */
static size_t
wsback(const char *t, size_t lo, size_t i)
{
	const unsigned char *u = (const unsigned char *)t;

	if (i <= lo)
		return 0;
	if (u[i - 1] < 0x80)
		return wsfwd(t, i - 1, i);
	if (i - lo >= 2 && u[i - 2] == 0xc2)
		return wsfwd(t, i - 2, i) == 2 ? 2 : 0;
	if (i - lo >= 3)
		return wsfwd(t, i - 3, i) == 3 ? 3 : 0;
	return 0;
}

/* Decodes the character at t[i]; invalid bytes are one U+FFFD each. */
static size_t
decode(const char *t, size_t i, size_t n, uint32_t *cp)
{
	size_t l;

	if ((unsigned char)t[i] < 0x80) {
		*cp = (unsigned char)t[i];
		return 1;
	}
	if ((l = wire_utf8_decode(t + i, n - i, cp)) == 0) {
		*cp = 0xfffd;
		l = 1;
	}
	return l;
}

static int
is_stop(uint32_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 ||
	    c == 0xff01 || c == 0xff1f || c == 0xff61 || c == 0x203c ||
	    (c >= 0x2047 && c <= 0x2049);
}

static int
is_closer(uint32_t c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' ||
	    c == 0x201d || c == 0x2019 || c == 0xbb || c == 0x300d ||
	    c == 0x300f || c == 0x300b || c == 0x3009 || c == 0xff09 ||
	    c == 0xff3d || c == 0x203a;
}

static int
is_opener(uint32_t c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' ||
	    c == 0x201c || c == 0x2018 || c == 0xab || c == 0x300c ||
	    c == 0x300e || c == 0x300a || c == 0x3008 || c == 0xff08 ||
	    c == 0xbf || c == 0xa1 || c == 0x2039 || c == 0x201e;
}

static int
is_quote(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x201c || c == 0x2018 ||
	    c == 0xab || c == 0x300c || c == 0x300e || c == 0x201e;
}

static enum next
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c >= 'A' && c <= 'Z')
			return NX_UPPER;
		if (c >= 'a' && c <= 'z')
			return NX_LOWER;
		if (c >= '0' && c <= '9')
			return NX_DIGIT;
		return NX_OTHER;
	}
	switch (utf8proc_category((utf8proc_int32_t)c)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return NX_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return NX_LOWER;
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_LM:
		return NX_LETTER;
	case UTF8PROC_CATEGORY_ND:
		return NX_DIGIT;
	default:
		return NX_OTHER;
	}
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
 * Looks past the white space at t[k] (within the paragraph: a blank line
 * counts as the end) and any opening quotes, and describes what comes.
 */
static void
look_ahead(const char *t, size_t k, size_t n, struct after *a)
{
	uint32_t c;
	size_t w, l, nls = 0, i;

	a->newline = a->quote = a->stop = 0;
	a->wlen = 0;
	while (k < n && (w = wsfwd(t, k, n)) > 0) {
		if (t[k] == '\n' && ++nls >= 2)
			break;
		k += w;
	}
	a->newline = nls > 0;
	if (k >= n || nls >= 2) {
		a->kind = NX_END;
		return;
	}
	decode(t, k, n, &c);
	a->stop = c == '.' || c == 0x2026;
	for (i = 0; i < SKIPOPEN && k < n; i++) {
		l = decode(t, k, n, &c);
		if (!is_opener(c))
			break;
		if (i == 0 && is_quote(c))
			a->quote = 1;
		k += l;
	}
	if (k >= n) {
		a->kind = NX_OTHER;
		return;
	}
	decode(t, k, n, &c);
	a->kind = classify(c);
	if (a->kind != NX_UPPER)
		return;
	for (;;) {
		if (k < n && a->wlen < sizeof(a->word) && is_alpha(t[k]))
			a->word[a->wlen++] = (char)tolower((unsigned char)t[k++]);
		else if (k + 1 < n && a->wlen + 1 < sizeof(a->word) &&
		    (unsigned char)t[k] == 0xC3 &&
		    ((unsigned char)t[k + 1] & 0xC0) == 0x80) {
			/* a letter of Latin-1 ("März"), lowered */
			a->word[a->wlen++] = t[k];
			a->word[a->wlen++] = (char)((unsigned char)t[k + 1] +
			    (wire_latin1_capital((const unsigned char *)t +
			    k) ? 0x20 : 0));
			k += 2;
		} else
			break;
	}
	if (a->wlen == sizeof(a->word) || (k < n && (is_alpha(t[k]) ||
	    (unsigned char)t[k] == 0xC3)))
		a->wlen = 0;
}

/* Is t[a..e) shaped like U.S or Ph.D: letter groups of 1-3 joined by dots? */
static int
dotted(const char *t, size_t a, size_t e)
{
	size_t i, seg = 0, ndot = 0;
	int one = 0;

	for (i = a; i < e; i++) {
		if (t[i] == '.') {
			if (seg == 0 || seg > 3)
				return 0;
			one |= seg == 1;
			seg = 0;
			ndot++;
		} else if (is_alpha(t[i]))
			seg++;
		else
			return 0;
	}
	if (seg == 0 || seg > 3)
		return 0;
	one |= seg == 1;
	return ndot > 0 && one;
}

/*
 * Is t[a..e) an ordinary word: letters (any script), apostrophes and inner
 * hyphens, with a lowercase letter somewhere?  Such a word is no
 * abbreviation, so a following lowercase word starts a new sentence
 * (informal text drops capitals).
 */
static int
plain(const char *t, size_t a, size_t e)
{
	uint32_t c;
	size_t l;
	int lower = 0;
	enum next k;

	for (; a < e; a += l) {
		l = decode(t, a, e, &c);
		if (c == '\'' || c == 0x2019 || c == '-')
			continue;
		k = classify(c);
		if (k == NX_LOWER)
			lower = 1;
		else if (k != NX_UPPER && k != NX_LETTER)
			return 0;
	}
	return lower;
}

/*
 * Before a lowercase word, does the token t[b..e) end a sentence?  Yes for
 * a plain word of two letters or more or a number without dots ("call
 * 303-832-8160. they"), trailing closing brackets and quotes aside: such
 * tokens are no abbreviations, and informal text drops capitals.
 */
static int
informal(const char *t, size_t b, size_t e)
{
	size_t j;

	while (e > b && (t[e - 1] == ')' || t[e - 1] == '"' || t[e - 1] == '\''))
		e--;
	if (e - b >= 2 && plain(t, b, e))
		return 1;
	if (e == b || t[e - 1] < '0' || t[e - 1] > '9')
		return 0;
	for (j = b; j < e; j++)
		if (t[j] == '.' || is_alpha(t[j]))
			return 0;
	return 1;
}

/*
 * Decides a single "." at t[i] followed by white space; s is the start of
 * the current sentence.
 */
static int
decide_dot(const struct ctx *x, size_t s, size_t i, const struct after *a)
{
	const char *t = x->t;
	char key[KEYMAX + 1];
	size_t b, e, j, w;
	unsigned cls;
	uint32_t c;
	int digits;

	if (a->kind == NX_END)
		return 1;
	/* The word before: back to white space, at most KEYMAX bytes. */
	for (b = i; b > s && i - b <= KEYMAX && wsback(t, s, b) == 0; b--)
		;
	if (i - b > KEYMAX)
		return a->kind != NX_LOWER;
	/* Drop opening quotes and brackets in front of it. */
	while (b < i) {
		w = decode(t, b, i, &c);
		if (!is_opener(c))
			break;
		b += w;
	}
	e = i;
	/* A free-standing dot (tokenised text: "friendly . and") ends one. */
	if (b == e)
		return 1;
	for (j = b; j < e; j++)
		key[j - b] = (char)tolower((unsigned char)t[j]);
	cls = lookup(x->sp, key, e - b) & AB_DOT;
	if (cls & (AB_TITLE | AB_MID))
		return 0;
	if ((cls & (AB_NUM | AB_MONTH)) && a->kind == NX_DIGIT)
		return 0;
	if (a->kind == NX_LOWER)
		return cls == 0 && informal(t, b, e);
	if (e - b == 1 && t[b] >= 'A' && t[b] <= 'Z')
		return 0;
	/* A day of the month or an ordinal as German writes them: "am 12.
	 * November 2015", "im 19. Jahrhundert". */
	if (a->kind == NX_UPPER && a->wlen > 0 && e - b <= 2 &&
	    t[b] >= '1' && t[b] <= '9' && (e - b == 1 || (t[b + 1] >= '0' &&
	    t[b + 1] <= '9' && (t[b] - '0') * 10 + t[b + 1] - '0' <= 31)) &&
	    (lookup(x->sp, a->word, a->wlen) & AB_DAYMON))
		return 0;
	/* A list number or letter opening the sentence: "1. Ask first." */
	for (j = s; j < b && wsfwd(t, j, i) > 0; j++)
		;
	if (j == b && e - b <= 3) {
		digits = 1;
		for (j = b; j < e; j++)
			digits &= t[j] >= '0' && t[j] <= '9';
		if (digits || (e - b == 1 && is_alpha(t[b])))
			return 0;
	}
	if ((cls & (AB_END | AB_MONTH)) || dotted(t, b, e)) {
		if (a->newline || a->quote)
			return 1;
		if (a->kind == NX_UPPER)
			return a->wlen > 0 &&
			    (lookup(x->sp, a->word, a->wlen) & AB_START);
		return a->kind != NX_DIGIT;
	}
	return 1;
}

/*
 * Is the stop run at t[i..k), followed directly by a letter, the end of a
 * sentence typed without a space ("quality.You'll", "talk?they")?  Only
 * between plain words, so that host names, file names, numbers and URLs
 * (which hold dots, digits or slashes) stay whole.  mode 0 is a single
 * ".", which needs a capitalised word (Xx) after it as "node.js" and
 * "ASP.NET" do not; 1 is an ellipsis, which needs a capital; 2 is "?" or
 * "!", which takes any letter.
 */
static int
glued(const struct ctx *x, size_t s, size_t i, size_t k, int mode)
{
	const char *t = x->t;
	size_t b, e, n = x->n;
	uint32_t c;
	enum next nk, nk2;

	/* Only letters can precede: stop early on anything else. */
	for (b = i; b > s && i - b <= KEYMAX && (is_alpha(t[b - 1]) ||
	    (unsigned char)t[b - 1] >= 0x80 || t[b - 1] == '\'' ||
	    t[b - 1] == '-'); b--)
		;
	if (i - b > KEYMAX || i - b < 2 || (b > s && wsback(t, s, b) == 0) ||
	    !plain(t, b, i))
		return 0;
	e = k + decode(t, k, n, &c);
	nk = classify(c);
	if (nk != NX_UPPER && (nk != NX_LOWER || mode != 2))
		return 0;
	if (e >= n)
		return 0;
	decode(t, e, n, &c);
	nk2 = classify(c);
	if (mode == 0 && nk2 != NX_LOWER)
		return 0;
	/* The next word must end like a word, not like a host or a query. */
	while (e < n && is_alpha(t[e]))
		e++;
	return e >= n || wsfwd(t, e, n) > 0 || t[e] == '\'' || t[e] == ',' ||
	    ((t[e] == '.' || t[e] == '?' || t[e] == '!') &&
	    (e + 1 >= n || wsfwd(t, e + 1, n) > 0));
}

/*
 * Length of the emoticon (":)", ";-P", ":((") standing alone at t[i], or 0.
 * One that follows a sentence belongs to it.
 */
static size_t
emoticon(const char *t, size_t i, size_t n)
{
	static const char mouths[] = ")(PpDdOo/|*][3";
	size_t e = i + 1;

	if (e >= n || (t[i] != ':' && t[i] != ';' && t[i] != '='))
		return 0;
	if (t[e] == '-' || t[e] == '\'')
		e++;
	if (e >= n || t[e] == '\0' || strchr(mouths, t[e]) == NULL)
		return 0;
	for (e++; e < n && t[e] == t[e - 1] && e - i < 8; e++)
		;
	if (e < n && wsfwd(t, e, n) == 0)
		return 0;
	return e - i;
}

/*
 * At the ':' at t[i]: is the word before it a credit label that starts a
 * caption line of its own ("Belle Image: Nick Moreau.")?  Returns the
 * start of that word, or 0.
 */
static size_t
credit(const struct ctx *x, size_t s, size_t i)
{
	const char *t = x->t;
	char key[KEYMAX + 1];
	size_t b, j;
	struct after a;

	for (b = i; b > s && i - b <= 16 && is_alpha(t[b - 1]); b--)
		;
	if (b == i || i - b > 16 || b <= s || t[b] < 'A' || t[b] > 'Z' ||
	    wsback(t, s, b) == 0)
		return 0;
	for (j = b; j < i; j++)
		key[j - b] = (char)tolower((unsigned char)t[j]);
	if (!(lookup(x->sp, key, i - b) & AB_CREDIT))
		return 0;
	if (i + 1 >= x->n || wsfwd(t, i + 1, x->n) == 0)
		return 0;
	look_ahead(t, i + 1, x->n, &a);
	return a.kind == NX_UPPER && !a.newline ? b : 0;
}

/*
 * Is t[k] white space followed on the same line by a dash and a
 * capitalised name (the " - Jane Roe" of an attributed quotation)?
 */
static int
dash_name(const char *t, size_t k, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t p;
	uint32_t c;

	if (k >= n || !is_hspace(u[k]))
		return 0;
	for (p = k; p < n && is_hspace(u[p]); p++)
		;
	if (p + 1 < n && u[p] == '-')
		p += 1 + (u[p + 1] == '-');
	else if (p + 2 < n && u[p] == 0xe2 && u[p + 1] == 0x80 &&
	    (u[p + 2] == 0x93 || u[p + 2] == 0x94))
		p += 3;
	else
		return 0;
	if (p >= n || !is_hspace(u[p]))
		return 0;
	while (p < n && is_hspace(u[p]))
		p++;
	if (p >= n)
		return 0;
	decode(t, p, n, &c);
	return classify(c) == NX_UPPER;
}

/*
 * Do the closers t[j..k) hold a closing quote followed by an attribution
 * ("... a long game." - Jane Roe)?  The attribution belongs to the
 * quotation, so the stop before it is no end.
 */
static int
attribution(const char *t, size_t j, size_t k, size_t n)
{
	size_t p, l;
	uint32_t c;
	int quoted = 0;

	for (p = j; p < k; p += l) {
		l = decode(t, p, k, &c);
		quoted |= c == '"' || c == 0x201d;
	}
	return quoted && dash_name(t, k, n);
}

/*
 * Decides the run of stops t[i..j) with closers up to k.  Returns 1 when
 * the sentence ends at k.  runin is set when the closers end a quotation
 * run into the sentence (see quote_end()): a lowercase word after it
 * carries the sentence on ("said "We won." on Monday").
 */
static int
decide(const struct ctx *x, size_t s, size_t i, size_t j, size_t k,
    int runin)
{
	const char *t = x->t;
	size_t n = x->n, p, l, ndots = 0;
	int q = 0, ell = 0, cjk = 0;
	uint32_t c;
	struct after a;

	for (p = i; p < j; p += l) {
		l = decode(t, p, j, &c);
		if (c == '.')
			ndots++;
		else if (c == 0x2026)
			ell = 1;
		else if (c == 0x3002 || c == 0xff61)
			cjk = 1;
		else {
			q = 1;
			cjk |= c >= 0xff00;
		}
	}
	if (k >= n)
		return 1;
	if (wsfwd(t, k, n) == 0) {
		decode(t, k, n, &c);
		if (cjk)
			return k == j || classify(c) == NX_OTHER;
		return k == j && glued(x, s, i, k, q ? 2 : ell || ndots > 1);
	}
	if (attribution(t, j, k, n))
		return 0;
	look_ahead(t, k, n, &a);
	if (a.kind == NX_END)
		return 1;
	if (runin && a.kind == NX_LOWER)
		return 0;
	/* Spaced dots and an ellipsis after a stop: the last one decides. */
	if (a.stop)
		return 0;
	if (q || cjk)
		return a.kind != NX_LOWER || k == j;
	/* A free-standing ellipsis marks an omission, not an end. */
	if (ell || ndots > 1)
		return a.kind == NX_UPPER && wsback(t, s, i) == 0;
	return decide_dot(x, s, i, &a);
}

static int
emit(struct ctx *x, size_t s, size_t e)
{
	struct wire_sent *ns;
	size_t w, nc;

	while (s < e && (w = wsfwd(x->t, s, e)) > 0)
		s += w;
	while (e > s && (w = wsback(x->t, s, e)) > 0)
		e -= w;
	if (s >= e)
		return 0;
	if (x->cnt == *x->cap) {
		nc = *x->cap ? *x->cap * 2 : 64;
		if (nc > SIZE_MAX / sizeof(**x->out) ||
		    (ns = realloc(*x->out, nc * sizeof(**x->out))) == NULL) {
			x->oom = 1;
			return -1;
		}
		*x->out = ns;
		*x->cap = nc;
	}
	(*x->out)[x->cnt].start = s;
	(*x->out)[x->cnt].end = e;
	(*x->out)[x->cnt].para = x->para;
	x->cnt++;
	x->paraused = 1;
	return 0;
}

/*
 * Is the '\n' at t[i] (next line starting at j) the end of the sentence
 * that started at s?
 */
static int
line_break(const struct ctx *x, size_t s, size_t i, size_t j)
{
	const char *t = x->t;
	size_t e = i, w, b;
	uint32_t c, d;

	while (e > s && (w = wsback(t, s, e)) > 0)
		e -= w;
	if (e == s)
		return 0;
	/* The last character of the line. */
	for (b = e - 1; b > s && e - b < 4 &&
	    ((unsigned char)t[b] & 0xc0) == 0x80; b--)
		;
	if (decode(t, b, e, &c) != e - b)
		c = 0xfffd;
	if (is_closer(c) && b > s) {
		/* A stop just inside a closing quote was decided already. */
		d = (unsigned char)t[b - 1];
		if (d == '.' || d == '?' || d == '!')
			return 0;
	}
	if (is_stop(c) || c == ',' || c == ';')
		return 0;
	decode(t, j, x->n, &d);
	return classify(d) != NX_LOWER;
}

/* Returns the end of the markup tag starting at t[i], or i when none. */
static size_t
tag_end(struct ctx *x, size_t i)
{
	const char *t = x->t, *p;
	size_t n = x->n;

	if (i + 1 >= n || !(is_alpha(t[i + 1]) || t[i + 1] == '/' ||
	    t[i + 1] == '!'))
		return i;
	/* Cached next '>' and '\n', so scanning stays linear. */
	if (x->gtpos < i || x->gtfrom > i) {
		p = memchr(t + i, '>', n - i);
		x->gtpos = p ? (size_t)(p - t) : n;
		x->gtfrom = i;
	}
	if (x->nlpos < i || x->nlfrom > i) {
		p = memchr(t + i, '\n', n - i);
		x->nlpos = p ? (size_t)(p - t) : n;
		x->nlfrom = i;
	}
	if (x->gtpos < n && x->gtpos < x->nlpos && x->gtpos - i <= TAGMAX)
		return x->gtpos + 1;
	return i;
}

/*
 * The '@' of an e-mail address or the ':' of "://" is at t[i]: returns the
 * end of the address or URL when it ends in a letter, digit, '/' or '>'
 * (a stop after it is judged as usual), or i when it is no link.  The end
 * of the token and its last dot are cached, so many '@' in one token cost
 * one scan.
 */
static size_t
link_token(struct ctx *x, size_t s, size_t i)
{
	const char *t = x->t;
	size_t e, n = x->n;
	unsigned char c;

	if (i == s || wsback(t, s, i) > 0 || (t[i] == ':' && !is_alpha(t[i - 1])))
		return i;
	if (i < x->tokfrom || i >= x->tokend) {
		x->tokfrom = i;
		x->tokdot = i;
		for (e = i + 1; e < n && wsfwd(t, e, n) == 0; e++)
			if (t[e] == '.')
				x->tokdot = e;
		x->tokend = e;
	}
	e = x->tokend;
	if (x->tokdot <= i || e - i >= LINKMAX)
		return i;
	c = (unsigned char)t[e - 1];
	if (!(is_alpha(c) || (c >= '0' && c <= '9') || c == '/' || c == '>'))
		return i;
	return e;
}

/*
 * A link (address, URL or bracketed address) ends at e: returns e when a
 * capitalised word or a number follows on the same line, as after the
 * address of an e-mail header or a signature; otherwise 0.
 */
static size_t
link_end(const struct ctx *x, size_t e)
{
	struct after a;

	if (e >= x->n || wsfwd(x->t, e, x->n) == 0)
		return 0;
	look_ahead(x->t, e, x->n, &a);
	return (a.kind == NX_UPPER || a.kind == NX_DIGIT) && !a.newline ? e : 0;
}

/*
 * Is the quotation opened at t[i] (l bytes: '"' or U+201C) one unit of
 * the sentence that began at s?  It is when a SAY word comes before it
 * ("the minister said "Fees will rise. Schools will close." on Monday"):
 * speech quoted after a verb of saying or "that" is reported inside the
 * sentence, stops and all, whereas a quotation after other words ("as
 * "..."", "a blog post "..."") is split as usual.  It is also when an
 * attribution follows the closing quote ("... a long game." - Jane Roe).
 * Returns the offset of the closing quote when it comes within QUOTEMAX
 * bytes and the paragraph, else 0.  The scan ends at the next quote mark
 * of the same kind, so no byte is scanned twice for one kind and the time
 * stays linear.
 */
static size_t
quote_end(const struct ctx *x, size_t s, size_t i, size_t l)
{
	const char *t = x->t;
	const unsigned char *u = (const unsigned char *)t;
	char key[KEYMAX + 1];
	size_t n = x->n, b, e, j, lim, w;
	int say = 0;

	if (i + l >= n || (i > s && wsback(t, s, i) == 0) ||
	    wsfwd(t, i + l, n) > 0)
		return 0;
	for (e = i; e > s && (w = wsback(t, s, e)) > 0; e -= w)
		;
	for (b = e; b > s && e - b <= 16 && is_alpha(t[b - 1]); b--)
		;
	if (b < e && e - b <= 16 && (b == s || wsback(t, s, b) > 0)) {
		for (j = b; j < e; j++)
			key[j - b] = (char)tolower((unsigned char)t[j]);
		say = (lookup(x->sp, key, e - b) & AB_SAY) != 0;
	}
	lim = n - i > QUOTEMAX ? i + QUOTEMAX : n;
	for (j = i + l; j < lim; j++) {
		if (u[j] == '\n') {
			for (b = j + 1; b < n && is_hspace(u[b]); b++)
				;
			if (b >= n || u[b] == '\n')
				return 0;
		} else if (l == 1 && u[j] == '"') {
			/* Another opening quote: they do not pair up. */
			if (wsback(t, i, j) > 0)
				return 0;
			return say || dash_name(t, j + 1, n) ? j : 0;
		} else if (l == 3 && u[j] == 0xe2 && j + 2 < n &&
		    u[j + 1] == 0x80 &&
		    (u[j + 2] == 0x9c || u[j + 2] == 0x9d)) {
			if (u[j + 2] == 0x9c)
				return 0;
			return say || dash_name(t, j + 3, n) ? j : 0;
		}
	}
	return 0;
}

/* Is t[a..e) white space only? */
static int
wsonly(const char *t, size_t a, size_t e)
{
	size_t w;

	while (a < e && (w = wsfwd(t, a, e)) > 0)
		a += w;
	return a >= e;
}

/*
 * Does a dateline with a weekday ("Thursday, May 7, 2015") start at t[p],
 * with a capitalised word after it on the same line ("... 2015 On
 * Tuesday, the")?  The dateline is a sentence of its own even though no
 * stop or line break ends it: returns its end, or 0.
 */
static size_t
dateline(const struct ctx *x, size_t p)
{
	const char *t = x->t;
	const unsigned char *u = (const unsigned char *)t;
	char key[KEYMAX + 1];
	size_t n = x->n, b, d, part;
	uint32_t c;

	/* Most lines fail here: a capitalised word and a comma. */
	for (b = p; p < n && p - b <= 9 && is_alpha(t[p]); p++)
		;
	if (p == b || t[b] < 'A' || t[b] > 'Z' || p >= n || u[p] != ',')
		return 0;
	p = b;
	for (part = 0; part < 4; part++) {
		if (part > 0) {
			if (part != 2 && (p >= n || u[p++] != ','))
				return 0;
			if (p >= n || !is_hspace(u[p]))
				return 0;
			while (p < n && is_hspace(u[p]))
				p++;
		}
		if (part < 2) {
			/* The weekday, then the month. */
			for (b = p; p < n && p - b <= 9 && is_alpha(t[p]); p++)
				key[p - b] = (char)tolower((unsigned char)t[p]);
			if (p == b || p - b > 9 ||
			    !(lookup(x->sp, key, p - b) & AB_DATE))
				return 0;
		} else {
			/* The day (1 or 2 digits), then the year (4). */
			for (b = p; p < n && u[p] >= '0' && u[p] <= '9'; p++)
				;
			d = p - b;
			if (part == 2 ? d < 1 || d > 2 : d != 4)
				return 0;
		}
	}
	for (b = p; p < n && is_hspace(u[p]); p++)
		;
	if (p == b || p >= n)
		return 0;
	decode(t, p, n, &c);
	return classify(c) == NX_UPPER ? b : 0;
}

/*
 * Splits len bytes of UTF-8 text into sentences (see the header comment
 * above for the rules).  *out (*cap entries, caller-owned, grown with
 * realloc) receives them; returns their number, or (size_t)-1 when memory
 * runs out.
 */
size_t
wire_split(const struct wire_splitter *sp, const char *text, size_t len,
    struct wire_sent **out, size_t *cap)
{
	struct ctx x;
	struct after a;
	const unsigned char *u = (const unsigned char *)text;
	size_t i, j, k, s, l, w;
	uint32_t c;

	memset(&x, 0, sizeof(x));
	x.sp = sp;
	x.t = text;
	x.n = len;
	x.out = out;
	x.cap = cap;
	x.gtfrom = x.nlfrom = SIZE_MAX;
	for (i = 0; i < len && (w = wsfwd(text, i, len)) > 0; i += w)
		;
	s = 0;
	if (i < len && (k = dateline(&x, i)) > 0) {
		if (emit(&x, s, k) == -1)
			return (size_t)-1;
		s = k;
	}
	i = s;
	while (i < len) {
		if (!special[u[i]]) {
			i++;
			continue;
		}
		if (u[i] == '\n') {
			for (j = i + 1; j < len && u[j] != '\n' &&
			    (w = wsfwd(text, j, len)) > 0; j += w)
				;
			if (j >= len || u[j] == '\n') {
				if (emit(&x, s, i) == -1)
					return (size_t)-1;
				if (x.paraused)
					x.para++;
				x.paraused = 0;
				while (j < len && (w = wsfwd(text, j, len)) > 0)
					j += w;
				s = i = j;
			} else {
				if (line_break(&x, s, i, j)) {
					if (emit(&x, s, i) == -1)
						return (size_t)-1;
					s = j;
				} else if (i - s <= 8 && wsonly(text, s, i))
					s = j;
				i = j;
			}
			if (s == j && (k = dateline(&x, j)) > 0) {
				if (emit(&x, s, k) == -1)
					return (size_t)-1;
				s = i = k;
			}
			continue;
		}
		if (u[i] == '<') {
			if ((k = tag_end(&x, i)) == i) {
				i++;
				continue;
			}
			/* An address in brackets ends a header line. */
			j = memchr(text + i, '@', k - i) != NULL ? link_end(&x, k) : 0;
			if (j > 0) {
				if (emit(&x, s, j) == -1)
					return (size_t)-1;
				s = j;
			}
			i = k;
			continue;
		}
		if (u[i] == '@' || (u[i] == ':' && i + 2 < len && u[i + 1] == '/' &&
		    u[i + 2] == '/')) {
			if ((k = link_token(&x, s, i)) > i) {
				if ((j = link_end(&x, k)) > 0) {
					if (emit(&x, s, j) == -1)
						return (size_t)-1;
					s = j;
				}
				i = k;
				continue;
			}
		}
		if (u[i] == ':' || u[i] == ';') {
			if ((k = emoticon(text, i, len)) > 0 &&
			    wsback(text, s, i) > 0) {
				look_ahead(text, i + k, len, &a);
				if (a.kind != NX_LOWER) {
					if (emit(&x, s, i + k) == -1)
						return (size_t)-1;
					s = i + k;
				}
				i += k;
				continue;
			}
			if (u[i] == ':' && (k = credit(&x, s, i)) > 0) {
				if (emit(&x, s, k) == -1)
					return (size_t)-1;
				s = k;
			}
			i++;
			continue;
		}
		if (u[i] == '"' || (u[i] == 0xe2 && i + 2 < len &&
		    u[i + 1] == 0x80 && u[i + 2] == 0x9c)) {
			l = u[i] == '"' ? 1 : 3;
			if ((x.qend == 0 || i > x.qend) &&
			    (k = quote_end(&x, s, i, l)) > 0)
				x.qend = k;
			i += l;
			continue;
		}
		l = decode(text, i, len, &c);
		if (!is_stop(c)) {
			i += l;
			continue;
		}
		for (j = i + l; j < len; j += l) {
			l = decode(text, j, len, &c);
			if (!is_stop(c))
				break;
		}
		for (k = j; k < len; k += l) {
			l = decode(text, k, len, &c);
			if (!is_closer(c))
				break;
		}
		/* A misturned closing quote: ".“ However" */
		if (k < len && (c == 0x201c || c == 0x2018) &&
		    (k + l >= len || wsfwd(text, k + l, len) > 0))
			k += l;
		/* Inside a quotation run into the sentence: no end yet. */
		if ((i >= x.qend || k > x.qend) &&
		    decide(&x, s, i, j, k, i < x.qend)) {
			for (j = k; j < len && (w = wsfwd(text, j, len)) > 0 &&
			    text[j] != '\n'; j += w)
				;
			if (j > k && j < len && (l = emoticon(text, j, len)) > 0)
				k = j + l;
			if (emit(&x, s, k) == -1)
				return (size_t)-1;
			s = k;
		}
		i = k;
	}
	if (emit(&x, s, len) == -1)
		return (size_t)-1;
	return x.cnt;
}
