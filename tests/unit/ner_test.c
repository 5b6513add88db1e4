/*
 * ner_test.c: the entity tokenizer, gazetteer, tagger, names and trainer.
 *
 * The shipped model is found through WIRE_DATADIR (make check sets it to
 * the repository's data directory); without it the tests that need data
 * are skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tap.h"
#include "wire/ner.h"

static const char *
tok_text(const char *s, const struct wire_token *t, size_t i, char *buf,
    size_t len)
{
	size_t n = t[i].end - t[i].start;

	if (n >= len)
		n = len - 1;
	memcpy(buf, s + t[i].start, n);
	buf[n] = '\0';
	return buf;
}

static void
test_tokenizer(void)
{
	const char *s = "N. Korea's Kim Jong-un met U.S. envoys (KCNA).";
	const char *want[] = { "N.", "Korea", "'s", "Kim", "Jong", "-", "un",
	    "met", "U.S.", "envoys", "(", "KCNA", ")", "." };
	struct wire_token *t = NULL;
	size_t cap = 0, used, n, i;
	char buf[64];

	n = wire_ner_tokenize(s, strlen(s), 0, &t, &cap, &used);
	is_int(n, sizeof(want) / sizeof(want[0]), "token count");
	for (i = 0; i < n && i < sizeof(want) / sizeof(want[0]); i++)
		is_str(tok_text(s, t, i, buf, sizeof(buf)), want[i],
		    "token %zu", i);
	ok(t[2].flags & WIRE_TOK_POSS, "possessive flagged");
	ok(t[5].flags & WIRE_TOK_JOINED, "joining hyphen flagged");
	is_int(used, strlen(s), "all bytes used");
	n = wire_ner_tokenize(s, strlen(s), 3, &t, &cap, &used);
	is_int(n, 3, "max tokens honoured");
	is_int(used, 11, "used stops before the next token");
	n = wire_ner_tokenize("\xff\xfe ab", 5, 0, &t, &cap, &used);
	is_int(n, 3, "invalid bytes are tokens");
	free(t);
}

struct want {
	const char	*text;
	int		 type;
	const char	*name;
};

/* Runs one text and checks that every wanted entity is there. */
static void
expect(const struct wire_ner *ner, struct wire_ner_doc *doc, const char *s,
    const struct want *w, size_t nw)
{
	struct wire_entity *e = NULL;
	size_t cap = 0, n, i, j;

	n = wire_ner_find(ner, doc, s, strlen(s), &e, &cap);
	ok(n != (size_t)-1, "find: %s", s);
	for (i = 0; i < nw; i++) {
		int found = 0;

		for (j = 0; j < n && n != (size_t)-1; j++) {
			size_t len = e[j].end - e[j].start;

			if (len == strlen(w[i].text) && memcmp(s + e[j].start,
			    w[i].text, len) == 0) {
				found = 1;
				is_int(e[j].type, w[i].type, "type of %s",
				    w[i].text);
				is_mem(e[j].name, e[j].namelen, w[i].name,
				    strlen(w[i].name), "name of %s", w[i].text);
			}
		}
		ok(found, "found %s", w[i].text);
	}
	free(e);
}

static void
test_gazetteer(const struct wire_ner *ner)
{
	const char *c;
	size_t cl;

	is_int(wire_ner_gazetteer(ner, "N. Korea", 8, &c, &cl), WIRE_ENT_LOC,
	    "N. Korea is a place");
	is_mem(c, cl, "North Korea", 11, "N. Korea is North Korea");
	is_int(wire_ner_gazetteer(ner, "DPRK", 4, &c, &cl), WIRE_ENT_LOC,
	    "DPRK is a place");
	is_mem(c, cl, "North Korea", 11, "DPRK is North Korea");
	is_int(wire_ner_gazetteer(ner, "KCNA", 4, &c, &cl), WIRE_ENT_ORG,
	    "KCNA is an organisation");
	is_mem(c, cl, "Korean Central News Agency", 26, "KCNA's name");
	is_int(wire_ner_gazetteer(ner, "U.S.", 4, &c, &cl), WIRE_ENT_LOC,
	    "U.S. is a place");
	is_mem(c, cl, "United States", 13, "U.S. is the United States");
	is_int(wire_ner_gazetteer(ner, "France", 6, NULL, NULL), WIRE_ENT_LOC,
	    "countries come from iso-codes");
	is_int(wire_ner_gazetteer(ner, "President", 9, &c, &cl),
	    WIRE_ENT_NONE, "a title is no name");
	is_int(wire_ner_gazetteer(ner, "", 0, &c, &cl), WIRE_ENT_NONE,
	    "empty text");
}

static void
test_document(const struct wire_ner *ner)
{
	struct wire_ner_doc *doc = wire_ner_doc_new();
	static const struct want w1[] = {
		{ "Vladimir Putin", WIRE_ENT_PERSON, "Vladimir Putin" },
		{ "Kim Jong Un", WIRE_ENT_PERSON, "Kim Jong-un" },
		{ "Pyongyang", WIRE_ENT_LOC, "Pyongyang" },
	};
	static const struct want w2[] = {
		{ "Putin", WIRE_ENT_PERSON, "Vladimir Putin" },
		{ "Kim", WIRE_ENT_PERSON, "Kim Jong-un" },
		{ "N. Korea", WIRE_ENT_LOC, "North Korea" },
	};
	static const struct want w3[] = {
		{ "Go Eun-hee", WIRE_ENT_PERSON, "Go Eun-hee" },
		{ "KBS News", WIRE_ENT_ORG, "KBS" },
	};
	static const struct want w4[] = {
		{ "Korea Institute for National Unification", WIRE_ENT_ORG,
		    "Korea Institute for National Unification" },
		{ "Dmitry Peskov", WIRE_ENT_PERSON, "Dmitry Peskov" },
	};
	static const struct want w5[] = {
		{ "Dmitry Peskov", WIRE_ENT_PERSON, "Dmitry Peskov" },
		{ "Kim", WIRE_ENT_PERSON, "Kim" },
	};
	static const struct want w6[] = {
		{ "Orbital Freight Union", WIRE_ENT_ORG,
		    "Orbital Freight Union" },
		{ "OFU", WIRE_ENT_ORG, "Orbital Freight Union" },
	};
	static const struct want w7[] = {
		{ "OFU", WIRE_ENT_ORG, "Orbital Freight Union" },
	};
	/* given names whose second syllable has five letters or six */
	static const struct want w8[] = {
		{ "Lee Seong-kweun", WIRE_ENT_PERSON, "Lee Seong-kweun" },
		{ "Kim Hye-kyeong", WIRE_ENT_PERSON, "Kim Hye-kyeong" },
	};

	ok(doc != NULL, "doc state");
	expect(ner, doc, "Russian President Vladimir Putin met North Korean "
	    "leader Kim Jong Un in Pyongyang.", w1, 3);
	expect(ner, doc, "Putin said Kim had visited N. Korea's border.",
	    w2, 3);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "This is KBS News, Go Eun-hee.", w3, 2);
	expect(ner, doc, "Kremlin spokesperson Dmitry Peskov spoke to the "
	    "Korea Institute for National Unification.", w4, 2);
	wire_ner_doc_reset(doc);
	/* A new document forgets the old one's people. */
	expect(ner, doc, "Dmitry Peskov met Kim.", w5, 2);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "The Orbital Freight Union (OFU) said it agreed.",
	    w6, 2);
	expect(ner, doc, "OFU later denied it.", w7, 1);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "Defense Minister Lee Seong-kweun met Kim Hye-kyeong "
	    "on Monday.", w8, 2);
	wire_ner_doc_free(doc);
}

/* Runs one text and checks that none of the given spans is an entity of
 * the given type (WIRE_ENT_NONE: of any type). */
static void
reject(const struct wire_ner *ner, struct wire_ner_doc *doc, const char *s,
    const struct want *w, size_t nw)
{
	struct wire_entity *e = NULL;
	size_t cap = 0, n, i, j;

	n = wire_ner_find(ner, doc, s, strlen(s), &e, &cap);
	ok(n != (size_t)-1, "find: %s", s);
	for (i = 0; i < nw; i++) {
		int bad = 0;

		for (j = 0; j < n && n != (size_t)-1; j++) {
			size_t len = e[j].end - e[j].start;

			if (len == strlen(w[i].text) && memcmp(s + e[j].start,
			    w[i].text, len) == 0 && (w[i].type ==
			    WIRE_ENT_NONE || e[j].type == w[i].type))
				bad = 1;
		}
		ok(!bad, "not an entity: %s", w[i].text);
	}
	free(e);
}

static void
test_rules(const struct wire_ner *ner)
{
	struct wire_ner_doc *doc = wire_ner_doc_new();
	static const struct want caption[] = {
		{ "Hong Min", WIRE_ENT_PERSON, "Hong Min" },
		{ "Korea Institute for National Unification", WIRE_ENT_ORG,
		    "Korea Institute for National Unification" },
	};
	static const struct want north[] = {
		{ "Russia", WIRE_ENT_LOC, "Russia" },
	};
	static const struct want nonorth[] = {
		{ "North", WIRE_ENT_NONE, NULL },
		{ "North-Russia", WIRE_ENT_NONE, NULL },
		{ "Western", WIRE_ENT_NONE, NULL },
	};
	static const struct want minister[] = {
		{ "Russian", WIRE_ENT_MISC, "Russian" },
	};
	static const struct want nohyphen[] = {
		{ "Park Hotel-backed", WIRE_ENT_NONE, NULL },
		{ "Lee County-based", WIRE_ENT_NONE, NULL },
	};
	static const struct want nominister[] = {
		{ "Russian Defense Minister", WIRE_ENT_NONE, NULL },
	};
	static const struct want headline[] = {
		{ "Japan", WIRE_ENT_LOC, "Japan" },
		{ "UN", WIRE_ENT_ORG, "United Nations" },
	};
	static const struct want japanese[] = {
		{ "Japanese", WIRE_ENT_MISC, "Japanese" },
	};
	static const struct want ukraine[] = {
		{ "Ukraine", WIRE_ENT_LOC, "Ukraine" },
	};
	static const struct want theukraine[] = {
		{ "the Ukraine", WIRE_ENT_NONE, NULL },
	};

	ok(doc != NULL, "doc state");
	expect(ner, doc, "[Hong Min/Senior Research Fellow at the Korea "
	    "Institute for National Unification: \"It will grow.\"]",
	    caption, 2);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "After the talks, the North-Russia treaty is expected "
	    "to be ratified.", north, 1);
	reject(ner, doc, "After the talks, the North-Russia treaty is expected "
	    "to be ratified.", nonorth, 2);
	reject(ner, doc, "Asked whether the North's leader would help in "
	    "Western conflicts, he declined.", nonorth, 3);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "It is said that the Russian Defense Minister "
	    "asked for more troops.", minister, 1);
	reject(ner, doc, "It is said that the Russian Defense Minister "
	    "asked for more troops.", nominister, 1);
	wire_ner_doc_reset(doc);
	expect(ner, doc, "Japan Rejects UN Call for Female Succession",
	    headline, 2);
	expect(ner, doc, "The Japanese government has rejected it.",
	    japanese, 1);
	/* the article goes with the war, not with the country */
	wire_ner_doc_reset(doc);
	expect(ner, doc, "It decided to send troops to the Ukraine war.",
	    ukraine, 1);
	reject(ner, doc, "It decided to send troops to the Ukraine war.",
	    theukraine, 1);
	/* a Korean surname, a capital and an English suffix: no name */
	wire_ner_doc_reset(doc);
	reject(ner, doc, "The Lee County-based group met at the Park "
	    "Hotel-backed venue.", nohyphen, 2);
	wire_ner_doc_free(doc);
}

static void
test_edges(const struct wire_ner *ner)
{
	struct wire_ner_doc *doc = wire_ner_doc_new();
	struct wire_entity *e = NULL;
	size_t cap = 0, n, i, ok_off = 1;
	char big[20000];

	n = wire_ner_find(ner, doc, "", 0, &e, &cap);
	is_int(n, 0, "empty text has no entities");
	for (i = 0; i + 1 < sizeof(big); i++)
		big[i] = "Kim met Putin in Moscow. "[i % 25];
	big[sizeof(big) - 1] = '\0';
	n = wire_ner_find(ner, doc, big, strlen(big), &e, &cap);
	ok(n != (size_t)-1 && n > 1000, "a long text is tagged in windows");
	for (i = 1; i < n && n != (size_t)-1; i++)
		if (e[i].start < e[i - 1].end || e[i].end > strlen(big))
			ok_off = 0;
	ok(ok_off, "entities are ordered and do not overlap");
	free(e);
	wire_ner_doc_free(doc);
	is_str(wire_ner_type_name(WIRE_ENT_PERSON), "PERSON", "type name");
	is_str(wire_ner_type_name(42), "", "unknown type name");
	is_int(wire_ner_type_parse("GPE", 3), WIRE_ENT_LOC, "GPE is LOC");
}

static void
test_train(const char *datadir)
{
	char err[256], model[] = "/tmp/wire-ner-test-XXXXXX";
	const char *files[] = { "tests/fixtures/ner/train-sample.conll" };
	struct wire_ner_train_opts o = { 3, 0.01, 1, 0, 1 };
	struct wire_ner *ner;
	struct wire_ner_doc *doc;
	struct wire_entity *e = NULL;
	size_t cap = 0, n;
	int fd = mkstemp(model);
	const char *s = "He moved from Germany to Canada to work for Microsoft.";

	ok(fd >= 0, "temporary model file");
	if (fd < 0)
		return;
	close(fd);
	if (access(files[0], R_OK) != 0)
		files[0] = "../../tests/fixtures/ner/train-sample.conll";
	ok(wire_ner_train(datadir, files, 1, model, &o, err, sizeof(err)) == 0,
	    "train on the sample: %s", err);
	ner = wire_ner_load_model(datadir, model, err, sizeof(err));
	ok(ner != NULL, "retrained model loads: %s", ner ? "" : err);
	if (ner != NULL) {
		doc = wire_ner_doc_new();
		n = wire_ner_find(ner, doc, s, strlen(s), &e, &cap);
		ok(n != (size_t)-1 && n >= 2, "retrained model tags (%zu)", n);
		free(e);
		wire_ner_doc_free(doc);
		wire_ner_free(ner);
	}
	/* Two runs averaged: a model as good to load and to tag with. */
	e = NULL;
	cap = 0;
	o.runs = 2;
	ok(wire_ner_train(datadir, files, 1, model, &o, err, sizeof(err)) == 0,
	    "train two runs on the sample: %s", err);
	ner = wire_ner_load_model(datadir, model, err, sizeof(err));
	ok(ner != NULL, "averaged model loads: %s", ner ? "" : err);
	if (ner != NULL) {
		doc = wire_ner_doc_new();
		n = wire_ner_find(ner, doc, s, strlen(s), &e, &cap);
		ok(n != (size_t)-1 && n >= 2, "averaged model tags (%zu)", n);
		free(e);
		wire_ner_doc_free(doc);
		wire_ner_free(ner);
	}
	o.runs = 1;
	files[0] = "/nonexistent/file.conll";
	ok(wire_ner_train(datadir, files, 1, model, &o, err, sizeof(err)) < 0,
	    "a missing file fails: %s", err);
	unlink(model);
}

int
main(void)
{
	const char *dd = getenv("WIRE_DATADIR");
	char err[256];
	struct wire_ner *ner;

	test_tokenizer();
	ok(wire_ner_load("/nonexistent", err, sizeof(err)) == NULL,
	    "a missing data directory fails: %s", err);
	if (dd == NULL || *dd == '\0') {
		diag("WIRE_DATADIR is not set: data tests skipped");
		return tap_done();
	}
	ner = wire_ner_load(dd, err, sizeof(err));
	ok(ner != NULL, "load the shipped model: %s", ner ? "" : err);
	if (ner == NULL)
		return tap_done();
	test_gazetteer(ner);
	test_document(ner);
	test_rules(ner);
	test_edges(ner);
	wire_ner_free(ner);
	test_train(dd);
	return tap_done();
}
