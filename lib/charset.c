/*
 * charset.c: the encoding of a page, decided as a browser would (BOM,
 * declared label, <meta> or XML prescan, then a guess from the bytes),
 * and its decoding to clean UTF-8 with glibc iconv.  wire-fetch decodes
 * bodies with it and wire-strip the pages it is given; everything after
 * this point works on valid UTF-8 only.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "wire/charset.h"

#define PRESCAN	4096		/* bytes searched for a declaration */
#define SAMPLE	(1 << 20)	/* bytes judged when guessing */

struct entry {
	struct wire_charset	 cs;
	const char		*labels;	/* space-separated, lower case */
};

/* The encodings the code below names; the rest follow in any order. */
enum { E_UTF8, E_1252, E_EUCKR, E_GB18030, E_SJIS, E_UTF16LE, E_UTF16BE };

/*
 * The WHATWG Encoding Standard's labels, plus a few that servers send
 * (cp949, uhc, euc-cn, cp936).  gbk and gb2312 read as GB18030, a
 * superset; big5 as BIG5-HKSCS, which holds the extensions browsers read.
 */
static const struct entry table[] = {
	[E_UTF8] = { { "utf-8", "UTF-8" }, "utf-8 utf8 unicode-1-1-utf-8 "
	    "unicode11utf8 unicode20utf8 x-unicode20utf8" },
	[E_1252] = { { "windows-1252", "WINDOWS-1252" }, "windows-1252 "
	    "iso-8859-1 latin1 l1 ascii us-ascii iso8859-1 iso88591 iso_8859-1 "
	    "iso_8859-1:1987 cp1252 cp819 ibm819 csisolatin1 iso-ir-100 "
	    "x-cp1252 ansi_x3.4-1968" },
	[E_EUCKR] = { { "euc-kr", "CP949" }, "euc-kr cp949 windows-949 "
	    "ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 korean iso-ir-149 "
	    "csksc56011987 cseuckr uhc x-windows-949" },
	[E_GB18030] = { { "gb18030", "GB18030" }, "gb18030 gb2312 gbk x-gbk "
	    "chinese csgb2312 csiso58gb231280 gb_2312 gb_2312-80 iso-ir-58 "
	    "euc-cn cp936 windows-936 ms936" },
	[E_SJIS] = { { "shift_jis", "CP932" }, "shift_jis shift-jis sjis "
	    "ms_kanji ms932 windows-31j x-sjis csshiftjis cp932" },
	[E_UTF16LE] = { { "utf-16le", "UTF-16LE" }, "utf-16le utf-16 unicode "
	    "ucs-2 csunicode iso-10646-ucs-2 unicodefeff" },
	[E_UTF16BE] = { { "utf-16be", "UTF-16BE" }, "utf-16be unicodefffe" },
	{ { "euc-jp", "EUC-JP" }, "euc-jp cseucpkdfmtjapanese x-euc-jp" },
	{ { "iso-2022-jp", "ISO-2022-JP" }, "iso-2022-jp csiso2022jp" },
	{ { "big5", "BIG5-HKSCS" }, "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
	{ { "windows-1250", "WINDOWS-1250" }, "windows-1250 cp1250 x-cp1250" },
	{ { "windows-1251", "WINDOWS-1251" }, "windows-1251 cp1251 x-cp1251" },
	{ { "windows-1253", "WINDOWS-1253" }, "windows-1253 cp1253 x-cp1253" },
	{ { "windows-1254", "WINDOWS-1254" }, "windows-1254 cp1254 x-cp1254 "
	    "iso-8859-9 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 latin5 "
	    "l5 csisolatin5 iso-ir-148" },
	{ { "windows-1255", "WINDOWS-1255" }, "windows-1255 cp1255 x-cp1255" },
	{ { "windows-1256", "WINDOWS-1256" }, "windows-1256 cp1256 x-cp1256" },
	{ { "windows-1257", "WINDOWS-1257" }, "windows-1257 cp1257 x-cp1257" },
	{ { "windows-1258", "WINDOWS-1258" }, "windows-1258 cp1258 x-cp1258" },
	{ { "windows-874", "CP874" }, "windows-874 tis-620 iso-8859-11 "
	    "iso8859-11 iso885911 dos-874" },
	{ { "iso-8859-2", "ISO-8859-2" }, "iso-8859-2 iso8859-2 iso88592 "
	    "iso_8859-2 iso_8859-2:1987 latin2 l2 csisolatin2 iso-ir-101" },
	{ { "iso-8859-3", "ISO-8859-3" }, "iso-8859-3 iso8859-3 iso88593 "
	    "iso_8859-3 iso_8859-3:1988 latin3 l3 csisolatin3 iso-ir-109" },
	{ { "iso-8859-4", "ISO-8859-4" }, "iso-8859-4 iso8859-4 iso88594 "
	    "iso_8859-4 iso_8859-4:1988 latin4 l4 csisolatin4 iso-ir-110" },
	{ { "iso-8859-5", "ISO-8859-5" }, "iso-8859-5 iso8859-5 iso88595 "
	    "iso_8859-5 iso_8859-5:1988 cyrillic csisolatincyrillic iso-ir-144" },
	{ { "iso-8859-6", "ISO-8859-6" }, "iso-8859-6 iso8859-6 iso88596 "
	    "iso_8859-6 iso_8859-6:1987 arabic asmo-708 ecma-114 iso-ir-127 "
	    "iso-8859-6-e iso-8859-6-i csiso88596e csiso88596i "
	    "csisolatinarabic" },
	{ { "iso-8859-7", "ISO-8859-7" }, "iso-8859-7 iso8859-7 iso88597 "
	    "iso_8859-7 iso_8859-7:1987 greek greek8 ecma-118 elot_928 "
	    "iso-ir-126 csisolatingreek sun_eu_greek" },
	{ { "iso-8859-8", "ISO-8859-8" }, "iso-8859-8 iso8859-8 iso88598 "
	    "iso_8859-8 iso_8859-8:1988 hebrew visual iso-8859-8-e iso-ir-138 "
	    "csiso88598e csisolatinhebrew iso-8859-8-i csiso88598i logical" },
	{ { "iso-8859-10", "ISO-8859-10" }, "iso-8859-10 iso8859-10 "
	    "iso885910 latin6 l6 csisolatin6 iso-ir-157" },
	{ { "iso-8859-13", "ISO-8859-13" }, "iso-8859-13 iso8859-13 iso885913" },
	{ { "iso-8859-14", "ISO-8859-14" }, "iso-8859-14 iso8859-14 iso885914" },
	{ { "iso-8859-15", "ISO-8859-15" }, "iso-8859-15 iso8859-15 iso885915 "
	    "iso_8859-15 latin9 l9 csisolatin9" },
	{ { "iso-8859-16", "ISO-8859-16" }, "iso-8859-16" },
	{ { "koi8-r", "KOI8-R" }, "koi8-r koi8 koi koi8_r cskoi8r" },
	{ { "koi8-u", "KOI8-U" }, "koi8-u koi8-ru" },
	{ { "ibm866", "IBM866" }, "ibm866 cp866 866 csibm866" },
	{ { "macintosh", "MACINTOSH" }, "macintosh mac x-mac-roman csmacintosh" },
	{ { "x-mac-cyrillic", "MAC-CYRILLIC" }, "x-mac-cyrillic "
	    "x-mac-ukrainian" },
	{ { NULL, NULL }, NULL }
};

#define CS(e)	(&table[(e)].cs)

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
is_utf16(const struct wire_charset *cs)
{
	return cs == CS(E_UTF16LE) || cs == CS(E_UTF16BE);
}

/*
 * Maps a label to an encoding; see wire/charset.h.  Takes label (n bytes,
 * not NUL-terminated); returns a static entry or NULL when unknown.
 */
const struct wire_charset *
wire_charset_lookup(const char *label, size_t n)
{
	char low[48];
	const char *p, *e;
	size_t i, k;

	while (n > 0 && (isspace((unsigned char)*label) || *label == '"' ||
	    *label == '\''))
		label++, n--;
	while (n > 0 && (isspace((unsigned char)label[n - 1]) ||
	    label[n - 1] == '"' || label[n - 1] == '\''))
		n--;
	if (n == 0 || n >= sizeof(low))
		return NULL;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)label[i]);
	for (k = 0; table[k].labels != NULL; k++)
		for (p = table[k].labels; *p != '\0'; p = *e != '\0' ? e + 1 : e) {
			if ((e = strchr(p, ' ')) == NULL)
				e = p + strlen(p);
			if ((size_t)(e - p) == n && memcmp(p, low, n) == 0)
				return &table[k].cs;
		}
	return NULL;
}

/* Case-insensitive search for needle in n bytes of s; NULL when absent. */
static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	for (i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return s + i;
	return NULL;
}

/* Tells whether the n bytes at s are the lower-case word w, in any case. */
static int
eq_word(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

/*
 * The quoted value after "=" at p (blanks allowed around "="), before
 * end: stores its bounds and returns 0, or returns -1.
 */
static int
quoted_value(const char *p, const char *end, const char **v, size_t *vlen)
{
	char q;

	while (p < end && is_blank(*p))
		p++;
	if (p >= end || *p++ != '=')
		return -1;
	while (p < end && is_blank(*p))
		p++;
	if (p >= end || (*p != '"' && *p != '\''))
		return -1;
	q = *p++;
	*v = p;
	while (p < end && *p != q)
		p++;
	if (p >= end)
		return -1;
	*vlen = (size_t)(p - *v);
	return 0;
}

/* The encoding of an XML declaration at the start of s, or NULL. */
static const struct wire_charset *
xml_decl(const char *s, size_t n)
{
	const char *end = s + n, *gt, *p, *v;
	size_t vlen;

	while (s < end && is_blank(*s))
		s++;
	if (end - s < 6 || memcmp(s, "<?xml", 5) != 0 || !is_blank(s[5]))
		return NULL;
	if ((gt = memchr(s, '>', (size_t)(end - s))) == NULL ||
	    (p = find_ci(s, (size_t)(gt - s), "encoding")) == NULL ||
	    quoted_value(p + 8, gt, &v, &vlen) == -1)
		return NULL;
	return wire_charset_lookup(v, vlen);
}

/*
 * The charset in a <meta> content value ("text/html; charset=x"), found
 * as the HTML standard finds it, or NULL.
 */
static const struct wire_charset *
content_charset(const char *s, size_t n)
{
	const char *end = s + n, *p = s, *v;
	char q;

	while ((p = find_ci(p, (size_t)(end - p), "charset")) != NULL) {
		p += 7;
		while (p < end && is_blank(*p))
			p++;
		if (p >= end || *p != '=')
			continue;
		p++;
		while (p < end && is_blank(*p))
			p++;
		if (p < end && (*p == '"' || *p == '\'')) {
			q = *p++;
			for (v = p; p < end && *p != q; p++)
				;
			if (p >= end)
				return NULL;
		} else {
			for (v = p; p < end && !is_blank(*p) && *p != ';'; p++)
				;
		}
		return wire_charset_lookup(v, (size_t)(p - v));
	}
	return NULL;
}

struct attr {
	const char	*name, *val;
	size_t		 nlen, vlen;
};

/*
 * Reads the next attribute of a tag at *pp (before end) into a and
 * advances *pp.  Returns 0, or -1 at the tag's ">" or at end.
 */
static int
next_attr(const char **pp, const char *end, struct attr *a)
{
	const char *p = *pp;
	char q;

	while (p < end && (is_blank(*p) || *p == '/'))
		p++;
	if (p >= end || *p == '>') {
		*pp = p;
		return -1;
	}
	a->name = p;
	if (*p == '=')
		p++;
	while (p < end && *p != '=' && *p != '>' && *p != '/' && !is_blank(*p))
		p++;
	a->nlen = (size_t)(p - a->name);
	a->val = p;
	a->vlen = 0;
	while (p < end && is_blank(*p))
		p++;
	if (p < end && *p == '=') {
		p++;
		while (p < end && is_blank(*p))
			p++;
		if (p < end && (*p == '"' || *p == '\'')) {
			q = *p++;
			for (a->val = p; p < end && *p != q; p++)
				;
			a->vlen = (size_t)(p - a->val);
			if (p < end)
				p++;
		} else {
			for (a->val = p; p < end && !is_blank(*p) && *p != '>'; p++)
				;
			a->vlen = (size_t)(p - a->val);
		}
	}
	*pp = p;
	return 0;
}

/*
 * The encoding a <meta> declares, its attributes starting at *pp: charset
 * first, else the content of an http-equiv="Content-Type".  Advances *pp
 * to the tag's ">" (or to end when the tag is cut off).
 */
static const struct wire_charset *
meta_charset(const char **pp, const char *end)
{
	struct attr a;
	const char *cs = NULL, *ct = NULL;
	size_t cslen = 0, ctlen = 0;
	int pragma = 0;

	while (next_attr(pp, end, &a) == 0) {
		if (eq_word(a.name, a.nlen, "charset") && cs == NULL) {
			cs = a.val;
			cslen = a.vlen;
		} else if (eq_word(a.name, a.nlen, "content") && ct == NULL) {
			ct = a.val;
			ctlen = a.vlen;
		} else if (eq_word(a.name, a.nlen, "http-equiv")) {
			pragma |= eq_word(a.val, a.vlen, "content-type");
		}
	}
	if (*pp >= end)
		return NULL;
	if (cs != NULL)
		return wire_charset_lookup(cs, cslen);
	if (ct != NULL && pragma)
		return content_charset(ct, ctlen);
	return NULL;
}

/*
 * Finds a declared encoding in the head of a document; see
 * wire/charset.h.  Takes n bytes at s; returns a static entry or NULL.
 */
const struct wire_charset *
wire_charset_prescan(const char *s, size_t n)
{
	const struct wire_charset *cs;
	const char *end, *p, *q;

	if (n > PRESCAN)
		n = PRESCAN;
	if ((cs = xml_decl(s, n)) != NULL)
		return cs;
	end = s + n;
	for (p = s; (p = memchr(p, '<', (size_t)(end - p))) != NULL; ) {
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			if ((q = find_ci(p + 4, (size_t)(end - p - 4), "-->")) == NULL)
				return NULL;
			p = q + 3;
		} else if (end - p >= 6 && strncasecmp(p, "<meta", 5) == 0 &&
		    (is_blank(p[5]) || p[5] == '/')) {
			p += 5;
			if ((cs = meta_charset(&p, end)) != NULL)
				return cs;
			if (p >= end)
				return NULL;
		} else {
			p++;
		}
	}
	return NULL;
}

/*
 * How much of s (n bytes) to judge by: all of it, or SAMPLE bytes cut
 * back so as not to end inside a UTF-8 sequence.
 */
static size_t
sample(const char *s, size_t n)
{
	size_t k = SAMPLE;

	if (n <= SAMPLE)
		return n;
	while (k > SAMPLE - 4 && ((unsigned char)s[k] & 0xc0) == 0x80)
		k--;
	return k;
}

/*
 * Tells whether the 8 bytes at s are all printable ASCII (0x20 to 0x7f).
 * Never says yes wrongly; a wrong no only sends the caller to its byte loop.
 */
static int
word_clean(const char *s)
{
	const uint64_t ones = WIRE_ONES8;
	uint64_t w;

	memcpy(&w, s, 8);
	return (((w - ones * 0x20) & ~w) | w) & (ones * 0x80) ? 0 : 1;
}

/* Tells whether the 8 bytes at s are all ASCII. */
static int
word_ascii(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & UINT64_C(0x8080808080808080)) == 0;
}

/* Counts the non-ASCII sequences of s that are and are not valid UTF-8. */
static void
utf8_stats(const char *s, size_t n, size_t *good, size_t *bad)
{
	size_t i = 0, k;
	uint32_t cp;

	*good = *bad = 0;
	while (i < n) {
		while (i + 8 <= n && word_ascii(s + i))
			i += 8;
		if (i >= n)
			break;
		if ((unsigned char)s[i] < 0x80) {
			i++;
		} else if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			(*bad)++;
			i++;
		} else {
			(*good)++;
			i += k;
		}
	}
}

/* Tells whether iconv reads the n bytes of s in code without an error. */
static int
decodes(const char *code, const char *s, size_t n)
{
	char buf[4096], *in = (char *)(uintptr_t)s, *o;
	size_t il = n, ol;
	iconv_t cd;
	int ok = 1;

	if ((cd = iconv_open("UTF-8", code)) == (iconv_t)-1)
		return 0;
	while (il > 0) {
		o = buf;
		ol = sizeof(buf);
		if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1 && errno != E2BIG) {
			ok = errno == EINVAL;	/* a sample cut inside a character */
			break;
		}
	}
	iconv_close(cd);
	return ok;
}

/*
 * Guesses an undeclared encoding; see wire/charset.h.  The East Asian
 * double-byte encodings share byte ranges, so they are told apart by
 * where their lead bytes fall: Hangul syllables in KS X 1001 lead with
 * 0xB0-0xC8 and Korean text separates words with spaces, while GB2312's
 * common hanzi reach up to 0xF7 and Shift_JIS leads with 0x81-0x9F.
 * Takes n bytes at s; returns a static entry, never NULL.
 */
const struct wire_charset *
wire_charset_detect(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, good, bad, hangul = 0, high = 0, sjis = 0, pairs = 0;
	size_t spaces = 0;

	n = sample(s, n);
	utf8_stats(s, n, &good, &bad);
	/* UTF-8 but for a stray byte is UTF-8; no legacy text comes close. */
	if (bad == 0 || bad * 8 < good)
		return CS(E_UTF8);
	for (i = 0; i + 1 < n; i++) {
		if (u[i] < 0x80) {
			if (u[i] == ' ' && i > 0 && u[i - 1] >= 0x80)
				spaces++;
			continue;
		}
		pairs++;
		if (u[i] >= 0xb0 && u[i] <= 0xc8 && u[i + 1] >= 0xa1)
			hangul++;
		else if (u[i] > 0xc8 && u[i] <= 0xf7 && u[i + 1] >= 0xa1)
			high++;
		if (u[i] >= 0x81 && u[i] <= 0x9f && u[i + 1] >= 0x40)
			sjis++;
		i++;
	}
	if (pairs == 0)
		return CS(E_1252);
	if (sjis * 3 > pairs && decodes("CP932", s, n))
		return CS(E_SJIS);
	if (hangul > high * 4 && spaces * 20 >= pairs && decodes("CP949", s, n))
		return CS(E_EUCKR);
	if (high + hangul > pairs / 2 && decodes("GB18030", s, n))
		return CS(E_GB18030);
	if (hangul > pairs / 2 && decodes("CP949", s, n))
		return CS(E_EUCKR);
	return CS(E_1252);
}

/* The encoding a byte order mark names, storing its length; or NULL. */
static const struct wire_charset *
bom_charset(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	*len = 0;
	if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
		*len = 3;
		return CS(E_UTF8);
	}
	if (n >= 2 && u[0] == 0xff && u[1] == 0xfe) {
		*len = 2;
		return CS(E_UTF16LE);
	}
	if (n >= 2 && u[0] == 0xfe && u[1] == 0xff) {
		*len = 2;
		return CS(E_UTF16BE);
	}
	return NULL;
}

/*
 * Decides the encoding of s: a BOM (its length in *bom), the caller's
 * label, the prescan, a guess; then the bytes overrule a label they
 * plainly contradict.
 */
static const struct wire_charset *
decide(const char *s, size_t n, const char *label, size_t *bom)
{
	const struct wire_charset *cs;
	size_t good, bad;

	if ((cs = bom_charset(s, n, bom)) != NULL)
		return cs;
	/* A UTF-16 label on bytes without NULs is wrong: they are 8-bit. */
	if (label != NULL && (cs = wire_charset_lookup(label,
	    strlen(label))) != NULL && is_utf16(cs) &&
	    memchr(s, '\0', n < 512 ? n : 512) == NULL)
		cs = NULL;
	/* A document that says UTF-16 in ASCII is not UTF-16 (HTML says so). */
	if (cs == NULL && (cs = wire_charset_prescan(s, n)) != NULL &&
	    is_utf16(cs))
		cs = CS(E_UTF8);
	if (cs == NULL)
		return wire_charset_detect(s, n);
	if (is_utf16(cs))
		return cs;
	utf8_stats(s, sample(s, n), &good, &bad);
	if (cs == CS(E_UTF8))
		return bad == 0 || bad * 4 < good ? cs : wire_charset_detect(s, n);
	return good > 0 && bad == 0 ? CS(E_UTF8) : cs;
}

/*
 * Appends s (n bytes) as valid UTF-8: bad bytes become U+FFFD, C0
 * controls but tab, newline and carriage return become spaces.
 */
static void
add_clean(const char *s, size_t n, struct wire_buf *out)
{
	size_t i = 0, k, run;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 0x20 && c < 0x80) || c == '\t' || c == '\n' || c == '\r') {
			/* Tab, newline and return stay: they join the run. */
			run = i++;
			for (;;) {
				while (i + 8 <= n && word_clean(s + i))
					i += 8;
				if (i >= n)
					break;
				c = (unsigned char)s[i];
				if ((c < 0x20 || c >= 0x80) && c != '\t' && c != '\n' &&
				    c != '\r')
					break;
				i++;
			}
			wire_buf_add(out, s + run, i - run);
			continue;
		}
		if (c < 0x80) {
			wire_buf_putc(out, c == '\t' || c == '\n' || c == '\r' ?
			    c : ' ');
			i++;
			continue;
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			wire_buf_add(out, "\xef\xbf\xbd", 3);
			i++;
			continue;
		}
		wire_buf_add(out, s + i, k);
		i += k;
	}
}

/*
 * Converts s (n bytes) from cs to clean UTF-8, appending to out; a byte
 * that does not decode becomes U+FFFD, as in browsers.  Returns -1 when
 * iconv does not know cs, else 0.
 */
static int
convert(const struct wire_charset *cs, const char *s, size_t n,
    struct wire_buf *out)
{
	char tmp[16384], *in = (char *)(uintptr_t)s, *o;
	size_t il = n, ol, r;
	iconv_t cd;
	int e;

	if ((cd = iconv_open("UTF-8", cs->iconv)) == (iconv_t)-1)
		return -1;
	while (il > 0 && !out->full) {
		o = tmp;
		ol = sizeof(tmp);
		r = iconv(cd, &in, &il, &o, &ol);
		e = errno;
		add_clean(tmp, (size_t)(o - tmp), out);
		if (r == (size_t)-1 && e != E2BIG) {
			/* EILSEQ, or EINVAL for a truncated tail: one byte goes. */
			wire_buf_add(out, "\xef\xbf\xbd", 3);
			in++;
			il--;
		}
	}
	iconv_close(cd);
	return 0;
}

/*
 * Decodes a page to UTF-8; see wire/charset.h.  Takes s (n bytes), label
 * (NUL-terminated, or NULL) and out (the caller's, appended to); returns
 * a static record name, or NULL when out is full.
 */
const char *
wire_charset_decode(const char *s, size_t n, const char *label,
    struct wire_buf *out)
{
	const struct wire_charset *cs;
	size_t bom;

	if (n == 0)
		s = "";
	cs = decide(s, n, label, &bom);
	s += bom;
	n -= bom;
	if (cs != CS(E_UTF8) && convert(cs, s, n, out) == -1)
		cs = CS(E_UTF8);	/* iconv without the module: read as is */
	if (cs == CS(E_UTF8))
		add_clean(s, n, out);
	wire_buf_add(out, "", 0);	/* out->p is never NULL */
	return out->full ? NULL : cs->name;
}
