/*
 * ner.c: gazetteers, the sequence tagger and the document step.
 *
 * The tagger is a first-order linear chain over seven labels (O and B/I of
 * PER, ORG, LOC) with an averaged perceptron.  Every feature is a 64-bit
 * hash made by mixing per-token hashes (word, lower-case word, shape,
 * affixes, gazetteer classes), so extracting one costs a multiply, not a
 * string; the weights of a feature sit in one 32-byte slot so that scoring
 * a token is one cache line per feature.  The model file keeps the feature
 * hashes and 16-bit weights, pruned of the small ones.
 *
 * What the tagger finds is then repaired and named by rules: Korean
 * personal names, gazetteer places and organisations it missed, titles cut
 * off people, acronyms defined in the text, and mentions of a name seen
 * earlier in the same document.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <utf8proc.h>

#include "wire/ner.h"
#include "wire/text.h"

#define NLAB		7	/* O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC */
#define MAXFEAT		96	/* features of one token */
#define GAZ_MAXN	8	/* tokens of the longest gazetteer entry */
#define DOC_MAXENT	4096	/* names one document remembers */
#define DOC_NAMES_MAX	(1u << 20)	/* bytes of canonical names kept */
#define MODEL_MAGIC	"WNERMOD1"
#define MAX_SPANS	(1u << 20)

/* Gazetteer classes (bit numbers), in the order of class_names[]. */
enum {
	G_COUNTRY, G_CITY, G_TOWN, G_REGION, G_GEO, G_ORG, G_ORGKEY, G_FIRST,
	G_SURNAME, G_PERSON, G_TITLE, G_NAT, G_MISC, G_STOP, G_WORD, G_PROPER,
	G_LOCKEY, G_NCLASS
};

static const char *const class_names[G_NCLASS] = {
	"country", "city", "town", "region", "geo", "org", "orgkey", "first",
	"surname", "person", "title", "nat", "misc", "stop", "word", "proper",
	"lockey"
};

/* Gazetteer files under datadir/ner, curated first so its names win. */
static const char *const gaz_files[] = {
	"gaz-curated.tsv", "gaz-countries.tsv", "gaz-regions.tsv",
	"gaz-cities.tsv", "gaz-names.tsv", "gaz-words.tsv", NULL
};

/* Classes that name an entity on their own, so a match is one. */
#define G_STRONG	((1u << G_COUNTRY) | (1u << G_REGION) | (1u << G_GEO) | \
			 (1u << G_ORG) | (1u << G_PERSON) | (1u << G_NAT) | \
			 (1u << G_MISC) | (1u << G_CITY))

struct gent {
	uint64_t	key;		/* hash of the token sequence; 0 = empty */
	uint32_t	cls;		/* class bits */
	uint32_t	canon;		/* offset + 1 in the pool, 0 = none */
	uint32_t	canonlen;
	uint32_t	ntok;
};

struct gfirst {
	uint64_t	key;		/* hash of a first token; 0 = empty */
	uint32_t	maxn;		/* longest entry starting with it */
};

struct fent {
	uint32_t	key;		/* high hash bits | 1; 0 = empty */
	float		w[NLAB];
};

struct wire_ner {
	struct gent	*gaz;
	size_t		 gmask, gn;
	struct gfirst	*gfirst;
	size_t		 fmask, fn;
	uint64_t	*words;		/* lower-case word hash | LEX_* bits */
	size_t		 wmask, wn;
	char		*pool;
	size_t		 poollen, poolcap;
	struct fent	*feat;		/* NULL when there is no model */
	size_t		 featmask;
	float		 trans[NLAB + 1][NLAB];	/* row NLAB: sentence start */
};

/* Per-token facts the features and rules are made of. */
struct tinfo {
	uint64_t	w, lw, sh;	/* hashes: word, lower-case word, shape */
	uint64_t	tw;		/* a lower-case or all-capitals word
					 * spelt as a name ("Kerala"), or 0 */
	uint64_t	affix[5];	/* suffixes 2-4, prefixes 2-3 */
	uint32_t	gb, gi;		/* gazetteer classes begun / continued */
	uint32_t	lex;		/* LEX_* */
	uint32_t	rs, re;		/* capitalised run [rs, re); re 0: none */
	uint32_t	flags;
	int		cap;		/* CAP_* */
	int		initial;	/* first word of a sentence */
};

enum { CAP_OTHER, CAP_LOWER, CAP_INIT, CAP_ALL, CAP_DIGIT, CAP_MIXED };

/* Dictionary facts of a word (gaz-words.tsv). */
#define LEX_WORD	1	/* its lower-case form is a common word */
#define LEX_PROPER	2	/* the dictionary has it only capitalised */


struct dent {
	uint64_t	key;		/* surface hash; 0 = empty */
	uint32_t	name, namelen;	/* in doc->names */
	int		type;
	int		part;		/* a part of a person's name */
};

struct wire_ner_doc {
	struct wire_buf	 names;
	struct dent	*ents;		/* DOC_MAXENT * 2 slots, open addressing */
	size_t		 nent;
	struct wire_token *tok;
	size_t		 tokcap;
	struct tinfo	*ti;
	size_t		 ticap;
	float		*score;		/* NLAB per token */
	unsigned char	*back;
	int		*lab;
	size_t		 scap;
	struct ospan	*sp;
	size_t		 spcap;
	struct wire_buf	 tmp;
};

/* ---------------------------------------------------------------- hashing */

static uint64_t
mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

static uint64_t
hbytes(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return mix64(h ^ n);
}

static uint64_t
f1(unsigned id, uint64_t a)
{
	uint64_t h = mix64(a + (uint64_t)id * 0x9e3779b97f4a7c15ULL);

	return h ? h : 1;
}

static uint64_t
f2(unsigned id, uint64_t a, uint64_t b)
{
	uint64_t h = mix64(mix64(a + (uint64_t)id * 0x9e3779b97f4a7c15ULL) ^
	    (b * 0xc2b2ae3d27d4eb4fULL));

	return h ? h : 1;
}

static uint64_t
seq_next(uint64_t seq, uint64_t tok)
{
	uint64_t h = mix64(seq * 0x100000001b3ULL + tok);

	return h ? h : 1;
}

/* ---------------------------------------------------------------- tokens */

static void
lower_word(const char *s, size_t n, char *out, size_t *outlen)
{
	size_t i = 0, o = 0, k;
	uint32_t cp;

	while (i < n && o + 4 < WIRE_NER_MAXTOK) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		k = wire_utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			out[o++] = (char)c;
			i++;
			continue;
		}
		cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
		o += wire_utf8_encode(cp, out + o);
		i += k;
	}
	*outlen = o;
}

/* Start of the code point that holds byte i of s. */
static size_t
cp_start(const char *s, size_t i)
{
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	return i;
}

static void
token_info(const struct wire_ner *ner, const char *text,
    const struct wire_token *t, size_t nt, struct tinfo *ti)
{
	char lw[WIRE_NER_MAXTOK], sh[16];
	size_t i, j, lwn, shn, n, k;
	uint32_t cp;

	for (i = 0; i < nt; i++) {
		const char *s = text + t[i].start;
		int up = 0, lo = 0, dg = 0, oth = 0, firstup = 0;
		char last = 0;

		n = t[i].end - t[i].start;
		if (n > WIRE_NER_MAXTOK)
			n = cp_start(s, WIRE_NER_MAXTOK);
		ti[i].w = hbytes(s, n);
		lower_word(s, n, lw, &lwn);
		ti[i].lw = hbytes(lw, lwn);
		shn = 0;
		for (j = 0; j < n; j += k) {
			char c;

			k = wire_utf8_decode(s + j, n - j, &cp);
			if (k == 0) {
				k = 1;
				cp = 0xfffd;
			}
			if (cp < 0x80 && cp >= 'A' && cp <= 'Z')
				c = 'X';
			else if (cp < 0x80 && cp >= 'a' && cp <= 'z')
				c = 'x';
			else if (cp < 0x80 && cp >= '0' && cp <= '9')
				c = 'd';
			else if (cp < 0x80)
				c = (char)cp;
			else {
				utf8proc_category_t cat = utf8proc_category(
				    (utf8proc_int32_t)cp);

				c = cat == UTF8PROC_CATEGORY_LU ? 'X' :
				    cat >= UTF8PROC_CATEGORY_LL &&
				    cat <= UTF8PROC_CATEGORY_LO ? 'x' :
				    cat == UTF8PROC_CATEGORY_ND ? 'd' : '*';
			}
			if (c == 'X')
				up++, firstup += j == 0;
			else if (c == 'x')
				lo++;
			else if (c == 'd')
				dg++;
			else
				oth++;
			if (c != last && shn < sizeof(sh))
				sh[shn++] = c;
			last = c;
		}
		ti[i].sh = hbytes(sh, shn);
		if (up + lo + dg == 0)
			ti[i].cap = CAP_OTHER;
		else if (dg > 0 && up + lo == 0)
			ti[i].cap = CAP_DIGIT;
		else if (up == 0)
			ti[i].cap = CAP_LOWER;
		else if (lo == 0)
			ti[i].cap = CAP_ALL;
		else if (firstup && up == 1)
			ti[i].cap = CAP_INIT;
		else
			ti[i].cap = firstup ? CAP_INIT : CAP_MIXED;
		for (j = 0; j < 3; j++) {
			size_t m = j + 2;

			ti[i].affix[j] = lwn > m ? hbytes(lw + cp_start(lw,
			    lwn - m), lwn - cp_start(lw, lwn - m)) : 0;
		}
		for (j = 0; j < 2; j++) {
			size_t m = j + 2;

			ti[i].affix[3 + j] = lwn > m + 1 ? hbytes(lw,
			    cp_start(lw, m)) : 0;
		}
		ti[i].flags = t[i].flags;
		ti[i].gb = ti[i].gi = 0;
		/* "kerala", "san francisco" and "MIRAMAR" are looked up as
		 * names too (not "US" or "WHO": short capitals are acronyms,
		 * looked up as they are). */
		ti[i].tw = 0;
		if ((ti[i].cap == CAP_LOWER || (ti[i].cap == CAP_ALL &&
		    lwn > 3)) && lwn > 1 && lw[0] >= 'a' && lw[0] <= 'z') {
			lw[0] = (char)(lw[0] - 32);
			ti[i].tw = hbytes(lw, lwn);
		}
		if (i == 0 || (t[i].flags & WIRE_TOK_NEWLINE))
			ti[i].initial = 1;
		else {
			char pc = text[t[i - 1].start];
			size_t pl = t[i - 1].end - t[i - 1].start;

			ti[i].initial = pl == 1 && (pc == '.' || pc == '!' ||
			    pc == '?' || pc == ':' || pc == '"' || pc == '[' ||
			    pc == '(');
			if (pl == 3 && (unsigned char)pc == 0xe2)
				ti[i].initial = 1;	/* curly quotes */
		}
	}
	(void)ner;
}

/* ---------------------------------------------------------------- gazetteer */

static const struct gent *
gaz_get(const struct wire_ner *ner, uint64_t key)
{
	size_t i;

	if (ner->gaz == NULL)
		return NULL;
	for (i = key & ner->gmask; ner->gaz[i].key != 0;
	    i = (i + 1) & ner->gmask)
		if (ner->gaz[i].key == key)
			return &ner->gaz[i];
	return NULL;
}

static uint32_t
gaz_first(const struct wire_ner *ner, uint64_t key)
{
	size_t i;

	if (ner->gfirst == NULL)
		return 0;
	for (i = key & ner->fmask; ner->gfirst[i].key != 0;
	    i = (i + 1) & ner->fmask)
		if (ner->gfirst[i].key == key)
			return ner->gfirst[i].maxn;
	return 0;
}

/*
 * A zeroed table of n elements of size bytes, freed with free().  Tables
 * of a megabyte or more ask for huge pages: the model and the gazetteers
 * fill some 20 MB at start-up, and touching it 4 KB at a time costs more
 * than reading the files (a program started for each block of a parallel
 * run pays it every time).
 */
static void *
table_alloc(size_t n, size_t size)
{
	const size_t huge = (size_t)2 << 20;
	size_t len;
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		return NULL;
	len = n * size;
	if (len < ((size_t)1 << 20))
		return calloc(n, size);
	/* Whole huge pages: a part of one is faulted in 4 KB at a time. */
	if (len > SIZE_MAX - huge)
		return NULL;
	len = (len + huge - 1) & ~(huge - 1);
	if (posix_memalign(&p, huge, len) != 0)
		return NULL;
#ifdef MADV_HUGEPAGE
	(void)madvise(p, len, MADV_HUGEPAGE);
#endif
	memset(p, 0, len);
	return p;
}

static int
gaz_grow(struct wire_ner *ner)
{
	size_t i, j, ncap = ner->gaz ? (ner->gmask + 1) * 2 : 1024;
	struct gent *t = table_alloc(ncap, sizeof(*t));

	if (t == NULL)
		return -1;
	for (i = 0; ner->gaz != NULL && i <= ner->gmask; i++) {
		if (ner->gaz[i].key == 0)
			continue;
		for (j = ner->gaz[i].key & (ncap - 1); t[j].key != 0;
		    j = (j + 1) & (ncap - 1))
			;
		t[j] = ner->gaz[i];
	}
	free(ner->gaz);
	ner->gaz = t;
	ner->gmask = ncap - 1;
	return 0;
}

static int
first_grow(struct wire_ner *ner)
{
	size_t i, j, ncap = ner->gfirst ? (ner->fmask + 1) * 2 : 1024;
	struct gfirst *t = table_alloc(ncap, sizeof(*t));

	if (t == NULL)
		return -1;
	for (i = 0; ner->gfirst != NULL && i <= ner->fmask; i++) {
		if (ner->gfirst[i].key == 0)
			continue;
		for (j = ner->gfirst[i].key & (ncap - 1); t[j].key != 0;
		    j = (j + 1) & (ncap - 1))
			;
		t[j] = ner->gfirst[i];
	}
	free(ner->gfirst);
	ner->gfirst = t;
	ner->fmask = ncap - 1;
	return 0;
}

static uint32_t
pool_add(struct wire_ner *ner, const char *s, size_t n)
{
	uint32_t off;

	if (ner->poollen + n + 1 > ner->poolcap) {
		size_t nc = ner->poolcap ? ner->poolcap * 2 : 65536;
		char *p;

		while (nc < ner->poollen + n + 1)
			nc *= 2;
		if (nc > UINT32_MAX || (p = realloc(ner->pool, nc)) == NULL)
			return 0;
		ner->pool = p;
		ner->poolcap = nc;
	}
	memcpy(ner->pool + ner->poollen, s, n);
	off = (uint32_t)ner->poollen + 1;
	ner->poollen += n;
	ner->pool[ner->poollen++] = '\0';
	return off;
}

/* The LEX_* bits of a lower-case word hash (0: not in the dictionary). */
static uint32_t
words_get(const struct wire_ner *ner, uint64_t h)
{
	size_t i;

	if (ner->words == NULL)
		return 0;
	h = (h & ~(uint64_t)3) | 4;
	for (i = (h >> 3) & ner->wmask; ner->words[i] != 0;
	    i = (i + 1) & ner->wmask)
		if ((ner->words[i] & ~(uint64_t)3) == h)
			return (uint32_t)(ner->words[i] & 3);
	return 0;
}

/* Adds the dictionary word s with LEX_* bits lex. */
static int
words_add(struct wire_ner *ner, const char *s, size_t n, uint32_t lex)
{
	char lw[WIRE_NER_MAXTOK];
	size_t lwn, i, j;
	uint64_t h;

	if (n > WIRE_NER_MAXTOK)
		return 0;
	if ((ner->wn + 1) * 2 > (ner->words ? ner->wmask + 1 : 0)) {
		size_t nc = ner->words ? (ner->wmask + 1) * 2 : 4096;
		uint64_t *t = table_alloc(nc, sizeof(*t));

		if (t == NULL)
			return -1;
		for (i = 0; ner->words != NULL && i <= ner->wmask; i++) {
			if (ner->words[i] == 0)
				continue;
			for (j = (ner->words[i] >> 3) & (nc - 1); t[j] != 0;
			    j = (j + 1) & (nc - 1))
				;
			t[j] = ner->words[i];
		}
		free(ner->words);
		ner->words = t;
		ner->wmask = nc - 1;
	}
	lower_word(s, n, lw, &lwn);
	h = (hbytes(lw, lwn) & ~(uint64_t)3) | 4;
	for (i = (h >> 3) & ner->wmask; ner->words[i] != 0 &&
	    (ner->words[i] & ~(uint64_t)3) != h; i = (i + 1) & ner->wmask)
		;
	if (ner->words[i] == 0)
		ner->wn++;
	ner->words[i] |= h | lex;
	return 0;
}

/* Hash of the tokens of s as running text would give them. */
static uint64_t
surface_key(const char *s, size_t n, uint64_t *first, size_t *ntok)
{
	struct wire_token tk[GAZ_MAXN + 1];
	struct wire_token *tp = tk;
	size_t cap = GAZ_MAXN + 1, nt, i, used, len;
	uint64_t h = 0;

	/* The array is fixed: a longer name stops at GAZ_MAXN + 1 tokens. */
	nt = wire_ner_tokenize(s, n, GAZ_MAXN + 1, &tp, &cap, &used);
	if (nt == (size_t)-1 || nt == 0 || nt > GAZ_MAXN)
		return 0;
	for (i = 0; i < nt; i++) {
		len = tk[i].end - tk[i].start;
		if (len > WIRE_NER_MAXTOK)
			len = cp_start(s + tk[i].start, WIRE_NER_MAXTOK);
		if (i == 0) {
			h = hbytes(s + tk[i].start, len);
			*first = h;
		} else
			h = seq_next(h, hbytes(s + tk[i].start, len));
	}
	*ntok = nt;
	return h ? h : 1;
}

static int
gaz_add(struct wire_ner *ner, const char *s, size_t n, uint32_t cls,
    const char *canon, size_t canonlen)
{
	uint64_t key, first = 0;
	size_t ntok = 0, i;
	struct gent *g;

	key = surface_key(s, n, &first, &ntok);
	if (key == 0)
		return 0;
	if ((ner->gn + 1) * 2 > (ner->gaz ? ner->gmask + 1 : 0) &&
	    gaz_grow(ner) < 0)
		return -1;
	for (i = key & ner->gmask; ner->gaz[i].key != 0 &&
	    ner->gaz[i].key != key; i = (i + 1) & ner->gmask)
		;
	g = &ner->gaz[i];
	if (g->key == 0) {
		g->key = key;
		g->ntok = (uint32_t)ntok;
		ner->gn++;
	}
	g->cls |= cls;
	if (g->canon == 0 && canonlen > 0 && (canonlen != n ||
	    memcmp(canon, s, n) != 0)) {
		g->canon = pool_add(ner, canon, canonlen);
		g->canonlen = (uint32_t)canonlen;
	}
	if ((ner->fn + 1) * 2 > (ner->gfirst ? ner->fmask + 1 : 0) &&
	    first_grow(ner) < 0)
		return -1;
	for (i = first & ner->fmask; ner->gfirst[i].key != 0 &&
	    ner->gfirst[i].key != first; i = (i + 1) & ner->fmask)
		;
	if (ner->gfirst[i].key == 0) {
		ner->gfirst[i].key = first;
		ner->fn++;
	}
	if (ner->gfirst[i].maxn < ntok)
		ner->gfirst[i].maxn = (uint32_t)ntok;
	return 0;
}

static int
parse_classes(const char *s, size_t n, uint32_t *cls)
{
	size_t i = 0, j, c;

	*cls = 0;
	while (i < n) {
		for (j = i; j < n && s[j] != ','; j++)
			;
		for (c = 0; c < G_NCLASS; c++)
			if (strlen(class_names[c]) == j - i &&
			    memcmp(class_names[c], s + i, j - i) == 0)
				break;
		if (c == G_NCLASS)
			return -1;
		*cls |= 1u << c;
		i = j + 1;
	}
	return *cls ? 0 : -1;
}

static int
gaz_load_file(struct wire_ner *ner, const char *path, char *err,
    size_t errlen)
{
	FILE *f;
	char line[1024];
	size_t lineno = 0;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		char *t1, *t2, *canon = NULL;
		size_t n = strlen(line);
		uint32_t cls;

		lineno++;
		if (n > 0 && line[n - 1] != '\n' && !feof(f)) {
			snprintf(err, errlen, "%s:%zu: line too long", path,
			    lineno);
			fclose(f);
			return -1;
		}
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0 || line[0] == '#')
			continue;
		if ((t1 = strchr(line, '\t')) == NULL) {
			snprintf(err, errlen, "%s:%zu: no class", path, lineno);
			fclose(f);
			return -1;
		}
		*t1++ = '\0';
		if ((t2 = strchr(t1, '\t')) != NULL) {
			*t2++ = '\0';
			canon = t2;
		}
		if (parse_classes(t1, strlen(t1), &cls) < 0) {
			snprintf(err, errlen, "%s:%zu: bad class \"%s\"", path,
			    lineno, t1);
			fclose(f);
			return -1;
		}
		if (wire_utf8_check(line, strlen(line)) != strlen(line) ||
		    (canon != NULL && wire_utf8_check(canon, strlen(canon)) !=
		    strlen(canon))) {
			snprintf(err, errlen, "%s:%zu: not UTF-8", path, lineno);
			fclose(f);
			return -1;
		}
		if ((cls & ~((1u << G_WORD) | (1u << G_PROPER))) == 0) {
			/* Dictionary words live in a table of their own. */
			if (words_add(ner, line, strlen(line),
			    (cls & (1u << G_WORD) ? LEX_WORD : 0) |
			    (cls & (1u << G_PROPER) ? LEX_PROPER : 0)) < 0) {
				snprintf(err, errlen, "out of memory");
				fclose(f);
				return -1;
			}
		} else if (gaz_add(ner, line, strlen(line), cls, canon,
		    canon ? strlen(canon) : 0) < 0) {
			snprintf(err, errlen, "out of memory");
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	return 0;
}

/* Marks the gazetteer classes of every token: the longest entry from each
 * start gives its classes to the tokens it covers.  A word in lower case
 * or in capitals is looked up capitalised too. */
static void
gaz_mark(const struct wire_ner *ner, struct tinfo *ti, size_t nt)
{
	size_t i, k, maxn;
	uint64_t h[GAZ_MAXN];
	const struct gent *g;

	for (i = 0; i < nt; i++) {
		maxn = gaz_first(ner, ti[i].w);
		if (maxn == 0)
			continue;
		if (maxn > nt - i)
			maxn = nt - i;
		h[0] = ti[i].w;
		for (k = 1; k < maxn; k++)
			h[k] = seq_next(h[k - 1], ti[i + k].w);
		for (k = maxn; k > 0; k--) {
			size_t j;

			if ((g = gaz_get(ner, k == 1 ? (h[0] ? h[0] : 1) :
			    h[k - 1])) == NULL || g->ntok != k)
				continue;
			ti[i].gb |= g->cls;
			for (j = 1; j < k; j++)
				ti[i + j].gi |= g->cls;
			/* The word's own classes count too: "Kim" of "Kim
			 * Jong Un" is still a family name. */
			if (k > 1 && (g = gaz_get(ner, h[0] ? h[0] : 1)) !=
			    NULL && g->ntok == 1)
				ti[i].gb |= g->cls;
			break;
		}
	}
	/* Names in lower case ("kerala", "san francisco") or in capitals
	 * ("MIRAMAR"): only the classes that name something by themselves,
	 * so that "will" or "reading" does not become a first name or a
	 * town; the shape features tell the tagger the case. */
	for (i = 0; i < nt; i++) {
		if (ti[i].tw == 0 || (maxn = gaz_first(ner, ti[i].tw)) == 0)
			continue;
		if (maxn > nt - i)
			maxn = nt - i;
		h[0] = ti[i].tw;
		for (k = 1; k < maxn; k++)
			h[k] = seq_next(h[k - 1], ti[i + k].tw ? ti[i + k].tw :
			    ti[i + k].w);
		for (k = maxn; k > 0; k--) {
			size_t j;

			if ((g = gaz_get(ner, k == 1 ? (h[0] ? h[0] : 1) :
			    h[k - 1])) == NULL || g->ntok != k)
				continue;
			ti[i].gb |= g->cls & G_STRONG;
			for (j = 1; j < k; j++)
				ti[i + j].gi |= g->cls & G_STRONG;
			break;
		}
	}
}

/* Sets the dictionary facts of every token. */
static void
lex_mark(const struct wire_ner *ner, struct tinfo *ti, size_t nt)
{
	size_t i;

	for (i = 0; i < nt; i++) {
		ti[i].lex = words_get(ner, ti[i].lw);
		if (ti[i].cap == CAP_LOWER)
			ti[i].lex &= ~(uint32_t)LEX_PROPER;
	}
}

static int
cap_word(const struct tinfo *t)
{
	return t->cap == CAP_INIT || t->cap == CAP_ALL || t->cap == CAP_MIXED;
}

/*
 * Marks the runs of capitalised words a name may span: "Bank of Korea",
 * "Korean Central News Agency", "North Korea-Russia".  Small words
 * ("of", "and", "for", "&", "de", "the") and joining hyphens stay inside a
 * run when a capital follows them.  Each token of a run gets its bounds.
 */
static void
mark_runs(struct tinfo *ti, size_t nt)
{
	uint64_t conn[6];
	size_t i, j, k, c;

	conn[0] = hbytes("of", 2);
	conn[1] = hbytes("and", 3);
	conn[2] = hbytes("for", 3);
	conn[3] = hbytes("&", 1);
	conn[4] = hbytes("de", 2);
	conn[5] = hbytes("the", 3);
	for (i = 0; i < nt; i++)
		ti[i].rs = ti[i].re = 0;
	for (i = 0; i < nt; i = j) {
		if (!cap_word(&ti[i])) {
			j = i + 1;
			continue;
		}
		for (j = i + 1; j < nt; j++) {
			if (cap_word(&ti[j]))
				continue;
			if (j + 1 >= nt || !cap_word(&ti[j + 1]))
				break;
			if (ti[j].flags & WIRE_TOK_JOINED)
				continue;
			for (c = 0; c < 6 && conn[c] != ti[j].lw; c++)
				;
			if (c == 6 || ti[j].cap != CAP_LOWER)
				break;
		}
		for (k = i; k < j; k++) {
			ti[k].rs = (uint32_t)i;
			ti[k].re = (uint32_t)j;
		}
	}
}

/* ---------------------------------------------------------------- features */

enum {
	F_BIAS = 1, F_W, F_LW, F_SH, F_AFF, F_PW, F_NW, F_PW2, F_NW2, F_PSH,
	F_NSH, F_PWSH, F_NWSH, F_INIT, F_GB, F_GI, F_PG, F_NG, F_HY, F_CAP,
	F_WNW, F_PWW, F_PCAP, F_LEX, F_RHEAD, F_RPOS, F_RFIRST, F_RNEXT,
	F_RPREV, F_RHG
};

static size_t
features(const struct tinfo *ti, size_t nt, size_t i, uint64_t *f)
{
	size_t n = 0, j;
	const struct tinfo *t = &ti[i];
	uint64_t pw = i > 0 ? ti[i - 1].lw : 11, nw = i + 1 < nt ?
	    ti[i + 1].lw : 13;
	uint64_t pw2 = i > 1 ? ti[i - 2].lw : 17, nw2 = i + 2 < nt ?
	    ti[i + 2].lw : 19;
	uint64_t psh = i > 0 ? ti[i - 1].sh : 23, nsh = i + 1 < nt ?
	    ti[i + 1].sh : 29;
	uint32_t b;
	unsigned hy;

	f[n++] = f1(F_BIAS, 0);
	f[n++] = f1(F_W, t->w);
	f[n++] = f1(F_LW, t->lw);
	f[n++] = f1(F_SH, t->sh);
	for (j = 0; j < 5; j++)
		if (t->affix[j] != 0)
			f[n++] = f2(F_AFF, j, t->affix[j]);
	f[n++] = f1(F_PW, pw);
	f[n++] = f1(F_NW, nw);
	f[n++] = f1(F_PW2, pw2);
	f[n++] = f1(F_NW2, nw2);
	f[n++] = f2(F_PSH, psh, t->sh);
	f[n++] = f2(F_NSH, t->sh, nsh);
	f[n++] = f2(F_PWSH, pw, t->sh);
	f[n++] = f2(F_NWSH, t->sh, nw);
	f[n++] = f2(F_WNW, t->lw, nw);
	f[n++] = f2(F_PWW, pw, t->lw);
	f[n++] = f2(F_INIT, (uint64_t)t->initial, (uint64_t)t->cap);
	f[n++] = f2(F_CAP, (uint64_t)t->cap, (uint64_t)(i > 0 ?
	    ti[i - 1].cap : 9) * 16 + (uint64_t)(i + 1 < nt ?
	    ti[i + 1].cap : 9));
	f[n++] = f2(F_PCAP, (uint64_t)t->cap * 2 + (uint64_t)t->initial,
	    (uint64_t)(i > 0 ? ti[i - 1].gb | ti[i - 1].gi : 0));
	for (b = 0; b < G_NCLASS && n + 4 + 8 < MAXFEAT - 16; b++) {
		if (t->gb & (1u << b))
			f[n++] = f2(F_GB, b, (uint64_t)t->cap);
		if (t->gi & (1u << b))
			f[n++] = f2(F_GI, b, (uint64_t)t->cap);
		if (i > 0 && ((ti[i - 1].gb | ti[i - 1].gi) & (1u << b)))
			f[n++] = f1(F_PG, b);
		if (i + 1 < nt && ((ti[i + 1].gb | ti[i + 1].gi) & (1u << b)))
			f[n++] = f1(F_NG, b);
	}
	hy = (t->flags & WIRE_TOK_JOINED ? 1 : 0) |
	    (i > 0 && (ti[i - 1].flags & WIRE_TOK_JOINED) ? 2 : 0) |
	    (i + 1 < nt && (ti[i + 1].flags & WIRE_TOK_JOINED) ? 4 : 0) |
	    (t->flags & WIRE_TOK_POSS ? 8 : 0) |
	    (i + 1 < nt && (ti[i + 1].flags & WIRE_TOK_POSS) ? 16 : 0);
	if (hy)
		f[n++] = f2(F_HY, hy, (uint64_t)t->cap);
	f[n++] = f2(F_LEX, t->lex, (uint64_t)t->cap * 2 + (uint64_t)t->initial);
	if (t->re != 0) {
		const struct tinfo *h = &ti[t->re - 1];
		uint64_t len = t->re - t->rs > 4 ? 4 : t->re - t->rs;
		uint64_t pos = i == t->rs ? (i + 1 == t->re ? 0 : 1) :
		    (i + 1 == t->re ? 2 : 3);

		f[n++] = f1(F_RHEAD, h->lw);
		f[n++] = f2(F_RPOS, pos, len);
		if (t->re - t->rs > 1)
			f[n++] = f1(F_RFIRST, ti[t->rs].lw);
		f[n++] = f1(F_RNEXT, t->re < nt ? ti[t->re].lw : 13);
		f[n++] = f1(F_RPREV, t->rs > 0 ? ti[t->rs - 1].lw : 11);
		for (b = 0; b < G_NCLASS && n < MAXFEAT; b++)
			if ((h->gb | h->gi) & (1u << b))
				f[n++] = f2(F_RHG, b, pos);
	}
	return n;
}

static const float *
feat_get(const struct wire_ner *ner, uint64_t h)
{
	uint32_t key = (uint32_t)(h >> 32) | 1;
	size_t i;

	for (i = h & ner->featmask; ner->feat[i].key != 0;
	    i = (i + 1) & ner->featmask)
		if (ner->feat[i].key == key)
			return ner->feat[i].w;
	return NULL;
}

/* Allowed label bigrams: I-X follows only B-X or I-X. */
static int
allowed(int prev, int cur)
{
	if (cur == 0 || (cur & 1))
		return 1;
	return prev == cur || prev == cur - 1;
}

/* Viterbi over emission scores sc (NLAB per token) and transitions tr. */
static void
viterbi(const float *sc, size_t n, const float (*tr)[NLAB],
    unsigned char *back, int *lab)
{
	float cur[NLAB], prev[NLAB];
	size_t i;
	int l, p, best;

	if (n == 0)
		return;
	for (l = 0; l < NLAB; l++)
		prev[l] = allowed(0, l) ? tr[NLAB][l] + sc[l] : -1e30f;
	for (i = 1; i < n; i++) {
		for (l = 0; l < NLAB; l++) {
			float bv = -1e30f, v;
			int bp = 0;

			for (p = 0; p < NLAB; p++) {
				if (!allowed(p, l))
					continue;
				v = prev[p] + tr[p][l];
				if (v > bv)
					bv = v, bp = p;
			}
			cur[l] = bv + sc[i * NLAB + (size_t)l];
			back[i * NLAB + (size_t)l] = (unsigned char)bp;
		}
		memcpy(prev, cur, sizeof(prev));
	}
	best = 0;
	for (l = 1; l < NLAB; l++)
		if (prev[l] > prev[best])
			best = l;
	lab[n - 1] = best;
	for (i = n - 1; i > 0; i--)
		lab[i - 1] = back[i * NLAB + (size_t)lab[i]];
}

/* ---------------------------------------------------------------- model file */

static int
model_read(struct wire_ner *ner, const char *path, char *err, size_t errlen)
{
	FILE *f;
	char magic[8];
	uint32_t hdr[2], i, k;
	float scale;
	size_t cap;

	if ((f = fopen(path, "rb")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fread(magic, 1, 8, f) != 8 || memcmp(magic, MODEL_MAGIC, 8) != 0 ||
	    fread(hdr, sizeof(uint32_t), 2, f) != 2 || hdr[0] != NLAB ||
	    hdr[1] > (1u << 26) || fread(&scale, sizeof(float), 1, f) != 1 ||
	    fread(ner->trans, sizeof(float), (NLAB + 1) * NLAB, f) !=
	    (NLAB + 1) * NLAB || !isfinite(scale)) {
		snprintf(err, errlen, "%s: not a wire entity model", path);
		fclose(f);
		return -1;
	}
	for (cap = 1024; cap < (size_t)hdr[1] * 2; cap *= 2)
		;
	if ((ner->feat = table_alloc(cap, sizeof(*ner->feat))) == NULL) {
		snprintf(err, errlen, "out of memory");
		fclose(f);
		return -1;
	}
	ner->featmask = cap - 1;
	for (i = 0; i < hdr[1]; i++) {
		uint64_t h;
		int16_t w[NLAB];
		uint32_t key;
		size_t j;

		if (fread(&h, sizeof(h), 1, f) != 1 ||
		    fread(w, sizeof(int16_t), NLAB, f) != NLAB) {
			snprintf(err, errlen, "%s: truncated", path);
			fclose(f);
			return -1;
		}
		key = (uint32_t)(h >> 32) | 1;
		for (j = h & ner->featmask; ner->feat[j].key != 0 &&
		    ner->feat[j].key != key; j = (j + 1) & ner->featmask)
			;
		ner->feat[j].key = key;
		for (k = 0; k < NLAB; k++)
			ner->feat[j].w[k] = (float)w[k] * scale;
	}
	fclose(f);
	return 0;
}

/*
 * Loads the gazetteers of datadir and the model at modelpath (NULL: none).
 */
struct wire_ner *
wire_ner_load_model(const char *datadir, const char *modelpath, char *err,
    size_t errlen)
{
	struct wire_ner *ner;
	struct stat sb;
	char path[4096];
	size_t i, total = 0;

	if ((ner = calloc(1, sizeof(*ner))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	/* The names of every file go to one pool: allocated once, whole. */
	for (i = 0; gaz_files[i] != NULL; i++)
		if ((size_t)snprintf(path, sizeof(path), "%s/ner/%s", datadir,
		    gaz_files[i]) < sizeof(path) && stat(path, &sb) == 0 &&
		    sb.st_size > 0 && sb.st_size < ((off_t)1 << 30))
			total += (size_t)sb.st_size;
	if (total > 0 && (ner->pool = table_alloc(total, 1)) != NULL)
		ner->poolcap = total;
	for (i = 0; gaz_files[i] != NULL; i++) {
		if ((size_t)snprintf(path, sizeof(path), "%s/ner/%s", datadir,
		    gaz_files[i]) >= sizeof(path)) {
			snprintf(err, errlen, "data directory name too long");
			wire_ner_free(ner);
			return NULL;
		}
		if (gaz_load_file(ner, path, err, errlen) < 0) {
			wire_ner_free(ner);
			return NULL;
		}
	}
	if (modelpath != NULL && model_read(ner, modelpath, err, errlen) < 0) {
		wire_ner_free(ner);
		return NULL;
	}
	return ner;
}

/*
 * Loads the gazetteers and datadir/ner/model.bin.
 */
struct wire_ner *
wire_ner_load(const char *datadir, char *err, size_t errlen)
{
	char path[4096];

	if ((size_t)snprintf(path, sizeof(path), "%s/ner/model.bin",
	    datadir) >= sizeof(path)) {
		snprintf(err, errlen, "data directory name too long");
		return NULL;
	}
	return wire_ner_load_model(datadir, path, err, errlen);
}

/*
 * Frees a recognizer and everything it owns.
 */
void
wire_ner_free(struct wire_ner *ner)
{
	if (ner == NULL)
		return;
	free(ner->gaz);
	free(ner->gfirst);
	free(ner->words);
	free(ner->pool);
	free(ner->feat);
	free(ner);
}

/*
 * Names a type: "PERSON", "ORG", "LOC", "MISC" or "".
 */
const char *
wire_ner_type_name(int type)
{
	switch (type) {
	case WIRE_ENT_PERSON:
		return "PERSON";
	case WIRE_ENT_ORG:
		return "ORG";
	case WIRE_ENT_LOC:
		return "LOC";
	case WIRE_ENT_MISC:
		return "MISC";
	default:
		return "";
	}
}

/*
 * Parses a type name, several spellings; WIRE_ENT_NONE when unknown.
 */
int
wire_ner_type_parse(const char *s, size_t n)
{
	static const struct {
		const char	*name;
		int		 type;
	} tab[] = {
		{ "PERSON", WIRE_ENT_PERSON }, { "PER", WIRE_ENT_PERSON },
		{ "ORG", WIRE_ENT_ORG }, { "ORGANIZATION", WIRE_ENT_ORG },
		{ "LOC", WIRE_ENT_LOC }, { "LOCATION", WIRE_ENT_LOC },
		{ "GPE", WIRE_ENT_LOC }, { "MISC", WIRE_ENT_MISC },
		{ NULL, 0 }
	};
	size_t i;

	for (i = 0; tab[i].name != NULL; i++)
		if (strlen(tab[i].name) == n && memcmp(tab[i].name, s, n) == 0)
			return tab[i].type;
	return WIRE_ENT_NONE;
}

static int
class_type(uint32_t cls)
{
	if (cls & (1u << G_PERSON))
		return WIRE_ENT_PERSON;
	if (cls & (1u << G_ORG))
		return WIRE_ENT_ORG;
	if (cls & ((1u << G_COUNTRY) | (1u << G_REGION) | (1u << G_GEO) |
	    (1u << G_CITY) | (1u << G_TOWN)))
		return WIRE_ENT_LOC;
	if (cls & ((1u << G_NAT) | (1u << G_MISC)))
		return WIRE_ENT_MISC;
	return WIRE_ENT_NONE;
}

/*
 * Looks a name up in the gazetteers; see wire/ner.h.
 */
int
wire_ner_gazetteer(const struct wire_ner *ner, const char *text, size_t len,
    const char **canon, size_t *canonlen)
{
	uint64_t first;
	size_t ntok;
	uint64_t key = surface_key(text, len, &first, &ntok);
	const struct gent *g = key ? gaz_get(ner, key) : NULL;
	int type;

	if (canon != NULL) {
		*canon = text;
		*canonlen = len;
	}
	if (g == NULL || g->ntok != ntok)
		return WIRE_ENT_NONE;
	type = class_type(g->cls);
	if (type != WIRE_ENT_NONE && canon != NULL && g->canon != 0) {
		*canon = ner->pool + g->canon - 1;
		*canonlen = g->canonlen;
	}
	return type;
}

/* ---------------------------------------------------------------- the tagger */

static int
doc_room(struct wire_ner_doc *doc, size_t nt)
{
	if (nt <= doc->scap)
		return 0;
	{
		size_t nc = doc->scap ? doc->scap : 256;
		struct tinfo *ti;
		float *sc;
		unsigned char *bk;
		int *lab;

		while (nc < nt)
			nc *= 2;
		if ((ti = realloc(doc->ti, nc * sizeof(*ti))) == NULL)
			return -1;
		doc->ti = ti;
		if ((sc = realloc(doc->score, nc * NLAB * sizeof(*sc))) == NULL)
			return -1;
		doc->score = sc;
		if ((bk = realloc(doc->back, nc * NLAB)) == NULL)
			return -1;
		doc->back = bk;
		if ((lab = realloc(doc->lab, nc * sizeof(*lab))) == NULL)
			return -1;
		doc->lab = lab;
		doc->scap = nc;
	}
	return 0;
}

static void
emit_scores(const struct wire_ner *ner, const struct tinfo *ti, size_t nt,
    size_t i, float *sc)
{
	uint64_t f[MAXFEAT];
	size_t n, j;
	int l;

	for (l = 0; l < NLAB; l++)
		sc[l] = 0;
	if (ner->feat == NULL)
		return;
	n = features(ti, nt, i, f);
	for (j = 0; j < n; j++)
		__builtin_prefetch(&ner->feat[f[j] & ner->featmask]);
	for (j = 0; j < n; j++) {
		const float *w = feat_get(ner, f[j]);

		if (w == NULL)
			continue;
		for (l = 0; l < NLAB; l++)
			sc[l] += w[l];
	}
}

/* End of the window that starts at s: a sentence end past the middle of
 * WIRE_NER_WINDOW tokens when there is one. */
static size_t
window_end(const char *text, const struct wire_token *t, size_t nt, size_t s)
{
	size_t e = s + WIRE_NER_WINDOW, i;

	if (e >= nt)
		return nt;
	for (i = e; i > s + WIRE_NER_WINDOW / 2; i--) {
		char c = text[t[i - 1].start];

		if (t[i - 1].end - t[i - 1].start == 1 && (c == '.' ||
		    c == '!' || c == '?'))
			return i;
	}
	return e;
}

static void
tag_tokens(const struct wire_ner *ner, struct wire_ner_doc *doc,
    const char *text, size_t nt)
{
	size_t s, e, i;

	for (i = 0; i < nt; i++)
		emit_scores(ner, doc->ti, nt, i, doc->score + i * NLAB);
	for (s = 0; s < nt; s = e) {
		e = window_end(text, doc->tok, nt, s);
		if (ner->feat == NULL) {
			for (i = s; i < e; i++)
				doc->lab[i] = 0;
			continue;
		}
		viterbi(doc->score + s * NLAB, e - s,
		    (const float (*)[NLAB])ner->trans, doc->back + s * NLAB,
		    doc->lab + s);
	}
}

/* ---------------------------------------------------------------- spans */

enum { SRC_TEXT, SRC_DOC, SRC_POOL };

struct ospan {
	uint32_t	ts, te;
	int		type;
	int		src;		/* SRC_* of the name */
	size_t		off, len;
	int		fixed;		/* set by a rule the document step keeps */
};

struct spans {
	struct ospan	*s;
	size_t		 n, cap;
	uint32_t	*own;		/* per token: span index + 1, or 0 */
	size_t		 owncap;
};

static int
span_overlaps(const struct spans *sp, uint32_t ts, uint32_t te)
{
	uint32_t i;

	for (i = ts; i < te; i++)
		if (sp->own[i] != 0)
			return 1;
	return 0;
}

static void
span_drop(struct spans *sp, size_t k)
{
	uint32_t i;

	for (i = sp->s[k].ts; i < sp->s[k].te; i++)
		if (sp->own[i] == k + 1)
			sp->own[i] = 0;
	sp->s[k].type = WIRE_ENT_NONE;
}

/* Adds a span, dropping the ones it overlaps. */
static int
span_put(struct spans *sp, uint32_t ts, uint32_t te, int type, int fixed)
{
	uint32_t i;
	struct ospan *o;

	if (ts >= te)
		return 0;
	for (i = ts; i < te; i++)
		if (sp->own[i] != 0)
			span_drop(sp, sp->own[i] - 1);
	if (sp->n >= MAX_SPANS)
		return 0;
	if (sp->n == sp->cap) {
		size_t nc = sp->cap ? sp->cap * 2 : 64;
		struct ospan *p = realloc(sp->s, nc * sizeof(*p));

		if (p == NULL)
			return -1;
		sp->s = p;
		sp->cap = nc;
	}
	o = &sp->s[sp->n++];
	memset(o, 0, sizeof(*o));
	o->ts = ts;
	o->te = te;
	o->type = type;
	o->fixed = fixed;
	for (i = ts; i < te; i++)
		sp->own[i] = (uint32_t)sp->n;
	return 0;
}

/* Whether every span that overlaps [ts, te) lies inside it, and one does. */
static int
within(const struct spans *sp, uint32_t ts, uint32_t te)
{
	uint32_t i;
	int any = 0;

	for (i = ts; i < te; i++) {
		if (sp->own[i] == 0)
			continue;
		any = 1;
		if (sp->s[sp->own[i] - 1].ts < ts ||
		    sp->s[sp->own[i] - 1].te > te)
			return 0;
	}
	return any;
}

static uint64_t
span_key(const struct tinfo *ti, uint32_t ts, uint32_t te)
{
	uint64_t h = ti[ts].w ? ti[ts].w : 1;
	uint32_t i;

	for (i = ts + 1; i < te; i++)
		h = seq_next(h, ti[i].w);
	return h;
}

static const struct gent *
span_gaz(const struct wire_ner *ner, const struct tinfo *ti, uint32_t ts,
    uint32_t te)
{
	const struct gent *g;

	if (te - ts > GAZ_MAXN)
		return NULL;
	g = gaz_get(ner, span_key(ti, ts, te));
	return g != NULL && g->ntok == te - ts ? g : NULL;
}

/* Longest strong gazetteer entry at token i, in tokens (0: none). */
static uint32_t
gaz_longest(const struct wire_ner *ner, const struct tinfo *ti, size_t nt,
    size_t i, const struct gent **out)
{
	size_t maxn = gaz_first(ner, ti[i].w), k;

	if (maxn > nt - i)
		maxn = nt - i;
	for (k = maxn; k > 0; k--) {
		const struct gent *g = span_gaz(ner, ti, (uint32_t)i,
		    (uint32_t)(i + k));

		if (g != NULL && (g->cls & G_STRONG)) {
			*out = g;
			return (uint32_t)k;
		}
	}
	return 0;
}

/* ---------------------------------------------------------------- document */

/*
 * Makes a new document state.
 */
struct wire_ner_doc *
wire_ner_doc_new(void)
{
	struct wire_ner_doc *doc = calloc(1, sizeof(*doc));

	if (doc == NULL)
		return NULL;
	doc->names.max = DOC_NAMES_MAX;
	doc->tmp.max = 4096;
	return doc;
}

/*
 * Forgets the names of the document seen so far.
 */
void
wire_ner_doc_reset(struct wire_ner_doc *doc)
{
	if (doc == NULL)
		return;
	wire_buf_reset(&doc->names);
	if (doc->ents != NULL)
		memset(doc->ents, 0, 2 * DOC_MAXENT * sizeof(*doc->ents));
	doc->nent = 0;
}

/*
 * Frees a document state.
 */
void
wire_ner_doc_free(struct wire_ner_doc *doc)
{
	if (doc == NULL)
		return;
	wire_buf_free(&doc->names);
	wire_buf_free(&doc->tmp);
	free(doc->ents);
	free(doc->tok);
	free(doc->ti);
	free(doc->score);
	free(doc->back);
	free(doc->lab);
	free(doc->sp);
	free(doc);
}

static const struct dent *
doc_get(const struct wire_ner_doc *doc, uint64_t key)
{
	size_t i, mask = 2 * DOC_MAXENT - 1;

	if (doc->ents == NULL)
		return NULL;
	for (i = key & mask; doc->ents[i].key != 0; i = (i + 1) & mask)
		if (doc->ents[i].key == key)
			return &doc->ents[i];
	return NULL;
}

static void
doc_put(struct wire_ner_doc *doc, uint64_t key, int type, size_t name,
    size_t namelen, int part)
{
	size_t i, mask = 2 * DOC_MAXENT - 1;

	if (doc->ents == NULL && (doc->ents = calloc(2 * DOC_MAXENT,
	    sizeof(*doc->ents))) == NULL)
		return;
	for (i = key & mask; doc->ents[i].key != 0 && doc->ents[i].key != key;
	    i = (i + 1) & mask)
		;
	if (doc->ents[i].key == key) {
		/* A full name takes over a part; a part never takes over. */
		if (part || !doc->ents[i].part)
			return;
	} else {
		if (doc->nent >= DOC_MAXENT)
			return;
		doc->nent++;
	}
	doc->ents[i].key = key;
	doc->ents[i].type = type;
	doc->ents[i].name = (uint32_t)name;
	doc->ents[i].namelen = (uint32_t)namelen;
	doc->ents[i].part = part;
}

/* Appends the surface of tokens [ts, te) to b, white space as one space. */
static void
surface(struct wire_buf *b, const char *text, const struct wire_token *t,
    uint32_t ts, uint32_t te)
{
	uint32_t i;

	for (i = ts; i < te; i++) {
		if (i > ts && (t[i].flags & WIRE_TOK_SPACE))
			wire_buf_putc(b, ' ');
		wire_buf_add(b, text + t[i].start, t[i].end - t[i].start);
	}
}

/* "Kim Jong Un" -> "Kim Jong-un": Korean given names are written joined. */
static int
korean_form(const struct wire_ner *ner, struct wire_buf *b, const char *text,
    const struct wire_token *t, const struct tinfo *ti, uint32_t ts,
    uint32_t te)
{
	uint32_t i;
	size_t j, n;
	const char *s;

	if (te - ts != 3 || !(ti[ts].gb & (1u << G_SURNAME)))
		return 0;
	for (i = ts + 1; i < te; i++) {
		n = t[i].end - t[i].start;
		if (ti[i].cap != CAP_INIT || n < 2 || n > 5 ||
		    (ti[i].gb & (1u << G_FIRST)))
			return 0;
	}
	surface(b, text, t, ts, ts + 2);
	wire_buf_putc(b, '-');
	s = text + t[ts + 2].start;
	n = t[ts + 2].end - t[ts + 2].start;
	for (j = 0; j < n; j++)
		wire_buf_putc(b, s[j] >= 'A' && s[j] <= 'Z' ? s[j] + 32 : s[j]);
	(void)ner;
	return 1;
}

/* Gives span o its canonical name and remembers it for the document. */
static void
name_span(const struct wire_ner *ner, struct wire_ner_doc *doc,
    const char *text, const struct wire_token *t, const struct tinfo *ti,
    struct ospan *o)
{
	uint64_t key = span_key(ti, o->ts, o->te);
	const struct gent *g = span_gaz(ner, ti, o->ts, o->te);
	const struct dent *d = doc_get(doc, key);
	size_t off = doc->names.len, len;

	if (g != NULL && g->canon != 0 && class_type(g->cls) == o->type) {
		o->src = SRC_POOL;
		o->off = g->canon - 1;
		o->len = g->canonlen;
		wire_buf_add(&doc->names, ner->pool + o->off, o->len);
	} else if (d != NULL && d->type == o->type) {
		o->src = SRC_DOC;
		o->off = d->name;
		o->len = d->namelen;
		return;
	} else {
		if (o->type != WIRE_ENT_PERSON || !korean_form(ner,
		    &doc->names, text, t, ti, o->ts, o->te))
			surface(&doc->names, text, t, o->ts, o->te);
		o->src = SRC_DOC;
		o->off = off;
		o->len = doc->names.len - off;
		if (doc->names.full) {
			o->src = SRC_TEXT;
			o->off = t[o->ts].start;
			o->len = t[o->te - 1].end - t[o->ts].start;
			return;
		}
	}
	if (doc->names.full)
		return;
	len = doc->names.len - off;
	doc_put(doc, key, o->type, off, len, 0);
	if (o->type == WIRE_ENT_PERSON && o->te - o->ts >= 2) {
		uint32_t p = o->te - 1;

		/* Korean names are called by the family name, which leads. */
		if ((ti[o->ts].gb & (1u << G_SURNAME)) && o->te - o->ts >= 3 &&
		    (o->te - o->ts == 3 || (t[o->ts + 2].flags & WIRE_TOK_JOINED)))
			p = o->ts;
		if (ti[p].cap == CAP_INIT)
			doc_put(doc, ti[p].w ? ti[p].w : 1, o->type, off, len,
			    1);
	}
}

static uint32_t
gaz_class(const struct wire_ner *ner, const struct tinfo *ti, uint32_t i)
{
	const struct gent *g = span_gaz(ner, ti, i, i + 1);

	return g != NULL ? g->cls : 0;
}

/* Cuts titles and nationalities off the front of a person, and whatever
 * stands before a known full name ("Secretary of State Antony Blinken"). */
static void
strip_titles(const struct wire_ner *ner, struct spans *sp,
    const struct tinfo *ti, size_t k)
{
	struct ospan *o = &sp->s[k];
	uint32_t j;

	for (j = o->ts + 1; j + 1 < o->te; j++) {
		const struct gent *g = span_gaz(ner, ti, j, o->te);

		if (g != NULL && (g->cls & (1u << G_PERSON))) {
			while (o->ts < j)
				sp->own[o->ts++] = 0;
			break;
		}
	}

	while (o->ts < o->te && ((ti[o->ts].gb | ti[o->ts].gi) &
	    ((1u << G_TITLE) | (1u << G_NAT))) && !(ti[o->ts].gb &
	    ((1u << G_FIRST) | (1u << G_SURNAME) | (1u << G_PERSON)))) {
		sp->own[o->ts] = 0;
		o->ts++;
	}
	if (o->ts == o->te)
		o->type = WIRE_ENT_NONE;
}

static int
tok_is(const char *text, const struct wire_token *t, const char *s)
{
	size_t n = strlen(s);

	return t->end - t->start == n && memcmp(text + t->start, s, n) == 0;
}

/* Whether token t is a compass word: alone it names no place ("the
 * North", "Western conflicts"). */
static int
compass(const char *text, const struct wire_token *t)
{
	static const char *const w[] = {
		"North", "South", "East", "West", "Northern", "Southern",
		"Eastern", "Western", "Northeast", "Northwest", "Southeast",
		"Southwest", NULL
	};
	size_t i;

	for (i = 0; w[i] != NULL; i++)
		if (tok_is(text, t, w[i]))
			return 1;
	return 0;
}

/*
 * Repairs span k the tagger found, by its words: a span that ends in a
 * title is a nationality at most ("Russian Defense Minister"); the last
 * word of a name tells an organisation ("... Ministry", "... Party") from
 * a place ("... Airport", "... River"); a compass word alone is no place,
 * and "North-Russia" is "Russia".
 */
static int
fix_span(const struct wire_ner *ner, const char *text,
    const struct wire_token *t, const struct tinfo *ti, struct spans *sp,
    size_t k)
{
	struct ospan o = sp->s[k];
	uint32_t lc = gaz_class(ner, ti, o.te - 1), m;
	const struct gent *g;

	if (o.type == WIRE_ENT_NONE || o.fixed)
		return 0;
	/* "North Korean Ministry of Foreign Affairs": a nationality and a
	 * known organisation. */
	if ((m = gaz_longest(ner, ti, o.te, o.ts, &g)) > 0 && o.ts + m < o.te &&
	    (g->cls & (1u << G_NAT)) && (g = span_gaz(ner, ti, o.ts + m,
	    o.te)) != NULL && class_type(g->cls) == WIRE_ENT_ORG) {
		span_drop(sp, k);
		if (span_put(sp, o.ts, o.ts + m, WIRE_ENT_MISC, 1) < 0)
			return -1;
		return span_put(sp, o.ts + m, o.te, WIRE_ENT_ORG, 1);
	}
	if (o.type != WIRE_ENT_PERSON && (lc & (1u << G_TITLE)) &&
	    !(lc & ((1u << G_ORGKEY) | (1u << G_FIRST) | (1u << G_SURNAME) |
	    (1u << G_PERSON)))) {
		span_drop(sp, k);
		if ((m = gaz_longest(ner, ti, o.te, o.ts, &g)) > 0 &&
		    o.ts + m < o.te && class_type(g->cls) == WIRE_ENT_MISC)
			return span_put(sp, o.ts, o.ts + m, WIRE_ENT_MISC, 1);
		return 0;
	}
	if (o.te - o.ts == 1 && compass(text, &t[o.ts])) {
		span_drop(sp, k);
		return 0;
	}
	if (o.te - o.ts >= 3 && compass(text, &t[o.ts]) &&
	    (t[o.ts + 1].flags & WIRE_TOK_JOINED) &&
	    (g = span_gaz(ner, ti, o.ts + 2, o.te)) != NULL &&
	    (g->cls & G_STRONG))
		return span_put(sp, o.ts + 2, o.te, class_type(g->cls), 1);
	if (o.te - o.ts < 2 || span_gaz(ner, ti, o.ts, o.te) != NULL)
		return 0;
	if ((lc & (1u << G_ORGKEY)) && !(lc & (1u << G_LOCKEY)))
		sp->s[k].type = WIRE_ENT_ORG;
	else if ((lc & (1u << G_LOCKEY)) && !(lc & (1u << G_ORGKEY)) &&
	    o.type == WIRE_ENT_ORG)
		sp->s[k].type = WIRE_ENT_LOC;
	return 0;
}

/* "[Hong Min/Senior Research Fellow ...]": the speaker captions of
 * broadcast transcripts name a person before the slash. */
static int
caption_names(const char *text, const struct wire_token *t,
    const struct tinfo *ti, size_t nt, struct spans *sp)
{
	size_t i, j;

	for (i = 0; i + 3 < nt; i++) {
		if (!tok_is(text, &t[i], "["))
			continue;
		for (j = i + 1; j < nt && j < i + 5 && ti[j].cap == CAP_INIT; j++)
			;
		if (j < i + 3 || j >= nt || !tok_is(text, &t[j], "/") ||
		    !(ti[i + 1].gb & ((1u << G_SURNAME) | (1u << G_FIRST) |
		    (1u << G_PERSON))))
			continue;
		if (span_put(sp, (uint32_t)i + 1, (uint32_t)j, WIRE_ENT_PERSON,
		    1) < 0)
			return -1;
	}
	return 0;
}

/* Whether c is one of the characters of set (never NUL). */
static int
one_of(char c, const char *set)
{
	return c != '\0' && strchr(set, c) != NULL;
}

/*
 * Whether the n bytes at s read as one syllable of romanised Korean, the
 * second of a given name ("kweun", "kyeong", "hee"): an initial
 * consonant, a glide, vowels and a final n, ng, k, l, m, p or t.  What
 * English joins with a hyphen ("based", "backed", "style") is none.
 */
static int
korean_syllable(const char *s, size_t n)
{
	static const char two[] = "kkttppssjjchsh";
	size_t i = 0, k, v;

	if (n < 2 || n > 6)
		return 0;
	for (k = 0; k + 1 < sizeof(two) && i == 0; k += 2)
		if (memcmp(s, two + k, 2) == 0)
			i = 2;
	if (i == 0 && one_of(s[0], "gkndtrlmbpsjh"))
		i = 1;
	if (i < n && one_of(s[i], "yw"))
		i++;
	for (v = 0; i < n && one_of(s[i], "aeiou"); i++)
		v++;
	if (v == 0 || v > 3)
		return 0;
	if (i + 2 == n && s[i] == 'n' && s[i + 1] == 'g')
		return 1;
	return i == n || (i + 1 == n && one_of(s[i], "nklmpt"));
}

static int
rules(const struct wire_ner *ner, struct wire_ner_doc *doc, const char *text,
    size_t nt, struct spans *sp)
{
	const struct wire_token *t = doc->tok;
	const struct tinfo *ti = doc->ti;
	size_t i, k, n0;
	const struct gent *g;
	uint32_t m;

	/* The tagger's spans, people without their titles. */
	for (i = 0; i < nt; i++) {
		int l = doc->lab[i];

		if (l == 0 || !(l & 1))
			continue;
		for (k = i + 1; k < nt && doc->lab[k] == l + 1; k++)
			;
		{
			size_t s0 = i, e0 = k;

			/* Possessives and punctuation are never part of a
			 * name. */
			while (e0 > s0 && (doc->ti[e0 - 1].cap == CAP_OTHER ||
			    (t[e0 - 1].flags & WIRE_TOK_POSS)))
				e0--;
			if (span_put(sp, (uint32_t)s0, (uint32_t)e0,
			    (l + 1) / 2, 0) < 0)
				return -1;
		}
		i = k - 1;
	}
	for (k = 0; k < sp->n; k++) {
		if (sp->s[k].type == WIRE_ENT_PERSON)
			strip_titles(ner, sp, ti, k);
		if (sp->s[k].type == WIRE_ENT_NONE)
			span_drop(sp, k);
	}
	n0 = sp->n;
	for (k = 0; k < n0; k++)
		if (fix_span(ner, text, t, ti, sp, k) < 0)
			return -1;
	if (caption_names(text, t, ti, nt, sp) < 0)
		return -1;

	/* A span whose words are two gazetteer names joined by a hyphen
	 * ("North Korea-Russia") is two names. */
	n0 = sp->n;
	for (k = 0; k < n0; k++) {
		struct ospan o = sp->s[k];
		uint32_t h;

		if (o.type == WIRE_ENT_NONE)
			continue;
		for (h = o.ts + 1; h + 1 < o.te; h++) {
			const struct gent *a, *b;

			if (!(t[h].flags & WIRE_TOK_JOINED))
				continue;
			a = span_gaz(ner, ti, o.ts, h);
			b = span_gaz(ner, ti, h + 1, o.te);
			if (a == NULL || b == NULL || !(a->cls & G_STRONG) ||
			    !(b->cls & G_STRONG))
				continue;
			if (span_put(sp, o.ts, h, class_type(a->cls), 1) < 0 ||
			    span_put(sp, h + 1, o.te, class_type(b->cls), 1) < 0)
				return -1;
			break;
		}
	}

	for (i = 0; i < nt; i++) {
		/* Korean personal names: "Go Eun-hee", "Kim Jong-gyu",
		 * "Lee Seong-kweun". */
		if ((ti[i].gb & (1u << G_SURNAME)) && ti[i].cap == CAP_INIT &&
		    i + 3 < nt && ti[i + 1].cap == CAP_INIT &&
		    (t[i + 2].flags & WIRE_TOK_JOINED) &&
		    ti[i + 3].cap == CAP_LOWER &&
		    (t[i + 3].end - t[i + 3].start <= 4 ||
		    korean_syllable(text + t[i + 3].start,
		    t[i + 3].end - t[i + 3].start)) &&
		    !(i + 4 < nt && (t[i + 4].flags & WIRE_TOK_JOINED))) {
			if (span_put(sp, (uint32_t)i, (uint32_t)i + 4,
			    WIRE_ENT_PERSON, 1) < 0)
				return -1;
			i += 3;
			continue;
		}
		/* Gazetteer names the tagger missed or typed otherwise. */
		if (!(ti[i].gb & G_STRONG) || !cap_word(&ti[i]) ||
		    (m = gaz_longest(ner, ti, nt, i, &g)) == 0)
			continue;
		if (m >= 2 && within(sp, (uint32_t)i, (uint32_t)(i + m)) &&
		    (i + m >= nt || sp->own[i + m] == 0 ||
		    sp->own[i + m] != sp->own[i + m - 1])) {
			/* A longer gazetteer name joins the pieces the tagger
			 * found inside it. */
			if (span_put(sp, (uint32_t)i, (uint32_t)(i + m),
			    class_type(g->cls), 1) < 0)
				return -1;
			i += m - 1;
			continue;
		}
		if (sp->own[i] != 0) {
			struct ospan *o = &sp->s[sp->own[i] - 1];
			int gt = class_type(g->cls);

			/* Only an exact match retypes, and only a sure class. */
			if (o->ts == i && o->te == i + m && o->type != gt &&
			    !(g->cls & ((1u << G_CITY) | (1u << G_TOWN) |
			    (1u << G_FIRST) | (1u << G_SURNAME))))
				o->type = gt;
			continue;
		}
		if (span_overlaps(sp, (uint32_t)i, (uint32_t)(i + m)))
			continue;
		if ((g->cls & G_STRONG) == (1u << G_CITY) && ti[i].initial)
			continue;
		/* "Moscow State University": the name goes on, unless a
		 * headline goes on ("Japan Rejects UN Call"). */
		if (i + m < nt && ti[i + m].cap == CAP_INIT &&
		    ti[i + m].gb == 0 && !(t[i + m].flags & WIRE_TOK_JOINED) &&
		    (!(ti[i + m].lex & LEX_WORD) || (g->cls &
		    ((1u << G_CITY) | (1u << G_TOWN)))))
			continue;
		/* "Hoshino Japan" is another name; "The Japanese" and
		 * "Rejects UN" are not. */
		if (i > 0 && !ti[i].initial && ti[i - 1].cap == CAP_INIT &&
		    ti[i - 1].gb == 0 && ti[i - 1].gi == 0 &&
		    sp->own[i - 1] == 0 && !(ti[i - 1].lex & LEX_WORD))
			continue;
		if (span_put(sp, (uint32_t)i, (uint32_t)(i + m),
		    class_type(g->cls), 1) < 0)
			return -1;
		i += m - 1;
	}

	/* Acronyms defined in the text: "Korean Central News Agency
	 * (KCNA)" makes KCNA that organisation. */
	for (i = 0; i + 3 < nt; i++) {
		struct ospan *o;

		if (sp->own[i] == 0 || (i + 1 < nt && sp->own[i + 1] ==
		    sp->own[i]) || !tok_is(text, &t[i + 1], "(") ||
		    !tok_is(text, &t[i + 3], ")") || ti[i + 2].cap != CAP_ALL ||
		    t[i + 2].end - t[i + 2].start < 2)
			continue;
		o = &sp->s[sp->own[i] - 1];
		/* An acronym the gazetteers know keeps its own type. */
		if (o->te - o->ts < 2 || class_type(gaz_class(ner, ti,
		    (uint32_t)i + 2)) != WIRE_ENT_NONE)
			continue;
		{
			struct ospan keep = *o;
			uint64_t key = ti[i + 2].w ? ti[i + 2].w : 1;
			const struct gent *ga = span_gaz(ner, ti,
			    (uint32_t)i + 2, (uint32_t)i + 3);

			if (span_put(sp, (uint32_t)i + 2, (uint32_t)i + 3,
			    keep.type, 1) < 0)
				return -1;
			if (ga == NULL || ga->canon == 0) {
				size_t off = doc->names.len;
				const struct gent *gl = span_gaz(ner, ti,
				    keep.ts, keep.te);

				if (gl != NULL && gl->canon != 0)
					wire_buf_add(&doc->names, ner->pool +
					    gl->canon - 1, gl->canonlen);
				else
					surface(&doc->names, text, t, keep.ts,
					    keep.te);
				if (!doc->names.full)
					doc_put(doc, key, keep.type, off,
					    doc->names.len - off, 0);
			}
		}
	}

	/* Names seen earlier in the document, and their types. */
	for (i = 0; i < nt; i++) {
		const struct dent *d;

		if (sp->own[i] != 0) {
			struct ospan *o = &sp->s[sp->own[i] - 1];

			if (o->ts == i && !o->fixed && (d = doc_get(doc,
			    span_key(ti, o->ts, o->te))) != NULL &&
			    d->type != o->type && span_gaz(ner, ti, o->ts,
			    o->te) == NULL)
				o->type = d->type;
			i = o->te - 1;
			continue;
		}
		if (!cap_word(&ti[i]) || (ti[i].gb & ((1u << G_TITLE) |
		    (1u << G_STOP))))
			continue;
		for (k = 4; k > 0; k--) {
			if (i + k > nt || span_overlaps(sp, (uint32_t)i,
			    (uint32_t)(i + k)) || !cap_word(&ti[i + k - 1]))
				continue;
			d = doc_get(doc, span_key(ti, (uint32_t)i,
			    (uint32_t)(i + k)));
			if (d == NULL)
				continue;
			/* "Kim" alone opening a sentence is a name; "Putin"
			 * before another capital is part of another name. */
			if (i + k < nt && ti[i + k].cap == CAP_INIT &&
			    !(t[i + k].flags & WIRE_TOK_POSS))
				break;
			if (span_put(sp, (uint32_t)i, (uint32_t)(i + k),
			    d->type, 0) < 0)
				return -1;
			i += k - 1;
			break;
		}
	}
	return 0;
}

static int
ospan_cmp(const void *a, const void *b)
{
	const struct ospan *x = a, *y = b;

	return x->ts < y->ts ? -1 : x->ts > y->ts;
}

/*
 * Finds and names the entities of one text; see wire/ner.h.
 */
size_t
wire_ner_find(const struct wire_ner *ner, struct wire_ner_doc *doc,
    const char *text, size_t len, struct wire_entity **out, size_t *cap)
{
	size_t nt, used, i, n = 0;
	struct spans sp;

	nt = wire_ner_tokenize(text, len, 0, &doc->tok, &doc->tokcap, &used);
	if (nt == (size_t)-1 || doc_room(doc, nt) < 0)
		return (size_t)-1;
	if (nt == 0)
		return 0;
	token_info(ner, text, doc->tok, nt, doc->ti);
	gaz_mark(ner, doc->ti, nt);
	lex_mark(ner, doc->ti, nt);
	mark_runs(doc->ti, nt);
	tag_tokens(ner, doc, text, nt);

	memset(&sp, 0, sizeof(sp));
	sp.s = doc->sp;
	sp.cap = doc->spcap;
	if ((sp.own = calloc(nt, sizeof(*sp.own))) == NULL)
		return (size_t)-1;
	if (rules(ner, doc, text, nt, &sp) < 0) {
		free(sp.own);
		doc->sp = sp.s;
		doc->spcap = sp.cap;
		return (size_t)-1;
	}
	free(sp.own);
	doc->sp = sp.s;
	doc->spcap = sp.cap;
	if (sp.n > 1)
		qsort(sp.s, sp.n, sizeof(*sp.s), ospan_cmp);
	for (i = 0; i < sp.n; i++) {
		struct ospan *o = &sp.s[i];

		if (o->type == WIRE_ENT_NONE)
			continue;
		name_span(ner, doc, text, doc->tok, doc->ti, o);
		sp.s[n++] = *o;
	}
	if (n > *cap) {
		struct wire_entity *p = realloc(*out, n * sizeof(*p));

		if (p == NULL)
			return (size_t)-1;
		*out = p;
		*cap = n;
	}
	for (i = 0; i < n; i++) {
		struct ospan *o = &sp.s[i];
		struct wire_entity *e = &(*out)[i];

		e->start = doc->tok[o->ts].start;
		e->end = doc->tok[o->te - 1].end;
		e->type = o->type;
		e->name = o->src == SRC_TEXT ? text + o->off : o->src ==
		    SRC_POOL ? ner->pool + o->off : doc->names.p + o->off;
		e->namelen = o->len;
	}
	return n;
}

/* ---------------------------------------------------------------- training */

struct tent {
	uint64_t	h;		/* feature hash; 0 = empty */
	float		w[NLAB];
	float		u[NLAB];	/* sum of update * time, for averaging */
};

struct trainer {
	struct tent	*tab;
	size_t		 mask, n;
	float		 tw[NLAB + 1][NLAB];
	float		 tu[NLAB + 1][NLAB];
	/* the sentences */
	char		*text;
	size_t		 textlen, textcap;
	struct tsent {
		size_t	 text, len, tok, ntok;
	}		*sent;
	size_t		 nsent, sentcap;
	struct wire_token *tok;
	unsigned char	*gold;
	size_t		 ntok, tokcap;
};

static struct tent *
tr_find(struct trainer *tr, uint64_t h, int insert)
{
	size_t i;

	if (insert && (tr->n + 1) * 2 > tr->mask + 1) {
		size_t nc = (tr->mask + 1) * 2, j;
		struct tent *t = calloc(nc, sizeof(*t));

		if (t == NULL)
			return NULL;
		for (j = 0; j <= tr->mask; j++) {
			size_t k;

			if (tr->tab[j].h == 0)
				continue;
			for (k = tr->tab[j].h & (nc - 1); t[k].h != 0;
			    k = (k + 1) & (nc - 1))
				;
			t[k] = tr->tab[j];
		}
		free(tr->tab);
		tr->tab = t;
		tr->mask = nc - 1;
	}
	for (i = h & tr->mask; tr->tab[i].h != 0; i = (i + 1) & tr->mask)
		if (tr->tab[i].h == h)
			return &tr->tab[i];
	if (!insert)
		return NULL;
	tr->tab[i].h = h;
	tr->n++;
	return &tr->tab[i];
}

static const char *const no_space_before[] = {
	",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "'s", "'S", "n't",
	"'re", "'ve", "'ll", "'d", "'m", "...", NULL
};

static int
in_list(const char *const *l, const char *s)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

static int
tr_addc(struct trainer *tr, const char *s, size_t n)
{
	if (tr->textlen + n + 1 > tr->textcap) {
		size_t nc = tr->textcap ? tr->textcap * 2 : 1 << 20;
		char *p;

		while (nc < tr->textlen + n + 1)
			nc *= 2;
		if ((p = realloc(tr->text, nc)) == NULL)
			return -1;
		tr->text = p;
		tr->textcap = nc;
	}
	memcpy(tr->text + tr->textlen, s, n);
	tr->textlen += n;
	return 0;
}

/* Label of a CoNLL tag: 0, or 1 + 2 * type index for B, 2 + ... for I. */
static int
tag_label(const char *tag, int prevlab)
{
	int type, b;

	if (strlen(tag) < 3 || tag[1] != '-')
		return 0;
	if (strcmp(tag + 2, "PER") == 0 || strcmp(tag + 2, "PERSON") == 0)
		type = 0;
	else if (strcmp(tag + 2, "ORG") == 0)
		type = 1;
	else if (strcmp(tag + 2, "LOC") == 0 || strcmp(tag + 2, "GPE") == 0)
		type = 2;
	else
		return 0;
	b = tag[0] == 'B' || tag[0] == 'S' || (prevlab != 1 + 2 * type &&
	    prevlab != 2 + 2 * type);
	return b ? 1 + 2 * type : 2 + 2 * type;
}

/* Detokenizes one CoNLL sentence as the scorer does and cuts it again
 * with the tokenizer, giving each piece the label of its word. */
static int
tr_sentence(struct trainer *tr, char **toks, const int *labs, size_t n)
{
	size_t i, base = tr->textlen, nt, used, j, cap;
	size_t *wst;
	int quote = 0, prevlab = 0;
	struct wire_token *tk = NULL;

	if ((wst = malloc((n + 1) * 2 * sizeof(*wst))) == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		int space = i > 0;

		if (in_list(no_space_before, toks[i]))
			space = 0;
		if (i > 0 && (strcmp(toks[i - 1], "(") == 0 ||
		    strcmp(toks[i - 1], "[") == 0 ||
		    strcmp(toks[i - 1], "$") == 0))
			space = 0;
		if (strcmp(toks[i], "\"") == 0) {
			if (quote)
				space = 0;
			quote = !quote;
		} else if (i > 0 && strcmp(toks[i - 1], "\"") == 0 && quote)
			space = 0;
		if (space && tr_addc(tr, " ", 1) < 0)
			goto fail;
		wst[2 * i] = tr->textlen - base;
		if (tr_addc(tr, toks[i], strlen(toks[i])) < 0)
			goto fail;
		wst[2 * i + 1] = tr->textlen - base;
	}
	cap = 0;
	nt = wire_ner_tokenize(tr->text + base, tr->textlen - base, 0, &tk,
	    &cap, &used);
	if (nt == (size_t)-1)
		goto fail;
	if (tr->ntok + nt > tr->tokcap) {
		size_t nc = tr->tokcap ? tr->tokcap * 2 : 65536;
		struct wire_token *p;
		unsigned char *g;

		while (nc < tr->ntok + nt)
			nc *= 2;
		if ((p = realloc(tr->tok, nc * sizeof(*p))) == NULL)
			goto fail;
		tr->tok = p;
		if ((g = realloc(tr->gold, nc)) == NULL)
			goto fail;
		tr->gold = g;
		tr->tokcap = nc;
	}
	for (i = 0, j = 0; i < nt; i++) {
		int l;

		while (j < n && wst[2 * j + 1] <= tk[i].start)
			j++;
		l = j < n && wst[2 * j] <= tk[i].start ? labs[j] : 0;
		/* A piece after the first of its word continues the name. */
		if (l != 0 && (l & 1) && tk[i].start > wst[2 * j])
			l = prevlab == l || prevlab == l + 1 ? l + 1 : l;
		tr->tok[tr->ntok + i] = tk[i];
		tr->gold[tr->ntok + i] = (unsigned char)l;
		prevlab = l;
	}
	free(tk);
	free(wst);
	if (tr->nsent == tr->sentcap) {
		size_t nc = tr->sentcap ? tr->sentcap * 2 : 4096;
		struct tsent *p = realloc(tr->sent, nc * sizeof(*p));

		if (p == NULL)
			return -1;
		tr->sent = p;
		tr->sentcap = nc;
	}
	tr->sent[tr->nsent].text = base;
	tr->sent[tr->nsent].len = tr->textlen - base;
	tr->sent[tr->nsent].tok = tr->ntok;
	tr->sent[tr->nsent].ntok = nt;
	tr->nsent++;
	tr->ntok += nt;
	return 0;
fail:
	free(tk);
	free(wst);
	return -1;
}

static int
tr_read(struct trainer *tr, const char *spec, char *err, size_t errlen)
{
	char path[4096], line[4096], *star;
	char *toks[512];
	int labs[512];
	size_t n = 0, i, lineno = 0, first = tr->nsent, rep = 1, r;
	FILE *f;
	int rc = 0;

	snprintf(path, sizeof(path), "%s", spec);
	if ((star = strrchr(path, '*')) != NULL) {
		*star = '\0';
		rep = (size_t)strtoul(star + 1, NULL, 10);
		if (rep < 1 || rep > 100)
			rep = 1;
	}
	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	for (;;) {
		char *got = fgets(line, sizeof(line), f);
		size_t len = got ? strlen(line) : 0;
		char *tab;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r' || line[len - 1] == ' '))
			line[--len] = '\0';
		if (got == NULL || len == 0) {
			if (n > 0) {
				int prev = 0;

				for (i = 0; i < n; i++) {
					char *t = strrchr(toks[i], '\t');

					if (t == NULL)
						t = strrchr(toks[i], ' ');
					*t++ = '\0';
					labs[i] = tag_label(t, prev);
					prev = labs[i];
				}
				if (tr_sentence(tr, toks, labs, n) < 0)
					rc = -1;
				for (i = 0; i < n; i++)
					free(toks[i]);
				n = 0;
				if (rc < 0)
					break;
			}
			if (got == NULL)
				break;
			continue;
		}
		if (strncmp(line, "-DOCSTART-", 10) == 0)
			continue;
		if ((tab = strchr(line, '\t')) == NULL &&
		    (tab = strchr(line, ' ')) == NULL) {
			snprintf(err, errlen, "%s:%zu: no tag", path, lineno);
			rc = -2;
			break;
		}
		if (n == 512 || (toks[n] = strdup(line)) == NULL) {
			snprintf(err, errlen, "%s:%zu: sentence too long or "
			    "out of memory", path, lineno);
			rc = -2;
			break;
		}
		/* The token is the first column, the tag the last. */
		{
			char *tt = strchr(toks[n], '\t');
			char *last = strrchr(toks[n], '\t');

			if (tt == NULL) {
				tt = strchr(toks[n], ' ');
				last = strrchr(toks[n], ' ');
			}
			if (tt != last)
				memmove(tt, last, strlen(last) + 1);
		}
		n++;
	}
	for (i = 0; i < n; i++)
		free(toks[i]);
	fclose(f);
	if (rc == -1)
		snprintf(err, errlen, "out of memory");
	if (rc < 0)
		return -1;
	/* Repeats weigh a small in-domain set up. */
	for (r = 1; r < rep; r++) {
		size_t last = tr->nsent;

		for (i = first; i < last; i++) {
			if (tr->nsent == tr->sentcap) {
				size_t nc = tr->sentcap * 2;
				struct tsent *p = realloc(tr->sent,
				    nc * sizeof(*p));

				if (p == NULL) {
					snprintf(err, errlen, "out of memory");
					return -1;
				}
				tr->sent = p;
				tr->sentcap = nc;
			}
			tr->sent[tr->nsent++] = tr->sent[i];
		}
	}
	return 0;
}

static int
tr_write(const struct trainer *tr, double c, double prune, const char *path,
    char *err, size_t errlen)
{
	FILE *f;
	size_t i, nkeep = 0;
	float maxw = 0, scale, tw[NLAB + 1][NLAB];
	uint32_t hdr[2];
	int l, p;

	for (i = 0; i <= tr->mask; i++) {
		const struct tent *e = &tr->tab[i];
		float m = 0;

		if (e->h == 0)
			continue;
		for (l = 0; l < NLAB; l++) {
			float a = fabsf(e->w[l] - e->u[l] / (float)c);

			if (a > m)
				m = a;
		}
		if (m >= prune)
			nkeep++;
		if (m > maxw)
			maxw = m;
	}
	scale = maxw > 0 ? maxw / 32767.0f : 1.0f;
	for (p = 0; p <= NLAB; p++)
		for (l = 0; l < NLAB; l++)
			tw[p][l] = tr->tw[p][l] - tr->tu[p][l] / (float)c;
	if ((f = fopen(path, "wb")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	hdr[0] = NLAB;
	hdr[1] = (uint32_t)nkeep;
	fwrite(MODEL_MAGIC, 1, 8, f);
	fwrite(hdr, sizeof(uint32_t), 2, f);
	fwrite(&scale, sizeof(float), 1, f);
	fwrite(tw, sizeof(float), (NLAB + 1) * NLAB, f);
	for (i = 0; i <= tr->mask; i++) {
		const struct tent *e = &tr->tab[i];
		int16_t w[NLAB];
		float m = 0;

		if (e->h == 0)
			continue;
		for (l = 0; l < NLAB; l++) {
			float a = e->w[l] - e->u[l] / (float)c;

			if (fabsf(a) > m)
				m = fabsf(a);
			w[l] = (int16_t)lrintf(a / scale);
		}
		if (m < prune)
			continue;
		fwrite(&e->h, sizeof(e->h), 1, f);
		fwrite(w, sizeof(int16_t), NLAB, f);
	}
	if (fclose(f) != 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * Adds the averaged weights of run tr (c steps) to soup, divided by runs,
 * so that soup ends as the mean of the runs' models: one model trained on
 * several orders of the data, steadier than any of them.  Returns 0, or
 * -1 when memory runs out.
 */
static int
tr_soup(struct trainer *soup, const struct trainer *tr, double c,
    unsigned runs)
{
	size_t i;
	int l, p;

	for (p = 0; p <= NLAB; p++)
		for (l = 0; l < NLAB; l++)
			soup->tw[p][l] += (tr->tw[p][l] - tr->tu[p][l] /
			    (float)c) / (float)runs;
	for (i = 0; i <= tr->mask; i++) {
		const struct tent *e = &tr->tab[i];
		struct tent *s;

		if (e->h == 0)
			continue;
		if ((s = tr_find(soup, e->h, 1)) == NULL)
			return -1;
		for (l = 0; l < NLAB; l++)
			s->w[l] += (e->w[l] - e->u[l] / (float)c) /
			    (float)runs;
	}
	return 0;
}

/* One perceptron step on sentence s at time c; returns tokens wrong. */
static size_t
tr_step(struct trainer *tr, struct wire_ner *ner, struct wire_ner_doc *doc,
    const struct tsent *s, double c, uint64_t *fb)
{
	const char *text = tr->text + s->text;
	const unsigned char *gold = tr->gold + s->tok;
	size_t nt = s->ntok, i, j, nf, wrong = 0;
	int l, *lab;

	if (doc_room(doc, nt) < 0 || nt == 0)
		return 0;
	token_info(ner, text, tr->tok + s->tok, nt, doc->ti);
	gaz_mark(ner, doc->ti, nt);
	lex_mark(ner, doc->ti, nt);
	mark_runs(doc->ti, nt);
	for (i = 0; i < nt; i++) {
		float *sc = doc->score + i * NLAB;

		nf = features(doc->ti, nt, i, fb + i * MAXFEAT);
		for (l = 0; l < NLAB; l++)
			sc[l] = 0;
		for (j = 0; j < nf; j++) {
			struct tent *e = tr_find(tr, fb[i * MAXFEAT + j], 0);

			if (e == NULL)
				continue;
			for (l = 0; l < NLAB; l++)
				sc[l] += e->w[l];
		}
		if (nf < MAXFEAT)
			fb[i * MAXFEAT + nf] = 0;
	}
	lab = doc->lab;
	viterbi(doc->score, nt, (const float (*)[NLAB])tr->tw, doc->back, lab);
	for (i = 0; i < nt; i++) {
		int g = gold[i], p = lab[i];
		int pg = i ? gold[i - 1] : NLAB, pp = i ? lab[i - 1] : NLAB;

		if (g != p || pg != pp) {
			tr->tw[pg][g] += 1;
			tr->tu[pg][g] += (float)c;
			tr->tw[pp][p] -= 1;
			tr->tu[pp][p] -= (float)c;
		}
		if (g == p)
			continue;
		wrong++;
		for (j = 0; j < MAXFEAT && fb[i * MAXFEAT + j] != 0; j++) {
			struct tent *e = tr_find(tr, fb[i * MAXFEAT + j], 1);

			if (e == NULL)
				continue;
			e->w[g] += 1;
			e->u[g] += (float)c;
			e->w[p] -= 1;
			e->u[p] -= (float)c;
		}
	}
	return wrong;
}

/*
 * One run of epochs passes over the sentences of tr in an order shuffled
 * with *rnd (order holds tr->nsent entries, fb the feature buffer).
 * Returns the steps taken plus one, the divisor of the averaged weights.
 */
static double
tr_run(struct trainer *tr, struct wire_ner *ner, struct wire_ner_doc *doc,
    size_t *order, uint64_t *fb, int epochs, uint64_t *rnd, int verbose)
{
	double c = 1;
	size_t i;
	int ep;

	for (i = 0; i < tr->nsent; i++)
		order[i] = i;
	for (ep = 0; ep < epochs; ep++) {
		size_t wrong = 0;

		for (i = tr->nsent; i > 1; i--) {
			size_t j, t;

			*rnd = *rnd * 6364136223846793005ULL +
			    1442695040888963407ULL;
			j = (size_t)((*rnd >> 33) % i);
			t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
		for (i = 0; i < tr->nsent; i++) {
			wrong += tr_step(tr, ner, doc, &tr->sent[order[i]], c,
			    fb);
			c++;
		}
		if (verbose)
			fprintf(stderr, "epoch %d: %zu tokens wrong of %zu, "
			    "%zu features\n", ep + 1, wrong, tr->ntok, tr->n);
	}
	return c;
}

/*
 * Trains a model on CoNLL files; see wire/ner.h.
 */
int
wire_ner_train(const char *datadir, const char *const *paths, size_t npaths,
    const char *outpath, const struct wire_ner_train_opts *opts, char *err,
    size_t errlen)
{
	struct trainer tr, soup;
	struct wire_ner *ner;
	struct wire_ner_doc *doc = NULL;
	uint64_t *fb = NULL;
	size_t *order = NULL, i, maxnt = 0;
	int epochs = opts && opts->epochs > 0 ? opts->epochs : 12, rc = -1;
	double prune = opts && opts->prune > 0 ? opts->prune : 0.05, c = 1;
	uint64_t rnd = opts ? opts->seed * 2654435761u + 1 : 1;
	unsigned runs = opts && opts->runs > 1 ? opts->runs : 1, run;

	memset(&tr, 0, sizeof(tr));
	memset(&soup, 0, sizeof(soup));
	if ((ner = wire_ner_load_model(datadir, NULL, err, errlen)) == NULL)
		return -1;
	for (i = 0; i < npaths; i++)
		if (tr_read(&tr, paths[i], err, errlen) < 0)
			goto out;
	if (tr.nsent == 0) {
		snprintf(err, errlen, "no training sentences");
		goto out;
	}
	for (i = 0; i < tr.nsent; i++)
		if (tr.sent[i].ntok > maxnt)
			maxnt = tr.sent[i].ntok;
	tr.mask = soup.mask = (1u << 16) - 1;
	if ((tr.tab = calloc(tr.mask + 1, sizeof(*tr.tab))) == NULL ||
	    (runs > 1 && (soup.tab = calloc(soup.mask + 1,
	    sizeof(*soup.tab))) == NULL) ||
	    (doc = wire_ner_doc_new()) == NULL ||
	    (fb = malloc((maxnt + 1) * MAXFEAT * sizeof(*fb))) == NULL ||
	    (order = malloc(tr.nsent * sizeof(*order))) == NULL) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	for (run = 0; run < runs; run++) {
		if (run > 0) {
			/* The next run starts afresh, with its own order. */
			memset(tr.tab, 0, (tr.mask + 1) * sizeof(*tr.tab));
			tr.n = 0;
			memset(tr.tw, 0, sizeof(tr.tw));
			memset(tr.tu, 0, sizeof(tr.tu));
			rnd = (opts->seed + run) * 2654435761u + 1;
		}
		c = tr_run(&tr, ner, doc, order, fb, epochs, &rnd,
		    opts != NULL && opts->verbose);
		if (runs > 1 && tr_soup(&soup, &tr, c, runs) < 0) {
			snprintf(err, errlen, "out of memory");
			goto out;
		}
	}
	rc = runs > 1 ? tr_write(&soup, 1, prune, outpath, err, errlen) :
	    tr_write(&tr, c, prune, outpath, err, errlen);
out:
	free(soup.tab);
	free(order);
	free(fb);
	wire_ner_doc_free(doc);
	wire_ner_free(ner);
	free(tr.tab);
	free(tr.text);
	free(tr.sent);
	free(tr.tok);
	free(tr.gold);
	return rc;
}
