/*
 * strip_parse.c: the floor for wire-strip's speed, and a check of its
 * pre-pass, on the "html" fields of a JSON-lines stream (stdin).
 *
 * Usage: strip_parse [-r ROUNDS] [-c]
 *
 * The pages are decoded from JSON and cleaned to UTF-8 as wire-strip
 * does (wire_charset_decode) first, so only parsing is timed.  Each
 * round times, over all pages: libxml2's bare parse (htmlReadMemory to a
 * tree and xmlFreeDoc, the floor a DOM-based extractor pays), then
 * wire_html_parse without and with its pre-pass.  The best round of each
 * is printed as pages/s and MB/s of CPU time (the process's own, so other
 * load on the machine counts less).  The bare parse is printed a second
 * time with the decoding (JSON with jansson, then UTF-8 cleaning, timed
 * once) added, the work wire-strip also does before it parses.
 *
 * With -c, nothing is timed: each page is parsed with and without the
 * pre-pass and the two trees (nodes, texts, attributes, JSON-LD, title,
 * error) compared; the pages that differ are listed and the status is 1
 * when there is one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>

#include "wire/charset.h"
#include "wire/html.h"

struct page {
	char	*url, *html;
	size_t	 len;
};

static double
cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
same_buf(const struct wire_buf *a, const struct wire_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->p, b->p,
	    a->len) == 0);
}

/* True when two parsed documents hold the same tree. */
static int
same_doc(const struct wire_html_doc *a, const struct wire_html_doc *b)
{
	size_t i;

	if (a->nn != b->nn || a->failed != b->failed ||
	    strcmp(a->err, b->err) != 0 || !same_buf(&a->arena, &b->arena) ||
	    !same_buf(&a->jsonld, &b->jsonld) || !same_buf(&a->title, &b->title))
		return 0;
	for (i = 0; i < a->nn; i++) {
		const struct wire_html_node *x = &a->n[i], *y = &b->n[i];

		if (x->parent != y->parent || x->first != y->first ||
		    x->last != y->last || x->next != y->next || x->str != y->str ||
		    x->slen != y->slen || x->tag != y->tag || x->depth != y->depth)
			return 0;
	}
	return 1;
}

static void
report(const char *what, size_t pages, size_t bytes, double s)
{
	printf("%s: %zu pages, %.1f pages/s, %.1f MB/s (CPU time)\n", what,
	    pages, pages / s, bytes / s / 1e6);
}

int
main(int argc, char *argv[])
{
	struct page *pg = NULL;
	struct wire_html_doc raw, pre;
	char *line = NULL;
	size_t cap = 0, np = 0, capp = 0, bytes = 0, i, ndiff = 0, kept = 0;
	ssize_t n;
	double best[3] = { 1e30, 1e30, 1e30 }, t0, t, decode;
	int c, rounds = 3, check = 0, r;

	while ((c = getopt(argc, argv, "cr:")) != -1) {
		if (c == 'c')
			check = 1;
		else if (c == 'r' && atoi(optarg) > 0)
			rounds = atoi(optarg);
		else {
			fprintf(stderr, "usage: strip_parse [-r ROUNDS] [-c]\n");
			return 2;
		}
	}
	t0 = cpu();
	while ((n = getline(&line, &cap, stdin)) > 0) {
		json_t *o = json_loadb(line, (size_t)n, JSON_ALLOW_NUL, NULL);
		json_t *h = json_object_get(o, "html");
		const char *u = json_string_value(json_object_get(o, "url"));

		if (h != NULL && json_is_string(h)) {
			if (np == capp) {
				capp = capp ? capp * 2 : 1024;
				if ((pg = realloc(pg, capp * sizeof(*pg))) == NULL)
					return 2;
			}
			struct wire_buf b = { 0 };

			if (wire_charset_decode(json_string_value(h),
			    json_string_length(h), "utf-8", &b) == NULL)
				return 2;
			pg[np].len = b.len;
			pg[np].html = b.p != NULL ? b.p : strdup("");
			pg[np].url = strdup(u != NULL ? u : "-");
			if (pg[np].html == NULL || pg[np].url == NULL)
				return 2;
			bytes += pg[np].len;
			np++;
		}
		json_decref(o);
	}
	free(line);
	decode = cpu() - t0;
	wire_html_init(&raw, 2000000, 1 << 30);
	wire_html_init(&pre, 2000000, 1 << 30);
	raw.verbatim = 1;
	raw.clean = pre.clean = 1;	/* decoded as wire-strip does */
	if (check) {
		for (i = 0; i < np; i++) {
			wire_html_parse(&raw, pg[i].html, pg[i].len);
			wire_html_parse(&pre, pg[i].html, pg[i].len);
			kept += pre.pre.len;
			if (!same_doc(&raw, &pre)) {
				printf("differs: %s\n", pg[i].url);
				ndiff++;
			}
		}
		printf("pre-pass check: %zu pages, %zu with a different tree; "
		    "libxml2 gets %.1f%% of the bytes\n", np, ndiff,
		    100.0 * kept / (bytes ? bytes : 1));
		return ndiff > 0;
	}
	for (r = 0; r < rounds; r++) {
		t0 = cpu();
		for (i = 0; i < np; i++)
			xmlFreeDoc(htmlReadMemory(pg[i].html, (int)pg[i].len, NULL,
			    "UTF-8", HTML_PARSE_NOBLANKS | HTML_PARSE_NONET |
			    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
			    HTML_PARSE_RECOVER | HTML_PARSE_COMPACT));
		if ((t = cpu() - t0) < best[0])
			best[0] = t;
		t0 = cpu();
		for (i = 0; i < np; i++)
			wire_html_parse(&raw, pg[i].html, pg[i].len);
		if ((t = cpu() - t0) < best[1])
			best[1] = t;
		t0 = cpu();
		for (i = 0; i < np; i++)
			wire_html_parse(&pre, pg[i].html, pg[i].len);
		if ((t = cpu() - t0) < best[2])
			best[2] = t;
	}
	report("libxml2 bare parse (tree built and freed)", np, bytes, best[0]);
	report("libxml2 bare parse, decoding included", np, bytes,
	    best[0] + decode);
	report("wire_html_parse without pre-pass", np, bytes, best[1]);
	report("wire_html_parse with pre-pass", np, bytes, best[2]);
	wire_html_free(&raw);
	wire_html_free(&pre);
	for (i = 0; i < np; i++) {
		free(pg[i].html);
		free(pg[i].url);
	}
	free(pg);
	return 0;
}
