/*
 * record_test.c: unit tests for the JSON-lines reader and writer
 * (lib/record.c), the UTF-8 helpers (lib/text.c) and ids (lib/id.c).
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/id.h"
#include "wire/record.h"
#include "wire/text.h"

static int
parses(const char *line)
{
	struct wire_record r = { 0 };
	char why[128];
	int rc = wire_record_parse(&r, line, strlen(line), why, sizeof(why));

	wire_record_free(&r);
	return rc == 0;
}

static const char *
reason(const char *line, size_t len)
{
	static char why[128];
	struct wire_record r = { 0 };

	why[0] = '\0';
	wire_record_parse(&r, line, len, why, sizeof(why));
	wire_record_free(&r);
	return why;
}

static void
test_valid(void)
{
	static const char *good[] = {
		"{}", " { } ", "{\"a\":1}", "{\"a\":-0.5e+10,\"b\":[1,{\"c\":null}]}",
		"{\"a\":\"\\u00e9\\ud83d\\ude00\\n\\\"\"}", "{\"a\":true,\"b\":false}",
		"{\"\xc3\xa9\":\"\xe2\x80\x9cq\xe2\x80\x9d\"}", "{\"a\":0}", "{\"a\":[]}",
		"{\"a\":1e5,\"a\":2}", "{\"a\":\"x\"}\r", NULL
	};
	static const char *bad[] = {
		"", "[1]", "\"s\"", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}",
		"{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":tru}", "{\"a\":\"\t\"}",
		"{\"a\":\"\\x\"}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}",
		"{\"a\":\"\xff\"}", "{\"a\":\"\xc0\xaf\"}", "{\"a\":\"\xed\xa0\x80\"}",
		"{\"a\":1} x", "{\"a\":1}{}", "{'a':1}", "{\"a\":\"abc", "{\"a\":-}",
		"{\"a\":[1 2]}", "{\"a\":NaN}", NULL
	};
	char deep[400];
	size_t i;

	for (i = 0; good[i] != NULL; i++)
		ok(parses(good[i]), "valid: %s", good[i]);
	for (i = 0; bad[i] != NULL; i++)
		ok(!parses(bad[i]), "invalid: %s", bad[i]);
	memset(deep, 0, sizeof(deep));
	strcpy(deep, "{\"a\":");
	for (i = 0; i < 70; i++)
		strcat(deep, "[");
	for (i = 0; i < 70; i++)
		strcat(deep, "]");
	strcat(deep, "}");
	ok(!parses(deep), "nesting deeper than WIRE_MAX_DEPTH is rejected");
	is_str(reason("not json", 8), "invalid JSON at byte 0: not JSON", "reason: not JSON");
	is_str(reason("[1,2]", 5), "invalid JSON at byte 0: not a JSON object",
	    "reason: not an object");
	is_str(reason("{\"a\":\"\xff\"}", 8), "invalid UTF-8 at byte 6", "reason: UTF-8");
	is_str(reason("{\"a\":\"x\0y\"}", 10), "NUL byte at byte 7", "reason: NUL");
	is_str(reason("{\"a\":1", 6), "invalid JSON at byte 6: truncated", "reason: truncated");
}

/*
 * Strings whose special byte (escape, control, quote, non-ASCII) falls at
 * every place of the blocks the scanner reads at once, and at the end.
 */
static void
test_string_blocks(void)
{
	static const struct {
		const char	*mid;
		int		 good;
		const char	*why;
	} c[] = {
		{ "\\n", 1, "" }, { "\x01", 0, "control character in string" },
		{ "\xc3\xa9", 1, "" }, { "\xff", 0, "invalid UTF-8" },
		{ "\\\"", 1, "" }
	};
	struct wire_record r = { 0 };
	char line[128], why[128], want[128];
	size_t k, j, t, len;
	int bad = 0, rc;

	for (j = 0; j < sizeof(c) / sizeof(c[0]); j++)
		for (k = 0; k < 40; k++)
			for (t = 0; t < 20; t += 19) {
				len = (size_t)snprintf(line, sizeof(line),
				    "{\"a\":\"%.*s%s%.*s\"}", (int)k,
				    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
				    c[j].mid, (int)t, "cccccccccccccccccccc");
				rc = wire_record_parse(&r, line, len, why,
				    sizeof(why));
				snprintf(want, sizeof(want), "at byte %zu: %s",
				    6 + k, c[j].why);
				if (c[j].good ? rc != 0 || r.n != 1 ||
				    r.f[0].vlen != len - 6 ||
				    r.f[0].vesc != (c[j].mid[0] == '\\') :
				    rc == 0 || (strstr(why, want) == NULL &&
				    strcmp(c[j].why, "invalid UTF-8") != 0))
					bad++;
			}
	is_int(bad, 0, "special bytes at every place of a block");
	is_str(reason("{\"a\":\"bbbbbbbbbbbbbbbbbbbbbbb", 29),
	    "invalid JSON at byte 29: unterminated string",
	    "a long string without its quote");
	wire_record_free(&r);
}

/* wire_json_quote(): a string as wire_json_str() writes it, no comma. */
static void
test_quote(void)
{
	struct wire_buf b = { 0 };

	wire_buf_add(&b, "[", 1);
	wire_json_quote(&b, "q\"\\\n\x01\xc3\xa9", 7);
	wire_json_quote(&b, "", 0);
	is_str(b.p, "[\"q\\\"\\\\\\n\\u0001\xc3\xa9\"\"\"",
	    "wire_json_quote() quotes and escapes");
	wire_buf_free(&b);
}

/* A key written with escapes, longer than any stack buffer. */
static void
test_long_escaped_key(void)
{
	struct wire_record r = { 0 };
	struct wire_buf line = { 0 };
	char why[128], plain[301];
	size_t i;

	wire_buf_puts(&line, "{\"");
	for (i = 0; i < 300; i++) {
		wire_buf_puts(&line, "\\u0041");
		plain[i] = 'A';
	}
	plain[300] = '\0';
	wire_buf_puts(&line, "\":1}");
	is_int(wire_record_parse(&r, line.p, line.len, why, sizeof(why)), 0,
	    "300-character escaped key parses");
	is_int(wire_record_index(&r, plain), 0, "and is found by its decoded name");
	plain[299] = 'B';
	is_int(wire_record_index(&r, plain), -1, "a different long key is not");
	wire_record_free(&r);
	wire_buf_free(&line);
}

static void
test_fields(void)
{
	const char *line = "{\"id\":\"x1\", \"text\":\"caf\\u00e9 \\\"ok\\\"\","
	    "\"n\":42,\"neg\":-7,\"f\":1.5,\"o\":{\"text\":1},\"k\\u0065y\":\"v\",\"n\":43}";
	struct wire_record r = { 0 };
	struct wire_buf scratch = { 0 };
	const struct wire_field *f;
	const char *s;
	char why[128];
	long long v;
	size_t len;

	is_int(wire_record_parse(&r, line, strlen(line), why, sizeof(why)), 0, "parse");
	is_int(r.n, 8, "eight top-level fields, nested ones not counted");
	s = wire_field_str(wire_record_get(&r, "id"), &scratch, &len);
	ok(s != NULL && len == 2 && memcmp(s, "x1", 2) == 0, "plain string is read");
	ok(s >= line && s < line + strlen(line), "plain string is not copied");
	s = wire_field_str(wire_record_get(&r, "text"), &scratch, &len);
	is_mem(s, len, "caf\xc3\xa9 \"ok\"", 10, "escapes decoded");
	ok(wire_field_int(wire_record_get(&r, "n"), &v) == 0 && v == 43,
	    "duplicate key: the last wins");
	ok(wire_field_int(wire_record_get(&r, "neg"), &v) == 0 && v == -7, "negative int");
	ok(wire_field_int(wire_record_get(&r, "f"), &v) == -1, "1.5 is not an integer");
	ok(wire_field_str(wire_record_get(&r, "o"), &scratch, &len) == NULL,
	    "object is not a string");
	ok(wire_record_get(&r, "missing") == NULL, "missing key");
	f = wire_record_get(&r, "key");
	ok(f != NULL && f->kesc, "escaped key found by its decoded name");
	test_long_escaped_key();
	wire_record_free(&r);
	wire_buf_free(&scratch);
}

static void
test_writer(void)
{
	const char *line = "{\"b\": 1.50 ,\"a\":\"\\u00e9\\/\"}";
	struct wire_record r = { 0 };
	struct wire_buf b = { 0 };
	struct wire_json w;
	char why[128];
	size_t i;

	wire_record_parse(&r, line, strlen(line), why, sizeof(why));
	wire_json_begin(&w, &b);
	for (i = 0; i < r.n; i++)
		wire_json_field(&w, &r.f[i]);
	wire_json_key(&w, "s");
	wire_json_str(&w, "q\"\\\n\t\x01\xc3\xa9", 8);
	wire_json_key(&w, "l");
	wire_json_arr(&w);
	wire_json_int(&w, -3);
	wire_json_obj(&w);
	wire_json_key(&w, "t");
	wire_json_bool(&w, 1);
	wire_json_key(&w, "u");
	wire_json_null(&w);
	wire_json_close(&w);
	wire_json_raw(&w, "[]", 2);
	wire_json_close(&w);
	wire_json_end(&w);
	is_str(b.p, "{\"b\":1.50,\"a\":\"\\u00e9\\/\",\"s\":\"q\\\"\\\\\\n\\t\\u0001\xc3\xa9\","
	    "\"l\":[-3,{\"t\":true,\"u\":null},[]]}\n",
	    "fields copied byte for byte, values escaped, commas placed");
	ok(parses(b.p), "writer output parses");
	b.max = 8;
	wire_json_begin(&w, &b);
	wire_json_key(&w, "long-key");
	ok(b.full, "writer honours the buffer cap");
	wire_buf_free(&b);
	wire_record_free(&r);
}

/* Writes line through wire_json_begin_fields() and one more key. */
static const char *
copied(const char *line, struct wire_buf *b)
{
	struct wire_record r = { 0 };
	struct wire_json w;
	char why[128];

	wire_buf_reset(b);
	if (wire_record_parse(&r, line, strlen(line), why, sizeof(why)) == 0) {
		wire_json_begin_fields(&w, b, &r);
		wire_json_key(&w, "k");
		wire_json_int(&w, 1);
		wire_json_end(&w);
	}
	wire_record_free(&r);
	return b->p != NULL ? b->p : "";
}

static void
test_begin_fields(void)
{
	struct wire_buf b = { 0 };
	struct wire_json w;
	char num[32];
	static const long long nums[] = { 0, 7, -1, 1234567890, INT64_MAX,
	    INT64_MIN };
	size_t i;

	is_str(copied("{\"a\":1,\"b\":[1, 2],\"a\":\"x\"}", &b),
	    "{\"a\":1,\"b\":[1, 2],\"a\":\"x\",\"k\":1}\n",
	    "compact line: copied whole, duplicates and inner blanks kept");
	is_str(copied(" {\"a\" : 1 ,\"b\":[1, 2],\t\"a\":\"x\"} ", &b),
	    "{\"a\":1,\"b\":[1, 2],\"a\":\"x\",\"k\":1}\n",
	    "blanks between fields: the same record, field by field");
	is_str(copied("{}", &b), "{\"k\":1}\n", "empty record: no comma");
	is_str(copied("{ }", &b), "{\"k\":1}\n", "empty record with a blank");
	is_str(copied("{\"\\u0061\":\"\\n\"}", &b),
	    "{\"\\u0061\":\"\\n\",\"k\":1}\n", "escapes copied as they are");
	wire_buf_free(&b);
	b.max = 6;
	copied("{\"abc\":1}", &b);
	ok(b.full, "begin_fields honours the buffer cap");
	wire_buf_free(&b);
	b.max = 0;
	for (i = 0; i < sizeof(nums) / sizeof(nums[0]); i++) {
		snprintf(num, sizeof(num), "{\"n\":%lld}\n", nums[i]);
		wire_json_begin(&w, &b);
		wire_json_key(&w, "n");
		wire_json_int(&w, nums[i]);
		wire_json_end(&w);
		ok(strcmp(b.p, num) == 0, "int %lld as printf writes it",
		    nums[i]);
	}
	wire_json_begin(&w, &b);
	wire_json_key(&w, "q\"\\\x01");
	wire_json_int(&w, 0);
	wire_json_end(&w);
	is_str(b.p, "{\"q\\\"\\\\\\u0001\":0}\n", "a key that needs escapes");
	wire_buf_free(&b);
}

/* The inline appends keep the cap and the NUL. */
static void
test_buf(void)
{
	struct wire_buf b = { NULL, 0, 0, 4, 0 };

	wire_buf_add(&b, "", 0);
	ok(b.p != NULL && b.len == 0 && b.p[0] == '\0' && !b.full,
	    "an empty append makes room and a NUL");
	wire_buf_add(&b, "abc", 3);
	wire_buf_add(&b, "de", 2);
	ok(b.len == 3 && b.full && strcmp(b.p, "abc") == 0,
	    "an append past max appends nothing and sets full");
	b.full = 0;
	wire_buf_putc(&b, 'd');
	ok(b.len == 4 && !b.full && strcmp(b.p, "abcd") == 0, "putc up to max");
	wire_buf_putc(&b, 'e');
	ok(b.len == 4 && b.full, "putc past max");
	wire_buf_free(&b);
	wire_buf_putc(&b, 'x');
	wire_buf_puts(&b, "yz");
	ok(b.len == 3 && strcmp(b.p, "xyz") == 0, "putc and puts grow a freed buffer");
	wire_buf_free(&b);
	b.max = 0;
	wire_buf_int(&b, 0);
	wire_buf_putc(&b, ' ');
	wire_buf_int(&b, -42);
	wire_buf_putc(&b, ' ');
	wire_buf_int(&b, LLONG_MIN);
	is_str(b.p, "0 -42 -9223372036854775808", "integers in decimal, the "
	    "least one too");
	wire_buf_free(&b);
}

static void
test_reader(void)
{
	char big[300000];
	const char *line;
	struct wire_reader rd;
	size_t len, i;
	FILE *fp, *spill;
	char *sp = NULL;
	size_t splen = 0;

	fp = tmpfile();
	fputs("{\"a\":1}\r\n\nsecond\n", fp);
	memset(big, 'x', sizeof(big));
	big[0] = '{';
	fwrite(big, 1, sizeof(big), fp);
	fputs("\nafter-long\n", fp);
	for (i = 0; i < 280000; i++)
		fputc('y', fp);
	fputs("\nlast-no-newline", fp);
	rewind(fp);
	spill = open_memstream(&sp, &splen);
	wire_reader_init(&rd, fp, "t", 290000);
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_OK, "line 1");
	is_mem(line, len, "{\"a\":1}", 7, "CR before LF dropped");
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_OK, "line 2");
	is_int(len, 0, "blank line returned empty");
	wire_reader_next(&rd, &line, &len, spill);
	is_mem(line, len, "second", 6, "line 3");
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_LONG, "long line");
	is_int(rd.lineno, 4, "long line counted");
	is_int(rd.longlen, sizeof(big), "its length is known");
	wire_reader_next(&rd, &line, &len, spill);
	is_mem(line, len, "after-long", 10, "stream goes on after a long line");
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_OK,
	    "line spanning read buffers");
	is_int(len, 280000, "kept whole");
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_OK, "unterminated last");
	is_mem(line, len, "last-no-newline", 15, "last line without newline");
	is_int(wire_reader_next(&rd, &line, &len, spill), WIRE_LINE_EOF, "EOF");
	fclose(spill);
	is_int(splen, sizeof(big) + 1, "long line spilled verbatim with newline");
	ok(splen > 0 && memcmp(sp, big, sizeof(big)) == 0, "spilled bytes equal");
	free(sp);
	wire_reader_free(&rd);
	fclose(fp);
}

static void
test_utf8(void)
{
	uint32_t cp;
	char out[4];

	is_int(wire_utf8_check("abc\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 12), 12, "valid");
	is_int(wire_utf8_check("abcdefghij\x80", 11), 10, "stray continuation");
	is_int(wire_utf8_check("ab\xe2\x82", 4), 2, "truncated sequence");
	is_int(wire_utf8_check("\xf4\x90\x80\x80", 4), 0, "above U+10FFFF");
	is_int(wire_utf8_check("\xe0\x80\xaf", 3), 0, "overlong");
	is_int(wire_utf8_count("a\xc3\xa9\xf0\x9f\x98\x80", 7), 3, "count code points");
	is_int(wire_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4, "decode 4 bytes");
	is_int(cp, 0x1f600, "code point");
	is_int(wire_utf8_encode(0x20ac, out), 3, "encode");
	ok(memcmp(out, "\xe2\x82\xac", 3) == 0, "encoded bytes");
}

static void
test_id(void)
{
	struct wire_buf b = { 0 };
	char a[WIRE_ID_LEN + 1], c[WIRE_ID_LEN + 1];

	wire_url_canon(" HTTP://Example.COM:80?utm_source=x&b=2#frag ", 45, &b);
	is_str(b.p, "http://example.com/?b=2", "canonical URL");
	wire_buf_reset(&b);
	wire_url_canon("https://a.org:443/P/Q?fbclid=1", 30, &b);
	is_str(b.p, "https://a.org/P/Q", "path case kept, tracking dropped");
	wire_buf_free(&b);
	wire_doc_id("http://a.org/x#top", 18, NULL, 0, a);
	wire_doc_id("https://A.org/x?utm_medium=rss", 30, NULL, 0, c);
	is_str(a, c, "same page, same id");
	is_int(strlen(a), WIRE_ID_LEN, "id length");
	wire_doc_id(NULL, 0, "some text", 9, a);
	wire_doc_id(NULL, 0, "some text!", 10, c);
	ok(strcmp(a, c) != 0, "text ids differ");
	wire_doc_id(NULL, 0, "some text", 9, c);
	is_str(a, c, "text id stable");
	is_str(a, "6d01c5799b74025d", "id value fixed across versions");
}

/* wire_json_array_next over raw arrays of every kind of element. */
static void
test_array(void)
{
	static const char line[] =
	    "{\"a\":[ \"x,]\" , {\"k\":[1,2]},[3,[4]] ,null,-1.5e3 ],\"e\":[ ]}";
	struct wire_record r;
	const struct wire_field *f;
	const char *p, *e, *el;
	size_t elen;
	char why[128], got[256];
	int n = 0;

	memset(&r, 0, sizeof(r));
	ok(wire_record_parse(&r, line, sizeof(line) - 1, why, sizeof(why)) == 0,
	    "array record parses");
	f = wire_record_get(&r, "a");
	got[0] = '\0';
	for (p = f->val + 1, e = f->val + f->vlen;
	    wire_json_array_next(&p, e, &el, &elen); n++) {
		strncat(got, el, elen);
		strcat(got, "|");
	}
	is_int(n, 5, "five elements");
	is_str(got, "\"x,]\"|{\"k\":[1,2]}|[3,[4]]|null|-1.5e3|",
	    "elements whole, spaces trimmed, commas and brackets in strings kept");
	f = wire_record_get(&r, "e");
	p = f->val + 1;
	ok(wire_json_array_next(&p, f->val + f->vlen, &el, &elen) == 0,
	    "an empty array has no element");
	wire_record_free(&r);
}

/* The word-at-a-time byte test and the digit writer of wire/text.h. */
static void
test_bytes8(void)
{
	char tmp[24], *p;
	uint64_t w;

	memcpy(&w, "a0z9/:\x80" "A", 8);
	is_int(wire_bytes_in8(w, '0', '9') == (UINT64_C(0x80) << 8 |
	    UINT64_C(0x80) << 24), 1, "bytes in range: the digits alone");
	is_int(wire_bytes_in8(w, 'a', 'z') == (UINT64_C(0x80) |
	    UINT64_C(0x80) << 16), 1, "bytes in range: not 0x80 or 'A'");
	p = wire_fmt_digits(tmp + sizeof(tmp), 0);
	is_int((int)(tmp + sizeof(tmp) - p), 1, "digits of 0: one");
	is_int(*p, '0', "digits of 0");
	p = wire_fmt_digits(tmp + sizeof(tmp), 18446744073709551615ULL);
	ok(tmp + sizeof(tmp) - p == 20 &&
	    memcmp(p, "18446744073709551615", 20) == 0, "digits of the largest");
}

/* Full-width forms of ASCII, as Chinese and Japanese dates have them. */
static void
test_fullwidth(void)
{
	const unsigned char *two = (const unsigned char *)"\xef\xbc\x92",
	    *bang = (const unsigned char *)"\xef\xbc\x81",
	    *tilde = (const unsigned char *)"\xef\xbd\x9e",
	    *cjk = (const unsigned char *)"\xe5\xb9\xb4";

	is_int(wire_fullwidth_ascii(two, 3), '2', "full-width 2");
	is_int(wire_fullwidth_ascii(bang, 3), '!', "full-width first: !");
	is_int(wire_fullwidth_ascii(tilde, 3), '~', "full-width last: ~");
	is_int(wire_fullwidth_ascii(two, 2), 0, "cut short: none");
	is_int(wire_fullwidth_ascii(cjk, 3), 0, "a Chinese character: none");
	is_int(wire_fullwidth_ascii((const unsigned char *)"2", 1), 0,
	    "ASCII itself: none");
}

/* Capitals of Latin-1, lowered by adding 0x20 to their second byte. */
static void
test_latin1_capital(void)
{
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\x84"), 1,
	    "\"\xc3\x84\" is a capital");
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\x80"), 1,
	    "the first capital, \"\xc3\x80\"");
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\x9e"), 1,
	    "the last capital, \"\xc3\x9e\"");
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\xa4"), 0,
	    "\"\xc3\xa4\" is small");
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\x97"), 0,
	    "the multiplication sign is no letter");
	is_int(wire_latin1_capital((const unsigned char *)"\xc3\x9f"), 0,
	    "\"\xc3\x9f\" has no capital here");
	is_int(wire_latin1_capital((const unsigned char *)"Ab"), 0,
	    "ASCII: no");
}

int
main(void)
{
	test_valid();
	test_fields();
	test_array();
	test_writer();
	test_string_blocks();
	test_quote();
	test_begin_fields();
	test_buf();
	test_reader();
	test_utf8();
	test_bytes8();
	test_fullwidth();
	test_latin1_capital();
	test_id();
	return tap_done();
}
