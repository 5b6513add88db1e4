/*
 * id.c: canonical URLs and stable document ids.
 *
 * The hash is fixed here rather than taken from a library so that ids stay
 * the same across versions and machines: stores and dedup state keep them.
 */
#include <string.h>
#include <strings.h>

#include "wire/id.h"

/* Query parameters that only track the reader, never select content. */
static const char *const tracking[] = {
	"utm_", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
	"igshid", "_ga", "ocid", "cmpid", "ref_src", NULL
};

static int
is_tracking(const char *p, size_t n)
{
	size_t k, len;

	for (k = 0; tracking[k] != NULL; k++) {
		len = strlen(tracking[k]);
		if (tracking[k][len - 1] == '_' ? n >= len &&
		    strncasecmp(p, tracking[k], len) == 0 :
		    (n == len || (n > len && p[len] == '=')) &&
		    strncasecmp(p, tracking[k], len) == 0)
			return 1;
	}
	return 0;
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/*
 * Canonicalises url into out; see wire/id.h.
 */
int
wire_url_canon(const char *url, size_t n, struct wire_buf *out)
{
	size_t i, hs, he, ps, qe, k, e, scheme;
	int https, first = 1;

	while (n > 0 && (*url == ' ' || *url == '\t'))
		url++, n--;
	while (n > 0 && (url[n - 1] == ' ' || url[n - 1] == '\t' ||
	    url[n - 1] == '\r' || url[n - 1] == '\n'))
		n--;
	if (n > 7 && strncasecmp(url, "http://", 7) == 0) {
		https = 0;
		scheme = 7;
	} else if (n > 8 && strncasecmp(url, "https://", 8) == 0) {
		https = 1;
		scheme = 8;
	} else {
		wire_buf_add(out, url, n);
		return -1;
	}
	wire_buf_puts(out, https ? "https://" : "http://");
	hs = scheme;
	for (he = hs; he < n && url[he] != '/' && url[he] != '?' &&
	    url[he] != '#'; he++)
		;
	/* Host without user info and default port. */
	for (i = hs; i < he; i++)
		if (url[i] == '@')
			hs = i + 1;
	k = he;
	if (he - hs > 3 && url[he - 3] == ':' && url[he - 2] == '8' &&
	    url[he - 1] == '0' && !https)
		k = he - 3;
	if (he - hs > 4 && strncmp(url + he - 4, ":443", 4) == 0 && https)
		k = he - 4;
	for (i = hs; i < k; i++)
		wire_buf_putc(out, lower((unsigned char)url[i]));
	ps = he;
	for (qe = ps; qe < n && url[qe] != '#'; qe++)
		;
	for (i = ps; i < qe && url[i] != '?'; i++)
		;
	if (i == ps)
		wire_buf_putc(out, '/');
	wire_buf_add(out, url + ps, i - ps);
	if (i < qe) {
		for (k = i + 1; k < qe; k = e + 1) {
			for (e = k; e < qe && url[e] != '&'; e++)
				;
			if (e > k && !is_tracking(url + k, e - k)) {
				wire_buf_putc(out, first ? '?' : '&');
				wire_buf_add(out, url + k, e - k);
				first = 0;
			}
		}
	}
	return out->full ? -1 : 0;
}

/*
 * FNV-1a over the bytes, then a splitmix64 finaliser so that close inputs
 * spread over all 64 bits.
 */
uint64_t
wire_hash64(const void *s, size_t n, uint64_t seed)
{
	const unsigned char *p = s;
	uint64_t h = UINT64_C(0xcbf29ce484222325) ^ seed;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return wire_mix64(h);
}

/*
 * The document id from its URL (scheme ignored, so http and https agree),
 * else from its text.
 */
void
wire_doc_id(const char *url, size_t ulen, const char *text, size_t tlen,
    char *id)
{
	static const char hex[] = "0123456789abcdef";
	char tmp[2048];
	struct wire_buf b = { tmp, 0, sizeof(tmp), sizeof(tmp) - 1, 0 };
	uint64_t h;
	const char *k;
	int i;

	if (url != NULL && ulen > 0) {
		wire_url_canon(url, ulen, &b);
		k = b.full ? url : b.p;
		if (!b.full && strncmp(k, "https://", 8) == 0)
			k += 8;
		else if (!b.full && strncmp(k, "http://", 7) == 0)
			k += 7;
		h = wire_hash64(k, b.full ? ulen : b.len - (size_t)(k - b.p), 1);
	} else
		h = wire_hash64(text, tlen, 2);
	for (i = WIRE_ID_LEN - 1; i >= 0; i--, h >>= 4)
		id[i] = hex[h & 15];
	id[WIRE_ID_LEN] = '\0';
}
