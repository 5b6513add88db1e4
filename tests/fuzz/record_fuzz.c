/*
 * record_fuzz.c: libFuzzer target for the record reader (lib/record.c),
 * checked against jansson.
 *
 * Each input is one candidate record line.  wire_record_parse() must
 * accept exactly the JSON objects jansson (json_loadb with JSON_ALLOW_NUL)
 * accepts, except for these intended differences:
 *
 *  - nesting deeper than WIRE_MAX_DEPTH (the top-level object counts as
 *    1): jansson allows 2048 levels, wire rejects past 64 by design;
 *  - numbers out of range of long long or double: wire validates the
 *    number grammar only and copies numbers as text, jansson rejects them;
 *  - "\u0000" in a key: valid JSON that wire keeps, jansson rejects.
 *    ("\u0000" in a value is accepted by both, since JSON_ALLOW_NUL is set.)
 *  - a raw NUL byte: never valid JSON, and wire must reject every line with
 *    one, but jansson's reader skips a NUL right after a number (it takes
 *    {"a":1<NUL>} and a top-level 3<NUL>), so such lines are not compared.
 *
 * The input is also parsed with JSON_DECODE_ANY, so that a line wire
 * calls "not a JSON object" must be some other JSON value, and the reverse.
 *
 * When wire accepts, every field is copied with wire_json_field(); the copy
 * must parse again into the same raw fields and be jansson-equal to the
 * input.  Each field's type must be jansson's; wire_field_str() must give
 * jansson's string (for the last field of each key, the one jansson keeps),
 * wire_field_int() its integer, and the raw value must load in jansson as
 * that same value.  wire_record_index() must find the last field of a key
 * (keys holding a NUL cannot be named by a C string, so they are skipped).
 *
 * Last, the input goes through wire_reader_next() (which read(2)s the
 * stream's descriptor: an unlinked temporary file here) with a small line
 * cap and read buffer: every line and every over-long line's spilled bytes
 * must be exactly the input's, in order, and r->cr must tell a CR cut off.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "wire/record.h"
#include "wire/text.h"

#define FLAGS	JSON_ALLOW_NUL

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct wire_record rec, again;
static struct wire_buf out, scratch, kbuf;
static FILE *infile;		/* the reader's input */

static void
die(const char *what, const uint8_t *data, size_t size)
{
	fprintf(stderr, "record_fuzz: %s (input of %zu bytes)\n", what, size);
	abort();
}

/* Nesting depth of a jansson value: containers count 1, scalars 0. */
static int
depth(json_t *v)
{
	const char *k;
	json_t *c;
	size_t i;
	int d = 0, cd;

	if (json_is_object(v)) {
		json_object_foreach(v, k, c) {
			if ((cd = depth(c)) > d)
				d = cd;
		}
		return d + 1;
	}
	if (json_is_array(v)) {
		json_array_foreach(v, i, c) {
			if ((cd = depth(c)) > d)
				d = cd;
		}
		return d + 1;
	}
	return 0;
}

/* Whether jansson's refusal is one of the intended differences. */
static int
allowed_refusal(const json_error_t *e)
{
	return json_error_code(e) == json_error_numeric_overflow ||
	    json_error_code(e) == json_error_null_byte_in_key;
}

static int
same_type(const struct wire_field *f, json_t *v)
{
	switch (f->type) {
	case WIRE_NULL:
		return json_is_null(v);
	case WIRE_FALSE:
		return json_is_false(v);
	case WIRE_TRUE:
		return json_is_true(v);
	case WIRE_NUMBER:
		return json_is_number(v);
	case WIRE_STRING:
		return json_is_string(v);
	case WIRE_ARRAY:
		return json_is_array(v);
	case WIRE_OBJECT:
		return json_is_object(v);
	}
	return 0;
}

/* Checks field f (the last of its key) against jansson's value v. */
static void
check_value(const struct wire_field *f, json_t *v, const uint8_t *data, size_t size)
{
	json_error_t e;
	json_t *raw;
	const char *s;
	long long iv;
	size_t n;
	int rc;

	if (!same_type(f, v))
		die("field type differs from jansson's", data, size);
	s = wire_field_str(f, &scratch, &n);
	if (json_is_string(v)) {
		if (s == NULL)
			die("wire_field_str failed on a string", data, size);
		if (n != json_string_length(v) || memcmp(s, json_string_value(v), n) != 0)
			die("wire_field_str differs from jansson", data, size);
		if (wire_utf8_check(s, n) != n)
			die("wire_field_str gave invalid UTF-8", data, size);
	} else if (s != NULL)
		die("wire_field_str accepted a non-string", data, size);
	rc = wire_field_int(f, &iv);
	if (json_is_integer(v)) {
		if (rc != 0 || iv != (long long)json_integer_value(v))
			die("wire_field_int differs from jansson", data, size);
	} else if (rc == 0)
		die("wire_field_int accepted a non-integer", data, size);
	raw = json_loadb(f->val, f->vlen, FLAGS | JSON_DECODE_ANY, &e);
	if (raw == NULL || !json_equal(raw, v))
		die("raw value does not load as jansson's value", data, size);
	json_decref(raw);
}

/* Decodes the key of f into kbuf; returns 0, or -1 when it holds a NUL. */
static int
key_of(const struct wire_field *f)
{
	wire_buf_reset(&kbuf);
	if (!f->kesc)
		wire_buf_add(&kbuf, f->key, f->klen);
	else
		wire_json_unescape(f->key, f->klen, &kbuf);
	wire_buf_putc(&kbuf, '\0');
	if (kbuf.full)
		abort();
	kbuf.len--;
	return memchr(kbuf.p, '\0', kbuf.len) != NULL ? -1 : 0;
}

/* The fields of an accepted record against jansson's object j. */
static void
check_fields(json_t *j, const uint8_t *data, size_t size)
{
	json_t *seen = json_object(), *v;
	size_t i;
	long idx;

	for (i = rec.n; i-- > 0;) {
		if (key_of(&rec.f[i]) == -1)
			continue;
		if (j != NULL && json_object_getn(seen, kbuf.p, kbuf.len) == NULL) {
			/* The last field of this key: jansson's value. */
			json_object_setn_new(seen, kbuf.p, kbuf.len, json_null());
			if ((v = json_object_getn(j, kbuf.p, kbuf.len)) == NULL)
				die("a key jansson does not have", data, size);
			check_value(&rec.f[i], v, data, size);
		}
		if (i < 32 && memchr(kbuf.p, '\0', kbuf.len) == NULL) {
			idx = wire_record_index(&rec, kbuf.p);
			if (idx < (long)i)
				die("wire_record_index missed a field", data, size);
			if (wire_record_get(&rec, kbuf.p) != &rec.f[idx])
				die("wire_record_get differs from the index", data, size);
		}
	}
	if (j != NULL && json_object_size(seen) != json_object_size(j))
		die("jansson has keys wire has not", data, size);
	json_decref(seen);
}

/* Copies the fields and checks the copy. */
static void
check_copy(json_t *j, const uint8_t *data, size_t size)
{
	struct wire_json w;
	json_error_t e;
	json_t *jc;
	char why[128];
	size_t k;

	wire_json_begin(&w, &out);
	for (k = 0; k < rec.n; k++)
		wire_json_field(&w, &rec.f[k]);
	wire_json_end(&w);
	if (out.full || out.len < 3 || out.p[out.len - 1] != '\n')
		die("copy failed", data, size);
	if (wire_record_parse(&again, out.p, out.len - 1, why, sizeof(why)) == -1)
		die("copy does not parse", data, size);
	if (again.n != rec.n)
		die("copy has another number of fields", data, size);
	for (k = 0; k < rec.n; k++)
		if (again.f[k].klen != rec.f[k].klen ||
		    memcmp(again.f[k].key, rec.f[k].key, rec.f[k].klen) != 0 ||
		    again.f[k].vlen != rec.f[k].vlen ||
		    memcmp(again.f[k].val, rec.f[k].val, rec.f[k].vlen) != 0 ||
		    again.f[k].type != rec.f[k].type)
			die("copy has other fields", data, size);
	if (j == NULL)
		return;
	if ((jc = json_loadb(out.p, out.len, FLAGS, &e)) == NULL)
		die("jansson rejects the copy", data, size);
	if (!json_equal(j, jc))
		die("copy is not jansson-equal to the input", data, size);
	json_decref(jc);
}

/* The differential check of one line. */
static void
check_parse(const uint8_t *data, size_t size)
{
	const char *line = (const char *)data;
	json_error_t e, ea;
	json_t *j, *any;
	char why[128];
	int ok, d;

	ok = wire_record_parse(&rec, line, size, why, sizeof(why)) == 0;
	if (memchr(data, '\0', size) != NULL) {
		if (ok)
			die("wire accepts a NUL byte", data, size);
		return;
	}
	j = json_loadb(line, size, FLAGS, &e);
	any = json_loadb(line, size, FLAGS | JSON_DECODE_ANY, &ea);
	if (j != NULL && !json_is_object(j)) {
		json_decref(j);
		j = NULL;
	}
	if (ok) {
		if (j == NULL && !allowed_refusal(&e))
			die("wire accepts what jansson rejects", data, size);
		if (j != NULL && depth(j) > WIRE_MAX_DEPTH)
			die("wire accepts nesting past WIRE_MAX_DEPTH", data, size);
		check_fields(j, data, size);
		check_copy(j, data, size);
	} else if (j != NULL) {
		d = depth(j);
		if (d <= WIRE_MAX_DEPTH || strstr(why, "nested too deeply") == NULL)
			die("wire rejects what jansson accepts", data, size);
	} else if (strstr(why, "not a JSON object") != NULL) {
		if (any == NULL ? !allowed_refusal(&ea) : json_is_object(any))
			die("\"not a JSON object\" for no JSON value", data, size);
	} else if (any != NULL && !json_is_object(any) && depth(any) < WIRE_MAX_DEPTH)
		die("a JSON value that is no object not called so", data, size);
	json_decref(j);
	json_decref(any);
}

/* Lines through the reader, with a small cap and read buffer. */
static void
check_reader(const uint8_t *data, size_t size)
{
	struct wire_reader rd;
	const char *line;
	char *sp = NULL;
	FILE *spill;
	size_t len, pos = 0, sppos = 0, spsize = 0, max, chunk, end;
	unsigned long lines = 0;
	int rc, fd;

	if (size == 0)
		return;
	max = 1 + data[0] % 48;
	chunk = 1 + data[size - 1] % 40;
	if (infile == NULL && (infile = tmpfile()) == NULL)
		abort();
	fd = fileno(infile);
	if (ftruncate(fd, 0) == -1 || pwrite(fd, data, size, 0) != (ssize_t)size ||
	    lseek(fd, 0, SEEK_SET) == -1)
		abort();
	if ((spill = open_memstream(&sp, &spsize)) == NULL)
		abort();
	wire_reader_init(&rd, infile, "fuzz", max);
	/* A small read buffer, so that lines span reads. */
	if ((rd.buf = malloc(chunk)) == NULL)
		abort();
	rd.cap = chunk;
	while ((rc = wire_reader_next(&rd, &line, &len, spill)) != WIRE_LINE_EOF) {
		lines++;
		if (rd.lineno != lines)
			die("reader: wrong line number", data, size);
		if (rc == WIRE_LINE_OK) {
			if (len > max || memchr(line, '\n', len) != NULL ||
			    pos + len > size || memcmp(line, data + pos, len) != 0)
				die("reader: line is not the input's", data, size);
			end = pos + len;
			if (rd.cr != (end < size && data[end] == '\r') ||
			    (rd.cr && line[len] != '\r'))
				die("reader: wrong cr", data, size);
			if (end < size && data[end] == '\r')
				end++;
			if (end < size && data[end] != '\n')
				die("reader: line ends early", data, size);
			if (end - pos > max)
				die("reader: line over the cap kept", data, size);
			pos = end < size ? end + 1 : end;
		} else if (rc == WIRE_LINE_LONG) {
			fflush(spill);
			if (rd.longlen <= max || pos + rd.longlen > size ||
			    spsize != sppos + rd.longlen + 1 ||
			    memcmp(sp + sppos, data + pos, rd.longlen) != 0 ||
			    sp[sppos + rd.longlen] != '\n')
				die("reader: spilled bytes are not the line", data, size);
			sppos = spsize;
			end = pos + rd.longlen;
			if (end < size && data[end] != '\n')
				die("reader: long line ends early", data, size);
			pos = end < size ? end + 1 : end;
		} else
			die("reader: error", data, size);
	}
	if (pos != size)
		die("reader: stopped before the end", data, size);
	wire_reader_free(&rd);
	fclose(spill);
	free(sp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_parse(data, size);
	check_reader(data, size);
	return 0;
}
