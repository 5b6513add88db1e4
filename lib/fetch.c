/*
 * fetch.c: the wire-fetch stage on libcurl's multi interface.
 *
 * Input is read only while the queue of pending jobs has room, so memory
 * stays flat however long the input; a record is written the moment its
 * transfer ends.  The scheduler here, not libcurl, decides when a job
 * starts: it keeps the per-host cap and delay, waits out retry backoff and
 * holds a host's jobs until its robots.txt is known.  With a state, a
 * URL's validators and a feed item's id are stored only after its record
 * has been written and flushed, so a killed run loses nothing it reported.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <sys/epoll.h>

#include <curl/curl.h>

#include "wire/charset.h"
#include "wire/cli.h"
#include "wire/feed.h"
#include "wire/fetch.h"
#include "wire/id.h"
#include "wire/record.h"
#include "wire/state.h"
#include "wire/text.h"

#ifndef WIRE_VERSION
#define WIRE_VERSION "0"
#endif

#define USER_AGENT	"wire-fetch/" WIRE_VERSION
#define ROBOTS_AGENT	"wire-fetch"
#define ROBOTS_MAXAGE	86400L
#define ROBOTS_MAX	((size_t)512 * 1024)
#define MAX_FEED_DEPTH	3
#define HOST_BUCKETS	1024
#define HOST_MAX	8192
#define SCAN_MAX	4096
#define ORIGIN_MAX	300
#define SOCK_MAX	((size_t)1 << 20)	/* highest descriptor watched */
#define EVENTS_MAX	64

enum kind { J_PAGE, J_FEED, J_ROBOTS };

/* A feed whose items are in flight; its validators wait for them all. */
struct feedref {
	struct feedref	*parent;
	char		*url;
	char		*etag, *lm;
	uint64_t	 hash;
	int		 refs;
	int		 failed;
	int		 store;		/* validators go to the state at the end */
};

struct host {
	struct host	*next;
	char		 origin[ORIGIN_MAX];
	int		 active;
	long long	 last_start;	/* ms */
	int		 robots;	/* 0 unknown, 1 fetching, 2 known */
	char		*rtxt;
	size_t		 rlen;
};

struct job {
	struct job	*next;
	struct job	*rprev, *rnext;	/* while running */
	enum kind	 kind;
	char		*url;
	char		*line;		/* JSON record carried into the output */
	size_t		 linelen;
	char		*raw;		/* the input as read, for --errors */
	char		 origin[ORIGIN_MAX];
	char		 key[WIRE_ID_LEN + 1];	/* feed item id, or "" */
	struct feedref	*feed;		/* the feed an item came from */
	struct feedref	*self;		/* a feed's own, once it has items */
	int		 depth;
	int		 attempts;
	long long	 not_before;	/* ms */
	long		 waited;	/* ms spent waiting to retry */
	int		 conditional;
	struct wire_state_url prev;
	CURL		*h;
	struct curl_slist *hdrs;
	struct wire_buf	 body;
	int		 toobig;
	char		 errbuf[CURL_ERROR_SIZE];
};

struct queue {
	struct job	*head, *tail;
	size_t		 n;
};

/*
 * What libcurl wants of a socket and what the epoll set holds for it.
 * Changes wait in a list until just before the next epoll_wait, so that a
 * kept-alive connection, dropped when one transfer ends and taken up by
 * the next, costs no epoll_ctl at all.
 */
struct sock {
	uint32_t	 want, have;	/* EPOLLIN/EPOLLOUT */
	unsigned char	 dirty;		/* in the change list */
	unsigned char	 stale;		/* may have been closed since: re-add */
	unsigned char	 ours;		/* opened by open_socket() */
};

struct fetcher {
	struct wire_stream		*s;
	const struct wire_fetch_opts	*o;
	struct wire_state		*st;
	CURLM				*m;
	struct queue			 pending;
	size_t				 running;
	struct job			*runs;	/* running jobs */
	size_t				 qcap;
	struct host			*hosts[HOST_BUCKETS];
	size_t				 nhosts;
	CURL				*pool[64];
	int				 npool;
	/* sockets: the epoll set, libcurl's wishes, its timer (us, -1 none) */
	int				 ep;
	struct sock			*socks;
	size_t				 nsocks;
	int				*changed;
	size_t				 nchanged;
	long long			 curl_due;
	/* the last origin parsed, and the URL text up to its path */
	char				 lastpre[ORIGIN_MAX];
	size_t				 lastprelen;
	char				 lastorigin[ORIGIN_MAX];
	/* input */
	char				**paths;
	int				 npaths, pathi;
	FILE				*fp;
	struct wire_reader		 rd;
	int				 rdopen, eof;
	struct wire_record		 rec;
	/* scratch */
	struct wire_buf			 html, tmp, item;
	time_t				 tsec;	/* the second tstr shows */
	char				 tstr[32];
	int				 noproxy;	/* no proxy variable set */
	/* counts */
	unsigned long			 nfailed, nresponses, nnetfail, ndone;
	unsigned long			 nunchanged, nskipped;
	int				 fatal;
};

static long long
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static long long
now_ms(void)
{
	return now_us() / 1000;
}

/*
 * The entry of descriptor fd, the table grown to hold it; NULL past
 * SOCK_MAX or out of memory.  The change list has room for every entry.
 */
static struct sock *
sock_at(struct fetcher *f, curl_socket_t fd)
{
	struct sock *ns;
	int *nc;
	size_t n;

	if (fd < 0 || (size_t)fd >= SOCK_MAX)
		return NULL;
	if ((size_t)fd >= f->nsocks) {
		for (n = f->nsocks > 0 ? f->nsocks : 64; n <= (size_t)fd; n *= 2)
			;
		if ((ns = realloc(f->socks, n * sizeof(*ns))) == NULL)
			return NULL;
		memset(ns + f->nsocks, 0, (n - f->nsocks) * sizeof(*ns));
		f->socks = ns;
		if ((nc = realloc(f->changed, n * sizeof(*nc))) == NULL)
			return NULL;
		f->changed = nc;
		f->nsocks = n;
	}
	return &f->socks[fd];
}

static void
sock_touch(struct fetcher *f, curl_socket_t fd, struct sock *k)
{
	if (!k->dirty) {
		k->dirty = 1;
		f->changed[f->nchanged++] = fd;
	}
}

/* libcurl tells what it waits for on a socket; applied by sock_sync(). */
static int
on_socket(CURL *e, curl_socket_t fd, int what, void *arg, void *sockp)
{
	struct fetcher *f = arg;
	struct sock *k;

	(void)e;
	(void)sockp;
	if ((k = sock_at(f, fd)) == NULL) {
		wire_warn(f->s->prog, NULL, "cannot watch socket %d", (int)fd);
		f->fatal = 1;
		return -1;
	}
	switch (what) {
	case CURL_POLL_IN:
		k->want = EPOLLIN;
		break;
	case CURL_POLL_OUT:
		k->want = EPOLLOUT;
		break;
	case CURL_POLL_INOUT:
		k->want = EPOLLIN | EPOLLOUT;
		break;
	default:
		k->want = 0;
		/*
		 * A socket not opened here (the resolver's) is closed
		 * unseen and its number may come back as another socket.
		 */
		if (!k->ours)
			k->stale = 1;
		break;
	}
	sock_touch(f, fd, k);
	return 0;
}

/* libcurl's next timeout: ms from now, or -1 for none. */
static int
on_timer(CURLM *m, long ms, void *arg)
{
	struct fetcher *f = arg;

	(void)m;
	f->curl_due = ms < 0 ? -1 : now_us() + (long long)ms * 1000;
	return 0;
}

/*
 * Opens a connection's socket as libcurl would, noting it as one whose
 * close close_socket() will see.  A new socket's number was free, so
 * whatever the epoll set held under it went with the old one's close.
 */
static curl_socket_t
open_socket(void *arg, curlsocktype purpose, struct curl_sockaddr *a)
{
	struct fetcher *f = arg;
	struct sock *k;
	curl_socket_t fd;

	(void)purpose;
	if ((fd = socket(a->family, a->socktype, a->protocol)) == -1)
		return CURL_SOCKET_BAD;
	if ((k = sock_at(f, fd)) == NULL) {
		close(fd);
		return CURL_SOCKET_BAD;
	}
	k->have = k->want = 0;
	k->stale = 0;
	k->ours = 1;
	return fd;
}

/* Closes a socket of open_socket(); closing takes it out of the epoll set. */
static int
close_socket(void *arg, curl_socket_t fd)
{
	struct fetcher *f = arg;
	struct sock *k;

	if ((k = sock_at(f, fd)) != NULL) {
		k->have = k->want = 0;
		k->stale = 0;
		k->ours = 0;
	}
	return close(fd);
}

/* Brings the epoll set up to what libcurl wants; -1 on a fatal error. */
static int
sock_sync(struct fetcher *f)
{
	struct epoll_event ev;
	struct sock *k;
	size_t i;
	int fd, rc;

	for (i = 0; i < f->nchanged; i++) {
		fd = f->changed[i];
		k = &f->socks[fd];
		k->dirty = 0;
		memset(&ev, 0, sizeof(ev));
		ev.events = k->want;
		ev.data.fd = fd;
		rc = 0;
		if (k->want == 0) {
			/*
			 * A connection of ours left idle stays in the set, as
			 * the next transfer most likely takes it up: it leaves
			 * when it stirs unwanted (sock_unwanted) or is closed.
			 * Another socket leaves now; that fails when it is
			 * closed already, which is no matter.
			 */
			if (k->have != 0 && !k->ours) {
				epoll_ctl(f->ep, EPOLL_CTL_DEL, fd, NULL);
				k->have = 0;
			}
			k->stale = 0;
			continue;
		} else if (k->have == 0) {
			if ((rc = epoll_ctl(f->ep, EPOLL_CTL_ADD, fd, &ev)) == -1 &&
			    errno == EEXIST)
				rc = epoll_ctl(f->ep, EPOLL_CTL_MOD, fd, &ev);
		} else if (k->want != k->have || k->stale) {
			if ((rc = epoll_ctl(f->ep, EPOLL_CTL_MOD, fd, &ev)) == -1 &&
			    errno == ENOENT)
				rc = epoll_ctl(f->ep, EPOLL_CTL_ADD, fd, &ev);
		}
		if (rc == -1) {
			wire_warn(f->s->prog, NULL, "epoll_ctl: %s", strerror(errno));
			f->fatal = 1;
			return -1;
		}
		k->have = k->want;
		k->stale = 0;
	}
	f->nchanged = 0;
	return 0;
}

/*
 * Tells whether an event on fd is for a socket libcurl no longer waits
 * on (an idle connection kept in the set), and if so takes it out.
 */
static int
sock_unwanted(struct fetcher *f, int fd)
{
	struct sock *k;

	if (fd < 0 || (size_t)fd >= f->nsocks)
		return 0;
	k = &f->socks[fd];
	if (k->want != 0)
		return 0;
	epoll_ctl(f->ep, EPOLL_CTL_DEL, fd, NULL);
	k->have = 0;
	return 1;
}

/* The CURL_CSELECT_ bits of epoll events; errors are read as such. */
static int
sock_bits(uint32_t ev)
{
	int bits = 0;

	if (ev & (EPOLLIN | EPOLLHUP | EPOLLERR))
		bits |= CURL_CSELECT_IN;
	if (ev & (EPOLLOUT | EPOLLERR))
		bits |= CURL_CSELECT_OUT;
	if (ev & EPOLLERR)
		bits |= CURL_CSELECT_ERR;
	return bits;
}

/*
 * Fills o with the defaults; see wire/fetch.h.
 */
void
wire_fetch_defaults(struct wire_fetch_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->parallel = 16;
	o->host_conns = 2;
	o->delay_ms = 0;
	o->connect_timeout_ms = 10000;
	o->timeout_ms = 30000;
	o->max_bytes = (size_t)10 << 20;
	o->retries = 3;
	o->retry_max_ms = 60000;
	o->retry_base_ms = 1000;
}

static void
q_push(struct queue *q, struct job *j)
{
	j->next = NULL;
	if (q->tail != NULL)
		q->tail->next = j;
	else
		q->head = j;
	q->tail = j;
	q->n++;
}

static void
q_push_front(struct queue *q, struct job *j)
{
	j->next = q->head;
	q->head = j;
	if (q->tail == NULL)
		q->tail = j;
	q->n++;
}

/* Inserts j after a (at the head when a is NULL). */
static void
q_insert_after(struct queue *q, struct job *a, struct job *j)
{
	if (a == NULL) {
		q_push_front(q, j);
		return;
	}
	j->next = a->next;
	a->next = j;
	if (q->tail == a)
		q->tail = j;
	q->n++;
}

/* Unlinks j, whose predecessor is prev (NULL at the head). */
static void
q_unlink(struct queue *q, struct job *prev, struct job *j)
{
	if (prev != NULL)
		prev->next = j->next;
	else
		q->head = j->next;
	if (q->tail == j)
		q->tail = prev;
	j->next = NULL;
	q->n--;
}

/* Writes "scheme://host:port" of url into out; -1 when url is not one. */
static int
origin_of(const char *url, char *out, size_t outlen)
{
	CURLU *u;
	char *scheme = NULL, *host = NULL, *port = NULL;
	int rc = -1;

	if ((u = curl_url()) == NULL)
		return -1;
	if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) ==
	    CURLUE_OK) {
		rc = snprintf(out, outlen, "%s://%s:%s", scheme, host, port);
		rc = rc > 0 && (size_t)rc < outlen ? 0 : -1;
	}
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	return rc;
}

/*
 * The origin of url into out, as origin_of: from the last URL's when url
 * has the same text up to its path and a plain rest (printable ASCII, so
 * nothing libcurl refuses), else parsed and remembered.  -1 when url is
 * not an http or https URL.
 */
static int
origin_cached(struct fetcher *f, const char *url, char *out, size_t outlen)
{
	const char *p, *r;
	size_t pre;

	if ((p = strstr(url, "://")) == NULL)
		return origin_of(url, out, outlen);
	pre = (size_t)(p + 3 - url) + strcspn(p + 3, "/?#");
	for (r = url + pre; *r > 0x20 && *r < 0x7f; r++)
		;
	if (*r == '\0' && pre == f->lastprelen && pre > 0 &&
	    memcmp(url, f->lastpre, pre) == 0 &&
	    strlen(f->lastorigin) < outlen) {
		memcpy(out, f->lastorigin, strlen(f->lastorigin) + 1);
		return 0;
	}
	if (origin_of(url, out, outlen) == -1)
		return -1;
	f->lastprelen = 0;
	if (*r == '\0' && pre < sizeof(f->lastpre) &&
	    strlen(out) < sizeof(f->lastorigin)) {
		memcpy(f->lastpre, url, pre);
		f->lastprelen = pre;
		memcpy(f->lastorigin, out, strlen(out) + 1);
	}
	return 0;
}

static struct host *
host_get(struct fetcher *f, const char *origin)
{
	uint64_t hv = wire_hash64(origin, strlen(origin), 0);
	struct host **pp, *h;
	size_t b;

	b = (size_t)(hv % HOST_BUCKETS);
	for (h = f->hosts[b]; h != NULL; h = h->next)
		if (strcmp(h->origin, origin) == 0)
			return h;
	/* Forget idle hosts rather than grow without bound. */
	if (f->nhosts >= HOST_MAX) {
		for (b = 0; b < HOST_BUCKETS; b++)
			for (pp = &f->hosts[b]; (h = *pp) != NULL; ) {
				if (h->active == 0 && h->robots != 1) {
					*pp = h->next;
					free(h->rtxt);
					free(h);
					f->nhosts--;
				} else {
					pp = &h->next;
				}
			}
		b = (size_t)(hv % HOST_BUCKETS);
	}
	if ((h = calloc(1, sizeof(*h))) == NULL)
		return NULL;
	snprintf(h->origin, sizeof(h->origin), "%s", origin);
	h->last_start = -1000000000LL;
	h->next = f->hosts[b];
	f->hosts[b] = h;
	f->nhosts++;
	return h;
}

static void
feed_release(struct fetcher *f, struct feedref *fr, int failed)
{
	struct feedref *parent;

	while (fr != NULL) {
		if (failed)
			fr->failed = 1;
		if (--fr->refs > 0)
			return;
		if (fr->store && !fr->failed && f->st != NULL &&
		    wire_state_put_url(f->st, fr->url, fr->etag, fr->lm,
		    fr->hash) == -1)
			wire_warn(f->s->prog, "state", "%s",
			    wire_state_error(f->st));
		parent = fr->parent;
		failed = fr->failed;
		free(fr->url);
		free(fr->etag);
		free(fr->lm);
		free(fr);
		fr = parent;
	}
}

static void
job_free(struct fetcher *f, struct job *j)
{
	if (j == NULL)
		return;
	if (j->h != NULL) {
		curl_multi_remove_handle(f->m, j->h);
		if (f->npool < (int)(sizeof(f->pool) / sizeof(f->pool[0]))) {
			/* Not reset: start() sets again all that differs. */
			curl_easy_setopt(j->h, CURLOPT_ERRORBUFFER, NULL);
			curl_easy_setopt(j->h, CURLOPT_HTTPHEADER, NULL);
			curl_easy_setopt(j->h, CURLOPT_PRIVATE, NULL);
			f->pool[f->npool++] = j->h;
		} else {
			curl_easy_cleanup(j->h);
		}
	}
	curl_slist_free_all(j->hdrs);
	wire_buf_free(&j->body);
	free(j->url);
	free(j->line);
	free(j->raw);
	free(j);
}

/* A new job for url; line (a JSON record) and raw are copied. */
static struct job *
job_new(struct fetcher *f, enum kind kind, const char *url, size_t ulen,
    const char *line, size_t linelen, const char *raw, size_t rawlen)
{
	struct job *j;

	if ((j = calloc(1, sizeof(*j))) == NULL ||
	    (j->url = strndup(url, ulen)) == NULL ||
	    (line != NULL && (j->line = strndup(line, linelen)) == NULL) ||
	    (raw != NULL && (j->raw = strndup(raw, rawlen)) == NULL)) {
		wire_warn(f->s->prog, NULL, "out of memory");
		f->fatal = 1;
		job_free(f, j);
		return NULL;
	}
	j->kind = kind;
	j->linelen = linelen;
	j->body.max = f->o->max_bytes;
	if (origin_cached(f, j->url, j->origin, sizeof(j->origin)) == -1)
		j->origin[0] = '\0';
	return j;
}

/* Valid UTF-8 as a JSON string, else null. */
static void
put_str(struct wire_json *w, const char *key, const char *v)
{
	size_t n;

	wire_json_key(w, key);
	if (v == NULL || (n = strlen(v), wire_utf8_check(v, n) != n))
		wire_json_null(w);
	else
		wire_json_str(w, v, n);
}

/* Fields this stage writes; input fields of these names are replaced. */
static const char *const owned[] = { "id", "url", "final_url", "status",
	"fetched_at", "content_type", "charset", "etag", "last_modified",
	"html", "error", NULL };

/* Begins a record: id, url and the fields carried from the input. */
static void
rec_begin(struct fetcher *f, struct wire_json *w, struct job *j,
    const char *idurl)
{
	char id[WIRE_ID_LEN + 1], why[128];
	const struct wire_field *fl;
	size_t i, k;

	wire_json_begin(w, &f->s->out);
	wire_doc_id(idurl, strlen(idurl), NULL, 0, id);
	wire_json_key(w, "id");
	wire_json_str(w, id, WIRE_ID_LEN);
	put_str(w, "url", j->url);
	if (j->line == NULL ||
	    wire_record_parse(&f->rec, j->line, j->linelen, why, sizeof(why)) == -1)
		return;
	for (i = 0; i < f->rec.n; i++) {
		fl = &f->rec.f[i];
		for (k = 0; owned[k] != NULL; k++)
			if (fl->klen == strlen(owned[k]) &&
			    memcmp(fl->key, owned[k], fl->klen) == 0)
				break;
		if (owned[k] == NULL)
			wire_json_field(w, fl);
	}
}

/* fetched_at: the time is formatted once a second, not once a record. */
static void
put_time(struct fetcher *f, struct wire_json *w)
{
	time_t t = time(NULL);

	if (f->tstr[0] == '\0' || t != f->tsec) {
		wire_feed_isotime(t, f->tstr, sizeof(f->tstr));
		f->tsec = t;
	}
	wire_json_key(w, "fetched_at");
	wire_json_str(w, f->tstr, strlen(f->tstr));
}

/* Writes the record and, with a state, makes it durable before marking. */
static int
rec_emit(struct fetcher *f)
{
	if (wire_stream_emit(f->s) == -1)
		return -1;
	if (f->st != NULL && fflush(stdout) == EOF) {
		f->s->fatal = 1;
		return -1;
	}
	return 0;
}

/* The input line of a failed job goes to --errors for a later run. */
static void
keep_failed(struct fetcher *f, struct job *j)
{
	const char *l = j->raw != NULL ? j->raw : j->line != NULL ? j->line : j->url;

	if (f->s->errors == NULL || j->kind == J_ROBOTS)
		return;
	fputs(l, f->s->errors);
	fputc('\n', f->s->errors);
	fflush(f->s->errors);
}

/* Reports a failed job: record on stdout, message on stderr. */
static void
fail(struct fetcher *f, struct job *j, long status, const char *final,
    const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void
fail(struct fetcher *f, struct job *j, long status, const char *final,
    const char *fmt, ...)
{
	struct wire_json w;
	char msg[CURL_ERROR_SIZE + 128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	f->nfailed++;
	wire_warn(f->s->prog, j->url, "%s", msg);
	keep_failed(f, j);
	if (j->feed != NULL)
		feed_release(f, j->feed, 1);
	j->feed = NULL;
	if (j->kind == J_ROBOTS)
		return;
	rec_begin(f, &w, j, j->url);
	if (final != NULL)
		put_str(&w, "final_url", final);
	if (status > 0) {
		wire_json_key(&w, "status");
		wire_json_int(&w, status);
	}
	put_time(f, &w);
	put_str(&w, "error", msg);
	wire_json_end(&w);
	rec_emit(f);
}

/* Appends a JSON record of a feed item to f->item; returns 0 or -1. */
static int
item_record(struct fetcher *f, const struct wire_feed_item *it,
    const char *feedurl)
{
	struct wire_json w;
	char iso[32];
	time_t t;
	int i;

	wire_json_begin(&w, &f->item);
	put_str(&w, "url", it->url);
	put_str(&w, "feed", feedurl);
	if (it->title != NULL)
		put_str(&w, "title", it->title);
	if (it->published != NULL) {
		if (wire_feed_date(it->published, &t) == 0) {
			wire_feed_isotime(t, iso, sizeof(iso));
			put_str(&w, "published", iso);
		} else {
			put_str(&w, "published", it->published);
		}
	}
	if (it->guid != NULL)
		put_str(&w, "guid", it->guid);
	if (it->nauthors > 0) {
		wire_json_key(&w, "authors");
		wire_json_arr(&w);
		for (i = 0; i < it->nauthors; i++)
			if (wire_utf8_check(it->authors[i], strlen(it->authors[i])) ==
			    strlen(it->authors[i]))
				wire_json_str(&w, it->authors[i], strlen(it->authors[i]));
		wire_json_close(&w);
	}
	wire_json_end(&w);
	if (f->item.full)
		return -1;
	/* Drop the newline: the line is a record like an input line. */
	f->item.len--;
	return 0;
}

struct expand {
	struct fetcher	*f;
	struct job	*feed;
	struct feedref	*fr;
	struct job	*last;	/* items keep their feed order in the queue */
	unsigned long	 nitems, nnew;
};

static struct feedref *
feedref_new(struct job *j)
{
	struct feedref *fr;

	if ((fr = calloc(1, sizeof(*fr))) == NULL ||
	    (fr->url = strdup(j->url)) == NULL) {
		free(fr);
		return NULL;
	}
	fr->parent = j->feed;
	fr->refs = 1;	/* held by the feed job until it is done */
	return fr;
}

/* Called by the feed parser for each item. */
static int
expand_item(const struct wire_feed_item *it, void *ctx)
{
	struct expand *e = ctx;
	struct fetcher *f = e->f;
	struct job *j;
	struct wire_json w;
	time_t t;
	int seen;

	e->nitems++;
	if (strncasecmp(it->url, "http://", 7) != 0 &&
	    strncasecmp(it->url, "https://", 8) != 0)
		return 0;
	if (it->is_feed) {
		if (e->feed->depth + 1 > MAX_FEED_DEPTH)
			return 0;
		if ((j = job_new(f, J_FEED, it->url, strlen(it->url), NULL, 0,
		    NULL, 0)) == NULL)
			return -1;
		j->depth = e->feed->depth + 1;
		j->feed = e->fr;
		e->fr->refs++;
		q_insert_after(&f->pending, e->last, j);
		e->last = j;
		return 0;
	}
	if (f->o->since != 0 && it->published != NULL &&
	    wire_feed_date(it->published, &t) == 0 && t < f->o->since) {
		f->nskipped++;
		return 0;
	}
	if (item_record(f, it, e->feed->url) == -1)
		return 0;
	if ((j = job_new(f, J_PAGE, it->url, strlen(it->url), f->item.p,
	    f->item.len, NULL, 0)) == NULL)
		return -1;
	wire_doc_id(it->url, strlen(it->url), NULL, 0, j->key);
	if (f->st != NULL) {
		if ((seen = wire_state_seen(f->st, j->key)) == 1) {
			job_free(f, j);
			return 0;
		}
		if (seen == -1)
			wire_warn(f->s->prog, "state", "%s", wire_state_error(f->st));
	}
	e->nnew++;
	if (f->o->list) {
		rec_begin(f, &w, j, j->url);
		wire_json_end(&w);
		if (rec_emit(f) == 0 && f->st != NULL &&
		    wire_state_mark(f->st, j->key) == -1)
			wire_warn(f->s->prog, "state", "%s", wire_state_error(f->st));
		job_free(f, j);
		return f->s->fatal ? -1 : 0;
	}
	j->feed = e->fr;
	e->fr->refs++;
	q_insert_after(&f->pending, e->last, j);
	e->last = j;
	return 0;
}

/* Parses a fetched feed and queues its items. */
static void
feed_done(struct fetcher *f, struct job *j, long status, const char *etag,
    const char *lm, uint64_t hash)
{
	struct expand e;
	char err[256];
	long n;

	if ((e.fr = feedref_new(j)) == NULL) {
		fail(f, j, status, NULL, "out of memory");
		return;
	}
	if (j->feed != NULL)
		j->feed = NULL;	/* the reference passes to e.fr->parent */
	e.fr->store = f->st != NULL && j->depth == 0;
	e.fr->hash = hash;
	e.fr->etag = etag ? strdup(etag) : NULL;
	e.fr->lm = lm ? strdup(lm) : NULL;
	e.f = f;
	e.feed = j;
	e.nitems = e.nnew = 0;
	e.last = NULL;
	n = wire_feed_parse(j->body.p, j->body.len, j->url, expand_item, &e,
	    err, sizeof(err));
	if (n == -1) {
		j->feed = e.fr;
		fail(f, j, status, NULL, "broken feed after %lu items: %s",
		    e.nitems, err);
		return;
	}
	feed_release(f, e.fr, 0);
}

/* Is this media type text to decode? */
static int
is_text(const char *mime, const char *body, size_t n)
{
	if (mime[0] == '\0')
		return n == 0 || memchr(body, '\0', n < 1024 ? n : 1024) == NULL;
	return strncmp(mime, "text/", 5) == 0 || strstr(mime, "xml") != NULL ||
	    strstr(mime, "json") != NULL || strstr(mime, "javascript") != NULL;
}

/* Splits Content-Type into a lower-case type and its charset parameter. */
static void
split_ctype(const char *ct, char *mime, size_t mlen, char *cs, size_t clen)
{
	const char *p;
	size_t k = 0;

	mime[0] = cs[0] = '\0';
	if (ct == NULL)
		return;
	while (*ct == ' ')
		ct++;
	for (p = ct; *p != '\0' && *p != ';' && *p != ' ' && k + 1 < mlen; p++)
		mime[k++] = (char)tolower((unsigned char)*p);
	mime[k] = '\0';
	for (p = ct; *p != '\0' && strncasecmp(p, "charset=", 8) != 0; p++)
		;
	if (*p != '\0') {
		p += 8;
		for (k = 0; *p != '\0' && *p != ';' && k + 1 < clen; p++)
			if (*p != '"' && *p != '\'' && *p != ' ')
				cs[k++] = *p;
		cs[k] = '\0';
	}
}

/* The value of header name in the last response, or NULL. */
static const char *
header(CURL *h, const char *name)
{
	struct curl_header *hh;

	if (curl_easy_header(h, name, 0, CURLH_HEADER, -1, &hh) != CURLHE_OK)
		return NULL;
	return hh->value;
}

/* A page fetched: decode it and write its record. */
static void
page_done(struct fetcher *f, struct job *j, long status, const char *final,
    const char *ct, const char *etag, const char *lm, uint64_t hash)
{
	struct wire_json w;
	char mime[128], cs[64];
	const char *name = NULL;
	int seen;

	if (j->key[0] != '\0' && f->st != NULL &&
	    (seen = wire_state_seen(f->st, j->key)) == 1) {
		f->nunchanged++;
		return;	/* the same item came by another feed */
	}
	split_ctype(ct, mime, sizeof(mime), cs, sizeof(cs));
	wire_buf_reset(&f->html);
	if (is_text(mime, j->body.p, j->body.len) &&
	    (name = wire_charset_decode(j->body.p, j->body.len,
	    cs[0] ? cs : NULL, &f->html)) == NULL) {
		fail(f, j, status, final, "decoded body exceeds %zu bytes",
		    f->html.max);
		return;
	}
	rec_begin(f, &w, j, status / 100 == 2 ? final : j->url);
	put_str(&w, "final_url", final);
	wire_json_key(&w, "status");
	wire_json_int(&w, status);
	put_time(f, &w);
	put_str(&w, "content_type", mime[0] ? mime : NULL);
	put_str(&w, "charset", name);
	put_str(&w, "etag", etag);
	put_str(&w, "last_modified", lm);
	if (name != NULL) {
		wire_json_key(&w, "html");
		wire_json_str(&w, f->html.p, f->html.len);
	}
	wire_json_end(&w);
	if (rec_emit(f) == -1)
		return;
	if (f->st == NULL)
		return;
	if (j->key[0] != '\0') {
		if (wire_state_mark(f->st, j->key) == -1)
			wire_warn(f->s->prog, "state", "%s", wire_state_error(f->st));
	} else if (wire_state_put_url(f->st, j->url, etag, lm, hash) == -1) {
		wire_warn(f->s->prog, "state", "%s", wire_state_error(f->st));
	}
}

/* robots.txt arrived (or failed: then everything is allowed). */
static void
robots_done(struct fetcher *f, struct job *j, long status)
{
	struct host *h = host_get(f, j->origin);

	if (h == NULL)
		return;
	h->robots = 2;
	free(h->rtxt);
	h->rtxt = NULL;
	h->rlen = 0;
	/* RFC 9309: 4xx means no rules; 5xx or no answer, assume none too. */
	if (status / 100 == 2 && j->body.len > 0) {
		h->rtxt = malloc(j->body.len + 1);
		if (h->rtxt != NULL) {
			memcpy(h->rtxt, j->body.p, j->body.len);
			h->rtxt[j->body.len] = '\0';
			h->rlen = j->body.len;
		}
	}
	if (f->st != NULL && wire_state_put_robots(f->st, j->origin,
	    h->rtxt ? h->rtxt : "", h->rlen) == -1)
		wire_warn(f->s->prog, "state", "%s", wire_state_error(f->st));
}

static int
retryable(CURLcode rc, long status)
{
	if (rc == CURLE_OPERATION_TIMEDOUT)
		return 1;
	return rc == CURLE_OK && (status == 408 || status == 429 ||
	    (status >= 500 && status <= 599));
}

/* Puts j back in the queue to try again later; returns 0, or -1 to give up. */
static int
retry_later(struct fetcher *f, struct job *j, CURLcode rc, long status)
{
	const char *ra;
	long wait, secs;

	if (j->kind == J_ROBOTS || j->attempts > f->o->retries)
		return -1;
	wait = f->o->retry_base_ms << (j->attempts - 1 < 16 ? j->attempts - 1 : 16);
	if (rc == CURLE_OK && (ra = header(j->h, "Retry-After")) != NULL &&
	    (secs = wire_fetch_retry_after(ra, time(NULL))) >= 0)
		wait = secs > f->o->retry_max_ms / 1000 + 1 ?
		    f->o->retry_max_ms + 1 : secs * 1000;
	if (j->waited + wait > f->o->retry_max_ms)
		return -1;
	j->waited += wait;
	j->not_before = now_ms() + wait;
	curl_multi_remove_handle(f->m, j->h);
	curl_easy_cleanup(j->h);
	j->h = NULL;
	curl_slist_free_all(j->hdrs);
	j->hdrs = NULL;
	wire_buf_reset(&j->body);
	j->toobig = 0;
	q_push_front(&f->pending, j);
	return 0;
}

static int
network_error(CURLcode rc)
{
	return rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_RESOLVE_PROXY ||
	    rc == CURLE_COULDNT_CONNECT || rc == CURLE_OPERATION_TIMEDOUT;
}

/* A transfer ended: retry it, or write its record. */
static void
done(struct fetcher *f, struct job *j, CURLcode rc)
{
	struct host *h;
	char *final = NULL, *ct = NULL, *finalcopy = NULL;
	const char *etag, *lm;
	long status = 0;
	uint64_t hash;

	f->running--;
	if (j->rprev != NULL)
		j->rprev->rnext = j->rnext;
	else
		f->runs = j->rnext;
	if (j->rnext != NULL)
		j->rnext->rprev = j->rprev;
	j->rprev = j->rnext = NULL;
	if ((h = host_get(f, j->origin)) != NULL && h->active > 0)
		h->active--;
	curl_easy_getinfo(j->h, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(j->h, CURLINFO_EFFECTIVE_URL, &final);
	curl_easy_getinfo(j->h, CURLINFO_CONTENT_TYPE, &ct);
	if (status > 0)
		f->nresponses++;
	if (retryable(rc, status) && retry_later(f, j, rc, status) == 0)
		return;
	f->ndone++;
	if (final != NULL)
		finalcopy = strdup(final);
	final = finalcopy != NULL ? finalcopy : j->url;
	if (j->kind == J_ROBOTS) {
		robots_done(f, j, rc == CURLE_OK ? status : 0);
	} else if (j->toobig || rc == CURLE_FILESIZE_EXCEEDED) {
		fail(f, j, status, final, "body exceeds %zu bytes", f->o->max_bytes);
	} else if (rc != CURLE_OK) {
		if (network_error(rc) && status == 0)
			f->nnetfail++;
		fail(f, j, status, final, "%s", j->errbuf[0] ? j->errbuf :
		    curl_easy_strerror(rc));
	} else if (status == 304 && j->conditional) {
		f->nunchanged++;
	} else if (status < 200 || status > 299) {
		fail(f, j, status, final, "HTTP status %ld", status);
	} else {
		etag = header(j->h, "ETag");
		lm = header(j->h, "Last-Modified");
		/* The hash is read only with a state: spare it otherwise. */
		hash = f->st == NULL ? 0 :
		    wire_hash64(j->body.p ? j->body.p : "", j->body.len, 0);
		if (j->conditional && j->prev.found && j->prev.hash == hash &&
		    j->key[0] == '\0') {
			f->nunchanged++;
			/* New validators for the same body: keep them. */
			if (f->st != NULL && j->kind == J_PAGE)
				wire_state_put_url(f->st, j->url, etag, lm, hash);
		} else if (j->kind == J_FEED) {
			feed_done(f, j, status, etag, lm, hash);
		} else {
			page_done(f, j, status, final, ct, etag, lm, hash);
		}
	}
	if (j->feed != NULL)
		feed_release(f, j->feed, 0);
	j->feed = NULL;
	free(finalcopy);
	job_free(f, j);
}

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct job *j = arg;
	curl_off_t cl;

	n *= size;
	if (j->body.len + n > j->body.max) {
		/* libcurl 7.88 does not enforce MAXFILESIZE when streaming. */
		j->toobig = 1;
		return 0;
	}
	/* One allocation of the announced length, not a run of doublings. */
	if (j->body.cap == 0 && curl_easy_getinfo(j->h,
	    CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl) == CURLE_OK &&
	    cl > (curl_off_t)n && (uint64_t)cl <= (uint64_t)j->body.max)
		wire_buf_grow(&j->body, (size_t)cl);
	wire_buf_add(&j->body, p, n);
	return j->body.full ? 0 : n;
}

/*
 * Sets the options every transfer shares on c, a handle new from
 * curl_easy_init; a handle back in the pool keeps them.
 */
static void
setup_handle(struct fetcher *f, CURL *c)
{
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_USERAGENT, USER_AGENT);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(c, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, f->o->connect_timeout_ms);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, f->o->timeout_ms);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
	if (f->noproxy) {
		curl_easy_setopt(c, CURLOPT_PROXY, "");
		curl_easy_setopt(c, CURLOPT_NOPROXY, "");
	}
	curl_easy_setopt(c, CURLOPT_OPENSOCKETFUNCTION, open_socket);
	curl_easy_setopt(c, CURLOPT_OPENSOCKETDATA, f);
	curl_easy_setopt(c, CURLOPT_CLOSESOCKETFUNCTION, close_socket);
	curl_easy_setopt(c, CURLOPT_CLOSESOCKETDATA, f);
}

/*
 * Sets up and adds the transfer of j; returns 0, or -1 after failing j.
 * A pooled handle is reused as it is: what a job changes is set here
 * every time, so nothing of the last transfer's options carries over.
 */
static int
start(struct fetcher *f, struct job *j, struct host *h)
{
	char hdr[700];
	CURL *c;
	int fresh;

	fresh = f->npool == 0;
	if (!fresh)
		c = f->pool[--f->npool];
	else
		c = curl_easy_init();
	if (c == NULL) {
		fail(f, j, 0, NULL, "cannot start a transfer");
		return -1;
	}
	j->h = c;
	j->attempts++;
	j->errbuf[0] = '\0';
	if (j->attempts == 1 && f->st != NULL && j->kind != J_ROBOTS &&
	    j->key[0] == '\0' && j->depth == 0 &&
	    wire_state_get_url(f->st, j->url, &j->prev) == 0 && j->prev.found)
		j->conditional = 1;
	if (j->conditional && j->hdrs == NULL) {
		if (j->prev.etag[0] != '\0' && snprintf(hdr, sizeof(hdr),
		    "If-None-Match: %s", j->prev.etag) < (int)sizeof(hdr))
			j->hdrs = curl_slist_append(j->hdrs, hdr);
		if (j->prev.last_modified[0] != '\0' && snprintf(hdr, sizeof(hdr),
		    "If-Modified-Since: %s", j->prev.last_modified) < (int)sizeof(hdr))
			j->hdrs = curl_slist_append(j->hdrs, hdr);
	}
	if (fresh)
		setup_handle(f, c);
	curl_easy_setopt(c, CURLOPT_URL, j->url);
	/*
	 * Waiting for a first connection to say whether it multiplexes pays
	 * off only where HTTP/2 can be negotiated; over http:// it would hold
	 * a host's other transfers back a whole response.
	 */
	curl_easy_setopt(c, CURLOPT_PIPEWAIT,
	    strncasecmp(j->url, "https:", 6) == 0 ? 1L : 0L);
	curl_easy_setopt(c, CURLOPT_PRIVATE, j);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, j);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, j->errbuf);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, j->hdrs);
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)(j->kind == J_ROBOTS ? ROBOTS_MAX : f->o->max_bytes));
	if (j->kind == J_ROBOTS)
		j->body.max = ROBOTS_MAX;
	if (curl_multi_add_handle(f->m, c) != CURLM_OK) {
		fail(f, j, 0, NULL, "cannot start a transfer");
		return -1;
	}
	f->running++;
	j->rprev = NULL;
	j->rnext = f->runs;
	if (f->runs != NULL)
		f->runs->rprev = j;
	f->runs = j;
	h->active++;
	h->last_start = now_ms();
	return 0;
}

/* Queues the fetch of robots.txt for host h. */
static int
queue_robots(struct fetcher *f, struct host *h)
{
	char url[ORIGIN_MAX + 16];
	struct job *j;

	if (f->st != NULL && (h->rtxt = wire_state_get_robots(f->st, h->origin,
	    ROBOTS_MAXAGE, &h->rlen)) != NULL) {
		h->robots = 2;
		return 0;
	}
	snprintf(url, sizeof(url), "%s/robots.txt", h->origin);
	if ((j = job_new(f, J_ROBOTS, url, strlen(url), NULL, 0, NULL, 0)) == NULL)
		return -1;
	snprintf(j->origin, sizeof(j->origin), "%s", h->origin);
	h->robots = 1;
	q_push_front(&f->pending, j);
	return 0;
}

/* The path and query of url, for robots.txt; "/" when none. */
static void
path_of(const char *url, char *out, size_t outlen)
{
	const char *p = strstr(url, "://");

	p = p != NULL ? strchr(p + 3, '/') : NULL;
	snprintf(out, outlen, "%s", p != NULL ? p : "/");
	if ((p = strchr(out, '#')) != NULL)
		out[p - out] = '\0';
}

/*
 * Starts what may start now.  Returns the ms until a waiting job could
 * start (-1 when none waits on time).
 */
static long
schedule(struct fetcher *f)
{
	struct job *j, *prev, *next;
	struct host *h;
	long long now = now_ms(), t;
	long wait = -1;
	char path[2048];
	size_t scanned = 0;

	for (prev = NULL, j = f->pending.head; j != NULL && !f->fatal &&
	    f->running < (size_t)f->o->parallel && scanned < SCAN_MAX; j = next) {
		next = j->next;
		scanned++;
		if (j->origin[0] == '\0') {
			q_unlink(&f->pending, prev, j);
			f->ndone++;
			fail(f, j, 0, NULL, "not an http or https URL");
			job_free(f, j);
			continue;
		}
		if (j->not_before > now) {
			t = j->not_before - now;
			if (wait < 0 || t < wait)
				wait = (long)t;
			prev = j;
			continue;
		}
		if ((h = host_get(f, j->origin)) == NULL) {
			f->fatal = 1;
			break;
		}
		if (f->o->robots && j->kind != J_ROBOTS) {
			if (h->robots == 0 && queue_robots(f, h) == -1)
				break;
			if (h->robots == 1) {
				prev = j;
				continue;
			}
			path_of(j->url, path, sizeof(path));
			if (h->rtxt != NULL && !wire_fetch_robots_allowed(h->rtxt,
			    h->rlen, ROBOTS_AGENT, path)) {
				q_unlink(&f->pending, prev, j);
				f->ndone++;
				fail(f, j, 0, NULL, "disallowed by robots.txt");
				job_free(f, j);
				continue;
			}
			if (prev == NULL && f->pending.head != j) {
				/* queue_robots put a job in front: start again. */
				next = f->pending.head;
				continue;
			}
		}
		if (h->active >= f->o->host_conns)  {
			prev = j;
			continue;
		}
		if (f->o->delay_ms > 0 && now < h->last_start + f->o->delay_ms) {
			t = h->last_start + f->o->delay_ms - now;
			if (wait < 0 || t < wait)
				wait = (long)t;
			prev = j;
			continue;
		}
		q_unlink(&f->pending, prev, j);
		if (start(f, j, h) == -1) {
			f->ndone++;
			job_free(f, j);
		}
	}
	return wait;
}

/* Opens the next input file; returns 0, or -1 when there is none. */
static int
next_input(struct fetcher *f)
{
	const char *name;

	for (;;) {
		if (f->pathi >= (f->npaths > 0 ? f->npaths : 1))
			return -1;
		name = f->npaths > 0 ? f->paths[f->pathi] : "-";
		f->pathi++;
		if (strcmp(name, "-") == 0) {
			f->fp = stdin;
			name = "stdin";
		} else if ((f->fp = fopen(name, "r")) == NULL) {
			wire_warn(f->s->prog, name, "%s", strerror(errno));
			f->s->ioerr = 1;
			continue;
		}
		wire_reader_init(&f->rd, f->fp, name, f->s->max_record);
		f->rdopen = 1;
		f->s->where_file = f->rd.name;
		return 0;
	}
}

static void
close_input(struct fetcher *f)
{
	if (!f->rdopen)
		return;
	wire_reader_free(&f->rd);
	if (f->fp != stdin)
		fclose(f->fp);
	f->fp = NULL;
	f->rdopen = 0;
}

/* Turns one input line into a job; returns 0, or -1 on a fatal error. */
static int
take_line(struct fetcher *f, const char *line, size_t len)
{
	const struct wire_field *fl;
	const char *url;
	char why[128];
	size_t ulen;
	struct job *j;

	while (len > 0 && isspace((unsigned char)*line))
		line++, len--;
	while (len > 0 && isspace((unsigned char)line[len - 1]))
		len--;
	if (len == 0 || *line == '#')
		return 0;
	f->s->nin++;
	if (*line == '{') {
		if (wire_record_parse(&f->rec, line, len, why, sizeof(why)) == -1) {
			wire_stream_reject(f->s, line, len, "%s", why);
			return 0;
		}
		fl = wire_record_get(&f->rec, "url");
		if ((url = wire_field_str(fl, &f->tmp, &ulen)) == NULL || ulen == 0 ||
		    memchr(url, '\0', ulen) != NULL) {
			wire_stream_reject(f->s, line, len, "no \"url\" string");
			return 0;
		}
		j = job_new(f, f->o->feeds ? J_FEED : J_PAGE, url, ulen, line, len,
		    line, len);
	} else {
		if (wire_utf8_check(line, len) != len || memchr(line, ' ', len) ||
		    memchr(line, '\t', len) || memchr(line, '\0', len)) {
			wire_stream_reject(f->s, line, len, "not a URL");
			return 0;
		}
		j = job_new(f, f->o->feeds ? J_FEED : J_PAGE, line, len, NULL, 0,
		    line, len);
	}
	if (j == NULL)
		return -1;
	q_push(&f->pending, j);
	return 0;
}

/* Reads input while the queue has room. */
static void
refill(struct fetcher *f)
{
	const char *line;
	size_t len;
	int rc;

	while (!f->eof && !f->fatal && !f->s->fatal && f->pending.n < f->qcap) {
		if (!f->rdopen && next_input(f) == -1) {
			f->eof = 1;
			break;
		}
		rc = wire_reader_next(&f->rd, &line, &len, f->s->errors);
		f->s->where_line = f->rd.lineno;
		if (rc == WIRE_LINE_EOF) {
			close_input(f);
			continue;
		}
		if (rc == WIRE_LINE_ERR) {
			wire_warn(f->s->prog, f->rd.name, "read error: %s",
			    strerror(errno));
			f->s->ioerr = 1;
			close_input(f);
			continue;
		}
		if (rc == WIRE_LINE_LONG) {
			f->s->nin++;
			wire_stream_reject(f->s, NULL, 0,
			    "line exceeds %zu bytes (--max-record)", f->s->max_record);
			continue;
		}
		if (take_line(f, line, len) == -1)
			f->fatal = 1;
	}
}

static void
fetcher_free(struct fetcher *f)
{
	struct job *j;
	struct host *h;
	size_t b;
	int i;

	/* Abandoned transfers of a fatal stop are freed, not reported. */
	while ((j = f->runs) != NULL) {
		f->runs = j->rnext;
		if (j->feed != NULL)
			feed_release(f, j->feed, 1);
		job_free(f, j);
	}
	while ((j = f->pending.head) != NULL) {
		q_unlink(&f->pending, NULL, j);
		if (j->feed != NULL)
			feed_release(f, j->feed, 1);
		job_free(f, j);
	}
	for (b = 0; b < HOST_BUCKETS; b++)
		while ((h = f->hosts[b]) != NULL) {
			f->hosts[b] = h->next;
			free(h->rtxt);
			free(h);
		}
	for (i = 0; i < f->npool; i++)
		curl_easy_cleanup(f->pool[i]);
	close_input(f);
	wire_record_free(&f->rec);
	wire_buf_free(&f->html);
	wire_buf_free(&f->tmp);
	wire_buf_free(&f->item);
}

/*
 * Tells whether no proxy variable libcurl reads is set.  libcurl looks
 * them up for every transfer unless told the proxy and its exceptions;
 * when there are none, telling it so once is the same and costs less.
 */
static int
no_proxy_env(void)
{
	static const char *const vars[] = { "http_proxy", "HTTP_PROXY",
		"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
		"no_proxy", "NO_PROXY", NULL };
	int i;

	for (i = 0; vars[i] != NULL; i++)
		if (getenv(vars[i]) != NULL)
			return 0;
	return 1;
}

/*
 * The fetch loop; see wire/fetch.h.
 */
int
wire_fetch_run(struct wire_stream *s, const struct wire_fetch_opts *o,
    char **paths, int n)
{
	struct fetcher f;
	struct epoll_event evs[EVENTS_MAX];
	CURLMsg *msg;
	char err[512], *priv;
	long long due;
	long wait;
	int i, nev, left, busy, status, polled;

	memset(&f, 0, sizeof(f));
	f.s = s;
	f.o = o;
	f.paths = paths;
	f.npaths = n;
	f.qcap = (size_t)o->parallel * 4 + 16;
	f.html.max = o->max_bytes * 4 + 1024;
	f.tmp.max = s->max_record;
	f.item.max = 1 << 20;
	f.curl_due = -1;
	f.noproxy = no_proxy_env();
	if ((f.ep = epoll_create1(EPOLL_CLOEXEC)) == -1) {
		wire_warn(s->prog, NULL, "epoll_create1: %s", strerror(errno));
		return WIRE_EXIT_FATAL;
	}
	if (o->state_dir != NULL &&
	    (f.st = wire_state_open(o->state_dir, &busy, err, sizeof(err))) == NULL) {
		wire_warn(s->prog, o->state_dir, "state: %s", err);
		close(f.ep);
		return busy ? WIRE_EXIT_TEMPFAIL : WIRE_EXIT_FATAL;
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK ||
	    (f.m = curl_multi_init()) == NULL) {
		wire_warn(s->prog, NULL, "cannot initialise libcurl");
		wire_state_close(f.st);
		close(f.ep);
		return WIRE_EXIT_FATAL;
	}
	curl_multi_setopt(f.m, CURLMOPT_MAX_HOST_CONNECTIONS, (long)o->host_conns);
	curl_multi_setopt(f.m, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)o->parallel);
	curl_multi_setopt(f.m, CURLMOPT_MAXCONNECTS, (long)o->parallel * 2);
	curl_multi_setopt(f.m, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
	curl_multi_setopt(f.m, CURLMOPT_SOCKETFUNCTION, on_socket);
	curl_multi_setopt(f.m, CURLMOPT_SOCKETDATA, &f);
	curl_multi_setopt(f.m, CURLMOPT_TIMERFUNCTION, on_timer);
	curl_multi_setopt(f.m, CURLMOPT_TIMERDATA, &f);
	polled = 0;
	for (;;) {
		refill(&f);
		wait = schedule(&f);
		if (f.fatal || s->fatal)
			break;
		if (f.running == 0 && f.pending.n == 0 && f.eof)
			break;
		/* Room to start more: read input again at once. */
		if (!f.eof && f.pending.n < f.qcap)
			wait = 0;
		else if (f.running == 0 && f.pending.n > 0 && wait < 0)
			wait = 10;
		if (f.curl_due >= 0) {
			due = f.curl_due - now_us();
			due = due <= 0 ? 0 : (due + 999) / 1000;
			if (wait < 0 || due < wait)
				wait = (long)due;
		}
		if (wait < 0 || wait > 1000)
			wait = 1000;
		/*
		 * Nothing to wait for (transfers just added, input to read):
		 * skip the sockets this turn, but only every other turn, so
		 * that answers already in are never starved.
		 */
		nev = 0;
		if (wait > 0 || !polled) {
			if (sock_sync(&f) == -1)
				break;
			if ((nev = epoll_wait(f.ep, evs, EVENTS_MAX, (int)wait)) == -1) {
				if (errno != EINTR) {
					wire_warn(s->prog, NULL, "epoll_wait: %s",
					    strerror(errno));
					f.fatal = 1;
					break;
				}
				nev = 0;
			}
			polled = 1;
		} else {
			polled = 0;
		}
		for (i = 0; i < nev; i++)
			if (!sock_unwanted(&f, evs[i].data.fd))
				curl_multi_socket_action(f.m, evs[i].data.fd,
				    sock_bits(evs[i].events), &left);
		if (f.curl_due >= 0 && now_us() >= f.curl_due)
			curl_multi_socket_action(f.m, CURL_SOCKET_TIMEOUT, 0, &left);
		while ((msg = curl_multi_info_read(f.m, &left)) != NULL) {
			if (msg->msg != CURLMSG_DONE)
				continue;
			priv = NULL;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &priv);
			done(&f, (struct job *)(void *)priv, msg->data.result);
			if (f.fatal || s->fatal)
				break;
		}
		if (f.fatal || s->fatal)
			break;
	}
	fetcher_free(&f);
	curl_multi_cleanup(f.m);
	curl_global_cleanup();
	/* Last: cleaning up closes sockets, which the table follows. */
	close(f.ep);
	free(f.socks);
	free(f.changed);
	wire_state_close(f.st);
	if (f.fatal)
		status = WIRE_EXIT_FATAL;
	else if (f.ndone > 0 && f.nresponses == 0 && f.nnetfail > 0 &&
	    f.nnetfail == f.nfailed)
		status = WIRE_EXIT_TEMPFAIL;
	else if (f.nfailed > 0)
		status = WIRE_EXIT_REJECTED;
	else
		status = WIRE_EXIT_OK;
	if (s->stats)
		fprintf(stderr, "%s: stats: %lu fetched, %lu failed, %lu unchanged, "
		    "%lu skipped\n", s->prog, f.ndone - f.nfailed, f.nfailed,
		    f.nunchanged, f.nskipped);
	return status;
}
