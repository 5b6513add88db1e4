/*
 * strip_test.c: unit tests for wire-strip's date, author, HTML tree and
 * extraction helpers and the loader of its words file (charsets are
 * tested in charset_test.c).
 */
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "scratch.h"
#include "wire/html.h"
#include "wire/strip.h"

/*
 * The sections of strip/words.txt, each with its entries, for the loader
 * tests: a full file is every one of them, a broken one leaves one out
 * or adds a line.
 */
static const char *const wsec[WIRE_SW_N][2] = {
	{ "name-prefix", "Text  Von\ntext\nby\n" },
	{ "not-name", "e-mail\n" },
	{ "particle", "von\n" },
	{ "role", "reporter\npolitologe\n" },
	{ "org-end", "gmbh\n" },
	{ "bare-preposition", "by\n" },
	{ "date-label", "published on\n" },
	{ "byline-label", "by\n" },
	{ "card-label", "written by\n" },
	{ "inline-by", "by\n" },
	{ "report-tail", "reports\n" },
	{ "sign-off", "this is\n" },
	{ "credit", "  FOTO:\t\n# a comment inside a section\n\nGetty Images\n" },
	{ "credit-spaced", "" },
	{ "byline-opening", "by\n" },
	{ "bio-verb", "is a\n" },
	{ "bio-role", "reporter\n" },
	{ "month", "januar 1\n  M\xc3\xa4rz\t03 \n" },
	{ "date-joiner", "de\n" },
	{ "day-suffix", "th\n" },
	{ "name-joiner", "and\n" },
	{ "name-date", "am\n" },
	{ "feminine", "in\n" },
	{ "noun-label", "von\n" },
	{ "reporter-opening", "reporter\n" },
	{ "not-account", "admin\n" },
	{ "agency", "news agency\nreuters\n" }
};

/*
 * Writes the words file of the scratch data directory: head, then every
 * section of wsec but skip (none when -1), then tail.
 */
static void
words_file(const char *head, int skip, const char *tail)
{
	struct wire_buf b = { 0 };
	char path[512];
	int k;

	wire_buf_puts(&b, "# Words for the test.\n\n");
	wire_buf_puts(&b, head);
	for (k = 0; k < WIRE_SW_N; k++) {
		if (k == skip)
			continue;
		wire_buf_puts(&b, "[");
		wire_buf_puts(&b, wsec[k][0]);
		wire_buf_puts(&b, "]\n");
		wire_buf_puts(&b, wsec[k][1]);
	}
	wire_buf_puts(&b, tail);
	path_of(path, sizeof(path), "strip/words.txt");
	write_file(path, b.p, b.len);
	wire_buf_free(&b);
}

/*
 * The date st reads in s, NUL-terminated in b, or NULL when it reads
 * none.
 */
static const char *
date(const struct wire_strip *st, const char *s, struct wire_buf *b)
{
	wire_buf_reset(b);
	if (wire_strip_parse_date(st, s, strlen(s), b) == -1)
		return NULL;
	wire_buf_putc(b, '\0');
	return b->p;
}

/*
 * Loads the scratch data directory into st; returns what
 * wire_strip_init() returns, its message in err (errlen bytes).
 */
static int
load(struct wire_strip *st, char *err, size_t errlen)
{
	err[0] = '\0';
	return wire_strip_init(st, tmpd, err, errlen);
}

/*
 * The loader of strip/words.txt: sections in any order, comments, blank
 * lines, blanks and capitals in entries, empty sections; a section
 * unknown, missing or twice, an entry outside a section, a date label
 * that the scan cannot find are clear errors naming file and line; the
 * words loaded drive the matching.
 */
static void
words_loader(struct wire_strip *st)
{
	static const char *const other[] = { "strip/stopwords.txt",
	    "strip/phrases.txt", "strip/sections.txt", "strip/classes.txt",
	    NULL };
	static const char *const badmonth[][2] = {
		{ "januar\n", "words.txt:4: a month is a name, then its number "
		    "from 1 to 12: januar" },
		{ "1\n", "words.txt:4: a month is a name, then its number" },
		{ "januar x1\n", "words.txt:4: a month is a name, then its "
		    "number" },
		{ "januar 13\n", "words.txt:4: a month's number must be 1 to "
		    "12: januar 13" },
		{ "januar 0\n", "words.txt:4: a month's number must be 1 to 12" },
		{ "januar 0001\n", NULL },
		{ "januar 100\n", "words.txt:4: a month's number must be 1 to "
		    "12" },
		{ "jan uar 1\n", "words.txt:4: a month's name is one word of "
		    "letters, 3 bytes or more: jan uar" },
		{ "sept. 9\n", "words.txt:4: a month's name is one word" },
		{ "ma 5\n", "words.txt:4: a month's name is one word" }
	};
	static const char phr[] =
	    "# c\nShare\ncopyright  *\n* All Rights Reserved\n";
	struct wire_buf b = { 0 }, head = { 0 };
	char path[512], err[512];
	size_t k;

	scratch_make("wire-strip-test");
	path_of(path, sizeof(path), "strip");
	if (mkdir(path, 0700) == -1)
		scratch_bail_("mkdir", path);
	for (k = 0; other[k] != NULL; k++) {
		path_of(path, sizeof(path), other[k]);
		write_file(path, "", 0);
	}

	/* phrases.txt: lines, openings ("... *"), marks anywhere ("* ...") */
	path_of(path, sizeof(path), "strip/phrases.txt");
	write_file(path, phr, sizeof(phr) - 1);
	words_file("", -1, "");
	ok(load(st, err, sizeof(err)) == 0, "words: a full file loads: %s", err);
	ok(st->nphrases == 1 && strcmp(st->phrases[0], "share") == 0,
	    "phrases: a whole line, folded");
	ok(st->nprefixes == 1 && strcmp(st->prefixes[0], "copyright") == 0,
	    "phrases: an opening, its star and blanks cut");
	ok(st->ninside == 1 && strcmp(st->inside[0], "all rights reserved") == 0,
	    "phrases: a mark anywhere, its star cut, folded");
	is_int(st->words[WIRE_SW_NAMEPREFIX].n, 3, "words: three name prefixes");
	is_str(st->words[WIRE_SW_NAMEPREFIX].v[0], "text von",
	    "words: file order kept, capitals lowered, blanks one space");
	is_str(st->words[WIRE_SW_NAMEPREFIX].v[1], "text",
	    "words: the shorter prefix second, as in the file");
	is_int(st->words[WIRE_SW_CREDIT].n, 2,
	    "words: comments and blank lines in a section skipped");
	is_str(st->words[WIRE_SW_CREDIT].v[0], "foto:",
	    "words: blanks around an entry go, its colon stays");
	is_str(st->words[WIRE_SW_CREDIT].v[1], "getty images",
	    "words: an entry of two words");
	is_int(st->words[WIRE_SW_CREDITSP].n, 0, "words: an empty section");
	wire_strip_add_author(st, "Politologin", 11);
	wire_strip_add_author(st, "Reporterin", 10);
	is_int(st->nauthors, 0,
	    "words: a feminine job matched through its masculine [role]");
	wire_strip_add_author(st, "By Anna Berg", 12);
	is_int(st->nauthors, 1, "words: a name after a [name-prefix] kept");
	is_str(st->authors.p, "Anna Berg", "words: the [name-prefix] cut");
	is_int(st->words[WIRE_SW_MONTH].n, 2, "words: two months");
	is_str(st->words[WIRE_SW_MONTH].v[1], "m\xc3\xa4rz",
	    "words: a month's name, its capital lowered, blanks gone");
	ok(st->words[WIRE_SW_MONTH].val[0] == 1 &&
	    st->words[WIRE_SW_MONTH].val[1] == 3 &&
	    st->words[WIRE_SW_NAMEPREFIX].val[0] == 0,
	    "words: each month's number, 0 in other sections");
	is_str(date(st, "am 3. M\xc3\xa4rz 2024", &b), "2024-03-03",
	    "words: a German month from the file read after the day");
	is_str(date(st, "Januar 5th, 2024", &b), "2024-01-05",
	    "words: a month from the file before the day, [day-suffix] cut");
	is_str(date(st, "5 de januar de 2024", &b), "2024-01-05",
	    "words: [date-joiner] between the parts");
	ok(date(st, "7. November 2024", &b) == NULL &&
	    date(st, "Jan 5, 2024", &b) == NULL,
	    "words: a month the file does not list is none");
	ok(date(st, "Januar 5nd, 2024", &b) == NULL,
	    "words: a [day-suffix] the file does not list is none");
	wire_strip_free(st);

	for (k = 0; k < sizeof(badmonth) / sizeof(badmonth[0]); k++) {
		wire_buf_reset(&head);
		wire_buf_puts(&head, "[month]\n");
		wire_buf_puts(&head, badmonth[k][0]);
		wire_buf_putc(&head, '\0');
		words_file(head.p, WIRE_SW_MONTH, "");
		if (badmonth[k][1] == NULL) {
			ok(load(st, err, sizeof(err)) == 0 &&
			    st->words[WIRE_SW_MONTH].val[0] == 1,
			    "words: month \"%.*s\" loads: %s",
			    (int)strcspn(badmonth[k][0], "\n"), badmonth[k][0],
			    err);
			wire_strip_free(st);
		} else
			ok(load(st, err, sizeof(err)) == -1 &&
			    strstr(err, badmonth[k][1]) != NULL,
			    "words: month \"%.*s\" refused: %s",
			    (int)strcspn(badmonth[k][0], "\n"), badmonth[k][0],
			    err);
	}
	wire_buf_free(&head);
	wire_buf_free(&b);

	words_file("", WIRE_SW_BIOROLE, "");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt: missing section [bio-role]") != NULL,
	    "words: a missing section is named: %s", err);
	words_file("", -1, "[rolle]\nreporter\n");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt:") != NULL &&
	    strstr(err, ": unknown section: [rolle]") != NULL,
	    "words: an unknown section is named with its line: %s", err);
	words_file("reporter\n", -1, "");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt:3: entry outside a section") != NULL &&
	    strstr(err, ": reporter") != NULL,
	    "words: an entry before any section: %s", err);
	words_file("", -1, "[role]\n");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "section given twice: [role]") != NULL,
	    "words: a section twice: %s", err);
	words_file("", -1, "[date-label\n");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "a section opens with a line") != NULL,
	    "words: a broken section line: %s", err);
	words_file("[date-label]\n\xc3\xa0 la une\n", WIRE_SW_DATELABEL, "");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt:4: a date label must open with an ASCII "
	    "letter") != NULL, "words: a date label the scan cannot find: %s",
	    err);
	words_file("[role]\nredakteur\xff\n", WIRE_SW_ROLE, "");
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt:4: entry not in UTF-8 after: "
	    "redakteur") != NULL && wire_utf8_check(err, strlen(err)) ==
	    strlen(err), "words: an entry not in UTF-8: %s", err);
	path_of(path, sizeof(path), "strip/words.txt");
	unlink(path);
	ok(load(st, err, sizeof(err)) == -1 &&
	    strstr(err, "words.txt: No such file") != NULL,
	    "words: a missing file is named: %s", err);
	scratch_remove();
}

static void
add(struct wire_strip *st, const char *s)
{
	wire_strip_add_author(st, s, strlen(s));
}

/* The authors st holds, joined with ";", into out (outlen bytes). */
static const char *
names(const struct wire_strip *st, char *out, size_t outlen)
{
	const char *p = st->authors.p;
	size_t k, o = 0;

	out[0] = '\0';
	for (k = 0; k < st->nauthors && p != NULL; k++, p += strlen(p) + 1)
		o += (size_t)snprintf(out + o, outlen - o, "%s%s", k ? ";" : "", p);
	return out;
}

/*
 * Dates come out as valid ISO 8601 only, and author names without the
 * words around them and without what is no name.
 */
static void
names_and_dates(struct wire_strip *st, struct wire_buf *b)
{
	static const char *const junk[] = { "http", "bueltge.de",
	    "www.example.org", "Afficher mon profil complet", "wem?",
	    "Publiziert", "Mindestabstand bei PV-Dach-Anlagen",
	    "DT in Tagebuch", "data processors", "von anderen", "Donnerstag",
	    "Redakteurin", "the numbers", "Eingetragen bei: politics",
	    "ohne Grenzen", "Redacci&oacute", "Gesponserte Inhalte", NULL };
	char got[256];
	size_t k;

	is_str(date(st, "2022-01-10T22:06:08:684Z", b), "2022-01-10",
	    "date: a broken time goes, the day stays");
	is_str(date(st, "2020-01-10T00:59:47ZZ", b), "2020-01-10",
	    "date: a zone glued twice is no zone");
	is_str(date(st, "2019-06-17T18:28:00+0200", b), "2019-06-17T18:28:00+02:00",
	    "date: an offset gets its colon");
	is_str(date(st, "2022-01-27T12:45:36.270+01", b),
	    "2022-01-27T12:45:36.270+01:00", "date: an offset of hours alone");
	is_str(date(st, "2021-11-12T13:00:00", b), "2021-11-12",
	    "date: a time without a zone names no instant");
	is_str(date(st, "2019-12-09 ", b), "2019-12-09", "date: no lone T");
	ok(date(st, "2021-02-30", b) == NULL, "date: no 30 February");
	is_str(date(st, "29.02.2024", b), "2024-02-29", "date: a leap day");
	is_str(date(st, "15 \xd0\xb0\xd0\xb2\xd0\xb3\xd1\x83\xd1\x81\xd1\x82"
	    "\xd0\xb0 2016, 13:43", b), "2016-08-15",
	    "date: a Russian month in the genitive (15 avgusta)");
	ok(date(st, "29.02.2023", b) == NULL, "date: no leap day in 2023");
	for (k = 0; junk[k] != NULL; k++) {
		wire_buf_reset(&st->authors);
		st->nauthors = 0;
		add(st, junk[k]);
		is_int(st->nauthors, 0, "author: no name in \"%s\"", junk[k]);
	}
	wire_buf_reset(&st->authors);
	st->nauthors = 0;
	add(st, "Netzphilosophin Leena Simon");
	add(st, "Katharina Schmidt Kategorien: Mode");
	add(st, "Web Commerce GmbH www.example.de");
	add(st, "Autor: Jane Doe");
	add(st, "Ursula von der Leyen");
	add(st, "Tom Lund \xc2\xbb");
	add(st, "jdoe1984");
	add(st, "wegewerk GmbH");
	is_str(names(st, got, sizeof(got)), "Leena Simon;Katharina Schmidt;"
	    "Web Commerce GmbH;Jane Doe;Ursula von der Leyen;Tom Lund;jdoe1984;"
	    "wegewerk GmbH",
	    "author: jobs, labels, addresses and arrows cut; particles and "
	    "account names kept");
	wire_buf_reset(&st->authors);
	st->nauthors = 0;
}

int
main(void)
{
	struct wire_buf b = { 0 };
	struct wire_html_doc d;
	struct wire_strip *st;
	char err[256];
	const char *dd = getenv("WIRE_DATADIR");
	char dir[1024];

	/* pairs of bytes */
	{
		uint64_t bits[8];
		unsigned h = WIRE_STRIP_PAIRBIT('a', 'b');

		wire_strip_pair_bits("xab", 3, bits);
		ok(WIRE_STRIP_PAIR_IN(bits, h) &&
		    WIRE_STRIP_PAIR_IN(bits, WIRE_STRIP_PAIRBIT('x', 'a')),
		    "pair bits: each pair of a text is in");
		wire_strip_pair_bits("ba", 2, bits);
		ok(!WIRE_STRIP_PAIR_IN(bits, h),
		    "pair bits: a pair the text lacks is out, the bits cleared");
	}

	/* the language by its script */
	{
		static const struct {
			const char *text, *code;
		} sl[] = {
			{ "\xeb\xb6\x81\xed\x95\x9c\xea\xb3\xbc \xeb\x9f\xac"
			  "\xec\x8b\x9c\xec\x95\x84\xea\xb0\x80 \xec\xa1\xb0"
			  "\xec\x95\xbd\xec\x9d\x84 KCNA \xeb\xb3\xb4\xeb\x8f\x84"
			  "\xed\x96\x88\xeb\x8b\xa4", "ko" },
			{ "\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe4\xbc\x9a\xe8\xab"
			  "\x87\xe3\x81\x8c\xe3\x81\x82\xe3\x81\xa3\xe3\x81\x9f\xe3"
			  "\x80\x82\xe9\xa6\x96\xe7\x9b\xb8\xe3\x81\x8c\xe5\x87\xba"
			  "\xe5\xb8\xad\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82", "ja" },
			{ "\xe5\x8c\x97\xe4\xba\xac\xe5\xb8\x82\xe6\x94\xbf"
			  "\xe5\xba\x9c\xe4\xbb\x8a\xe5\xa4\xa9\xe5\x8f\x91"
			  "\xe5\xb8\x83\xe4\xba\x86", "zh" },
			{ "\xce\x97 \xce\xba\xcf\x85\xce\xb2\xce\xad\xcf\x81"
			  "\xce\xbd\xce\xb7\xcf\x83\xce\xb7 \xce\xb1\xcf\x80"
			  "\xce\xbf\xcf\x86\xce\xac\xcf\x83\xce\xb9\xcf\x83"
			  "\xce\xb5", "el" },
			{ "The treaty took effect on Wednesday in Moscow", NULL },
			/* a few Hangul letters in English text are not enough */
			{ "The KBS report (\xea\xb3\xa0\xec\xa0\x95 \xec\xb7\xa8"
			  "\xec\x86\x8c) said the treaty took effect", NULL },
			{ "\xea\xb3\xa0\xec\xa0\x95", NULL },	/* too few */
		};
		size_t k;
		const char *c;

		for (k = 0; k < sizeof(sl) / sizeof(sl[0]); k++) {
			c = wire_strip_script_lang(sl[k].text, strlen(sl[k].text));
			ok(c == NULL ? sl[k].code == NULL : sl[k].code != NULL &&
			    strcmp(c, sl[k].code) == 0, "script language %zu: %s",
			    k, c == NULL ? "none" : c);
		}
	}

	/* HTML tree */
	wire_html_init(&d, 1000, 1 << 20);
	ok(wire_html_parse(&d, "<p class=a>x<script>y</script><b>z</b>", 38) == 0,
	    "parse");
	ok(d.nn >= 4, "nodes built");
	ok(d.n[1].tag == WT_P, "first element is p");
	is_str(wire_html_attr(&d, 1, "class"), "a", "class kept");
	ok(wire_html_parse(&d, "<div><div><div><div>", 20) == 0, "small cap ok");
	{
		struct wire_buf big = { 0 };
		int i;

		for (i = 0; i < 2000; i++)
			wire_buf_puts(&big, "<p>a</p>");
		ok(wire_html_parse(&d, big.p, big.len) == -1 &&
		    strstr(d.err, "too many") != NULL, "element cap");
		wire_buf_free(&big);
	}
	wire_html_free(&d);

	/* extraction */
	snprintf(dir, sizeof(dir), "%s", dd ? dd : "data");
	st = malloc(sizeof(*st));
	if (st != NULL)
		words_loader(st);
	ok(st != NULL && wire_strip_init(st, dir, err, sizeof(err)) == 0,
	    "data loads: %s", err);
	ok(st != NULL && st->has_ctx && st->wctx[1] > 0,
	    "second-pass weights load, the first pass's score counting for");
	if (st != NULL) {
		uint32_t nw;

		/* words: spaced scripts by their spaces, Chinese and
		 * Japanese two characters a word */
		wire_strip_count_stop(st, -1, "The treaty took effect.", 23, &nw);
		is_int(nw, 4, "words: English");
		wire_strip_count_stop(st, -1, "\xec\xa1\xb0\xec\x95\xbd\xec\x9d\xb4 "
		    "\xeb\xb0\x9c\xed\x9a\xa8\xeb\x90\x90\xeb\x8b\xa4.", 23, &nw);
		is_int(nw, 2, "words: Korean, between spaces");
		wire_strip_count_stop(st, -1, "\xe6\x9d\xa1\xe7\xba\xa6\xe6\xad\xa3"
		    "\xe5\xbc\x8f\xe7\x94\x9f\xe6\x95\x88 KCNA", 23, &nw);
		is_int(nw, 4, "words: six Chinese characters and a Latin word");
		/* words of a section, whole or opening a text */
		ok(wire_strip_word_in(st, WIRE_SW_NAMEJOIN, "And", 3) &&
		    !wire_strip_word_in(st, WIRE_SW_NAMEJOIN, "andy", 4),
		    "word_in: a whole word, case aside");
		ok(wire_strip_opens_with(st, WIRE_SW_BYOPEN, "Reporting by Jane",
		    17) == 13 && !wire_strip_opens_with(st, WIRE_SW_BYOPEN, "Reporting",
		    9) && !wire_strip_opens_with(st, WIRE_SW_BYOPEN, "bypass", 6),
		    "opens_with: a word and a space, within the length, and "
		    "their bytes");
		/* ends of sentences */
		ok(wire_strip_sentence_end("He said so.", 11) &&
		    wire_strip_sentence_end("\"Why?\"", 6) &&
		    wire_strip_sentence_end("\xe7\x94\x9f\xe6\x95\x88\xe3\x80\x82", 9) &&
		    wire_strip_sentence_end("\xe5\x90\x97\xef\xbc\x9f", 6) &&
		    wire_strip_sentence_end("he said.\xe2\x80\x9d", 11),
		    "sentence ends: . ? and the ideographic and full-width marks, "
		    "inside a quote");
		ok(!wire_strip_sentence_end("Top 10 Stories", 14) &&
		    !wire_strip_sentence_end("", 0) &&
		    !wire_strip_sentence_end("\xe7\x94\x9f\xe6\x95\x88", 6),
		    "sentence ends: none after a heading");
		/* dates, with the month names of the data directory */
		is_str(date(st, "date 2024-12-06 x", &b), "2024-12-06",
		    "ISO date");
		is_str(date(st, "2024-03-05T09:30:00+01:00", &b),
		    "2024-03-05T09:30:00+01:00", "ISO timestamp kept");
		is_str(date(st, "Thursday, November 7, 2024", &b), "2024-11-07",
		    "Month D, YYYY");
		is_str(date(st, "7. November 2024", &b), "2024-11-07",
		    "German date");
		is_str(date(st, "le 3 mars 2021", &b), "2021-03-03",
		    "French date");
		is_str(date(st, "7 de noviembre de 2024", &b), "2024-11-07",
		    "Spanish date");
		is_str(date(st, "am 05.06.2019 um", &b), "2019-06-05",
		    "DD.MM.YYYY");
		is_str(date(st, "Nov. 3rd, 2020", &b), "2020-11-03",
		    "abbreviated month");
		is_str(date(st, "2024\xe5\xb9\xb4" "12\xe6\x9c\x88" "5\xe6\x97\xa5 10:30",
		    &b), "2024-12-05", "Chinese or Japanese date");
		is_str(date(st, "\xea\xb8\xb0\xec\x82\xac\xec\x9e\x85\xeb\xa0\xa5 "
		    "2024\xeb\x85\x84 12\xec\x9b\x94 5\xec\x9d\xbc 15:12", &b),
		    "2024-12-05", "Korean date, its parts apart");
		is_str(date(st, "\xec\x9e\x85\xeb\xa0\xa5 2024. 12. 5. "
		    "\xec\x98\xa4\xed\x9b\x84 3:20", &b), "2024-12-05",
		    "Korean page date, a blank after each dot");
		ok(date(st, "rose 2024. 12. 5x", &b) == NULL &&
		    date(st, "2024. 13. 5.", &b) == NULL,
		    "no spaced date: a letter after it, a month 13");
		is_str(date(st, "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94"
		    "\xe5\xb9\xb4\xef\xbc\x91\xef\xbc\x92\xe6\x9c\x88\xef\xbc\x95"
		    "\xe6\x97\xa5", &b), "2024-12-05",
		    "full-width digits (\"\xef\xbc\x92\xef\xbc\x90...\")");
		is_str(date(st, "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94"
		    "\xef\xbc\x8f\xef\xbc\x91\xef\xbc\x92\xef\xbc\x8f\xef\xbc\x90"
		    "\xef\xbc\x95", &b), "2024-12-05", "full-width slashes");
		ok(date(st, "2024\xe5\xb9\xb4" "13\xe6\x9c\x88" "5\xe6\x97\xa5", &b) ==
		    NULL && date(st, "2024\xeb\x85\x84 12\xec\x9b\x94", &b) == NULL,
		    "no CJK date: a month 13, no day");
		ok(date(st, "no date here 12345", &b) == NULL, "no date");
		ok(date(st, "2024-13-40", &b) == NULL, "invalid date");
	}
	if (st != NULL) {
		/* a wire's dateline without a year, dated by the fetch */
		static const char flat[] = "Treaty takes effect\n\nSEOUL, Dec. 31 "
		    "(Yonhap) -- The treaty took effect Wednesday, state media "
		    "said Thursday in a short report.";

		ok(wire_strip_page(st, flat, sizeof(flat) - 1, 0, NULL, NULL, err,
		    sizeof(err)) == 0 && st->published.len == 0 &&
		    st->dl_month == 12 && st->dl_day == 31,
		    "year-less dateline kept, no date yet");
		ok(wire_strip_date_by_fetch(st, "2025-01-02T09:00:00Z", 20) == 0,
		    "dated by the fetch");
		wire_buf_putc(&st->published, '\0');
		is_str(st->published.p, "2024-12-31", "the last Dec. 31 before it");
		is_str(st->pubsrc.p, "text", "from the text");
		ok(wire_strip_date_by_fetch(st, "2025-01-03", 10) == -1,
		    "a date already there stays");
		wire_buf_reset(&st->published);
		ok(wire_strip_date_by_fetch(st, "not a date", 10) == -1,
		    "a fetch that is no date dates nothing");
	}
	if (st != NULL) {
		/* dispatch lines without a year: Interfax (a place in title
		 * case, the agency in capitals before a dash), Xinhua, KCNA
		 * in Korean; each dated 5 December */
		static const struct {
			const char	*what, *flat;
		} dl[] = {
			/* "Москва. 5 декабря. INTERFAX.RU - ..." */
			{ "Interfax dateline kept",
			    "\xd0\x94\xd0\xbe\xd0\xb3\xd0\xbe"
			    "\xd0\xb2\xd0\xbe\xd1\x80\n\n\xd0\x9c\xd0\xbe\xd1\x81"
			    "\xd0\xba\xd0\xb2\xd0\xb0. 5 \xd0\xb4\xd0\xb5\xd0\xba"
			    "\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f. INTERFAX.RU - "
			    "\xd0\x94\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe"
			    "\xd1\x80 \xd0\xb2\xd1\x81\xd1\x82\xd1\x83\xd0\xbf"
			    "\xd0\xb8\xd0\xbb \xd0\xb2 \xd1\x81\xd0\xb8\xd0\xbb"
			    "\xd1\x83, \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89"
			    "\xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb2 \xd0\x9c\xd0\x98"
			    "\xd0\x94." },
			/* "新华社平壤12月5日电" opens the first paragraph */
			{ "Xinhua dispatch line kept",
			    "\xe6\xa0\x87\xe9\xa2\x98\n\n"
			    "\xe6\x96\xb0\xe5\x8d\x8e\xe7\xa4\xbe\xe5\xb9\xb3"
			    "\xe5\xa3\xa4" "12\xe6\x9c\x88" "5\xe6\x97\xa5\xe7\x94\xb5"
			    "\xef\xbc\x88\xe8\xae\xb0\xe8\x80\x85\xef\xbc\x89"
			    "\xe6\x9c\x9d\xe9\xb2\x9c\xe5\x92\x8c\xe4\xbf\x84"
			    "\xe7\xbd\x97\xe6\x96\xaf\xe7\xad\xbe\xe7\xbd\xb2"
			    "\xe7\x9a\x84\xe6\x9d\xa1\xe7\xba\xa6\xe6\xad\xa3"
			    "\xe5\xbc\x8f\xe7\x94\x9f\xe6\x95\x88\xe3\x80\x82" },
			/* "(평양 12월 5일발 조선중앙통신)" */
			{ "KCNA dispatch line kept",
			    "\xec\xa0\x9c\xeb\xaa\xa9\n\n"
			    "(\xed\x8f\x89\xec\x96\x91 12\xec\x9b\x94 5\xec\x9d\xbc"
			    "\xeb\xb0\x9c \xec\xa1\xb0\xec\x84\xa0\xec\xa4\x91"
			    "\xec\x95\x99\xed\x86\xb5\xec\x8b\xa0) \xea\xb9\x80"
			    "\xec\xa0\x95\xec\x9d\x80 \xeb\x8f\x99\xec\xa7\x80"
			    "\xea\xbb\x98\xec\x84\x9c \xea\xb5\xb0\xec\x88\x98"
			    "\xea\xb3\xb5\xec\x97\x85\xea\xb8\xb0\xec\x97\x85"
			    "\xec\x86\x8c\xeb\xa5\xbc \xed\x98\x84\xec\xa7\x80"
			    "\xec\xa7\x80\xeb\x8f\x84\xed\x95\x98\xec\x8b\x9c"
			    "\xec\x98\x80\xeb\x8b\xa4." },
		};
		size_t j;

		for (j = 0; j < sizeof(dl) / sizeof(dl[0]); j++)
			ok(wire_strip_page(st, dl[j].flat, strlen(dl[j].flat), 0,
			    NULL, NULL, err, sizeof(err)) == 0 &&
			    st->dl_month == 12 && st->dl_day == 5, "%s",
			    dl[j].what);
	}
	if (st != NULL) {
		static const char page[] = "<html lang=de><body><nav><a href=/>Start"
		    "</a></nav><article><h1>Hafen wird erweitert</h1><p>Der Stadtrat "
		    "hat am Dienstag beschlossen, den Hafen zu erweitern, was seit drei"
		    " Jahren umstritten war.</p><p>Die Arbeiten sollen im Frühjahr "
		    "beginnen und in zwei Jahren fertig sein, wenn der Bund zahlt.</p>"
		    "</article><footer>Impressum</footer></body></html>";

		ok(wire_strip_page(st, page, sizeof(page) - 1, -1, NULL, NULL, err,
		    sizeof(err)) == 0, "page extracted");
		ok(st->text.len > 0 && strstr(st->text.p, "Stadtrat") != NULL,
		    "article kept");
		ok(st->text.len > 0 && strstr(st->text.p, "Impressum") == NULL,
		    "footer dropped");
		ok(st->langcode.len == 2 && memcmp(st->langcode.p, "de", 2) == 0,
		    "lang");
		wire_buf_reset(&st->authors);
		st->nauthors = 0;
		wire_strip_add_author(st, "By Anna Berg and Tom Lund", 25);
		is_int(st->nauthors, 2, "two authors");
		wire_buf_reset(&st->authors);
		st->nauthors = 0;
		add(st, "Ver\xc3\xb6""ffentlicht vonChris Jung");
		add(st, "E-Mail");
		add(st, "Mia\xc2\xa0 Roth am Samstag");
		add(st, "unocero - Alberto Ruiz");
		is_int(st->nauthors, 4, "four names, the mail link dropped");
		is_str(st->authors.p, "Chris Jung", "label run into the name cut");
		is_str(st->authors.p + 11, "Mia Roth", "no-break space and weekday go");
		is_str(st->authors.p + 20, "unocero", "names split at a dash");
		{
			/* titles: a site after a no-break-space bar goes; soft
			 * hyphens, leading decoration go, letters in NFC */
			static const char pa[] = "<html><head><title>Hafen wird "
			    "erweitert&nbsp;|&nbsp;Inselbote</title><meta property="
			    "\"article:published_time\" content=\"2022-12-31T23:00:"
			    "00.000Z\"></head><body><p>"
			    "Der Stadtrat hat am Dienstag beschlossen, den Hafen zu "
			    "erweitern, was seit drei Jahren umstritten war.</p></body>"
			    "</html>";
			static const char pb[] = "<html><body><article><h1>[&gt; "
			    "Mes&shy;sen&shy;ger: Cafe\xcc\x81 bleibt offen</h1><p>Der "
			    "Stadtrat hat am Dienstag beschlossen, den Hafen zu "
			    "erweitern, was seit drei Jahren umstritten war.</p>"
			    "</article></body></html>";

			ok(wire_strip_page(st, pa, sizeof(pa) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0 && st->title.len > 0, "page a");
			is_str(st->title.p, "Hafen wird erweitert",
			    "title: site after a no-break-space bar cut");
			is_str(st->published.p, "2023-01-01",
			    "date: a local midnight written in UTC is that day");
			ok(wire_strip_page(st, pb, sizeof(pb) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0 && st->title.len > 0, "page b");
			is_str(st->title.p, "Messenger: Caf\xc3\xa9 bleibt offen",
			    "title: decoration and soft hyphens go, NFC");
		}
		{
			/* text: a long JSON-LD articleBody adds what the tree
			 * lacks, unescaped, its markup dropped; a body that is
			 * not a string is none */
			static const char pc[] = "<html><head><script type="
			    "\"application/ld+json\">{\"articleBody\": \"Der Stadtrat "
			    "hat am Dienstag beschlossen, den Hafen zu erweitern, was "
			    "seit drei Jahren umstritten war.\\nDie Arbeiten sollen im "
			    "Fr\\u00fchjahr beginnen und in zwei Jahren fertig sein, "
			    "wenn der Bund zahlt.<br/>Die Fischer f\\u00fcrchten um "
			    "ihre Liegepl\\u00e4tze &amp; fordern einen Ausgleich, "
			    "den die Stadt bisher ablehnt.\\ud83d\\ude00 Der Kai soll "
			    "dreihundert Meter lang werden und auch gro\\u00dfe "
			    "F\\u00e4hren aufnehmen, die bisher in Kiel anlegen "
			    "m\\u00fcssen. Der Bau kostet nach der Sch\\u00e4tzung "
			    "der Verwaltung achtzig Millionen Euro, von denen das Land "
			    "die H\\u00e4lfte tr\\u00e4gt.\\nIm Herbst soll der Rat "
			    "\\u00fcber die Auftr\\u00e4ge entscheiden.\"}</script>"
			    "</head><body><article><p>Der "
			    "Stadtrat hat am Dienstag beschlossen, den Hafen zu "
			    "erweitern, was seit drei Jahren umstritten war.</p>"
			    "</article></body></html>";
			static const char pd[] = "<html><head><script type="
			    "\"application/ld+json\">{\"articleBody\": null, \"x\": "
			    "\"y\"}</script></head><body><article><p>Der Stadtrat hat "
			    "am Dienstag beschlossen, den Hafen zu erweitern, was seit "
			    "drei Jahren umstritten war.</p></article></body></html>";
			const char *t;

			ok(wire_strip_page(st, pc, sizeof(pc) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0 && st->text.len > 0, "page c");
			wire_buf_putc(&st->text, '\0');
			t = st->text.p;
			ok(strstr(t, "Stadtrat") != NULL &&
			    strstr(strstr(t, "Stadtrat") + 1, "Stadtrat") == NULL,
			    "text: the lead the tree gave is not repeated");
			ok(strstr(t, "\n\nDie Arbeiten sollen im Fr\xc3\xbchjahr") !=
			    NULL, "text: body paragraphs added, escapes decoded");
			ok(strstr(t, "zahlt.\n\nDie Fischer") != NULL &&
			    strstr(t, "<br") == NULL, "text: a tag in the body breaks");
			ok(strstr(t, "Liegepl\xc3\xa4tze & fordern") != NULL,
			    "text: entities in the body decoded");
			ok(strstr(t, "ablehnt.\xf0\x9f\x98\x80 Der Kai") != NULL,
			    "text: a surrogate pair is one character");
			ok(wire_strip_page(st, pd, sizeof(pd) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0, "page d");
			wire_buf_putc(&st->text, '\0');
			is_str(st->text.p, "Der Stadtrat hat am Dienstag beschlossen, "
			    "den Hafen zu erweitern, was seit drei Jahren umstritten "
			    "war.", "text: a body that is not a string is none");
		}
		{
			/* text: a closing note on the writer goes, though no
			 * byline names him */
			static const char pe[] = "<html lang=de><body><article>"
			    "<h1>Hafen wird erweitert</h1><p>Der Stadtrat hat am "
			    "Dienstag beschlossen, den Hafen zu erweitern, was seit "
			    "drei Jahren umstritten war, weil die Fischer um ihre "
			    "Liegepl\xc3\xa4tze f\xc3\xbcrchten.</p><p>Die Arbeiten "
			    "sollen im Fr\xc3\xbchjahr beginnen und in zwei Jahren "
			    "fertig sein, wenn der Bund seinen Anteil an den Kosten "
			    "zahlt, wie der B\xc3\xbcrgermeister erwartet.</p><p>Der "
			    "Kai soll dreihundert Meter lang werden und auch "
			    "gro\xc3\x9f""e F\xc3\xa4hren aufnehmen, die bisher "
			    "auf der anderen Seite der Bucht anlegen.</p><p>Tom Lund "
			    "ist Redakteur im Ressort Lokales, wo er seit 2015 "
			    "\xc3\xbc""ber die Inseln, ihre H\xc3\xa4""fen und ihre "
			    "F\xc3\xa4hren schreibt, nach zehn Jahren bei einer "
			    "Agentur in der Hauptstadt.</p></article></body></html>";

			ok(wire_strip_page(st, pe, sizeof(pe) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0 && st->text.len > 0, "page e");
			wire_buf_putc(&st->text, '\0');
			ok(strstr(st->text.p, "Bucht anlegen.") != NULL &&
			    strstr(st->text.p, "Tom Lund") == NULL,
			    "text: a note on the writer at the end goes");
		}
		{
			/* text: a related link in the article goes alone, what
			 * follows it stays; a long source line goes */
			static const char pf[] = "<html lang=de><body><article>"
			    "<h1>Hafen wird erweitert</h1><p>Der Stadtrat hat am "
			    "Dienstag beschlossen, den Hafen zu erweitern, was seit "
			    "drei Jahren umstritten war, weil die Fischer um ihre "
			    "Liegepl\xc3\xa4tze f\xc3\xbcrchten.</p><p>Die Arbeiten "
			    "sollen im Fr\xc3\xbchjahr beginnen und in zwei Jahren "
			    "fertig sein, wenn der Bund seinen Anteil an den Kosten "
			    "zahlt, wie der B\xc3\xbcrgermeister erwartet.</p><p><b>"
			    "Mehr zum Thema:</b> <a href=/x>Der alte Kai wird "
			    "abgerissen</a></p><h2>Fischer warten ab</h2><p>Die "
			    "Fischer wollen erst sehen, wo ihre Boote in der Bauzeit "
			    "liegen werden.</p><p>Der Kai soll dreihundert Meter lang "
			    "werden und auch gro\xc3\x9f""e F\xc3\xa4hren aufnehmen, "
			    "die bisher auf der anderen Seite der Bucht anlegen, wie "
			    "die Verwaltung mitteilt.</p><p>Quelle: Pressestelle der "
			    "Stadtverwaltung, Mitteilung vom 3. M\xc3\xa4rz 2024</p>"
			    "</article></body></html>";

			ok(wire_strip_page(st, pf, sizeof(pf) - 1, -1, NULL, NULL,
			    err, sizeof(err)) == 0 && st->text.len > 0, "page f");
			wire_buf_putc(&st->text, '\0');
			ok(strstr(st->text.p, "Mehr zum Thema") == NULL &&
			    strstr(st->text.p, "erwartet.\n\nFischer warten ab\n\n"
			    "Die Fischer wollen") != NULL &&
			    strstr(st->text.p, "Bucht anlegen") != NULL,
			    "text: a related link goes alone, not what follows it");
			ok(strstr(st->text.p, "Pressestelle") == NULL,
			    "text: a source line goes");
		}
		names_and_dates(st, &b);
		st->max_page = 10;
		ok(wire_strip_page(st, page, sizeof(page) - 1, -1, NULL, NULL, err,
		    sizeof(err)) == -1, "max page");
		wire_strip_free(st);
		free(st);
	}
	wire_buf_free(&b);
	return tap_done();
}
