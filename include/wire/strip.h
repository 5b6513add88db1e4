/*
 * wire/strip.h: the wire-strip stage, a web page in, its article text and
 * metadata out.
 *
 * A page (HTML, or text already flattened) is cut into blocks: the
 * paragraphs, headings, list items and cells an HTML tree renders as
 * separate boxes, or the paragraphs of flat text.  Each block gets
 * features (length, link and stop-word density, punctuation, class and id
 * evidence, structure, whether it lies in the densest content subtree) and
 * a linear classifier, with weights from data/strip/weights.txt, decides
 * whether it is article text; a second linear pass revises each score
 * with its context (the neighbours' scores, where the block lies against
 * the text kept), neighbours then revise short blocks, section headings
 * such as "Related articles" end what follows them, and a page left with
 * almost no text falls back to the blocks the classifier half believed.
 * Metadata come from JSON-LD, <meta>, <time>, the URL and the text, in that
 * order of trust.
 *
 * A struct wire_strip holds the loaded data and every buffer; it is set up
 * once, used by one thread, reused for each page and freed with
 * wire_strip_free().
 */
#ifndef WIRE_STRIP_H
#define WIRE_STRIP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "wire/cli.h"
#include "wire/html.h"
#include "wire/record.h"
#include "wire/text.h"

#define WIRE_STRIP_NFEAT	34	/* features per block, bias included */
#define WIRE_STRIP_NCTX	12	/* context features of the second pass */
#define WIRE_STRIP_MAXLANG	16
#define WIRE_STRIP_DEFAULT_MAX_PAGE	((size_t)32 << 20)

/* A block of text: a paragraph, heading, list item or cell. */
struct wire_strip_block {
	uint32_t	off, len;	/* bytes in the block text buffer */
	uint32_t	nch, nlink, nwords, nstop, npunct, ncomma, ndigit;
	uint32_t	elem;		/* the element the block belongs to */
	uint16_t	tag;		/* its tag (enum wire_tag) */
	uint16_t	flags;		/* WIRE_SB_* */
	int16_t		neg, pos;	/* class and id evidence above it */
	float		p;		/* classifier score, 0..1 */
	int		keep;
	int		caption;
};

enum {
	WIRE_SB_NAV = 1,	/* inside nav, header, footer, aside, menu */
	WIRE_SB_ARTICLE = 2,	/* inside article, main, articleBody */
	WIRE_SB_MAIN = 4,	/* inside the densest content subtree */
	WIRE_SB_CAPTION = 8,	/* figure caption */
	WIRE_SB_QUOTE = 16,
	WIRE_SB_TABLE = 32,
	WIRE_SB_LIST = 64,
	WIRE_SB_HEADING = 128,
	WIRE_SB_FORM = 256,
	WIRE_SB_PHRASE = 512,	/* a known boilerplate line */
	WIRE_SB_SECTION = 1024,	/* a heading that ends the article */
	WIRE_SB_BYLINE = 2048,	/* a byline or credit */
	WIRE_SB_REPEAT = 4096	/* the same text appears elsewhere */
};

/*
 * The sections of data/strip/words.txt, the words of natural languages
 * that tell bylines, names, dates and credits from text (the file's
 * header says how each is matched).
 */
enum wire_strip_wordlist {
	WIRE_SW_NAMEPREFIX,	/* [name-prefix] */
	WIRE_SW_NOTNAME,	/* [not-name] */
	WIRE_SW_PARTICLE,	/* [particle] */
	WIRE_SW_ROLE,		/* [role] */
	WIRE_SW_ORGEND,		/* [org-end] */
	WIRE_SW_PREP,		/* [bare-preposition] */
	WIRE_SW_DATELABEL,	/* [date-label] */
	WIRE_SW_BYLABEL,	/* [byline-label] */
	WIRE_SW_CARDLABEL,	/* [card-label] */
	WIRE_SW_INLINEBY,	/* [inline-by] */
	WIRE_SW_REPORTTAIL,	/* [report-tail] */
	WIRE_SW_SIGNOFF,	/* [sign-off] */
	WIRE_SW_CREDIT,		/* [credit] */
	WIRE_SW_CREDITSP,	/* [credit-spaced] */
	WIRE_SW_BYOPEN,		/* [byline-opening] */
	WIRE_SW_BIOVERB,	/* [bio-verb] */
	WIRE_SW_BIOROLE,	/* [bio-role] */
	WIRE_SW_MONTH,		/* [month] */
	WIRE_SW_DATEJOIN,	/* [date-joiner] */
	WIRE_SW_DAYSUFFIX,	/* [day-suffix] */
	WIRE_SW_NAMEJOIN,	/* [name-joiner] */
	WIRE_SW_NAMEDATE,	/* [name-date] */
	WIRE_SW_FEMININE,	/* [feminine] */
	WIRE_SW_NOUNLABEL,	/* [noun-label] */
	WIRE_SW_REPORTER,	/* [reporter-opening] */
	WIRE_SW_NOTACCOUNT,	/* [not-account] */
	WIRE_SW_AGENCY,		/* [agency] */
	WIRE_SW_N
};

/* The longest entry of words.txt, in bytes, with its NUL. */
#define WIRE_STRIP_WORDMAX	64

/*
 * The bit (of 512) of a pair of bytes: a text's pairs, hashed into 512
 * bits, tell which words cannot be in it without a search.
 */
#define WIRE_STRIP_PAIRBIT(a, b) \
	((((unsigned)(unsigned char)(a) * 31u) ^ \
	(unsigned)(unsigned char)(b) * 7u) & 511u)
#define WIRE_STRIP_NOPAIR	512	/* the pair bit of a word of one byte */
/* True when bit h is set in the 512 bits of bits. */
#define WIRE_STRIP_PAIR_IN(bits, h) \
	(((bits)[(h) >> 6] >> ((h) & 63)) & 1)

/*
 * One section of words.txt: its n entries in the file's order, their
 * lengths (so matching needs no strlen), the pair bits of their first
 * two bytes (WIRE_STRIP_NOPAIR for an entry of one byte) and the number
 * each carries ([month]: 1 to 12; 0 in other sections); owned by the
 * struct wire_strip that holds it.  pairs holds the pair bit of every
 * entry of two bytes or more: a word whose first two bytes have no bit
 * there is none of them.
 */
struct wire_strip_words {
	char		**v;
	uint8_t		 *len;
	uint16_t	 *pair;
	uint8_t		 *val;
	size_t		  n;
	uint64_t	  pairs[8];
};

/* Stop words of one language, sorted for bsearch. */
struct wire_strip_lang {
	char		 code[8];
	char		**words;
	size_t		 n;
};

struct wire_strip {
	int			 captions;
	int			 keep_html;
	size_t			 max_page;
	int			 features;	/* print block features (training) */
	const char		*url;		/* --url for --raw */
	/* data */
	struct wire_strip_lang	 langs[WIRE_STRIP_MAXLANG];
	size_t			 nlang;
	uint64_t		*stopkey;	/* hash of every stop word, zero-
						 * padded, 16 bytes a slot */
	uint16_t		*stopmask;	/* its languages, one bit each */
	size_t			 nstophash;	/* slots, a power of two */
	char			**phrases;	/* boilerplate lines, folded */
	size_t			 nphrases;
	char			**prefixes;	/* boilerplate sentence openings */
	size_t			 nprefixes;
	char			**inside;	/* boilerplate marks anywhere in a
						 * short block */
	size_t			 ninside;
	char			**sections;	/* headings that end an article */
	size_t			 nsections;
	char			**classes;	/* "+word" / "-word" class priors */
	size_t			 nclasses;
	struct wire_strip_words	 words[WIRE_SW_N];	/* strip/words.txt */
	double			 w[WIRE_STRIP_NFEAT];	/* HTML blocks */
	double			 wflat[WIRE_STRIP_NFEAT];	/* flat text blocks */
	double			 wctx[WIRE_STRIP_NCTX];	/* second pass, HTML */
	int			 has_ctx;	/* wctx was loaded */
	double			 threshold;
	/* per page */
	struct wire_html_doc	 doc;
	struct wire_buf		 page;		/* the page in UTF-8 */
	struct wire_buf		 raw;		/* input bytes */
	struct wire_buf		 btext;		/* block texts */
	struct wire_strip_block	*b;
	size_t			 nb, capb;
	float			*score;		/* per element */
	uint32_t		*tlen, *llen;	/* per element text, link chars */
	int8_t			*cls;		/* per element class weight */
	size_t			 capel;
	int			 lang;		/* index in langs, or -1 */
	int			 flat;		/* the page is flat text */
	struct wire_buf		 tmp;
	/* results */
	struct wire_buf		 text, title, authors, published, modified,
				 pubsrc, site, langcode, description, image,
				 canonical, captionidx;
	size_t			 nauthors;
	int			 paywalled;
	int			 dl_month, dl_day; /* a dateline's, no year */
	/*
	 * The class priors chained by their first two letters, so that one
	 * pass over a class or id value finds every prior it holds (built by
	 * wire_strip_init(), one allocation at clshead).  Indexes are
	 * 1-based, 0 ends a chain; priors of one letter form their own chain.
	 */
	uint32_t		*clshead;	/* WIRE_STRIP_CLSHASH chains */
	uint32_t		*clsnext;	/* per prior: the next */
	uint32_t		*clslen;	/* per prior: its length */
	uint32_t		*clsseen;	/* per prior: last value hit */
	uint32_t		 clsone;	/* the one-letter words */
	uint32_t		 clsgen;	/* the value being matched */
};

/*
 * Chains of the class-prior index, and the chain of two bytes: each pair
 * of lower-case letters has a chain of its own, other bytes share five.
 */
#define WIRE_STRIP_CLSHASH	1024
#define WIRE_STRIP_CLSCODE(c) \
	((unsigned)(unsigned char)(c) - 'a' < 26u ? \
	(unsigned)(unsigned char)(c) - 'a' + 1u : \
	27u + (unsigned)(unsigned char)(c) % 5u)
#define WIRE_STRIP_CLSPAIR(a, b) \
	(WIRE_STRIP_CLSCODE(a) << 5 | WIRE_STRIP_CLSCODE(b))

/*
 * Loads the data files (stop words, phrases, section headings, class
 * priors, the words of strip/words.txt, weights) from dir, or from the
 * data directory when dir is NULL.  Returns 0, or -1 with a message in
 * err (errlen bytes): a file missing, or a words.txt with a section
 * missing, unknown or given twice, an entry outside a section, too long
 * or not UTF-8, or a [month] entry without its number from 1 to 12 or
 * whose name is not one word (the message names the file and line).
 * After a failure
 * st holds nothing; else wire_strip_free() frees what it holds.
 */
int	wire_strip_init(struct wire_strip *st, const char *dir, char *err,
	    size_t errlen);

/* Frees what st owns. */
void	wire_strip_free(struct wire_strip *st);

/*
 * Extracts the article of one page: n bytes at s, HTML when is_html is 1,
 * flat text when 0, guessed when -1; charset is a label or NULL; url may
 * be NULL.  Results are left in st's result buffers.  Returns 0, or -1
 * with a reason in err (errlen bytes) when the page cannot be used.
 */
int	wire_strip_page(struct wire_strip *st, const char *s, size_t n,
	    int is_html, const char *charset, const char *url, char *err,
	    size_t errlen);

/*
 * Record callback for wire_stream_run (ctx is a struct wire_strip):
 * strips the record's html or text and writes the record out.
 */
int	wire_strip_record(struct wire_stream *s, struct wire_record *r,
	    void *ctx);

/*
 * Reads each of the n paths (stdin when none) as one whole page and writes
 * one record for each.  Returns 0, or -1 when the stream stopped.
 */
int	wire_strip_raw(struct wire_stream *s, struct wire_strip *st,
	    char **paths, int n);

/* Internals shared by the strip modules. */

/* Folds n bytes of UTF-8 for phrase matching: lower case, spaces. */
void	wire_strip_fold(const char *s, size_t n, struct wire_buf *out);

/*
 * Sets in bits (512 of them, cleared first) the WIRE_STRIP_PAIRBIT() of
 * each pair of adjacent bytes of s (n bytes): a word whose first two
 * bytes have no bit there is not in s.
 */
void	wire_strip_pair_bits(const char *s, size_t n, uint64_t bits[8]);

/*
 * Brings b to Unicode NFC in place: pages mix composed and decomposed
 * forms of the same letters, and readers and search expect one.  b is
 * left as it was when NFC keeps it (most text) or normalizing fails or
 * would pass b's cap.
 */
void	wire_strip_nfc(struct wire_buf *b);

/* Index of the language of the page's words in st->langs, or -1. */
int	wire_strip_guess_lang(struct wire_strip *st, const char *s, size_t n);

/*
 * The code of the language of n bytes of text by its script ("ko" for
 * Hangul, "ja" for kana among Han characters, "zh" for Han alone, "th",
 * "el", "he") when more than half of its letters are of that script, read
 * from the first 64 KiB; else NULL.  The code is a static string.
 */
const char *wire_strip_script_lang(const char *s, size_t n);

/* Counts the stop words of language lang in n bytes of text. */
uint32_t wire_strip_count_stop(const struct wire_strip *st, int lang,
	    const char *s, size_t n, uint32_t *nwords);

/* Appends a new block; returns it, or NULL when out of memory. */
struct wire_strip_block *wire_strip_add_block(struct wire_strip *st);

/*
 * Fills the features of block k into f (WIRE_STRIP_NFEAT values); for flat
 * text (st->flat) those only markup gives are 0.
 */
void	wire_strip_features(const struct wire_strip *st, size_t k, double *f);

/* The blocks of the parsed page st->doc, with its main subtree marked. */
void	wire_strip_html_blocks(struct wire_strip *st);

/* Classifies and revises the blocks, then joins the kept ones into text. */
void	wire_strip_decide(struct wire_strip *st, int flat);

/*
 * True when the n bytes at w are one of the words of section sec of
 * st->words (an enum wire_strip_wordlist), the case of ASCII letters aside.
 */
int	wire_strip_word_in(const struct wire_strip *st, int sec, const char *w,
	    size_t n);

/*
 * When the n bytes at s open with a word of section sec of st->words and
 * a space, the case of ASCII letters aside, the bytes of both (the first
 * such word's); else 0.
 */
size_t	wire_strip_opens_with(const struct wire_strip *st, int sec,
	    const char *s, size_t n);

/*
 * Whether the n bytes at t end with a mark that ends a sentence (". ! ?",
 * the ideographic full stop and the full-width marks), maybe inside a
 * closing quote or bracket.
 */
int	wire_strip_sentence_end(const char *t, size_t n);

/*
 * Joins the kept blocks into st->text, paragraphs one blank line apart, a
 * block the same as the one before it once, normalised to NFC; the
 * indexes of the paragraphs that are captions go to st->captionidx.
 */
void	wire_strip_join(struct wire_strip *st);

/* The blocks of n bytes of flat text (no markup). */
void	wire_strip_flat_blocks(struct wire_strip *st, const char *s, size_t n);

/* The metadata of the parsed HTML page st->doc (url may be NULL). */
void	wire_strip_meta_html(struct wire_strip *st, const char *url);

/* Metadata found in the blocks' text: dateline, bylines, title of flat text. */
void	wire_strip_meta_text(struct wire_strip *st, const char *url, int flat);

/*
 * Parses a date in n bytes of s (ISO 8601, "November 7, 2024", "7 Nov
 * 2024", "7. November 2024", "2024.11.07"...) into out as YYYY-MM-DD, or
 * as a full ISO 8601 timestamp with its zone (Z or +hh:mm) when s is an
 * ISO 8601 stamp with a whole time and a zone; a time without a zone, or
 * in another form ("04 May 2022 00:25:56 GMT"), leaves the day alone.
 * The names of months, the words between a date's parts ("de") and the
 * endings of a day's number ("7th") are those st loaded from
 * strip/words.txt; st is only read (out may be one of its buffers).
 * Returns 0, or -1 when there is no valid date.
 */
int	wire_strip_parse_date(const struct wire_strip *st, const char *s,
	    size_t n, struct wire_buf *out);

/*
 * Dates the report by the month and day of its dateline ("SEOUL, Dec. 5
 * (Yonhap) --", kept in st->dl_month and st->dl_day by the page's
 * reading) in the year of fetched (n bytes, an ISO 8601 date or stamp,
 * the record's fetched_at): the last such day on or before it.  Only
 * when st->published is still empty; it is then set, with "text" as its
 * source.  Returns 0 when it dated the report, -1 when not.
 */
int	wire_strip_date_by_fetch(struct wire_strip *st, const char *fetched,
	    size_t n);

/*
 * Adds an author name declared by the page's metadata (cleaned of "By",
 * a job before the name, e-mail and the like) once; a text that is no
 * name (an address, a sentence, a UI label) is not added.  A lone account
 * name ("jdoe") is accepted here, as the metadata declare it.
 */
void	wire_strip_add_author(struct wire_strip *st, const char *s, size_t n);

/*
 * The author after prev in st's list (NUL-terminated names, owned by st),
 * or the first when prev is NULL; NULL after the last.
 */
const char	*wire_strip_author_next(const struct wire_strip *st,
		    const char *prev);

#endif
