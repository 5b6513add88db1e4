/*
 * fetch_test.c: unit tests for the network-free parts of wire-fetch:
 * feed parsing from memory (lib/feed.c), Retry-After and robots.txt
 * (lib/fetch_util.c).  Charsets are tested in charset_test.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <zlib.h>

#include "tap.h"
#include "wire/feed.h"
#include "wire/fetch.h"

struct got {
	char	urls[8][128];
	char	titles[8][128];
	char	pubs[8][64];
	int	nauth[8];
	int	feed[8];
	int	n;
};

static int
collect(const struct wire_feed_item *it, void *ctx)
{
	struct got *g = ctx;

	if (g->n == 8)
		return -1;
	snprintf(g->urls[g->n], sizeof(g->urls[0]), "%s", it->url);
	snprintf(g->titles[g->n], sizeof(g->titles[0]), "%s",
	    it->title ? it->title : "");
	snprintf(g->pubs[g->n], sizeof(g->pubs[0]), "%s",
	    it->published ? it->published : "");
	g->nauth[g->n] = it->nauthors;
	g->feed[g->n] = it->is_feed;
	g->n++;
	return 0;
}

static long
parse(const char *xml, struct got *g, char *err, size_t errlen)
{
	memset(g, 0, sizeof(*g));
	err[0] = '\0';
	return wire_feed_parse(xml, strlen(xml), "http://h.test/f/feed.xml",
	    collect, g, err, errlen);
}

static void
test_feeds(void)
{
	struct got g;
	char err[256], gz[1024];
	uLongf gzlen;
	z_stream z;
	long n;
	const char *rss = "<?xml version=\"1.0\"?><rss version=\"2.0\" "
	    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
	    "<title>chan</title><item><title><![CDATA[A & B]]></title>"
	    "<link> /a </link><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>"
	    "<dc:creator>X</dc:creator><dc:creator>Y</dc:creator></item>"
	    "<item><guid>https://h.test/g</guid><title>G</title></item>"
	    "<item><title>no link</title></item></channel></rss>";
	const char *atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
	    "<entry><title>T</title><link rel=\"self\" href=\"/self\"/>"
	    "<link rel=\"alternate\" href=\"https://h.test/e\"/>"
	    "<updated>2024-02-02T00:00:00Z</updated>"
	    "<published>2024-02-01T00:00:00Z</published>"
	    "<author><name>N</name></author></entry></feed>";
	const char *prefixed = "<x:feed xmlns:x=\"http://www.w3.org/2005/Atom\">"
	    "<x:entry><x:link href=\"https://h.test/p\"/></x:entry></x:feed>";
	const char *wrongns = "<feed xmlns=\"http://example.org/not-atom\">"
	    "<entry><link href=\"https://h.test/p\"/></entry></feed>";
	const char *index = "<sitemapindex xmlns=\"http://www.sitemaps.org/"
	    "schemas/sitemap/0.9\"><sitemap><loc>https://h.test/s1.xml</loc>"
	    "</sitemap></sitemapindex>";
	const char *news = "<urlset xmlns=\"http://www.sitemaps.org/schemas/"
	    "sitemap/0.9\" xmlns:n=\"http://www.google.com/schemas/sitemap-news/"
	    "0.9\"><url><loc>https://h.test/n</loc><lastmod>2024-01-01</lastmod>"
	    "<n:news><n:title>NT</n:title><n:publication_date>2024-05-01"
	    "</n:publication_date></n:news></url></urlset>";
	const char *broken = "<rss version=\"2.0\"><channel><item><link>"
	    "https://h.test/1</link></item><item><link>https://h.test/2</li";
	const char *entity = "<!DOCTYPE rss [<!ENTITY e SYSTEM "
	    "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item>"
	    "<title>&e;</title><link>https://h.test/x</link></item>"
	    "</channel></rss>";

	n = parse(rss, &g, err, sizeof(err));
	is_int(n, 2, "RSS: two items with links");
	is_str(g.urls[0], "http://h.test/a", "RSS: relative link resolved");
	is_str(g.titles[0], "A & B", "RSS: CDATA title");
	is_str(g.pubs[0], "Tue, 02 Jan 2024 10:00:00 GMT", "RSS: pubDate");
	is_int(g.nauth[0], 2, "RSS: two dc:creators");
	is_str(g.urls[1], "https://h.test/g", "RSS: permalink guid as link");

	n = parse(atom, &g, err, sizeof(err));
	is_int(n, 1, "Atom: one entry");
	is_str(g.urls[0], "https://h.test/e", "Atom: alternate link");
	is_str(g.pubs[0], "2024-02-01T00:00:00Z", "Atom: published over updated");
	is_int(g.nauth[0], 1, "Atom: author name");

	n = parse(prefixed, &g, err, sizeof(err));
	is_int(n, 1, "Atom with a prefix is matched by namespace URI");
	n = parse(wrongns, &g, err, sizeof(err));
	is_int(n, -1, "a feed element in another namespace is not Atom");

	n = parse(index, &g, err, sizeof(err));
	ok(n == 1 && g.feed[0] == 1, "sitemap index: entries are feeds");

	n = parse(news, &g, err, sizeof(err));
	is_int(n, 1, "news sitemap: one url");
	is_str(g.titles[0], "NT", "news sitemap: news:title");
	is_str(g.pubs[0], "2024-05-01", "news sitemap: publication_date wins");

	n = parse(broken, &g, err, sizeof(err));
	is_int(n, -1, "broken feed: an error");
	is_int(g.n, 1, "broken feed: the item before the break");
	ok(strstr(err, "malformed") != NULL, "broken feed: reason %s", err);

	n = parse(entity, &g, err, sizeof(err));
	ok(g.n == 1 && strstr(g.titles[0], "root:") == NULL,
	    "external entities are not expanded");

	n = parse("<html><body>hi</body></html>", &g, err, sizeof(err));
	ok(n == -1 && strstr(err, "not a feed") != NULL, "HTML is not a feed");

	memset(&z, 0, sizeof(z));
	deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
	z.next_in = (Bytef *)(uintptr_t)index;
	z.avail_in = (uInt)strlen(index);
	z.next_out = (Bytef *)gz;
	z.avail_out = sizeof(gz);
	deflate(&z, Z_FINISH);
	gzlen = z.total_out;
	deflateEnd(&z);
	memset(&g, 0, sizeof(g));
	n = wire_feed_parse(gz, gzlen, NULL, collect, &g, err, sizeof(err));
	is_int(n, 1, "gzip sitemap index");
	n = wire_feed_parse(gz, 10, NULL, collect, &g, err, sizeof(err));
	is_int(n, -1, "cut gzip is an error");
}

static void
test_dates(void)
{
	time_t t = 0;
	char iso[32];

	ok(wire_feed_date("Tue, 02 Jan 2024 10:00:00 +0100", &t) == 0 &&
	    t == 1704186000, "RFC 822 with zone");
	ok(wire_feed_date("2 Jan 2024 09:00 GMT", &t) == 0 && t == 1704186000,
	    "RFC 822 without day name or seconds");
	ok(wire_feed_date("2024-01-02T10:00:00.5+01:00", &t) == 0 &&
	    t == 1704186000, "ISO 8601 with fraction and offset");
	ok(wire_feed_date("2024-01-02", &t) == 0 && t == 1704153600,
	    "a date alone");
	ok(wire_feed_date("yesterday", &t) == -1, "not a date");
	wire_feed_isotime(1704186000, iso, sizeof(iso));
	is_str(iso, "2024-01-02T09:00:00Z", "ISO output");
}

static void
test_retry_after(void)
{
	is_int(wire_fetch_retry_after("120", 0), 120, "delta seconds");
	is_int(wire_fetch_retry_after(" 5 ", 0), 5, "blanks around");
	is_int(wire_fetch_retry_after("Wed, 21 Oct 2015 07:28:00 GMT",
	    1445412420), 60, "HTTP date");
	is_int(wire_fetch_retry_after("Wed, 21 Oct 2015 07:28:00 GMT",
	    1445412500), 0, "HTTP date in the past");
	is_int(wire_fetch_retry_after("soon", 0), -1, "garbage");
	is_int(wire_fetch_retry_after("-1", 0), -1, "negative");
}

static void
test_robots(void)
{
	const char *r = "# comment\nUser-agent: *\nDisallow: /private\n"
	    "Allow: /private/ok\nDisallow: /*.pdf$\n\n"
	    "User-agent: other\nDisallow: /\n";
	const char *mine = "User-agent: *\nDisallow: /\n\n"
	    "User-agent: wire-fetch\nDisallow: /no\n";

#define R(t, p)	wire_fetch_robots_allowed((t), strlen(t), "wire-fetch", (p))
	is_int(R(r, "/"), 1, "root allowed");
	is_int(R(r, "/private/x"), 0, "disallowed prefix");
	is_int(R(r, "/private/ok/1"), 1, "longer allow wins");
	is_int(R(r, "/a/b.pdf"), 0, "wildcard and end anchor");
	is_int(R(r, "/a/b.pdf?x"), 1, "end anchor does not match more");
	is_int(R(mine, "/yes"), 1, "the named group replaces *");
	is_int(R(mine, "/no/x"), 0, "the named group applies");
	is_int(R("User-agent: *\nDisallow:\n", "/x"), 1, "empty Disallow");
	is_int(R(mine, "/robots.txt"), 1, "robots.txt itself");
	is_int(R("User-agent: *\nDisallow: /a*b*c$\n", "/axxbyyc"), 0,
	    "stars and anchor: matched");
	is_int(R("User-agent: *\nDisallow: /a*b*c$\n", "/axxbyycd"), 1,
	    "stars and anchor: more after the end");
	is_int(R("User-agent: *\nDisallow: /*b*b$\n", "/abbab"), 0,
	    "a star backs up past a false start");
	is_int(R("User-agent: *\nDisallow: /x$y\n", "/x$yz"), 0,
	    "a $ before the end is a plain byte");
	/* 60 stars against a long path that never matches: exponential
	 * time if every star tried every split. */
	is_int(R("User-agent: *\nDisallow: /****************************"
	    "********************************z\n",
	    "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), 1,
	    "many stars, no match, in linear time");
#undef R
}

int
main(void)
{
	test_feeds();
	test_dates();
	test_retry_after();
	test_robots();
	return tap_done();
}
