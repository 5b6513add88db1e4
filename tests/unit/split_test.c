/*
 * split_test.c: the wire-split stage (lib/split.c): document records to
 * sentence records with code point offsets, nesting, --carry, --raw
 * documents and what is rejected.  The abbreviations come from
 * WIRE_DATADIR (default: data, from the top of the tree).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "scratch.h"
#include "wire/cli.h"
#include "wire/id.h"
#include "wire/split.h"
#include "wire/text.h"

static char	inpath[512];
static struct wire_buf	got_out, got_err;

/*
 * Runs the stage over input (as the file inpath), line by line or, with
 * raw set, as one document per file, with stdout and stderr caught in
 * got_out and got_err.  Returns what the run returned.
 */
static int
run(struct wire_stream *s, struct wire_split_job *job, const char *input,
    size_t n, int raw)
{
	struct scratch_capture cap;
	char *paths[1];
	int rc;

	write_file(inpath, input, n);
	scratch_capture_begin(&cap, SCRATCH_OUT_ERR);
	paths[0] = inpath;
	if (raw)
		rc = wire_split_raw(s, job, paths, 1);
	else
		rc = wire_stream_run(s, paths, 1, wire_split_record, job);
	scratch_capture_end(&cap, &got_out, &got_err);
	return rc;
}

/* A stream as wire-split sets it up, without touching stdout's buffer. */
static void
stream(struct wire_stream *s, size_t max_record)
{
	wire_stream_init(s, "wire-split", NULL);
	s->line_buffered = 0;
	s->max_record = max_record;
	s->out.max = max_record * 4;
}

static void
test_sentences(struct wire_split_job *job)
{
	/* Multi-byte code points before and inside sentences move offsets. */
	static const char in[] =
	    "{\"id\":\"d1\",\"url\":\"https://x.example/a\",\"title\":\"T\","
	    "\"text\":\"Caf\xc3\xa9 opened. Dr. Smith said \xe2\x80\x9cyes\xe2\x80\x9d "
	    "on Monday.\\n\\nA new paragraph here!\",\"lang\":\"en\"}\n";
	static const char want[] =
	    "{\"doc\":\"d1\",\"n\":0,\"para\":0,\"start\":0,\"end\":12,"
	    "\"text\":\"Caf\xc3\xa9 opened.\",\"url\":\"https://x.example/a\","
	    "\"title\":\"T\",\"lang\":\"en\"}\n"
	    "{\"doc\":\"d1\",\"n\":1,\"para\":0,\"start\":13,\"end\":44,"
	    "\"text\":\"Dr. Smith said \xe2\x80\x9cyes\xe2\x80\x9d on Monday.\","
	    "\"url\":\"https://x.example/a\",\"title\":\"T\",\"lang\":\"en\"}\n"
	    "{\"doc\":\"d1\",\"n\":2,\"para\":1,\"start\":46,\"end\":67,"
	    "\"text\":\"A new paragraph here!\",\"url\":\"https://x.example/a\","
	    "\"title\":\"T\",\"lang\":\"en\"}\n";
	struct wire_stream s;

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	is_int(run(&s, job, in, sizeof(in) - 1, 0), 0, "split: run");
	is_mem(got_out.p, got_out.len, want, sizeof(want) - 1,
	    "three sentences, code point offsets, carried fields");
	is_int(got_err.len, 0, "nothing on stderr");
	ok(s.nin == 1 && s.nout == 3 && s.nrejected == 0 && s.npassed == 0,
	    "counts: 1 in, 3 out (%lu, %lu)", s.nin, s.nout);
	wire_buf_free(&s.out);
}

static void
test_made_id(struct wire_split_job *job)
{
	/* The text decoded from escapes is what the id is made of. */
	static const char in[] =
	    "{\"text\":\"\\u00e9t\\u00e9 est l\\u00e0. Deux phrases.\"}\n";
	static const char text[] = "\xc3\xa9t\xc3\xa9 est l\xc3\xa0. Deux phrases.";
	char id[WIRE_ID_LEN + 1], want[512];
	struct wire_stream s;

	wire_doc_id(NULL, 0, text, sizeof(text) - 1, id);
	snprintf(want, sizeof(want),
	    "{\"doc\":\"%s\",\"n\":0,\"para\":0,\"start\":0,\"end\":11,"
	    "\"text\":\"\xc3\xa9t\xc3\xa9 est l\xc3\xa0.\"}\n"
	    "{\"doc\":\"%s\",\"n\":1,\"para\":0,\"start\":12,\"end\":25,"
	    "\"text\":\"Deux phrases.\"}\n", id, id);
	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, job, in, sizeof(in) - 1, 0);
	is_str(got_out.p, want, "no id: one made from the decoded text");
	wire_buf_free(&s.out);
}

static void
test_passed(struct wire_split_job *job)
{
	/* No text, an empty text, blank lines: through as they are. */
	static const char in[] = "{\"no\":\"text\"}\n\n \t\r\n{\"id\":\"d2\",\"text\":\"\"}\n"
	    "{\"id\":\"d3\",\"text\":7}\n";
	static const char want[] = "{\"no\":\"text\"}\n{\"id\":\"d2\",\"text\":\"\"}\n"
	    "{\"id\":\"d3\",\"text\":7}\n";
	struct wire_stream s;

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, job, in, sizeof(in) - 1, 0);
	is_str(got_out.p, want, "records without text pass through");
	ok(s.nin == 3 && s.npassed == 3 && s.nout == 3 && s.nrejected == 0,
	    "blank lines are not records (%lu in, %lu passed)", s.nin,
	    s.npassed);
	wire_buf_free(&s.out);

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	is_int(run(&s, job, "", 0, 0), 0, "empty input");
	ok(got_out.len == 0 && got_err.len == 0 && s.nin == 0,
	    "empty input: no output, no message");
	wire_buf_free(&s.out);
}

static void
test_nested(const char *abbrev)
{
	static const char in[] =
	    "{\"id\":\"d1\",\"text\":\"One. T\xc3\xb6\xc3\xb6.\",\"sentences\":[1],\"x\":2}\n"
	    "{\"id\":\"d2\",\"text\":\"\"}\n";
	static const char want[] =
	    "{\"id\":\"d1\",\"text\":\"One. T\xc3\xb6\xc3\xb6.\",\"sentences\":["
	    "{\"n\":0,\"para\":0,\"start\":0,\"end\":4,\"text\":\"One.\"},"
	    "{\"n\":1,\"para\":0,\"start\":5,\"end\":9,\"text\":\"T\xc3\xb6\xc3\xb6.\"}]"
	    ",\"x\":2}\n"
	    "{\"id\":\"d2\",\"text\":\"\",\"sentences\":[]}\n";
	struct wire_split_job job;
	struct wire_stream s;
	char err[256];

	if (!ok(wire_split_job_init(&job, abbrev, NULL, 1, err, sizeof(err)) == 0,
	    "nest: init")) {
		diag("%s", err);
		return;
	}
	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, &job, in, sizeof(in) - 1, 0);
	is_str(got_out.p, want, "nest: the old array replaced in place; "
	    "an empty text gets an empty one");
	wire_buf_free(&s.out);
	wire_split_job_free(&job);
}

static void
test_rejects(struct wire_split_job *job)
{
	static const char longer[] = "{\"id\":\"e\",\"text\":\"Short. A much "
	    "longer second sentence here.\"}\n";
	static const char in[] =
	    "{\"id\":\"a\",\"text\":\"\xff\"}\n"
	    "{\"id\":\"b\",\"text\":\"Fine. Here.\"}\n"
	    "{\"id\":\"c\",\"text\":\"x\0y\"}\n"
	    "{\"id\":\"d\",\"text\":\"0123456789012345678901234567890123456789"
	    "0123456789\"}\n"
	    "not json\n";
	static const char rejected[] =
	    "{\"id\":\"a\",\"text\":\"\xff\"}\n"
	    "{\"id\":\"c\",\"text\":\"x\0y\"}\n"
	    "{\"id\":\"d\",\"text\":\"0123456789012345678901234567890123456789"
	    "0123456789\"}\n"
	    "not json\n";
	char want[4096], errpath[512];
	struct wire_buf errors = { 0 };
	struct wire_stream s;

	path_of(errpath, sizeof(errpath), "errors");
	stream(&s, 64);
	/* Room for the first sentences of b, not for one of d. */
	s.out.max = 80;
	s.errors = fopen(errpath, "w");
	run(&s, job, in, sizeof(in) - 1, 0);
	fclose(s.errors);
	s.errors = NULL;
	snprintf(want, sizeof(want),
	    "wire-split: %s:1: invalid UTF-8 at byte 18\n"
	    "wire-split: %s:3: NUL byte at byte 19\n"
	    "wire-split: %s:4: record exceeds 64 bytes (--max-record)\n"
	    "wire-split: %s:5: invalid JSON at byte 0: not JSON\n",
	    inpath, inpath, inpath, inpath);
	is_str(got_err.p, want, "rejects: where and why on stderr");
	is_str(got_out.p,
	    "{\"doc\":\"b\",\"n\":0,\"para\":0,\"start\":0,\"end\":5,\"text\":\"Fine.\"}\n"
	    "{\"doc\":\"b\",\"n\":1,\"para\":0,\"start\":6,\"end\":11,\"text\":\"Here.\"}\n",
	    "rejects: the good record in between is split");
	read_file(errpath, &errors);
	is_mem(errors.p, errors.len, rejected, sizeof(rejected) - 1,
	    "--errors: each rejected line verbatim, the long one spilled whole");
	is_int(s.nrejected, 4, "four rejected");
	wire_buf_free(&s.out);

	/* An output record over its cap is rejected, not cut. */
	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	s.out.max = 70;
	run(&s, job, longer, strlen(longer), 0);
	ok(strstr(got_out.p, "\"text\":\"Short.\"") != NULL &&
	    strstr(got_out.p, "longer") == NULL, "over the output cap: "
	    "the sentence that fits is written");
	snprintf(want, sizeof(want), "wire-split: %s:1: output record exceeds "
	    "70 bytes\n", inpath);
	is_str(got_err.p, want, "over the output cap: rejected");
	wire_buf_free(&s.out);
	wire_buf_free(&errors);
	unlink(errpath);
}

static void
test_raw(struct wire_split_job *job)
{
	static const char text[] = "\xc3\x9c" "ber alles. Zwei S\xc3\xa4tze.\n";
	char id[WIRE_ID_LEN + 1], want[2048];
	struct wire_stream s;

	wire_doc_id(NULL, 0, text, sizeof(text) - 1, id);
	snprintf(want, sizeof(want),
	    "{\"doc\":\"%s\",\"n\":0,\"para\":0,\"start\":0,\"end\":11,"
	    "\"text\":\"\xc3\x9c" "ber alles.\"}\n"
	    "{\"doc\":\"%s\",\"n\":1,\"para\":0,\"start\":12,\"end\":23,"
	    "\"text\":\"Zwei S\xc3\xa4tze.\"}\n", id, id);
	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	is_int(run(&s, job, text, sizeof(text) - 1, 1), 0, "raw: run");
	is_str(got_out.p, want, "raw: a plain-text file is one document");
	wire_buf_free(&s.out);

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, job, "", 0, 1);
	ok(got_out.len == 0 && got_err.len == 0 && s.nin == 1 &&
	    s.nrejected == 0, "raw: an empty file has no sentences");
	wire_buf_free(&s.out);

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, job, "ab\xc3(cd", 6, 1);
	snprintf(want, sizeof(want), "wire-split: %s: invalid UTF-8 at byte 2\n",
	    inpath);
	is_str(got_err.p, want, "raw: invalid UTF-8, no line number");
	is_int(got_out.len, 0, "raw: invalid UTF-8 writes nothing");
	wire_buf_free(&s.out);

	stream(&s, WIRE_DEFAULT_MAX_RECORD);
	run(&s, job, "One.\0Two.", 9, 1);
	snprintf(want, sizeof(want), "wire-split: %s: NUL byte at byte 4: "
	    "not text\n", inpath);
	is_str(got_err.p, want, "raw: a NUL byte is not text");
	wire_buf_free(&s.out);

	/* Exactly the cap is fine, one byte more is not. */
	stream(&s, 16);
	s.out.max = 4096;
	run(&s, job, "Sixteen bytes ok", 16, 1);
	ok(got_err.len == 0 && strstr(got_out.p, "\"end\":16") != NULL,
	    "raw: a document of exactly --max-record bytes");
	wire_buf_free(&s.out);
	stream(&s, 16);
	run(&s, job, "Seventeen bytes!!", 17, 1);
	snprintf(want, sizeof(want), "wire-split: %s: document exceeds 16 bytes "
	    "(--max-record)\n", inpath);
	is_str(got_err.p, want, "raw: one byte over --max-record");
	is_int(got_out.len, 0, "raw: over the cap writes nothing");
	wire_buf_free(&s.out);
}

static void
test_init(const char *abbrev)
{
	struct wire_split_job job;
	char err[1024], carry[512], missing[512];
	size_t i;

	is_int(wire_split_job_init(&job, abbrev, "text", 0, err, sizeof(err)), -1,
	    "--carry text refused");
	is_str(err, "--carry: text is a field of the sentence record",
	    "--carry text: why");
	ok(wire_split_job_init(&job, abbrev, "lang,url,lang,,src", 0, err,
	    sizeof(err)) == 0, "--carry with repeats and an empty name");
	ok(job.ncarry == 2 && strcmp(job.carry[0], "lang") == 0 &&
	    strcmp(job.carry[1], "src") == 0,
	    "--carry: url is carried anyway, lang once (%zu)", job.ncarry);
	wire_split_job_free(&job);
	carry[0] = '\0';
	for (i = 0; i <= WIRE_SPLIT_MAX_CARRY; i++)
		snprintf(carry + strlen(carry), sizeof(carry) - strlen(carry),
		    "%sf%zu", i ? "," : "", i);
	is_int(wire_split_job_init(&job, abbrev, carry, 0, err, sizeof(err)), -1,
	    "33 --carry fields refused");
	is_str(err, "--carry: more than 32 fields", "too many fields: why");
	path_of(missing, sizeof(missing), "no-such-abbrev.txt");
	is_int(wire_split_job_init(&job, missing, NULL, 0, err, sizeof(err)), -1,
	    "a missing abbreviation file");
	ok(strstr(err, missing) != NULL, "the message names the file: %s", err);
}

int
main(void)
{
	const char *dd = getenv("WIRE_DATADIR");
	struct wire_split_job job;
	char abbrev[PATH_MAX], err[256];

	scratch_make("wire-split-test");
	path_of(inpath, sizeof(inpath), "in.jsonl");
	snprintf(abbrev, sizeof(abbrev), "%s/abbrev.txt",
	    dd != NULL && *dd != '\0' ? dd : "data");
	if (!ok(wire_split_job_init(&job, abbrev, "lang", 0, err,
	    sizeof(err)) == 0, "init with %s", abbrev)) {
		diag("%s", err);
		scratch_remove();
		return tap_done();
	}
	test_sentences(&job);
	test_made_id(&job);
	test_passed(&job);
	test_nested(abbrev);
	test_rejects(&job);
	test_raw(&job);
	test_init(abbrev);
	wire_split_job_free(&job);
	wire_buf_free(&got_out);
	wire_buf_free(&got_err);
	scratch_remove();
	return tap_done();
}
