/*
 * ner_bench.c: entity tagging throughput on a file of sentences.
 *
 * Usage: ner_bench DATADIR FILE
 * Each line of FILE is one sentence; a blank line ends a document.  Prints
 * one JSON line: tokens, bytes, seconds, tokens/s, MB/s, entities and peak
 * resident memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "wire/ner.h"

int
main(int argc, char *argv[])
{
	struct wire_ner *ner;
	struct wire_ner_doc *doc;
	struct wire_entity *e = NULL;
	struct wire_token *t = NULL;
	size_t ecap = 0, tcap = 0, used, ents = 0, toks = 0, bytes = 0, n;
	char err[256], *line = NULL;
	size_t lcap = 0;
	ssize_t len;
	FILE *f;
	struct timespec a, b;
	double sec;
	struct rusage ru;

	if (argc != 3) {
		fprintf(stderr, "usage: ner_bench DATADIR FILE\n");
		return 2;
	}
	if ((ner = wire_ner_load(argv[1], err, sizeof(err))) == NULL) {
		fprintf(stderr, "ner_bench: %s\n", err);
		return 1;
	}
	if ((f = fopen(argv[2], "r")) == NULL || (doc = wire_ner_doc_new()) ==
	    NULL) {
		perror(argv[2]);
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &a);
	while ((len = getline(&line, &lcap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (len == 0) {
			wire_ner_doc_reset(doc);
			continue;
		}
		n = wire_ner_find(ner, doc, line, (size_t)len, &e, &ecap);
		if (n == (size_t)-1) {
			fprintf(stderr, "ner_bench: out of memory\n");
			return 1;
		}
		ents += n;
		bytes += (size_t)len;
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	sec = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec -
	    a.tv_nsec) / 1e9;
	/* Tokens are counted apart, so that counting costs no tagging time. */
	rewind(f);
	while ((len = getline(&line, &lcap, f)) > 0) {
		n = wire_ner_tokenize(line, (size_t)len, 0, &t, &tcap, &used);
		if (n != (size_t)-1)
			toks += n;
	}
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"tool\":\"wire-ner\",\"tokens\":%zu,\"bytes\":%zu,"
	    "\"seconds\":%.3f,\"tokens_per_s\":%.0f,\"mb_per_s\":%.2f,"
	    "\"entities\":%zu,\"max_rss_mb\":%.1f}\n", toks, bytes, sec,
	    (double)toks / sec, (double)bytes / sec / 1e6, ents,
	    (double)ru.ru_maxrss / 1024.0);
	fclose(f);
	free(line);
	free(e);
	free(t);
	wire_ner_doc_free(doc);
	wire_ner_free(ner);
	return 0;
}
