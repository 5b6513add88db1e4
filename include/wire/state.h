/*
 * wire/state.h: what wire-fetch remembers between runs.
 *
 * One SQLite database (WAL) in a state directory holds, per URL, the
 * validators of the last response (ETag, Last-Modified) and a hash of its
 * body; the ids of the feed items already emitted; and robots.txt per
 * host.  One run writes at a time: an exclusive lock on DIR/lock is held
 * for the life of the handle.
 */
#ifndef WIRE_STATE_H
#define WIRE_STATE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct wire_state;

/* What is known of a URL; strings are NUL-terminated, empty when absent. */
struct wire_state_url {
	char		etag[512];
	char		last_modified[128];
	uint64_t	hash;
	int		found;
};

/*
 * Opens (creating it and its tables when needed) the state in dir and
 * locks it.  Returns the handle, or NULL with a reason in err; *busy is
 * set to 1 when another run holds the lock.  Free with wire_state_close.
 */
struct wire_state *wire_state_open(const char *dir, int *busy, char *err,
	    size_t errlen);

/* Releases the lock and closes st (NULL is allowed). */
void	wire_state_close(struct wire_state *st);

/*
 * Writes the default state directory ($XDG_STATE_HOME/wire, else
 * ~/.local/state/wire) into out.  Returns 0, or -1 when there is no home.
 */
int	wire_state_default_dir(char *out, size_t outlen);

/* Looks url up into *u (u->found tells).  Returns 0, or -1 on error. */
int	wire_state_get_url(struct wire_state *st, const char *url,
	    struct wire_state_url *u);

/* Records the validators and body hash of url.  Returns 0 or -1. */
int	wire_state_put_url(struct wire_state *st, const char *url,
	    const char *etag, const char *last_modified, uint64_t hash);

/* Returns 1 when item key was emitted before, 0 when not, -1 on error. */
int	wire_state_seen(struct wire_state *st, const char *key);

/* Marks item key emitted (durably on return).  Returns 0 or -1. */
int	wire_state_mark(struct wire_state *st, const char *key);

/*
 * Looks up robots.txt of origin (scheme://host:port) fetched less than
 * maxage seconds ago: returns a malloc'ed copy (caller frees) and its
 * length in *len, or NULL when there is none.
 */
char	*wire_state_get_robots(struct wire_state *st, const char *origin,
	    long maxage, size_t *len);

/* Stores robots.txt of origin (n bytes).  Returns 0 or -1. */
int	wire_state_put_robots(struct wire_state *st, const char *origin,
	    const char *txt, size_t n);

/* The last SQLite error of st, for messages. */
const char *wire_state_error(struct wire_state *st);

#endif
