/*
 * strip_data.c: wire-strip's data files (stop words, boilerplate phrases,
 * section headings, class priors, the words of natural languages,
 * classifier weights) and the text helpers that use them: folding,
 * language guessing, stop-word counts.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "wire/strip.h"

static int	stop_hash(struct wire_strip *, char *, size_t);
static inline uint32_t	fold_cp(uint32_t);
static inline int	fold_blank(uint32_t);

/* Weights used when data/strip/weights.txt is absent (trained values). */
static const double default_w[WIRE_STRIP_NFEAT] = {
	-1.2, 2.2, 0.8, -1.5, 1.6, -3.0, 2.0, 0.0, 1.0, 0.8,
	-1.0, 0.4, 0.0, -0.6, -0.4, -1.5, 0.3, -3.0, -3.0, 0.0,
	-1.0, -0.5, -1.5, -1.0
};

static int
strpcmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
free_list(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int
push(char ***v, size_t *n, const char *s, size_t len)
{
	char **nv, *c;

	/* Capacity doubles at each power of two from 16. */
	if (*n == 0 || (*n >= 16 && (*n & (*n - 1)) == 0)) {
		size_t cap = *n ? *n * 2 : 16;

		if ((nv = realloc(*v, cap * sizeof(**v))) == NULL)
			return -1;
		*v = nv;
	}
	if ((c = malloc(len + 1)) == NULL)
		return -1;
	memcpy(c, s, len);
	c[len] = '\0';
	(*v)[(*n)++] = c;
	return 0;
}

/*
 * Opens data file name from dir (or the data directory) for reading; the
 * path opened goes to path (PATH_MAX bytes) when that is not NULL.
 * Returns the stream, which the caller closes, or NULL with a message in
 * err (errlen bytes).
 */
static FILE *
open_data_at(const char *dir, const char *name, char *path, char *err,
    size_t errlen)
{
	char buf[PATH_MAX];
	FILE *fp;

	if (path == NULL)
		path = buf;
	if (dir != NULL)
		snprintf(path, PATH_MAX, "%s/%s", dir, name);
	else if (wire_data_path(name, path, PATH_MAX) == -1) {
		snprintf(err, errlen, "%s: data file not found (set WIRE_DATADIR)",
		    name);
		return NULL;
	}
	if ((fp = fopen(path, "r")) == NULL)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	return fp;
}

/* Opens data file name as open_data_at() does, its path not kept. */
static FILE *
open_data(const char *dir, const char *name, char *err, size_t errlen)
{
	return open_data_at(dir, name, NULL, err, errlen);
}

/* Reads a list file: one folded entry a line, '#' comments. */
static int
load_list(const char *dir, const char *name, char ***v, size_t *n,
    struct wire_buf *tmp, char *err, size_t errlen)
{
	char line[512];
	FILE *fp;
	size_t len;

	if ((fp = open_data(dir, name, err, errlen)) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		len = strcspn(line, "\r\n");
		if (len == 0 || line[0] == '#')
			continue;
		wire_buf_reset(tmp);
		wire_strip_fold(line, len, tmp);
		if (tmp->len == 0)
			continue;
		if (push(v, n, tmp->p, tmp->len) == -1) {
			fclose(fp);
			snprintf(err, errlen, "out of memory");
			return -1;
		}
	}
	fclose(fp);
	/* An empty file leaves *v NULL, which qsort() may not be given. */
	if (*n > 0)
		qsort(*v, *n, sizeof(**v), strpcmp);
	return 0;
}

/*
 * Moves the entries ending in '*' of st->phrases to st->prefixes (the
 * '*' and the blanks before it cut), and those opening with "* " to
 * st->inside (without it).
 */
static int
split_prefixes(struct wire_strip *st)
{
	size_t k, j = 0, len;
	char *e;
	int r;

	for (k = 0; k < st->nphrases; k++) {
		e = st->phrases[k];
		len = strlen(e);
		if (len > 2 && e[0] == '*' && e[1] == ' ')
			r = push(&st->inside, &st->ninside, e + 2, len - 2);
		else if (len > 1 && e[len - 1] == '*') {
			while (len > 1 && e[len - 2] == ' ')
				len--;
			r = push(&st->prefixes, &st->nprefixes, e, len - 1);
		} else {
			st->phrases[j++] = e;
			continue;
		}
		if (r == -1)
			return -1;
		free(e);
	}
	st->nphrases = j;
	return 0;
}

static int
load_stopwords(struct wire_strip *st, const char *dir, char *err,
    size_t errlen)
{
	char line[8192], *tok, *save, *p;
	FILE *fp;
	size_t k;

	if ((fp = open_data(dir, "strip/stopwords.txt", err, errlen)) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		struct wire_strip_lang *L = NULL;

		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if ((tok = strtok_r(line, " \t", &save)) == NULL)
			continue;
		for (k = 0; k < st->nlang; k++)
			if (strcmp(st->langs[k].code, tok) == 0)
				L = &st->langs[k];
		if (L == NULL) {
			if (st->nlang == WIRE_STRIP_MAXLANG)
				continue;
			L = &st->langs[st->nlang++];
			snprintf(L->code, sizeof(L->code), "%s", tok);
		}
		for (p = NULL; (tok = strtok_r(p, " \t", &save)) != NULL; p = NULL)
			if (push(&L->words, &L->n, tok, strlen(tok)) == -1) {
				fclose(fp);
				snprintf(err, errlen, "out of memory");
				return -1;
			}
	}
	fclose(fp);
	for (k = 0; k < st->nlang; k++)
		if (st->langs[k].n > 0)
			qsort(st->langs[k].words, st->langs[k].n, sizeof(char *),
			    strpcmp);
	return 0;
}

/*
 * Loads strip/weights.txt: a threshold line, the HTML weights, after a
 * "context" line the weights of the second pass (none: no second pass),
 * then after a "flat" line the weights for flat text.  Missing values keep
 * the defaults.
 */
static int
load_weights(struct wire_strip *st, const char *dir)
{
	char line[256], err[64];
	FILE *fp;
	double *w = st->w;
	size_t k = 0, nw = WIRE_STRIP_NFEAT;

	memset(st->wctx, 0, sizeof(st->wctx));
	st->has_ctx = 0;
	memcpy(st->w, default_w, sizeof(st->w));
	memcpy(st->wflat, default_w, sizeof(st->wflat));
	st->threshold = 0.5;
	if ((fp = open_data(dir, "strip/weights.txt", err, sizeof(err))) == NULL)
		return 0;
	while (fgets(line, sizeof(line), fp) != NULL) {
		char *end;
		double v;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (strncmp(line, "threshold", 9) == 0) {
			st->threshold = strtod(line + 9, NULL);
			continue;
		}
		if (strncmp(line, "context", 7) == 0) {
			w = st->wctx;
			nw = WIRE_STRIP_NCTX;
			k = 0;
			st->has_ctx = 1;
			continue;
		}
		if (strncmp(line, "flat", 4) == 0) {
			memset(st->wflat, 0, sizeof(st->wflat));
			w = st->wflat;
			nw = WIRE_STRIP_NFEAT;
			k = 0;
			continue;
		}
		v = strtod(line, &end);
		if (end != line && k < nw)
			w[k++] = v;
	}
	fclose(fp);
	/* Without a flat section flat text is scored with the HTML weights. */
	if (w != st->wflat)
		memcpy(st->wflat, st->w, sizeof(st->wflat));
	return 0;
}

/*
 * The sections of strip/words.txt in the order of enum
 * wire_strip_wordlist, and how their entries are written: WORD_FOLD,
 * folded as the text they are matched against (see wire_strip_fold());
 * WORD_ASCII1, opening with an ASCII letter, as the date-label scan
 * looks for labels only there; WORD_MONTH, a name and its number (see
 * month_number() and month_name()).
 */
#define WORD_FOLD	1
#define WORD_ASCII1	2
#define WORD_MONTH	4
static const struct {
	const char	*name;
	int		 flags;
} word_section[WIRE_SW_N] = {
	{ "name-prefix", 0 }, { "not-name", 0 }, { "particle", 0 },
	{ "role", 0 }, { "org-end", 0 }, { "bare-preposition", 0 },
	{ "date-label", WORD_ASCII1 }, { "byline-label", 0 },
	{ "card-label", 0 }, { "inline-by", 0 }, { "report-tail", 0 },
	{ "sign-off", 0 },
	{ "credit", WORD_FOLD }, { "credit-spaced", WORD_FOLD },
	{ "byline-opening", WORD_FOLD }, { "bio-verb", WORD_FOLD },
	{ "bio-role", WORD_FOLD }, { "month", WORD_MONTH },
	{ "date-joiner", 0 }, { "day-suffix", 0 }, { "name-joiner", 0 },
	{ "name-date", 0 }, { "feminine", 0 }, { "noun-label", 0 },
	{ "reporter-opening", 0 }, { "not-account", 0 }, { "agency", 0 }
};

/*
 * Writes the entry of n bytes at s to out as it is matched: blanks
 * around it dropped, each run inside it one space, ASCII capitals (with
 * fold, every capital wire_strip_fold() lowers) lowered, in NFC.
 * Returns 0, or -1 when s is not UTF-8.
 */
static int
word_entry(const char *s, size_t n, int fold, struct wire_buf *out)
{
	size_t i = 0, k;
	uint32_t cp;
	char b[4];
	int sp = 0;

	wire_buf_reset(out);
	while (i < n) {
		if ((cp = (unsigned char)s[i]) < 0x80)
			k = 1;
		else if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			return -1;
		i += k;
		if (fold_blank(cp)) {
			sp = out->len > 0;
			continue;
		}
		if (sp)
			wire_buf_putc(out, ' ');
		sp = 0;
		if (fold)
			cp = fold_cp(cp);
		else if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		/* Most entries are ASCII: a byte each, nothing to encode. */
		if (cp < 0x80)
			wire_buf_putc(out, (int)cp);
		else
			wire_buf_add(out, b, wire_utf8_encode(cp, b));
	}
	wire_strip_nfc(out);
	return 0;
}

/*
 * Cuts the number from the [month] entry of *n bytes at s ("januar 1",
 * blanks around it trimmed): *n becomes the length of the name before
 * it, blanks after the name dropped, and *m the number.  Returns NULL,
 * or why the entry is refused.
 */
static const char *
month_number(const char *s, size_t *n, int *m)
{
	size_t t = *n, d;

	while (t > 0 && s[t - 1] != ' ' && s[t - 1] != '\t')
		t--;
	if (t == 0 || strspn(s + t, "0123456789") != *n - t)
		return "a month is a name, then its number from 1 to 12";
	/* Leading zeros aside, a number of three digits is out of range. */
	for (d = t; d + 1 < *n && s[d] == '0'; d++)
		;
	*m = *n - d > 2 ? 0 : atoi(s + d);
	if (*m < 1 || *m > 12)
		return "a month's number must be 1 to 12";
	while (t > 0 && (s[t - 1] == ' ' || s[t - 1] == '\t'))
		t--;
	*n = t;
	return NULL;
}

/*
 * True when the month name in b (as word_entry() wrote it) can be found:
 * the date parser reads a month as one word of letters, ASCII or any
 * byte of a character beyond, of three bytes or more.
 */
static int
month_name(const struct wire_buf *b)
{
	size_t k;

	for (k = 0; k < b->len; k++)
		if ((unsigned char)b->p[k] < 0x80 &&
		    !isalpha((unsigned char)b->p[k]))
			return 0;
	return b->len >= 3;
}

/*
 * Gives the last entry of l the number m, the array of numbers grown to
 * hold it.  Returns 0, or -1 when memory runs out.
 */
static int
word_value(struct wire_strip_words *l, int m)
{
	uint8_t *nv;

	if ((nv = realloc(l->val, l->n)) == NULL)
		return -1;
	l->val = nv;
	l->val[l->n - 1] = (uint8_t)m;
	return 0;
}

/*
 * Fills the lengths, pair bits and numbers of the entries of every
 * section of st->words (see wire/strip.h); a section without numbers
 * gets zeros.  Returns 0, or -1 with a message in err (errlen bytes)
 * when memory runs out.
 */
static int
word_index(struct wire_strip *st, char *err, size_t errlen)
{
	struct wire_strip_words *l;
	size_t k, j;

	for (k = 0; k < WIRE_SW_N; k++) {
		l = &st->words[k];
		/* One more than n, so that an empty section has arrays too. */
		l->len = malloc(l->n + 1);
		l->pair = malloc((l->n + 1) * sizeof(*l->pair));
		if (l->val == NULL)
			l->val = calloc(l->n + 1, 1);
		if (l->len == NULL || l->pair == NULL || l->val == NULL) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		for (j = 0; j < l->n; j++) {
			l->len[j] = (uint8_t)strlen(l->v[j]);
			l->pair[j] = l->len[j] < 2 ? WIRE_STRIP_NOPAIR :
			    (uint16_t)WIRE_STRIP_PAIRBIT(l->v[j][0], l->v[j][1]);
			if (l->pair[j] != WIRE_STRIP_NOPAIR)
				l->pairs[l->pair[j] >> 6] |=
				    (uint64_t)1 << (l->pair[j] & 63);
		}
	}
	return 0;
}

/*
 * Loads strip/words.txt (from dir, or the data directory) into
 * st->words, each section's entries in the file's order (see the file's
 * header for its form).  Returns 0, or -1 with a message naming the file
 * and line in err (errlen bytes); what was loaded is left in st for
 * wire_strip_free().
 */
static int
load_words(struct wire_strip *st, const char *dir, char *err, size_t errlen)
{
	char line[512], path[PATH_MAX];
	const char *why = NULL, *mwhy;
	FILE *fp;
	size_t lineno = 0, n = 0, k;
	int sec = -1, seen[WIRE_SW_N] = { 0 }, m = 0;
	char *s = line;

	if ((fp = open_data_at(dir, "strip/words.txt", path, err,
	    errlen)) == NULL)
		return -1;
	while (fgets(line, sizeof(line), fp) != NULL) {
		lineno++;
		n = strcspn(line, "\r\n");
		if (line[n] == '\0' && !feof(fp)) {
			why = "line longer than 510 bytes";
			s = line;
			n = wire_utf8_check(s, 20);
			break;
		}
		for (s = line; n > 0 && (*s == ' ' || *s == '\t'); s++, n--)
			;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n == 0 || s[0] == '#')
			continue;
		if (s[0] == '[' && (n < 3 || s[n - 1] != ']'))
			why = "a section opens with a line \"[name]\"";
		else if (s[0] == '[') {
			for (k = 0; k < WIRE_SW_N &&
			    (strlen(word_section[k].name) != n - 2 ||
			    memcmp(word_section[k].name, s + 1, n - 2) != 0); k++)
				;
			if (k == WIRE_SW_N)
				why = "unknown section";
			else if (seen[k])
				why = "section given twice";
			else
				seen[sec = (int)k] = 1;
		} else if (sec < 0)
			why = "entry outside a section (a line \"[name]\" opens one)";
		else if ((word_section[sec].flags & WORD_MONTH) &&
		    (mwhy = month_number(s, &n, &m)) != NULL)
			why = mwhy;
		else if (word_entry(s, n, word_section[sec].flags & WORD_FOLD,
		    &st->tmp) == -1) {
			/* Shown up to the bad byte, the message being text. */
			why = "entry not in UTF-8 after";
			n = wire_utf8_check(s, n);
		} else if (st->tmp.len >= WIRE_STRIP_WORDMAX)
			why = "entry longer than 63 bytes";
		else if (st->tmp.len > 0 &&
		    (word_section[sec].flags & WORD_ASCII1) &&
		    (unsigned)(unsigned char)st->tmp.p[0] - 'a' >= 26u)
			why = "a date label must open with an ASCII letter";
		else if ((word_section[sec].flags & WORD_MONTH) &&
		    !month_name(&st->tmp))
			why = "a month's name is one word of letters, 3 bytes "
			    "or more";
		else if (st->tmp.len > 0 && (push(&st->words[sec].v,
		    &st->words[sec].n, st->tmp.p, st->tmp.len) == -1 ||
		    ((word_section[sec].flags & WORD_MONTH) &&
		    word_value(&st->words[sec], m) == -1)))
			why = "out of memory";
		if (why != NULL)
			break;
	}
	if (why == NULL && ferror(fp)) {
		fclose(fp);
		snprintf(err, errlen, "%s: %s", path, strerror(EIO));
		return -1;
	}
	fclose(fp);
	if (why != NULL) {
		snprintf(err, errlen, "%s:%zu: %s: %.*s", path, lineno, why,
		    (int)n, s);
		return -1;
	}
	for (k = 0; k < WIRE_SW_N; k++)
		if (!seen[k]) {
			snprintf(err, errlen, "%s: missing section [%s]", path,
			    word_section[k].name);
			return -1;
		}
	return word_index(st, err, errlen);
}

/*
 * Chains the class priors of st by their first two letters (see
 * wire/strip.h); the arrays are one allocation, freed with st.  Returns
 * 0, or -1 when memory runs out.
 */
static int
class_index(struct wire_strip *st)
{
	size_t k, n = st->nclasses;
	uint32_t *a, *head;

	if ((a = calloc(WIRE_STRIP_CLSHASH + 3 * n + 1, sizeof(*a))) == NULL)
		return -1;
	st->clshead = a;
	st->clsnext = a + WIRE_STRIP_CLSHASH;
	st->clslen = st->clsnext + n;
	st->clsseen = st->clslen + n;
	st->clsone = 0;
	st->clsgen = 0;
	/* Pushed from the last, each chain keeps the order of the file. */
	for (k = n; k-- > 0;) {
		const char *w = st->classes[k] + 1;

		st->clslen[k] = (uint32_t)strlen(w);
		head = st->clslen[k] >= 2 ?
		    &st->clshead[WIRE_STRIP_CLSPAIR(w[0], w[1])] : &st->clsone;
		st->clsnext[k] = *head;
		*head = (uint32_t)k + 1;
	}
	return 0;
}

/*
 * Loads wire-strip's data; see wire/strip.h.
 */
int
wire_strip_init(struct wire_strip *st, const char *dir, char *err,
    size_t errlen)
{
	char **cl = NULL;
	size_t ncl = 0, k;
	char line[256];
	FILE *fp;

	memset(st, 0, sizeof(*st));
	st->max_page = WIRE_STRIP_DEFAULT_MAX_PAGE;
	st->lang = -1;
	wire_html_init(&st->doc, 2000000, WIRE_STRIP_DEFAULT_MAX_PAGE * 2);
	if (load_stopwords(st, dir, err, errlen) == -1 ||
	    stop_hash(st, err, errlen) == -1 ||
	    load_list(dir, "strip/phrases.txt", &st->phrases, &st->nphrases,
	    &st->tmp, err, errlen) == -1 ||
	    load_list(dir, "strip/sections.txt", &st->sections, &st->nsections,
	    &st->tmp, err, errlen) == -1 ||
	    load_words(st, dir, err, errlen) == -1)
		goto fail;
	if (split_prefixes(st) == -1) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	if ((fp = open_data(dir, "strip/classes.txt", err, errlen)) == NULL)
		goto fail;
	while (fgets(line, sizeof(line), fp) != NULL) {
		size_t len = strcspn(line, "\r\n");

		if (len < 2 || (line[0] != '+' && line[0] != '-'))
			continue;
		for (k = 0; k < len; k++)
			line[k] = (char)tolower((unsigned char)line[k]);
		if (push(&cl, &ncl, line, len) == -1) {
			fclose(fp);
			snprintf(err, errlen, "out of memory");
			goto fail;
		}
	}
	fclose(fp);
	st->classes = cl;
	st->nclasses = ncl;
	cl = NULL;
	ncl = 0;
	if (class_index(st) == -1) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	load_weights(st, dir);
	return 0;
fail:
	free_list(cl, ncl);
	wire_strip_free(st);
	return -1;
}

/*
 * Frees st; see wire/strip.h.
 */
void
wire_strip_free(struct wire_strip *st)
{
	size_t k;

	for (k = 0; k < st->nlang; k++)
		free_list(st->langs[k].words, st->langs[k].n);
	free(st->stopkey);
	free(st->stopmask);
	free_list(st->phrases, st->nphrases);
	free_list(st->sections, st->nsections);
	free_list(st->prefixes, st->nprefixes);
	free_list(st->inside, st->ninside);
	free_list(st->classes, st->nclasses);
	for (k = 0; k < WIRE_SW_N; k++) {
		free_list(st->words[k].v, st->words[k].n);
		free(st->words[k].len);
		free(st->words[k].pair);
		free(st->words[k].val);
	}
	free(st->clshead);
	wire_html_free(&st->doc);
	wire_buf_free(&st->page);
	wire_buf_free(&st->raw);
	wire_buf_free(&st->btext);
	wire_buf_free(&st->tmp);
	wire_buf_free(&st->text);
	wire_buf_free(&st->title);
	wire_buf_free(&st->authors);
	wire_buf_free(&st->published);
	wire_buf_free(&st->modified);
	wire_buf_free(&st->pubsrc);
	wire_buf_free(&st->site);
	wire_buf_free(&st->langcode);
	wire_buf_free(&st->description);
	wire_buf_free(&st->image);
	wire_buf_free(&st->canonical);
	wire_buf_free(&st->captionidx);
	free(st->b);
	free(st->score);
	free(st->tlen);
	free(st->llen);
	free(st->cls);
	memset(st, 0, sizeof(*st));
}

/*
 * Folds one code point cp for matching: the lower case of ASCII and
 * Latin-1, Greek and Cyrillic capitals, of Latin Extended-A pairs, and
 * an apostrophe for U+2019.
 */
static inline uint32_t
fold_cp(uint32_t cp)
{
	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde &&
	    cp != 0xd7) || (cp >= 0x410 && cp <= 0x42f) ||
	    (cp >= 0x391 && cp <= 0x3a9))
		cp += 0x20;
	else if (cp >= 0x100 && cp <= 0x17f && (cp & 1) == 0)
		cp += 1;
	else if (cp == 0x2019)
		cp = '\'';
	return cp;
}

/* True for the blanks folding turns into one space. */
static inline int
fold_blank(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xa0 || cp == 0x2009 || cp == 0x202f;
}

/* Drops trailing blanks and sentence marks from out, from start on. */
static void
fold_end(struct wire_buf *out, size_t start)
{
	while (out->len > start && strchr(" .:!?;,", out->p[out->len - 1]) != NULL)
		out->len--;
	if (out->len < out->cap)
		out->p[out->len] = '\0';
}

/*
 * True when the code point of pr may be the second of a pair that NFC
 * composes.  utf8proc 2.8 marks such a code point with the top bit
 * of comb_index; other releases lay the combining table out otherwise,
 * and there every code point is taken to be one, which leaves the answer
 * to utf8proc_map(): slower, never wrong.
 */
static int
comb_second(const utf8proc_property_t *pr)
{
#if UTF8PROC_VERSION_MAJOR == 2 && UTF8PROC_VERSION_MINOR == 8
	return pr->comb_index != UINT16_MAX && pr->comb_index >= 0x8000;
#else
	(void)pr;
	return 1;
#endif
}

/*
 * True when NFC leaves n bytes of UTF-8 at s as they are; false when it
 * may not (then only utf8proc can tell).  A code point below U+0300 is its own NFC and never joins
 * the one before it (all of Latin-1 and Latin Extended); one above is
 * looked up: NFC keeps a starter without a canonical decomposition that
 * composes with nothing before it.  Hangul, composed by rule, is left to
 * utf8proc, as are bytes that are not UTF-8.
 */
static int
nfc_inert(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	const utf8proc_property_t *pr;
	size_t i = 0, k;
	uint32_t cp;

	while (i < n) {
		/* 0xcc leads U+0300; below it come ASCII, continuation bytes
		 * and leads of U+0080 to U+02FF. */
		if (u[i] < 0xcc) {
			i++;
			continue;
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			return 0;
		i += k;
		if ((cp >= 0x1100 && cp <= 0x11ff) ||
		    (cp >= 0xa960 && cp <= 0xa97f) ||
		    (cp >= 0xac00 && cp <= 0xd7ff) ||
		    (cp & 0xfffe) == 0xfffe)
			return 0;
		pr = utf8proc_get_property((utf8proc_int32_t)cp);
		if (pr->combining_class != 0 ||
		    (pr->decomp_seqindex != UINT16_MAX &&
		    pr->decomp_type == 0) ||
		    comb_second(pr))
			return 0;
	}
	return 1;
}

/*
 * Brings b to Unicode NFC; see wire/strip.h.
 */
void
wire_strip_nfc(struct wire_buf *b)
{
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t n;

	if (nfc_inert(b->p, b->len))
		return;
	n = utf8proc_map((const utf8proc_uint8_t *)b->p, (utf8proc_ssize_t)b->len,
	    &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	/* Room is made first so that a text at its cap stays as it was. */
	if (n >= 0 && ((size_t)n != b->len || memcmp(out, b->p, b->len) != 0) &&
	    ((size_t)n <= b->len || wire_buf_grow(b, (size_t)n - b->len) == 0)) {
		wire_buf_reset(b);
		wire_buf_add(b, out, (size_t)n);
	}
	free(out);
}

/*
 * Hashes the pairs of bytes of s; see wire/strip.h.
 */
void
wire_strip_pair_bits(const char *s, size_t n, uint64_t bits[8])
{
	size_t k;
	unsigned h;

	memset(bits, 0, 8 * sizeof(*bits));
	for (k = 0; k + 1 < n; k++) {
		h = WIRE_STRIP_PAIRBIT(s[k], s[k + 1]);
		bits[h >> 6] |= (uint64_t)1 << (h & 63);
	}
}

/*
 * Folds text for matching; see wire/strip.h.  ASCII and Latin-1, Greek
 * and Cyrillic capitals are lowered; runs of blanks become one space and
 * trailing blanks and sentence marks go.  No character grows when folded,
 * so with room for n bytes made once the text is written straight into
 * out; an out capped below that is filled a character at a time.
 */
void
wire_strip_fold(const char *s, size_t n, struct wire_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k, start = out->len;
	uint32_t cp;
	char b[4], *o = NULL;
	int sp = 1, full = out->full;

	if (wire_buf_grow(out, n) == -1)
		out->full = full;
	else
		o = out->p + out->len;
	while (i < n) {
		if ((cp = u[i]) < 0x80)
			k = 1;
		else if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			i++;
			continue;
		}
		i += k;
		if (fold_blank(cp)) {
			if (!sp) {
				if (o != NULL)
					*o++ = ' ';
				else
					wire_buf_putc(out, ' ');
			}
			sp = 1;
			continue;
		}
		sp = 0;
		cp = fold_cp(cp);
		if (o != NULL) {
			if (cp < 0x80)
				*o++ = (char)cp;
			else
				o += wire_utf8_encode(cp, o);
		} else
			wire_buf_add(out, b, wire_utf8_encode(cp, b));
	}
	if (o != NULL)
		out->len = (size_t)(o - out->p);
	fold_end(out, start);
}

/* The longest stop word, in bytes: one slot of st->stopkey. */
#define STOPMAX		16

/* The hash of a word held zero-padded in k0 and k1. */
static uint64_t
stop_slot(uint64_t k0, uint64_t k1)
{
	uint64_t h = k0 * UINT64_C(0x9e3779b97f4a7c15) ^
	    k1 * UINT64_C(0xc2b2ae3d27d4eb4f);

	return h ^ h >> 29;
}

/*
 * Builds one hash table of the stop words of every language, so a word
 * costs one probe instead of a binary search per language.  A slot holds
 * the word itself, zero-padded, so a probe reads no other memory, and
 * the table stays small enough for the cache.  Stop words are short; one
 * longer than STOPMAX bytes is left out.
 */
static int
stop_hash(struct wire_strip *st, char *err, size_t errlen)
{
	size_t total = 0, cap = 64, k, j, i, len;
	uint64_t key[2];

	for (k = 0; k < st->nlang; k++)
		total += st->langs[k].n;
	while (cap < total * 2)
		cap *= 2;
	st->stopkey = calloc(cap * 2, sizeof(*st->stopkey));
	st->stopmask = calloc(cap, sizeof(*st->stopmask));
	if (st->stopkey == NULL || st->stopmask == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	st->nstophash = cap;
	for (k = 0; k < st->nlang; k++)
		for (j = 0; j < st->langs[k].n; j++) {
			const char *w = st->langs[k].words[j];

			if ((len = strlen(w)) == 0 || len > STOPMAX)
				continue;
			memset(key, 0, sizeof(key));
			memcpy(key, w, len);
			for (i = stop_slot(key[0], key[1]) & (cap - 1);
			    st->stopkey[2 * i] != 0 &&
			    (st->stopkey[2 * i] != key[0] ||
			    st->stopkey[2 * i + 1] != key[1]);
			    i = (i + 1) & (cap - 1))
				;
			st->stopkey[2 * i] = key[0];
			st->stopkey[2 * i + 1] = key[1];
			st->stopmask[i] |= (uint16_t)(1u << k);
		}
	return 0;
}

/*
 * The languages (bit k for st->langs[k]) that list the word of wl bytes
 * at w, which is zero-padded to STOPMAX bytes.
 */
static uint16_t
stop_lookup(const struct wire_strip *st, const char *w, size_t wl)
{
	const uint64_t *t = st->stopkey;
	uint64_t k0, k1;
	size_t i, mask = st->nstophash - 1;

	if (wl > STOPMAX || st->nstophash == 0)
		return 0;
	memcpy(&k0, w, 8);
	memcpy(&k1, w + 8, 8);
	for (i = stop_slot(k0, k1) & mask; t[2 * i] != 0; i = (i + 1) & mask)
		if (t[2 * i] == k0 && t[2 * i + 1] == k1)
			return st->stopmask[i];
	return 0;
}

/*
 * Counts the words of s and the stop words of L (and of every language).
 * A word is a run of letters (ASCII, apostrophe, and U+00C0 to U+1FFF but
 * the multiplication and division signs), lowered and cut to 28 bytes;
 * ASCII and two-byte characters are read inline, as most text is made of
 * them.
 */
static uint32_t
count_words(const struct wire_strip_lang *L, const char *s, size_t n,
    uint32_t *nwords, uint32_t *perlang, const struct wire_strip *st)
{
	const unsigned char *u = (const unsigned char *)s;
	char w[32];
	size_t i = 0, wl = 0, k = 1, j;
	uint32_t nstop = 0, cp, cjk = 0;
	int lang = L != NULL ? (int)(L - st->langs) : -1;

	*nwords = 0;
	memset(w, 0, sizeof(w));
	for (;;) {
		/* A run of letters, and k the length of what ends it. */
		while (i < n) {
			if ((cp = u[i]) < 0x80) {
				k = 1;
				if ((unsigned)((cp | 0x20) - 'a') < 26)
					cp |= 0x20;
				else if (cp != '\'')
					break;
				if (wl < sizeof(w) - 4)
					w[wl++] = (char)cp;
				i++;
				continue;
			}
			if (cp >= 0xc2 && cp < 0xe0 && i + 1 < n &&
			    (u[i + 1] & 0xc0) == 0x80) {
				cp = (cp & 0x1f) << 6 | (u[i + 1] & 0x3f);
				k = 2;
			} else if ((k = wire_utf8_decode(s + i, n - i,
			    &cp)) == 0) {
				k = 1;
				break;
			}
			/* Chinese and Japanese write no spaces: two of their
			 * characters count as a word, about what a word of
			 * theirs holds */
			if ((cp >= 0x3040 && cp <= 0x30ff) ||
			    (cp >= 0x4e00 && cp <= 0x9fff)) {
				if (wl == 0) {
					*nwords += ++cjk % 2;
					i += k;
					continue;
				}
				k = 0;	/* end the word before it first */
				break;
			}
			cjk = 0;
			/* Latin, Greek, Cyrillic and kin, and Hangul, whose
			 * words stand between spaces too */
			if (cp < 0xc0 || (cp >= 0x2000 && (cp < 0xac00 ||
			    cp > 0xd7a3)) || cp == 0xd7 || cp == 0xf7)
				break;
			if (cp <= 0xde || (cp >= 0x410 && cp <= 0x42f))
				cp += 0x20;
			if (wl < sizeof(w) - 4)
				wl += wire_utf8_encode(cp, w + wl);
			i += k;
		}
		if (wl > 0) {
			uint16_t m = stop_lookup(st, w, wl);

			(*nwords)++;
			if (lang >= 0 && (m >> lang & 1))
				nstop++;
			if (perlang != NULL && m != 0)
				for (j = 0; j < st->nlang; j++)
					if (m >> j & 1)
						perlang[j]++;
			/* stop_lookup() reads STOPMAX bytes, zero past the word. */
			memset(w, 0, STOPMAX);
			wl = 0;
		}
		if (i >= n)
			break;
		i += k;
	}
	return nstop;
}

/*
 * Guesses the language of text by its stop words; see wire/strip.h.
 */
int
wire_strip_guess_lang(struct wire_strip *st, const char *s, size_t n)
{
	uint32_t per[WIRE_STRIP_MAXLANG], nw, best = 0;
	size_t k;
	int bi = -1;

	memset(per, 0, sizeof(per));
	count_words(NULL, s, n > 65536 ? 65536 : n, &nw, per, st);
	for (k = 0; k < st->nlang; k++)
		if (per[k] > best) {
			best = per[k];
			bi = (int)k;
		}
	if (nw < 10 || best * 10 < nw)
		return -1;
	return bi;
}

/*
 * Names the language of text by its script, where one script is one
 * language's; see wire/strip.h.
 */
const char *
wire_strip_script_lang(const char *s, size_t n)
{
	size_t i = 0, k, all = 0, hangul = 0, kana = 0, han = 0, thai = 0,
	    greek = 0, hebrew = 0;
	uint32_t cp;

	if (n > 65536)
		n = 65536;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			all += isalpha((unsigned char)s[i]) != 0;
			i++;
			continue;
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			break;	/* a sequence cut at the sample's end */
		i += k;
		if (cp >= 0xAC00 && cp <= 0xD7A3)
			hangul++;
		else if (cp >= 0x3040 && cp <= 0x30FF)
			kana++;
		else if (cp >= 0x4E00 && cp <= 0x9FFF)
			han++;
		else if (cp >= 0x0E01 && cp <= 0x0E5B)
			thai++;
		else if (cp >= 0x0370 && cp <= 0x03FF)
			greek++;
		else if (cp >= 0x05D0 && cp <= 0x05EA)
			hebrew++;
		else if (!(utf8proc_category((utf8proc_int32_t)cp) >=
		    UTF8PROC_CATEGORY_LU && utf8proc_category(
		    (utf8proc_int32_t)cp) <= UTF8PROC_CATEGORY_LO))
			continue;
		all++;
	}
	if (all < 10)
		return NULL;
	if (hangul * 2 > all)
		return "ko";
	/* Japanese writes kana among its Han characters; Chinese none. */
	if ((kana + han) * 2 > all)
		return kana * 10 > kana + han ? "ja" : "zh";
	if (thai * 2 > all)
		return "th";
	if (greek * 2 > all)
		return "el";
	if (hebrew * 2 > all)
		return "he";
	return NULL;
}

/*
 * Counts stop words; see wire/strip.h.
 */
uint32_t
wire_strip_count_stop(const struct wire_strip *st, int lang, const char *s,
    size_t n, uint32_t *nwords)
{
	return count_words(lang >= 0 ? &st->langs[lang] : NULL, s, n, nwords,
	    NULL, st);
}

/*
 * Whether a word is one of a section's; see wire/strip.h.
 */
int
wire_strip_word_in(const struct wire_strip *st, int sec, const char *w, size_t n)
{
	const struct wire_strip_words *l = &st->words[sec];
	size_t k;

	for (k = 0; k < l->n; k++)
		if (l->len[k] == n && strncasecmp(w, l->v[k], n) == 0)
			return 1;
	return 0;
}

/*
 * Which word of a section text opens with; see wire/strip.h.
 */
size_t
wire_strip_opens_with(const struct wire_strip *st, int sec, const char *s, size_t n)
{
	const struct wire_strip_words *l = &st->words[sec];
	size_t k, wl;

	for (k = 0; k < l->n; k++) {
		wl = l->len[k];
		if (wl < n && s[wl] == ' ' && strncasecmp(s, l->v[k], wl) == 0)
			return wl + 1;
	}
	return 0;
}
