/*
 * sentence_fuzz.c: libFuzzer target for the sentence splitter
 * (lib/sentence.c) on arbitrary bytes.
 *
 * The splitter is loaded once, from $WIRE_DATADIR/abbrev.txt or else
 * data/abbrev.txt.  For every input the sentences must be in order,
 * non-overlapping, within the text and non-empty; trimmed (neither end is
 * ASCII white space); para must start at 0 and grow by 0 or 1 from one
 * sentence to the next; no byte outside every sentence may be anything but
 * white space (nothing is dropped); when the text is valid UTF-8 each
 * sentence must be too (it is cut at character boundaries); and a second
 * call with a fresh array must give the same sentences.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/sentence.h"
#include "wire/text.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct wire_splitter *sp;
static struct wire_sent *sents;
static size_t capsents;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("WIRE_DATADIR");
	char path[4096], err[256];

	if (dir != NULL && *dir != '\0')
		snprintf(path, sizeof(path), "%s/abbrev.txt", dir);
	else
		snprintf(path, sizeof(path), "data/abbrev.txt");
	if ((sp = wire_splitter_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "sentence_fuzz: %s: %s\n", path, err);
		exit(1);
	}
	return 0;
}

static void
die(const char *what, size_t i, size_t size)
{
	fprintf(stderr, "sentence_fuzz: sentence %zu: %s (input of %zu bytes)\n",
	    i, what, size);
	abort();
}

static int
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Length of the white space character at t[i] (the splitter's set), or 0. */
static size_t
space_at(const unsigned char *u, size_t m)
{
	if (ascii_space(u[0]))
		return 1;
	if (m >= 2 && u[0] == 0xc2 && (u[1] == 0xa0 || u[1] == 0x85))
		return 2;
	if (m >= 3 && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] <= 0x8a || u[2] == 0xa8 || u[2] == 0xa9 || u[2] == 0xaf))
		return 3;
	if (m >= 3 && ((u[0] == 0xe2 && u[1] == 0x81 && u[2] == 0x9f) ||
	    (u[0] == 0xe3 && u[1] == 0x80 && u[2] == 0x80)))
		return 3;
	return 0;
}

/* Every byte in [a, b) must be white space. */
static void
gap_is_space(const uint8_t *t, size_t a, size_t b, size_t i, size_t size)
{
	size_t k;

	while (a < b) {
		if ((k = space_at(t + a, b - a)) == 0)
			die("text outside every sentence", i, size);
		a += k;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	struct wire_sent *fresh = NULL;
	size_t n, n2, cap = 0, i, prev = 0;
	int valid;

	n = wire_split(sp, text, size, &sents, &capsents);
	if (n == (size_t)-1)
		return 0;
	valid = wire_utf8_check(text, size) == size;
	for (i = 0; i < n; i++) {
		const struct wire_sent *s = &sents[i];

		if (s->start >= s->end)
			die("empty or reversed", i, size);
		if (s->end > size)
			die("past the end of the text", i, size);
		if (s->start < prev)
			die("overlaps or goes back", i, size);
		if (ascii_space(data[s->start]) || ascii_space(data[s->end - 1]))
			die("not trimmed", i, size);
		if (i == 0 ? s->para != 0 :
		    s->para != sents[i - 1].para && s->para != sents[i - 1].para + 1)
			die("para does not start at 0 and grow by 0 or 1", i, size);
		if (valid && wire_utf8_check(text + s->start, s->end - s->start) !=
		    s->end - s->start)
			die("cut inside a UTF-8 character", i, size);
		gap_is_space(data, prev, s->start, i, size);
		prev = s->end;
	}
	gap_is_space(data, prev, size, n, size);
	n2 = wire_split(sp, text, size, &fresh, &cap);
	if (n2 != (size_t)-1) {
		if (n2 != n || (n > 0 && memcmp(fresh, sents, n * sizeof(*fresh)) != 0))
			die("a second call differs", 0, size);
	}
	free(fresh);
	return 0;
}
