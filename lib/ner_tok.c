/*
 * ner_tok.c: the tokenizer under the entity tagger.
 *
 * The cuts are made for names in news: "U.S." and "N." keep their periods
 * (an initial is part of a name), "Korea's" gives "Korea" and "'s" (the
 * possessive is never part of a name), and hyphens are tokens of their own
 * flagged when they join two words, so that the tagger can both keep
 * "Kim Jong-un" whole and cut "North Korea-Russia" in two.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "wire/ner.h"
#include "wire/text.h"

/* Words whose period belongs to them (title-case abbreviations of news). */
static const char *const abbrevs[] = {
	"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt",
	"Capt", "Cmdr", "Adm", "Maj", "Rep", "Sen", "Gov", "Prof", "Rev", "Co",
	"Corp", "Inc", "Ltd", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar",
	"Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Pres", "Supt",
	"Bros", "Dept", "Univ", "Ave", "Blvd", "Messrs", NULL
};

static size_t
dec(const char *s, size_t n, uint32_t *cp)
{
	size_t k;

	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	k = wire_utf8_decode(s, n, cp);
	if (k == 0) {
		*cp = 0xfffd;
		return 1;
	}
	return k;
}

static int
is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	if (cp == 0xa0 || cp == 0x200b || cp == 0xfeff)
		return 1;
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ZS ||
	    cp == 0x2028 || cp == 0x2029;
}

static int
is_word(uint32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp == 0xfffd)
		return 0;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) ||
	    c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

static int
is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static int
is_apos(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019;
}

static int
is_hyphen(uint32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2013 ||
	    cp == 0x2014 || cp == 0x2212;
}

static int
is_abbrev(const char *s, size_t n)
{
	size_t i;

	for (i = 0; abbrevs[i] != NULL; i++)
		if (strlen(abbrevs[i]) == n && memcmp(abbrevs[i], s, n) == 0)
			return 1;
	return 0;
}

/* Length of a one-letter word plus its period at s ("S." in "U.S."), or 0. */
static size_t
letter_dot(const char *s, size_t n)
{
	uint32_t cp;
	size_t k;

	if (n < 2)
		return 0;
	k = dec(s, n, &cp);
	if (!is_word(cp) || cp < 'A' || k >= n || s[k] != '.')
		return 0;
	if (k + 1 < n) {
		uint32_t c2;

		dec(s + k + 1, n - k - 1, &c2);
		/* "A.B" is one thing, "A.b" (a file name) is not ours. */
		if (is_word(c2) && !is_upper(c2) && letter_dot(s + k + 1,
		    n - k - 1) == 0)
			return 0;
	}
	return k + 1;
}

/*
 * Scans a word from s and returns its length.  It stops before a
 * possessive "'s", which becomes a token of its own.
 */
static size_t
scan_word(const char *s, size_t n)
{
	size_t i = 0, k, k2;
	uint32_t cp, c2;

	while (i < n) {
		k = dec(s + i, n - i, &cp);
		if (is_word(cp)) {
			i += k;
			continue;
		}
		if (i == 0 || i + k >= n)
			break;
		if (is_apos(cp)) {
			k2 = dec(s + i + k, n - i - k, &c2);
			if (!is_word(c2))
				break;
			/* 's at a word end is a possessive or "is". */
			if ((c2 == 's' || c2 == 'S') && (i + k + k2 >= n ||
			    !is_word((unsigned char)s[i + k + k2]) ||
			    (unsigned char)s[i + k + k2] >= 0x80))
				break;
			i += k;
			continue;
		}
		if (cp == '&' && i > 0 && is_upper((unsigned char)s[i - 1])) {
			k2 = dec(s + i + k, n - i - k, &c2);
			if (is_upper(c2)) {
				i += k;
				continue;
			}
		}
		break;
	}
	return i;
}

/*
 * Cuts text into tokens; see wire/ner.h.
 */
size_t
wire_ner_tokenize(const char *text, size_t len, size_t max,
    struct wire_token **out, size_t *cap, size_t *used)
{
	size_t pos = 0, nt = 0, k, e;
	uint32_t cp, flags = 0;

	if (len > UINT32_MAX)
		len = UINT32_MAX;
	while (pos < len) {
		k = dec(text + pos, len - pos, &cp);
		if (is_space(cp)) {
			flags |= WIRE_TOK_SPACE;
			if (cp == '\n' || cp == 0x2029)
				flags |= WIRE_TOK_NEWLINE;
			pos += k;
			continue;
		}
		if (max > 0 && nt >= max)
			break;
		if (nt >= *cap) {
			size_t nc = *cap ? *cap * 2 : 64;
			struct wire_token *p = realloc(*out, nc * sizeof(**out));

			if (p == NULL)
				return (size_t)-1;
			*out = p;
			*cap = nc;
		}
		if (nt == 0)
			flags |= WIRE_TOK_SPACE;
		if (is_word(cp)) {
			size_t d;

			flags |= WIRE_TOK_WORD;
			e = pos + scan_word(text + pos, len - pos);
			if (e == pos)
				e = pos + k;
			if (e < len && text[e] == '.') {
				if (e - pos == k && (d = letter_dot(text + pos,
				    len - pos)) > 0) {
					/* Initials and acronyms: "N.", "U.S." */
					e = pos + d;
					while ((d = letter_dot(text + e,
					    len - e)) > 0)
						e += d;
				} else if (is_abbrev(text + pos, e - pos))
					e++;
			}
		} else if (is_apos(cp) && pos + k < len &&
		    (text[pos + k] == 's' || text[pos + k] == 'S') &&
		    (pos + k + 1 >= len || !is_word((unsigned char)
		    text[pos + k + 1]))) {
			flags |= WIRE_TOK_POSS;
			e = pos + k + 1;
		} else if (is_hyphen(cp)) {
			flags |= WIRE_TOK_HYPHEN;
			if (!(flags & WIRE_TOK_SPACE) && pos + k < len) {
				uint32_t c2;

				dec(text + pos + k, len - pos - k, &c2);
				if (is_word(c2))
					flags |= WIRE_TOK_JOINED;
			}
			e = pos + k;
		} else
			e = pos + k;
		(*out)[nt].start = (uint32_t)pos;
		(*out)[nt].end = (uint32_t)e;
		(*out)[nt].flags = flags;
		nt++;
		flags = 0;
		pos = e;
	}
	if (used != NULL)
		*used = pos;
	return nt;
}
