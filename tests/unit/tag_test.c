/*
 * tag_test.c: the public entry points of the wire-tag stage (lib/tag.c):
 * job set-up and its errors, and wire_tag_record() over records of
 * documents in a row and interleaved, with code point offsets, fields
 * replaced in place, the reference date's source and what is passed
 * through or rejected.  The lexicon and the recognizer come from
 * WIRE_DATADIR (default: data, from the top of the tree).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "scratch.h"
#include "wire/cli.h"
#include "wire/record.h"
#include "wire/tag.h"
#include "wire/text.h"
#include "wire/timex.h"

static char	inpath[512];
static struct wire_buf	got_out, got_err;

/*
 * Tags the lines of input (as the file inpath) with job, stdout and
 * stderr caught in got_out and got_err.  outmax caps an output record (0:
 * as wire_stream_open() sets it).
 */
static void
run(struct wire_tag_job *job, const char *input, size_t outmax)
{
	struct scratch_capture cap;
	struct wire_stream s;
	char *paths[1];

	write_file(inpath, input, strlen(input));
	wire_stream_init(&s, "wire-tag", NULL);
	s.line_buffered = 0;
	s.out.max = outmax > 0 ? outmax : s.max_record * 4;
	scratch_capture_begin(&cap, SCRATCH_OUT_ERR);
	paths[0] = inpath;
	wire_stream_run(&s, paths, 1, wire_tag_record, job);
	scratch_capture_end(&cap, &got_out, &got_err);
	wire_buf_free(&s.out);
}

/* Line n (from 1) of got_out, into line. */
static const char *
out_line(int n, char *line, size_t len)
{
	const char *p = got_out.p, *e;

	while (--n > 0 && p != NULL && (p = strchr(p, '\n')) != NULL)
		p++;
	if (p == NULL || (e = strchr(p, '\n')) == NULL)
		return "";
	snprintf(line, len, "%.*s", (int)(e - p), p);
	return line;
}

static void
test_init(const char *lexicon)
{
	struct wire_tag_job job;
	char err[1024], missing[512];

	is_int(wire_tag_job_init(&job, lexicon, NULL, NULL, "nope", 0, err,
	    sizeof(err)), -1, "a bad --ref-date");
	is_str(err, "--ref-date: not a date: nope", "a bad --ref-date: why");
	wire_tag_job_free(&job);
	path_of(missing, sizeof(missing), "no-lexicon.txt");
	is_int(wire_tag_job_init(&job, missing, NULL, NULL, NULL, 0, err,
	    sizeof(err)), -1, "a missing lexicon");
	ok(strncmp(err, missing, strlen(missing)) == 0 &&
	    strstr(err + strlen(missing), missing) == NULL,
	    "a missing lexicon: named once, first: %s", err);
	wire_tag_job_free(&job);
	is_int(wire_tag_job_init(&job, NULL, tmpd, NULL, NULL, 0, err,
	    sizeof(err)), -1, "a data directory without a model");
	ok(strstr(err, tmpd) != NULL, "without a model: the message names "
	    "where: %s", err);
	wire_tag_job_free(&job);
	wire_tag_job_free(&job);
	ok(1, "freeing a freed job is fine");
}

static void
test_dates(const char *lexicon)
{
	static const char in[] =
	    "{\"doc\":\"a\",\"n\":0,\"text\":\"\xc3\x87" "a va \xc3\xa0 Z\xc3\xbcrich, le "
	    "5 May 2023.\",\"published\":\"2023-05-01T08:00:00Z\",\"dates\":\"old\","
	    "\"x\":1}\n"
	    "{\"doc\":\"a\",\"n\":1,\"text\":\"They left the next day.\","
	    "\"entities\":\"kept\"}\n"
	    "{\"doc\":\"b\",\"n\":0,\"text\":\"They left the next day.\","
	    "\"fetched_at\":\"2022-02-02T00:00:00Z\"}\n"
	    "{\"doc\":\"a\",\"n\":2,\"text\":\"They left the next day.\"}\n"
	    "{\"doc\":\"c\",\"text\":\"a\\u0000b on Monday\",\"ref_source\":\"q\"}\n"
	    "{\"doc\":\"d\",\"text\":42}\n"
	    "{\"id\":\"e\"}\n";
	static const char *want[] = {
		"{\"doc\":\"a\",\"n\":0,\"text\":\"\xc3\x87" "a va \xc3\xa0 Z\xc3\xbcrich, "
		"le 5 May 2023.\",\"published\":\"2023-05-01T08:00:00Z\",\"dates\":"
		"[{\"text\":\"5 May 2023\",\"type\":\"DATE\",\"value\":\"2023-05-05\","
		"\"start\":19,\"end\":29}],\"x\":1}",
		"{\"doc\":\"a\",\"n\":1,\"text\":\"They left the next day.\","
		"\"entities\":\"kept\",\"dates\":[{\"text\":\"the next day\",\"type\":"
		"\"DATE\",\"value\":\"2023-05-06\",\"start\":10,\"end\":22}],"
		"\"ref_source\":\"ref-date\"}",
		"{\"doc\":\"b\",\"n\":0,\"text\":\"They left the next day.\","
		"\"fetched_at\":\"2022-02-02T00:00:00Z\",\"dates\":[{\"text\":"
		"\"the next day\",\"type\":\"DATE\",\"value\":\"2024-01-02\",\"start\":10,"
		"\"end\":22}],\"ref_source\":\"ref-date\"}",
		"{\"doc\":\"a\",\"n\":2,\"text\":\"They left the next day.\",\"dates\":"
		"[{\"text\":\"the next day\",\"type\":\"DATE\",\"value\":\"2024-01-02\","
		"\"start\":10,\"end\":22}],\"ref_source\":\"ref-date\"}",
		"{\"doc\":\"c\",\"text\":\"a\\u0000b on Monday\",\"ref_source\":"
		"\"ref-date\",\"dates\":[{\"text\":\"Monday\",\"type\":\"DATE\",\"value\":"
		"\"2024-01-01\",\"start\":7,\"end\":13}]}",
		"{\"doc\":\"d\",\"text\":42}",
		"{\"id\":\"e\"}",
		NULL
	};
	static const char *what[] = {
		"code point offsets; \"dates\" replaced in place; published: no "
		"ref_source",
		"the same document: \"the next day\" after its date; entities kept",
		"another document: against --ref-date, not fetched_at",
		"back to a: its state was lost, not mixed with b's",
		"a NUL in the text: offsets after it; ref_source in place",
		"text not a string: passed through",
		"no text: passed through"
	};
	struct wire_tag_job job;
	char err[1024], line[1024];
	int i;

	if (!ok(wire_tag_job_init(&job, lexicon, NULL, NULL, "2024-01-01", 0, err,
	    sizeof(err)) == 0, "dates only, --ref-date 2024-01-01")) {
		diag("%s", err);
		wire_tag_job_free(&job);
		return;
	}
	run(&job, in, 0);
	for (i = 0; want[i] != NULL; i++)
		is_str(out_line(i + 1, line, sizeof(line)), want[i], "%s", what[i]);
	is_str(got_err.p, "", "dates only: no messages");
	wire_tag_job_free(&job);

	/* Without --ref-date, fetched_at; without that, none. */
	wire_tag_job_init(&job, lexicon, NULL, NULL, NULL, 0, err, sizeof(err));
	run(&job, "{\"doc\":\"b\",\"text\":\"They left the next day.\","
	    "\"fetched_at\":\"2022-02-02T00:00:00Z\"}\n"
	    "{\"doc\":\"f\",\"text\":\"Nothing dated.\"}\n", 0);
	is_str(got_out.p, "{\"doc\":\"b\",\"text\":\"They left the next day.\","
	    "\"fetched_at\":\"2022-02-02T00:00:00Z\",\"dates\":[{\"text\":"
	    "\"the next day\",\"type\":\"DATE\",\"value\":\"2022-02-03\",\"start\":10,"
	    "\"end\":22}],\"ref_source\":\"fetched_at\"}\n"
	    "{\"doc\":\"f\",\"text\":\"Nothing dated.\",\"dates\":[],"
	    "\"ref_source\":\"none\"}\n",
	    "the reference from fetched_at, else none; no dates: an empty array");

	/* An output record over its cap is rejected, not cut. */
	run(&job, "{\"doc\":\"g\",\"text\":\"On 5 May 2023.\"}\n", 40);
	ok(got_out.len == 0 && strstr(got_err.p, ":1: output record exceeds 40 "
	    "bytes\n") != NULL, "an output record over its cap: %.*s",
	    (int)(got_err.len > 0 ? got_err.len - 1 : 0), got_err.p);
	run(&job, "{\"doc\":\"g\",\"text\":\"Nothing dated here.\"}\n", 60);
	ok(got_out.len == 0 && strstr(got_err.p, ":1: output record exceeds 60 "
	    "bytes\n") != NULL, "a line copied whole, over its cap: %.*s",
	    (int)(got_err.len > 0 ? got_err.len - 1 : 0), got_err.p);
	wire_tag_job_free(&job);

	/*
	 * Keys with escapes are found by their decoded names; a line with
	 * blanks is rebuilt field by field, a compact one copied whole, to
	 * the same record; a ref_source is kept when published is the source.
	 */
	wire_tag_job_init(&job, lexicon, NULL, NULL, "2024-01-01", 0, err,
	    sizeof(err));
	run(&job, "{\"doc\":\"h\",\"t\\u0065xt\":\"On 5 May 2023.\","
	    "\"p\\u0075blished\":\"2023-05-01\",\"dates\":[]}\n"
	    "{ \"doc\" : \"h\", \"text\" : \"Nothing dated.\", \"published\" : "
	    "\"2023-05-01\" }\n"
	    "{\"doc\":\"h\",\"text\":\"Nothing dated.\",\"published\":"
	    "\"2023-05-01\"}\n"
	    "{\"doc\":\"h\",\"text\":\"Nothing dated.\",\"published\":"
	    "\"2023-05-01\",\"ref_source\":\"kept\"}\n", 0);
	is_str(out_line(1, line, sizeof(line)), "{\"doc\":\"h\",\"t\\u0065xt\":"
	    "\"On 5 May 2023.\",\"p\\u0075blished\":\"2023-05-01\",\"dates\":"
	    "[{\"text\":\"5 May 2023\",\"type\":\"DATE\",\"value\":\"2023-05-05\","
	    "\"start\":3,\"end\":13}]}", "keys with escapes: text, published");
	is_str(out_line(2, line, sizeof(line)), "{\"doc\":\"h\",\"text\":"
	    "\"Nothing dated.\",\"published\":\"2023-05-01\",\"dates\":[]}",
	    "blanks between fields: rebuilt");
	is_str(out_line(3, line, sizeof(line)), out_line(2, err, sizeof(err)),
	    "a compact line: the same record");
	is_str(out_line(4, line, sizeof(line)), "{\"doc\":\"h\",\"text\":"
	    "\"Nothing dated.\",\"published\":\"2023-05-01\",\"ref_source\":"
	    "\"kept\",\"dates\":[]}", "ref_source kept beside published");
	wire_tag_job_free(&job);

	/* Neither dates nor entities: every record passes as it is. */
	wire_tag_job_init(&job, NULL, NULL, NULL, NULL, 0, err, sizeof(err));
	run(&job, "{\"text\":\"On 5 May 2023.\", \"dates\":1}\n", 0);
	is_str(got_out.p, "{\"text\":\"On 5 May 2023.\", \"dates\":1}\n",
	    "nothing to find: the line as it came");
	wire_tag_job_free(&job);
}

static void
test_entities(const char *lexicon, const char *dd)
{
	static const char in[] =
	    "{\"doc\":\"a\",\"text\":\"Marek Zielinski visited Warsaw on 3 March "
	    "2021.\"}\n"
	    "{\"doc\":\"a\",\"text\":\"Zielinski left the next day.\"}\n"
	    "{\"doc\":\"b\",\"text\":\"Zielinski left the next day.\","
	    "\"entities\":[1]}\n";
	struct wire_tag_job job;
	char err[1024], line[2048];

	if (!ok(wire_tag_job_init(&job, lexicon, dd, NULL, "2024-01-01", 0, err,
	    sizeof(err)) == 0, "entities and dates")) {
		diag("%s", err);
		wire_tag_job_free(&job);
		return;
	}
	run(&job, in, 0);
	out_line(2, line, sizeof(line));
	ok(strstr(line, "{\"text\":\"Zielinski\",") != NULL &&
	    strstr(line, "\"name\":\"Marek Zielinski\"}") != NULL,
	    "the same document: the surname is the full name met before: %s",
	    line);
	ok(strstr(line, "\"dates\":[{\"text\":\"the next day\",\"type\":\"DATE\","
	    "\"value\":\"2021-03-04\",\"start\":15,\"end\":27}],"
	    "\"ref_source\":\"ref-date\"}") != NULL,
	    "the same document: the next day after its date");
	out_line(3, line, sizeof(line));
	ok(strstr(line, "Marek") == NULL && strstr(line, "[1]") == NULL &&
	    strstr(line, "\"value\":\"2024-01-02\"") != NULL,
	    "another document: no name or date from the last, the old array "
	    "replaced: %s", line);
	wire_tag_job_free(&job);
}

int
main(void)
{
	const char *dd = getenv("WIRE_DATADIR");
	char lexicon[512];

	if (dd == NULL || *dd == '\0')
		dd = "data";
	scratch_make("wire-tag-test");
	path_of(inpath, sizeof(inpath), "in.jsonl");
	snprintf(lexicon, sizeof(lexicon), "%s/timex/en.txt", dd);
	test_init(lexicon);
	test_dates(lexicon);
	test_entities(lexicon, dd);
	scratch_remove();
	wire_buf_free(&got_out);
	wire_buf_free(&got_err);
	return tap_done();
}
