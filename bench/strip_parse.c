/*
 * strip_parse.c: the floor for wire-strip's speed: libxml2's bare HTML
 * parse (htmlReadMemory and xmlFreeDoc) of each page of a JSON-lines
 * stream's "html" fields.  Prints pages/s and MB/s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>

int
main(void)
{
	char *line = NULL;
	size_t cap = 0, pages = 0, bytes = 0;
	ssize_t n;
	struct timespec t0, t1;
	double s;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	while ((n = getline(&line, &cap, stdin)) > 0) {
		json_t *r = json_loadb(line, (size_t)n, 0, NULL);
		const char *h;
		htmlDocPtr d;

		if (r == NULL || (h = json_string_value(json_object_get(r,
		    "html"))) == NULL) {
			json_decref(r);
			continue;
		}
		d = htmlReadMemory(h, (int)strlen(h), NULL, "UTF-8",
		    HTML_PARSE_NOBLANKS | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
		    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
		xmlFreeDoc(d);
		pages++;
		bytes += (size_t)n;
		json_decref(r);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("libxml2 bare parse: %zu pages, %.1f pages/s, %.1f MB/s "
	    "(JSON decoding included)\n", pages, pages / s, bytes / s / 1e6);
	free(line);
	return 0;
}
