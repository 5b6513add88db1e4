/*
 * html_test.c: the compact HTML tree: the pre-pass leaves the tree as the
 * page itself gives it, cuts what it should, and the limits stop a parse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/html.h"

/* Pages whose markup the pre-pass must read exactly as libxml2 does. */
static const char *const pages[] = {
	"<html><head><title>T</title><script>var a = '</div>';</script>"
	    "<style>p { color: red }</style></head><body><p>One.</p></body></html>",
	"<p>a<script>x</scriptx>y</script>b</p>",
	"<p>a<SCRIPT type=\"application/ld+json\">{\"headline\":\"H</p>\"}"
	    "</SCRIPT>b</p>",
	"<script type=application/ld+json>{\"a\":1}</script><p>x</p>",
	"<script type=\"application/ld&#43;json\">{\"b\":2}</script><p>x</p>",
	"<p>a<script/>b<script src=\"x.js\"/>c</p>",
	"<style><body</style>e<p>f</p>",
	"<script></div>x</script><div><p>in</p></div>",
	"<script><!--\nvar a;//--></script><p>after</p>",
	"<p>a<!-- c -->b<!---->c<!-->d-->e<!--->f-->g<!-- x --!> h</p>",
	"<p>a<!-- not closed <p>b</p>",
	"<div \"bogus>x\">t</div><div =x>u</div><p a=b=c>v</p>",
	"<p data-x=\"1\"data-y=\"2\" class=\"k\">w</p><p class=\"x\" class=\"y\">z</p>",
	"<p style=\"display:none\">hidden</p><p hidden>h</p>"
	    "<p aria-hidden=\"true\">h</p><p>shown</p>",
	"<a href=\"/x\" onclick=\"f('>')\">link</a><a href=/y title=t>l</a>",
	"<p>x</a title=\">\">y</ p>z</>w</p>",
	"<?xml version=\"1.0\"?><!DOCTYPE html><p>p</p><?php echo 1 ?><? x >q",
	"<!doctype html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\"><p>d</p>",
	"<p><![CDATA[ x ]]><!x>y<1>< p>z</p>",
	"<img src=\"data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAA\" alt=\"pic\">",
	"<meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=iso-8859-1\"><p>caf\xc3\xa9</p>",
	"<svg viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\"/></svg><p>s</p>",
	"<a\nhref=\"x\"\n>nl</a><div\tclass=c\t>tab</div><x:y a:b=\"c\">n</x:y>",
	"<div title=''>e</div><p x=>f</p><p x= >g</p><p class=\"&quot;x\">h</p>",
	"<p>ctl\x01<script>\x01</div>x</script>y</p>",
	"<p>bad \xff utf-8<script>\xfe</script>z</p>",
	"<p>truncated <a href=\"x",
	"<p>truncated <script>var a",
	/* Attributes the pre-pass reads itself, or leaves to libxml2. */
	"<a href=\"/x?a=1&amp;b=2\" class=\"k\">l</a><a href=\"/y?a=1&b=2\">m</a>"
	    "<p class=\"&lt;x\">n</p><p style=\"display&#58;none\">o</p>",
	"<DIV CLASS=\"A\" class=\"b\" ID=x Hidden>u</DIV><p class id=\"i\" "
	    "class=\"c\">v</p><span class=\"s\"/>t<img alt=\"a\" src=x>",
	"text<b class=\"x\">y</b> more<br class=\"z\">after",
	"<html lang=\"en\"><head><meta charset=\"iso-8859-1\"><title id=\"t\">"
	    "T</title></head><body class=\"b\"><html lang=\"fr\"><body class=\"c\">"
	    "<head id=\"h\"><p lang=de>x</p>",
	"<p style=\"color: red; display: none\">h</p><p aria-hidden=\"true \">"
	    "a</p><p aria-hidden=true>b</p><span style=\"visibility:hidden\">c"
	    "</span><div href=\"x\" rel=\"r\"><link href=\"l\" rel=\"canonical\">"
	    "</div>",
	"<ul class=\"m\"><li class=\"i\">one<li class=\"i\">two</ul><table "
	    "class=\"t\"><tr class=\"r\"><td class=\"d\">c<td>d</table>",
	NULL
};

static int
same(const struct wire_html_doc *a, const struct wire_html_doc *b)
{
	size_t i;

	if (a->nn != b->nn || a->failed != b->failed ||
	    a->arena.len != b->arena.len || a->jsonld.len != b->jsonld.len ||
	    a->title.len != b->title.len ||
	    memcmp(a->arena.p, b->arena.p, a->arena.len) != 0 ||
	    (a->jsonld.len > 0 && memcmp(a->jsonld.p, b->jsonld.p,
	    a->jsonld.len) != 0) || (a->title.len > 0 &&
	    memcmp(a->title.p, b->title.p, a->title.len) != 0))
		return 0;
	for (i = 0; i < a->nn; i++)
		if (memcmp(&a->n[i], &b->n[i], sizeof(a->n[i])) != 0)
			return 0;
	return 1;
}

/* A page of n copies of s, or NULL. */
static char *
repeat(const char *head, const char *s, size_t n, const char *s2, size_t n2)
{
	size_t hl = strlen(head), l = strlen(s), l2 = strlen(s2), i;
	char *p = malloc(hl + n * l + n2 * l2 + 1), *o = p;

	if (p == NULL)
		return NULL;
	memcpy(o, head, hl);
	o += hl;
	for (i = 0; i < n; i++, o += l)
		memcpy(o, s, l);
	for (i = 0; i < n2; i++, o += l2)
		memcpy(o, s2, l2);
	*o = '\0';
	return p;
}

int
main(void)
{
	struct wire_html_doc raw, pre, small;
	char *big;
	size_t i;

	wire_html_init(&raw, 100000, 1 << 24);
	wire_html_init(&pre, 100000, 1 << 24);
	raw.verbatim = 1;
	for (i = 0; pages[i] != NULL; i++) {
		wire_html_parse(&raw, pages[i], strlen(pages[i]));
		wire_html_parse(&pre, pages[i], strlen(pages[i]));
		ok(same(&raw, &pre), "page %zu: the same tree with the pre-pass", i);
	}

	/* What is cut, and what stays. */
	wire_html_parse(&pre, pages[0], strlen(pages[0]));
	is_mem(pre.pre.p, pre.pre.len, "<html><head><title>T</title><script>"
	    "</script><style></style></head><body><p>One.</p></body></html>",
	    (size_t)98, "script and style text cut, tags kept");
	wire_html_parse(&pre, pages[2], strlen(pages[2]));
	is_str(pre.jsonld.p, "{\"headline\":\"H</p>\"}", "JSON-LD kept");
	wire_html_parse(&pre, pages[9], strlen(pages[9]));
	is_str(pre.pre.p, "<p>a<!---->b<!---->c<!---->e<!---->g<!----> h</p>",
	    "comments emptied, \"<!-->\" read as an opening");
	wire_html_parse(&pre, pages[12], strlen(pages[12]));
	is_str(pre.pre.p, "<p>w</p><p>z</p>",
	    "attributes read by the pre-pass, tags left bare");
	is_str(wire_html_attr(&pre, 1, "class"), "k", "class read");
	is_str(wire_html_attr(&pre, 3, "class"), "x", "the first of two kept");
	{
		static const char *const names[] = { "id", "class", "rel" };
		static const char page[] = "<div id=\"a\" class=\"b\" "
		    "id=\"c\"><p title=\"t\">x</p></div>";
		const char *v[3];
		uint32_t e;

		/* wire_html_attrs() agrees with wire_html_attr() by name. */
		wire_html_parse(&pre, page, strlen(page));
		for (e = 1; e < pre.nn; e++) {
			wire_html_attrs(&pre, e, names, v, 3);
			for (i = 0; i < 3; i++)
				is_str(v[i], wire_html_attr(&pre, e, names[i]),
				    "node %u: %s as wire_html_attr() gives it",
				    (unsigned)e, names[i]);
		}
		wire_html_attrs(&pre, 1, names, v, 3);
		ok(v[0] != NULL && v[1] != NULL && strcmp(v[0], "a") == 0 &&
		    strcmp(v[1], "b") == 0 && v[2] == NULL,
		    "the first id, the class, no rel");
	}
	wire_html_parse(&pre, pages[28], strlen(pages[28]));
	is_str(pre.pre.p, "<a>l</a><a href=\"/y?a=1&b=2\">m</a><p class=\"&lt;x\">"
	    "n</p><p style=\"display&#58;none\">o</p>",
	    "entities but \"&amp;\" left to libxml2, unread attributes cut");
	is_str(wire_html_attr(&pre, 1, "href"), "/x?a=1&b=2", "\"&amp;\" decoded");
	wire_html_parse(&pre, pages[30], strlen(pages[30]));
	is_int(pre.nptag, 2, "an implied <p> takes no attributes");
	is_str(wire_html_attr(&pre, 6, "class"), "z", "and the tags after it theirs");
	wire_html_parse(&pre, pages[20], strlen(pages[20]));
	ok(strstr(pre.pre.p, "<meta charset=\"utf-8\">") != NULL,
	    "a meta keeps its attributes");
	wire_html_parse(&pre, pages[25], strlen(pages[25]));
	is_int(pre.pre.len, strlen(pages[25]), "invalid UTF-8: page unchanged");

	/* Past libxml2's first buffer, where it shrinks its input. */
	big = repeat("<body class=\"b\">", "<div class=\"c\" id=\"d\"><a href=\"/l\""
	    " onclick=\"f()\">link</a> text &amp; more<br></div>\n", 3000,
	    "<p style=\"display:none\">h</p><p class=\"&quot;\">q</p>", 500);
	ok(big != NULL, "a long page");
	wire_html_parse(&raw, big, strlen(big));
	wire_html_parse(&pre, big, strlen(big));
	ok(same(&raw, &pre), "a long page: the same tree with the pre-pass");
	ok(pre.nptag > 3000, "its tags read by the pre-pass");
	free(big);

	/* Limits. */
	wire_html_init(&small, 100, 1 << 20);
	big = repeat("<body>", "<b>x</b>", 200, "", 0);
	ok(big != NULL && wire_html_parse(&small, big, strlen(big)) == -1,
	    "200 elements over a cap of 100: stopped");
	is_str(small.err, "too many elements (over 100)", "its reason");
	free(big);
	big = repeat("<body>", "<script>x</script>", 200, "", 0);
	ok(big != NULL && wire_html_parse(&small, big, strlen(big)) == -1,
	    "dropped elements count too");
	free(big);
	big = repeat("<body>", "<div>", 25000, "</span>", 25000);
	ok(big != NULL && wire_html_parse(&pre, big, strlen(big)) == -1,
	    "25,000 open elements and as many stray end tags: stopped");
	is_str(pre.err, "elements nested too deep", "its reason");
	free(big);
	big = repeat("<body>", "<div><b>", 10000, "<p>deep text</p>", 1);
	ok(big != NULL && wire_html_parse(&pre, big, strlen(big)) == 0,
	    "20,000 open elements and one end tag: parsed");
	free(big);

	wire_html_free(&raw);
	wire_html_free(&pre);
	wire_html_free(&small);
	return tap_done();
}
