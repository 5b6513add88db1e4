/*
 * strip.c: the wire-strip stage.  A page becomes blocks (from the HTML
 * tree or from flat text), each block is scored by a linear classifier
 * over its features and again over its context, neighbours revise short
 * blocks, section headings such as "Related articles" end what follows,
 * and the kept blocks are joined into the article text.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wire/charset.h"
#include "wire/strip.h"

struct walk {
	int16_t		neg, pos;
	uint16_t	flags;
	int		link;
	uint32_t	elem;	/* the block element */
	uint16_t	tag;
};

/*
 * Appends a new block; see wire/strip.h.
 */
struct wire_strip_block *
wire_strip_add_block(struct wire_strip *st)
{
	struct wire_strip_block *b;

	if (st->nb == st->capb) {
		size_t cap = st->capb ? st->capb * 2 : 256;

		if ((b = realloc(st->b, cap * sizeof(*b))) == NULL)
			return NULL;
		st->b = b;
		st->capb = cap;
	}
	b = &st->b[st->nb++];
	memset(b, 0, sizeof(*b));
	b->off = (uint32_t)st->btext.len;
	return b;
}

static int
is_block(int tag)
{
	return (tag >= WT_P && tag <= WT_FIELDSET) || tag == WT_OTHER ||
	    tag == WT_ROOT;
}

/*
 * Follows the chain of priors from c (1-based, 0 for none) at offset k of
 * lower-case value low (len bytes): a word of more than four letters
 * counts anywhere, a shorter one only as a word of its own; each prior
 * adds its sign to *w once for the value st->clsgen.
 */
static void
class_chain(struct wire_strip *st, uint32_t c, const char *low, size_t len,
    size_t k, int *w)
{
	for (; c != 0; c = st->clsnext[c - 1]) {
		const char *word = st->classes[c - 1] + 1;
		size_t wl = st->clslen[c - 1], m;

		if (st->clsseen[c - 1] == st->clsgen || wl > len - k)
			continue;
		/* Short words: a loop beats a call to memcmp(). */
		for (m = 0; m < wl && low[k + m] == word[m]; m++)
			;
		if (m < wl)
			continue;
		if (wl <= 4 && ((k > 0 && isalnum((unsigned char)low[k - 1])) ||
		    isalnum((unsigned char)low[k + wl])))
			continue;
		st->clsseen[c - 1] = st->clsgen;
		*w += st->classes[c - 1][0] == '+' ? 1 : -1;
	}
}

/*
 * Class and id evidence of element i: a sum of +1 and -1 priors, from -3
 * to 3, or 3 for the itemprop articleBody.  One pass over each value
 * looks up the priors starting at each of its pairs of letters.
 */
static int
class_weight(struct wire_strip *st, uint32_t i)
{
	static const char *const names[4] = { "class", "id", "role",
	    "itemprop" };
	const char *v[4];
	size_t k, len;
	int w = 0, j;

	if (st->doc.n[i].slen == 0)
		return 0;
	wire_html_attrs(&st->doc, i, names, v, 4);
	if (v[3] != NULL && strcasecmp(v[3], "articleBody") == 0)
		return 3;
	if (v[2] != NULL && (strcmp(v[2], "navigation") == 0 ||
	    strcmp(v[2], "banner") == 0 || strcmp(v[2], "contentinfo") == 0 ||
	    strcmp(v[2], "complementary") == 0 || strcmp(v[2], "dialog") == 0))
		w -= 2;
	for (j = 0; j < 2 && st->clshead != NULL; j++) {
		char low[256];

		if (v[j] == NULL || v[j][0] == '\0')
			continue;
		for (len = 0; v[j][len] != '\0' && len < sizeof(low) - 1; len++)
			low[len] = v[j][len] >= 'A' && v[j][len] <= 'Z' ?
			    (char)(v[j][len] + 'a' - 'A') : v[j][len];
		low[len] = '\0';
		if (++st->clsgen == 0) {
			memset(st->clsseen, 0,
			    st->nclasses * sizeof(*st->clsseen));
			st->clsgen = 1;
		}
		for (k = 0; k < len; k++) {
			uint32_t c = k + 1 >= len ? 0 :
			    st->clshead[WIRE_STRIP_CLSPAIR(low[k], low[k + 1])];

			if (c != 0)
				class_chain(st, c, low, len, k, &w);
			if (st->clsone != 0)
				class_chain(st, st->clsone, low, len, k, &w);
		}
	}
	return w < -3 ? -3 : w > 3 ? 3 : w;
}

/* Closes the current block: trims it and drops it when empty. */
static void
end_block(struct wire_strip *st)
{
	struct wire_strip_block *b;

	if (st->nb == 0)
		return;
	b = &st->b[st->nb - 1];
	if (b->len != 0)
		return;
	while (st->btext.len > b->off && st->btext.p[st->btext.len - 1] == ' ')
		st->btext.len--;
	b->len = (uint32_t)(st->btext.len - b->off);
	if (b->len == 0)
		st->nb--;
}

/* Opens a block for walk state w unless the last one is still open. */
static struct wire_strip_block *
open_block(struct wire_strip *st, const struct walk *w)
{
	struct wire_strip_block *b;

	if (st->nb > 0 && st->b[st->nb - 1].len == 0 &&
	    st->b[st->nb - 1].elem == w->elem)
		return &st->b[st->nb - 1];
	end_block(st);
	if ((b = wire_strip_add_block(st)) == NULL)
		return NULL;
	b->elem = w->elem;
	b->tag = w->tag;
	b->flags = w->flags;
	b->neg = w->neg;
	b->pos = w->pos;
	return b;
}

/* What add_text() counts of an ASCII character: 1 a sentence mark, 2 a
 * comma, 3 a digit. */
static const unsigned char ascii_kind[128] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, [':'] = 1, [','] = 2,
	['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3,
	['6'] = 3, ['7'] = 3, ['8'] = 3, ['9'] = 3
};

/* Appends text with white space collapsed, counting characters. */
static void
add_text(struct wire_strip *st, const struct walk *w, const char *s, size_t n)
{
	struct wire_strip_block *b = NULL;
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80)
			k = 1, cp = (unsigned char)s[i];
		else if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			k = 1, cp = 0xfffd;
		/* Soft hyphens and word joiners only hint at line breaks;
		 * kept, they would cut words apart for search and matching. */
		if (cp == 0xad || cp == 0x2060) {
			i += k;
			continue;
		}
		if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' ||
		    cp == 0xa0 || cp == 0x200b || cp == 0xfeff) {
			if (b != NULL || (st->nb > 0 && st->b[st->nb - 1].len == 0 &&
			    st->btext.len > st->b[st->nb - 1].off)) {
				if (st->btext.len > 0 && st->btext.p[st->btext.len - 1] != ' ')
					wire_buf_putc(&st->btext, ' ');
			}
			i += k;
			continue;
		}
		if (b == NULL && (b = open_block(st, w)) == NULL)
			return;
		if (cp != 0xfffd)
			wire_buf_add(&st->btext, s + i, k);
		i += k;
		b->nch++;
		if (w->link)
			b->nlink++;
		if (cp < 0x80) {
			if (ascii_kind[cp] == 1)
				b->npunct++;
			else if (ascii_kind[cp] == 2)
				b->ncomma++;
			else if (ascii_kind[cp] == 3)
				b->ndigit++;
		} else if (cp == 0x3002)
			b->npunct++;
		else if (cp == 0xff0c || cp == 0x3001)
			b->ncomma++;
	}
}

static void
walk(struct wire_strip *st, uint32_t i, struct walk w)
{
	const struct wire_html_node *n = &st->doc.n[i];
	uint32_t c;
	int tag = n->tag;

	if (tag == WT_TEXT) {
		add_text(st, &w, st->doc.arena.p + n->str, n->slen);
		return;
	}
	if (tag == WT_HEAD || tag == WT_TITLE || tag == WT_META || tag == WT_LINK)
		return;
	if (tag == WT_BR || tag == WT_HR) {
		end_block(st);
		return;
	}
	if (tag == WT_A)
		w.link = 1;
	st->cls[i] = (int8_t)class_weight(st, i);
	if (st->cls[i] < 0)
		w.neg = (int16_t)(w.neg - st->cls[i]);
	else
		w.pos = (int16_t)(w.pos + st->cls[i]);
	switch (tag) {
	case WT_NAV: case WT_HEADER: case WT_FOOTER: case WT_ASIDE: case WT_MENU:
		w.flags |= WIRE_SB_NAV;
		break;
	case WT_ARTICLE: case WT_MAIN:
		w.flags |= WIRE_SB_ARTICLE;
		break;
	case WT_FIGCAPTION: case WT_CAPTION: case WT_FIGURE:
		w.flags |= WIRE_SB_CAPTION;
		break;
	case WT_BLOCKQUOTE: case WT_Q:
		w.flags |= WIRE_SB_QUOTE;
		break;
	case WT_TABLE:
		w.flags |= WIRE_SB_TABLE;
		break;
	case WT_UL: case WT_OL: case WT_DL:
		w.flags |= WIRE_SB_LIST;
		break;
	case WT_H1: case WT_H2: case WT_H3: case WT_H4: case WT_H5: case WT_H6:
		w.flags |= WIRE_SB_HEADING;
		break;
	case WT_FORM:
		w.flags |= WIRE_SB_FORM;
		break;
	}
	if (st->cls[i] == 3)
		w.flags |= WIRE_SB_ARTICLE;
	if (is_block(tag) && tag != WT_ROOT) {
		end_block(st);
		w.elem = i;
		w.tag = (uint16_t)tag;
	}
	for (c = n->first; c != 0; c = st->doc.n[c].next)
		walk(st, c, w);
	if (is_block(tag))
		end_block(st);
}

/* Sums text and link characters per element, children before parents. */
static void
aggregate(struct wire_strip *st)
{
	size_t k, i;

	memset(st->tlen, 0, st->doc.nn * sizeof(*st->tlen));
	memset(st->llen, 0, st->doc.nn * sizeof(*st->llen));
	for (k = 0; k < st->nb; k++) {
		st->tlen[st->b[k].elem] += st->b[k].nch;
		st->llen[st->b[k].elem] += st->b[k].nlink;
	}
	for (i = st->doc.nn; i-- > 1;) {
		st->tlen[st->doc.n[i].parent] += st->tlen[i];
		st->llen[st->doc.n[i].parent] += st->llen[i];
	}
}

/*
 * Finds the densest content subtree as Readability does: each paragraph
 * gives its ancestors points for length and commas, candidates are
 * weighed by class priors and link density; the best one and its rich
 * siblings are marked WIRE_SB_MAIN.
 */
static void
find_main(struct wire_strip *st)
{
	size_t k, i, nn = st->doc.nn;
	uint32_t best = 0, e, p;
	float bs = 0, thr;
	unsigned char *mark;
	int lvl;

	memset(st->score, 0, nn * sizeof(*st->score));
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];
		float cs;

		if (b->nch < 25 || (b->flags & WIRE_SB_HEADING))
			continue;
		cs = 1.0f + (float)b->ncomma + (b->nch / 100.0f > 3 ? 3 :
		    b->nch / 100.0f);
		if (b->nlink * 2 > b->nch)
			continue;
		for (e = b->elem, lvl = 0; e != 0 && lvl < 5; lvl++) {
			p = lvl == 0 && (b->tag == WT_P || b->tag == WT_TD ||
			    b->tag == WT_PRE || b->tag == WT_LI) ?
			    st->doc.n[e].parent : e;
			if (p == 0)
				break;
			st->score[p] += lvl == 0 ? cs : lvl == 1 ? cs / 2 :
			    cs / (float)(lvl * 3);
			e = st->doc.n[p].parent;
		}
	}
	for (i = 1; i < nn; i++) {
		float s = st->score[i];

		if (s <= 0 || st->doc.n[i].tag == WT_TEXT)
			continue;
		s += (float)st->cls[i] * 8.0f;
		if (st->tlen[i] > 0)
			s *= 1.0f - (float)st->llen[i] / (float)st->tlen[i];
		st->score[i] = s;
		if (s > bs) {
			bs = s;
			best = (uint32_t)i;
		}
	}
	if (best == 0 || (mark = calloc(nn, 1)) == NULL)
		return;
	mark[best] = 1;
	/* An ancestor holding nearly the same text is the same content. */
	p = st->doc.n[best].parent;
	while (p != 0 && st->tlen[p] < st->tlen[best] * 1.15 + 40) {
		mark[p] = 1;
		p = st->doc.n[p].parent;
	}
	thr = bs * 0.2f > 10 ? bs * 0.2f : 10;
	if (st->doc.n[best].parent != 0)
		for (e = st->doc.n[st->doc.n[best].parent].first; e != 0;
		    e = st->doc.n[e].next) {
			if (e == best || st->doc.n[e].tag == WT_TEXT)
				continue;
			if (st->score[e] >= thr || (st->tlen[e] > 80 &&
			    st->llen[e] * 4 < st->tlen[e] &&
			    st->doc.n[e].tag == WT_P))
				mark[e] = 1;
		}
	for (i = 1; i < nn; i++)
		if (!mark[i] && mark[st->doc.n[i].parent] && st->doc.n[i].parent != 0)
			mark[i] = 1;
	for (k = 0; k < st->nb; k++)
		if (mark[st->b[k].elem])
			st->b[k].flags |= WIRE_SB_MAIN;
	free(mark);
}

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True when folded text s is in sorted list v, alone or before a colon. */
static int
in_list(char **v, size_t n, const char *s)
{
	const char *colon;
	char head[128];
	size_t hl;

	if (bsearch(&s, v, n, sizeof(char *), strpcmp) != NULL)
		return 1;
	if ((colon = strchr(s, ':')) != NULL && (hl = (size_t)(colon - s)) <
	    sizeof(head)) {
		const char *h = head;

		memcpy(head, s, hl);
		head[hl] = '\0';
		return bsearch(&h, v, n, sizeof(char *), strpcmp) != NULL;
	}
	return 0;
}

static int
has_email(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);

	return at != NULL && at > s && isalnum((unsigned char)at[-1]) &&
	    memchr(at, '.', n - (size_t)(at - s)) != NULL;
}

/*
 * True when folded text s (a short block) is a picture credit or ends
 * with one: a mark of the [credit] of st->words, or of its
 * [credit-spaced] and a space, not inside a word and with at most four
 * words after it (so a caption or a line that ends with one names a
 * picture's source).
 */
static int
is_credit(const struct wire_strip *st, const char *s)
{
	const struct wire_strip_words *l;
	const char *m, *p, *c;
	size_t j, cl;
	int words, spaced;
	uint64_t pairs[8];
	unsigned h;

	/* A mark whose first pair of bytes is missing is not looked for. */
	wire_strip_pair_bits(s, strlen(s), pairs);
	for (spaced = 0; spaced < 2; spaced++) {
		l = &st->words[spaced ? WIRE_SW_CREDITSP : WIRE_SW_CREDIT];
		for (j = 0; j < l->n; j++) {
			h = l->pair[j];
			if (h != WIRE_STRIP_NOPAIR && !WIRE_STRIP_PAIR_IN(pairs, h))
				continue;
			c = l->v[j];
			cl = l->len[j];
			for (m = strstr(s, c); m != NULL;
			    m = strstr(m + 1, c)) {
				/* A mark inside a word ("creditshelf") is
				 * none, nor "(c)2023". */
				if ((m > s && isalpha((unsigned char)m[-1])) ||
				    (spaced && m[cl] != ' '))
					continue;
				for (words = 0, p = m + cl + spaced; *p != '\0';
				    p++)
					if (*p == ' ' && p[1] != '\0' &&
					    p[1] != ' ')
						words++;
				if (words <= 4)
					return 1;
			}
		}
	}
	return 0;
}

/* The longest block whose opening is matched with boilerplate openings. */
#define PREFIX_MAX	600

/*
 * Whether the folded text s opens with one of the boilerplate openings
 * of data/strip/phrases.txt (its entries ending in '*').
 */
static int
opens_phrase(const struct wire_strip *st, const char *s)
{
	size_t j;

	for (j = 0; j < st->nprefixes; j++)
		if (strncmp(s, st->prefixes[j], strlen(st->prefixes[j])) == 0)
			return 1;
	return 0;
}

/*
 * Whether the folded text s holds one of the boilerplate marks of
 * data/strip/phrases.txt that count anywhere (its entries opening with
 * "* ").
 */
static int
holds_phrase(const struct wire_strip *st, const char *s)
{
	size_t j;

	for (j = 0; j < st->ninside; j++)
		if (strstr(s, st->inside[j]) != NULL)
			return 1;
	return 0;
}

/*
 * The length of the names opening the n bytes at s, up to the first word
 * in lower case that is neither a [particle] nor a [name-joiner] of
 * st->words ("Jane Doe and Tom Roe in Moscow": up to "in").
 */
static size_t
name_run(const struct wire_strip *st, const char *s, size_t n)
{
	size_t i, e;

	for (i = 0; i < n; i = e + 1) {
		for (e = i; e < n && s[e] != ' '; e++)
			;
		if (s[i] >= 'a' && s[i] <= 'z' &&
		    !wire_strip_word_in(st, WIRE_SW_PARTICLE, s + i, e - i) &&
		    !wire_strip_word_in(st, WIRE_SW_NAMEJOIN, s + i, e - i))
			return i > 0 ? i - 1 : 0;
	}
	return n;
}

/* The most words before the [inline-by] word of a part of a credit line
 * ("Additional reporting by"). */
#define CREDIT_LABEL	3

/*
 * Whether the n bytes at t are a line of credits, as agencies end a
 * report, "(Reporting by Jane Doe; Editing by John Roe)": parts apart by
 * ";", in brackets or not, each a label of a few words, an [inline-by]
 * word of st->words between spaces and names.  The names of a part whose
 * label opens as a [byline-opening] does ("Reporting by", "Writing by")
 * go to the authors; an editor's do not.
 */
static int
credit_line(struct wire_strip *st, const char *t, size_t n)
{
	const struct wire_strip_words *by = &st->words[WIRE_SW_INLINEBY];
	size_t p, e, q, j, words, bl, names[8][2], nn = 0;
	int pass;

	if (n > 1 && t[0] == '(' && t[n - 1] == ')')
		t++, n -= 2;
	while (n > 0 && (t[n - 1] == '.' || t[n - 1] == ' '))
		n--;
	/* the first pass checks every part, the second adds the names */
	for (pass = 0; pass < 2; pass++)
		for (p = 0; p < n; p = e + 1) {
			const char *sc = memchr(t + p, ';', n - p);

			e = sc != NULL ? (size_t)(sc - t) : n;
			while (p < e && t[p] == ' ')
				p++;
			/* q: the space before the [inline-by] word */
			for (q = p, words = 0, bl = 0; q < e &&
			    words <= CREDIT_LABEL; q++) {
				if (t[q] != ' ')
					continue;
				words++;
				for (j = 0; j < by->n && bl == 0; j++)
					if (q + by->len[j] + 2 < e &&
					    memcmp(t + q + 1, by->v[j],
					    by->len[j]) == 0 &&
					    t[q + 1 + by->len[j]] == ' ')
						bl = by->len[j];
				if (bl > 0)
					break;
			}
			if (bl == 0 || q == p)
				return 0;
			if (pass == 1 && nn < 8 &&
			    wire_strip_opens_with(st, WIRE_SW_BYOPEN, t + p, e - p)) {
				names[nn][0] = q + bl + 2;
				names[nn++][1] = e;
			}
		}
	if (nn == 0)
		return 0;
	for (j = 0; j < nn; j++)
		wire_strip_add_author(st, t + names[j][0],
		    name_run(st, t + names[j][0], names[j][1] - names[j][0]));
	return 1;
}

/*
 * Marks boilerplate lines, section headings, bylines (short blocks
 * opening with a [byline-opening] of st->words and a space) and repeats.
 */
static void
annotate(struct wire_strip *st)
{
	size_t k, j;

	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];
		const char *t = st->btext.p + b->off;

		b->nstop = wire_strip_count_stop(st, st->lang, t, b->len, &b->nwords);
		if (b->nch > PREFIX_MAX)
			continue;
		wire_buf_reset(&st->tmp);
		wire_strip_fold(t, b->len, &st->tmp);
		if (st->tmp.full || st->tmp.len == 0)
			continue;
		/* The opening of a boilerplate paragraph (a disclaimer, a
		 * plea) marks a long one too; the rest is for short lines. */
		if (b->nch > 300) {
			if (opens_phrase(st, st->tmp.p))
				b->flags |= WIRE_SB_PHRASE;
			continue;
		}
		if (in_list(st->sections, st->nsections, st->tmp.p) &&
		    b->nch < 60)
			b->flags |= WIRE_SB_SECTION;
		if (b->nch <= 160 && (in_list(st->phrases, st->nphrases,
		    st->tmp.p) || is_credit(st, st->tmp.p)))
			b->flags |= WIRE_SB_PHRASE;
		if (opens_phrase(st, st->tmp.p))
			b->flags |= WIRE_SB_PHRASE;
		/* A transcript marker such as "[Anchor]". */
		if (b->nch < 30 && t[0] == '[' && t[b->len - 1] == ']' &&
		    memchr(t, ' ', b->len) == NULL)
			b->flags |= WIRE_SB_PHRASE;
		if (holds_phrase(st, st->tmp.p))
			b->flags |= WIRE_SB_PHRASE;
		if (b->nwords <= 10 && has_email(t, b->len)) {
			b->flags |= WIRE_SB_BYLINE;
			wire_strip_add_author(st, t, b->len);
			continue;
		}
		if (b->nwords <= 30 && credit_line(st, t, b->len)) {
			b->flags |= WIRE_SB_BYLINE;
			continue;
		}
		if (b->nwords <= 8 && wire_strip_opens_with(st, WIRE_SW_BYOPEN,
		    st->tmp.p, st->tmp.len)) {
			b->flags |= WIRE_SB_BYLINE;
			wire_strip_add_author(st, t, b->len);
		}
	}
	/* Repeated short texts: captions, teasers, menus shown twice. */
	if (st->nb > 4000)
		return;
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *a = &st->b[k];

		if (a->nch < 20 || a->nch > 600)
			continue;
		for (j = k + 1; j < st->nb; j++) {
			struct wire_strip_block *b = &st->b[j];

			if (b->len == a->len && memcmp(st->btext.p + a->off,
			    st->btext.p + b->off, a->len) == 0) {
				a->flags |= WIRE_SB_REPEAT;
				b->flags |= WIRE_SB_REPEAT;
			}
		}
	}
}

/* Four features of a neighbouring block nb (NULL at either end). */
static void
neighbour(const struct wire_strip *st, const struct wire_strip_block *nb,
    double *f)
{
	double nw;

	if (nb == NULL) {
		f[0] = f[1] = f[2] = f[3] = 0;
		return;
	}
	nw = nb->nwords ? nb->nwords : 1;
	f[0] = log1p((double)nb->nch) / 6.0;
	f[1] = nb->nch ? (double)nb->nlink / nb->nch : 0;
	f[2] = st->lang >= 0 ? nb->nstop / nw : 0;
	f[3] = (nb->flags & (WIRE_SB_NAV | WIRE_SB_PHRASE | WIRE_SB_SECTION)) != 0;
}

/*
 * Features that only markup can give (container, classes, element kinds,
 * the parent's text): zero for flat text.
 */
static const int dom_only[] = { 1, 2, 3, 10, 11, 12, 13, 14, 15, 16, 23, 32, 33 };

/*
 * Fills the features of block k; see wire/strip.h.  Each is scaled to
 * about 0..1 so the weights compare.
 */
void
wire_strip_features(const struct wire_strip *st, size_t k, double *f)
{
	const struct wire_strip_block *b = &st->b[k];
	const char *t = st->btext.p + b->off;
	size_t e = b->len;
	char last;
	double nw = b->nwords ? b->nwords : 1;
	size_t i;

	/* A sentence may end inside a closing bracket: "(Yonhap)". */
	while (e > 1 && (t[e - 1] == ')' || t[e - 1] == ']'))
		e--;
	last = e ? t[e - 1] : 0;
	if (e < b->len && last != '.' && last != '!' && last != '?')
		last = '.';

	f[0] = 1;
	f[1] = (b->flags & WIRE_SB_MAIN) != 0;
	f[2] = (b->flags & WIRE_SB_ARTICLE) != 0;
	f[3] = (b->flags & WIRE_SB_NAV) != 0;
	f[4] = log1p((double)b->nch) / 6.0;
	f[5] = b->nch ? (double)b->nlink / b->nch : 0;
	f[6] = st->lang >= 0 ? b->nstop / nw : 0;
	f[7] = st->lang < 0;
	f[8] = (b->npunct + b->ncomma) / nw;
	f[9] = last == '.' || last == '!' || last == '?' || last == '"' ||
	    (e >= 3 && ((unsigned char)t[e - 3] == 0xe2 ||
	    (unsigned char)t[e - 3] == 0xe3));
	f[10] = (b->neg > 3 ? 3 : b->neg) / 3.0;
	f[11] = (b->pos > 3 ? 3 : b->pos) / 3.0;
	f[12] = (b->flags & WIRE_SB_HEADING) != 0;
	f[13] = (b->flags & WIRE_SB_LIST) != 0 || b->tag == WT_LI;
	f[14] = (b->flags & WIRE_SB_TABLE) != 0;
	f[15] = (b->flags & WIRE_SB_CAPTION) != 0;
	f[16] = (b->flags & WIRE_SB_QUOTE) != 0;
	f[17] = (b->flags & (WIRE_SB_PHRASE | WIRE_SB_SECTION)) != 0;
	f[18] = (b->flags & WIRE_SB_BYLINE) != 0;
	f[19] = st->nb > 1 ? (double)k / (double)(st->nb - 1) : 0;
	f[20] = b->nwords < 6;
	f[21] = b->nch ? (double)b->ndigit / b->nch : 0;
	f[22] = (b->flags & WIRE_SB_REPEAT) != 0;
	f[23] = (b->flags & WIRE_SB_FORM) != 0;
	/* Context, as jusText weighs a block by its neighbours. */
	neighbour(st, k > 0 ? &st->b[k - 1] : NULL, f + 24);
	neighbour(st, k + 1 < st->nb ? &st->b[k + 1] : NULL, f + 28);
	/* The container: how much text the block's parent holds, and how
	 * much of that is links (Readability's link density). */
	{
		uint32_t el = b->elem, par = el ? st->doc.n[el].parent : 0;

		if (st->tlen != NULL && par != 0 && par < st->doc.nn) {
			f[32] = log1p((double)st->tlen[par]) / 9.0;
			f[33] = st->tlen[par] ? (double)st->llen[par] / st->tlen[par] : 0;
		} else {
			f[32] = log1p((double)b->nch) / 9.0;
			f[33] = f[5];
		}
	}
	/* Flat text has no tree: what only markup tells is left out. */
	if (st->flat)
		for (i = 0; i < sizeof(dom_only) / sizeof(dom_only[0]); i++)
			f[dom_only[i]] = 0;
}

/* True when element a is e or one of e's ancestors. */
static int
contains(const struct wire_strip *st, uint32_t a, uint32_t e)
{
	int guard = 0;

	while (e != 0 && guard++ < 1000) {
		if (e == a)
			return 1;
		e = st->doc.n[e].parent;
	}
	return a == 0;
}

/*
 * Whether block text t (n bytes) names its own link after a colon, as in
 * "Read more: Title of another story": two words or more after the
 * first colon.  Reads t only.
 */
static int
names_link(const char *t, size_t n)
{
	const char *c = memchr(t, ':', n), *e = t + n;
	int words = 0;

	if (c == NULL)
		return 0;
	for (c++; c < e; c++)
		if (*c != ' ' && (c[-1] == ' ' || c[-1] == ':'))
			words++;
	return words >= 2;
}

/*
 * Drops what a section heading such as "Related articles" introduces.
 * A heading that carries its own link ("Read more: Title") is one line
 * set in the article, not the end of it: that line alone goes.
 */
static void
cut_sections(struct wire_strip *st, int flat)
{
	size_t k, j, before = 0;

	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];
		uint32_t sect;

		if (!(b->flags & WIRE_SB_SECTION) || before < 150) {
			if (b->keep)
				before += b->nch;
			continue;
		}
		b->keep = 0;
		if (names_link(st->btext.p + b->off, b->len))
			continue;
		if (flat) {
			for (j = k + 1; j < st->nb; j++)
				st->b[j].keep = 0;
			return;
		}
		/* The heading's section: the smallest ancestor with more text. */
		sect = st->doc.n[b->elem].parent;
		while (sect != 0 && st->tlen[sect] <= b->nch + 2)
			sect = st->doc.n[sect].parent;
		if (sect == 0)
			continue;
		if (st->tlen[sect] > st->tlen[0] / 2 || st->tlen[sect] > 3000) {
			/* The heading sits in the article itself: what follows goes
			 * up to the next real paragraph. */
			for (j = k + 1; j < st->nb; j++) {
				struct wire_strip_block *c = &st->b[j];

				if (c->nch >= 150 && c->nlink * 3 < c->nch &&
				    !(c->flags & WIRE_SB_LIST))
					break;
				c->keep = 0;
			}
		} else
			for (j = k + 1; j < st->nb && contains(st, sect,
			    st->b[j].elem); j++)
				st->b[j].keep = 0;
		k = j - 1;
	}
}

/*
 * An item of a list the article goes on with is kept: the last items of
 * a short list are short too and, lying where the text ends, look like
 * what follows an article.  The item must follow a kept item of the same
 * list, be mostly not links, and be half believed by the classifier.
 */
static void
keep_lists(struct wire_strip *st)
{
	size_t k;

	for (k = 1; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k], *a = &st->b[k - 1];

		if (b->keep || !a->keep || b->tag != WT_LI || a->tag != WT_LI ||
		    b->p < 0.3 || b->nlink * 2 > b->nch || (b->flags &
		    (WIRE_SB_NAV | WIRE_SB_PHRASE | WIRE_SB_SECTION | WIRE_SB_BYLINE)) ||
		    st->doc.n[a->elem].parent != st->doc.n[b->elem].parent)
			continue;
		b->keep = 1;
	}
}

/* The share of the kept text that makes an element the article's. */
#define ARTICLE_SHARE	0.85
/* How sure the classifier must be of a block before or after it. */
#define LEAD_SURE	0.7f
#define TRAIL_SURE	0.8f
/* A lead is at least this long. */
#define LEAD_MIN	60
/* A block inside it is taken back from this score and length. */
#define INSIDE_P	0.2f
#define INSIDE_MIN	80

/*
 * Revises the blocks against the article's container, the deepest
 * element that holds most of the kept text.  What lies before or after it
 * that the classifier was not sure of goes (an author's note, a plea to
 * subscribe, a teaser, a label above the headline); headings and the
 * lead before it stay, as a headline often sits outside the body's
 * element.  Paragraphs inside it that the classifier half believed come
 * back.
 */
static void
trim_outside(struct wire_strip *st)
{
	size_t k, total = 0, first, last = 0, end, lead;
	uint32_t *kl, e, best = 0;

	for (k = 0; k < st->nb; k++)
		if (st->b[k].keep)
			total += st->b[k].nch;
	if (total < 500 || (kl = calloc(st->doc.nn, sizeof(*kl))) == NULL)
		return;
	for (k = 0; k < st->nb; k++)
		if (st->b[k].keep)
			for (e = st->b[k].elem; e != 0; e = st->doc.n[e].parent)
				kl[e] += st->b[k].nch;
	/* Elements are numbered in document order, children after parents. */
	for (e = 1; e < st->doc.nn; e++)
		if (kl[e] >= ARTICLE_SHARE * total)
			best = e;
	free(kl);
	if (best == 0)
		return;
	for (first = 0; first < st->nb && !contains(st, best, st->b[first].elem);
	    first++)
		;
	for (k = first; k < st->nb; k++)
		if (contains(st, best, st->b[k].elem))
			last = k + 1;
	/* The lead, the last kept paragraph before the body, stays too. */
	lead = first;
	for (k = first; k-- > 0;)
		if (st->b[k].keep) {
			if (st->b[k].nch >= LEAD_MIN)
				lead = k;
			break;
		}
	for (k = 0; k < first; k++)
		if (st->b[k].keep && st->b[k].p < LEAD_SURE && k != lead &&
		    !(st->b[k].flags & WIRE_SB_HEADING))
			st->b[k].keep = 0;
	for (k = last; k < st->nb; k++)
		if (st->b[k].keep && st->b[k].p < TRAIL_SURE)
			st->b[k].keep = 0;
	/* In it, a paragraph the classifier half believed is the article's:
	 * a short one, or one dense with figures or names.  Past the last
	 * kept block, the first long one not taken back ends the article:
	 * comments below it share its element but come after a gap. */
	end = last;
	while (last > first && !st->b[last - 1].keep)
		last--;
	for (k = first; k < end; k++) {
		struct wire_strip_block *b = &st->b[k];

		if (b->keep)
			continue;
		if (b->p < INSIDE_P || b->nch < INSIDE_MIN || b->neg > b->pos ||
		    b->nlink * 2 > b->nch || !contains(st, best, b->elem) ||
		    (b->flags & (WIRE_SB_PHRASE | WIRE_SB_SECTION |
		    WIRE_SB_BYLINE | WIRE_SB_NAV | WIRE_SB_CAPTION | WIRE_SB_FORM))) {
			if (k >= last && (b->nch >= INSIDE_MIN ||
			    (b->flags & (WIRE_SB_SECTION | WIRE_SB_FORM))))
				break;
			continue;
		}
		b->keep = 1;
	}
}

/* The innermost table holding element e, or 0. */
static uint32_t
table_of(const struct wire_strip *st, uint32_t e)
{
	int guard = 0;

	while (e != 0 && guard++ < 1000) {
		if (st->doc.n[e].tag == WT_TABLE)
			return e;
		e = st->doc.n[e].parent;
	}
	return 0;
}

/*
 * Keeps whole the data tables of the article.  Cells are short and often
 * numbers, so one by one they look like boilerplate; a table is taken as a
 * unit when it sits in the main content or <article>, is not a link list,
 * holds no block longer than a paragraph (a layout table) and a kept block
 * comes right before or after it.
 */
static void
keep_tables(struct wire_strip *st)
{
	size_t k, j, e;
	uint32_t t;

	for (k = 0; k < st->nb; k = e) {
		const struct wire_strip_block *b = &st->b[k];
		int ok;

		e = k + 1;
		if (!(b->flags & WIRE_SB_TABLE) || (t = table_of(st, b->elem)) == 0)
			continue;
		ok = st->llen[t] * 4 < st->tlen[t];
		for (; e < st->nb && contains(st, t, st->b[e].elem); e++)
			;
		for (j = k; j < e && ok; j++) {
			const struct wire_strip_block *c = &st->b[j];

			if (c->nch > 300 || table_of(st, c->elem) != t ||
			    (c->flags & (WIRE_SB_NAV | WIRE_SB_FORM)) ||
			    !(c->flags & (WIRE_SB_MAIN | WIRE_SB_ARTICLE)))
				ok = 0;
		}
		if (!ok || !((k > 0 && st->b[k - 1].keep) ||
		    (e < st->nb && st->b[e].keep)))
			continue;
		for (j = k; j < e; j++)
			st->b[j].keep = 1;
	}
}

/*
 * The context features of block k for the second pass, from the first
 * pass's scores p1 (one per block): how sure the first pass was, what it
 * thought of the neighbours, and where the block lies against the text
 * it kept.  Boilerplate that reads like prose (an author's note, a
 * subscription plea) tends to trail the article after a gap, which no
 * feature of the block alone shows.
 */
static void
context_features(const struct wire_strip *st, const float *p1, size_t k,
    double total, double before, double *g)
{
	double z, after, thr = st->threshold;
	size_t j, gp, gn;

	z = p1[k] <= 1e-6 ? -14 : p1[k] >= 1 - 1e-6 ? 14 :
	    log(p1[k] / (1 - p1[k]));
	z /= 4;
	z = z < -3 ? -3 : z > 3 ? 3 : z;
	after = total - before - (p1[k] >= thr ? st->b[k].nch : 0);
	g[0] = 1;
	g[1] = z;
	g[2] = (k > 0 ? p1[k - 1] : 0) + (k > 1 ? p1[k - 2] : 0);
	g[2] /= 2;
	g[3] = (k + 1 < st->nb ? p1[k + 1] : 0) + (k + 2 < st->nb ? p1[k + 2] : 0);
	g[3] /= 2;
	g[4] = total > 0 ? after / total : 0;
	g[5] = total > 0 ? before / total : 0;
	for (gp = 0, j = k; j > 0 && gp < 10 && p1[j - 1] < thr; j--)
		gp++;
	if (j == 0)
		gp = 10;
	for (gn = 0, j = k + 1; j < st->nb && gn < 10 && p1[j] < thr; j++)
		gn++;
	if (j == st->nb)
		gn = 10;
	g[6] = gp / 10.0;
	g[7] = gn / 10.0;
	g[8] = g[1] * g[4];
	g[9] = g[1] * g[5];
	g[10] = after <= 0;
	g[11] = before <= 0;
}

/*
 * The second pass: each block's score p1 (first pass, in b->p) is
 * revised with its context features and the weights st->wctx; when
 * ctx is not NULL the features are left there too (WIRE_STRIP_NCTX a
 * block) for training.
 */
static void
context_pass(struct wire_strip *st, double *ctx)
{
	double g[WIRE_STRIP_NCTX], z, total = 0, before = 0;
	float *p1;
	size_t k;
	int i;

	if (st->nb == 0 || (p1 = malloc(st->nb * sizeof(*p1))) == NULL)
		return;
	for (k = 0; k < st->nb; k++) {
		p1[k] = st->b[k].p;
		if (p1[k] >= st->threshold)
			total += st->b[k].nch;
	}
	/* Nothing kept gives no context to weigh: the fallback decides. */
	if (total == 0 && ctx == NULL) {
		free(p1);
		return;
	}
	for (k = 0; k < st->nb; k++) {
		context_features(st, p1, k, total, before, g);
		if (p1[k] >= st->threshold)
			before += st->b[k].nch;
		if (ctx != NULL)
			memcpy(ctx + k * WIRE_STRIP_NCTX, g, sizeof(g));
		if (!st->has_ctx || total == 0)
			continue;
		for (z = 0, i = 0; i < WIRE_STRIP_NCTX; i++)
			z += st->wctx[i] * g[i];
		st->b[k].p = (float)(1.0 / (1.0 + exp(-z)));
	}
	free(p1);
}

/*
 * Prints each block's features, its context features (ctx, or zeros)
 * and its text, for scripts/train-strip.py.
 */
static void
dump_features(const struct wire_strip *st, const double *ctx)
{
	double f[WIRE_STRIP_NFEAT];
	size_t k, i;
	int j;

	for (k = 0; k < st->nb; k++) {
		const char *t = st->btext.p + st->b[k].off;

		wire_strip_features(st, k, f);
		printf("%d", st->b[k].keep);
		for (j = 0; j < WIRE_STRIP_NFEAT; j++)
			printf(" %.4g", f[j]);
		for (j = 0; j < WIRE_STRIP_NCTX; j++)
			printf(" %.4g", ctx != NULL ? ctx[k * WIRE_STRIP_NCTX + j] : 0.0);
		putchar('\t');
		for (i = 0; i < st->b[k].len; i++)
			putchar(t[i] == '\t' || t[i] == '\n' ? ' ' : t[i]);
		putchar('\n');
	}
}

/*
 * Joins the kept blocks into st->text; see wire/strip.h.
 */
void
wire_strip_join(struct wire_strip *st)
{
	size_t k, npara = 0;
	const char *prev = NULL;
	uint32_t prevlen = 0;

	wire_buf_reset(&st->text);
	wire_buf_reset(&st->captionidx);
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];
		const char *t = st->btext.p + b->off;

		if (!b->keep)
			continue;
		if (prev != NULL && prevlen == b->len && memcmp(prev, t, b->len) == 0)
			continue;
		if (st->text.len > 0)
			wire_buf_add(&st->text, "\n\n", 2);
		wire_buf_add(&st->text, t, b->len);
		if (b->caption) {
			char num[24];

			snprintf(num, sizeof(num), "%s%zu", st->captionidx.len ?
			    "," : "", npara);
			wire_buf_puts(&st->captionidx, num);
		}
		npara++;
		prev = t;
		prevlen = b->len;
	}
	wire_strip_nfc(&st->text);
}

/*
 * Whether repeated block k stays.  Captions, teasers and menus shown twice
 * go; but pages also render their text twice (a mobile and a desktop
 * copy of a recipe's ingredients), so the first copy that lies in the
 * main content, and that the classifier is sure of, stays.
 */
static int
keep_repeat(const struct wire_strip *st, size_t k)
{
	const struct wire_strip_block *b = &st->b[k];
	size_t j;

	if (st->flat || !b->keep || !(b->flags & WIRE_SB_MAIN) ||
	    b->p < st->threshold + 0.1)
		return 0;
	/* Only a copy already kept rules this one out: a teaser of the
	 * same paragraph above the article does not take its place. */
	for (j = 0; j < k; j++)
		if (st->b[j].keep && st->b[j].len == b->len &&
		    memcmp(st->btext.p + st->b[j].off, st->btext.p + b->off,
		    b->len) == 0)
			return 0;
	return 1;
}

/* An articleBody shorter than this is a summary, not the article. */
#define BODY_MIN	500

/* Ends the text of out with paragraph break when para, else a space. */
static void
body_space(struct wire_buf *out, int para)
{
	while (out->len > 0 && (out->p[out->len - 1] == ' ' ||
	    (para && out->p[out->len - 1] == '\n')))
		out->len--;
	if (out->len == 0)
		return;
	if (para)
		wire_buf_add(out, "\n\n", 2);
	else if (out->p[out->len - 1] != '\n')
		wire_buf_putc(out, ' ');
}

/*
 * Appends code point cp of an articleBody to out: white space collapses,
 * line breaks become paragraph breaks.
 */
static void
body_put(struct wire_buf *out, uint32_t cp)
{
	char u[4];

	if (cp == '\n')
		body_space(out, 1);
	else if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xa0)
		body_space(out, 0);
	else if (cp >= 0x20 && cp != 0xad)
		wire_buf_add(out, u, wire_utf8_encode(cp, u));
}

/* The value of the four hex digits at s, or 0xfffd when they are not. */
static uint32_t
hex4(const char *s)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		if (!isxdigit((unsigned char)s[i]))
			return 0xfffd;
		v = v * 16 + (uint32_t)(isdigit((unsigned char)s[i]) ? s[i] - '0' :
		    tolower((unsigned char)s[i]) - 'a' + 10);
	}
	return v;
}

/*
 * The article text of the JSON-LD scripts (s, n bytes): the string value
 * of the first "articleBody" key, unescaped, with markup some sites leave
 * in it dropped (block tags become paragraph breaks) and the commonest
 * entities decoded, into out (reset first).  Returns out's length.
 */
static size_t
jsonld_body(const char *s, size_t n, struct wire_buf *out)
{
	static const char key[] = "\"articleBody\"";
	const char *k;
	size_t i, kl = sizeof(key) - 1;
	uint32_t cp;
	int tag = 0;

	wire_buf_reset(out);
	for (k = s; (k = memchr(k, '"', n - (size_t)(k - s))) != NULL; k++) {
		if ((size_t)(s + n - k) < kl || memcmp(k, key, kl) != 0)
			continue;
		i = (size_t)(k - s) + kl;
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r'))
			i++;
		if (i < n && s[i] == ':') {
			for (i++; i < n && (s[i] == ' ' || s[i] == '\n' ||
			    s[i] == '\t' || s[i] == '\r'); i++)
				;
			break;
		}
	}
	/* A body that is not a string (null, a list) is none. */
	if (k == NULL || i >= n || s[i] != '"')
		return 0;
	for (i++; i < n && s[i] != '"'; i++) {
		cp = (unsigned char)s[i];
		if (cp == '\\' && i + 1 < n) {
			i++;
			switch (s[i]) {
			case 'n': cp = '\n'; break;
			case 't': case 'r': cp = ' '; break;
			case 'u':
				if (i + 4 >= n)
					return out->len;
				cp = hex4(s + i + 1);
				i += 4;
				if (cp >= 0xd800 && cp < 0xdc00 && i + 6 < n &&
				    s[i + 1] == '\\' && s[i + 2] == 'u') {
					uint32_t lo = hex4(s + i + 3);

					if (lo >= 0xdc00 && lo < 0xe000) {
						cp = 0x10000 + ((cp - 0xd800) << 10) +
						    (lo - 0xdc00);
						i += 6;
					}
				}
				if (cp >= 0xd800 && cp < 0xe000)
					cp = 0xfffd;
				break;
			default: cp = (unsigned char)s[i];
			}
		} else if (cp >= 0x80) {
			size_t l = wire_utf8_decode(s + i, n - i, &cp);

			if (l == 0)
				cp = 0xfffd, l = 1;
			i += l - 1;
		}
		if (tag) {
			if (cp == '>')
				tag = 0;
			continue;
		}
		if (cp == '<' && i + 1 < n && (isalpha((unsigned char)s[i + 1]) ||
		    s[i + 1] == '/' || s[i + 1] == '!')) {
			const char *t = s + i + 1 + (s[i + 1] == '/');

			tag = 1;
			if (t + 3 < s + n && ((tolower((unsigned char)t[0]) == 'p' &&
			    !isalpha((unsigned char)t[1])) ||
			    strncasecmp(t, "br", 2) == 0 ||
			    strncasecmp(t, "div", 3) == 0 ||
			    strncasecmp(t, "li", 2) == 0 ||
			    (tolower((unsigned char)t[0]) == 'h' &&
			    isdigit((unsigned char)t[1]))))
				body_space(out, 1);
			continue;
		}
		if (cp == '&') {
			static const struct { const char *e; uint32_t cp; } ent[] = {
				{ "&amp;", '&' }, { "&nbsp;", ' ' }, { "&quot;", '"' },
				{ "&#39;", '\'' }, { "&apos;", '\'' }, { "&lt;", '<' },
				{ "&gt;", '>' }, { NULL, 0 }
			};
			int e;

			for (e = 0; ent[e].e != NULL; e++)
				if (strncmp(s + i, ent[e].e, strlen(ent[e].e)) == 0)
					break;
			if (ent[e].e != NULL) {
				i += strlen(ent[e].e) - 1;
				cp = ent[e].cp;
			}
		}
		body_put(out, cp);
	}
	body_space(out, 0);
	while (out->len > 0 && out->p[out->len - 1] == ' ')
		out->len--;
	return out->len;
}

/*
 * The paragraphs of the page's JSON-LD articleBody that the text taken
 * from the tree lacks are added to it when the body is long and the tree
 * gave a small part of it: the article is then written by a script, or
 * hidden behind a wall, and the tree holds a teaser and its lead.
 */
static void
body_fallback(struct wire_strip *st)
{
	size_t n, i, e;
	char *body;

	if (st->doc.jsonld.len == 0 ||
	    (n = jsonld_body(st->doc.jsonld.p, st->doc.jsonld.len, &st->tmp)) <
	    BODY_MIN || n < st->text.len * 3 || (body = malloc(n + 1)) == NULL)
		return;
	memcpy(body, st->tmp.p, n);
	body[n] = '\0';
	for (i = 0; i < n; i = e + 2) {
		char *brk = strstr(body + i, "\n\n");

		e = brk != NULL ? (size_t)(brk - body) : n;
		body[e] = '\0';
		wire_buf_putc(&st->text, '\0');
		st->text.len--;
		if (st->text.full || strstr(st->text.p, body + i) == NULL) {
			if (st->text.len > 0)
				wire_buf_add(&st->text, "\n\n", 2);
			wire_buf_add(&st->text, body + i, e - i);
		}
	}
	free(body);
	wire_strip_nfc(&st->text);
}

/* Below this many characters of text a page's extraction is doubted. */
#define FALLBACK_MIN	200
/* How sure a flat paragraph of prose must be to join a kept neighbour. */
#define FLAT_NEAR	0.45

/*
 * Too little text was kept (kept characters so far): short pages, product
 * and landing pages, or a main region chosen wrong.  The blocks of the main
 * subtree or of <article> that the classifier half believed are taken
 * back, then, failing that, any such block outside navigation: a few
 * short lines of the page beat an empty record.
 */
static void
fallback(struct wire_strip *st, size_t kept)
{
	static const float minp[] = { 0.2f, 0.3f };
	size_t k, pass, add;

	for (pass = 0; pass < 2 && kept < FALLBACK_MIN; pass++) {
		for (add = 0, k = 0; k < st->nb; k++) {
			struct wire_strip_block *b = &st->b[k];

			if (b->keep || b->p < minp[pass] || (b->flags &
			    (WIRE_SB_PHRASE | WIRE_SB_BYLINE | WIRE_SB_SECTION |
			    WIRE_SB_CAPTION)))
				continue;
			if (pass == 0 && !(b->flags & (WIRE_SB_MAIN |
			    WIRE_SB_ARTICLE)))
				continue;
			if (pass == 1 && (b->flags & (WIRE_SB_NAV | WIRE_SB_FORM)))
				continue;
			b->keep = 1;
			add += b->nch;
		}
		kept += add;
	}
}

/* Whether block b reads as a paragraph of prose: words ending a sentence. */
static int
prose(const struct wire_strip *st, const struct wire_strip_block *b)
{
	if (b->nwords < 8 || b->len == 0 || (b->flags & (WIRE_SB_PHRASE |
	    WIRE_SB_SECTION | WIRE_SB_BYLINE | WIRE_SB_CAPTION | WIRE_SB_NAV)))
		return 0;
	return wire_strip_sentence_end(st->btext.p + b->off, b->len);
}

/*
 * Whether the n bytes at t end a sentence; see wire/strip.h.
 */
int
wire_strip_sentence_end(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;

	/* a closing quote or bracket after the mark: '"', "'", ")", the
	 * curly quotes U+201D and U+2019, the corner bracket U+300D */
	if (n > 0 && (u[n - 1] == '"' || u[n - 1] == '\'' || u[n - 1] == ')'))
		n--;
	else if (n >= 3 && ((u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
	    (u[n - 1] == 0x9D || u[n - 1] == 0x99)) ||
	    (u[n - 3] == 0xE3 && u[n - 2] == 0x80 && u[n - 1] == 0x8D)))
		n -= 3;
	if (n == 0)
		return 0;
	if (u[n - 1] == '.' || u[n - 1] == '!' || u[n - 1] == '?')
		return 1;
	/* the full stop U+3002, and the full-width marks U+FF01, U+FF1F */
	return n >= 3 && ((u[n - 3] == 0xE3 && u[n - 2] == 0x80 &&
	    u[n - 1] == 0x82) || (u[n - 3] == 0xEF && u[n - 2] == 0xBC &&
	    (u[n - 1] == 0x81 || u[n - 1] == 0x9F)));
}

/*
 * A list of flat text that a kept paragraph introduces: two items or more
 * (see WIRE_SB_LIST) after a line that ends with a colon, itself after a
 * kept block or kept ("The demands are:"), are the article's, as are the
 * line and the items.  Returns whether it kept any block.
 */
static int
flat_lists(struct wire_strip *st)
{
	size_t k, e;
	int kept = 0;

	for (k = 1; k < st->nb; k = e) {
		struct wire_strip_block *in = &st->b[k - 1];

		for (e = k; e < st->nb && (st->b[e].flags & WIRE_SB_LIST) &&
		    !(st->b[e].flags & (WIRE_SB_PHRASE | WIRE_SB_BYLINE)); e++)
			;
		if (e - k < 2 || in->len == 0 ||
		    st->btext.p[in->off + in->len - 1] != ':' ||
		    (in->flags & (WIRE_SB_PHRASE | WIRE_SB_SECTION)) ||
		    !(in->keep || (k > 1 && st->b[k - 2].keep))) {
			e = e > k ? e : k + 1;
			continue;
		}
		for (in->keep = 1; k < e; k++)
			if (!st->b[k].keep)
				st->b[k].keep = kept = 1;
	}
	return kept;
}

/*
 * Flat text, revised as jusText does its neighbours: a paragraph of prose
 * the classifier nearly believed is kept beside a kept one, repeatedly, and
 * a short text whose every paragraph fell just short keeps its prose.  A
 * text that is already only the article has no furniture around it to
 * tell the classifier where it is.
 */
static void
flat_prose(struct wire_strip *st)
{
	size_t k, kept = 0;
	int changed = 1;

	for (k = 0; k < st->nb; k++)
		kept += st->b[k].keep;
	if (kept == 0)
		for (k = 0; k < st->nb; k++)
			if (st->b[k].p >= FLAT_NEAR && prose(st, &st->b[k]))
				st->b[k].keep = 1;
	while (changed) {
		changed = 0;
		for (k = 0; k < st->nb; k++) {
			struct wire_strip_block *b = &st->b[k];

			if (b->keep || b->p < FLAT_NEAR || !prose(st, b) ||
			    !((k > 0 && st->b[k - 1].keep) ||
			    (k + 1 < st->nb && st->b[k + 1].keep)))
				continue;
			b->keep = 1;
			changed = 1;
		}
		changed |= flat_lists(st);
	}
}

/*
 * True when element e holds nothing but one bold element (and white
 * space): a subheading written as <p><strong>.  Reads the tree only.
 */
static int
bold_only(const struct wire_strip *st, uint32_t e)
{
	const struct wire_html_node *c;
	uint32_t i;
	int bold = 0;
	size_t j;

	for (i = st->doc.n[e].first; i != 0; i = c->next) {
		c = &st->doc.n[i];
		if (c->tag == WT_TEXT) {
			for (j = 0; j < c->slen; j++)
				if (!isspace((unsigned char)st->doc.arena.p[c->str + j]))
					return 0;
		} else if ((c->tag == WT_STRONG || c->tag == WT_B) && !bold)
			bold = 1;
		else if (c->tag != WT_BR)
			return 0;
	}
	return bold;
}

/*
 * Whether kept text t (n bytes) is a note about its writer: 2 when it
 * opens with the name of one of the page's authors and a verb, 1 when
 * it opens with two to four capitalised words, a verb such as "is a"
 * (the first [bio-verb] of st->words found with a space either side)
 * and names a writer's trade (a [bio-role]) in its first sentences
 * ("Jane Roe is a reporter covering ..."), else 0.  Folded copies go to
 * st->tmp.
 */
static int
is_bio(struct wire_strip *st, const char *t, size_t n)
{
	const struct wire_strip_words *verb = &st->words[WIRE_SW_BIOVERB];
	const struct wire_strip_words *role = &st->words[WIRE_SW_BIOROLE];
	char pat[WIRE_STRIP_WORDMAX + 2];
	const char *p, *v = NULL;
	size_t j, nl, caps = 0;

	for (p = NULL; (p = wire_strip_author_next(st, p)) != NULL;)
		if ((nl = strlen(p)) >= 5 && strchr(p, ' ') != NULL &&
		    nl + 4 < n && strncasecmp(t, p, nl) == 0 && t[nl] == ' ' &&
		    islower((unsigned char)t[nl + 1]))
			return 2;
	wire_buf_reset(&st->tmp);
	wire_strip_fold(t, n > 400 ? 400 : n, &st->tmp);
	if (st->tmp.full || st->tmp.len == 0)
		return 0;
	for (j = 0; j < verb->n; j++) {
		nl = verb->len[j];
		pat[0] = ' ';
		memcpy(pat + 1, verb->v[j], nl);
		pat[nl + 1] = ' ';
		pat[nl + 2] = '\0';
		if ((v = strstr(st->tmp.p, pat)) != NULL)
			break;
	}
	if (v == NULL || v - st->tmp.p > 60)
		return 0;
	/* The words before the verb are a name: capitalised in t. */
	for (p = t; p < t + (v - st->tmp.p); ) {
		if (!((unsigned char)*p >= 0x80 || isupper((unsigned char)*p)))
			return 0;
		caps++;
		while (p < t + n && *p != ' ')
			p++;
		while (p < t + n && *p == ' ')
			p++;
	}
	if (caps < 2 || caps > 4)
		return 0;
	for (j = 0; j < role->n; j++)
		if (strstr(st->tmp.p, role->v[j]) != NULL)
			return 1;
	return 0;
}

/*
 * Drops the notes about the writer that open or close many articles: a
 * short kept block that names an author of the page as its subject, or
 * a kept block past half the kept text, with little kept text after
 * it, that is_bio() takes for a note.
 */
static void
drop_bios(struct wire_strip *st)
{
	size_t k, total = 0, before = 0;
	int bio;

	for (k = 0; k < st->nb; k++)
		if (st->b[k].keep)
			total += st->b[k].nch;
	if (total < 300)
		return;
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];

		if (!b->keep)
			continue;
		if (b->nch >= 30 && b->nch <= 700 && (bio = is_bio(st,
		    st->btext.p + b->off, b->len)) != 0 && ((bio == 2 &&
		    b->nch <= 400) || (before * 2 >= total &&
		    (total - before - b->nch) * 4 < total)))
			b->keep = 0;
		before += b->nch;
	}
}

/*
 * Keeps the subheadings of the article: a short line set in bold alone
 * in its paragraph, in the main content or <article>, that a kept
 * paragraph follows and one of the two blocks before it was kept.
 */
static void
keep_subheads(struct wire_strip *st)
{
	size_t k;

	for (k = 1; k + 1 < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k], *nx = &st->b[k + 1];

		if (b->keep || b->nwords == 0 || b->nwords > 12 ||
		    !nx->keep || nx->nch < 80 ||
		    !(b->flags & (WIRE_SB_MAIN | WIRE_SB_ARTICLE)) ||
		    (b->flags & (WIRE_SB_PHRASE | WIRE_SB_SECTION |
		    WIRE_SB_BYLINE | WIRE_SB_NAV | WIRE_SB_CAPTION)) ||
		    !(st->b[k - 1].keep || (k > 1 && st->b[k - 2].keep)) ||
		    !bold_only(st, b->elem))
			continue;
		b->keep = 1;
	}
}

/* A block shorter than this that is all link, among links, is no text. */
#define LINK_ITEM_MAX	100

/*
 * Whether element e sits in a list of links: its parent's text is half
 * link text or more.  Reads the tree and its sums only.
 */
static int
link_list(const struct wire_strip *st, uint32_t e)
{
	uint32_t par = e != 0 ? st->doc.n[e].parent : 0;

	return par != 0 && st->llen[par] * 2 >= st->tlen[par];
}

/* A caption this long that the classifier is this sure of is text. */
#define CAPTION_PROSE	80
#define CAPTION_SURE	0.7f

/*
 * Classifies and revises the blocks; see wire/strip.h.
 */
void
wire_strip_decide(struct wire_strip *st, int flat)
{
	double f[WIRE_STRIP_NFEAT], z, *ctx = NULL;
	size_t k, j, kept = 0;
	int i;

	st->flat = flat;
	annotate(st);
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];

		wire_strip_features(st, k, f);
		for (z = 0, i = 0; i < WIRE_STRIP_NFEAT; i++)
			z += (flat ? st->wflat[i] : st->w[i]) * f[i];
		b->p = (float)(1.0 / (1.0 + exp(-z)));
	}
	if (st->features && st->nb > 0)
		ctx = calloc(st->nb, WIRE_STRIP_NCTX * sizeof(*ctx));
	if (!flat && (st->has_ctx || ctx != NULL))
		context_pass(st, ctx);
	for (k = 0; k < st->nb; k++)
		st->b[k].keep = st->b[k].p >= st->threshold;
	/* Neighbours: a short block between kept ones is kept, and so is a
	 * heading that a kept block follows. */
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];

		if (b->nch >= 80 || (b->flags & (WIRE_SB_PHRASE | WIRE_SB_SECTION |
		    WIRE_SB_BYLINE | WIRE_SB_NAV)))
			continue;
		j = k + 1;
		if (b->flags & WIRE_SB_HEADING) {
			if (j < st->nb && st->b[j].p >= st->threshold &&
			    !(st->b[j].flags & WIRE_SB_HEADING) &&
			    (flat || (b->flags & (WIRE_SB_MAIN | WIRE_SB_ARTICLE))))
				b->keep = 1;
			continue;
		}
		if (flat && k > 0 && st->b[k - 1].keep && b->p >= 0.3 &&
		    b->nwords >= 4)
			b->keep = 1;
		if (k > 0 && j < st->nb && st->b[k - 1].p >= st->threshold &&
		    st->b[j].p >= st->threshold && b->p >= 0.15)
			b->keep = 1;
	}
	if (!flat) {
		trim_outside(st);
		keep_lists(st);
		keep_tables(st);
		keep_subheads(st);
	} else
		flat_prose(st);
	drop_bios(st);
	for (k = 0; k < st->nb; k++) {
		struct wire_strip_block *b = &st->b[k];

		if (b->flags & (WIRE_SB_PHRASE | WIRE_SB_BYLINE))
			b->keep = 0;
		/* A short block that is one link and nothing else, among
		 * links, points elsewhere: teasers, a table of contents, a
		 * reference's index links, a navigation box laid out in a
		 * table, an embed's "shared by" line.  A heading made a link
		 * (an anchor) and a table's cells are the article's. */
		if (!flat && b->nch < LINK_ITEM_MAX && b->nlink >= b->nch &&
		    ((b->tag == WT_LI || (b->flags & WIRE_SB_LIST)) ||
		    !(b->flags & (WIRE_SB_HEADING | WIRE_SB_TABLE))) &&
		    link_list(st, b->elem))
			b->keep = 0;
		if ((b->flags & WIRE_SB_REPEAT) && b->nch < 400)
			b->keep = keep_repeat(st, k);
		if (b->flags & WIRE_SB_CAPTION) {
			b->keep = st->captions && b->nch > 0 && (b->flags &
			    (WIRE_SB_MAIN | WIRE_SB_ARTICLE));
			b->caption = b->keep;
			/* A slide show tells its story in its captions: a long
			 * one of the article that the classifier is sure of is
			 * the article's text, unless it names a picture's
			 * source, as a photo's caption does. */
			if (!b->keep && b->nch >= CAPTION_PROSE &&
			    b->p >= CAPTION_SURE && (b->flags & (WIRE_SB_MAIN |
			    WIRE_SB_ARTICLE)) && !(b->flags & (WIRE_SB_PHRASE |
			    WIRE_SB_BYLINE | WIRE_SB_NAV))) {
				wire_buf_reset(&st->tmp);
				wire_strip_fold(st->btext.p + b->off, b->len,
				    &st->tmp);
				b->keep = !st->tmp.full &&
				    !is_credit(st, st->tmp.p);
			}
		}
	}
	if (st->captions)
		for (k = 0; k < st->nb; k++) {
			struct wire_strip_block *b = &st->b[k];

			/* A repeated caption is kept once. */
			if (!(b->flags & WIRE_SB_REPEAT) || b->keep || b->nch >= 400 ||
			    !flat)
				continue;
			for (j = 0; j < k; j++)
				if (st->b[j].len == b->len && memcmp(st->btext.p +
				    st->b[j].off, st->btext.p + b->off, b->len) == 0)
					break;
			if (j == k) {
				b->keep = 1;
				b->caption = 1;
			}
		}
	cut_sections(st, flat);
	for (k = 0; k < st->nb; k++)
		if (st->b[k].keep)
			kept += st->b[k].nch;
	if (kept < FALLBACK_MIN && !flat)
		fallback(st, kept);
	wire_strip_join(st);
	if (!flat)
		body_fallback(st);
	if (st->features)
		dump_features(st, ctx);
	free(ctx);
}

/*
 * Cuts the parsed page into blocks and marks its main subtree; see
 * wire/strip.h.
 */
void
wire_strip_html_blocks(struct wire_strip *st)
{
	struct walk w;

	memset(&w, 0, sizeof(w));
	w.tag = WT_ROOT;
	st->nb = 0;
	walk(st, 0, w);
	end_block(st);
	aggregate(st);
	find_main(st);
}
