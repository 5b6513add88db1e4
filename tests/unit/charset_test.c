/*
 * charset_test.c: unit tests for lib/charset.c, the encoding decisions
 * and UTF-8 decoding shared by wire-fetch and wire-strip: labels, the
 * <meta> and XML prescan, detection, labels the bytes contradict,
 * byte order marks, clean output and the output cap.
 */
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/charset.h"
#include "wire/text.h"

/* "<p>한국 한국 한국</p>" in CP949 */
static const char ko[] = "<p>\xc7\xd1\xb1\xb9 \xc7\xd1\xb1\xb9 \xc7\xd1\xb1\xb9</p>";
/* Japanese in CP932: leads 0x81-0x9F */
static const char ja[] = "<p>\x93\xfa\x96{\x8c\xea\x82\xcc\x83" "e\x83L\x83X\x83g"
	"\x82\xc5\x82\xb7\x81" "B\x93\x8c\x8b\x9e\x82\xc5\x89\xef\x8b" "c\x82\xaa\x8a"
	"J\x82\xa9\x82\xea\x82\xdc\x82\xb5\x82\xbd\x81" "B</p>";
/* "<p>北京今天天气很好，我们去公园散步。</p>" in GB2312 */
static const char zh[] = "<p>\xb1\xb1\xbe\xa9\xbd\xf1\xcc\xec\xcc\xec\xc6\xf8\xba\xdc"
	"\xba\xc3\xa3\xac\xce\xd2\xc3\xc7\xc8\xa5\xb9\xab\xd4\xb0\xc9\xa2\xb2\xbd\xa1"
	"\xa3</p>";

/* The record name a label maps to, or NULL. */
static const char *
name(const char *label)
{
	const struct wire_charset *cs = wire_charset_lookup(label, strlen(label));

	return cs != NULL ? cs->name : NULL;
}

/* The iconv name a label maps to, or NULL. */
static const char *
iconv_name(const char *label)
{
	const struct wire_charset *cs = wire_charset_lookup(label, strlen(label));

	return cs != NULL ? cs->iconv : NULL;
}

/* The record name of what the prescan finds in s, or NULL. */
static const char *
prescan(const char *s)
{
	const struct wire_charset *cs = wire_charset_prescan(s, strlen(s));

	return cs != NULL ? cs->name : NULL;
}

static void
test_labels(void)
{
	is_str(name(" EUC-KR "), "euc-kr", "euc-kr, blanks and case ignored");
	is_str(iconv_name("euc-kr"), "CP949", "euc-kr decodes as CP949");
	is_str(name("ks_c_5601-1987"), "euc-kr", "ks_c_5601-1987 is euc-kr");
	is_str(name(" gb2312 "), "gb18030", "gb2312");
	is_str(name("GBK"), "gb18030", "gbk");
	is_str(iconv_name("gb2312"), "GB18030", "gb2312 decodes as GB18030");
	is_str(name("Shift_JIS"), "shift_jis", "shift_jis");
	is_str(iconv_name("sjis"), "CP932", "shift_jis decodes as CP932");
	is_str(name("ISO-8859-1"), "windows-1252", "iso-8859-1 is windows-1252");
	is_str(name("latin1"), "windows-1252", "latin1 is windows-1252");
	is_str(name("us-ascii"), "windows-1252", "us-ascii is windows-1252");
	is_str(name("ascii"), "windows-1252", "ascii is windows-1252");
	is_str(iconv_name("windows-1252"), "WINDOWS-1252", "windows-1252 iconv name");
	is_str(name("iso-8859-9"), "windows-1254", "iso-8859-9 is windows-1254");
	is_str(name("tis-620"), "windows-874", "tis-620 is windows-874");
	is_str(name("'utf8'"), "utf-8", "quotes ignored");
	is_str(name("utf-16"), "utf-16le", "utf-16 is little-endian");
	is_str(name("unicodefffe"), "utf-16be", "unicodefffe is big-endian");
	is_str(name("koi8-ru"), "koi8-u", "koi8-ru is koi8-u");
	ok(name("x-bogus") == NULL, "unknown label");
	ok(name("klingon") == NULL, "unknown label");
	ok(name("") == NULL && name("  ") == NULL, "empty label");
	ok(name("utf-8utf-8utf-8utf-8utf-8utf-8utf-8utf-8utf-8utf-8") == NULL,
	    "overlong label");
}

static void
test_prescan(void)
{
	is_str(prescan("<html><meta charset=\"EUC-KR\">"), "euc-kr", "meta charset");
	is_str(prescan("<meta charset=shift_jis>"), "shift_jis", "unquoted");
	is_str(prescan("<meta http-equiv=\"Content-Type\" content=\"text/html;"
	    " charset=shift_jis\">"), "shift_jis", "meta http-equiv");
	is_str(prescan("<META CONTENT='text/html; charset = \"gb2312\"' "
	    "HTTP-EQUIV=content-type>"), "gb18030", "http-equiv after content");
	ok(prescan("<meta name=\"x\" content=\"text/html; charset=euc-kr\">") ==
	    NULL, "content without http-equiv is not a declaration");
	is_str(prescan("<meta http-equiv=content-type content=\"text/html; "
	    "charset=euc-kr\" charset=\"utf-8\">"), "utf-8", "charset wins");
	is_str(prescan("<?xml version=\"1.0\" encoding='gb2312'?><a/>"),
	    "gb18030", "XML declaration");
	is_str(prescan("\n<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>"),
	    "windows-1252", "XML declaration after a blank line");
	is_str(prescan("<!-- <meta charset=koi8-r> --><meta charset=utf-8>"),
	    "utf-8", "comments skipped");
	is_str(prescan("<meta charset=klingon><meta charset=euc-jp>"), "euc-jp",
	    "an unknown label is skipped");
	is_str(prescan("<meta name=description content=\"a > b\"><meta charset=big5>"),
	    "big5", "a quoted > inside a meta");
	ok(prescan("<metadata charset=utf-8>") == NULL, "not a meta element");
	ok(prescan("<html><head><title>x</title>") == NULL, "nothing declared");
	ok(prescan("<meta charset=\"euc-kr") == NULL, "a meta cut off");
}

static void
test_detect(void)
{
	is_str(wire_charset_detect(ko, strlen(ko))->name, "euc-kr", "CP949 detected");
	is_str(wire_charset_detect(ja, strlen(ja))->name, "shift_jis",
	    "Shift_JIS detected");
	is_str(wire_charset_detect(zh, strlen(zh))->name, "gb18030",
	    "GB2312 detected");
	is_str(wire_charset_detect("caf\xe9", 4)->name, "windows-1252",
	    "Latin-1 guessed");
	is_str(wire_charset_detect("plain", 5)->name, "utf-8", "ASCII is utf-8");
	is_str(wire_charset_detect("\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4", 9)->name,
	    "utf-8", "UTF-8 detected");
}

/* Decodes s with label into b (reset first); returns the record name. */
static const char *
dec(const char *s, size_t n, const char *label, struct wire_buf *b)
{
	wire_buf_reset(b);
	return wire_charset_decode(s, n, label, b);
}

static void
test_decode(void)
{
	struct wire_buf b = { 0 };
	char *big;
	size_t i, n;

	is_str(dec(ko, strlen(ko), "euc-kr", &b), "euc-kr", "header label used");
	is_str(b.p, "<p>한국 한국 한국</p>", "CP949 decoded");
	is_str(dec(ko, strlen(ko), NULL, &b), "euc-kr", "CP949 without a label");
	is_str(b.p, "<p>한국 한국 한국</p>", "CP949 detected and decoded");
	is_str(dec(ko, strlen(ko), "utf-8", &b), "euc-kr",
	    "CP949 labelled utf-8 is still CP949");
	is_str(b.p, "<p>한국 한국 한국</p>", "mislabelled CP949 decoded");
	is_str(dec("<p>한국</p>", strlen("<p>한국</p>"), "euc-kr", &b), "utf-8",
	    "UTF-8 labelled euc-kr (a decoded record) is UTF-8");
	is_str(b.p, "<p>한국</p>", "already decoded text unchanged");
	is_str(dec("<meta charset=iso-8859-1>f\xc3\xbcr", 29, NULL, &b), "utf-8",
	    "valid UTF-8 under a latin1 meta");
	is_str(dec("<meta charset=shift_jis>\x82\xa0", 26, NULL, &b), "shift_jis",
	    "meta charset used");
	is_str(b.p, "<meta charset=shift_jis>あ", "Shift_JIS decoded");
	is_str(dec(ja, strlen(ja), NULL, &b), "shift_jis", "Shift_JIS undeclared");
	is_str(b.p, "<p>日本語のテキストです。東京で会議が開かれました。</p>",
	    "Shift_JIS detected and decoded");
	is_str(dec(zh, strlen(zh), NULL, &b), "gb18030", "GB2312 undeclared");
	is_str(b.p, "<p>北京今天天气很好，我们去公园散步。</p>", "GB2312 decoded");
	is_str(dec("caf\xe9", 4, NULL, &b), "windows-1252", "no label, not UTF-8");
	is_str(b.p, "café", "Latin-1 decoded");
	is_str(dec("Gr\xfc\xdf" "e \x80", 7, "iso-8859-1", &b), "windows-1252",
	    "iso-8859-1 read as windows-1252");
	is_str(b.p, "Grüße €", "0x80 is the euro sign");
	is_str(dec("<p>f\xfcr</p>", 10, "utf-8", &b), "windows-1252",
	    "windows-1252 labelled utf-8 gives way to the bytes");
	is_str(b.p, "<p>für</p>", "mislabelled windows-1252 decoded");

	is_str(dec("\xef\xbb\xbfok", 5, "iso-8859-1", &b), "utf-8",
	    "a BOM beats the header");
	is_mem(b.p, b.len, "ok", 2, "the UTF-8 BOM dropped");
	is_str(dec("\xff\xfeh\0i\0", 6, NULL, &b), "utf-16le", "UTF-16LE BOM");
	is_mem(b.p, b.len, "hi", 2, "UTF-16LE decoded");
	is_str(dec("\xfe\xff\0h\0i", 6, "utf-8", &b), "utf-16be", "UTF-16BE BOM");
	is_mem(b.p, b.len, "hi", 2, "UTF-16BE decoded");
	is_str(dec("h\0i\0", 4, "utf-16", &b), "utf-16le", "utf-16 label on NULs");
	is_mem(b.p, b.len, "hi", 2, "UTF-16 without a BOM decoded");
	is_str(dec("caf\xc3\xa9", 5, "utf-16", &b), "utf-8",
	    "a UTF-16 label on 8-bit bytes is ignored");
	is_str(dec("<meta charset=utf-16>caf\xc3\xa9", 26, NULL, &b), "utf-8",
	    "a UTF-16 meta is UTF-8");

	is_str(dec("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9 a\xffz", 14, "utf-8", &b),
	    "utf-8", "UTF-8 with a stray byte stays UTF-8");
	is_mem(b.p, b.len, "ééééé a\xef\xbf\xbdz", 16, "a bad byte becomes U+FFFD");
	is_str(dec("a\xffz", 3, "utf-8", &b), "windows-1252",
	    "no UTF-8 at all under a utf-8 label gives way");
	is_str(b.p, "aÿz", "read as windows-1252");
	dec("\xef\xbb\xbf" "a\0b\xff", 7, NULL, &b);
	is_mem(b.p, b.len, "a b\xef\xbf\xbd", 6, "NUL and bad bytes cleaned");
	dec("a\x01\tb\r\n\x1b", 7, NULL, &b);
	is_mem(b.p, b.len, "a \tb\r\n ", 7, "C0 controls but tab, CR, LF cleaned");
	dec("\xc7\xd1\0\xc7", 4, "euc-kr", &b);
	is_mem(b.p, b.len, "한 \xef\xbf\xbd", 7, "NUL and a cut tail in CP949");
	is_str(dec("", 0, NULL, &b), "utf-8", "empty input");
	ok(b.p != NULL && b.len == 0, "empty output is not NULL");

	/* A UTF-8 page over the sample, a character across its end. */
	n = (1 << 20) + 64;
	if ((big = malloc(n)) == NULL)
		abort();
	memset(big, 'a', n);
	memcpy(big + 100, "\xc3\xa9", 2);
	for (i = 0; i + 2 <= 64; i += 2)
		memcpy(big + (1 << 20) - 1 + i, "\xc3\xa9", 2);
	is_str(dec(big, n, "latin1", &b), "utf-8",
	    "UTF-8 past the sample under a latin1 label");
	is_str(dec(big, n, NULL, &b), "utf-8", "UTF-8 past the sample, no label");
	ok(b.len == n, "all of it decoded");
	wire_buf_reset(&b);
	b.max = 1000;
	ok(wire_charset_decode(big, n, NULL, &b) == NULL && b.full,
	    "output over its cap");
	b.max = 0;
	free(big);
	wire_buf_free(&b);
}

int
main(void)
{
	test_labels();
	test_prescan();
	test_detect();
	test_decode();
	return tap_done();
}
