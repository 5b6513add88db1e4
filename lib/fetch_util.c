/*
 * fetch_util.c: the parts of wire-fetch that need no network: Retry-After
 * values and robots.txt rules (RFC 9309).
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "wire/feed.h"
#include "wire/fetch.h"

/*
 * Parses Retry-After; see wire/fetch.h.
 */
long
wire_fetch_retry_after(const char *v, time_t now)
{
	unsigned long long n;
	char *end;
	time_t t;

	if (v == NULL)
		return -1;
	while (*v == ' ' || *v == '\t')
		v++;
	if (isdigit((unsigned char)*v)) {
		errno = 0;
		n = strtoull(v, &end, 10);
		while (*end == ' ' || *end == '\t')
			end++;
		if (*end != '\0')
			return -1;
		if (errno != 0 || n > 86400 * 365)
			return 86400 * 365;
		return (long)n;
	}
	if (wire_feed_date(v, &t) == -1)
		return -1;
	return t > now ? (long)(t - now) : 0;
}

/*
 * Does pattern p (pn bytes; '*' any run, final '$' the end) match a prefix
 * of the NUL-terminated s?  Returns 1 or 0.  A failed match goes back to
 * the last '*' only: each '*' can absorb what an earlier one would have,
 * so that is enough, and a hostile robots.txt full of '*' costs at most
 * pn times strlen(s) steps instead of exponential time.
 */
static int
rmatch(const char *p, size_t pn, const char *s)
{
	size_t pi = 0, si = 0, star = (size_t)-1, mark = 0;

	for (;;) {
		if (pi == pn)
			return 1;	/* rules match prefixes */
		if (pi + 1 == pn && p[pi] == '$') {
			if (s[si] == '\0')
				return 1;
		} else if (p[pi] == '*') {
			star = ++pi;
			mark = si;
			continue;
		} else if (s[si] != '\0' && s[si] == p[pi]) {
			pi++;
			si++;
			continue;
		}
		if (star == (size_t)-1 || s[mark] == '\0')
			return 0;
		pi = star;
		si = ++mark;
	}
}

/* Trims blanks around [*s, *e). */
static void
trim(const char **s, const char **e)
{
	while (*s < *e && isspace((unsigned char)**s))
		(*s)++;
	while (*e > *s && isspace((unsigned char)(*e)[-1]))
		(*e)--;
}

/*
 * Matches robots.txt rules; see wire/fetch.h.  Two passes: the first
 * finds whether a group names the agent, the second applies the rules of
 * the groups that count.
 */
int
wire_fetch_robots_allowed(const char *txt, size_t n, const char *agent,
    const char *path)
{
	const char *p, *end, *eol, *k, *ke, *v, *ve, *hash;
	size_t alen = strlen(agent), best = 0, plen;
	int pass, named = 0, ingroup, lastagent, allow = 1, found = 0, mine;
	int stars;

	if (path == NULL || *path == '\0')
		path = "/";
	if (strcmp(path, "/robots.txt") == 0)
		return 1;
	for (pass = 0; pass < 2; pass++) {
		ingroup = 0;
		lastagent = 0;
		for (p = txt, end = txt + n; p < end; p = eol + 1) {
			if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
				eol = end;
			ve = eol;
			if ((hash = memchr(p, '#', (size_t)(eol - p))) != NULL)
				ve = hash;
			if ((ke = memchr(p, ':', (size_t)(ve - p))) == NULL)
				continue;
			k = p;
			trim(&k, &ke);
			v = ke + 1;
			trim(&v, &ve);
			if ((size_t)(ke - k) == 10 && strncasecmp(k, "user-agent", 10) == 0) {
				if (!lastagent)
					ingroup = 0;
				lastagent = 1;
				mine = (size_t)(ve - v) >= alen && alen > 0 &&
				    strncasecmp(v, agent, alen) == 0;
				if (mine)
					named = 1;
				if (pass == 1 && (mine || (!named && ve - v == 1 && *v == '*')))
					ingroup = 1;
				continue;
			}
			lastagent = 0;
			if (pass == 0 || !ingroup)
				continue;
			if ((size_t)(ke - k) == 8 && strncasecmp(k, "disallow", 8) == 0) {
				if (ve == v)
					continue;	/* "Disallow:" allows all */
				mine = 0;
			} else if ((size_t)(ke - k) == 5 && strncasecmp(k, "allow", 5) == 0) {
				mine = 1;
			} else {
				continue;
			}
			plen = (size_t)(ve - v);
			for (stars = 0, k = v; k < ve; k++)
				stars += *k == '*';
			if (!rmatch(v, plen, path))
				continue;
			plen -= (size_t)stars;
			if (!found || plen > best || (plen == best && mine)) {
				best = plen;
				allow = mine;
				found = 1;
			}
		}
	}
	return allow;
}
