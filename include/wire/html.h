/*
 * wire/html.h: a compact document tree built from libxml2's HTML parser.
 *
 * libxml2 tokenizes and repairs the markup (implied end tags, entities);
 * its SAX events build this tree instead of libxml2's own, which keeps
 * only what can hold article text or metadata: elements with a handful of
 * attributes and text.  Scripts, styles, forms, embedded media and hidden
 * elements are dropped while parsing, except JSON-LD scripts, whose text
 * is kept aside.  Nodes live in one array and strings in one arena, so a
 * document is freed in two calls and its memory reused for the next.
 *
 * Before libxml2 sees the page, a pre-pass cuts what would be dropped
 * anyway and costs most of the parse: script and style contents (JSON-LD
 * kept), comments and long attribute values nobody reads.  It keeps every
 * tag, so the tree is the one the page itself gives.  It also reads the
 * attributes of most start tags itself (libxml2 copies an attribute value
 * one character at a time, through two calls per character) and hands
 * libxml2 the bare tag; the element built for the tag takes them from the
 * pre-pass, found by the tag's place in the page.
 *
 * Limits: a cap on elements and on text; past either the parse stops with
 * an error.  Nesting deeper than WIRE_HTML_MAX_DEPTH is flattened.  libxml2
 * matches each end tag against every open element, so a page whose open
 * elements times end tags pass WIRE_HTML_MAX_WORK is stopped too, which
 * bounds the parse's time.
 */
#ifndef WIRE_HTML_H
#define WIRE_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "wire/text.h"

#define WIRE_HTML_MAX_DEPTH	200
#define WIRE_HTML_MAX_WORK	((size_t)500000000)

enum wire_tag {
	WT_TEXT, WT_ROOT, WT_OTHER,
	/* blocks */
	WT_P, WT_DIV, WT_H1, WT_H2, WT_H3, WT_H4, WT_H5, WT_H6, WT_LI, WT_UL,
	WT_OL, WT_DL, WT_DT, WT_DD, WT_TABLE, WT_TR, WT_TD, WT_TH, WT_BLOCKQUOTE,
	WT_PRE, WT_SECTION, WT_ARTICLE, WT_MAIN, WT_NAV, WT_HEADER, WT_FOOTER,
	WT_ASIDE, WT_FIGURE, WT_FIGCAPTION, WT_CAPTION, WT_ADDRESS, WT_BODY,
	WT_HTML, WT_CENTER, WT_FORM, WT_MENU, WT_HR, WT_BR, WT_DETAILS,
	WT_SUMMARY, WT_FIELDSET,
	/* inline */
	WT_A, WT_SPAN, WT_B, WT_STRONG, WT_I, WT_EM, WT_IMG, WT_TIME, WT_FONT,
	WT_SMALL, WT_SUB, WT_SUP, WT_U, WT_CODE, WT_Q, WT_CITE, WT_ABBR,
	WT_LABEL, WT_MARK,
	/* head */
	WT_HEAD, WT_TITLE, WT_META, WT_LINK,
	WT_NTAGS
};

/* A start tag whose attributes the pre-pass read (private to html.c). */
struct wire_html_ptag;

struct wire_html_node {
	uint32_t	parent, first, last, next;	/* indexes; 0 = none */
	uint32_t	str, slen;	/* text, or the attributes k\0v\0... */
	uint16_t	tag;		/* enum wire_tag */
	uint16_t	depth;
};

struct wire_html_doc {
	struct wire_html_node	*n;	/* n[0] is the root */
	size_t			 nn, capn, maxn;
	struct wire_buf		 arena;	/* texts and attributes */
	struct wire_buf		 jsonld; /* JSON-LD scripts, NUL-separated */
	struct wire_buf		 title;	 /* <title> text */
	struct wire_buf		 pre;	 /* the page after the pre-pass */
	int			 verbatim; /* no pre-pass (for checks) */
	int			 clean;	/* the caller's text is valid UTF-8
					 * without C0 controls but tab, newline
					 * and return (wire_charset_decode()) */
	char			 err[128];
	/* parse state */
	uint32_t		 cur;	/* current element */
	uint32_t		 excess; /* open elements past the depth cap */
	uint32_t		 skip;	/* open dropped elements */
	size_t			 nstart; /* start tags, dropped ones too */
	size_t			 ends;	/* end tags, at most */
	int			 in_jsonld, in_title, failed;
	void			*ctxt;
	/* attributes read by the pre-pass */
	struct wire_buf		 pattr;	/* kept ones, as in the arena */
	struct wire_html_ptag	*ptag;	/* by the tag's end in d->pre */
	size_t			 nptag, capptag, iptag;
};

/* Prepares an empty document; maxnodes and maxtext cap a page. */
void	wire_html_init(struct wire_html_doc *d, size_t maxnodes, size_t maxtext);

/* Frees what d owns. */
void	wire_html_free(struct wire_html_doc *d);

/*
 * Parses n bytes of UTF-8 HTML at s into d (emptied first), through the
 * pre-pass unless d->verbatim is set.  Returns 0, or -1 with the reason in
 * d->err (the tree built so far stays usable).
 */
int	wire_html_parse(struct wire_html_doc *d, const char *s, size_t n);

/*
 * Returns the value of attribute name (lower case) of element i as a
 * NUL-terminated string in the arena, or NULL.
 */
const char *wire_html_attr(const struct wire_html_doc *d, uint32_t i,
	    const char *name);

/*
 * Looks up n attributes of element i in one pass: out[k] gets what
 * wire_html_attr(d, i, names[k]) would return.
 */
void	wire_html_attrs(const struct wire_html_doc *d, uint32_t i,
	    const char *const *names, const char **out, size_t n);

/* The tag id of a lower-case tag name. */
int	wire_html_tag(const char *name);

#endif
