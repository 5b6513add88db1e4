/*
 * strip_fuzz.c: libFuzzer target for wire-strip's page pipeline: charset
 * sniffing and conversion, the HTML tree, blocks, classifier, metadata.
 * The first input byte picks HTML, flat text or guessing.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "wire/strip.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct wire_strip *st;
	char err[256];

	if (st == NULL) {
		if ((st = malloc(sizeof(*st))) == NULL)
			return 0;
		if (wire_strip_init(st, getenv("WIRE_STRIP_DATA") ?
		    getenv("WIRE_STRIP_DATA") : "data", err, sizeof(err)) == -1) {
			fprintf(stderr, "strip_fuzz: %s\n", err);
			abort();
		}
		st->max_page = 1 << 20;
	}
	if (size == 0)
		return 0;
	st->captions = data[0] & 4;
	wire_strip_page(st, (const char *)data + 1, size - 1,
	    (data[0] & 3) == 3 ? -1 : (data[0] & 1), (data[0] & 8) ? "euc-kr" :
	    NULL, (data[0] & 16) ? "https://x.example/2020/01/02/a" : NULL,
	    err, sizeof(err));
	return 0;
}
