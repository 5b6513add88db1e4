/*
 * split_fuzz.c: libFuzzer target for the wire-split stage (lib/split.c):
 * wire_split_record() on one record, as the program runs it, with and
 * without --nest.
 *
 * An input that parses as a record and holds no newline (the reader never
 * gives a stage one) is used as it is; any other valid UTF-8 becomes
 * {"id":"fuzz","text":INPUT}.  stdout goes to an unlinked
 * temporary file that is read back after each record, and the output is
 * checked against the record and the splitter's sentences:
 *
 *  - a record without a string "text", or whose text has no sentences, is
 *    passed through byte for byte (without --nest);
 *  - otherwise there is one record per sentence: doc (the record's id, else
 *    its doc, else a 16-digit hex id), n counting from 0, para, start and end
 *    (code point offsets in the text, computed here independently), text
 *    (the exact bytes of the sentence), then url, title and published and
 *    the --carry fields (lang, tags) copied byte for byte when present;
 *  - with --nest, one record: the input's fields byte for byte and in order,
 *    with "sentences" (an array of {n, para, start, end, text}) in place of
 *    the last old "sentences" or at the end.
 *
 * Records whose sentence output would pass 16 MB (thousands of sentences
 * times a long url or title, say) are skipped without --nest: they only
 * cost time.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "wire/cli.h"
#include "wire/id.h"
#include "wire/record.h"
#include "wire/sentence.h"
#include "wire/split.h"
#include "wire/text.h"

#define MAX_OUTPUT	(16 << 20)

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const carried[] = { "url", "title", "published", "lang", "tags" };

static struct wire_split_job job, nestjob;
static int outfd = -1;
static char *obuf;
static size_t obufcap;
static struct wire_record rec, orec;
static struct wire_buf made, text, scratch, scratch2;
static size_t *cpoff;		/* code point offset of each sentence's ends */
static size_t cpcap;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("WIRE_DATADIR");
	char path[4096], err[256], tmpl[] = "/tmp/split_fuzz.XXXXXX";

	if (dir != NULL && *dir != '\0')
		snprintf(path, sizeof(path), "%s/abbrev.txt", dir);
	else
		snprintf(path, sizeof(path), "data/abbrev.txt");
	if (wire_split_job_init(&job, path, "lang,tags,url", 0, err,
	    sizeof(err)) == -1 ||
	    wire_split_job_init(&nestjob, path, NULL, 1, err, sizeof(err)) == -1) {
		fprintf(stderr, "split_fuzz: %s: %s\n", path, err);
		exit(1);
	}
	if ((outfd = mkstemp(tmpl)) == -1 || unlink(tmpl) == -1) {
		perror("split_fuzz: mkstemp");
		exit(1);
	}
	fflush(stdout);
	if (dup2(outfd, STDOUT_FILENO) == -1) {
		perror("split_fuzz: dup2");
		exit(1);
	}
	return 0;
}

static void
die(const char *what, size_t i)
{
	fprintf(stderr, "split_fuzz: record %zu of the output: %s\n", i, what);
	abort();
}

static void
out_reset(void)
{
	fflush(stdout);
	if (ftruncate(outfd, 0) == -1 || fseek(stdout, 0, SEEK_SET) == -1)
		abort();
}

/* Reads what the stage wrote; returns its length (obuf, NUL-terminated). */
static size_t
out_read(void)
{
	struct stat st;
	size_t n;

	if (fflush(stdout) == EOF || fstat(outfd, &st) == -1)
		abort();
	n = (size_t)st.st_size;
	if (n + 1 > obufcap) {
		obufcap = n + 1;
		if ((obuf = realloc(obuf, obufcap)) == NULL)
			abort();
	}
	if (pread(outfd, obuf, n, 0) != (ssize_t)n)
		abort();
	obuf[n] = '\0';
	return n;
}

/* Code point offsets of every sentence's start and end, counted here. */
static void
count_offsets(const char *t, const struct wire_sent *s, size_t ns)
{
	size_t i, b = 0, cp = 0, want;

	if (2 * ns > cpcap) {
		cpcap = 2 * ns;
		if ((cpoff = realloc(cpoff, cpcap * sizeof(*cpoff))) == NULL)
			abort();
	}
	for (i = 0; i < 2 * ns; i++) {
		want = i % 2 == 0 ? s[i / 2].start : s[i / 2].end;
		for (; b < want; b++)
			if (((unsigned char)t[b] & 0xc0) != 0x80)
				cp++;
		cpoff[i] = cp;
	}
}

static int
field_is(const struct wire_field *f, const char *key)
{
	return !f->kesc && f->klen == strlen(key) && memcmp(f->key, key, f->klen) == 0;
}

static int
same_raw(const struct wire_field *a, const struct wire_field *b)
{
	return a->vlen == b->vlen && memcmp(a->val, b->val, a->vlen) == 0;
}

static long long
int_of(const struct wire_field *f, size_t i)
{
	long long v;

	if (wire_field_int(f, &v) == -1)
		die("not an integer", i);
	return v;
}

/* The expected doc id of the input record into made. */
static void
expect_doc(void)
{
	static const char *const keys[] = { "id", "doc" };
	const char *s;
	size_t n, k;

	for (k = 0; k < 2; k++) {
		s = wire_field_str(wire_record_get(&rec, keys[k]), &scratch, &n);
		if (s != NULL && n > 0) {
			wire_buf_reset(&made);
			wire_buf_add(&made, s, n);
			return;
		}
	}
	made.len = 0;	/* any 16 hex digits */
}

static int
is_hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* One sentence record against sentence i of the splitter. */
static void
check_sentence(const char *line, size_t len, const char *t, size_t i)
{
	const struct wire_sent *st = &job.sents[i];
	const struct wire_field *f;
	char why[128];
	const char *s;
	size_t n, k, c, want;

	if (wire_record_parse(&orec, line, len, why, sizeof(why)) == -1)
		die(why, i);
	if (orec.n < 6 || !field_is(&orec.f[0], "doc") || !field_is(&orec.f[1], "n") ||
	    !field_is(&orec.f[2], "para") || !field_is(&orec.f[3], "start") ||
	    !field_is(&orec.f[4], "end") || !field_is(&orec.f[5], "text"))
		die("not doc, n, para, start, end, text", i);
	if ((s = wire_field_str(&orec.f[0], &scratch2, &n)) == NULL)
		die("doc is not a string", i);
	if (made.len > 0 ? n != made.len || memcmp(s, made.p, n) != 0 :
	    n != WIRE_ID_LEN || !is_hex(s, n))
		die("wrong doc", i);
	if (int_of(&orec.f[1], i) != (long long)i ||
	    int_of(&orec.f[2], i) != (long long)st->para ||
	    int_of(&orec.f[3], i) != (long long)cpoff[2 * i] ||
	    int_of(&orec.f[4], i) != (long long)cpoff[2 * i + 1])
		die("wrong n, para, start or end", i);
	if ((s = wire_field_str(&orec.f[5], &scratch2, &n)) == NULL ||
	    n != st->end - st->start || memcmp(s, t + st->start, n) != 0)
		die("text is not the sentence", i);
	/* The carried fields, in order: url, title, published, lang, tags. */
	k = 6;
	for (c = 0; c < sizeof(carried) / sizeof(carried[0]); c++) {
		if ((f = wire_record_get(&rec, carried[c])) == NULL)
			continue;
		if (k >= orec.n || orec.f[k].klen != f->klen ||
		    memcmp(orec.f[k].key, f->key, f->klen) != 0 ||
		    !same_raw(&orec.f[k], f))
			die("carried field missing or changed", i);
		k++;
	}
	want = k;
	if (orec.n != want)
		die("extra fields", i);
}

static void
check_pass_through(const char *line, size_t len, size_t got)
{
	if (got != len + 1 || memcmp(obuf, line, len) != 0 || obuf[len] != '\n')
		die("not passed through unchanged", 0);
}

/* The per-sentence run. */
static void
run_flat(const char *line, size_t len, const char *t, size_t tlen, int has_text)
{
	struct wire_stream s;
	const char *p, *nl;
	size_t got, i, est, c, ns = 0;
	const struct wire_field *f;

	if (has_text) {
		/* Estimate the output first: a sentence repeats the carried fields. */
		ns = wire_split(job.sp, t, tlen, &job.sents, &job.capsents);
		if (ns == (size_t)-1)
			return;
		est = 0;
		for (c = 0; c < sizeof(carried) / sizeof(carried[0]); c++)
			if ((f = wire_record_get(&rec, carried[c])) != NULL)
				est += f->vlen + f->klen;
		if (ns * (est + 128 + 16) + 2 * tlen > MAX_OUTPUT)
			return;
	}
	wire_stream_init(&s, "split_fuzz", NULL);
	s.line_buffered = 0;
	s.out.max = s.max_record * 4;
	out_reset();
	if (wire_split_record(&s, &rec, &job) == -1 || s.fatal || s.nrejected)
		die("the stage failed", 0);
	got = out_read();
	wire_buf_free(&s.out);
	if (!has_text || ns == 0) {
		check_pass_through(line, len, got);
		return;
	}
	if (job.nsents != ns)
		die("another number of sentences", 0);
	count_offsets(t, job.sents, ns);
	expect_doc();
	for (i = 0, p = obuf; i < ns; i++, p = nl + 1) {
		if ((nl = memchr(p, '\n', got - (size_t)(p - obuf))) == NULL)
			die("fewer records than sentences", i);
		check_sentence(p, (size_t)(nl - p), t, i);
	}
	if ((size_t)(p - obuf) != got)
		die("more records than sentences", i);
}

/* One element of the "sentences" array against sentence i. */
static void
check_nested_one(json_t *o, const char *t, size_t i)
{
	const struct wire_sent *st = &nestjob.sents[i];
	json_t *v;

	if (!json_is_object(o) || json_object_size(o) != 5)
		die("a sentence is not an object of 5 fields", i);
	if (json_integer_value(json_object_get(o, "n")) != (json_int_t)i ||
	    json_integer_value(json_object_get(o, "para")) != (json_int_t)st->para ||
	    json_integer_value(json_object_get(o, "start")) != (json_int_t)cpoff[2 * i] ||
	    json_integer_value(json_object_get(o, "end")) != (json_int_t)cpoff[2 * i + 1])
		die("nested: wrong n, para, start or end", i);
	v = json_object_get(o, "text");
	if (!json_is_string(v) || json_string_length(v) != st->end - st->start ||
	    memcmp(json_string_value(v), t + st->start, st->end - st->start) != 0)
		die("nested: text is not the sentence", i);
}

/* The --nest run. */
static void
run_nested(const char *line, size_t len, const char *t, size_t tlen, int has_text)
{
	struct wire_stream s;
	json_error_t e;
	json_t *arr;
	size_t got, i, k, ns;
	long at;
	char why[128];

	wire_stream_init(&s, "split_fuzz", NULL);
	s.line_buffered = 0;
	s.out.max = s.max_record * 4;
	out_reset();
	if (wire_split_record(&s, &rec, &nestjob) == -1 || s.fatal || s.nrejected)
		die("the nesting stage failed", 0);
	got = out_read();
	wire_buf_free(&s.out);
	if (!has_text) {
		check_pass_through(line, len, got);
		return;
	}
	if (got == 0 || obuf[got - 1] != '\n' || memchr(obuf, '\n', got - 1) != NULL)
		die("nested: not one line", 0);
	if (wire_record_parse(&orec, obuf, got - 1, why, sizeof(why)) == -1)
		die(why, 0);
	at = wire_record_index(&rec, "sentences");
	/* The input's fields, but for the old "sentences", and the new one. */
	if (orec.n != rec.n + (at < 0 ? 1 : 0))
		die("nested: wrong number of fields", 0);
	for (i = k = 0; i < rec.n; i++) {
		if ((long)i == at) {
			k++;
			continue;
		}
		if (orec.f[k].klen != rec.f[i].klen ||
		    memcmp(orec.f[k].key, rec.f[i].key, rec.f[i].klen) != 0 ||
		    !same_raw(&orec.f[k], &rec.f[i]))
			die("nested: a field changed or moved", 0);
		k++;
	}
	k = at < 0 ? rec.n : (size_t)at;
	if (!field_is(&orec.f[k], "sentences") || orec.f[k].type != WIRE_ARRAY)
		die("nested: no sentences array in its place", 0);
	ns = nestjob.nsents;
	count_offsets(t, nestjob.sents, ns);
	if ((arr = json_loadb(orec.f[k].val, orec.f[k].vlen, JSON_ALLOW_NUL, &e)) == NULL ||
	    json_array_size(arr) != ns)
		die("nested: sentences array unreadable or of another size", 0);
	for (i = 0; i < ns; i++)
		check_nested_one(json_array_get(arr, i), t, i);
	json_decref(arr);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct wire_json w;
	struct wire_buf built = { 0 };
	const char *line = (const char *)data, *t;
	size_t len = size, tlen = 0;
	char why[128];
	int has_text;

	/* The reader never hands a stage a line with a newline in it. */
	if (memchr(line, '\n', len) != NULL ||
	    wire_record_parse(&rec, line, len, why, sizeof(why)) == -1) {
		if (wire_utf8_check(line, len) != len)
			return 0;
		wire_json_begin(&w, &built);
		wire_json_key(&w, "id");
		wire_json_str(&w, "fuzz", 4);
		wire_json_key(&w, "text");
		wire_json_str(&w, line, len);
		wire_json_end(&w);
		line = built.p;
		len = built.len - 1;
		if (wire_record_parse(&rec, line, len, why, sizeof(why)) == -1)
			die("a built record does not parse", 0);
	}
	t = wire_field_str(wire_record_get(&rec, "text"), &text, &tlen);
	has_text = t != NULL;
	run_flat(line, len, t, tlen, has_text);
	run_nested(line, len, t, tlen, has_text);
	wire_buf_free(&built);
	return 0;
}
