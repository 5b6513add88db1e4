/*
 * ner_fuzz.c: libFuzzer target for the entity tokenizer and tagger.
 *
 * The input is cut at NUL bytes into texts of one document, each tagged
 * with the shipped model ($WIRE_DATADIR, else data) so that the document
 * step sees earlier names; entity offsets must lie in their text and not
 * overlap.  Without data only the tokenizer runs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wire/ner.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct wire_ner *
recognizer(int *tried)
{
	static struct wire_ner *ner;
	char err[256];
	const char *dd;

	if (!*tried) {
		*tried = 1;
		dd = getenv("WIRE_DATADIR");
		ner = wire_ner_load(dd != NULL && *dd ? dd : "data", err,
		    sizeof(err));
	}
	return ner;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int tried;
	struct wire_ner *ner = recognizer(&tried);
	struct wire_token *t = NULL;
	struct wire_entity *e = NULL;
	struct wire_ner_doc *doc;
	const char *s = (const char *)data;
	size_t tcap = 0, ecap = 0, used, n, i, k, pos = 0, sum = 0;

	n = wire_ner_tokenize(s, size, 0, &t, &tcap, &used);
	for (i = 0; i < n && n != (size_t)-1; i++)
		if (t[i].start >= t[i].end || t[i].end > size ||
		    (i > 0 && t[i].start < t[i - 1].end))
			abort();
	free(t);
	if (ner == NULL || (doc = wire_ner_doc_new()) == NULL)
		return 0;
	while (pos <= size) {
		const char *z = memchr(s + pos, '\0', size - pos);
		size_t len = z != NULL ? (size_t)(z - (s + pos)) : size - pos;

		n = wire_ner_find(ner, doc, s + pos, len, &e, &ecap);
		for (i = 0; i < n && n != (size_t)-1; i++) {
			if (e[i].start >= e[i].end || e[i].end > len ||
			    (i > 0 && e[i].start < e[i - 1].end) ||
			    e[i].namelen == 0 || e[i].name == NULL)
				abort();
			/* Every byte of the name must be readable. */
			for (k = 0; k < e[i].namelen; k++)
				sum += (unsigned char)e[i].name[k];
		}
		pos += len + 1;
	}
	free(e);
	wire_ner_doc_free(doc);
	return sum == (size_t)-1;
}
