/*
 * wire/id.h: stable document ids and canonical URLs.
 *
 * A document id is 16 lowercase hex digits: a 64-bit hash of the
 * canonical URL, or of the text when there is no URL.  The same page
 * fetched twice, under http or https, with or without tracking parameters
 * or a fragment, gets the same id, so stores can upsert on it.
 */
#ifndef WIRE_ID_H
#define WIRE_ID_H

#include <stddef.h>
#include <stdint.h>

#include "wire/text.h"

#define WIRE_ID_LEN	16

/*
 * Appends the canonical form of url (n bytes) to out: scheme and host in
 * lower case, default port, fragment and tracking parameters (utm_*,
 * fbclid, gclid...) removed, an empty path made "/".  Returns 0, or -1 when
 * url is not an absolute http or https URL (out then gets url trimmed of
 * white space).
 */
int		wire_url_canon(const char *url, size_t n, struct wire_buf *out);

/* A 64-bit hash of n bytes, the same on every platform. */
uint64_t	wire_hash64(const void *s, size_t n, uint64_t seed);

/*
 * The splitmix64 finaliser: spreads h over all 64 bits, one to one.
 * Inline, because fingerprints call it once a word.
 */
static inline uint64_t
wire_mix64(uint64_t h)
{
	h ^= h >> 30;
	h *= UINT64_C(0xbf58476d1ce4e5b9);
	h ^= h >> 27;
	h *= UINT64_C(0x94d049bb133111eb);
	h ^= h >> 31;
	return h;
}

/*
 * Writes the id of a document into id (WIRE_ID_LEN + 1 bytes, with a NUL):
 * from its URL when url is not NULL and not empty, else from its text.
 */
void		wire_doc_id(const char *url, size_t ulen, const char *text,
		    size_t tlen, char *id);

#endif
