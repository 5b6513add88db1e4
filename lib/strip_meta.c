/*
 * strip_meta.c: wire-strip's metadata: title, authors, dates, site,
 * language, description, image and paywall, from JSON-LD, <meta>, <time>,
 * microdata, the URL and the text, most trusted first.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <utf8proc.h>

#include "wire/strip.h"

#define WIRE_STRIP_NHEAD	64	/* h1 and h2 headings looked at */
#define WIRE_STRIP_NEAR	24	/* text nodes looked at beside the headline */
#define WIRE_STRIP_HDEPTH	5	/* deepest <header> taken for the page's */
#define WIRE_STRIP_NBYL	8	/* elements marked as bylines kept */

static void	url_date(struct wire_strip *, const char *, const char *);
static long	day_diff(const char *, const char *);
static int	utc_stamp(const char *);
static void	local_midnight(struct wire_buf *);
static int	sr_only(const struct wire_strip *, uint32_t);
static size_t	byline_label(const struct wire_strip *, const char *,
		    size_t);

/* Reads up to max digits at s; returns how many, value in *v. */
static size_t
digits(const char *s, size_t n, size_t max, int *v)
{
	size_t i;

	*v = 0;
	for (i = 0; i < n && i < max && isdigit((unsigned char)s[i]); i++)
		*v = *v * 10 + (s[i] - '0');
	return i;
}

/*
 * The counter at s (n bytes) that ends a part of a date written in
 * Chinese, Japanese or Korean ("2024年12月5日", "2024년 12월 5일"): part 0
 * the year's, 1 the month's, 2 the day's, either script.  Returns its
 * length after the blanks before it, or 0.
 */
static size_t
cjk_counter(const char *s, size_t n, int part)
{
	static const char *const c[3][2] = {
		{ "\xe5\xb9\xb4", "\xeb\x85\x84" },	/* nian, nyeon */
		{ "\xe6\x9c\x88", "\xec\x9b\x94" },	/* yue, wol */
		{ "\xe6\x97\xa5", "\xec\x9d\xbc" }	/* ri, il */
	};
	size_t i = 0;

	while (i < n && s[i] == ' ')
		i++;
	if (n - i >= 3 && (memcmp(s + i, c[part][0], 3) == 0 ||
	    memcmp(s + i, c[part][1], 3) == 0))
		return i + 3;
	return 0;
}

/*
 * A date in Chinese, Japanese or Korean at s (n bytes), its year's four
 * digits first: "2024年12月5日", "2024년 12월 5일".  Returns 0 with the
 * month and day in *m and *d, or -1.
 */
static int
cjk_date(const char *s, size_t n, int *m, int *d)
{
	size_t i = 4, k;

	for (k = 0; k < 2; k++) {
		size_t c = cjk_counter(s + i, n - i, (int)k), dl;

		if (c == 0)
			return -1;
		i += c;
		while (i < n && s[i] == ' ')
			i++;
		if ((dl = digits(s + i, n - i, 2, k == 0 ? m : d)) == 0)
			return -1;
		i += dl;
	}
	return cjk_counter(s + i, n - i, 2) > 0 ? 0 : -1;
}

/*
 * The month named by the word at s (n bytes), an entry of [month] in
 * st->words, the case of ASCII letters aside, or 0; *len gets the word's
 * length, with a dot after it.  Most words name no month: one whose
 * first two letters open no month's name is refused before it is read.
 */
static int
month_at(const struct wire_strip *st, const char *s, size_t n, size_t *len)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_MONTH];
	char w[WIRE_STRIP_WORDMAX];
	size_t i = 0, wl = 0, k;
	unsigned h;

	if (n < 3)
		return 0;
	h = WIRE_STRIP_PAIRBIT(tolower((unsigned char)s[0]),
	    tolower((unsigned char)s[1]));
	if (!WIRE_STRIP_PAIR_IN(l->pairs, h))
		return 0;
	while (i < n && wl + 1 < sizeof(w) && ((unsigned char)s[i] >= 0x80 ||
	    isalpha((unsigned char)s[i]))) {
		w[wl++] = (char)tolower((unsigned char)s[i]);
		i++;
	}
	if (wl < 3 || (i < n && isalpha((unsigned char)s[i])))
		return 0;
	for (k = 0; k < l->n; k++)
		if (l->len[k] == wl && l->v[k][0] == w[0] &&
		    memcmp(l->v[k], w, wl) == 0) {
			if (i < n && s[i] == '.')
				i++;
			*len = i;
			return l->val[k];
		}
	return 0;
}

/* True for a calendar day of the years news pages give: no 30 February,
 * so that what comes out is always a valid ISO 8601 date. */
static int
valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (y < 1990 || y > 2039 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

static void
put_date(struct wire_buf *out, int y, int m, int d)
{
	char b[32];

	snprintf(b, sizeof(b), "%04d-%02d-%02d", y, m, d);
	wire_buf_puts(out, b);
}

/*
 * Skips blanks, commas and the [date-joiner] words of st->words ("de",
 * followed by a space) between the parts of a written date at s (n
 * bytes) from i; returns where the next part starts.
 */
static size_t
skip_sep(const struct wire_strip *st, const char *s, size_t n, size_t i)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_DATEJOIN];
	size_t k, jl;

	for (;;) {
		while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '.' ||
		    (unsigned char)s[i] == 0xa0 || (unsigned char)s[i] == 0xc2))
			i++;
		for (k = 0; k < l->n; k++) {
			jl = l->len[k];
			if (i + jl + 1 <= n && s[i + jl] == ' ' &&
			    strncasecmp(s + i, l->v[k], jl) == 0)
				break;
		}
		if (k == l->n)
			return i;
		i += jl + 1;
	}
}

/*
 * Appends to out the time of day at s (n bytes, after the "T" or blank of
 * an ISO stamp) when it is whole: "hh:mm", seconds and their fraction if
 * given, then a zone, "Z" or an offset ("+01", "+0100", "+01:00", written
 * out as "+01:00").  A time without a zone names no instant, and a broken
 * one ("22:06:08:684Z") no time at all: then out keeps the day alone.
 */
static void
iso_time(const char *s, size_t n, struct wire_buf *out)
{
	char b[48];
	size_t i = 0, o;
	int h, mi, sec, oh, om = 0;

	if (digits(s, n, 2, &h) != 2 || n < 5 || s[2] != ':' ||
	    digits(s + 3, n - 3, 2, &mi) != 2 || h > 23 || mi > 59)
		return;
	i = 5;
	if (i < n && s[i] == ':') {
		if (digits(s + i + 1, n - i - 1, 2, &sec) != 2 || sec > 60)
			return;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			size_t f = i + 1;

			while (f < n && f - i <= 9 && isdigit((unsigned char)s[f]))
				f++;
			if (f == i + 1 || (f < n && isdigit((unsigned char)s[f])))
				return;
			i = f;
		}
	}
	if (i > sizeof(b) - 8)
		return;
	memcpy(b, s, i);
	o = i;
	if (i < n && s[i] == 'Z') {
		b[o++] = 'Z';
		i++;
	} else if (i < n && (s[i] == '+' || s[i] == '-')) {
		size_t k = i + 1;

		if (digits(s + k, n - k, 2, &oh) != 2 || oh > 14)
			return;
		k += 2;
		if (k < n && s[k] == ':')
			k++;
		if (k < n && isdigit((unsigned char)s[k])) {
			if (digits(s + k, n - k, 2, &om) != 2 || om > 59)
				return;
			k += 2;
		} else if (s[k - 1] == ':')
			return;
		o += (size_t)snprintf(b + o, sizeof(b) - o, "%c%02d:%02d", s[i],
		    oh, om);
		i = k;
	} else
		return;
	/* Anything glued on ("ZZ", a fifth field) makes it unreadable. */
	if (i < n && (isalnum((unsigned char)s[i]) || s[i] == ':' ||
	    s[i] == '+' || s[i] == '.'))
		return;
	wire_buf_putc(out, 'T');
	wire_buf_add(out, b, o);
}

/*
 * The time after the year of a date written as mail and HTTP write it
 * ("Wed, 04 May 2022 00:25:56 GMT", "... +0200"): appended to out as an
 * ISO time with its zone (see iso_time()) when it has one.
 */
static void
mail_time(const char *s, size_t n, struct wire_buf *out)
{
	char b[32];
	size_t i = 0, t;

	while (i < n && s[i] == ' ')
		i++;
	t = i;
	while (i < n && i - t < 8 && (isdigit((unsigned char)s[i]) || s[i] == ':'))
		i++;
	if (i - t != 5 && i - t != 8)
		return;
	memcpy(b, s + t, i - t);
	t = i - t;
	while (i < n && s[i] == ' ')
		i++;
	if (i + 3 <= n && (strncmp(s + i, "GMT", 3) == 0 ||
	    strncmp(s + i, "UTC", 3) == 0) && (i + 3 == n ||
	    !isalpha((unsigned char)s[i + 3])))
		b[t++] = 'Z';
	else if (i + 5 <= n && (s[i] == '+' || s[i] == '-') &&
	    isdigit((unsigned char)s[i + 4])) {
		memcpy(b + t, s + i, 5);
		t += 5;
	} else
		return;
	iso_time(b, t, out);
}

/* The longest text whose full-width forms are read as ASCII for a date:
 * a dateline's. */
#define FULLWIDTH_MAX	256

/*
 * Copies the n bytes at s (n < FULLWIDTH_MAX) to out with the full-width
 * forms of ASCII (U+FF01 to U+FF5E: "２０２４年１２月５日", "１２：００") as
 * ASCII, as Japanese and Chinese pages write dates; returns the bytes
 * written.
 */
static size_t
halfwidth(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, o = 0;
	int c;

	for (i = 0; i < n; i++) {
		if ((c = wire_fullwidth_ascii(u + i, n - i)) != 0) {
			out[o++] = (char)c;
			i += 2;
		} else
			out[o++] = s[i];
	}
	return o;
}

/*
 * Parses a date as wire_strip_parse_date() does; *amb (unless amb is
 * NULL) is set to 1 when the date was written with numbers alone whose
 * day and month could be read either way ("11/01/2023"), and was read day
 * first, else 0.  With amb, a time and zone after a date in the form of
 * mail ("04 May 2022 00:25:56 GMT") are kept too, as a page's metadata
 * give them: a stamp in UTC is then read in the page's own day.
 */
static int
parse_date(const struct wire_strip *st, const char *s, size_t n,
    struct wire_buf *out, int *amb)
{
	const struct wire_strip_words *suf = &st->words[WIRE_SW_DAYSUFFIX];
	char half[FULLWIDTH_MAX];
	size_t i, k, j, ml;
	int y, m, d, v;

	if (amb != NULL)
		*amb = 0;
	if (n < sizeof(half) && memchr(s, 0xEF, n) != NULL) {
		n = halfwidth(s, n, half);
		s = half;
	}

	for (i = 0; i < n; i++) {
		int prevdigit = i > 0 && isdigit((unsigned char)s[i - 1]);

		if (isdigit((unsigned char)s[i]) && !prevdigit) {
			k = digits(s + i, n - i, 5, &v);
			if (k == 4 && cjk_date(s + i, n - i, &m, &d) == 0 &&
			    valid(v, m, d)) {
				put_date(out, v, m, d);
				return 0;
			}
			/* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, time after. */
			if (k == 4 && i + 10 <= n && (s[i + 4] == '-' || s[i + 4] == '/' ||
			    s[i + 4] == '.') && digits(s + i + 5, 2, 2, &m) >= 1) {
				size_t p = i + 5 + (isdigit((unsigned char)s[i + 6]) ? 2 : 1);

				if (p < n && s[p] == s[i + 4] && digits(s + p + 1,
				    n - p - 1, 2, &d) >= 1 && valid(v, m, d)) {
					size_t e = p + 1 + digits(s + p + 1, n - p - 1, 2, &d);

					put_date(out, v, m, d);
					if (s[i + 4] == '-' && e == i + 10 && e < n &&
					    (s[e] == 'T' || s[e] == ' '))
						iso_time(s + e + 1, n - e - 1, out);
					return 0;
				}
			}
			/* "2024. 12. 5.", as Korean pages print dates. */
			if (k == 4 && i + 9 <= n && s[i + 4] == '.' &&
			    s[i + 5] == ' ') {
				size_t p = i + 6, q;

				q = digits(s + p, n - p, 3, &m);
				if (q >= 1 && q <= 2 && p + q + 2 < n &&
				    s[p + q] == '.' && s[p + q + 1] == ' ') {
					p += q + 2;
					q = digits(s + p, n - p, 3, &d);
					if (q >= 1 && q <= 2 && valid(v, m, d) &&
					    (p + q == n || s[p + q] == '.' ||
					    !isalnum((unsigned char)s[p + q]))) {
						put_date(out, v, m, d);
						return 0;
					}
				}
			}
			/* YYYYMMDD in a URL-like run. */
			if (k >= 1 && k <= 2 && i + k < n && (s[i + k] == '.' ||
			    s[i + k] == '/' || s[i + k] == '-')) {
				/* DD.MM.YYYY (or M/D/YYYY when the day cannot be first). */
				int a = v, b;
				size_t p = i + k + 1, q;

				q = digits(s + p, n - p, 3, &b);
				if (q >= 1 && q <= 2 && p + q < n && s[p + q] == s[i + k] &&
				    digits(s + p + q + 1, n - p - q - 1, 5, &y) == 4) {
					if (s[i + k] == '/' && a <= 12 && b > 12)
						d = b, m = a;
					else
						d = a, m = b;
					if (valid(y, m, d)) {
						put_date(out, y, m, d);
						if (amb != NULL && s[i + k] != '.' &&
						    a <= 12 && b <= 12 && a != b)
							*amb = 1;
						return 0;
					}
				}
			}
			/* D Month YYYY, D. Month YYYY, D de mes de YYYY. */
			if (k >= 1 && k <= 2) {
				j = skip_sep(st, s, n, i + k);
				if ((m = month_at(st, s + j, n - j, &ml)) != 0) {
					j = skip_sep(st, s, n, j + ml);
					if (digits(s + j, n - j, 5, &y) == 4 && valid(y, m, v)) {
						put_date(out, y, m, v);
						if (amb != NULL)
							mail_time(s + j + 4, n - j - 4,
							    out);
						return 0;
					}
				}
			}
			i += k - 1;
			continue;
		}
		/* Month D, YYYY. */
		if (isalpha((unsigned char)s[i]) && (i == 0 ||
		    !isalpha((unsigned char)s[i - 1])) &&
		    (m = month_at(st, s + i, n - i, &ml)) != 0) {
			j = skip_sep(st, s, n, i + ml);
			k = digits(s + j, n - j, 3, &d);
			if (k >= 1 && k <= 2) {
				j += k;
				/* "7th": the first [day-suffix] that matches. */
				for (ml = 0; ml < suf->n; ml++)
					if (j + suf->len[ml] <= n && memcmp(s + j,
					    suf->v[ml], suf->len[ml]) == 0) {
						j += suf->len[ml];
						break;
					}
				j = skip_sep(st, s, n, j);
				if (digits(s + j, n - j, 5, &y) == 4 && valid(y, m, d)) {
					put_date(out, y, m, d);
					return 0;
				}
			}
		}
	}
	return -1;
}

/*
 * Parses a date; see wire/strip.h.
 */
int
wire_strip_parse_date(const struct wire_strip *st, const char *s, size_t n,
    struct wire_buf *out)
{
	return parse_date(st, s, n, out, NULL);
}

/* True when the folded word w of n bytes ends with stem (of sl bytes). */
static int
ends_with(const char *w, size_t n, const char *stem, size_t sl)
{
	return sl <= n && memcmp(w + n - sl, stem, sl) == 0;
}

/*
 * True when the word of n bytes at w names a job: it ends with an entry
 * of [role] in st->words, or, as a feminine, with one and a [feminine]
 * ending, the role's last "e" dropped or not.
 */
static int
role_word(const struct wire_strip *st, const char *w, size_t n)
{
	const struct wire_strip_words *role = &st->words[WIRE_SW_ROLE];
	const struct wire_strip_words *fem = &st->words[WIRE_SW_FEMININE];
	char low[64];
	size_t k, j, rl, fl;

	if (n >= sizeof(low))
		return 0;
	for (k = 0; k < n; k++)
		low[k] = (char)tolower((unsigned char)w[k]);
	for (k = 0; k < role->n; k++)
		if (ends_with(low, n, role->v[k], role->len[k]))
			return 1;
	/* "Reporterin" from "reporter", "Politologin" from "politologe":
	 * the feminine of a job, its stem of three bytes or more. */
	for (j = 0; j < fem->n; j++) {
		fl = fem->len[j];
		if (n <= fl + 2 || !ends_with(low, n, fem->v[j], fl))
			continue;
		for (k = 0; k < role->n; k++) {
			rl = role->len[k];
			if (ends_with(low, n - fl, role->v[k], rl) ||
			    (role->v[k][rl - 1] == 'e' &&
			    ends_with(low, n - fl, role->v[k], rl - 1)))
				return 1;
		}
	}
	return 0;
}

/* True when the word of n bytes at w may open a brand written in lower
 * case: letters, with a capital or a hyphen inside ("proPellets",
 * "revamp-it") or none ("wegewerk"); see name_ok(). */
static int
brand_word(const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!isalpha((unsigned char)w[k]) && w[k] != '-' &&
		    (unsigned char)w[k] < 0x80)
			return 0;
	return 1;
}

/* True when the last word of a name, n bytes at w, says what kind of
 * body it names ("GmbH", "Verlag", "Webteam"): see [org-end] of
 * st->words. */
static int
org_word(const struct wire_strip *st, const char *w, size_t n)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_ORGEND];
	char low[64];
	size_t k, el;

	while (n > 0 && w[n - 1] == '.')
		n--;
	if (n == 0 || n >= sizeof(low))
		return 0;
	for (k = 0; k < n; k++)
		low[k] = (char)tolower((unsigned char)w[k]);
	for (k = 0; k < l->n; k++) {
		el = l->len[k];
		/* Whole, or the end of a compound of four letters or more. */
		if (el == n ? memcmp(low, l->v[k], n) == 0 : el >= 4 &&
		    ends_with(low, n, l->v[k], el))
			return 1;
	}
	return 0;
}

/* The case of the letter opening s (n bytes): 1 upper, -1 lower, 0 a
 * letter of a script without case or not a letter. */
static int
letter_case(const char *s, size_t n)
{
	uint32_t cp;
	utf8proc_category_t c;

	if (n == 0)
		return 0;
	if ((unsigned char)*s < 0x80)
		return isupper((unsigned char)*s) ? 1 :
		    islower((unsigned char)*s) ? -1 : 0;
	if (wire_utf8_decode(s, n, &cp) == 0)
		return 0;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT ? 1 :
	    c == UTF8PROC_CATEGORY_LL ? -1 : 0;
}

/* True when the word of n bytes at w is a web address or a domain
 * ("bueltge.de", "www.example.com", "name[at]example.net"). */
static int
web_word(const char *w, size_t n)
{
	char b[128];
	const char *dot;
	size_t tl, k, up, lo;

	if (n >= sizeof(b))
		return 1;
	memcpy(b, w, n);
	b[n] = '\0';
	if (strstr(b, "://") != NULL || strncasecmp(b, "www.", 4) == 0 ||
	    strstr(b, "[at]") != NULL || strstr(b, "(at)") != NULL)
		return 1;
	/* "name.tld": a top level of two to six letters in one case after
	 * a dot ("Süddeutsche.de", "ORF.at", not "St.Gallen" or "J.R."). */
	if ((dot = strrchr(b, '.')) == NULL || dot == b || dot[-1] == '.' ||
	    (tl = strlen(dot + 1)) < 2 || tl > 6)
		return 0;
	for (k = 1, up = lo = 0; dot[k] != '\0'; k++) {
		if (!isalpha((unsigned char)dot[k]))
			return 0;
		up += isupper((unsigned char)dot[k]) != 0;
		lo += islower((unsigned char)dot[k]) != 0;
	}
	return up == 0 || lo == 0;
}

/* True when every word of s (n bytes) is a stop word of one language. */
static int
all_stop(const struct wire_strip *st, const char *s, size_t n)
{
	uint32_t nw;
	size_t k;

	for (k = 0; k < st->nlang; k++)
		if (wire_strip_count_stop(st, (int)k, s, n, &nw) == nw && nw > 0)
			return 1;
	return 0;
}

/*
 * Whether the n bytes at s, cleaned of labels, read as the name of a
 * person or an organisation: a few words, no address, no sentence, no
 * label, no stray sign; declared says the page's metadata named it an
 * author (JSON-LD, <meta>, rel or itemprop "author"), where a lone
 * lower-case word is the writer's account name ("jdoe").  Returns 1 or 0.
 */
static int
name_ok(const struct wire_strip *st, const char *s, size_t n, int declared)
{
	static const char *const signs[] = { "?", "!", "<", ">", "{", "}",
	    "[", "]", "=", "@", "#", "*", "|", "\"", "\xc2\xab", "\xc2\xbb",
	    "\xe2\x80\xb9", "\xe2\x80\xba", "\xe2\x86\x92", "\xe2\x80\xa6",
	    "\xc2\xae", "\xc2\xa9", "\xe2\x84\xa2", "\xe2\x80\x9c",
	    "\xe2\x80\x9d", "\xe2\x80\x9e", ":", "&", NULL };
	char b[128];
	size_t k, i, wl, words = 0, lower = 0, plain = 0, last_at = 0;
	int first = 0, last = 0, c;

	if (n < 2 || n > 60 || n >= sizeof(b))
		return 0;
	memcpy(b, s, n);
	b[n] = '\0';
	/* A sign of a question, a link, a template or a credit: no name. */
	for (k = 0; signs[k] != NULL; k++)
		if (strstr(b, signs[k]) != NULL)
			return 0;
	/* Digits belong to dates and numbers, but to an account name too
	 * ("jdoe1984") when the metadata declares one word. */
	for (k = 0; k < n; k++)
		if (isdigit((unsigned char)b[k]) && (!declared ||
		    strchr(b, ' ') != NULL || !isalpha((unsigned char)b[0]) ||
		    wire_strip_word_in(st, WIRE_SW_NOTNAME, b,
		    strcspn(b, "0123456789"))))
			return 0;
	/* Stop words make no name ("hier", "the numbers"), but a capital
	 * opens a name that is also a word elsewhere ("Ela", "Will"). */
	if (wire_strip_word_in(st, WIRE_SW_NOTNAME, b, n) || ((letter_case(b, n) < 0 ||
	    strchr(b, ' ') != NULL) && all_stop(st, b, n)))
		return 0;
	/* A month alone is the rest of a date. */
	if (month_at(st, b, n, &k) != 0 && k >= n - 1)
		return 0;
	for (i = 0; i < n; i += wl) {
		while (i < n && b[i] == ' ')
			i++;
		for (wl = 0; i + wl < n && b[i + wl] != ' '; wl++)
			;
		if (wl == 0)
			break;
		if (web_word(b + i, wl))
			return 0;
		c = letter_case(b + i, wl);
		if (words == 0)
			first = c;
		last = c;
		last_at = i;
		words++;
		/* A lower-case word other than a particle makes a phrase
		 * ("DT in Tagebuch"), but for a brand opening a name or a
		 * word standing alone, both judged below. */
		if (c < 0) {
			lower++;
			if (!wire_strip_word_in(st, WIRE_SW_PARTICLE, b + i, wl))
				plain += words > 1 || !brand_word(b + i, wl) ? 1 : 0;
		}
	}
	if (words == 0 || words > 5 || (words > 1 && plain > 0))
		return 0;
	/* "wegewerk GmbH", "revamp-it Webteam": a brand written in lower
	 * case needs the name of what it is after it. */
	if (words > 1 && first < 0 && !wire_strip_word_in(st, WIRE_SW_PARTICLE, b,
	    strcspn(b, " ")) && !org_word(st, b + last_at, n - last_at))
		return 0;
	/* A job ("Redakteurin") is no name. */
	if (words == 1 && role_word(st, b, n))
		return 0;
	if (words > 1)
		/* "Jane Doe", "Ursula von der Leyen": a name ends capitalised. */
		return last >= 0 && (first >= 0 || lower < words);
	if (first >= 0)
		return 1;
	/* A lone lower-case word: the account name the page declares its
	 * writer by, but never an address-like one ("jane.doe") whose owner
	 * the page names elsewhere, nor one holding a [not-account] part
	 * ("siteadmin"). */
	if (!declared || strpbrk(b, "._-") != NULL)
		return 0;
	for (k = 0; k < st->words[WIRE_SW_NOTACCOUNT].n; k++)
		if (strstr(b, st->words[WIRE_SW_NOTACCOUNT].v[k]) != NULL)
			return 0;
	return 1;
}

/*
 * Cuts what is not part of the name of n bytes at s: a job before it
 * ("Netzphilosophin Leena Simon") or after it ("홍길동 기자"), a label before a colon ("Autor: Jane
 * Doe") or a label and what follows it after the name ("Jane Doe
 * Kategorien: Mode"), an address after it ("Web GmbH www.web.de").
 * Returns the new length, the start in *off.  The labels and jobs are
 * those of st->words.
 */
static size_t
name_cut(const struct wire_strip *st, const char *s, size_t n, size_t *off)
{
	const char *colon = memchr(s, ':', n);
	size_t i, wl, w = 0, ws[8], wn[8];

	*off = 0;
	for (i = 0; i < n && w < 8; i += wl) {
		while (i < n && s[i] == ' ')
			i++;
		for (wl = 0; i + wl < n && s[i + wl] != ' '; wl++)
			;
		if (wl == 0)
			break;
		ws[w] = i;
		wn[w++] = wl;
	}
	if (colon != NULL) {
		size_t c = (size_t)(colon - s), pre = 0;

		while (pre < w && ws[pre] < c)
			pre++;
		/* "Autor: Jane Doe": a byline label, then the name. */
		if (pre == 1 && byline_label(st, s, c + 1) > 0) {
			*off = c + 1;
			while (*off < n && s[*off] == ' ')
				(*off)++;
			return n - *off;
		}
		/* "Jane Doe Kategorien: Mode": the name, then a label. */
		if (pre >= 3)
			return ws[pre - 1];
		return n;
	}
	/* An address after a name of two words or more goes with what
	 * follows it; alone, it leaves nothing (see name_ok()). */
	for (i = 2; i < w; i++)
		if (web_word(s + ws[i], wn[i]))
			return ws[i];
	/* "Netzphilosophin Leena Simon": a job before a full name. */
	if (w >= 3 && role_word(st, s, wn[0]) &&
	    letter_case(s + ws[1], wn[1]) > 0 &&
	    letter_case(s + ws[w - 1], wn[w - 1]) > 0) {
		*off = ws[1];
		return n - ws[1];
	}
	/* "홍길동 기자": a job after the name, as Korean writes it; in
	 * scripts with case such a last word is rather part of a title
	 * ("Letters to the Editor"). */
	if (w >= 2 && w <= 4 && letter_case(s + ws[w - 1], wn[w - 1]) == 0 &&
	    role_word(st, s + ws[w - 1], wn[w - 1]) &&
	    !role_word(st, s + ws[0], wn[0]))
		return ws[w - 2] + wn[w - 2];
	return n;
}

/*
 * True when the n bytes at s open with a space and a [name-date] word of
 * st->words ("am" in "Mia Roth am Samstag"), which ends them or is
 * followed by a space; case counts.
 */
static int
name_date(const struct wire_strip *st, const char *s, size_t n)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_NAMEDATE];
	size_t k, wl;

	if (s[0] != ' ')
		return 0;
	for (k = 0; k < l->n; k++) {
		wl = l->len[k];
		if (wl + 1 <= n && memcmp(s + 1, l->v[k], wl) == 0 &&
		    (wl + 1 == n || s[wl + 1] == ' '))
			return 1;
	}
	return 0;
}

/*
 * The length of the [name-joiner] word of st->words ("and") that the n
 * bytes at s open with, between spaces (" and "), counting the space
 * before it; or 0.  Case counts.
 */
static size_t
name_joiner(const struct wire_strip *st, const char *s, size_t n)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_NAMEJOIN];
	size_t k, wl;

	if (n == 0 || s[0] != ' ')
		return 0;
	for (k = 0; k < l->n; k++) {
		wl = l->len[k];
		if (wl + 2 <= n && memcmp(s + 1, l->v[k], wl) == 0 &&
		    s[wl + 1] == ' ')
			return wl + 1;
	}
	return 0;
}

/* Adds one cleaned name, declared as for name_ok(), or with dry only
 * checks it; the words before a name that go are the [name-prefix] of
 * st->words.  Returns 0 when the text reads as words of a sentence (no
 * name, of more than one word and without digits), else 1. */
static int
add_name(struct wire_strip *st, const char *s0, size_t n0, int declared,
    int dry)
{
	const struct wire_strip_words *pre = &st->words[WIRE_SW_NAMEPREFIX];
	char buf[128], *s;
	const char *p;
	size_t k, n, off;
	int sp = 1;

	/* One space for each run of blanks, no-break spaces included. */
	for (k = n = 0; k < n0 && n + 1 < sizeof(buf); k++) {
		if (s0[k] == ' ' || s0[k] == '\t' || s0[k] == '\n' ||
		    s0[k] == '\r' || ((unsigned char)s0[k] == 0xc2 && k + 1 < n0 &&
		    (unsigned char)s0[k + 1] == 0xa0)) {
			if ((unsigned char)s0[k] == 0xc2)
				k++;
			if (!sp)
				buf[n++] = ' ';
			sp = 1;
			continue;
		}
		buf[n++] = s0[k];
		sp = 0;
	}
	buf[n] = '\0';
	s = buf;
	for (;;) {
		while (n > 0 && strchr(" \t:-|/,.;()[]\"'", *s) != NULL && *s != '\0')
			s++, n--;
		for (k = 0; k < pre->n; k++) {
			size_t pl = pre->len[k];

			/* "Veröffentlicht vonChris": a label run into the name. */
			if (n > pl && strncasecmp(s, pre->v[k], pl) == 0 &&
			    (s[pl] == ' ' || s[pl] == ':' || (pl >= 4 &&
			    isalpha((unsigned char)s[pl - 1]) &&
			    isupper((unsigned char)s[pl])))) {
				s += pl;
				n -= pl;
				break;
			}
		}
		if (k == pre->n)
			break;
	}
	/* "Name am Samstag", "Name um 12:00": a date after the name,
	 * opened by a [name-date] word. */
	for (k = 0; k < n && (s[k] != ' ' || !name_date(st, s + k, n - k));
	    k++)
		;
	n = k;
	/* A link's arrow after the name ("Jane Doe »") points elsewhere. */
	for (;;) {
		while (n > 0 && strchr(" \t:-|/,.;()[]\"'>", s[n - 1]) != NULL)
			n--;
		if (n >= 2 && (memcmp(s + n - 2, "\xc2\xbb", 2) == 0))
			n -= 2;
		else if (n >= 3 && (memcmp(s + n - 3, "\xe2\x80\xba", 3) == 0 ||
		    memcmp(s + n - 3, "\xe2\x86\x92", 3) == 0 ||
		    /* "Jane Doe \u2014" before a dateline's date. */
		    memcmp(s + n - 3, "\xe2\x80\x93", 3) == 0 ||
		    memcmp(s + n - 3, "\xe2\x80\x94", 3) == 0))
			n -= 3;
		else
			break;
	}
	n = name_cut(st, s, n, &off);
	s += off;
	while (n > 0 && strchr(" \t:-|/,.;()[]\"'", s[n - 1]) != NULL)
		n--;
	if (n == 0)
		return 1;
	if (n < 3 || !((unsigned char)*s >= 0x80 || isalpha((unsigned char)*s)) ||
	    !name_ok(st, s, n, declared)) {
		for (k = 0; k < n && !isdigit((unsigned char)s[k]); k++)
			;
		return k < n || memchr(s, ' ', n) == NULL;
	}
	if (dry || st->nauthors >= 16)
		return 1;
	for (p = NULL; (p = wire_strip_author_next(st, p)) != NULL;)
		if (strlen(p) == n && strncasecmp(p, s, n) == 0)
			return 1;
	wire_buf_add(&st->authors, s, n);
	wire_buf_putc(&st->authors, '\0');
	st->nauthors++;
	return 1;
}

/*
 * Adds the author names of byline s (n bytes), declared as for
 * add_name(), or with dry only checks them.  Names are split at commas,
 * "and", "|" and the like; e-mail addresses and what precedes a "=" (a
 * dateline such as "Paris =") go.  Returns how many parts read as no
 * name.
 */
static int
split_names(struct wire_strip *st, const char *s, size_t n, int declared,
    int dry)
{
	size_t i = 0, start = 0;
	int bad = 0;

	/* "Paris = Correspondent Name": the name is after the '='. */
	for (i = 0; i < n; i++)
		if (s[i] == '=')
			start = i + 1;
	for (i = start; i <= n; i++) {
		int cut = i == n || s[i] == ',' || s[i] == '|' || s[i] == ';' ||
		    s[i] == '/' || s[i] == '\n' || (s[i] == '(' );
		size_t w = 0;

		if (!cut && s[i] == ' ' && (w = name_joiner(st, s + i,
		    n - i)) > 0)
			cut = 1;
		/* "Name - Name", "Name & Name": separate names. */
		if (!cut && s[i] == ' ' && i + 3 <= n && (strncmp(s + i, " - ", 3) == 0 ||
		    strncmp(s + i, " & ", 3) == 0))
			cut = 1, w = 2;
		if (!cut && s[i] == ' ' && i + 5 <= n &&
		    strncmp(s + i, " \xe2\x80\x93 ", 5) == 0)
			cut = 1, w = 4;
		if (!cut && s[i] == ' ' && i + 3 < n && s[i + 1] != '@') {
			/* An e-mail address ends the name. */
			const char *sp = memchr(s + i + 1, ' ', n - i - 1);
			const char *at = memchr(s + i + 1, '@', n - i - 1);

			if (at != NULL && (sp == NULL || at < sp)) {
				bad += !add_name(st, s + start, i - start, declared,
				    dry);
				start = sp ? (size_t)(sp - s) : n;
				i = start;
				continue;
			}
		}
		if (!cut)
			continue;
		if (i > start)
			bad += !add_name(st, s + start, i - start, declared,
			    dry);
		if (i < n && s[i] == '(') {
			const char *cp = memchr(s + i, ')', n - i);

			i = cp ? (size_t)(cp - s) : n;
		}
		i += w;
		start = i + 1;
	}
	return bad;
}

/*
 * Adds the author names of byline s (n bytes), declared as for
 * add_name().  A byline with a part that reads as no name ("von der
 * Ringform zur Kastenform, umgekehrt") is a sentence cut up: none of its
 * parts is trusted to be a lone account name, nor is a byline opening
 * with a [bare-preposition] of st->words and a lower-case word.
 */
static void
add_author(struct wire_strip *st, const char *s, size_t n, int declared)
{
	const struct wire_strip_words *prep = &st->words[WIRE_SW_PREP];
	size_t k, a = 0, pl;

	if (declared && split_names(st, s, n, declared, 1) > 0)
		declared = 0;
	/* "von anderen", "di stagione": a sentence opening with a
	 * preposition, not an account name after a byline's "by". */
	while (a < n && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t'))
		a++;
	/* A bare preposition and a space, which a label ("Verfasst
	 * von:") is not. */
	for (k = 0; k < prep->n && declared; k++) {
		pl = prep->len[k] + 1;
		if (n - a > pl && strncasecmp(s + a, prep->v[k], pl - 1) == 0 &&
		    s[a + pl - 1] == ' ' &&
		    letter_case(s + a + pl, n - a - pl) < 0)
			declared = 0;
	}
	split_names(st, s, n, declared, 0);
}

/*
 * Steps through the authors; see wire/strip.h.  An empty list has no
 * bytes at all (its pointer is NULL), so nothing is added to it.
 */
const char *
wire_strip_author_next(const struct wire_strip *st, const char *prev)
{
	const char *p;

	if (st->authors.p == NULL || st->authors.len == 0)
		return NULL;
	p = prev == NULL ? st->authors.p : prev + strlen(prev) + 1;
	return p < st->authors.p + st->authors.len ? p : NULL;
}

/*
 * Adds author names from a byline; see wire/strip.h.  The caller found s
 * given as an author (a byline block, a feed item's author), as the
 * page's metadata declare one.
 */
void
wire_strip_add_author(struct wire_strip *st, const char *s, size_t n)
{
	add_author(st, s, n, 1);
}

/* Appends the text under element i, collapsed, at most max bytes; with
 * visible, without the parts marked for screen readers only. */
static void
elem_text_vis(const struct wire_strip *st, uint32_t i, struct wire_buf *out,
    size_t max, int visible)
{
	const struct wire_html_doc *d = &st->doc;
	uint32_t c, stack[64];
	int top = 0;

	stack[top++] = i;
	while (top > 0 && out->len < max) {
		uint32_t e = stack[--top];
		const struct wire_html_node *x = &d->n[e];

		if (x->tag == WT_TEXT) {
			size_t k;

			for (k = 0; k < x->slen && out->len < max; k++) {
				char ch = d->arena.p[x->str + k];

				if (ch == '\n' || ch == '\t' || ch == '\r' || ch == ' ') {
					if (out->len > 0 && out->p[out->len - 1] != ' ')
						wire_buf_putc(out, ' ');
				} else
					wire_buf_putc(out, ch);
			}
			continue;
		}
		/* Children in reverse so that the first is popped first. */
		{
			uint32_t kids[256];
			int nk = 0;

			for (c = x->first; c != 0 && nk < 256; c = d->n[c].next)
				if (!visible || d->n[c].tag == WT_TEXT || !sr_only(st, c))
					kids[nk++] = c;
			while (nk > 0 && top < 64)
				stack[top++] = kids[--nk];
		}
	}
	while (out->len > 0 && out->p[out->len - 1] == ' ')
		out->len--;
	/* Never cut a UTF-8 sequence. */
	while (out->len > 0 && wire_utf8_check(out->p, out->len) != out->len)
		out->len--;
	if (out->len < out->cap)
		out->p[out->len] = '\0';
}

/* Appends the text under element i, collapsed, at most max bytes. */
static void
elem_text(const struct wire_strip *st, uint32_t i, struct wire_buf *out,
    size_t max)
{
	elem_text_vis(st, i, out, max, 0);
}

/* Sets b to s when b is empty (the first source found wins). */
static void
set_once(struct wire_buf *b, const char *s)
{
	size_t n;

	if (b->len > 0 || s == NULL)
		return;
	while (*s == ' ' || *s == '\n' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	if (n > 2000)
		n = 2000;
	while (n > 0 && wire_utf8_check(s, n) != n)
		n--;
	wire_buf_add(b, s, n);
}

/*
 * Day and month of the date opening b read the other way round
 * ("11/01/2023" as 1 November, not 11 January) when the page's other
 * dates, written so that they read one way only ("01.11.2023", "1.
 * November 2023"), give that day more often; else, for a page in American
 * English, month first as the United States write it.
 */
static void
date_order(struct wire_strip *st, struct wire_buf *b)
{
	const struct wire_html_doc *d = &st->doc;
	struct wire_buf t = { 0 };
	char as[16], sw[16];
	int y, m, dd, amb, fit = 0, swap = 0;
	size_t i, seen = 0;

	if (b->len < 10 || sscanf(b->p, "%4d-%2d-%2d", &y, &m, &dd) != 3 ||
	    !valid(y, dd, m))
		return;
	snprintf(as, sizeof(as), "%04d-%02d-%02d", y, m, dd);
	snprintf(sw, sizeof(sw), "%04d-%02d-%02d", y, dd, m);
	t.max = 64;
	for (i = 1; i < d->nn && seen < 4000; i++) {
		const struct wire_html_node *x = &d->n[i];

		if (x->tag != WT_TEXT || x->slen < 8 || x->slen > 300)
			continue;
		seen++;
		wire_buf_reset(&t);
		if (parse_date(st, d->arena.p + x->str, x->slen, &t, &amb) != 0 ||
		    amb || t.len < 10)
			continue;
		fit += strncmp(t.p, as, 10) == 0;
		swap += strncmp(t.p, sw, 10) == 0;
	}
	wire_buf_free(&t);
	if (swap > fit || (swap == fit && st->langcode.len >= 5 &&
	    strncasecmp(st->langcode.p, "en", 2) == 0 &&
	    (st->langcode.p[2] == '-' || st->langcode.p[2] == '_') &&
	    strncasecmp(st->langcode.p + 3, "us", 2) == 0))
		memcpy(b->p, sw, 10);
}

static void
set_date(struct wire_strip *st, struct wire_buf *b, const char *s,
    const char *src)
{
	int amb;

	if (b->len > 0 || s == NULL)
		return;
	if (parse_date(st, s, strlen(s), b, &amb) != 0)
		return;
	if (amb)
		date_order(st, b);
	if (b == &st->published)
		wire_buf_puts(&st->pubsrc, src);
}

/* A JSON string value after position p in s (at its opening quote). */
static size_t
json_string(const char *s, size_t n, size_t p, struct wire_buf *out)
{
	size_t i;

	if (p >= n || s[p] != '"')
		return p;
	for (i = p + 1; i < n && s[i] != '"'; i++) {
		if (s[i] == '\\' && i + 1 < n) {
			i++;
			switch (s[i]) {
			case 'n': case 't': case 'r':
				wire_buf_putc(out, ' ');
				break;
			case 'u':
				if (i + 4 < n) {
					char hex[5], u[4];
					uint32_t cp;

					memcpy(hex, s + i + 1, 4);
					hex[4] = '\0';
					cp = (uint32_t)strtoul(hex, NULL, 16);
					if (cp >= 0xd800 && cp < 0xe000)
						cp = 0xfffd;
					if (cp >= 0x20)
						wire_buf_add(out, u, wire_utf8_encode(cp, u));
					i += 4;
				}
				break;
			default:
				wire_buf_putc(out, s[i]);
			}
			continue;
		}
		wire_buf_putc(out, s[i]);
	}
	if (out->len < out->cap)
		out->p[out->len] = '\0';
	return i;
}

/* Position of the value of "key" after position from, or n. */
static size_t
json_key(const char *s, size_t n, size_t from, const char *key)
{
	size_t kl = strlen(key), i;

	for (i = from; i + kl + 2 < n; i++) {
		if (s[i] != '"' || strncmp(s + i + 1, key, kl) != 0 ||
		    s[i + 1 + kl] != '"')
			continue;
		i += kl + 2;
		while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r'))
			i++;
		if (i < n && s[i] == ':') {
			i++;
			while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
			    s[i] == '\r'))
				i++;
			return i;
		}
	}
	return n;
}

/* End of the JSON value (object or array) starting at p. */
static size_t
json_end(const char *s, size_t n, size_t p)
{
	int depth = 0, str = 0;
	size_t i;

	for (i = p; i < n; i++) {
		if (str) {
			if (s[i] == '\\')
				i++;
			else if (s[i] == '"')
				str = 0;
			continue;
		}
		if (s[i] == '"')
			str = 1;
		else if (s[i] == '{' || s[i] == '[')
			depth++;
		else if ((s[i] == '}' || s[i] == ']') && --depth == 0)
			return i + 1;
	}
	return n;
}

/* True when the n bytes at s name the type "Person". */
static int
has_person(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 8 <= n; i++)
		if (memcmp(s + i, "\"Person\"", 8) == 0)
			return 1;
	return 0;
}

/*
 * An author given by reference ("author": {"@id": "#p1"}, its value at q
 * in s): the name of the node of the @graph with that @id.
 */
static void
graph_name(struct wire_strip *st, const char *s, size_t n, size_t q)
{
	char id[256], val[256];
	struct wire_buf b = { 0 };
	size_t p, e, o;

	b.max = sizeof(id) - 1;
	json_string(s, n, q, &b);
	if (b.len == 0 || b.len >= sizeof(id)) {
		wire_buf_free(&b);
		return;
	}
	memcpy(id, b.p, b.len + 1);
	for (p = 0; (p = json_key(s, n, p, "@id")) < n; p++) {
		if (p == q)
			continue;
		wire_buf_reset(&b);
		json_string(s, n, p, &b);
		if (b.len == 0 || strcmp(b.p, id) != 0)
			continue;
		/* The object holding this @id, from its opening brace. */
		for (o = p; o > 0 && s[o] != '{'; o--)
			;
		e = json_end(s, n, o);
		/* Only a person, and the node itself, not a page holding it. */
		if (e - o > 2000 || !has_person(s + o, e - o))
			continue;
		if ((o = json_key(s, e, o, "name")) < e && s[o] == '"') {
			wire_buf_reset(&b);
			json_string(s, e, o, &b);
			if (b.len > 0 && b.len < sizeof(val))
				add_author(st, b.p, b.len, 1);
			break;
		}
	}
	wire_buf_free(&b);
}

/*
 * True when position p of the JSON-LD text s lies inside the value of a
 * key naming what others wrote about the page ("review", "comment"):
 * their authors are not the article's.
 */
static int
json_in_others(const char *s, size_t p)
{
	static const char *const keys[] = { "review", "reviews", "comment",
	    "comments", "citation", "mentions", NULL };
	/* The key each open container is the value of, as offsets. */
	size_t ks = 0, kl = 0, i, k, ko[32], klen[32];
	int depth = 0, str = 0;

	for (i = 0; i < p; i++) {
		if (str) {
			if (s[i] == '\\')
				i++;
			else if (s[i] == '"') {
				str = 0;
				kl = i - ks;
			}
			continue;
		}
		if (s[i] == '"') {
			str = 1;
			ks = i + 1;
			kl = 0;
		} else if (s[i] == '{' || s[i] == '[') {
			if (depth < 32) {
				ko[depth] = ks;
				klen[depth] = kl;
			}
			depth++;
		} else if ((s[i] == '}' || s[i] == ']') && depth > 0)
			depth--;
		else if (s[i] == '\0')
			depth = 0;
	}
	for (i = 0; i < (size_t)depth && i < 32; i++)
		for (k = 0; keys[k] != NULL; k++)
			if (klen[i] == strlen(keys[k]) &&
			    strncmp(s + ko[i], keys[k], klen[i]) == 0)
				return 1;
	return 0;
}

/* Reads the metadata of the JSON-LD scripts. */
static void
jsonld(struct wire_strip *st)
{
	const char *s = st->doc.jsonld.p;
	size_t n = st->doc.jsonld.len, p, e, q;
	struct wire_buf *t = &st->tmp;

	if (n == 0)
		return;
	wire_buf_reset(t);
	if ((p = json_key(s, n, 0, "datePublished")) < n) {
		json_string(s, n, p, t);
		set_date(st, &st->published, t->p, "jsonld");
	}
	wire_buf_reset(t);
	if (st->published.len == 0 &&
	    ((p = json_key(s, n, 0, "dateCreated")) < n ||
	    (p = json_key(s, n, 0, "uploadDate")) < n)) {
		json_string(s, n, p, t);
		set_date(st, &st->published, t->p, "jsonld");
	}
	wire_buf_reset(t);
	if ((p = json_key(s, n, 0, "dateModified")) < n) {
		json_string(s, n, p, t);
		set_date(st, &st->modified, t->p, "jsonld");
	}
	wire_buf_reset(t);
	if ((p = json_key(s, n, 0, "headline")) < n && s[p] == '"') {
		json_string(s, n, p, t);
		/* Kept aside as a title candidate. */
	}
	for (p = 0; (p = json_key(s, n, p, "author")) < n; p++) {
		if (json_in_others(s, p))
			continue;
		if (s[p] == '"') {
			wire_buf_reset(t);
			json_string(s, n, p, t);
			if (t->len > 0 && strncmp(t->p, "http", 4) != 0)
				add_author(st, t->p, t->len, 1);
			continue;
		}
		if (s[p] != '{' && s[p] != '[')
			continue;
		e = json_end(s, n, p);
		if (json_key(s, e, p, "name") >= e &&
		    (q = json_key(s, e, p, "@id")) < e)
			graph_name(st, s, n, q);
		for (; (p = json_key(s, e, p, "name")) < e; p++) {
			wire_buf_reset(t);
			json_string(s, e, p, t);
			if (t->len > 0)
				add_author(st, t->p, t->len, 1);
		}
		p = e - 1;
	}
	if ((p = json_key(s, n, 0, "isAccessibleForFree")) < n &&
	    (strncasecmp(s + p, "false", 5) == 0 ||
	    strncasecmp(s + p, "\"false\"", 7) == 0))
		st->paywalled = 1;
}

/* The name of <meta> element i: its property, name or itemprop. */
static const char *
meta_name(const struct wire_html_doc *d, uint32_t i)
{
	const char *n;

	if ((n = wire_html_attr(d, i, "property")) == NULL &&
	    (n = wire_html_attr(d, i, "name")) == NULL)
		n = wire_html_attr(d, i, "itemprop");
	return n;
}

/*
 * The language the page declares first, into st->langcode before any
 * date is read, as the order of day and month may hang on it: the
 * JSON-LD's inLanguage, else the first <html lang> or locale meta element
 * (og:locale "en_US", content-language) in document order.
 */
static void
page_lang(struct wire_strip *st)
{
	const struct wire_html_doc *d = &st->doc;
	const char *s = d->jsonld.p, *name;
	size_t n = d->jsonld.len, p, i;

	if (n > 0 && (p = json_key(s, n, 0, "inLanguage")) < n) {
		wire_buf_reset(&st->tmp);
		json_string(s, n, p, &st->tmp);
		if (st->tmp.len >= 2 && st->tmp.len < 16)
			set_once(&st->langcode, st->tmp.p);
	}
	for (i = 1; i < d->nn && st->langcode.len == 0; i++) {
		if (d->n[i].tag == WT_HTML)
			set_once(&st->langcode, wire_html_attr(d, (uint32_t)i,
			    "lang"));
		else if (d->n[i].tag == WT_META &&
		    (name = meta_name(d, (uint32_t)i)) != NULL &&
		    (strcasecmp(name, "og:locale") == 0 ||
		    strcasecmp(name, "content-language") == 0 ||
		    strcasecmp(name, "language") == 0))
			set_once(&st->langcode, wire_html_attr(d, (uint32_t)i,
			    "content"));
	}
}

/*
 * Where the site's name starts in a title written in Chinese or Japanese,
 * whose separators stand without spaces ("Headline-Site", "Site|Headline"
 * is left): the offset of the last "-" or "|" between two characters
 * from U+2E80 on (CJK scripts and their punctuation) when less follows
 * it than precedes it, else 0.
 */
static size_t
cjk_site_cut(const char *s)
{
	size_t n = strlen(s), i, cut = 0, l;
	uint32_t prev = 0, cp, next;

	for (i = 0; i < n; i += l, prev = cp) {
		if ((l = wire_utf8_decode(s + i, n - i, &cp)) == 0)
			return 0;
		if ((cp == '-' || cp == '|' || cp == 0xff5c) && prev >= 0x2e80 &&
		    i + l < n && wire_utf8_decode(s + i + l, n - i - l, &next) > 0 &&
		    next >= 0x2e80)
			cut = i;
	}
	return cut > 0 && n - cut < cut ? cut : 0;
}

/* What parts a page title into headline and site name ("Headline |
 * Site"). */
static const char *const site_seps[] = { " | ", " - ", " – ", " — ", " :: ",
    " « ", " » ", " · ", NULL };

static int domain_like(const char *);
static void title_fold(const char *, char *, size_t);
static int host_word(const char *, const char *);

/*
 * The first of the separators seps in p (NUL-terminated) and its length
 * in *sl; the end of p and 0 when there is none.
 */
static const char *
next_sep(const char *p, const char *const *seps, size_t *sl)
{
	const char *next = NULL, *q;
	size_t k;

	*sl = 0;
	for (k = 0; seps[k] != NULL; k++)
		if ((q = strstr(p, seps[k])) != NULL &&
		    (next == NULL || q < next)) {
			next = q;
			*sl = strlen(seps[k]);
		}
	return next != NULL ? next : p + strlen(p);
}

/* Copies folded text f without its spaces to out (outlen bytes); returns
 * the length copied: a name run together ("harbournotes") is found in
 * it as in a host. */
static size_t
drop_spaces(const char *f, char *out, size_t outlen)
{
	size_t i, o;

	for (i = o = 0; f[i] != '\0' && o + 1 < outlen; i++)
		if (f[i] != ' ')
			out[o++] = f[i];
	out[o] = '\0';
	return o;
}

/* True when the part of a page title from s holds a word of url's host
 * (see host_word()): it names the site. */
static int
host_part(const char *url, const char *s)
{
	char f[256], ns[256];

	if (url == NULL)
		return 0;
	title_fold(s, f, sizeof(f));
	return drop_spaces(f, ns, sizeof(ns)) > 0 && host_word(url, ns);
}

/*
 * Cuts a part of page title b that is a bare domain ("example.org |
 * Prices", "Prices - example.org - Web design"), with what follows it
 * unless it comes first: a domain names the site wherever it stands.
 * Returns 1 when b was cut.
 */
static int
cut_domain_part(struct wire_buf *b)
{
	char part[256];
	size_t at = 0, sl = 0, psl, from, n;

	for (from = 0; from < b->len; from = at + sl) {
		psl = sl;
		at = (size_t)(next_sep(b->p + from, site_seps, &sl) - b->p);
		n = at - from;
		if (n > 0 && n < sizeof(part)) {
			memcpy(part, b->p + from, n);
			part[n] = '\0';
			if (domain_like(part)) {
				if (from == 0 && sl > 0) {
					memmove(b->p, b->p + at + sl,
					    b->len - at - sl + 1);
					b->len -= at + sl;
					return 1;
				}
				if (from > 0) {
					b->len = from - psl;
					b->p[b->len] = '\0';
					return 1;
				}
			}
		}
		if (sl == 0)
			break;
	}
	return 0;
}

/* Cuts " | Site" and " - Site" from a page title when the rest is long
 * or the cut part names the site (og:site_name, a word of url's host, a
 * bare domain), and "-Site" from one in Chinese or Japanese. */
static void
clean_title(struct wire_buf *b, const struct wire_buf *site, const char *url)
{
	size_t k, best = 0, len;
	const char *p;

	if (cut_domain_part(b))
		return;

	for (k = 0; site_seps[k] != NULL; k++) {
		const char *last = NULL;

		for (p = b->p; (p = strstr(p, site_seps[k])) != NULL; p++)
			last = p;
		if (last != NULL && (size_t)(last - b->p) > best)
			best = (size_t)(last - b->p);
	}
	if (best >= 15 || (best > 0 && site->len > 0 &&
	    strstr(b->p + best, site->p) != NULL) ||
	    (best > 0 && host_part(url, b->p + best))) {
		b->len = best;
		b->p[b->len] = '\0';
		return;
	}
	if (best == 0 && (best = cjk_site_cut(b->p)) > 0) {
		b->len = best;
		b->p[b->len] = '\0';
		return;
	}
	/* "Site | Title": the site part comes first. */
	if (site->len > 0 && strncmp(b->p, site->p, site->len) == 0) {
		for (k = 0; site_seps[k] != NULL; k++) {
			len = strlen(site_seps[k]);
			if (strncmp(b->p + site->len, site_seps[k], len) == 0) {
				memmove(b->p, b->p + site->len + len,
				    b->len - site->len - len + 1);
				b->len -= site->len + len;
				return;
			}
		}
	}
}

/* True for a letter, digit or mark: part of a word in any script. */
static int
word_char(uint32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return isalnum((int)cp);
	c = utf8proc_category((utf8proc_int32_t)cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ND) ||
	    c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

/*
 * True when the part of raw og:title og after its last separator also
 * ends page title t (or the two are the same): then it names the site.
 */
static int
og_tail_site(const char *og, const char *t)
{
	const char *last = NULL, *p;
	size_t k, ol, tl;

	if (strcmp(og, t) == 0)
		return 1;
	for (k = 0; site_seps[k] != NULL; k++)
		for (p = og; (p = strstr(p, site_seps[k])) != NULL; p++)
			if (last == NULL || p > last)
				last = p;
	if (last == NULL)
		return 0;
	ol = strlen(last);
	tl = strlen(t);
	/* A page title ending with all of og:title ("Blog: og") shares
	 * its tail because it holds the headline whole. */
	k = strlen(og);
	if (tl > k && strcmp(t + tl - k, og) == 0)
		return 0;
	return tl >= ol && strcmp(t + tl - ol, last) == 0;
}

/* Folds s for comparing titles: lower case, and runs of anything but
 * letters and digits (punctuation, typographic quotes and dashes, odd
 * spaces) become one space.  out holds outlen bytes. */
static void
title_fold(const char *s, char *out, size_t outlen)
{
	size_t o = 0, n = strlen(s), i, l;
	int sp = 1;
	uint32_t cp;

	for (i = 0; i < n && o + 6 < outlen; i += l) {
		/* ASCII, most of a title, without the calls. */
		if ((unsigned char)s[i] < 0x80) {
			l = 1;
			if (isalnum((unsigned char)s[i])) {
				out[o++] = (char)tolower((unsigned char)s[i]);
				sp = 0;
			} else if (!sp) {
				out[o++] = ' ';
				sp = 1;
			}
			continue;
		}
		if ((l = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			l = 1;
			cp = ' ';
		}
		if (word_char(cp)) {
			cp = (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
			o += wire_utf8_encode(cp, out + o);
			sp = 0;
		} else if (!sp) {
			out[o++] = ' ';
			sp = 1;
		}
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* Words of folded a that occur as words in folded b, and a's word count. */
static void
title_overlap(const char *a, const char *b, int *hit, int *words)
{
	const char *p = a, *q;
	char w[256];

	*hit = *words = 0;
	while (*p != '\0') {
		size_t wl = strcspn(p, " ");

		(*words)++;
		if (wl < sizeof(w)) {
			memcpy(w, p, wl);
			w[wl] = '\0';
			for (q = b; wl > 0 && (q = strstr(q, w)) != NULL; q++)
				if ((q == b || q[-1] == ' ') &&
				    (q[wl] == ' ' || q[wl] == '\0')) {
					(*hit)++;
					break;
				}
		}
		p += wl;
		while (*p == ' ')
			p++;
	}
}

/* True when the folded word sequence of h equals that of raw string s. */
static int
title_same(const char *h, const char *s)
{
	char f[1024];

	title_fold(s, f, sizeof(f));
	return f[0] != '\0' && strcmp(f, h) == 0;
}

static const char *const title_seps[] = { " | ", " - ", " – ", " — ",
    " :: ", " « ", " » ", " · ", " : ", " // ", " / ", "_", " --", NULL };

/*
 * The first title separator in p (NUL-terminated) and its length in *sl;
 * the end of p and 0 when there is none.
 */
static const char *
title_next_sep(const char *p, size_t *sl)
{
	return next_sep(p, title_seps, sl);
}

/* The longest of the parts of s between separators, into out. */
static void
title_longest(const char *s, char *out, size_t outlen)
{
	const char *p = s, *best = s;
	size_t bestlen = 0;

	while (*p != '\0') {
		size_t sl;
		const char *next = title_next_sep(p, &sl);

		if ((size_t)(next - p) > bestlen) {
			bestlen = (size_t)(next - p);
			best = p;
		}
		p = *next != '\0' ? next + sl : next;
	}
	if (bestlen >= outlen)
		bestlen = outlen - 1;
	memcpy(out, best, bestlen);
	out[bestlen] = '\0';
}

/* True when raw s opens with the words of folded heading h and then a
 * title separator. */
static int
title_mid(const char *s, const char *h)
{
	const char *p;
	char part[1024];
	size_t k, n;

	for (k = 0; title_seps[k] != NULL; k++)
		for (p = s; (p = strstr(p, title_seps[k])) != NULL; p++) {
			n = (size_t)(p - s);
			if (n == 0 || n >= sizeof(part))
				continue;
			memcpy(part, s, n);
			part[n] = '\0';
			if (title_same(h, part))
				return 1;
		}
	return 0;
}

/* True when one of the labels of url's host (four letters or more, the
 * top-level domain and "www" left out) occurs in nospace, a folded
 * heading without its spaces: the heading names the site. */
static int
host_word(const char *url, const char *nospace)
{
	const char *p, *e, *dot;
	char label[64];
	size_t n;

	if (url == NULL || (p = strstr(url, "://")) == NULL)
		return 0;
	p += 3;
	for (e = p; *e != '\0' && *e != '/' && *e != ':' && *e != '?'; e++)
		;
	while (p < e) {
		dot = memchr(p, '.', (size_t)(e - p));
		if (dot == NULL)
			return 0;	/* the top-level domain */
		n = (size_t)(dot - p);
		if (n >= 4 && n < sizeof(label) && strncasecmp(p, "www", 3) != 0) {
			size_t k;

			for (k = 0; k < n; k++)
				label[k] = (char)tolower((unsigned char)p[k]);
			label[n] = '\0';
			if (strstr(nospace, label) != NULL)
				return 1;
		}
		p = dot + 1;
	}
	return 0;
}

/*
 * When page title t reads "REST sep H" or "H sep REST" with H the folded
 * heading h, stores REST in rest (restlen bytes) and returns 1: the heading
 * is then the site's name, unless it is the longer part at the front and
 * known is 0 (the heading is not known to name the site).
 */
static int
title_site_part(const char *t, const char *h, char *rest, size_t restlen,
    int known)
{
	const char *const *seps = title_seps;
	const char *p;
	char part[1024];
	size_t k, n;
	int hw, hit, rw;

	for (k = 0; seps[k] != NULL; k++)
		for (p = t; (p = strstr(p, seps[k])) != NULL; p++) {
			const char *after = p + strlen(seps[k]);

			n = (size_t)(p - t);
			if (n >= sizeof(part))
				continue;
			memcpy(part, t, n);
			part[n] = '\0';
			if (title_same(h, after)) {
				title_longest(part, rest, restlen);
				return 1;
			}
			/* "Title : Site | Slogan": the heading is a middle part. */
			if (n > 0 && title_mid(after, h)) {
				title_longest(part, rest, restlen);
				return 1;
			}
			if (title_same(h, part)) {
				char fr[1024];

				title_fold(after, fr, sizeof(fr));
				title_overlap(h, h, &hit, &hw);
				title_overlap(fr, fr, &hit, &rw);
				if (rw >= 2 * hw || known) {
					title_longest(after, rest, restlen);
					return 1;
				}
				return 0;
			}
		}
	return 0;
}

/* True when page title t reads "REST sep H", H the folded heading h and
 * REST not empty: the heading is the part a site puts after its pages'
 * titles. */
static int
title_tail(const char *t, const char *h)
{
	const char *p;
	size_t k;

	for (k = 0; title_seps[k] != NULL; k++)
		for (p = t; (p = strstr(p, title_seps[k])) != NULL; p++)
			if (p > t && title_same(h, p + strlen(title_seps[k])))
				return 1;
	return 0;
}

/* True when folded page title ft is folded heading fh and folded
 * og:title fo one after the other, in either order: the page title is
 * "Site: Headline" or "Headline | Site" with the heading the site. */
static int
title_pair(const char *fh, const char *ft, const char *fo)
{
	size_t hl = strlen(fh), ol = strlen(fo), tl = strlen(ft);

	if (hl == 0 || ol == 0 || tl != hl + 1 + ol || strcmp(fh, fo) == 0)
		return 0;
	return (strncmp(ft, fh, hl) == 0 && ft[hl] == ' ' &&
	    strcmp(ft + hl + 1, fo) == 0) ||
	    (strncmp(ft, fo, ol) == 0 && ft[ol] == ' ' &&
	    strcmp(ft + ol + 1, fh) == 0);
}

/* True when half the words of source b (a title candidate) are in folded
 * heading fh. */
static int
title_covers(const char *fh, const struct wire_buf *b)
{
	char f[1024];
	int hit, words;

	if (b->len == 0)
		return 0;
	title_fold(b->p, f, sizeof(f));
	title_overlap(f, fh, &hit, &words);
	return words > 0 && hit * 2 >= words;
}

/* True when raw heading rh is a kicker, a separator other than a colon
 * (" / ", " | ", a dash) and then source b (3+ words): a colon joins the
 * parts of one headline more often than it sets a topic apart. */
static int
title_ends(const char *rh, const struct wire_buf *b)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ",
	    " / ", " · ", " • ", " :: ", NULL };
	char f[1024], ft[1024];
	const char *p;
	size_t k;
	int hit, words;

	if (b->len == 0)
		return 0;
	title_fold(b->p, f, sizeof(f));
	title_overlap(f, f, &hit, &words);
	if (words < 3)
		return 0;
	for (k = 0; seps[k] != NULL; k++)
		for (p = rh; (p = strstr(p, seps[k])) != NULL; p++) {
			title_fold(p + strlen(seps[k]), ft, sizeof(ft));
			if (strcmp(ft, f) == 0)
				return 1;
		}
	return 0;
}

/* True when the word after the first w words of raw s opens with a
 * lower-case letter: the words before it are no whole phrase. */
static int
title_goes_on(const char *s, int w)
{
	size_t n = strlen(s), i, l;
	uint32_t cp;
	int in = 0;

	for (i = 0; i < n; i += l) {
		if ((l = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			l = 1;
			cp = ' ';
		}
		if (word_char(cp) && !in) {
			if (w-- == 0)
				return utf8proc_category((utf8proc_int32_t)cp) ==
				    UTF8PROC_CATEGORY_LL;
			in = 1;
		} else if (!word_char(cp))
			in = 0;
	}
	return 0;
}

/* True when source b (3+ words, not cut short) opens folded heading fh,
 * raw rh, which goes on with a subtitle, date or site name: more than a
 * lower-case continuation of the same sentence. */
static int
title_starts(const char *fh, const char *rh, const struct wire_buf *b)
{
	char f[1024];
	size_t fl;
	int hit, words;

	/* A source cut short ("...") is no headline. */
	if (b->len < 3 || strcmp(b->p + b->len - 3, "...") == 0 ||
	    strcmp(b->p + b->len - 3, "\xe2\x80\xa6") == 0)
		return 0;
	title_fold(b->p, f, sizeof(f));
	fl = strlen(f);
	title_overlap(f, f, &hit, &words);
	return words >= 3 && strlen(fh) > fl + 1 && strncmp(fh, f, fl) == 0 &&
	    fh[fl] == ' ' && !title_goes_on(rh, words);
}

/* Length of the run of blanks and separators (":", "|", "/", dashes,
 * middle dots, bullets) opening s. */
static size_t
sep_run(const char *s)
{
	static const char *const multi[] = { "\xe2\x80\x93", "\xe2\x80\x94",
	    "\xc2\xb7", "\xe2\x80\xa2", "\xc2\xa0", NULL };
	size_t i = 0, k;

	for (;;) {
		if (s[i] != '\0' && strchr(" :-|/", s[i]) != NULL) {
			i++;
			continue;
		}
		for (k = 0; multi[k] != NULL; k++)
			if (strncmp(s + i, multi[k], strlen(multi[k])) == 0)
				break;
		if (multi[k] == NULL)
			return i;
		i += strlen(multi[k]);
	}
}

/* Turns no-break spaces and line breaks in b into spaces and runs of
 * spaces into one: a title is one line. */
static void
title_spaces(struct wire_buf *b)
{
	size_t i, o = 0;

	for (i = 0; i < b->len; i++) {
		char c = b->p[i];

		if ((unsigned char)c == 0xc2 && i + 1 < b->len &&
		    (unsigned char)b->p[i + 1] == 0xa0) {
			i++;
			c = ' ';
		} else if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		if (c == ' ' && o > 0 && b->p[o - 1] == ' ')
			continue;
		b->p[o++] = c;
	}
	b->len = o;
	if (b->len < b->cap)
		b->p[b->len] = '\0';
}

/* Decodes the character references left in metadata b ("&#8211;",
 * "&amp;", as JSON-LD strings and twice-escaped attributes hold them)
 * and drops soft hyphens, in place. */
static void
meta_refs(struct wire_buf *b)
{
	size_t i, o = 0, e;
	char u[4], name[16];

	for (i = 0; i < b->len;) {
		uint32_t cp = 0;

		if (b->p[i] == '&' && (e = i + 1) < b->len) {
			while (e < b->len && e - i < 12 && b->p[e] != ';' &&
			    b->p[e] != ' ')
				e++;
			if (e < b->len && b->p[e] == ';') {
				if (b->p[i + 1] == '#')
					cp = (uint32_t)strtoul(b->p + i + 2 + (b->p[i + 2] == 'x'),
					    NULL, b->p[i + 2] == 'x' ? 16 : 10);
				else {
					const htmlEntityDesc *ent;

					/* libxml2 knows the names HTML gives. */
					memcpy(name, b->p + i + 1, e - i - 1);
					name[e - i - 1] = '\0';
					if ((ent = htmlEntityLookup((const xmlChar *)
					    name)) != NULL)
						cp = ent->value;
				}
				if (cp >= 0x20 && cp < 0x110000 && (cp < 0xd800 || cp >= 0xe000)) {
					size_t ul = wire_utf8_encode(cp, u);

					if (ul <= e + 1 - i) {
						memcpy(b->p + o, u, ul);
						o += ul;
						i = e + 1;
						continue;
					}
				}
			}
		}
		/* Soft hyphens are no part of the words a reader sees. */
		if ((unsigned char)b->p[i] == 0xc2 && i + 1 < b->len &&
		    (unsigned char)b->p[i + 1] == 0xad) {
			i += 2;
			continue;
		}
		b->p[o++] = b->p[i++];
	}
	b->len = o;
	if (b->len < b->cap)
		b->p[b->len] = '\0';
}

/* Decodes the character references left in a title and trims separators
 * left at either end. */
static void
title_tidy(struct wire_buf *b)
{
	size_t i, k;

	meta_refs(b);
	title_spaces(b);
	while (b->len > 0 && strchr(" |-/:", b->p[b->len - 1]) != NULL &&
	    b->p[b->len - 1] != '\0')
		b->len--;
	/* Leading arrows, bars and the like before a space ("[> Name",
	 * "» Name") are decoration; a bracket closed later is not. */
	for (i = 0; i < b->len; ) {
		if (strchr(" |>/:-*#~=+", b->p[i]) != NULL && b->p[i] != '\0')
			i++;
		else if ((b->p[i] == '[' || b->p[i] == '(') &&
		    memchr(b->p + i, b->p[i] == '[' ? ']' : ')', b->len - i) == NULL)
			i++;
		else if ((k = sep_run(b->p + i)) > 0)
			i += k;
		else if (strncmp(b->p + i, "\xc2\xbb", 2) == 0 ||
		    strncmp(b->p + i, "\xe2\x80\xba", 3) == 0)
			i += b->p[i] == '\xc2' ? 2 : 3;
		else
			break;
	}
	if (i > 0 && i < b->len && b->p[i - 1] != ' ' &&
	    b->p[i - 1] != '|')
		i = 0;
	if (i > 0) {
		memmove(b->p, b->p + i, b->len - i);
		b->len -= i;
	}
	while (b->len > 0 && wire_utf8_check(b->p, b->len) != b->len)
		b->len--;
	wire_strip_nfc(b);
	if (b->len < b->cap)
		b->p[b->len] = '\0';
}

/* The host of url without "www." and dots, folded, in out. */
static void
url_host(const char *url, char *out, size_t outlen)
{
	const char *p, *e;
	size_t o = 0;

	out[0] = '\0';
	if (url == NULL || (p = strstr(url, "://")) == NULL)
		return;
	p += 3;
	if (strncmp(p, "www.", 4) == 0)
		p += 4;
	for (e = p; *e != '\0' && *e != '/' && *e != ':' && *e != '?' &&
	    o + 1 < outlen; e++)
		if (isalnum((unsigned char)*e))
			out[o++] = (char)tolower((unsigned char)*e);
	out[o] = '\0';
}

/* A heading that may carry the title. */
struct heading {
	struct wire_buf	 text;
	uint32_t	 node;
	size_t		 kl;		/* bytes of a leading kicker, or 0 */
	int		 kicker;	/* its class names a kicker */
	int		 h1;		/* first-level, else second */
	int		 chrome;	/* in a header, nav or logo */
	int		 marked;	/* itemprop (2) or class (1) names it the title */
};

/*
 * How well folded heading fh agrees with title source raw: 3 when it is
 * all of it, 2 when it is a run of its parts between separators or
 * before a closing aside in brackets (the source with a site name,
 * section or issue before or after), else 0.
 */
static int
title_agree(const char *fh, const char *raw)
{
	static const char *const seps[] = { " | ", " - ", " – ", " — ",
	    " :: ", " « ", " » ", " · ", " : ", ": ", " • ", " ǀ ", NULL };
	size_t ss[17], se[17], ns = 0, p, k, sl, n, i, j;
	char part[1024], f[1024];

	if (raw == NULL || raw[0] == '\0' || fh[0] == '\0')
		return 0;
	n = strlen(raw);
	for (p = 0; p < n && ns < 16;) {
		for (k = 0; seps[k] != NULL; k++) {
			/* The first two bytes rule out most separators (each
			 * has two or more). */
			if (raw[p] != seps[k][0] || raw[p + 1] != seps[k][1])
				continue;
			sl = strlen(seps[k]);
			if (strncmp(raw + p, seps[k], sl) == 0)
				break;
		}
		/* An aside in brackets closing the source ("Headline
		 * (2021/5)") is a part of its own too. */
		if (seps[k] == NULL && strncmp(raw + p, " (", 2) == 0 &&
		    raw[n - 1] == ')' && strchr(raw + p + 2, '(') == NULL)
			sl = 1;
		else if (seps[k] == NULL)
			sl = 0;
		if (sl == 0 || p == 0) {
			p++;
			continue;
		}
		ss[ns] = p;
		se[ns++] = p + sl;
		p += sl;
	}
	for (i = 0; i <= ns; i++)
		for (j = i; j <= ns; j++) {
			size_t a = i == 0 ? 0 : se[i - 1], b = j == ns ? n : ss[j];

			if (b <= a || b - a >= sizeof(part))
				continue;
			memcpy(part, raw + a, b - a);
			part[b - a] = '\0';
			title_fold(part, f, sizeof(f));
			if (strcmp(f, fh) == 0)
				return i == 0 && j == ns ? 3 : 2;
		}
	return 0;
}

/*
 * True when folded heading fh holds every word of one part of title
 * source raw (between separators) and more, and the parts it leaves out
 * are names of two words at most: the source gives a shortened form of
 * the heading ("Training" for "Boat Service Training") beside the site's
 * name, where a longer part left out may be the headline itself.
 */
static int
title_extends(const char *fh, const char *raw)
{
	const char *p, *next;
	char part[1024], f[1024];
	size_t sl, n;
	int hit, words, hw, found = 0;

	if (raw == NULL)
		return 0;
	title_overlap(fh, fh, &hit, &hw);
	for (p = raw; *p != '\0'; p = *next != '\0' ? next + sl : next) {
		next = title_next_sep(p, &sl);
		n = (size_t)(next - p);
		if (n == 0 || n >= sizeof(part))
			continue;
		memcpy(part, p, n);
		part[n] = '\0';
		title_fold(part, f, sizeof(f));
		title_overlap(f, fh, &hit, &words);
		if (words > 0 && hit == words && hw > words)
			found = 1;
		else if (hit < words && words > 2)
			return 0;
	}
	return found;
}

/* True when s reads as a bare domain name ("example.org"). */
static int
domain_like(const char *s)
{
	const char *dot = strrchr(s, '.');
	size_t k;

	if (dot == NULL || dot == s || strlen(dot + 1) < 2 ||
	    strlen(dot + 1) > 6)
		return 0;
	for (k = 0; s[k] != '\0'; k++)
		if (!isalnum((unsigned char)s[k]) && s[k] != '.' && s[k] != '-')
			return 0;
	for (k = 1; dot[k] != '\0'; k++)
		if (!isalpha((unsigned char)dot[k]))
			return 0;
	return 1;
}

/* True when href points at a site's front page: nothing after the host
 * but "/" or an index file. */
static int
root_link(const char *href)
{
	const char *p, *q;

	if (href == NULL)
		return 0;
	for (p = href; (q = strstr(p, "://")) != NULL; p = q + 3)
		;
	if (p != href && (p = strchr(p, '/')) == NULL)
		return 1;
	return strcmp(p, "/") == 0 || strcmp(p, "./") == 0 ||
	    strncmp(p, "/index.", 7) == 0;
}

/* True when class or id value v holds one of parts anywhere or one of
 * words as a whole word (both lower case, either list may be NULL). */
static int
class_match(const char *v, const char *const *parts, const char *const *words)
{
	char low[128];
	size_t k, l, wl;
	const char *p;

	if (v == NULL)
		return 0;
	for (l = 0; v[l] != '\0' && l + 1 < sizeof(low); l++)
		low[l] = (char)tolower((unsigned char)v[l]);
	low[l] = '\0';
	for (k = 0; parts != NULL && parts[k] != NULL; k++)
		if (strstr(low, parts[k]) != NULL)
			return 1;
	for (p = low; words != NULL && *p != '\0'; p += wl) {
		p += strspn(p, " \t");
		wl = strcspn(p, " \t");
		for (k = 0; words[k] != NULL && wl > 0; k++)
			if (strlen(words[k]) == wl && strncmp(p, words[k], wl) == 0)
				return 1;
	}
	return 0;
}

/* True when class value v names an element the title of the article or
 * page, as content systems mark it; with loose, "headline" too, which on
 * a heading names a style as often. */
static int
title_class(const char *v, int loose)
{
	static const char *const parts[] = { "entry-title", "post-title",
	    "article-title", "page-title", "posttitle", "articletitle", NULL };
	static const char *const style[] = { "headline", NULL };

	return class_match(v, parts, NULL) ||
	    (loose && class_match(v, style, NULL));
}

/* True when element i sits in a list item or a link, as the headlines of
 * teasers and tickers do. */
static int
in_teaser(const struct wire_html_doc *d, uint32_t i)
{
	int depth;

	for (depth = 0; i != 0 && depth < 12; depth++, i = d->n[i].parent)
		if (d->n[i].tag == WT_LI || d->n[i].tag == WT_A)
			return 1;
	return 0;
}

/* True when a class or id value holds a word naming site chrome. */
static int
chrome_class(const char *v)
{
	static const char *const parts[] = { "logo", "brand", "site-title",
	    "sitetitle", "site-name", "sitename", "masthead", "blog-title",
	    "site_title", "blogtitle", "site-header", NULL };
	static const char *const words[] = { "header", "kopf", "top", "topbar",
	    "head", "banner", NULL };

	return class_match(v, parts, words);
}

/* True when element i is marked by its class or id as shown to screen
 * readers only: no reader sees it as a headline. */
static int
sr_only(const struct wire_strip *st, uint32_t i)
{
	static const char *const parts[] = { "sr-only", "screen-reader",
	    "screenreader", "visually-hidden", "visuallyhidden",
	    "element-invisible", "offscreen", NULL };
	static const char *const words[] = { "aural", NULL };

	return class_match(wire_html_attr(&st->doc, i, "class"), parts, words) ||
	    class_match(wire_html_attr(&st->doc, i, "id"), parts, words);
}

/*
 * Fills heading h from element i: its text without the parts shown to
 * screen readers only and, when the heading opens with an element of a
 * few words before more text (a kicker or topic line set above the
 * headline), the kicker's length in h->kl and whether its class names it
 * a kicker in h->kicker.
 */
static void
heading_text(const struct wire_strip *st, uint32_t i, struct heading *h)
{
	static const char *const kick[] = { "kicker", "dachzeile", "overline",
	    "roofline", "topline", "eyebrow", "spitzmarke", "supertitle",
	    "pretitle", "surtitle", "small", NULL };
	const struct wire_html_doc *d = &st->doc;
	struct wire_buf kt = { 0 };
	uint32_t c;
	size_t kl, k;
	int words, depth;

	wire_buf_reset(&h->text);
	h->text.max = 1000;
	h->kl = 0;
	h->kicker = 0;
	elem_text_vis(st, i, &h->text, 1000, 1);
	/* The first child with text, below wrappers holding all of it;
	 * inline emphasis is no kicker line. */
	for (depth = 0; depth < 4; depth++) {
		for (c = d->n[i].first; c != 0; c = d->n[c].next) {
			if (d->n[c].tag != WT_TEXT && sr_only(st, c))
				continue;
			wire_buf_reset(&kt);
			kt.max = 1000;
			elem_text_vis(st, c, &kt, 1000, 1);
			if (kt.len > 0)
				break;
		}
		if (c == 0 || d->n[c].tag == WT_TEXT || kt.len != h->text.len)
			break;
		i = c;
	}
	kl = kt.len;
	if (c == 0 || kl == 0 || kl >= h->text.len ||
	    strncmp(h->text.p, kt.p, kl) != 0 || (d->n[c].tag != WT_SPAN &&
	    d->n[c].tag != WT_DIV && d->n[c].tag != WT_P &&
	    d->n[c].tag != WT_SMALL && d->n[c].tag != WT_TIME)) {
		/* A date (<time>) opening a heading is set apart from the
		 * headline like a kicker. */
		wire_buf_free(&kt);
		return;
	}
	wire_buf_free(&kt);
	for (k = 0, words = 1; k < kl; k++)
		if (h->text.p[k] == ' ')
			words++;
	if (words > 12)
		return;
	/* The rest must hold two words or more. */
	k = kl + sep_run(h->text.p + kl);
	if (memchr(h->text.p + k, ' ', h->text.len - k) == NULL)
		return;
	h->kl = kl;
	h->kicker = class_match(wire_html_attr(d, c, "class"), kick, NULL);
}

/*
 * True when heading i sits in page chrome rather than in the content: in a
 * header, nav, footer or aside outside any article or main, under a class
 * or id naming a header, logo or site title, or is a link to the front
 * page.
 */
static int
title_chrome(const struct wire_strip *st, uint32_t i)
{
	const struct wire_html_doc *d = &st->doc;
	uint32_t c;
	int depth, chrome = 0;

	for (c = d->n[i].first; c != 0; c = d->n[c].next)
		if (d->n[c].tag == WT_A && root_link(wire_html_attr(d, c, "href")))
			chrome = 1;
	for (depth = 0; i != 0 && depth < 60; depth++, i = d->n[i].parent) {
		switch (d->n[i].tag) {
		case WT_HEADER:
			/* A page's header sits near the top of the tree; one
			 * deep in the content heads a section or article. */
			if (d->n[i].depth <= WIRE_STRIP_HDEPTH)
				chrome = 1;
			break;
		case WT_NAV:
		case WT_FOOTER:
		case WT_ASIDE:
			chrome = 1;
			break;
		case WT_ARTICLE:
		case WT_MAIN:
			return 0;
		default:
			break;
		}
		if (depth < 6 && (chrome_class(wire_html_attr(d, i, "class")) ||
		    chrome_class(wire_html_attr(d, i, "id"))))
			chrome = 1;
	}
	return chrome;
}

/*
 * True when heading b of the nh in h (site[] marking those naming the
 * site) matches a part of the JSON-LD headline or og:title (src[0],
 * src[1]) while no first-level heading in the content matches either:
 * those name the article, where the page title also holds its sections.
 */
static int
title_meta_over(const struct heading *h, size_t nh, const int *site, int b,
    const char *const *src)
{
	char fh[1024];
	size_t k;

	title_fold(h[b].text.p, fh, sizeof(fh));
	if (title_agree(fh, src[0]) < 2 && title_agree(fh, src[1]) < 2)
		return 0;
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD; k++) {
		if (site[k] || !h[k].h1 || h[k].chrome)
			continue;
		title_fold(h[k].text.p, fh, sizeof(fh));
		if (title_agree(fh, src[0]) > 0 || title_agree(fh, src[1]) > 0)
			return 0;
	}
	return 1;
}

/*
 * True when page title t ends with a separator and nothing after it
 * ("National Rail -"): the page's own part of the title is empty and the
 * rest names the site.
 */
static int
dangling(const char *t)
{
	size_t n = strlen(t);

	while (n > 0 && isspace((unsigned char)t[n - 1]))
		n--;
	if (n >= 2 && strchr("-|:", t[n - 1]) != NULL && t[n - 2] == ' ')
		return 1;
	/* an en or em dash */
	return n >= 4 && strncmp(t + n - 3, "\xe2\x80", 2) == 0 &&
	    ((unsigned char)t[n - 1] == 0x93 ||
	    (unsigned char)t[n - 1] == 0x94) && t[n - 4] == ' ';
}

/*
 * Chooses the title among the page's headings (h, nh of them, h1 and h2
 * in page order), the JSON-LD headline hl, og:title og, twitter:title tw
 * and <title> ttl (og and ttl already cleaned of a site suffix), with the
 * raw og:title rawog and <title> rawt.  The headline a reader sees is
 * preferred: a heading that names the site (og:site_name, the host, or
 * page chrome ending the page title) is passed over, and of the others
 * the one the metadata agree with wins, all of a source before a part of
 * it, all of more sources before all of one, a first-level heading before
 * a second, content before page chrome, the later before the earlier
 * (site names head the page).  A lone first-level heading is taken even
 * when nothing agrees; else a heading that most sources' words cover;
 * without a first-level heading in the content, one that a part of the
 * page title shortens, or else one microdata or a class mark as the title,
 * or else the first when the page title leaves its own part empty; else
 * the metadata.  Returns the chosen heading's node, or 0.
 */
static uint32_t
choose_title(struct wire_strip *st, struct heading *h, size_t nh,
    const struct wire_buf *hl, const struct wire_buf *og,
    const struct wire_buf *tw, const struct wire_buf *ttl, const char *rawt,
    const char *rawog, const char *url)
{
	char fh[1024], fo[3072], host[256], rest[1024], fs[1024], nospace[1024];
	char rest2[1024], fk[1024], ft[1024], fog[1024];
	const char *src[4];
	size_t k, o, s;
	int best = -1, bestsc = 0, first = -1, hit, words, nh1 = 0, sc, lv, n3;
	int site[WIRE_STRIP_NHEAD];
	uint32_t node = 0;

	url_host(url, host, sizeof(host));
	title_fold(st->site.len ? st->site.p : "", fs, sizeof(fs));
	src[0] = hl->len ? hl->p : NULL;
	src[1] = rawog;
	src[2] = tw->len ? tw->p : NULL;
	src[3] = rawt;
	rest[0] = '\0';
	/* A kicker above the headline goes when its class names it so or a
	 * title source gives the headline without it. */
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD; k++) {
		const char *r;

		if (h[k].kl == 0)
			continue;
		r = h[k].text.p + h[k].kl;
		r += sep_run(r);
		title_fold(r, fh, sizeof(fh));
		for (s = 0, lv = h[k].kicker ? 2 : 0; s < 4; s++) {
			int a = title_agree(fh, src[s]);

			if (a > lv)
				lv = a;
		}
		if (lv >= 2) {
			o = h[k].text.len - (size_t)(r - h[k].text.p);
			memmove(h[k].text.p, r, o);
			h[k].text.len = o;
			h[k].text.p[o] = '\0';
			h[k].kl = 0;
		}
	}
	snprintf(fo, sizeof(fo), "%s", "");
	{
		char a[1024];

		title_fold(hl->len ? hl->p : "", a, sizeof(a));
		strncat(fo, a, sizeof(fo) - strlen(fo) - 2);
		strcat(fo, " ");
		title_fold(rawog != NULL ? rawog : "", a, sizeof(a));
		strncat(fo, a, sizeof(fo) - strlen(fo) - 2);
		strcat(fo, " ");
		title_fold(rawt != NULL ? rawt : "", a, sizeof(a));
		strncat(fo, a, sizeof(fo) - strlen(fo) - 1);
	}
	title_fold(rawt != NULL ? rawt : "", ft, sizeof(ft));
	title_fold(rawog != NULL ? rawog : "", fog, sizeof(fog));
	/* Headings that name the site; a page title beside one of them is
	 * the rest. */
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD; k++) {
		site[k] = 1;
		if (h[k].text.len < 2 || h[k].text.len > 400)
			continue;
		title_fold(h[k].text.p, fh, sizeof(fh));
		if (fh[0] == '\0')
			continue;
		o = drop_spaces(fh, nospace, sizeof(nospace));
		site[k] = (fs[0] != '\0' && strcmp(fh, fs) == 0) ||
		    (o >= 4 && host[0] != '\0' && strstr(host, nospace) != NULL) ||
		    domain_like(h[k].text.p);
		/* A short heading holding a word of the host beside the
		 * rest of the page title names the site too. */
		title_overlap(fh, fh, &hit, &words);
		if (!site[k] && words <= 6 && host_word(url, nospace) &&
		    ((rawt != NULL &&
		    title_site_part(rawt, fh, rest2, sizeof(rest2), 0)) ||
		    (rawog != NULL && title_site_part(rawog, fh, rest2,
		    sizeof(rest2), 0))))
			site[k] = 1;
		/* A heading in the page's header or linking to the front
		 * page that ends the page title is the site's name. */
		if (!site[k] && h[k].chrome && rawt != NULL &&
		    title_tail(rawt, fh))
			site[k] = 1;
		/* So is one that the page title gives beside og:title, and
		 * og:title is then the rest. */
		if (!site[k] && og->len > 0 && title_pair(fh, ft, fog)) {
			site[k] = 1;
			if (rest[0] == '\0')
				snprintf(rest, sizeof(rest), "%s", og->p);
		}
		if (site[k] && rest[0] == '\0' && (rawt == NULL ||
		    !title_site_part(rawt, fh, rest, sizeof(rest), 1)) &&
		    rawog != NULL)
			title_site_part(rawog, fh, rest, sizeof(rest), 1);
		if (!site[k] && h[k].h1 && !h[k].chrome)
			nh1++;
	}
	/* A heading the metadata agree with. */
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD; k++) {
		if (site[k])
			continue;
		title_fold(h[k].text.p, fh, sizeof(fh));
		for (s = 0, lv = 0, n3 = 0; s < 4; s++) {
			int a = title_agree(fh, src[s]);

			if (a > lv)
				lv = a;
			n3 += a == 3;
		}
		/* A heading opening with a whole source, a subtitle after
		 * it, gives the headline as well as one equal to it. */
		if (lv < 3 && h[k].kl > 0 && h[k].kl < sizeof(fk)) {
			char kick[1024];

			memcpy(kick, h[k].text.p, h[k].kl);
			kick[h[k].kl] = '\0';
			title_fold(kick, fk, sizeof(fk));
			for (s = 0; s < 4; s++)
				if (title_agree(fk, src[s]) == 3)
					lv = 3;
		}
		if (lv == 0 || (lv == 2 && h[k].chrome))
			continue;
		/* Of two headings matching parts of the page title, the
		 * later is the article's, the earlier the site's. */
		sc = lv * 4 + (lv == 3 && h[k].h1 ? 1 : 0) -
		    (h[k].chrome ? 3 : 0) + (n3 > 1 ? 2 * (n3 - 1) : 0);
		if (sc >= bestsc) {
			bestsc = sc;
			best = (int)k;
		}
	}
	if (best >= 0 && !h[best].h1 && nh1 == 1 && bestsc < 12 &&
	    !title_meta_over(h, nh, site, best, src)) {
		/* A second-level heading matching a part of the page title
		 * beside a lone first-level one is as likely a section. */
		best = -1;
	}
	bestsc = 0;
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD && best < 0; k++) {
		if (site[k] || !h[k].h1)
			continue;
		title_fold(h[k].text.p, fh, sizeof(fh));
		if (first < 0 && !h[k].chrome)
			first = (int)k;
		title_overlap(fh, fo, &hit, &words);
		if (words == 0 || hit * 10 < words * 6 || hit * 100 / words <= bestsc)
			continue;
		if (!title_covers(fh, hl) && !title_covers(fh, og) &&
		    !title_covers(fh, ttl) && (hl->len || og->len || ttl->len))
			continue;
		bestsc = hit * 100 / words;
		best = (int)k;
	}
	if (best < 0 && first >= 0) {
		title_fold(h[first].text.p, fh, sizeof(fh));
		title_overlap(fh, fh, &hit, &words);
		if (words >= 4 || nh1 == 1 || (hl->len == 0 && og->len == 0 &&
		    ttl->len == 0))
			best = first;
	}
	/* Without a first-level heading in the content, a heading
	 * holding all the words of a part of the page title and more
	 * gives that part in full. */
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD && best < 0 && first < 0; k++) {
		if (site[k] || h[k].chrome)
			continue;
		title_fold(h[k].text.p, fh, sizeof(fh));
		if (title_extends(fh, rawt))
			best = (int)k;
	}
	/* Else the heading the page's microdata or classes name the
	 * title. */
	for (k = 0; k < nh && k < WIRE_STRIP_NHEAD && best < 0 && first < 0; k++)
		if (!site[k] && !h[k].chrome && h[k].marked > 0) {
			/* A class may name a section's label too ("News"):
			 * then the metadata hold few of its words. */
			title_fold(h[k].text.p, fh, sizeof(fh));
			title_overlap(fh, fo, &hit, &words);
			if (h[k].marked == 2 || hit * 2 >= words ||
			    (hl->len == 0 && og->len == 0 && ttl->len == 0))
				best = (int)k;
		}
	/* Else, when the page title has an empty part of its own, the
	 * first heading of the content. */
	if (best < 0 && first < 0 && rawt != NULL && dangling(rawt))
		for (k = 0; k < nh && k < WIRE_STRIP_NHEAD && best < 0; k++)
			if (!site[k] && !h[k].chrome)
				best = (int)k;
	if (best >= 0) {
		struct wire_buf ro = { 0 };
		const char *rh = h[best].text.p;
		int whole = 0;

		/* A kicker before the headline ("Topic / Headline" in the
		 * heading while a source gives the headline alone), or a
		 * subtitle or site name after it; a source giving the
		 * heading whole settles it. */
		ro.p = (char *)(uintptr_t)rawog;
		ro.len = rawog != NULL ? strlen(rawog) : 0;
		title_fold(rh, fh, sizeof(fh));
		for (s = 0; s < 4; s++)
			if (title_agree(fh, src[s]) == 3)
				whole = 1;
		if (whole)
			set_once(&st->title, rh);
		else if (title_ends(rh, hl))
			set_once(&st->title, hl->p);
		else if (title_ends(rh, og))
			set_once(&st->title, og->p);
		else if (title_ends(rh, tw))
			set_once(&st->title, tw->p);
		else if (title_ends(rh, ttl))
			set_once(&st->title, ttl->p);
		else if (title_starts(fh, rh, hl))
			set_once(&st->title, hl->p);
		else if (title_starts(fh, rh, &ro))
			set_once(&st->title, ro.p);
		else if (title_starts(fh, rh, tw))
			set_once(&st->title, tw->p);
		set_once(&st->title, h[best].text.p);
		node = h[best].node;
	}
	if (rest[0] != '\0' && hl->len == 0)
		set_once(&st->title, rest);
	set_once(&st->title, hl->len ? hl->p : NULL);
	set_once(&st->title, og->len ? og->p : NULL);
	set_once(&st->title, ttl->len ? ttl->p : NULL);
	title_tidy(&st->title);
	return node;
}

/* Lower-case primary language subtag. */
static void
norm_lang(struct wire_buf *b)
{
	size_t k;

	for (k = 0; k < b->len; k++) {
		if (b->p[k] == '-' || b->p[k] == '_') {
			b->len = k;
			break;
		}
		b->p[k] = (char)tolower((unsigned char)b->p[k]);
	}
	if (b->len < b->cap)
		b->p[b->len] = '\0';
}

/* "28.01.22" opening a dateline: a day, month and year of two digits
 * each, as German pages write them beside a headline.  Returns 0 with
 * the date in out, or -1. */
static int
short_date(const char *s, size_t n, struct wire_buf *out)
{
	size_t i = 0;
	int d, m, y;

	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	if (n - i < 8 || digits(s + i, 2, 2, &d) != 2 || s[i + 2] != '.' ||
	    digits(s + i + 3, 2, 2, &m) != 2 || s[i + 5] != '.' ||
	    digits(s + i + 6, 2, 2, &y) != 2 ||
	    (n > i + 8 && (isdigit((unsigned char)s[i + 8]) || s[i + 8] == '.')) ||
	    !valid(2000 + y, m, d))
		return -1;
	put_date(out, 2000 + y, m, d);
	return 0;
}

/*
 * A date shown beside the headline (node t): the nearest short text within
 * a few dozen text nodes before or after it that reads as a date, as a
 * dateline or byline gives it.  Appends it to out (st->published, whose
 * published_source becomes "text", or another buffer); returns 0, or -1.
 */
static int
near_date(struct wire_strip *st, uint32_t t, struct wire_buf *out)
{
	const struct wire_html_doc *d = &st->doc;
	uint32_t before[WIRE_STRIP_NEAR], after[WIRE_STRIP_NEAR * 2], i;
	size_t nb = 0, na = 0, k;
	char buf[128];
	int amb;

	if (t == 0)
		return -1;
	for (i = t; i > 1 && nb < WIRE_STRIP_NEAR; i--)
		if (d->n[i - 1].tag == WT_TEXT && d->n[i - 1].slen > 1)
			before[nb++] = i - 1;
	for (i = t + 1; i < d->nn && na < WIRE_STRIP_NEAR * 2; i++)
		if (d->n[i].tag == WT_TEXT && d->n[i].slen > 1)
			after[na++] = i;
	for (k = 0; k < na || k < nb; k++) {
		uint32_t c[2];
		size_t j;

		c[0] = k < na ? after[k] : 0;
		c[1] = k < nb ? before[k] : 0;
		for (j = 0; j < 2; j++) {
			const struct wire_html_node *x = &d->n[c[j]];
			size_t n = x->slen < sizeof(buf) - 1 ? x->slen : sizeof(buf) - 1;

			if (c[j] == 0)
				continue;
			/* A long text only when it opens with the date. */
			if (x->slen > 200)
				n = 40;
			memcpy(buf, d->arena.p + x->str, n);
			buf[n] = '\0';
			if (parse_date(st, buf, n, out, &amb) == 0 ||
			    short_date(buf, n, out) == 0) {
				if (amb)
					date_order(st, out);
				if (out == &st->published)
					wire_buf_puts(&st->pubsrc, "text");
				return 0;
			}
		}
	}
	return -1;
}

/*
 * Where what follows the first [date-label] of st->words (lower case,
 * each opening with an ASCII letter) opening a word of t (n bytes)
 * starts, or NULL.
 */
static const char *
date_label(const struct wire_strip *st, const char *t, size_t n)
{
	const struct wire_strip_words *labels = &st->words[WIRE_SW_DATELABEL];
	const char *p;
	size_t k, ll;
	int c;

	for (p = t; p < t + n; p++) {
		if (p > t && isalpha((unsigned char)p[-1]))
			continue;
		c = tolower((unsigned char)*p);
		if (c < 'a' || c > 'z')
			continue;
		for (k = 0; k < labels->n; k++) {
			if (labels->v[k][0] != c)
				continue;
			ll = labels->len[k];
			if (p + ll <= t + n &&
			    strncasecmp(p, labels->v[k], ll) == 0)
				return p + ll;
		}
	}
	return NULL;
}

/*
 * A date the page labels as the day of publication ("Erschienen am:
 * 01.11.2023", "Published on May 2, 2020"), wherever it stands: the
 * label says what the date is, where a date beside the headline may be
 * any.  Sets st->published; returns 0, or -1.
 */
static int
labelled_date(struct wire_strip *st)
{
	const struct wire_html_doc *d = &st->doc;
	size_t i, seen = 0;
	int amb;

	for (i = 1; i < d->nn && seen < 3000; i++) {
		const struct wire_html_node *x = &d->n[i];
		const char *t = d->arena.p + x->str, *p;
		size_t n = x->slen;

		if (x->tag != WT_TEXT || n < 6 || n > 200)
			continue;
		seen++;
		if ((p = date_label(st, t, n)) == NULL)
			continue;
		/* The date in the same text, or in the next one. */
		if (parse_date(st, p, (size_t)(t + n - p), &st->published,
		    &amb) != 0) {
			size_t j;

			for (j = 0; p + j < t + n && strchr(" :\t\n", p[j]) != NULL;
			    j++)
				;
			if (p + j < t + n || i + 1 >= d->nn ||
			    d->n[i + 1].tag != WT_TEXT ||
			    parse_date(st, d->arena.p + d->n[i + 1].str,
			    d->n[i + 1].slen < 60 ? d->n[i + 1].slen : 60,
			    &st->published, &amb) != 0)
				continue;
		}
		if (amb)
			date_order(st, &st->published);
		wire_buf_puts(&st->pubsrc, "text");
		return 0;
	}
	return -1;
}

/*
 * Length of the byline label opening s (n bytes), the longest
 * [byline-label] of st->words, with the blanks and colons after it; or 0.
 */
static size_t
byline_label(const struct wire_strip *st, const char *s, size_t n)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_BYLABEL];
	size_t k, pl, best = 0;

	for (k = 0; k < l->n; k++) {
		pl = l->len[k];
		if (pl > best && n >= pl && strncasecmp(s, l->v[k], pl) == 0 &&
		    (n == pl || s[pl] == ' ' || s[pl] == ':'))
			best = pl;
	}
	while (best > 0 && best < n && (s[best] == ' ' || s[best] == ':'))
		best++;
	return best;
}

/* True when n bytes at s read as a name: one to five words, each opening
 * with a capital but for particles such as "von" and "de". */
static int
name_like(const char *s, size_t n)
{
	size_t i = 0, wl, words = 0;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i >= n)
			break;
		for (wl = 0; i + wl < n && s[i + wl] != ' '; wl++)
			;
		if (!((unsigned char)s[i] >= 0x80 || isupper((unsigned char)s[i])) &&
		    !(wl <= 3 && islower((unsigned char)s[i])))
			return 0;
		words++;
		i += wl;
	}
	return words >= 1 && words <= 5 && n < 60;
}

/*
 * A byline inside a line: "Posted on May 2, 2020 by Jane Doe", "--- by
 * Jane Doe" (an [inline-by] word of st->words, in lower case, then with
 * a capital), or a dateline ending in a name, "04.02.2022 | 13:10 Uhr |
 * Jane Doe" or "25.10.2022 - Jane Doe".  Adds the name and returns 1, or
 * returns 0.
 */
static int
inline_byline(struct wire_strip *st, const char *s, size_t n)
{
	static const char *const seps[] = { " | ", " - ", " \xe2\x80\x93 ",
	    " \xc2\xb7 ", NULL };
	const struct wire_strip_words *by = &st->words[WIRE_SW_INLINEBY];
	struct wire_buf tmp = { 0 };
	char mid[WIRE_STRIP_WORDMAX + 2];
	const char *p, *last = NULL;
	size_t k, sl = 0, ml;
	int dated, cap;

	for (cap = 0; cap < 2; cap++)
		for (k = 0; k < by->n; k++) {
			/* " by ", then " By "; a word without a lower-case
			 * ASCII letter to raise is looked for once. */
			if (cap && !islower((unsigned char)by->v[k][0]))
				continue;
			ml = by->len[k];
			mid[0] = ' ';
			memcpy(mid + 1, by->v[k], ml);
			if (cap)
				mid[1] = (char)toupper((unsigned char)mid[1]);
			mid[ml + 1] = ' ';
			mid[ml + 2] = '\0';
			if ((p = strstr(s, mid)) == NULL)
				continue;
			p += ml + 2;
			/* A name right after, not "news from the islands";
			 * of two words at least, as German nouns ("von
			 * Menschen und Mäusen") are capitalised too. */
			if (name_like(p, n - (size_t)(p - s)) &&
			    ((unsigned char)*p >= 0x80 || isupper((unsigned char)*p)) &&
			    memchr(p, ' ', strcspn(p, ",;|&")) != NULL &&
			    name_joiner(st, p + strcspn(p, " "),
			    strlen(p + strcspn(p, " "))) == 0) {
				add_author(st, p, n - (size_t)(p - s), 0);
				return st->nauthors > 0;
			}
		}
	tmp.max = 64;
	dated = wire_strip_parse_date(st, s, n, &tmp) == 0;
	wire_buf_free(&tmp);
	if (!dated)
		return 0;
	for (k = 0; seps[k] != NULL; k++)
		for (p = s; (p = strstr(p, seps[k])) != NULL; p++)
			if (last == NULL || p > last) {
				last = p;
				sl = strlen(seps[k]);
			}
	if (last == NULL)
		return 0;
	p = last + sl;
	if (!name_like(p, n - (size_t)(p - s)) ||
	    memchr(p, ' ', n - (size_t)(p - s)) == NULL)
		return 0;
	add_author(st, p, n - (size_t)(p - s), 0);
	return st->nauthors > 0;
}

/*
 * A byline beside the headline (node t) when nothing named an author: a
 * short text such as "By Jane Doe" or "Von Max Muster", or a label
 * ("Autor:") followed by a name in the next text; with inl, also a name
 * inside a line (see inline_byline), weaker evidence.
 */
static void
near_byline(struct wire_strip *st, uint32_t t, int inl)
{
	const struct wire_html_doc *d = &st->doc;
	uint32_t i, seen = 0, label = 0;
	char buf[128];

	if (t == 0)
		return;
	i = t > 8 ? t - 8 : 1;
	for (; i < d->nn && seen < WIRE_STRIP_NEAR * 2 && st->nauthors == 0; i++) {
		const struct wire_html_node *x = &d->n[i];
		size_t n, a, l;

		if (x->tag != WT_TEXT)
			continue;
		for (a = 0; a < x->slen && isspace((unsigned char)d->arena.p[x->str + a]); a++)
			;
		n = x->slen - a;
		while (n > 0 && isspace((unsigned char)d->arena.p[x->str + a + n - 1]))
			n--;
		if (n == 0)
			continue;
		seen++;
		if (n >= sizeof(buf))
			continue;
		memcpy(buf, d->arena.p + x->str + a, n);
		buf[n] = '\0';
		if (label != 0 && seen == label + 1 && name_like(buf, n)) {
			add_author(st, buf, n, 0);
			break;
		}
		label = 0;
		if ((l = byline_label(st, buf, n)) == n)
			label = seen;
		else if (l == 0 && inl && inline_byline(st, buf, n))
			break;
		else if (l > 0 && name_like(buf + l, n - l) &&
		    (!wire_strip_opens_with(st, WIRE_SW_NOUNLABEL, buf, n) ||
		    memchr(buf + l, ' ', n - l) != NULL))
			/* German capitalises nouns: "Von" ([noun-label])
			 * wants two words. */
			add_author(st, buf, n, 0);
	}
}

/* False when the first two bytes of w are sure not to occur in the text
 * of bits (wire_strip_pair_bits()): then strstr() need not look. */
static int
pair_in(const uint64_t bits[8], const char *w)
{
	if (w[0] == '\0' || w[1] == '\0')
		return 1;
	return WIRE_STRIP_PAIR_IN(bits, WIRE_STRIP_PAIRBIT(w[0], w[1]));
}

/* True when element i stands inside a comment of a reader (an ancestor's
 * class or id says "comment"), whose writers are not the article's. */
static int
in_comment(const struct wire_strip *st, uint32_t i)
{
	static const char *const parts[] = { "comment", "kommentar",
	    "commentaire", "comentario", "commento", "komentarz", NULL };
	int up;

	for (up = 0; i != 0 && up < 16; up++, i = st->doc.n[i].parent)
		if (class_match(wire_html_attr(&st->doc, i, "class"), parts,
		    NULL) || class_match(wire_html_attr(&st->doc, i, "id"),
		    parts, NULL))
			return 1;
	return 0;
}

/*
 * The name an element marked "author" (itemprop or rel) gives, into
 * st->tmp: the text of its part marked itemprop="name" when it has one,
 * else its own text when short: a longer one is an author's box, whose
 * biography is no name.  Returns 1, or 0 when there is none.
 */
static int
author_text(struct wire_strip *st, uint32_t i)
{
	const struct wire_html_doc *d = &st->doc;
	uint32_t k;
	const char *ip;

	wire_buf_reset(&st->tmp);
	for (k = i + 1; k < d->nn && k < i + 200 && d->n[k].depth > d->n[i].depth;
	    k++)
		if (d->n[k].tag != WT_TEXT && d->n[k].slen > 0 &&
		    (ip = wire_html_attr(d, k, "itemprop")) != NULL &&
		    strcmp(ip, "name") == 0) {
			elem_text(st, k, &st->tmp, 120);
			return st->tmp.len > 0 && st->tmp.len < 100;
		}
	elem_text(st, i, &st->tmp, 120);
	return st->tmp.len > 0 && st->tmp.len < 100;
}

/* Whether element i is marked as a byline: class or id "author",
 * "byline" or "vcard", or a link to an author page; its text is short.
 * attr holds its class, id and href.  Returns 2 for the marks of a
 * publishing system's author link (a vCard, a link to the author's
 * page), which name the writer as the page's metadata do, 1 for the
 * others, 0 when it is no byline. */
static int
author_marked(struct wire_strip *st, uint32_t i, const char *const *attr)
{
	static const char *const marks[] = { "author", "byline", "vcard",
	    "posted-by", "autor", NULL };
	static const char *const not[] = { "bio", "box", "comment", "avatar",
	    "about", "description", "img", "image", "photo", NULL };
	const char *v[3];
	char low[128];
	uint64_t bits[8];
	size_t j, k, l;
	int hit = 0;

	v[0] = attr[0];
	v[1] = attr[1];
	v[2] = st->doc.n[i].tag == WT_A ? attr[2] : NULL;
	for (j = 0; j < 3 && !hit; j++) {
		if (v[j] == NULL)
			continue;
		for (l = 0; v[j][l] != '\0' && l + 1 < sizeof(low); l++)
			low[l] = (char)tolower((unsigned char)v[j][l]);
		low[l] = '\0';
		if (j == 2) {
			/* Every mark of an author page opens with "/aut". */
			hit = strstr(low, "/aut") != NULL &&
			    (strstr(low, "/author/") != NULL ||
			    strstr(low, "/autor/") != NULL ||
			    strstr(low, "/authors/") != NULL);
			continue;
		}
		wire_strip_pair_bits(low, l, bits);
		for (k = 0; marks[k] != NULL; k++)
			if (pair_in(bits, marks[k]) &&
			    strstr(low, marks[k]) != NULL)
				hit = 1;
		for (k = 0; not[k] != NULL && hit; k++)
			if (strstr(low, not[k]) != NULL)
				hit = 0;
	}
	if (!hit || in_comment(st, i))
		return 0;
	wire_buf_reset(&st->tmp);
	elem_text(st, i, &st->tmp, 120);
	if (st->tmp.len < 3 || st->tmp.len >= 80)
		return 0;
	return j == 3 || (v[0] != NULL && strstr(v[0], "vcard") != NULL) ? 2 : 1;
}

/*
 * Reads the metadata of the parsed page; see wire/strip.h.
 */
void
wire_strip_meta_html(struct wire_strip *st, const char *url)
{
	const struct wire_html_doc *d = &st->doc;
	struct wire_buf og = { 0 }, tw = { 0 }, ttl = { 0 }, hl = { 0 };
	struct heading h[WIRE_STRIP_NHEAD];
	char rawt[1024], rawog[1024];
	size_t i, nh = 0, nh1 = 0, nh2 = 0;
	uint32_t byl[WIRE_STRIP_NBYL], tnode, tcls = 0;
	size_t nbyl = 0;
	int timed = 0, bylmark[WIRE_STRIP_NBYL];
	/* A card's "twitter:labelN" of a byline ([card-label]) gives its
	 * "twitter:dataN" (publishing plugins write the writer there). */
	char twdata = 0;

	memset(h, 0, sizeof(h));
	og.max = tw.max = ttl.max = hl.max = 4096;
	page_lang(st);
	jsonld(st);
	if (st->doc.jsonld.len > 0) {
		size_t p = json_key(d->jsonld.p, d->jsonld.len, 0, "headline");

		if (p < d->jsonld.len)
			json_string(d->jsonld.p, d->jsonld.len, p, &hl);
	}
	for (i = 1; i < d->nn; i++) {
		const struct wire_html_node *x = &d->n[i];
		const char *name, *c, *v;

		switch (x->tag) {
		case WT_META:
			if ((c = wire_html_attr(d, (uint32_t)i, "content")) == NULL)
				break;
			if ((name = meta_name(d, (uint32_t)i)) == NULL)
				break;
			if (strcasecmp(name, "og:url") == 0 && st->canonical.len == 0 &&
			    strncmp(c, "http", 4) == 0)
				set_once(&st->canonical, c);
			else if (strcasecmp(name, "og:title") == 0)
				set_once(&og, c);
			else if (strcasecmp(name, "twitter:title") == 0)
				set_once(&tw, c);
			else if (strcasecmp(name, "og:site_name") == 0 ||
			    strcasecmp(name, "application-name") == 0)
				set_once(&st->site, c);
			else if (strcasecmp(name, "og:description") == 0 ||
			    strcasecmp(name, "description") == 0 ||
			    strcasecmp(name, "twitter:description") == 0)
				set_once(&st->description, c);
			else if (strcasecmp(name, "og:image") == 0 ||
			    strcasecmp(name, "twitter:image") == 0)
				set_once(&st->image, c);
			else if (strcasecmp(name, "article:published_time") == 0 ||
			    strcasecmp(name, "datePublished") == 0 ||
			    strcasecmp(name, "date") == 0 ||
			    strcasecmp(name, "pubdate") == 0 ||
			    strcasecmp(name, "publishdate") == 0 ||
			    strcasecmp(name, "publish-date") == 0 ||
			    strcasecmp(name, "dc.date") == 0 ||
			    strcasecmp(name, "dc.date.issued") == 0 ||
			    strcasecmp(name, "dcterms.date") == 0 ||
			    strcasecmp(name, "citation_publication_date") == 0 ||
			    strcasecmp(name, "sailthru.date") == 0 ||
			    strcasecmp(name, "parsely-pub-date") == 0 ||
			    strcasecmp(name, "og:published_time") == 0 ||
			    strcasecmp(name, "article.published") == 0)
				set_date(st, &st->published, c, "meta");
			else if (strcasecmp(name, "article:modified_time") == 0 ||
			    strcasecmp(name, "og:updated_time") == 0 ||
			    strcasecmp(name, "dateModified") == 0 ||
			    strcasecmp(name, "last-modified") == 0)
				set_date(st, &st->modified, c, "meta");
			else if (strcasecmp(name, "author") == 0 ||
			    strcasecmp(name, "article:author") == 0 ||
			    strcasecmp(name, "dc.creator") == 0 ||
			    strcasecmp(name, "byl") == 0 ||
			    strcasecmp(name, "sailthru.author") == 0 ||
			    strcasecmp(name, "parsely-author") == 0 ||
			    strcasecmp(name, "citation_author") == 0) {
				if (strncmp(c, "http", 4) != 0)
					add_author(st, c, strlen(c), 1);
			} else if (strncasecmp(name, "twitter:label", 13) == 0 &&
			    isdigit((unsigned char)name[13]) && name[14] == '\0' &&
			    wire_strip_word_in(st, WIRE_SW_CARDLABEL, c, strlen(c)))
				twdata = name[13];
			else if (strncasecmp(name, "twitter:data", 12) == 0 &&
			    twdata != 0 && name[12] == twdata && name[13] == '\0')
				add_author(st, c, strlen(c), 1);
			else if (strcasecmp(name, "article:content_tier") == 0 &&
			    strcasecmp(c, "free") != 0)
				st->paywalled = 1;
			break;
		case WT_LINK:
			if ((v = wire_html_attr(d, (uint32_t)i, "rel")) != NULL &&
			    strcasecmp(v, "canonical") == 0)
				set_once(&st->canonical, wire_html_attr(d, (uint32_t)i,
				    "href"));
			break;
		case WT_TIME:
			if (st->published.len == 0 && !timed &&
			    (v = wire_html_attr(d, (uint32_t)i, "datetime")) != NULL) {
				set_date(st, &st->published, v, "time");
				timed = 1;
			}
			break;
		case WT_H1:
		case WT_H2:
			if (nh < WIRE_STRIP_NHEAD && (x->tag == WT_H1 ?
			    nh1 : nh2) < WIRE_STRIP_NHEAD / 2) {
				if (sr_only(st, (uint32_t)i))
					break;
				heading_text(st, (uint32_t)i, &h[nh]);
				if (h[nh].text.len == 0)
					break;
				h[nh].node = (uint32_t)i;
				h[nh].h1 = x->tag == WT_H1;
				h[nh].chrome = title_chrome(st, (uint32_t)i);
				if ((v = wire_html_attr(d, (uint32_t)i,
				    "itemprop")) != NULL && strcmp(v, "headline") == 0)
					h[nh].marked = 2;
				else
					h[nh].marked = title_class(wire_html_attr(d,
					    (uint32_t)i, "class"), 0);
				if (h[nh++].h1)
					nh1++;
				else
					nh2++;
			}
			break;
		default:
			break;
		}
		if (x->tag != WT_TEXT && x->tag != WT_META && x->slen > 0) {
			static const char *const names[] = { "class", "id",
			    "href", "itemprop", "rel", "property" };
			const char *av[6], *ip, *rel;

			/* One pass over the attributes for all below. */
			wire_html_attrs(d, (uint32_t)i, names, av, 6);
			ip = av[3];
			rel = av[4];
			if (ip == NULL)
				ip = av[5];
			if (ip != NULL && strncmp(ip, "schema:", 7) == 0)
				ip += 7;
			if (ip != NULL && (strcmp(ip, "datePublished") == 0 ||
			    strcmp(ip, "dateCreated") == 0 ||
			    strcmp(ip, "dc:date") == 0 ||
			    strcmp(ip, "dcterms:created") == 0)) {
				const char *dt = wire_html_attr(d, (uint32_t)i, "datetime");

				if (dt == NULL)
					dt = wire_html_attr(d, (uint32_t)i, "content");
				if (dt == NULL && st->published.len == 0) {
					wire_buf_reset(&st->tmp);
					elem_text(st, (uint32_t)i, &st->tmp, 120);
					dt = st->tmp.len > 0 ? st->tmp.p : NULL;
				}
				set_date(st, &st->published, dt, "meta");
			}
			if ((ip != NULL && strcmp(ip, "author") == 0) ||
			    (rel != NULL && strcmp(rel, "author") == 0)) {
				if (!in_comment(st, (uint32_t)i) &&
				    author_text(st, (uint32_t)i))
					add_author(st, st->tmp.p, st->tmp.len, 1);
			} else if (nbyl < WIRE_STRIP_NBYL &&
			    (bylmark[nbyl] = author_marked(st, (uint32_t)i,
			    av)) != 0)
				byl[nbyl++] = (uint32_t)i;
		}
	}
	/* A page without h1 or h2 may mark its headline by a class; few
	 * pages are, so they alone take a second pass. */
	for (i = 1; nh == 0 && tcls == 0 && i < d->nn; i++)
		if (d->n[i].tag != WT_TEXT && d->n[i].tag != WT_A &&
		    title_class(wire_html_attr(d, (uint32_t)i, "class"), 1) &&
		    !in_teaser(d, (uint32_t)i))
			tcls = (uint32_t)i;
	if (nh == 0 && tcls != 0 && !sr_only(st, tcls)) {
		heading_text(st, tcls, &h[0]);
		h[0].node = tcls;
		h[0].chrome = title_chrome(st, tcls);
		h[0].marked = 2;
		if (h[0].text.len > 0)
			nh = 1;
	}
	set_once(&ttl, d->title.len > 0 ? d->title.p : NULL);
	title_spaces(&ttl);
	title_spaces(&og);
	title_spaces(&tw);
	meta_refs(&hl);
	title_spaces(&hl);
	meta_refs(&st->description);
	snprintf(rawt, sizeof(rawt), "%s", ttl.len ? ttl.p : "");
	snprintf(rawog, sizeof(rawog), "%s", og.len ? og.p : "");
	if (url == NULL && st->canonical.len > 0)
		url = st->canonical.p;
	if (ttl.len > 0)
		clean_title(&ttl, &st->site, url);
	/* og:title is mostly the headline alone: a tail is cut only when
	 * the page title ends with it too (a site name), or both are one. */
	if (og.len > 0 && og_tail_site(rawog, rawt))
		clean_title(&og, &st->site, url);
	if (og.len == 0 && tw.len > 0)
		set_once(&og, tw.p);
	tnode = choose_title(st, h, nh, &hl, &og, &tw, &ttl,
	    rawt[0] ? rawt : NULL, rawog[0] ? rawog : NULL, url);
	if (tnode == 0)
		for (i = 0; i < nh && tnode == 0; i++)
			if (h[i].h1 && !h[i].chrome)
				tnode = h[i].node;
	/* A date in the article's own address is its publication day, where
	 * a stamp in UTC may be a day off and a page's first <time> far. */
	if (st->published.len > 0) {
		struct wire_buf keep = st->published;
		int timesrc = strcmp(st->pubsrc.len ? st->pubsrc.p : "", "time") == 0;

		memset(&st->published, 0, sizeof(st->published));
		url_date(st, url, NULL);
		if (st->published.len > 0 && (timesrc ||
		    (utc_stamp(keep.p) && labs(day_diff(keep.p,
		    st->published.p)) <= 1))) {
			wire_buf_free(&keep);
			wire_buf_reset(&st->pubsrc);
			wire_buf_puts(&st->pubsrc, "url");
		} else {
			wire_buf_free(&st->published);
			st->published = keep;
		}
	} else
		url_date(st, url, "url");
	if (st->published.len == 0 && labelled_date(st) != 0)
		near_date(st, tnode, &st->published);
	else if (st->published.len > 0 && utc_stamp(st->published.p) &&
	    st->pubsrc.len > 0 && strcmp(st->pubsrc.p, "url") != 0) {
		struct wire_buf shown = { 0 };
		int hh = atoi(st->published.p + 11);
		long dd;

		/*
		 * A stamp in UTC names an instant, whose day depends on the
		 * zone it is read in; the day the page shows beside its
		 * headline is the one its readers saw: a stamp one day off
		 * ("2019-10-18T22:04:00Z", shown "19.10.2019") takes it when
		 * a zone of the inhabited world gives that day (from -9 to
		 * +10 hours: a day later from 14:00, earlier before 09:00).
		 */
		shown.max = 64;
		if (near_date(st, tnode, &shown) == 0 && shown.len == 10 &&
		    ((dd = day_diff(st->published.p, shown.p)) == 1 ?
		    hh >= 14 : dd == -1 && hh < 9)) {
			wire_buf_reset(&st->published);
			wire_buf_add(&st->published, shown.p, shown.len);
			wire_buf_reset(&st->pubsrc);
			wire_buf_puts(&st->pubsrc, "text");
		}
		wire_buf_free(&shown);
	}
	if (st->nauthors == 0)
		near_byline(st, tnode, 0);
	/* Weaker evidence, used when nothing better named anyone: an element
	 * marked as author or byline by its class, or an author page link;
	 * the first that holds a name, as a label ("Publiziert am") may be
	 * marked before the name. */
	for (i = 0; i < nbyl && st->nauthors == 0; i++) {
		wire_buf_reset(&st->tmp);
		elem_text(st, byl[i], &st->tmp, 120);
		if (st->tmp.len > 0 && st->tmp.len < 100)
			add_author(st, st->tmp.p, st->tmp.len, bylmark[i] == 2);
	}
	if (st->nauthors == 0)
		near_byline(st, tnode, 1);
	local_midnight(&st->published);
	norm_lang(&st->langcode);
	wire_buf_free(&og);
	wire_buf_free(&tw);
	for (i = 0; i < WIRE_STRIP_NHEAD; i++)
		wire_buf_free(&h[i].text);
	wire_buf_free(&ttl);
	wire_buf_free(&hl);
}

/* Days from 1970-01-01 to the civil date y-m-d. */
static long
civil_days(int y, int m, int d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

/* Days from date a to date b, both opening with YYYY-MM-DD. */
static long
day_diff(const char *a, const char *b)
{
	int y1, m1, d1, y2, m2, d2;

	if (sscanf(a, "%4d-%2d-%2d", &y1, &m1, &d1) != 3 ||
	    sscanf(b, "%4d-%2d-%2d", &y2, &m2, &d2) != 3)
		return 1000;
	return civil_days(y2, m2, d2) - civil_days(y1, m1, d1);
}

/* True when ISO timestamp s carries a time in UTC ("Z", "+00:00"). */
static int
utc_stamp(const char *s)
{
	size_t n = strlen(s);

	if (n <= 10 || s[10] != 'T')
		return 0;
	return s[n - 1] == 'Z' || (n > 6 && (strcmp(s + n - 6, "+00:00") == 0 ||
	    strcmp(s + n - 5, "+0000") == 0));
}

/*
 * A day given as the local midnight of a zone east of Greenwich and
 * written in UTC ("2022-11-06T23:00:00.000Z" for 7 November in Berlin)
 * becomes that day, "2022-11-07"; other stamps in b stay as they are.
 */
static void
local_midnight(struct wire_buf *b)
{
	long days, era, doe, yoe, doy, mp, y, m, d;
	const char *t;
	char out[64];

	if (b->len < 16 || !utc_stamp(b->p))
		return;
	t = b->p + 11;
	if ((strncmp(t, "22:00", 5) != 0 && strncmp(t, "23:00", 5) != 0) ||
	    strspn(t + 5, ":.0") != strcspn(t + 5, "Z+"))
		return;
	days = day_diff("1970-01-01", b->p) + 1;
	/* Civil date from days since 1970-01-01 (H. Hinnant's algorithm). */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	snprintf(out, sizeof(out), "%04ld-%02ld-%02ld", y, m, d);
	wire_buf_reset(b);
	wire_buf_puts(b, out);
}

/*
 * A story's id that opens with its day, as wire services number them:
 * two to four capitals, then the year, month and day, then the serial
 * ("AEN20241205000351315", "NISX20241205_0002987654").  Returns the
 * length of the capitals and the date, with the date in *y, *m, *d, or 0.
 */
static size_t
id_date(const char *s, int *y, int *m, int *d)
{
	size_t a;
	int v;

	for (a = 0; a < 4 && s[a] >= 'A' && s[a] <= 'Z'; a++)
		;
	if (a < 2 || digits(s + a, 8, 8, &v) != 8 ||
	    !(isdigit((unsigned char)s[a + 8]) || s[a + 8] == '_'))
		return 0;
	*d = v % 100;
	*m = v / 100 % 100;
	*y = v / 10000;
	return *y >= 1990 && valid(*y, *m, *d) ? a + 8 : 0;
}

/*
 * A date in the URL's path: /2019/05/31/, 2019-05-31, /31-05-2019,
 * /20190531 standing alone between separators, or a wire story's number
 * (id_date()), into st->published when that is empty, with src (unless
 * NULL) as its published_source.
 */
static void
url_date(struct wire_strip *st, const char *url, const char *src)
{
	const char *p;
	size_t k;
	int y, m, d;

	if (url == NULL || st->published.len > 0)
		return;
	for (p = url; *p != '\0'; p++) {
		if (*p != '/' && *p != '-' && *p != '_')
			continue;
		if (digits(p + 1, 4, 4, &y) == 4 && (p[5] == '/' || p[5] == '-')) {
			size_t ml = digits(p + 6, 2, 2, &m), dl;

			/* /2017/7/12/: a path may drop the leading zeros. */
			if (ml > 0 && p[6 + ml] == p[5] &&
			    (dl = digits(p + 7 + ml, 2, 2, &d)) > 0 &&
			    !isdigit((unsigned char)p[7 + ml + dl]) &&
			    (ml + dl == 4 || p[7 + ml + dl] == '/') && valid(y, m, d))
				break;
		}
		if (*p == '/' && digits(p + 1, 2, 2, &d) == 2 && p[3] == '-' &&
		    digits(p + 4, 2, 2, &m) == 2 && p[6] == '-' &&
		    digits(p + 7, 4, 4, &y) == 4 && !isdigit((unsigned char)p[11]) &&
		    valid(y, m, d))
			break;
		if (digits(p + 1, 8, 8, &y) == 8 && !isdigit((unsigned char)p[9]) &&
		    (p[9] == '-' || p[9] == '_' || p[9] == '/' || p[9] == '.')) {
			d = y % 100;
			m = y / 100 % 100;
			y /= 10000;
			if (valid(y, m, d))
				break;
		}
		if (*p == '/' && (k = id_date(p + 1, &y, &m, &d)) > 0)
			break;
	}
	if (*p == '\0')
		return;
	put_date(&st->published, y, m, d);
	if (src != NULL) {
		wire_buf_reset(&st->pubsrc);
		wire_buf_puts(&st->pubsrc, src);
	}
}

/*
 * "Go Eun-hee reports.": the name before a space and a [report-tail] of
 * st->words ending the text t (n bytes) is added as an author.  Returns
 * 1 when the text is such a byline, 0 when not.
 */
static int
report_byline(struct wire_strip *st, const char *t, size_t n)
{
	const struct wire_strip_words *tails = &st->words[WIRE_SW_REPORTTAIL];
	size_t k, tl;

	for (k = 0; k < tails->n; k++) {
		tl = tails->len[k] + 1;
		if (n > tl && n < tl + 40 && t[n - tl] == ' ' &&
		    memcmp(t + n - tl + 1, tails->v[k], tl - 1) == 0 &&
		    isupper((unsigned char)t[0]) && name_like(t, n - tl)) {
			add_author(st, t, n - tl, 0);
			return 1;
		}
	}
	return 0;
}

/*
 * "This is KBS News, Go Eun-hee.": a [sign-off] opening of st->words, a
 * station whose name opens with capitals (its call letters), a comma, a
 * name of two words or more and a full stop, each name_like() ("This is
 * London, United Kingdom." is none).  Adds the name as an author and
 * returns 1, or returns 0.
 */
static int
sign_off(struct wire_strip *st, const char *t, size_t n)
{
	const char *c;
	size_t a = wire_strip_opens_with(st, WIRE_SW_SIGNOFF, t, n);

	if (a == 0 || n < a + 4 || t[n - 1] != '.' ||
	    !isupper((unsigned char)t[a]) || !isupper((unsigned char)t[a + 1]) ||
	    (c = memchr(t + a, ',', n - a)) == NULL || c + 2 >= t + n ||
	    c[1] != ' ' || !name_like(t + a, (size_t)(c - t) - a) ||
	    !name_like(c + 2, (size_t)(t + n - 1 - (c + 2))) ||
	    memchr(c + 2, ' ', (size_t)(t + n - 1 - (c + 2))) == NULL)
		return 0;
	add_author(st, c + 2, (size_t)(t + n - 1 - (c + 2)), 0);
	return 1;
}

/*
 * Whether the n bytes at t name a news agency and nothing else: a name
 * (name_like()) that is an [agency] of st->words, or ends with one of two
 * words or more after a space ("Yonhap News Agency", "The Associated
 * Press"; not "Follow AP").
 */
static int
agency_line(const struct wire_strip *st, const char *t, size_t n)
{
	const struct wire_strip_words *l = &st->words[WIRE_SW_AGENCY];
	size_t k, wl;

	if (!name_like(t, n))
		return 0;
	for (k = 0; k < l->n; k++) {
		wl = l->len[k];
		if (wl <= n && strncasecmp(t + n - wl, l->v[k], wl) == 0 &&
		    (wl == n || (t[n - wl - 1] == ' ' &&
		    memchr(l->v[k], ' ', wl) != NULL)))
			return 1;
	}
	return 0;
}


/* Whether block b of a flat page reads as a headline: short, few marks,
 * no full stop (".", "。") at its end, no picture's caption. */
static int
flat_headline(const struct wire_strip *st, const struct wire_strip_block *b)
{
	const char *t = st->btext.p + b->off;

	/* a headline may ask or exclaim, but stops at no full stop */
	/* more than ten bytes: "World" is none, "북러 조약 발효" is one */
	return !(b->flags & WIRE_SB_CAPTION) && b->nch < 200 && b->len > 10 &&
	    b->npunct <= 4 && t[b->len - 1] != '.' &&
	    !(b->len >= 3 && memcmp(t + b->len - 3, "\xe3\x80\x82", 3) == 0);
}

/*
 * Whether block b of a flat page is a dateline: a few words with digits
 * and a comma or a bracket ("Moscow, Nov 9 (Reuters)", "Thursday,
 * November 7, 2024"), or holding a whole date ("date 2024-12-06").
 */
static int
flat_dateline(struct wire_strip *st, const struct wire_strip_block *b)
{
	const char *t = st->btext.p + b->off;

	if (b->ndigit == 0 || b->nwords > 8)
		return 0;
	if (b->nwords <= 6 && (b->ncomma > 0 || memchr(t, '(', b->len) != NULL))
		return 1;
	wire_buf_reset(&st->tmp);
	return parse_date(st, t, b->len, &st->tmp, NULL) == 0;
}

/*
 * A whole date opening the n bytes at t with a comma in it, as the
 * paragraph a flat page ran its dateline into: "Thursday, May 7, 2015 On
 * Tuesday, the ..." (a capital after it).  Puts it in st->published and
 * returns its length, or returns 0 (st->published untouched).
 */
static size_t
lead_date(struct wire_strip *st, const char *t, size_t n)
{
	size_t i, e;
	int y;

	if (n < 12 || t[0] < 'A' || t[0] > 'Z')
		return 0;
	for (i = 5; i + 1 < n && i < 40; i++) {
		/* a year of four digits, then a capital */
		if (t[i] != ' ' || t[i + 1] < 'A' || t[i + 1] > 'Z' ||
		    t[i - 5] != ' ' || digits(t + i - 4, 4, 4, &y) != 4)
			continue;
		e = i;
		if (memchr(t, ',', e) == NULL)
			return 0;
		wire_buf_reset(&st->tmp);
		if (parse_date(st, t, e, &st->tmp, NULL) != 0)
			return 0;
		wire_buf_add(&st->published, st->tmp.p, st->tmp.len);
		return e;
	}
	return 0;
}

/* How many blocks before the first kept one a headline is looked for. */
#define FLAT_HEAD_BACK	12

/*
 * The headline the classifier dropped before block first, the first kept
 * one of a flat page: the nearest block before it, past bylines,
 * datelines (flat_dateline()), known boilerplate lines ("Share") and
 * captions, when it reads as a headline of four words or more and is no
 * menu.  Returns its index, or first when there is none.
 */
static size_t
flat_dropped_headline(struct wire_strip *st, size_t first)
{
	const struct wire_strip_block *b;
	size_t k = first;

	while (k > 0 && first - k < FLAT_HEAD_BACK) {
		b = &st->b[--k];
		if ((b->flags & (WIRE_SB_BYLINE | WIRE_SB_PHRASE |
		    WIRE_SB_CAPTION)) || flat_dateline(st, b))
			continue;
		/* "Home | News | World" is a menu; Korean, Chinese and
		 * Japanese say in fewer words what English says in four */
		if ((b->nwords >= 4 || (b->nwords >= 2 &&
		    (unsigned char)st->btext.p[b->off] >= 0xE0)) &&
		    flat_headline(st, b) && !(b->flags &
		    (WIRE_SB_SECTION | WIRE_SB_NAV)) &&
		    memchr(st->btext.p + b->off, '|', b->len) == NULL)
			return k;
		break;
	}
	return first;
}

/* Words of a flat paragraph of prose, past which no agency's credit is
 * looked for. */
#define FLAT_PROSE_WORDS	12

/* How far into a paragraph a Korean wire byline may end. */
#define LEDE_HEAD	120

/*
 * The reporters a Korean wire report names at the head of its first
 * paragraph, "(서울=연합뉴스) 홍길동 기자 = 북한이 ...", "[서울=뉴시스] 홍길동
 * 김철수 기자 = ...": the words between the bracketed source (if any) and
 * a job of [role] before "=" are names, which go to the authors; the
 * byline is cut from the paragraph, the source kept as a dateline.
 * Returns 1 when it cut one.
 */
static int
lede_byline(struct wire_strip *st, struct wire_strip_block *b)
{
	char *t = st->btext.p + b->off;
	size_t n = b->len, i = 0, j, eq, ws[8], wn[8], w = 0, cut;
	const char *p;

	if (n > LEDE_HEAD)
		n = LEDE_HEAD;
	if (n > 0 && (t[0] == '(' || t[0] == '[')) {
		if ((p = memchr(t, t[0] == '(' ? ')' : ']', n)) == NULL)
			return 0;
		i = (size_t)(p - t) + 1;
	}
	/* the source holds an "=" too: the byline's is after it */
	if ((p = memchr(t + i, '=', n - i)) == NULL)
		return 0;
	eq = (size_t)(p - t);
	for (j = i; j < eq && w < 8; ) {
		while (j < eq && t[j] == ' ')
			j++;
		if (j == eq)
			break;
		ws[w] = j;
		while (j < eq && t[j] != ' ')
			j++;
		wn[w] = j - ws[w];
		/* names and the job in a script without case only */
		if ((unsigned char)t[ws[w]] < 0x80)
			return 0;
		w++;
	}
	if (w < 2 || j < eq || !role_word(st, t + ws[w - 1], wn[w - 1]))
		return 0;
	for (j = 0; j + 1 < w; j++)
		add_author(st, t + ws[j], wn[j], 1);
	for (cut = eq + 1; cut < b->len && t[cut] == ' '; cut++)
		;
	/* keep "(서울=연합뉴스) ", drop the names, the job and the "=" */
	memmove(t + ws[0], t + cut, b->len - cut);
	b->len -= (uint32_t)(cut - ws[0]);
	b->nch = (uint32_t)wire_utf8_count(t, b->len);
	return 1;
}

/*
 * A capital letter of Russian at t (n bytes left): its length, 2, or 0.
 * "Ё" is U+0401, "А" to "Я" U+0410 to U+042F.
 */
static size_t
cyr_capital(const char *t, size_t n)
{
	const unsigned char *u = (const unsigned char *)t;

	return n >= 2 && u[0] == 0xd0 && (u[1] == 0x81 ||
	    (u[1] >= 0x90 && u[1] <= 0xaf)) ? 2 : 0;
}

/*
 * The month and day of a dispatch line from byte i of t (n bytes): one or
 * two digits before the month's counter mw, one or two before one of the
 * ends that close the day (null-terminated).  Keeps them in st->dl_month
 * and st->dl_day, as dateline_md() does.
 */
static void
dispatch_md(struct wire_strip *st, const char *t, size_t n, size_t i,
    const char *mw, const char *const *ends)
{
	size_t k, ml = strlen(mw);
	int m, d;

	if ((k = digits(t + i, n - i, 2, &m)) == 0)
		return;
	i += k;
	if (i + ml > n || memcmp(t + i, mw, ml) != 0)
		return;
	i += ml;
	if ((k = digits(t + i, n - i, 2, &d)) == 0 || m < 1 || m > 12 ||
	    d < 1 || d > 31)
		return;
	i += k;
	for (; *ends != NULL; ends++)
		if (i + strlen(*ends) <= n &&
		    memcmp(t + i, *ends, strlen(*ends)) == 0) {
			st->dl_month = m;
			st->dl_day = d;
			return;
		}
}

/*
 * A Chinese or Japanese agency's dispatch line opening the n bytes at t
 * (n >= 12): the agency and the place in Chinese characters, then the
 * month and day and "电" (a dispatch) or "発" (from): "新华社北京12月5日电",
 * "【平壌12月5日発朝鮮中央通信】".
 */
static void
cjk_dispatch(struct wire_strip *st, const char *t, size_t n)
{
	/* 日电, 日発 */
	static const char *const ends[] = { "\xe6\x97\xa5\xe7\x94\xb5",
	    "\xe6\x97\xa5\xe7\x99\xba", NULL };
	const unsigned char *u = (const unsigned char *)t;
	size_t i = memcmp(t, "\xe3\x80\x90", 3) == 0 ? 3 : 0, s = i;

	/* two to ten characters of the CJK block (E4 to E9 lead bytes) */
	while (i + 3 <= n && i < s + 30 && u[i] >= 0xe4 && u[i] <= 0xe9 &&
	    (u[i + 1] & 0xc0) == 0x80 && (u[i + 2] & 0xc0) == 0x80)
		i += 3;
	if (i >= s + 6)
		dispatch_md(st, t, n, i, "\xe6\x9c\x88", ends);	/* 月 */
}

/*
 * KCNA's dispatch line in Korean opening the n bytes at t, in brackets or
 * not: the place, the month and day, and "발" (from): "(평양 12월 5일발
 * 조선중앙통신)".
 */
static void
ko_dispatch(struct wire_strip *st, const char *t, size_t n)
{
	/* 일발 */
	static const char *const ends[] = { "\xec\x9d\xbc\xeb\xb0\x9c",
	    NULL };
	const unsigned char *u = (const unsigned char *)t;
	size_t i = t[0] == '(' || t[0] == '[', s = i;

	/* the place: one to six Hangul syllables (EA to ED lead bytes) */
	while (i + 3 <= n && i < s + 18 && u[i] >= 0xea && u[i] <= 0xed &&
	    (u[i + 1] & 0xc0) == 0x80 && (u[i + 2] & 0xc0) == 0x80)
		i += 3;
	if (i > s && i < n && t[i] == ' ')
		dispatch_md(st, t, n, i + 1, "\xec\x9b\x94 ", ends);	/* 월 */
}

/*
 * A wire service's dateline opening the n bytes at t, with a month and
 * day but no year: a place in capitals or words with capitals, a comma,
 * the month and day, then the agency in brackets, a dash or a slash
 * ("SEOUL, Dec. 5 (Yonhap) --", "MOSCOW, Dec 5 (Reuters) -", "МОСКВА, 5
 * декабря. /ТАСС/.", "МОСКВА, 5 декабря - РИА Новости").  The day may come
 * first, as Russian writes it.  Keeps the month and day in st->dl_month
 * and st->dl_day for wire_strip_date_by_fetch().
 */
static void
dateline_md(struct wire_strip *st, const char *t, size_t n)
{
	size_t i = 0, ml, k;
	int m, d;

	if (n < 12)
		return;
	if (((unsigned char)t[0] >= 0xe4 && (unsigned char)t[0] <= 0xe9) ||
	    memcmp(t, "\xe3\x80\x90", 3) == 0) {
		cjk_dispatch(st, t, n);	/* and "【" */
		return;
	}
	if (t[0] == '(' || t[0] == '[' || ((unsigned char)t[0] >= 0xea &&
	    (unsigned char)t[0] <= 0xed)) {
		ko_dispatch(st, t, n);
		return;
	}
	if (isupper((unsigned char)t[0])) {
		while (i < n && i < 40 && (isalpha((unsigned char)t[i]) ||
		    t[i] == ' ' || t[i] == '.' || t[i] == '-' ||
		    t[i] == '\''))
			i++;
	} else if (cyr_capital(t, n) > 0) {
		/* "МОСКВА", "НЬЮ-ЙОРК", "Москва": a place, capitalised */
		while (i < n && i < 60 && (t[i] == ' ' || t[i] == '-' ||
		    (((unsigned char)t[i] & 0xfe) == 0xd0 &&
		    letter_case(t + i, n - i) != 0)))
			i += t[i] == ' ' || t[i] == '-' ? 1 : 2;
	} else
		return;
	/* "МОСКВА, 5 декабря", "Москва. 5 декабря" (Interfax) */
	if (i + 2 >= n || (t[i] != ',' && t[i] != '.') || t[i + 1] != ' ')
		return;
	i += 2;
	if ((m = month_at(st, t + i, n - i, &ml)) > 0) {
		i += ml;
		while (i < n && t[i] == ' ')
			i++;
		if ((k = digits(t + i, n - i, 3, &d)) < 1 || k > 2)
			return;
		i += k;
	} else {
		/* "5 декабря" */
		if ((k = digits(t + i, n - i, 3, &d)) < 1 || k > 2)
			return;
		i += k;
		while (i < n && t[i] == ' ')
			i++;
		if ((m = month_at(st, t + i, n - i, &ml)) == 0)
			return;
		i += ml;
	}
	if (d < 1 || d > 31)
		return;
	while (i < n && (t[i] == ' ' || t[i] == '.'))
		i++;
	/* an agency in capitals before a dash: "INTERFAX.RU -" */
	for (k = i; k < n && k < i + 40; ) {
		if (isupper((unsigned char)t[k]) || t[k] == '.')
			k++;
		else if (cyr_capital(t + k, n - k) > 0)
			k += 2;
		else
			break;
	}
	if (k >= i + 4 && k + 1 < n && t[k] == ' ')
		i = k + 1;
	/* "(Yonhap)", "--", "-", "/ТАСС/", or a dash of Unicode (E2 80
	 * 93, 94) */
	if (i < n && (t[i] == '(' || t[i] == '-' || t[i] == '/' ||
	    ((unsigned char)t[i] == 0xe2 && i + 2 < n &&
	    (unsigned char)t[i + 1] == 0x80 &&
	    ((unsigned char)t[i + 2] == 0x93 ||
	    (unsigned char)t[i + 2] == 0x94)))) {
		st->dl_month = m;
		st->dl_day = d;
	}
}

/*
 * Dates the report by its dateline and the day it was fetched; see
 * wire/strip.h.
 */
int
wire_strip_date_by_fetch(struct wire_strip *st, const char *fetched,
    size_t n)
{
	int y, m, d;

	if (st->published.len > 0 || st->dl_month == 0 || n < 10 ||
	    digits(fetched, n, 4, &y) != 4 || fetched[4] != '-' ||
	    digits(fetched + 5, n - 5, 2, &m) != 2 || fetched[7] != '-' ||
	    digits(fetched + 8, n - 8, 2, &d) != 2 || !valid(y, m, d))
		return -1;
	/* the last such day on or before the fetch: "Dec. 31" fetched on
	 * 2 January is the last year's */
	if (st->dl_month > m || (st->dl_month == m && st->dl_day > d))
		y--;
	if (!valid(y, st->dl_month, st->dl_day))
		return -1;
	put_date(&st->published, y, st->dl_month, st->dl_day);
	wire_buf_reset(&st->pubsrc);
	wire_buf_puts(&st->pubsrc, "text");
	return 0;
}

/*
 * Reads metadata from the blocks' text; see wire/strip.h.
 */
void
wire_strip_meta_text(struct wire_strip *st, const char *url, int flat)
{
	size_t k, seen = 0, kept = 0;
	int cut = 0, prose = 0, agency;

	if (url == NULL && st->canonical.len > 0)
		url = st->canonical.p;
	url_date(st, url, "url");
	for (k = 0; k < st->nb && seen < 3000; k++) {
		struct wire_strip_block *b = &st->b[k];
		const char *t = st->btext.p + b->off;

		if (b->keep && kept++ < 2 && st->nauthors == 0)
			cut |= lede_byline(st, b);

		if (st->published.len == 0 && st->dl_month == 0 &&
		    seen < 1000)
			dateline_md(st, t, b->len);
		/* A dateline: a short block that is mostly a date. */
		if (st->published.len == 0 && b->nwords <= 8 && b->nch < 60 &&
		    wire_strip_parse_date(st, t, b->len, &st->published) == 0) {
			wire_buf_puts(&st->pubsrc, "text");
			if (flat && b->keep) {
				b->keep = 0;
				b->flags |= WIRE_SB_BYLINE;
			}
		} else if (st->published.len == 0 && flat && seen < 1000 &&
		    lead_date(st, t, b->len) > 0)
			wire_buf_puts(&st->pubsrc, "text");
		if (flat) {
			/* a broadcaster's byline and sign-off, and an agency's
			 * credit before the first paragraph, name the report's
			 * authors and go */
			agency = !prose && b->nwords <= 5 &&
			    agency_line(st, t, b->len);
			if (agency)
				add_author(st, t, b->len, 1);
			if (agency || (b->nwords <= 8 &&
			    (report_byline(st, t, b->len) ||
			    sign_off(st, t, b->len)))) {
				b->keep = 0;
				b->flags |= WIRE_SB_BYLINE;
			}
			if (b->keep && b->nwords >= FLAT_PROSE_WORDS)
				prose = 1;
			if (b->nwords <= 6 &&
			    wire_strip_opens_with(st, WIRE_SW_REPORTER, t, b->len))
				add_author(st, t, b->len, 0);
		}
		seen += b->nch;
	}
	/*
	 * Last, the date in the path of the page's picture: news sites file
	 * their pictures by upload day, the day of the report.
	 */
	if (st->image.len > 0)
		url_date(st, st->image.p, "image");
	if (flat && st->title.len == 0 && st->nb > 1) {
		struct wire_strip_block *b = &st->b[0];
		size_t i;

		/* A flat page's first line is its headline when it reads as one. */
		for (i = 0; i < st->nb && !st->b[i].keep; i++)
			;
		if (i < st->nb)
			b = &st->b[i];
		if ((!flat_headline(st, b) || flat_dateline(st, b)) &&
		    i < st->nb && (k = flat_dropped_headline(st, i)) < i) {
			b = &st->b[k];
			b->keep = 1;
		}
		if (flat_headline(st, b) && !flat_dateline(st, b))
			wire_buf_add(&st->title, st->btext.p + b->off, b->len);
	}
	/* The dateline or a byline went, the headline came back: join the
	 * text again. */
	if (flat || cut)
		wire_strip_join(st);
}
