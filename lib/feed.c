/*
 * feed.c: RSS, Atom, RDF and sitemaps read with libxml2's streaming
 * reader.  The reader keeps one item at a time, so a feed of any length
 * is read in bounded memory, and the items before a fault are not lost.
 * Entities are left unexpanded and nothing is fetched by the parser.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libxml/uri.h>
#include <libxml/xmlreader.h>
#include <zlib.h>

#include "wire/feed.h"
#include "wire/text.h"

#define NS_ATOM		"http://www.w3.org/2005/Atom"
#define NS_RSS1		"http://purl.org/rss/1.0/"
#define NS_RDF		"http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_DC		"http://purl.org/dc/elements/1.1/"
#define NS_SITEMAP	"http://www.sitemaps.org/schemas/sitemap/0.9"
#define NS_NEWS		"http://www.google.com/schemas/sitemap-news/0.9"

#define FIELD_MAX	(64 * 1024)
#define GUNZIP_MAX	((size_t)256 << 20)

enum kind { K_NONE, K_RSS, K_ATOM, K_RDF, K_URLSET, K_INDEX };

enum fld { F_URL, F_TITLE, F_PUB, F_GUID, F_AUTHOR, F_NFIELDS };

struct item {
	struct wire_buf	 f[F_NFIELDS];
	int		 prio[F_NFIELDS];	/* strength of the source */
	struct wire_buf	 authors;		/* NUL-separated */
	int		 nauthors;
	int		 depth;			/* of the item element, -1 none */
};

/* Which namespace a name is in. */
static int
is_ns(const xmlChar *ns, const char *want)
{
	if (want == NULL)
		return ns == NULL || *ns == '\0';
	return ns != NULL && strcmp((const char *)ns, want) == 0;
}

static int
is_name(const xmlChar *name, const char *want)
{
	return name != NULL && strcmp((const char *)name, want) == 0;
}

/* Is (ns, name) the item element of a feed of kind k? */
static int
is_item(enum kind k, const xmlChar *ns, const xmlChar *name)
{
	switch (k) {
	case K_RSS:
		return is_ns(ns, NULL) && is_name(name, "item");
	case K_ATOM:
		return is_ns(ns, NS_ATOM) && is_name(name, "entry");
	case K_RDF:
		return is_ns(ns, NS_RSS1) && is_name(name, "item");
	case K_URLSET:
		return is_ns(ns, NS_SITEMAP) && is_name(name, "url");
	case K_INDEX:
		return is_ns(ns, NS_SITEMAP) && is_name(name, "sitemap");
	default:
		return 0;
	}
}

/* The kind of feed a root element makes. */
static enum kind
root_kind(const xmlChar *ns, const xmlChar *name)
{
	if (is_name(name, "rss") && is_ns(ns, NULL))
		return K_RSS;
	if (is_name(name, "feed") && is_ns(ns, NS_ATOM))
		return K_ATOM;
	if (is_name(name, "RDF") && is_ns(ns, NS_RDF))
		return K_RDF;
	if (is_name(name, "urlset") && is_ns(ns, NS_SITEMAP))
		return K_URLSET;
	if (is_name(name, "sitemapindex") && is_ns(ns, NS_SITEMAP))
		return K_INDEX;
	return K_NONE;
}

/*
 * The field an element inside an item fills, and how strongly (a higher
 * priority replaces a lower one: Atom's "published" beats "updated").
 */
static int
which_field(enum kind k, const xmlChar *ns, const xmlChar *name, int *prio)
{
	*prio = 1;
	if (is_ns(ns, NS_DC)) {
		if (is_name(name, "date"))
			return *prio = 2, F_PUB;
		if (is_name(name, "creator"))
			return F_AUTHOR;
		if (is_name(name, "title"))
			return F_TITLE;
		return -1;
	}
	if (is_ns(ns, NS_NEWS)) {
		if (is_name(name, "publication_date"))
			return *prio = 3, F_PUB;
		if (is_name(name, "title"))
			return *prio = 2, F_TITLE;
		return -1;
	}
	switch (k) {
	case K_RSS:
	case K_RDF:
		if (!is_ns(ns, k == K_RSS ? NULL : NS_RSS1))
			return -1;
		if (is_name(name, "link"))
			return F_URL;
		if (is_name(name, "title"))
			return F_TITLE;
		if (is_name(name, "pubDate"))
			return *prio = 3, F_PUB;
		if (is_name(name, "guid"))
			return F_GUID;
		if (is_name(name, "author"))
			return F_AUTHOR;
		return -1;
	case K_ATOM:
		if (!is_ns(ns, NS_ATOM))
			return -1;
		if (is_name(name, "title"))
			return F_TITLE;
		if (is_name(name, "published"))
			return *prio = 3, F_PUB;
		if (is_name(name, "updated"))
			return F_PUB;
		if (is_name(name, "id"))
			return F_GUID;
		if (is_name(name, "name"))
			return F_AUTHOR;	/* inside <author> */
		return -1;
	case K_URLSET:
	case K_INDEX:
		if (!is_ns(ns, NS_SITEMAP))
			return -1;
		if (is_name(name, "loc"))
			return F_URL;
		if (is_name(name, "lastmod"))
			return F_PUB;
		return -1;
	default:
		return -1;
	}
}

static void
item_reset(struct item *it)
{
	int i;

	for (i = 0; i < F_NFIELDS; i++) {
		wire_buf_reset(&it->f[i]);
		it->prio[i] = 0;
	}
	wire_buf_reset(&it->authors);
	it->nauthors = 0;
}

static void
item_free(struct item *it)
{
	int i;

	for (i = 0; i < F_NFIELDS; i++)
		wire_buf_free(&it->f[i]);
	wire_buf_free(&it->authors);
}

/* Trims white space in place; returns the start. */
static char *
trimmed(struct wire_buf *b)
{
	char *s;
	size_t n;

	if (b->p == NULL || b->full)
		return NULL;
	s = b->p;
	n = b->len;
	while (n > 0 && isspace((unsigned char)*s))
		s++, n--;
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	s[n] = '\0';
	return n > 0 ? s : NULL;
}

/* Hands the finished item to fn; returns fn's answer (0 when skipped). */
static int
item_emit(struct item *it, enum kind k, const char *base, wire_feed_fn fn,
    void *ctx, long *count)
{
	struct wire_feed_item out;
	xmlChar *abs = NULL;
	const char *a;
	size_t off;
	int rc;

	memset(&out, 0, sizeof(out));
	out.url = trimmed(&it->f[F_URL]);
	out.guid = trimmed(&it->f[F_GUID]);
	/* An RSS guid that is a permalink stands in for a missing link. */
	if (out.url == NULL && out.guid != NULL &&
	    (strncmp(out.guid, "http://", 7) == 0 ||
	    strncmp(out.guid, "https://", 8) == 0))
		out.url = out.guid;
	if (out.url == NULL)
		return 0;
	if (base != NULL && (abs = xmlBuildURI((const xmlChar *)out.url,
	    (const xmlChar *)base)) != NULL)
		out.url = (const char *)abs;
	out.title = trimmed(&it->f[F_TITLE]);
	out.published = trimmed(&it->f[F_PUB]);
	for (off = 0; off < it->authors.len && out.nauthors < WIRE_FEED_MAX_AUTHORS;
	    off += strlen(a) + 1) {
		a = it->authors.p + off;
		if (*a != '\0')
			out.authors[out.nauthors++] = a;
	}
	out.is_feed = k == K_INDEX;
	(*count)++;
	rc = fn(&out, ctx);
	xmlFree(abs);
	return rc;
}

/* Inflates a gzip body; returns the new buffer (caller frees) or NULL. */
static char *
gunzip(const char *buf, size_t len, size_t *outlen)
{
	z_stream z;
	char *out = NULL, *p;
	size_t cap = len * 4 + 4096;
	int rc;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 15 + 16) != Z_OK)
		return NULL;
	z.next_in = (Bytef *)(uintptr_t)buf;
	z.avail_in = (uInt)len;
	for (;;) {
		if (cap > GUNZIP_MAX || (p = realloc(out, cap)) == NULL)
			break;
		out = p;
		z.next_out = (Bytef *)out + z.total_out;
		z.avail_out = (uInt)(cap - z.total_out);
		rc = inflate(&z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && z.avail_in == 0)) {
			*outlen = z.total_out;
			inflateEnd(&z);
			return out;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR)
			break;
		cap *= 2;
	}
	/* A cut-off stream still gives what it had: the feed reports the break. */
	*outlen = z.total_out;
	inflateEnd(&z);
	if (out != NULL && *outlen > 0)
		return out;
	free(out);
	return NULL;
}

/* Swallows libxml2's messages: the caller reports the fault once. */
static void
quiet(void *arg, const char *msg, xmlParserSeverities sev,
    xmlTextReaderLocatorPtr loc)
{
	int *line = arg;

	if (sev == XML_PARSER_SEVERITY_ERROR && *line == 0)
		*line = xmlTextReaderLocatorLineNumber(loc);
}

/*
 * Reads a feed from memory; see wire/feed.h.
 */
long
wire_feed_parse(const char *buf, size_t len, const char *base,
    wire_feed_fn fn, void *ctx, char *err, size_t errlen)
{
	xmlTextReaderPtr r;
	struct item it;
	enum kind k = K_NONE;
	const xmlChar *ns, *name;
	xmlChar *href, *rel;
	char *unz = NULL;
	size_t unzlen = 0;
	long count = 0;
	int rc = 0, type, depth, fld = -1, prio = 0, fdepth = -1, errline = 0, i;
	int stop = 0, inauthor = -1;

	if (len >= 2 && (unsigned char)buf[0] == 0x1f &&
	    (unsigned char)buf[1] == 0x8b) {
		if ((unz = gunzip(buf, len, &unzlen)) == NULL) {
			snprintf(err, errlen, "bad gzip data");
			return -1;
		}
		buf = unz;
		len = unzlen;
	}
	if (len > INT32_MAX) {
		free(unz);
		snprintf(err, errlen, "feed too large");
		return -1;
	}
	r = xmlReaderForMemory(buf, (int)len, base, NULL,
	    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	    XML_PARSE_NOCDATA | XML_PARSE_COMPACT);
	if (r == NULL) {
		free(unz);
		snprintf(err, errlen, "cannot read the feed");
		return -1;
	}
	xmlTextReaderSetErrorHandler(r, quiet, &errline);
	memset(&it, 0, sizeof(it));
	for (i = 0; i < F_NFIELDS; i++)
		it.f[i].max = FIELD_MAX;
	it.authors.max = FIELD_MAX;
	it.depth = -1;
	while (!stop && (rc = xmlTextReaderRead(r)) == 1) {
		type = xmlTextReaderNodeType(r);
		depth = xmlTextReaderDepth(r);
		if (type == XML_READER_TYPE_ELEMENT) {
			ns = xmlTextReaderConstNamespaceUri(r);
			name = xmlTextReaderConstLocalName(r);
			if (depth == 0) {
				if ((k = root_kind(ns, name)) == K_NONE) {
					snprintf(err, errlen, "not a feed or sitemap "
					    "(root element <%s>)", (const char *)name);
					count = -1;
					break;
				}
				continue;
			}
			if (it.depth < 0) {
				if (is_item(k, ns, name) &&
				    !xmlTextReaderIsEmptyElement(r)) {
					item_reset(&it);
					it.depth = depth;
				}
				continue;
			}
			if (k == K_ATOM && is_ns(ns, NS_ATOM) &&
			    is_name(name, "author") && !xmlTextReaderIsEmptyElement(r))
				inauthor = depth;
			if (k == K_ATOM && is_ns(ns, NS_ATOM) && is_name(name, "link")) {
				href = xmlTextReaderGetAttribute(r, (const xmlChar *)"href");
				rel = xmlTextReaderGetAttribute(r, (const xmlChar *)"rel");
				if (href != NULL && (rel == NULL ||
				    strcmp((char *)rel, "alternate") == 0) &&
				    it.prio[F_URL] < 2) {
					wire_buf_reset(&it.f[F_URL]);
					wire_buf_puts(&it.f[F_URL], (char *)href);
					it.prio[F_URL] = rel == NULL ? 1 : 2;
				}
				xmlFree(href);
				xmlFree(rel);
				continue;
			}
			if (fdepth >= 0 || xmlTextReaderIsEmptyElement(r))
				continue;
			fld = which_field(k, ns, name, &prio);
			if (fld == F_AUTHOR && k == K_ATOM && inauthor < 0)
				fld = -1;
			if (fld < 0)
				continue;
			if (fld != F_AUTHOR) {
				if (prio < it.prio[fld])
					continue;
				wire_buf_reset(&it.f[fld]);
				it.prio[fld] = prio;
			}
			fdepth = depth;
			continue;
		}
		if (type == XML_READER_TYPE_END_ELEMENT) {
			if (depth == fdepth) {
				if (fld == F_AUTHOR) {
					if (trimmed(&it.f[F_AUTHOR]) != NULL &&
					    it.nauthors < WIRE_FEED_MAX_AUTHORS) {
						wire_buf_puts(&it.authors,
						    trimmed(&it.f[F_AUTHOR]));
						wire_buf_putc(&it.authors, '\0');
						it.nauthors++;
					}
					wire_buf_reset(&it.f[F_AUTHOR]);
				}
				fdepth = -1;
			} else if (depth == inauthor) {
				inauthor = -1;
			} else if (depth == it.depth) {
				it.depth = -1;
				if (item_emit(&it, k, base, fn, ctx, &count) == -1)
					stop = 1;
			}
			continue;
		}
		if (fdepth >= 0 && (type == XML_READER_TYPE_TEXT ||
		    type == XML_READER_TYPE_CDATA ||
		    type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
		    type == XML_READER_TYPE_WHITESPACE)) {
			name = xmlTextReaderConstValue(r);
			if (name != NULL)
				wire_buf_puts(&it.f[fld], (const char *)name);
		}
	}
	if (count >= 0 && !stop && rc != 0) {
		if (errline > 0)
			snprintf(err, errlen, "malformed XML at line %d", errline);
		else
			snprintf(err, errlen, "malformed XML");
		count = -1;
	} else if (count >= 0 && k == K_NONE) {
		snprintf(err, errlen, "empty document");
		count = -1;
	}
	xmlFreeTextReader(r);
	item_free(&it);
	free(unz);
	return count;
}

static const char *const months[] = { "jan", "feb", "mar", "apr", "may",
	"jun", "jul", "aug", "sep", "oct", "nov", "dec" };

/* Reads up to max digits; returns the count read. */
static int
digits(const char **s, int max, int *v)
{
	int n = 0;

	*v = 0;
	while (n < max && isdigit((unsigned char)**s)) {
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

/* Parses a zone: Z, +hh:mm, +hhmm, GMT, UT, EST...; seconds east. */
static int
zone(const char *s, long *off)
{
	static const struct {
		const char	*name;
		int		 hours;
	} names[] = { { "GMT", 0 }, { "UTC", 0 }, { "UT", 0 }, { "Z", 0 },
		{ "EST", -5 }, { "EDT", -4 }, { "CST", -6 }, { "CDT", -5 },
		{ "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 },
		{ NULL, 0 } };
	int h, m, i, sign;

	while (*s == ' ')
		s++;
	*off = 0;
	if (*s == '\0')
		return 0;
	if (*s == '+' || *s == '-') {
		sign = *s++ == '-' ? -1 : 1;
		if (digits(&s, 2, &h) != 2)
			return -1;
		if (*s == ':')
			s++;
		if (digits(&s, 2, &m) != 2)
			m = 0;
		*off = sign * (h * 3600L + m * 60L);
		return 0;
	}
	for (i = 0; names[i].name != NULL; i++)
		if (strncasecmp(s, names[i].name, strlen(names[i].name)) == 0) {
			*off = names[i].hours * 3600L;
			return 0;
		}
	return -1;
}

/*
 * Parses an RFC 822 or ISO 8601 date; see wire/feed.h.
 */
int
wire_feed_date(const char *s, time_t *t)
{
	struct tm tm;
	const char *p;
	long off = 0;
	int v, i, n;

	if (s == NULL)
		return -1;
	memset(&tm, 0, sizeof(tm));
	while (isspace((unsigned char)*s))
		s++;
	p = s;
	if (digits(&p, 4, &v) == 4 && *p == '-') {
		tm.tm_year = v - 1900;
		s = p + 1;
		if (digits(&s, 2, &v) < 1 || v < 1 || v > 12)
			return -1;
		tm.tm_mon = v - 1;
		if (*s == '-') {
			s++;
			if (digits(&s, 2, &v) < 1 || v < 1 || v > 31)
				return -1;
			tm.tm_mday = v;
		} else {
			tm.tm_mday = 1;
		}
		if (*s == 'T' || *s == 't' || *s == ' ') {
			s++;
			if (digits(&s, 2, &tm.tm_hour) != 2 || *s++ != ':' ||
			    digits(&s, 2, &tm.tm_min) != 2)
				return -1;
			if (*s == ':') {
				s++;
				digits(&s, 2, &tm.tm_sec);
				if (*s == '.' || *s == ',')
					for (s++; isdigit((unsigned char)*s); s++)
						;
			}
			if (zone(s, &off) == -1)
				return -1;
		} else if (*s != '\0' && !isspace((unsigned char)*s)) {
			return -1;
		}
	} else {
		/* RFC 822: [Day,] DD Mon YYYY HH:MM[:SS] zone */
		if (isalpha((unsigned char)*s)) {
			while (isalpha((unsigned char)*s))
				s++;
			if (*s == ',')
				s++;
			while (*s == ' ')
				s++;
		}
		if (digits(&s, 2, &tm.tm_mday) < 1 || tm.tm_mday > 31)
			return -1;
		while (*s == ' ' || *s == '-')
			s++;
		for (i = 0; i < 12; i++)
			if (strncasecmp(s, months[i], 3) == 0)
				break;
		if (i == 12)
			return -1;
		tm.tm_mon = i;
		while (isalpha((unsigned char)*s))
			s++;
		while (*s == ' ' || *s == '-')
			s++;
		if ((n = digits(&s, 4, &v)) != 4 && n != 2)
			return -1;
		tm.tm_year = n == 2 ? (v < 50 ? v + 100 : v) : v - 1900;
		while (*s == ' ')
			s++;
		if (*s != '\0') {
			if (digits(&s, 2, &tm.tm_hour) < 1 || *s++ != ':' ||
			    digits(&s, 2, &tm.tm_min) != 2)
				return -1;
			if (*s == ':') {
				s++;
				digits(&s, 2, &tm.tm_sec);
			}
			if (zone(s, &off) == -1)
				return -1;
		}
	}
	if (tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60)
		return -1;
	*t = timegm(&tm) - off;
	return 0;
}

/*
 * Formats t as ISO 8601 UTC.
 */
void
wire_feed_isotime(time_t t, char *out, size_t outlen)
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(out, outlen, "1970-01-01T00:00:00Z");
}
