/*
 * fetch_charset.c: the charset of a fetched page, decided as a browser
 * would (BOM, then HTTP header, then <meta>, then a guess) and decoded to
 * UTF-8 with iconv.  Labels map the way the WHATWG Encoding Standard maps
 * them: a page labelled euc-kr is really CP949, gb2312 is GB18030,
 * shift_jis is CP932 and iso-8859-1 is windows-1252.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "wire/fetch.h"
#include "wire/text.h"

struct enc {
	const char	*name;	/* in records */
	const char	*iconv;	/* for glibc iconv */
	const char	*labels; /* space-separated, lower case */
};

static const struct enc encs[] = {
	{ "utf-8", "UTF-8", "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 "
	    "unicode20utf8 x-unicode20utf8" },
	{ "euc-kr", "CP949", "euc-kr cp949 windows-949 ks_c_5601-1987 "
	    "ks_c_5601-1989 ksc5601 ksc_5601 korean iso-ir-149 csksc56011987 "
	    "cseuckr uhc x-windows-949" },
	{ "gb18030", "GB18030", "gb18030 gb2312 gbk x-gbk chinese csgb2312 "
	    "csiso58gb231280 gb_2312 gb_2312-80 iso-ir-58 euc-cn cp936 "
	    "windows-936 ms936" },
	{ "shift_jis", "CP932", "shift_jis shift-jis sjis ms_kanji ms932 "
	    "windows-31j x-sjis csshiftjis cp932" },
	{ "euc-jp", "EUC-JP", "euc-jp cseucpkdfmtjapanese x-euc-jp" },
	{ "iso-2022-jp", "ISO-2022-JP", "iso-2022-jp csiso2022jp" },
	{ "big5", "BIG5-HKSCS", "big5 big5-hkscs cn-big5 csbig5 x-x-big5" },
	{ "windows-1252", "WINDOWS-1252", "windows-1252 iso-8859-1 latin1 "
	    "l1 ascii us-ascii iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 "
	    "cp1252 cp819 ibm819 csisolatin1 iso-ir-100 x-cp1252 ansi_x3.4-1968" },
	{ "windows-1250", "WINDOWS-1250", "windows-1250 cp1250 x-cp1250" },
	{ "windows-1251", "WINDOWS-1251", "windows-1251 cp1251 x-cp1251" },
	{ "windows-1253", "WINDOWS-1253", "windows-1253 cp1253 x-cp1253" },
	{ "windows-1254", "WINDOWS-1254", "windows-1254 cp1254 x-cp1254 "
	    "iso-8859-9 iso8859-9 latin5 l5 iso_8859-9" },
	{ "windows-1255", "WINDOWS-1255", "windows-1255 cp1255 x-cp1255" },
	{ "windows-1256", "WINDOWS-1256", "windows-1256 cp1256 x-cp1256" },
	{ "windows-1257", "WINDOWS-1257", "windows-1257 cp1257 x-cp1257" },
	{ "windows-1258", "WINDOWS-1258", "windows-1258 cp1258 x-cp1258" },
	{ "windows-874", "CP874", "windows-874 tis-620 iso-8859-11 dos-874" },
	{ "iso-8859-2", "ISO-8859-2", "iso-8859-2 iso8859-2 latin2 l2" },
	{ "iso-8859-3", "ISO-8859-3", "iso-8859-3 iso8859-3 latin3 l3" },
	{ "iso-8859-4", "ISO-8859-4", "iso-8859-4 iso8859-4 latin4 l4" },
	{ "iso-8859-5", "ISO-8859-5", "iso-8859-5 iso8859-5 cyrillic" },
	{ "iso-8859-6", "ISO-8859-6", "iso-8859-6 iso8859-6 arabic" },
	{ "iso-8859-7", "ISO-8859-7", "iso-8859-7 iso8859-7 greek" },
	{ "iso-8859-8", "ISO-8859-8", "iso-8859-8 iso8859-8 hebrew" },
	{ "iso-8859-10", "ISO-8859-10", "iso-8859-10 latin6" },
	{ "iso-8859-13", "ISO-8859-13", "iso-8859-13" },
	{ "iso-8859-15", "ISO-8859-15", "iso-8859-15 iso8859-15 latin9" },
	{ "koi8-r", "KOI8-R", "koi8-r koi8 koi8_r cskoi8r" },
	{ "koi8-u", "KOI8-U", "koi8-u koi8-ru" },
	{ "utf-16le", "UTF-16LE", "utf-16le utf-16 unicode ucs-2 unicodefffe" },
	{ "utf-16be", "UTF-16BE", "utf-16be unicodefeff" },
	{ NULL, NULL, NULL }
};

/*
 * Maps a label to an encoding; see wire/fetch.h.
 */
const char *
wire_fetch_charset(const char *label, size_t n, const char **iconv_name)
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
	low[n] = '\0';
	for (k = 0; encs[k].name != NULL; k++) {
		for (p = encs[k].labels; *p != '\0'; p = *e ? e + 1 : e) {
			if ((e = strchr(p, ' ')) == NULL)
				e = p + strlen(p);
			if ((size_t)(e - p) == n && memcmp(p, low, n) == 0) {
				if (iconv_name != NULL)
					*iconv_name = encs[k].iconv;
				return encs[k].name;
			}
		}
	}
	return NULL;
}

/* Case-insensitive search for needle in n bytes of s. */
static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	for (i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return s + i;
	return NULL;
}

/* Copies the charset value starting at p (up to end) into out. */
static int
take_label(const char *p, const char *end, char *out, size_t outlen)
{
	size_t k = 0;

	while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\'' ||
	    *p == '\t'))
		p++;
	while (p < end && k + 1 < outlen && (isalnum((unsigned char)*p) ||
	    *p == '-' || *p == '_' || *p == ':' || *p == '.'))
		out[k++] = *p++;
	out[k] = '\0';
	return k > 0 ? 0 : -1;
}

/*
 * Finds a declared charset in the head of a document; see wire/fetch.h.
 */
int
wire_fetch_sniff(const char *body, size_t n, char *out, size_t outlen)
{
	const unsigned char *u = (const unsigned char *)body;
	const char *p, *end, *tag, *q;

	if (outlen < 2)
		return -1;
	if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		return snprintf(out, outlen, "utf-8") > 0 ? 0 : -1;
	if (n >= 2 && u[0] == 0xff && u[1] == 0xfe)
		return snprintf(out, outlen, "utf-16le") > 0 ? 0 : -1;
	if (n >= 2 && u[0] == 0xfe && u[1] == 0xff)
		return snprintf(out, outlen, "utf-16be") > 0 ? 0 : -1;
	if (n > 4096)
		n = 4096;
	end = body + n;
	if (n > 5 && memcmp(body, "<?xml", 5) == 0 &&
	    (q = memchr(body, '>', n)) != NULL &&
	    (p = find_ci(body, (size_t)(q - body), "encoding")) != NULL)
		return take_label(p + 8, q, out, outlen);
	for (p = body; (tag = find_ci(p, (size_t)(end - p), "<meta")) != NULL;
	    p = tag + 5) {
		if ((q = memchr(tag, '>', (size_t)(end - tag))) == NULL)
			break;
		if ((p = find_ci(tag, (size_t)(q - tag), "charset")) != NULL &&
		    take_label(p + 7, q, out, outlen) == 0)
			return 0;
	}
	return -1;
}

/* Bytes of s that iconv in encoding code cannot decode, or -1 on error. */
static long
bad_bytes(const char *code, const char *s, size_t n)
{
	char buf[4096], *in = (char *)(uintptr_t)s, *o;
	size_t il = n, ol;
	long bad = 0;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", code)) == (iconv_t)-1)
		return -1;
	while (il > 0) {
		o = buf;
		ol = sizeof(buf);
		if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			bad++;
			in++;
			il--;
		}
	}
	iconv_close(cd);
	return bad;
}

/*
 * Guesses an undeclared encoding; see wire/fetch.h.  The East Asian
 * double-byte encodings share byte ranges, so they are told apart by
 * where their lead bytes fall: Hangul syllables in KS X 1001 lead with
 * 0xB0-0xC8 and Korean text separates words with spaces, while GB2312's
 * common hanzi reach up to 0xF7 and Shift_JIS leads with 0x81-0x9F.
 */
const char *
wire_fetch_detect(const char *body, size_t n)
{
	const unsigned char *u = (const unsigned char *)body;
	size_t i, hangul = 0, high = 0, sjis = 0, pairs = 0, spaces = 0, cut = 0;

	/* A sample cut at 64K may end inside a character. */
	if (n > 65536) {
		n = 65536;
		cut = 3;
	}
	if (wire_utf8_check(body, n) >= n - cut)
		return "utf-8";
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
		return "windows-1252";
	if (sjis * 3 > pairs && bad_bytes("CP932", body, n) == 0)
		return "shift_jis";
	if (hangul > high * 4 && spaces * 20 >= pairs &&
	    bad_bytes("CP949", body, n) == 0)
		return "euc-kr";
	if (bad_bytes("GB18030", body, n) == 0 && high + hangul > pairs / 2)
		return "gb18030";
	if (bad_bytes("CP949", body, n) == 0 && hangul > pairs / 2)
		return "euc-kr";
	return "windows-1252";
}

/* Appends valid UTF-8 of s, with U+FFFD for each invalid byte. */
static void
add_utf8(struct wire_buf *out, const char *s, size_t n)
{
	size_t ok;

	while (n > 0) {
		ok = wire_utf8_check(s, n);
		wire_buf_add(out, s, ok);
		if (ok == n)
			break;
		wire_buf_add(out, "\xef\xbf\xbd", 3);
		s += ok + 1;
		n -= ok + 1;
	}
}

/* Converts with iconv; returns -1 when the encoding is unknown to iconv. */
static int
convert(const char *code, const char *s, size_t n, struct wire_buf *out)
{
	char *in = (char *)(uintptr_t)s, *o;
	size_t il = n, ol, room;
	iconv_t cd;

	if ((cd = iconv_open("UTF-8", code)) == (iconv_t)-1)
		return -1;
	while (il > 0 && !out->full) {
		room = il * 2 + 64;
		if (wire_buf_grow(out, room) == -1)
			break;
		o = out->p + out->len;
		ol = room;
		if (iconv(cd, &in, &il, &o, &ol) == (size_t)-1) {
			out->len = (size_t)(o - out->p);
			if (errno == E2BIG)
				continue;
			/* EILSEQ or a truncated tail: U+FFFD, as browsers do. */
			wire_buf_add(out, "\xef\xbf\xbd", 3);
			in++;
			il--;
			continue;
		}
		out->len = (size_t)(o - out->p);
	}
	iconv_close(cd);
	if (out->len < out->cap)
		out->p[out->len] = '\0';
	return 0;
}

/*
 * Decodes a body to UTF-8; see wire/fetch.h.
 */
const char *
wire_fetch_decode(const char *body, size_t n, const char *header,
    struct wire_buf *out)
{
	const unsigned char *u = (const unsigned char *)body;
	const char *name = NULL, *ic = "UTF-8";
	char label[48];

	wire_buf_reset(out);
	/* A BOM overrides everything, then the header, then <meta>. */
	if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) ||
	    (u[0] == 0xfe && u[1] == 0xff)) &&
	    wire_fetch_sniff(body, n, label, sizeof(label)) == 0)
		name = wire_fetch_charset(label, strlen(label), &ic);
	else if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		name = "utf-8";
	if (name == NULL && header != NULL)
		name = wire_fetch_charset(header, strlen(header), &ic);
	if (name == NULL && wire_fetch_sniff(body, n, label, sizeof(label)) == 0) {
		name = wire_fetch_charset(label, strlen(label), &ic);
		/* A page that says UTF-16 in ASCII bytes is not UTF-16. */
		if (name != NULL && strncmp(name, "utf-16", 6) == 0)
			name = NULL;
	}
	if (name == NULL)
		name = wire_fetch_charset(wire_fetch_detect(body, n),
		    strlen(wire_fetch_detect(body, n)), &ic);
	if (strcmp(name, "utf-8") == 0) {
		if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
			body += 3, n -= 3;
		add_utf8(out, body, n);
	} else {
		if (n >= 2 && strncmp(name, "utf-16", 6) == 0 &&
		    ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
			body += 2, n -= 2;
		if (convert(ic, body, n, out) == -1) {
			name = "utf-8";
			add_utf8(out, body, n);
		}
	}
	if (out->full)
		return NULL;
	if (out->len == 0)
		wire_buf_add(out, "", 0);
	return name;
}
