/*
 * charset.c: encoding sniffing and conversion to UTF-8 for wire-strip.
 * Pages arrive in every encoding the web has; everything after this point
 * works on valid UTF-8 only.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "wire/charset.h"

struct label {
	const char	*label;
	const char	*iconv;
};

/* The WHATWG labels seen in practice; a prefix table would admit too much. */
static const struct label labels[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
	{ "x-unicode20utf8", "UTF-8" },
	{ "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "iso8859-1", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "l1", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
	{ "cp819", "WINDOWS-1252" }, { "ibm819", "WINDOWS-1252" },
	{ "iso-8859-2", "ISO-8859-2" }, { "latin2", "ISO-8859-2" },
	{ "iso-8859-3", "ISO-8859-3" }, { "iso-8859-4", "ISO-8859-4" },
	{ "iso-8859-5", "ISO-8859-5" }, { "iso-8859-6", "ISO-8859-6" },
	{ "iso-8859-7", "ISO-8859-7" }, { "iso-8859-8", "ISO-8859-8" },
	{ "iso-8859-8-i", "ISO-8859-8" }, { "iso-8859-10", "ISO-8859-10" },
	{ "iso-8859-13", "ISO-8859-13" }, { "iso-8859-14", "ISO-8859-14" },
	{ "iso-8859-15", "ISO-8859-15" }, { "latin9", "ISO-8859-15" },
	{ "iso-8859-16", "ISO-8859-16" },
	{ "windows-1250", "WINDOWS-1250" }, { "cp1250", "WINDOWS-1250" },
	{ "windows-1251", "WINDOWS-1251" }, { "cp1251", "WINDOWS-1251" },
	{ "windows-1253", "WINDOWS-1253" }, { "windows-1254", "WINDOWS-1254" },
	{ "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
	{ "windows-1255", "WINDOWS-1255" }, { "windows-1256", "WINDOWS-1256" },
	{ "windows-1257", "WINDOWS-1257" }, { "windows-1258", "WINDOWS-1258" },
	{ "windows-874", "CP874" }, { "tis-620", "CP874" }, { "iso-8859-11", "CP874" },
	{ "koi8-r", "KOI8-R" }, { "koi8-u", "KOI8-U" }, { "koi8", "KOI8-R" },
	{ "ibm866", "IBM866" }, { "cp866", "IBM866" },
	{ "macintosh", "MACINTOSH" }, { "x-mac-roman", "MACINTOSH" },
	{ "euc-kr", "CP949" }, { "ks_c_5601-1987", "CP949" }, { "windows-949", "CP949" },
	{ "cp949", "CP949" }, { "ksc5601", "CP949" }, { "korean", "CP949" },
	{ "shift_jis", "CP932" }, { "shift-jis", "CP932" }, { "sjis", "CP932" },
	{ "x-sjis", "CP932" }, { "ms_kanji", "CP932" }, { "windows-31j", "CP932" },
	{ "cp932", "CP932" }, { "euc-jp", "EUC-JP" }, { "iso-2022-jp", "ISO-2022-JP" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" }, { "gb18030", "GB18030" },
	{ "x-gbk", "GB18030" }, { "chinese", "GB18030" }, { "cp936", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" }, { "x-x-big5", "BIG5-HKSCS" },
	{ "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" }, { "utf-16be", "UTF-16BE" },
	{ NULL, NULL }
};

/*
 * Maps a label to an iconv name; see wire/charset.h.
 */
int
wire_charset_label(const char *label, size_t n, char *out, size_t outlen)
{
	char buf[64];
	size_t i, k;

	while (n > 0 && (isspace((unsigned char)*label) || *label == '"' ||
	    *label == '\''))
		label++, n--;
	while (n > 0 && (isspace((unsigned char)label[n - 1]) ||
	    label[n - 1] == '"' || label[n - 1] == '\''))
		n--;
	if (n == 0 || n >= sizeof(buf))
		return -1;
	for (i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)label[i]);
	buf[n] = '\0';
	for (k = 0; labels[k].label != NULL; k++)
		if (strcmp(labels[k].label, buf) == 0) {
			if (strlen(labels[k].iconv) >= outlen)
				return -1;
			memcpy(out, labels[k].iconv, strlen(labels[k].iconv) + 1);
			return 0;
		}
	return -1;
}

/* Finds needle (lower case) in s case-insensitively; NULL when absent. */
static const char *
find_ci(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle), i;

	if (m > n)
		return NULL;
	for (i = 0; i + m <= n; i++)
		if (tolower((unsigned char)s[i]) == needle[0] &&
		    strncasecmp(s + i, needle, m) == 0)
			return s + i;
	return NULL;
}

/* The charset label of a <meta> in the first bytes of s, into out. */
static int
meta_label(const char *s, size_t n, char *out, size_t outlen)
{
	const char *p, *end, *q;

	if (n > 4096)
		n = 4096;
	end = s + n;
	for (p = s; (p = find_ci(p, (size_t)(end - p), "<meta")) != NULL; p += 5) {
		const char *gt = memchr(p, '>', (size_t)(end - p));
		const char *c;

		if (gt == NULL)
			break;
		if ((c = find_ci(p, (size_t)(gt - p), "charset")) == NULL)
			continue;
		c += 7;
		while (c < gt && (isspace((unsigned char)*c) || *c == '='))
			c++;
		while (c < gt && (*c == '"' || *c == '\''))
			c++;
		for (q = c; q < gt && *q != '"' && *q != '\'' && *q != ';' &&
		    *q != '/' && !isspace((unsigned char)*q); q++)
			;
		if (wire_charset_label(c, (size_t)(q - c), out, outlen) == 0)
			return 0;
	}
	return -1;
}

/* Counts non-ASCII sequences that are and are not valid UTF-8. */
static void
utf8_stats(const char *s, size_t n, size_t *good, size_t *bad)
{
	size_t i = 0, k;
	uint32_t cp;

	*good = *bad = 0;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0) {
			(*bad)++;
			i++;
		} else {
			(*good)++;
			i += k;
		}
	}
}

static void
setname(char *out, size_t outlen, const char *name)
{
	snprintf(out, outlen, "%s", name);
}

/*
 * Decides a page's encoding; see wire/charset.h.
 */
size_t
wire_charset_sniff(const char *s, size_t n, const char *hint, char *out,
    size_t outlen)
{
	char declared[32];
	size_t good, bad;
	int have;

	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		setname(out, outlen, "UTF-8");
		return 3;
	}
	if (n >= 2 && memcmp(s, "\xff\xfe", 2) == 0) {
		setname(out, outlen, "UTF-16LE");
		return 2;
	}
	if (n >= 2 && memcmp(s, "\xfe\xff", 2) == 0) {
		setname(out, outlen, "UTF-16BE");
		return 2;
	}
	have = hint != NULL && wire_charset_label(hint, strlen(hint), declared,
	    sizeof(declared)) == 0;
	if (!have)
		have = meta_label(s, n, declared, sizeof(declared)) == 0;
	/* Bytes settle what a label gets plainly wrong. */
	utf8_stats(s, n > (1 << 20) ? (1 << 20) : n, &good, &bad);
	if (have && strncmp(declared, "UTF-16", 6) == 0 &&
	    memchr(s, '\0', n > 512 ? 512 : n) == NULL)
		have = 0;	/* a UTF-16 label on an 8-bit page */
	if (have && strcmp(declared, "UTF-8") != 0) {
		if (good > 0 && bad == 0)
			setname(out, outlen, "UTF-8");
		else
			setname(out, outlen, declared);
		return 0;
	}
	if (have && (bad == 0 || bad * 4 < good)) {
		setname(out, outlen, "UTF-8");
		return 0;
	}
	setname(out, outlen, bad == 0 ? "UTF-8" : "WINDOWS-1252");
	return 0;
}

/* Appends valid UTF-8 from s, cleaning controls; bad bytes become U+FFFD. */
static void
add_clean(const char *s, size_t n, struct wire_buf *out)
{
	size_t i = 0, k, run = 0;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x80) {
			run = i;
			while (i < n && (unsigned char)s[i] >= 0x20 &&
			    (unsigned char)s[i] < 0x80)
				i++;
			wire_buf_add(out, s + run, i - run);
			continue;
		}
		if (c < 0x80) {
			wire_buf_putc(out, c == '\t' || c == '\n' || c == '\r' ? c : ' ');
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
 * Converts to UTF-8; see wire/charset.h.
 */
int
wire_charset_to_utf8(const char *s, size_t n, const char *enc,
    struct wire_buf *out)
{
	char tmp[16384];
	iconv_t cd;
	char *in = (char *)(uintptr_t)s, *o;
	size_t inleft = n, oleft;

	if (strcmp(enc, "UTF-8") == 0 ||
	    (cd = iconv_open("UTF-8", enc)) == (iconv_t)-1) {
		add_clean(s, n, out);
		return out->full ? -1 : 0;
	}
	while (inleft > 0 && !out->full) {
		size_t r;

		o = tmp;
		oleft = sizeof(tmp);
		r = iconv(cd, &in, &inleft, &o, &oleft);
		add_clean(tmp, (size_t)(o - tmp), out);
		if (r == (size_t)-1 && errno != E2BIG) {
			/* An unconvertible or truncated sequence: one byte goes. */
			wire_buf_add(out, "\xef\xbf\xbd", 3);
			in++;
			inleft--;
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	return out->full ? -1 : 0;
}
