/*
 * dedup_test.c: SimHash, banding and the fingerprint store of wire-dedup.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/dedup.h"

static uint64_t
rnd(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void
fp_of(const char *text, const char *url, struct wire_fp *fp)
{
	struct wire_buf tmp = { 0 };

	wire_fingerprint(text, strlen(text), url, url ? strlen(url) : 0, &tmp,
	    fp);
	wire_buf_free(&tmp);
}

static void
test_hamming_bands(void)
{
	uint64_t keys[WIRE_DEDUP_MAX_KEYS], k2[WIRE_DEDUP_MAX_KEYS], seed = 42;
	uint64_t a, b;
	int i, t, d, nk, shared, allok = 1;

	is_int(wire_hamming(0, 0), 0, "hamming of equal values");
	is_int(wire_hamming(0, UINT64_MAX), 64, "hamming of complements");
	is_int(wire_hamming(5, 6), 2, "hamming 5 ^ 6");

	is_int(wire_sim_bands(UINT64_C(0x1111222233334444), 3, keys), 4,
	    "distance 3: four bands");
	is_int(keys[0], UINT64_C(0x4444), "band 0 is the low 16 bits");
	is_int(keys[3], (UINT64_C(3) << 32) | 0x1111, "band 3 is the high 16 bits");
	is_int(wire_sim_nkeys(0), 1, "distance 0: one key");
	is_int(wire_sim_nkeys(6), 28, "distance 6: pairs of 8 blocks");
	is_int(wire_sim_nkeys(WIRE_DEDUP_MAX_DISTANCE), WIRE_DEDUP_MAX_KEYS,
	    "the most keys");
	wire_sim_bands(UINT64_C(0xffffffffffffffff), 5, keys);
	is_int(keys[0] & 0xffffffff, 0x7ffff, "distance 5: blocks of 10 and 9 bits paired");

	/* Pigeonhole: values within d bits share a key. */
	for (d = 0; d <= WIRE_DEDUP_MAX_DISTANCE; d++) {
		for (t = 0; t < 2000; t++) {
			a = rnd(&seed);
			b = a;
			for (i = 0; i < d; i++)
				b ^= UINT64_C(1) << (rnd(&seed) % 64);
			nk = wire_sim_bands(a, d, keys);
			wire_sim_bands(b, d, k2);
			for (shared = 0, i = 0; i < nk; i++)
				shared += keys[i] == k2[i];
			if (!shared)
				allok = 0;
			/* Keys are not all the same: a band does filter. */
			b = ~a;
			wire_sim_bands(b, d, k2);
			for (shared = 0, i = 0; i < nk; i++)
				shared += keys[i] == k2[i];
			if (shared && d > 0)
				allok = 0;
		}
	}
	ok(allok, "values within d bits share a key, complements none");
}

static void
test_fingerprint(void)
{
	struct wire_fp a, b, c;

	fp_of("The treaty was signed in Pyongyang.\n\nIt came into force in "
	    "December.\n\nBoth sides praised it.", NULL, &a);
	fp_of("Both sides praised it.\n\nThe treaty was signed in Pyongyang.\n\n"
	    "It came into force in December.", NULL, &b);
	is_int(a.sim, b.sim, "reordered paragraphs: same SimHash");
	ok(a.texth != b.texth, "reordered paragraphs: different text hash");
	fp_of("the TREATY was signed, in Pyongyang!\n\nIt came into force in "
	    "December.\n\nBoth   sides praised it.", NULL, &c);
	is_int(a.texth, c.texth, "case, spacing and punctuation do not count");
	is_int(a.words, 16, "words counted");
	fp_of("Prices of rice rose sharply in the northern provinces after the "
	    "floods, traders said on Monday.", NULL, &c);
	ok(wire_hamming(a.sim, c.sim) > 8, "different texts are far apart (%d)",
	    wire_hamming(a.sim, c.sim));
	fp_of("x", "https://Example.com/a?utm_source=feed#top", &a);
	fp_of("y", "http://example.com:80/a", &b);
	ok(a.urlh != 0 && a.urlh == b.urlh, "canonical URLs hash alike");
	fp_of("", "not a url", &a);
	ok(a.urlh == 0 && a.texth == 0 && a.words == 0, "no URL, no words");
	fp_of("Über Straße", NULL, &a);
	fp_of("über STRASSE", NULL, &b);
	ok(a.words == 2 && a.texth != b.texth, "non-ASCII words are words");
	fp_of("ÜBER Straße", NULL, &b);
	is_int(a.texth, b.texth, "non-ASCII case folds");
}

/*
 * Short lines weigh less than the body: over generated stories of five
 * 30-word paragraphs, a byline or a sign-up line added as a paragraph of
 * its own moves the SimHash by at most 3 bits in about 9 cases of 10
 * (with every shingle weighing alike: 2 of 3).
 */
static void
test_short_lines(void)
{
	static const char *vocab[] = { "the", "treaty", "Pyongyang", "Moscow",
	    "said", "on", "Monday", "minister", "forces", "agreement", "talks",
	    "military", "support", "north", "south", "officials", "report",
	    "border", "troops", "sanctions", "economic", "cooperation", "visit",
	    "leader", "meeting", "defense", "a", "of", "in", "and", "to",
	    "were", "war", "Ukraine", "Kremlin", "summit", "signed", "state" };
	struct wire_buf doc = { 0 }, copy = { 0 };
	struct wire_fp a, b;
	uint64_t seed = 7;
	int t, p, w, near = 0, n = 200;

	for (t = 0; t < n; t++) {
		wire_buf_reset(&doc);
		for (p = 0; p < 5; p++) {
			if (p > 0)
				wire_buf_puts(&doc, "\n\n");
			for (w = 0; w < 30; w++) {
				if (w > 0)
					wire_buf_putc(&doc, ' ');
				wire_buf_puts(&doc, vocab[rnd(&seed) %
				    (sizeof(vocab) / sizeof(vocab[0]))]);
			}
		}
		wire_buf_reset(&copy);
		wire_buf_puts(&copy, t % 2 ? "By Jane Roe\n\n" : "");
		wire_buf_add(&copy, doc.p, doc.len);
		wire_buf_puts(&copy, t % 2 ? "" :
		    "\n\nSubscribe to our newsletter for the latest news.");
		fp_of(doc.p, NULL, &a);
		fp_of(copy.p, NULL, &b);
		near += wire_hamming(a.sim, b.sim) <= 3;
	}
	ok(near >= n * 85 / 100, "a byline or sign-up line moves the SimHash "
	    "by 3 bits or less (%d of %d)", near, n);
	wire_buf_free(&doc);
	wire_buf_free(&copy);
}

static void
test_store(void)
{
	static const char base[] = "The treaty on comprehensive strategic "
	    "partnership was signed in Pyongyang in June and came into force "
	    "in December, the foreign ministry said on Thursday, adding that "
	    "both sides would hold talks on trade and energy next year.";
	struct wire_dedup_opts o = { NULL, 3, 0, 1000, 0 };
	struct wire_dedup *d;
	struct wire_fp fp;
	char first[WIRE_DEDUP_IDMAX], err[256], text[1024];

	ok((d = wire_dedup_open(&o, err, sizeof(err))) != NULL, "open in memory");
	if (d == NULL)
		return;
	fp_of(base, "https://a.example/1", &fp);
	is_int(wire_dedup_check(d, "a", &fp, first, err, sizeof(err)), 0,
	    "first copy is new");
	is_int(wire_dedup_check(d, "a", &fp, first, err, sizeof(err)), 0,
	    "same id again is the original");
	fp_of(base, "https://b.example/2", &fp);
	is_int(wire_dedup_check(d, "b", &fp, first, err, sizeof(err)), 1,
	    "same text elsewhere is a duplicate");
	is_str(first, "a", "of the first copy");
	snprintf(text, sizeof(text), "By Jane Roe\n\n%s", base);
	fp_of(text, "https://c.example/3", &fp);
	is_int(wire_dedup_check(d, "c", &fp, first, err, sizeof(err)), 1,
	    "a byline more is a near duplicate");
	is_str(first, "a", "of the first copy");
	is_int(wire_dedup_check(d, "b", &fp, first, err, sizeof(err)), 1,
	    "a duplicate seen again stays one");
	fp_of("Something else entirely, about the weather in the south.",
	    "https://a.example/1?utm_medium=x", &fp);
	is_int(wire_dedup_check(d, "e", &fp, first, err, sizeof(err)), 1,
	    "same canonical URL under another id");
	fp_of("Rain is expected across the southern provinces on Sunday.",
	    "https://d.example/4", &fp);
	is_int(wire_dedup_check(d, "f", &fp, first, err, sizeof(err)), 0,
	    "a different text is new");
	is_int(wire_dedup_count(d), 4, "four duplicates counted");
	is_int(wire_dedup_close(d, err, sizeof(err)), 0, "close");
	o.distance = WIRE_DEDUP_MAX_DISTANCE + 1;
	ok(wire_dedup_open(&o, err, sizeof(err)) == NULL, "distance out of range");
}

int
main(void)
{
	test_hamming_bands();
	test_fingerprint();
	test_short_lines();
	test_store();
	return tap_done();
}
