/*
 * html.c: libxml2's HTML parser driven through SAX into the compact tree
 * of wire/html.h.  Building our own small tree instead of libxml2's DOM
 * saves most of the parse's allocations, and dropping scripts, styles and
 * hidden subtrees while parsing means later passes never see them.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "wire/html.h"

struct tagname {
	const char	*name;
	int		 tag;
};

/* Sorted by name for tag_lookup(); WT_OTHER covers the rest, -1 drops. */
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
	{ "pre", WT_PRE }, { "q", WT_Q }, { "rp", -1 }, { "rt", -1 },
	{ "ruby", WT_SPAN }, { "s", -1 }, { "samp", WT_CODE },
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

/*
 * A start tag the pre-pass read the attributes of: where its '>' (or
 * "/>") lies in d->pre, which is where libxml2 stands when it reports the
 * element, and what sax_start() would have made of the attributes.
 */
struct wire_html_ptag {
	uint32_t	pos;		/* offset of the tag's end in d->pre */
	uint32_t	off, len;	/* kept attributes in d->pattr */
	int16_t		tag;		/* tag_lookup() of its name */
	uint8_t		hidden;		/* hidden() of its attributes */
	char		c0;		/* the first letter of its name */
};

/*
 * Compares the table name a (NUL-terminated) with the n bytes at b, as
 * strcmp() would with b terminated.
 */
static int
namecmp(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return (unsigned char)a[i] - (unsigned char)b[i];
	return a[n] != '\0';
}

/*
 * Returns the tag id of the lower-case tag name of n bytes at name; -1
 * for elements whose content is dropped.  It runs for every start tag.
 */
static int
tag_lookup(const char *name, size_t n)
{
	size_t lo = 0, hi = sizeof(tagnames) / sizeof(tagnames[0]), mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = namecmp(tagnames[mid].name, name, n)) == 0)
			return tagnames[mid].tag;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return WT_OTHER;
}

/*
 * Returns the tag id of a lower-case tag name; -1 for elements whose
 * content is dropped.
 */
int
wire_html_tag(const char *name)
{
	return tag_lookup(name, strlen(name));
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
	wire_buf_free(&d->pre);
	wire_buf_free(&d->pattr);
	free(d->ptag);
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

/* Stops the parse: the page has more elements than d allows. */
static void
too_many(struct wire_html_doc *d)
{
	char m[64];

	snprintf(m, sizeof(m), "too many elements (over %zu)", d->maxn);
	stop(d, m);
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
			too_many(d);
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

/*
 * The attributes the pre-pass read for the element libxml2 reports now,
 * named name, or NULL when libxml2 passes them itself.  libxml2 reports
 * an element with its input at the tag's '>' (or "/>"); elements it
 * makes up (an implied <p>) or tags it drops are passed over.
 */
static const struct wire_html_ptag *
own_attrs(struct wire_html_doc *d, const xmlChar *name)
{
	xmlParserInputPtr in = ((htmlParserCtxtPtr)d->ctxt)->input;
	const struct wire_html_ptag *p;
	size_t pos;

	if (d->iptag >= d->nptag || in == NULL)
		return NULL;
	pos = in->consumed + (size_t)(in->cur - in->base);
	while (d->iptag < d->nptag && d->ptag[d->iptag].pos < pos)
		d->iptag++;
	if (d->iptag >= d->nptag || d->ptag[d->iptag].pos != pos)
		return NULL;
	p = &d->ptag[d->iptag];
	if (name[0] != p->c0)
		return NULL;
	d->iptag++;
	return p;
}

/*
 * SAX start of an element: a new node under the current one with the
 * attributes kept, or a dropped subtree opened.
 */
static void
sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct wire_html_doc *d = ctx;
	const struct wire_html_ptag *own;
	int tag, hid;
	size_t k, j, start;
	uint32_t i;

	if (d->failed)
		return;
	if (++d->nstart > d->maxn) {
		too_many(d);
		return;
	}
	if ((size_t)((htmlParserCtxtPtr)d->ctxt)->nameNr * d->ends >
	    WIRE_HTML_MAX_WORK) {
		stop(d, "elements nested too deep");
		return;
	}
	if (d->skip > 0) {
		d->skip++;
		return;
	}
	if ((own = own_attrs(d, name)) != NULL) {
		tag = own->tag;
		hid = own->hidden;
	} else {
		tag = wire_html_tag((const char *)name);
		hid = tag != -1 && tag != WT_HTML && tag != WT_BODY &&
		    hidden(atts);
	}
	if (tag == -1 || (tag != WT_HTML && tag != WT_BODY && hid)) {
		if (own == NULL && strcmp((const char *)name, "script") == 0)
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
	if (own != NULL) {
		if (own->len > 0)
			wire_buf_add(&d->arena, d->pattr.p + own->off, own->len);
	} else
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
			wire_buf_add(&d->arena, atts[k],
			    strlen((const char *)atts[k]) + 1);
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
 * The pre-pass.  libxml2 reads a page one character at a time, through its
 * UTF-8 decoder, also where nothing is kept: script and style contents,
 * comments and the attributes nobody reads (inline data, srcset lists, SVG
 * paths, event handlers) are half of a typical news page.  The pre-pass
 * copies the page without them, leaving every tag in place (a comment
 * keeps an empty "<!---->"), so the tree libxml2 builds from the copy is
 * the one it would have built from the page.  That holds only where the
 * pre-pass reads the markup exactly as libxml2 2.9 does (recovery mode):
 * at anything it is not sure of, it copies the rest of the page unchanged.
 */

/* Longest name libxml2's HTML parser reads in one piece. */
#define NAMEMAX		100

/* Attributes read later: the kept ones, hidden()'s and libxml2's own. */
static const char *const readattrs[] = {
	"alt", "aria-hidden", "charset", "class", "content", "datetime",
	"hidden", "href", "http-equiv", "id", "itemprop", "itemtype", "lang",
	"name", "property", "rel", "role", "style", "type", NULL
};

/* Indexes in readattrs. */
enum {
	RA_ALT, RA_ARIA_HIDDEN, RA_CHARSET, RA_CLASS, RA_CONTENT, RA_DATETIME,
	RA_HIDDEN, RA_HREF, RA_HTTP_EQUIV, RA_ID, RA_ITEMPROP, RA_ITEMTYPE,
	RA_LANG, RA_NAME, RA_PROPERTY, RA_REL, RA_ROLE, RA_STYLE, RA_TYPE
};

/* The readattrs that sax_start() keeps (keepattrs), one bit each. */
#define RA_KEPT	(1u << RA_ALT | 1u << RA_CLASS | 1u << RA_CONTENT | \
	1u << RA_DATETIME | 1u << RA_HREF | 1u << RA_ID | 1u << RA_ITEMPROP | \
	1u << RA_ITEMTYPE | 1u << RA_LANG | 1u << RA_NAME | 1u << RA_PROPERTY | \
	1u << RA_REL | 1u << RA_ROLE)

struct pre {
	const char		*from;	/* first byte not yet copied */
	char			*o;	/* where the copy goes on */
	char			*out;	/* the start of the copy */
	size_t			 ends;	/* end tags and <body> tags seen */
	struct wire_html_doc	*d;	/* where read attributes go */
	int			 clean;	/* the page is known to be plain() */
};

#define ISBLANK(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')
#define ISALPHA(c)	(((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))

/*
 * A character of an HTML name as libxml2 reads it (letters, digits and
 * ":-_."), one bit for each byte value, looked up for every name byte.
 */
static const uint32_t namechars[8] = {
	0, 0x07ff6000, 0x87fffffe, 0x07fffffe, 0, 0, 0, 0
};

/* A character of an HTML name as libxml2 reads it. */
static int
namech(int c)
{
	return namechars[(unsigned char)c >> 5] >> (c & 31) & 1;
}

/* A character that may start an HTML name. */
static int
namestart(int c)
{
	return ISALPHA(c) || c == '_' || c == ':' || c == '.';
}

/* Copies what is pending up to a, then skips to b. */
static void
drop(struct pre *x, const char *a, const char *b)
{
	memcpy(x->o, x->from, (size_t)(a - x->from));
	x->o += a - x->from;
	x->from = b;
}

/*
 * The index in readattrs of the attribute name (n bytes, any case), or
 * -1 when nobody reads it.
 */
static int
readattr(const char *name, size_t n)
{
	static const unsigned char len[] = {
		3, 11, 7, 5, 7, 8, 6, 4, 10, 2, 8, 8, 4, 4, 8, 3, 4, 5, 4
	};
	size_t k;
	int c = name[0] | 0x20;

	for (k = 0; k < sizeof(len); k++)
		if (len[k] == n && readattrs[k][0] == c &&
		    strncasecmp(readattrs[k], name, n) == 0)
			return (int)k;
	return -1;
}

/* True when the bytes from s to e hold the NUL-terminated string w. */
static int
has(const char *s, const char *e, const char *w)
{
	size_t wl = strlen(w);

	for (; e - s >= (ptrdiff_t)wl && (s = memchr(s, w[0], (size_t)(e - s) -
	    wl + 1)) != NULL; s++)
		if (memcmp(s, w, wl) == 0)
			return 1;
	return 0;
}

/* True when "ld+json" is in the bytes from v to e. */
static int
has_jsonld(const char *v, const char *e)
{
	return has(v, e, "ld+json");
}

/*
 * The end of the comment whose text starts at t: after the first "-->" or
 * "--!>" (libxml2 2.9 reads "<!-->" as an opening only).  NULL when the
 * comment is not closed.
 */
static const char *
comment_end(const char *t, const char *end)
{
	while ((t = memchr(t, '-', (size_t)(end - t))) != NULL) {
		if (end - t >= 3 && t[1] == '-' && t[2] == '>')
			return t + 3;
		if (end - t >= 4 && t[1] == '-' && t[2] == '!' && t[3] == '>')
			return t + 4;
		t++;
	}
	return NULL;
}

/*
 * Reads one attribute value of the tag being read, from v to e (v NULL
 * for none), k its index in readattrs: notes in *hid whether it hides the
 * element, and appends it to d->pattr as sax_start() would to the arena.
 * Returns 0, or -1 when libxml2 must read the tag itself: the value holds
 * an entity other than "&amp;", or there is no room.
 */
static int
own_attr(struct wire_html_doc *d, int k, int tag, const char *v,
    const char *e, int *hid)
{
	const char *amp;

	if (k == RA_HIDDEN) {
		*hid = 1;
		return 0;
	}
	if (v == NULL)
		return 0;
	/* An entity may decode to anything; "&amp;" is the one seen often. */
	for (amp = v; (amp = memchr(amp, '&', (size_t)(e - amp))) != NULL;
	    amp++)
		if (e - amp < 5 || memcmp(amp + 1, "amp;", 4) != 0)
			return -1;
	if (k == RA_ARIA_HIDDEN && e - v == 4 && memcmp(v, "true", 4) == 0)
		*hid = 1;
	if (k == RA_STYLE && (has(v, e, "display:none") ||
	    has(v, e, "display: none") || has(v, e, "visibility:hidden") ||
	    has(v, e, "visibility: hidden")))
		*hid = 1;
	if (!(RA_KEPT >> k & 1) || (k == RA_HREF && tag != WT_A &&
	    tag != WT_LINK))
		return 0;
	wire_buf_add(&d->pattr, readattrs[k], strlen(readattrs[k]) + 1);
	while ((amp = memchr(v, '&', (size_t)(e - v))) != NULL) {
		wire_buf_add(&d->pattr, v, (size_t)(amp - v) + 1);
		v = amp + 5;
	}
	wire_buf_add(&d->pattr, v, (size_t)(e - v));
	wire_buf_add(&d->pattr, "", 1);
	return d->pattr.full ? -1 : 0;
}

/*
 * Records that the tag whose end goes to at, in the copy, takes its
 * attributes from d->pattr (from off on).  Returns 0, or -1 when out of
 * memory.
 */
static int
own_tag(struct pre *x, const char *at, int tag, int c0, size_t off, int hid)
{
	struct wire_html_doc *d = x->d;
	struct wire_html_ptag *p;

	if (d->nptag == d->capptag) {
		size_t cap = d->capptag ? d->capptag * 2 : 1024;

		if ((p = realloc(d->ptag, cap * sizeof(*p))) == NULL)
			return -1;
		d->ptag = p;
		d->capptag = cap;
	}
	p = &d->ptag[d->nptag++];
	p->pos = (uint32_t)(at - x->out);
	p->off = (uint32_t)off;
	p->len = (uint32_t)(d->pattr.len - off);
	p->tag = (int16_t)tag;
	p->hidden = (uint8_t)hid;
	p->c0 = (char)c0;
	return 0;
}

/*
 * Reads the attributes of a start tag from t (after its name) to its end,
 * dropping the attributes nobody reads.  script is set for a script
 * tag, whose type may make it JSON-LD (*jsonld).  With own set, the
 * attributes read go to x->d (see own_attr()) and the tag is left bare
 * (name and end) when that works for all of them; tag is the id of its
 * name and name0 its first letter, lowered.  Returns the position after
 * the tag, with *closed set for "/>", or NULL to give up.
 */
static const char *
attributes(struct pre *x, const char *t, const char *end, int script,
    int own, int tag, int name0, int *jsonld, int *closed)
{
	const char *a, *v, *e;
	char *bare = NULL;
	size_t an, off = 0;
	uint32_t seen = 0;
	int k, hid = 0;

#define SKIPBLANKS	while (t < end && ISBLANK(*t)) t++
#define TAGEND		(*t == '>' || (*t == '/' && end - t >= 2 && t[1] == '>'))
	if (own) {
		/* The copy up to the name's end, where a bare tag ends. */
		drop(x, t, t);
		bare = x->o;
		off = x->d->pattr.len;
	}
	SKIPBLANKS;
	while (t < end && !TAGEND) {
		if (!namestart((unsigned char)*t)) {
			/* A bogus attribute: libxml2 skips it to a blank. */
			while (t < end && !ISBLANK(*t) && !TAGEND)
				t++;
			SKIPBLANKS;
			continue;
		}
		for (a = t; t < end && namech((unsigned char)*t); t++)
			if (t - a >= NAMEMAX)
				goto fail;
		an = (size_t)(t - a);
		v = e = NULL;
		SKIPBLANKS;
		if (t < end && *t == '=') {
			t++;
			SKIPBLANKS;
			if (t < end && (*t == '"' || *t == '\'')) {
				v = t + 1;
				if ((e = memchr(v, *t, (size_t)(end - v))) == NULL)
					goto fail;
				t = e + 1;
			} else {
				for (v = t; t < end && !ISBLANK(*t) && *t != '>'; t++)
					;
				e = t;
			}
			if (script && an == 4 && strncasecmp(a, "type", 4) == 0 &&
			    (memchr(v, '&', (size_t)(e - v)) != NULL ||
			    has_jsonld(v, e)))
				*jsonld = 1;
		}
		if ((k = readattr(a, an)) < 0)
			drop(x, a, t);
		else if (own && !(seen >> k & 1)) {
			/* libxml2 keeps the first of attributes named alike. */
			seen |= 1u << k;
			if (own_attr(x->d, k, tag, v, e, &hid) == -1)
				own = 0;
		}
		SKIPBLANKS;
	}
#undef SKIPBLANKS
#undef TAGEND
	if (t >= end)
		goto fail;
	*closed = *t == '/';
	if (own && own_tag(x, bare, tag, name0, off, hid) == 0) {
		x->o = bare;
		x->from = t;
	} else if (bare != NULL)
		x->d->pattr.len = off;
	return t + (*closed ? 2 : 1);
fail:
	if (bare != NULL)
		x->d->pattr.len = off;
	return NULL;
}

/*
 * True when the start tag whose name is at t may close a script or style
 * element it opens the text of: libxml2 lets <body>, <frameset> and
 * <noscript> do so (<head> and <html> are counted in to be safe) and reads
 * any other tag there as text.
 */
static int
closes_raw(const char *t, const char *end)
{
	static const char *const closers[] = {
		"body", "frameset", "head", "html", "noscript", NULL
	};
	size_t k, n;

	for (n = 0; t + n < end && namech((unsigned char)t[n]); n++)
		;
	for (k = 0; closers[k] != NULL; k++)
		if (strlen(closers[k]) == n && strncasecmp(t, closers[k], n) == 0)
			return 1;
	return 0;
}

/*
 * True when the quotes from t to e pair up, so a doctype's literals end
 * before e, its first '>'.
 */
static int
quotes_paired(const char *t, const char *e)
{
	size_t dq = 0, sq = 0;

	for (; t < e; t++) {
		dq += *t == '"';
		sq += *t == '\'';
	}
	return dq % 2 == 0 && sq % 2 == 0;
}

/*
 * True when s (n bytes) is valid UTF-8 without control characters but tab,
 * newline and return.  libxml2 breaks script text at a control character
 * and rereads it as markup, and turns to Latin-1 at the first invalid
 * byte: in a part the pre-pass cuts, either would change what follows.
 */
static int
plain(const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	uint64_t w;
	unsigned char c;

	while (i < n) {
		while (i + 8 <= n) {
			memcpy(&w, s + i, 8);
			if ((w & UINT64_C(0x8080808080808080)) != 0 ||
			    ((w - UINT64_C(0x2020202020202020)) & ~w &
			    UINT64_C(0x8080808080808080)) != 0)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x80) {
			/* Two- and three-byte sequences checked here, for speed. */
			if (c >= 0xc2 && c < 0xe0 && i + 1 < n &&
			    ((unsigned char)s[i + 1] & 0xc0) == 0x80)
				k = 2;
			else if (c >= 0xe0 && c < 0xf0 && i + 2 < n &&
			    ((unsigned char)s[i + 1] & 0xc0) == 0x80 &&
			    ((unsigned char)s[i + 2] & 0xc0) == 0x80 &&
			    (c != 0xe0 || (unsigned char)s[i + 1] >= 0xa0) &&
			    (c != 0xed || (unsigned char)s[i + 1] < 0xa0))
				k = 3;
			else if ((k = wire_utf8_decode(s + i, n - i, &cp)) == 0)
				return 0;
			i += k;
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			return 0;
		i++;
	}
	return 1;
}

/*
 * Copies n bytes of HTML at s to out (room for n bytes) without what
 * nobody reads; returns the length of the copy.  x->ends gets an upper
 * bound of the end tags, for the work they may cost libxml2.  With x->d
 * set, start tags are left bare where their attributes can be read here
 * (x->d->ptag and pattr get them).
 */
static size_t
prepass(struct pre *x, const char *s, size_t n, char *out)
{
	const char *t = s, *end = s + n, *q, *r;
	char name[NAMEMAX + 1];
	size_t nl;
	int jsonld, closed, script, own;

	x->from = s;
	x->o = out;
	x->out = out;
	x->ends = 0;
	if (!x->clean && !plain(s, n))
		goto rest;
	while ((q = memchr(t, '<', (size_t)(end - t))) != NULL) {
		t = q;
		if (end - t < 3)
			break;
		if (t[1] == '/') {
			x->ends++;
			if (!namestart((unsigned char)t[2])) {
				t += 2;
				continue;
			}
			/* libxml2 skips an end tag's rest to its '>'. */
			if ((r = memchr(t, '>', (size_t)(end - t))) == NULL)
				break;
			t = r + 1;
			continue;
		}
		if (t[1] == '!') {
			if (end - t >= 4 && t[2] == '-' && t[3] == '-') {
				if ((r = comment_end(t + 4, end)) == NULL)
					break;
				if (r - t > 7) {
					drop(x, t, r);
					memcpy(x->o, "<!---->", 7);
					x->o += 7;
				}
				t = r;
				continue;
			}
			if (end - t >= 9 && strncasecmp(t + 2, "doctype", 7) == 0 &&
			    (r = memchr(t, '>', (size_t)(end - t))) != NULL &&
			    quotes_paired(t, r)) {
				t = r + 1;
				continue;
			}
			/* Any other "<!" is text. */
			t++;
			continue;
		}
		if (t[1] == '?') {
			if (!namestart((unsigned char)t[2]) || t[2] == '.' ||
			    (r = memchr(t, '>', (size_t)(end - t))) == NULL)
				break;
			t = r + 1;
			continue;
		}
		if (!ISALPHA(t[1])) {
			t++;
			continue;
		}
		for (q = t + 1, nl = 0; q < end && namech((unsigned char)*q);
		    q++, nl++) {
			if (nl >= NAMEMAX)
				goto rest;
			name[nl] = (char)tolower((unsigned char)*q);
		}
		name[nl] = '\0';
		jsonld = closed = 0;
		if (nl == 4 && memcmp(name, "body", 4) == 0)
			x->ends++;
		script = nl == 6 && memcmp(name, "script", 6) == 0;
		/*
		 * libxml2 reads a meta's charset, and sax_start() a script's
		 * type: those tags keep their attributes.
		 */
		own = x->d != NULL && !script && !(nl == 4 &&
		    memcmp(name, "meta", 4) == 0);
		if ((r = attributes(x, q, end, script, own, own ?
		    tag_lookup(name, nl) : WT_OTHER, name[0], &jsonld,
		    &closed)) == NULL)
			break;
		t = r;
		if (closed || !(script || (nl == 5 &&
		    memcmp(name, "style", 5) == 0)))
			continue;
		/*
		 * Script and style text runs to the first "</" and its name,
		 * but libxml2 reads markup at its very start as such.
		 */
		if (end - t >= 2 && *t == '<' && t[1] == '/' && end - t >=
		    (ptrdiff_t)nl + 2 && strncasecmp(t + 2, name, nl) == 0)
			continue;	/* empty */
		if (end - t >= 2 && *t == '<' && (t[1] == '/' ||
		    (namestart((unsigned char)t[1]) && closes_raw(t + 1, end))))
			break;
		for (r = t; (r = memchr(r, '<', (size_t)(end - r))) != NULL; r++)
			if (end - r >= (ptrdiff_t)nl + 2 && r[1] == '/' &&
			    strncasecmp(r + 2, name, nl) == 0)
				break;
		if (r == NULL)
			break;
		if (!jsonld && r > t)
			drop(x, t, r);
		t = r;
	}
rest:
	/* Every '<' left may be an end tag. */
	while (t < end && (t = memchr(t, '<', (size_t)(end - t))) != NULL) {
		x->ends++;
		t++;
	}
	drop(x, end, end);
	return (size_t)(x->o - out);
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
	struct pre x;
	const char *p;

	d->nn = 0;
	d->nstart = 0;
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
	if (!d->verbatim) {
		wire_buf_reset(&d->pre);
		d->pre.max = n + 1;
		if (wire_buf_grow(&d->pre, n) == -1) {
			snprintf(d->err, sizeof(d->err), "out of memory");
			return -1;
		}
		wire_buf_reset(&d->pattr);
		d->nptag = d->iptag = 0;
		x.d = d;
		x.clean = d->clean;
		n = prepass(&x, s, n, d->pre.p);
		d->pre.len = n;
		d->pre.p[n] = '\0';
		s = d->pre.p;
		d->ends = x.ends;
	} else {
		d->nptag = d->iptag = 0;
		for (d->ends = 0, p = s; (p = memchr(p, '<', (size_t)(s + n -
		    p))) != NULL; p++)
			d->ends++;
	}
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
	/*
	 * The text is UTF-8 already: a <meta> must not switch it.  With the
	 * input's encoding named, libxml2 does not even look, and leaves its
	 * input where own_attrs() counts positions.
	 */
	if ((utf8 = xmlFindCharEncodingHandler("UTF-8")) != NULL)
		xmlSwitchToEncoding(ctxt, utf8);
	if (ctxt->input != NULL && ctxt->input->encoding == NULL)
		ctxt->input->encoding = xmlStrdup(BAD_CAST "UTF-8");
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
	const char *p, *end, *q;

	if (d->n[i].tag == WT_TEXT || d->n[i].slen == 0)
		return NULL;
	p = d->arena.p + d->n[i].str;
	end = p + d->n[i].slen;
	while (p < end) {
		/* Names are short: compared here, values skipped by strlen(). */
		for (q = name; *p == *q && *p != '\0'; p++, q++)
			;
		if (*p == *q)
			return p + 1;
		while (*p != '\0')
			p++;
		p++;
		p += strlen(p) + 1;
	}
	return NULL;
}

/*
 * Looks up several attributes at once; see wire/html.h.  The first
 * attribute of a name wins, as in wire_html_attr().
 */
void
wire_html_attrs(const struct wire_html_doc *d, uint32_t i,
    const char *const *names, const char **out, size_t n)
{
	const char *p, *end;
	size_t k, nl;

	for (k = 0; k < n; k++)
		out[k] = NULL;
	if (d->n[i].tag == WT_TEXT || d->n[i].slen == 0)
		return;
	p = d->arena.p + d->n[i].str;
	end = p + d->n[i].slen;
	while (p < end) {
		nl = strlen(p);
		for (k = 0; k < n; k++)
			if (out[k] == NULL && p[0] == names[k][0] &&
			    strcmp(p, names[k]) == 0)
				out[k] = p + nl + 1;
		p += nl + 1;
		p += strlen(p) + 1;
	}
}
