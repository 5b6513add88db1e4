/*
 * html.c: libxml2's HTML parser driven through SAX into the compact tree
 * of wire/html.h.  Building our own small tree instead of libxml2's DOM
 * saves most of the parse's allocations, and dropping scripts, styles and
 * hidden subtrees while parsing means later passes never see them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "wire/html.h"

struct tagname {
	const char	*name;
	int		 tag;
};

/* Sorted by name for bsearch; WT_OTHER covers the rest, -1 drops. */
static const struct tagname tagnames[] = {
	{ "a", WT_A }, { "abbr", WT_ABBR }, { "address", WT_ADDRESS },
	{ "applet", -1 }, { "article", WT_ARTICLE }, { "aside", WT_ASIDE },
	{ "audio", -1 }, { "b", WT_B }, { "big", WT_SPAN }, { "blockquote", WT_BLOCKQUOTE },
	{ "body", WT_BODY }, { "br", WT_BR }, { "button", -1 }, { "canvas", -1 },
	{ "caption", WT_CAPTION }, { "center", WT_CENTER }, { "cite", WT_CITE },
	{ "code", WT_CODE }, { "datalist", -1 }, { "dd", WT_DD }, { "del", -1 },
	{ "details", WT_DETAILS }, { "dialog", -1 }, { "div", WT_DIV }, { "dl", WT_DL },
	{ "dt", WT_DT }, { "em", WT_EM }, { "embed", -1 }, { "fieldset", WT_FIELDSET },
	{ "figcaption", WT_FIGCAPTION }, { "figure", WT_FIGURE }, { "font", WT_FONT },
	{ "footer", WT_FOOTER }, { "form", WT_FORM }, { "frame", -1 }, { "frameset", -1 },
	{ "h1", WT_H1 }, { "h2", WT_H2 }, { "h3", WT_H3 }, { "h4", WT_H4 },
	{ "h5", WT_H5 }, { "h6", WT_H6 }, { "head", WT_HEAD }, { "header", WT_HEADER },
	{ "hr", WT_HR }, { "html", WT_HTML }, { "i", WT_I }, { "iframe", -1 },
	{ "img", WT_IMG }, { "input", -1 }, { "ins", WT_SPAN }, { "kbd", WT_CODE },
	{ "label", WT_LABEL }, { "li", WT_LI }, { "link", WT_LINK }, { "main", WT_MAIN },
	{ "map", -1 }, { "mark", WT_MARK }, { "math", -1 }, { "menu", WT_MENU },
	{ "meta", WT_META }, { "nav", WT_NAV }, { "noscript", WT_OTHER }, { "object", -1 },
	{ "ol", WT_OL }, { "option", -1 }, { "p", WT_P }, { "picture", WT_SPAN },
	{ "pre", WT_PRE }, { "q", WT_Q }, { "s", -1 }, { "samp", WT_CODE },
	{ "script", -1 }, { "section", WT_SECTION }, { "select", -1 },
	{ "small", WT_SMALL }, { "source", -1 }, { "span", WT_SPAN }, { "strike", -1 },
	{ "strong", WT_STRONG }, { "style", -1 }, { "sub", WT_SUB },
	{ "summary", WT_SUMMARY }, { "sup", WT_SUP }, { "svg", -1 }, { "table", WT_TABLE },
	{ "tbody", WT_OTHER }, { "td", WT_TD }, { "template", -1 }, { "textarea", -1 },
	{ "tfoot", WT_OTHER }, { "th", WT_TH }, { "thead", WT_OTHER }, { "time", WT_TIME },
	{ "title", WT_TITLE }, { "tr", WT_TR }, { "tt", WT_CODE }, { "u", WT_U },
	{ "ul", WT_UL }, { "var", WT_I }, { "video", -1 }, { "wbr", WT_SPAN },
};

/* Attributes kept; the rest are never looked at. */
static const char *const keepattrs[] = {
	"class", "id", "role", "itemprop", "itemtype", "rel", "content", "name",
	"property", "datetime", "lang", "href", "alt", NULL
};

static int
tagcmp(const void *a, const void *b)
{
	return strcmp(((const struct tagname *)a)->name,
	    ((const struct tagname *)b)->name);
}

/*
 * Returns the tag id of a lower-case tag name; -1 for elements whose
 * content is dropped.
 */
int
wire_html_tag(const char *name)
{
	struct tagname key, *t;

	key.name = name;
	key.tag = 0;
	t = bsearch(&key, tagnames, sizeof(tagnames) / sizeof(tagnames[0]),
	    sizeof(tagnames[0]), tagcmp);
	return t == NULL ? WT_OTHER : t->tag;
}

/*
 * Prepares an empty document; see wire/html.h.
 */
void
wire_html_init(struct wire_html_doc *d, size_t maxnodes, size_t maxtext)
{
	memset(d, 0, sizeof(*d));
	d->maxn = maxnodes;
	d->arena.max = maxtext;
	d->jsonld.max = 4 << 20;
	d->title.max = 4096;
}

/*
 * Frees what d owns; see wire/html.h.
 */
void
wire_html_free(struct wire_html_doc *d)
{
	free(d->n);
	wire_buf_free(&d->arena);
	wire_buf_free(&d->jsonld);
	wire_buf_free(&d->title);
	memset(d, 0, sizeof(*d));
}

static void
stop(struct wire_html_doc *d, const char *why)
{
	if (!d->failed) {
		d->failed = 1;
		snprintf(d->err, sizeof(d->err), "%s", why);
		xmlStopParser(d->ctxt);
	}
}

/* A new node under the current element; 0 when the cap is reached. */
static uint32_t
newnode(struct wire_html_doc *d, int tag)
{
	struct wire_html_node *x, *p;
	uint32_t i;

	if (d->nn == d->capn) {
		size_t cap = d->capn ? d->capn * 2 : 1024;

		if (cap > d->maxn)
			cap = d->maxn;
		if (d->nn >= cap) {
			stop(d, "too many elements (see --max-page)");
			return 0;
		}
		if ((x = realloc(d->n, cap * sizeof(*x))) == NULL) {
			stop(d, "out of memory");
			return 0;
		}
		d->n = x;
		d->capn = cap;
	}
	i = (uint32_t)d->nn++;
	x = &d->n[i];
	memset(x, 0, sizeof(*x));
	x->tag = (uint16_t)tag;
	x->parent = d->cur;
	p = &d->n[d->cur];
	x->depth = (uint16_t)(p->depth + 1);
	if (p->last != 0)
		d->n[p->last].next = i;
	else
		p->first = i;
	p->last = i;
	return i;
}

/* True when an inline style or attribute hides the element. */
static int
hidden(const xmlChar **atts)
{
	size_t k;

	for (k = 0; atts != NULL && atts[k] != NULL; k += 2) {
		const char *n = (const char *)atts[k], *v = (const char *)atts[k + 1];

		if (strcmp(n, "hidden") == 0)
			return 1;
		if (v == NULL)
			continue;
		if (strcmp(n, "aria-hidden") == 0 && strcmp(v, "true") == 0)
			return 1;
		if (strcmp(n, "style") == 0 && (strstr(v, "display:none") ||
		    strstr(v, "display: none") || strstr(v, "visibility:hidden") ||
		    strstr(v, "visibility: hidden")))
			return 1;
	}
	return 0;
}

static void
sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct wire_html_doc *d = ctx;
	int tag;
	size_t k, j, start;
	uint32_t i;

	if (d->failed)
		return;
	if (d->skip > 0) {
		d->skip++;
		return;
	}
	tag = wire_html_tag((const char *)name);
	if (tag == -1 || (tag != WT_HTML && tag != WT_BODY && hidden(atts))) {
		if (strcmp((const char *)name, "script") == 0)
			for (k = 0; atts != NULL && atts[k] != NULL; k += 2)
				if (strcmp((const char *)atts[k], "type") == 0 &&
				    atts[k + 1] != NULL && strstr((const char *)
				    atts[k + 1], "ld+json") != NULL)
					d->in_jsonld = 1;
		d->skip = 1;
		return;
	}
	if (d->n[d->cur].depth >= WIRE_HTML_MAX_DEPTH) {
		d->excess++;
		return;
	}
	if ((i = newnode(d, tag)) == 0)
		return;
	start = d->arena.len;
	for (k = 0; atts != NULL && atts[k] != NULL; k += 2) {
		if (atts[k + 1] == NULL)
			continue;
		for (j = 0; keepattrs[j] != NULL; j++)
			if (strcmp(keepattrs[j], (const char *)atts[k]) == 0)
				break;
		if (keepattrs[j] == NULL)
			continue;
		if (j == 11 && tag != WT_A && tag != WT_LINK)
			continue;	/* href only where it can name an author */
		wire_buf_add(&d->arena, atts[k], strlen((const char *)atts[k]) + 1);
		wire_buf_add(&d->arena, atts[k + 1],
		    strlen((const char *)atts[k + 1]) + 1);
	}
	if (d->arena.full) {
		stop(d, "page too large (see --max-page)");
		return;
	}
	d->n[i].str = (uint32_t)start;
	d->n[i].slen = (uint32_t)(d->arena.len - start);
	if (tag == WT_TITLE)
		d->in_title = 1;
	/* Void elements get an end event too, so every element is pushed. */
	d->cur = i;
}

static void
sax_end(void *ctx, const xmlChar *name)
{
	struct wire_html_doc *d = ctx;

	if (d->failed)
		return;
	if (d->skip > 0) {
		if (--d->skip == 0)
			d->in_jsonld = 0;
		return;
	}
	if (d->excess > 0) {
		d->excess--;
		return;
	}
	if (d->n[d->cur].tag == WT_TITLE)
		d->in_title = 0;
	if (d->cur != 0)
		d->cur = d->n[d->cur].parent;
}

static void
sax_text(void *ctx, const xmlChar *s, int len)
{
	struct wire_html_doc *d = ctx;
	struct wire_html_node *last;
	uint32_t i;

	if (d->failed || len <= 0)
		return;
	if (d->skip > 0) {
		if (d->in_jsonld)
			wire_buf_add(&d->jsonld, s, (size_t)len);
		return;
	}
	if (d->in_title) {
		wire_buf_add(&d->title, s, (size_t)len);
		return;
	}
	last = d->n[d->cur].last ? &d->n[d->n[d->cur].last] : NULL;
	if (last != NULL && last->tag == WT_TEXT &&
	    last->str + last->slen == d->arena.len) {
		wire_buf_add(&d->arena, s, (size_t)len);
		last->slen += (uint32_t)len;
	} else {
		if ((i = newnode(d, WT_TEXT)) == 0)
			return;
		d->n[i].str = (uint32_t)d->arena.len;
		d->n[i].slen = (uint32_t)len;
		wire_buf_add(&d->arena, s, (size_t)len);
	}
	if (d->arena.full)
		stop(d, "page too large (see --max-page)");
}

static void
sax_cdata(void *ctx, const xmlChar *s, int len)
{
	struct wire_html_doc *d = ctx;

	if (d->in_jsonld && len > 0)
		wire_buf_add(&d->jsonld, s, (size_t)len);
}

static void
sax_quiet(void *ctx, const char *msg, ...)
{
}

/*
 * Parses UTF-8 HTML into d; see wire/html.h.
 */
int
wire_html_parse(struct wire_html_doc *d, const char *s, size_t n)
{
	htmlParserCtxtPtr ctxt;
	xmlSAXHandler sax;
	xmlCharEncodingHandlerPtr utf8;

	d->nn = 0;
	d->failed = 0;
	d->err[0] = '\0';
	d->cur = 0;
	d->excess = d->skip = 0;
	d->in_jsonld = d->in_title = 0;
	wire_buf_reset(&d->arena);
	wire_buf_reset(&d->jsonld);
	wire_buf_reset(&d->title);
	if (n > (size_t)INT32_MAX) {
		snprintf(d->err, sizeof(d->err), "page too large");
		return -1;
	}
	if (d->capn == 0) {
		if ((d->n = malloc(1024 * sizeof(*d->n))) == NULL) {
			snprintf(d->err, sizeof(d->err), "out of memory");
			return -1;
		}
		d->capn = 1024;
	}
	memset(&d->n[0], 0, sizeof(d->n[0]));
	d->n[0].tag = WT_ROOT;
	d->nn = 1;
	memset(&sax, 0, sizeof(sax));
	sax.startElement = sax_start;
	sax.endElement = sax_end;
	sax.characters = sax_text;
	sax.ignorableWhitespace = sax_text;
	sax.cdataBlock = sax_cdata;
	sax.warning = sax_quiet;
	sax.error = sax_quiet;
	if ((ctxt = htmlCreateMemoryParserCtxt(s, (int)n)) == NULL) {
		snprintf(d->err, sizeof(d->err), "cannot parse");
		return -1;
	}
	memcpy(ctxt->sax, &sax, sizeof(sax));
	ctxt->userData = d;
	d->ctxt = ctxt;
	htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT |
	    HTML_PARSE_NOIMPLIED);
	/* The text is UTF-8 already: a <meta> must not switch it. */
	if ((utf8 = xmlFindCharEncodingHandler("UTF-8")) != NULL)
		xmlSwitchToEncoding(ctxt, utf8);
	htmlParseDocument(ctxt);
	ctxt->userData = NULL;
	htmlFreeParserCtxt(ctxt);
	d->ctxt = NULL;
	return d->failed ? -1 : 0;
}

/*
 * Returns attribute name of element i; see wire/html.h.
 */
const char *
wire_html_attr(const struct wire_html_doc *d, uint32_t i, const char *name)
{
	const char *p, *end;

	if (d->n[i].tag == WT_TEXT || d->n[i].slen == 0)
		return NULL;
	p = d->arena.p + d->n[i].str;
	end = p + d->n[i].slen;
	while (p < end) {
		const char *v = p + strlen(p) + 1;

		if (strcmp(p, name) == 0)
			return v;
		p = v + strlen(v) + 1;
	}
	return NULL;
}
