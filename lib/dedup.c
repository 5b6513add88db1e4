/*
 * dedup.c: the wire-dedup stage.  Fingerprints documents (canonical URL,
 * normalised text, SimHash over word shingles) and keeps the fingerprints
 * in SQLite with a banded index, so that a look-up costs a few indexed
 * reads however many documents are stored.
 *
 * Every document seen is stored with the id of the first copy ("first"),
 * duplicates included: a later copy of a copy then points at the
 * original, and a record seen again under its own id (a replay after a
 * crash, at-least-once delivery) is recognised as the original it is.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <sqlite3.h>
#include <utf8proc.h>

#include "wire/dedup.h"
#include "wire/id.h"

/* Fingerprints seen between two commits of the store. */
#define COMMIT_EVERY	20000

enum {
	ST_BYID, ST_BYURL, ST_BYTEXT, ST_BAND, ST_INS, ST_INSBAND, ST_N
};

static const char *const sqls[ST_N] = {
	"SELECT first FROM docs WHERE id = ?1",
	"SELECT first FROM docs WHERE urlh = ?1 ORDER BY rid LIMIT 1",
	"SELECT first FROM docs WHERE texth = ?1 ORDER BY rid LIMIT 1",
	"SELECT d.rid, d.first, d.sim FROM band b JOIN docs d ON d.rid = b.doc "
	    "WHERE b.k = ?1",
	"INSERT OR IGNORE INTO docs (id, first, seen, urlh, texth, sim) "
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	"INSERT OR IGNORE INTO band (k, doc) VALUES (?1, ?2)"
};

static const char schema[] =
	"CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);"
	"CREATE TABLE IF NOT EXISTS docs (rid INTEGER PRIMARY KEY, "
	"  id TEXT NOT NULL UNIQUE, first TEXT NOT NULL, seen INTEGER NOT NULL, "
	"  urlh INTEGER, texth INTEGER, sim INTEGER NOT NULL);"
	"CREATE INDEX IF NOT EXISTS docs_urlh ON docs (urlh) WHERE urlh IS NOT NULL;"
	"CREATE INDEX IF NOT EXISTS docs_texth ON docs (texth) "
	"  WHERE texth IS NOT NULL;"
	"CREATE INDEX IF NOT EXISTS docs_seen ON docs (seen);"
	"CREATE TABLE IF NOT EXISTS band (k INTEGER NOT NULL, doc INTEGER NOT NULL, "
	"  PRIMARY KEY (k, doc)) WITHOUT ROWID;"
	"CREATE INDEX IF NOT EXISTS band_doc ON band (doc);";

struct wire_dedup {
	sqlite3		*db;
	sqlite3_stmt	*st[ST_N];
	int		 distance;
	int		 nbands;
	long long	 now;
	int		 drop;
	int		 intx;		/* a transaction is open */
	unsigned long	 pending;	/* checks since the last commit */
	unsigned long	 ndup;
	struct wire_buf	 text, tmp, idb, urlb;
};

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static void
add_feature(int *v, uint64_t h)
{
	int b;

	for (b = 0; b < 64; b++)
		v[b] += (int)((h >> b) & 1) * 2 - 1;
}

/* Is code point cp part of a word (letter, mark or number)? */
static int
word_cp(uint32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

/*
 * Ends a paragraph of pw words whose shingles are summed in pv: adds them
 * to the document's sums v, weighted by the paragraph's length up to
 * WIRE_PARA_FULL words.  The lines that differ between copies of one
 * story are mostly short (bylines, datelines, captions, "Read more" links,
 * sign-up prompts), so they move the SimHash less than the body does.  A
 * paragraph shorter than a shingle makes one feature of its words.
 */
static void
end_para(long long *v, int *pv, const uint64_t *ring, size_t pw)
{
	uint64_t h = 0;
	size_t k;
	int b, w;

	if (pw == 0)
		return;
	if (pw < WIRE_SHINGLE) {
		for (k = 0; k < pw; k++)
			h ^= rotl(ring[k], (int)(k * 21) + 1);
		add_feature(pv, wire_mix64(h ^ pw));
	}
	w = pw < WIRE_PARA_FULL ? (int)pw : WIRE_PARA_FULL;
	for (b = 0; b < 64; b++) {
		v[b] += (long long)pv[b] * w;
		pv[b] = 0;
	}
}

/*
 * Fingerprints a document; see wire/dedup.h.  Words are lower-cased runs
 * of letters and digits, so spacing, punctuation and case do not count.
 * Shingles do not cross a blank line: reordered paragraphs keep the same
 * set of shingles, hence the same SimHash.
 */
void
wire_fingerprint(const char *text, size_t n, const char *url, size_t ulen,
    struct wire_buf *tmp, struct wire_fp *fp)
{
	uint64_t ring[WIRE_SHINGLE], h, wh = 0, th = UINT64_C(0xcbf29ce484222325);
	long long v[64] = { 0 };
	int pv[64] = { 0 };
	size_t i = 0, k, len, words = 0, pw = 0;
	uint32_t cp;
	int inword = 0, nl = 0, b;

	memset(fp, 0, sizeof(*fp));
	if (url != NULL && ulen > 0) {
		wire_buf_reset(tmp);
		if (wire_url_canon(url, ulen, tmp) == 0 && !tmp->full) {
			k = strncmp(tmp->p, "https://", 8) == 0 ? 8 :
			    strncmp(tmp->p, "http://", 7) == 0 ? 7 : 0;
			fp->urlh = wire_hash64(tmp->p + k, tmp->len - k, 3) | 1;
		}
	}
	for (;;) {
		cp = ' ';
		len = 1;
		if (i < n && (len = wire_utf8_decode(text + i, n - i, &cp)) == 0) {
			cp = ' ';
			len = 1;
		}
		if (i < n && word_cp(cp)) {
			if (!inword) {
				wh = UINT64_C(0xcbf29ce484222325);
				if (nl >= 2) {
					end_para(v, pv, ring, pw);
					pw = 0;
				}
				nl = 0;
			}
			inword = 1;
			cp = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) :
			    (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
			wh = (wh ^ cp) * UINT64_C(0x100000001b3);
		} else if (inword) {
			inword = 0;
			wh = wire_mix64(wh);
			ring[pw % WIRE_SHINGLE] = wh;
			pw++;
			words++;
			th = (th ^ wh) * UINT64_C(0x100000001b3);
			if (pw >= WIRE_SHINGLE) {
				h = 0;
				for (k = 0; k < WIRE_SHINGLE; k++)
					h ^= rotl(ring[(pw - WIRE_SHINGLE + k) %
					    WIRE_SHINGLE], (int)(k * 21) + 1);
				add_feature(pv, wire_mix64(h));
			}
		}
		if (cp == '\n')
			nl++;
		if (i >= n)
			break;
		i += len;
	}
	end_para(v, pv, ring, pw);
	fp->words = words;
	if (words > 0)
		fp->texth = wire_mix64(th) | 1;
	for (b = 0; b < 64; b++)
		if (v[b] > 0)
			fp->sim |= UINT64_C(1) << b;
}

/*
 * The band plan of a distance: blocks the 64 bits are cut into, and how
 * many blocks make one key.  Two values within d bits differ in at most d
 * blocks, so with nblocks - d blocks to a key they share a key.
 */
static void
band_plan(int distance, int *nblocks, int *per)
{
	if (distance <= 3) {
		*nblocks = distance + 1;
		*per = 1;
	} else {
		*nblocks = distance + 2;
		*per = 2;
	}
}

/*
 * The number of index keys per fingerprint for a distance.
 */
int
wire_sim_nkeys(int distance)
{
	int nb, per;

	if (distance < 0)
		distance = 0;
	if (distance > WIRE_DEDUP_MAX_DISTANCE)
		distance = WIRE_DEDUP_MAX_DISTANCE;
	band_plan(distance, &nb, &per);
	return per == 1 ? nb : nb * (nb - 1) / 2;
}

/*
 * Band keys of sim; see wire/dedup.h.  The first 64 % nblocks blocks are
 * a bit wider than the others.
 */
int
wire_sim_bands(uint64_t sim, int distance, uint64_t *keys)
{
	uint64_t blk[WIRE_DEDUP_MAX_DISTANCE + 2];
	int w[WIRE_DEDUP_MAX_DISTANCE + 2];
	int i, j, nb, per, shift = 0, nk = 0;

	if (distance < 0)
		distance = 0;
	if (distance > WIRE_DEDUP_MAX_DISTANCE)
		distance = WIRE_DEDUP_MAX_DISTANCE;
	band_plan(distance, &nb, &per);
	for (i = 0; i < nb; i++) {
		w[i] = 64 / nb + (i < 64 % nb);
		blk[i] = w[i] == 64 ? sim : (sim >> shift) & ((UINT64_C(1) << w[i]) - 1);
		shift += w[i];
	}
	if (per == 1) {
		for (i = 0; i < nb; i++)
			keys[nk++] = ((uint64_t)i << 32) |
			    (w[i] > 32 ? wire_mix64(blk[i]) & 0xffffffff : blk[i]);
		return nk;
	}
	for (i = 0; i < nb; i++)
		for (j = i + 1; j < nb; j++, nk++)
			keys[nk] = ((uint64_t)nk << 32) | (blk[i] << w[j]) | blk[j];
	return nk;
}

/*
 * Counts the bits in which a and b differ.
 */
int
wire_hamming(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ b;
	int c = 0;

	while (x != 0) {
		x &= x - 1;
		c++;
	}
	return c;
}

static int
db_err(struct wire_dedup *d, const char *what, char *err, size_t errlen)
{
	snprintf(err, errlen, "%s: %s", what, sqlite3_errmsg(d->db));
	return -1;
}

static int
exec(struct wire_dedup *d, const char *sql, char *err, size_t errlen)
{
	if (sqlite3_exec(d->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_err(d, "fingerprint store", err, errlen);
	return 0;
}

/* Re-cuts the band index when --distance changed since the last run. */
static int
check_bands(struct wire_dedup *d, char *err, size_t errlen)
{
	sqlite3_stmt *q = NULL, *ins = NULL;
	uint64_t keys[WIRE_DEDUP_MAX_KEYS];
	char sql[128];
	int old = -1, i, rc;

	if (sqlite3_prepare_v2(d->db, "SELECT v FROM meta WHERE k = 'distance'", -1,
	    &q, NULL) != SQLITE_OK)
		return db_err(d, "fingerprint store", err, errlen);
	if (sqlite3_step(q) == SQLITE_ROW)
		old = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	if (old == d->distance)
		return 0;
	snprintf(sql, sizeof(sql), "DELETE FROM band; INSERT OR REPLACE INTO meta "
	    "VALUES ('distance', '%d');", d->distance);
	if (exec(d, sql, err, errlen) == -1)
		return -1;
	if (sqlite3_prepare_v2(d->db, "SELECT rid, sim FROM docs", -1, &q,
	    NULL) != SQLITE_OK || sqlite3_prepare_v2(d->db, sqls[ST_INSBAND], -1,
	    &ins, NULL) != SQLITE_OK) {
		sqlite3_finalize(q);
		return db_err(d, "fingerprint store", err, errlen);
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		wire_sim_bands((uint64_t)sqlite3_column_int64(q, 1), d->distance, keys);
		for (i = 0; i < d->nbands; i++) {
			sqlite3_bind_int64(ins, 1, (sqlite3_int64)keys[i]);
			sqlite3_bind_int64(ins, 2, sqlite3_column_int64(q, 0));
			if (sqlite3_step(ins) != SQLITE_DONE)
				rc = SQLITE_ERROR;
			sqlite3_reset(ins);
		}
		if (rc == SQLITE_ERROR)
			break;
	}
	sqlite3_finalize(q);
	sqlite3_finalize(ins);
	return rc == SQLITE_DONE ? 0 : db_err(d, "re-banding", err, errlen);
}

/*
 * Opens the store; see wire/dedup.h.
 */
struct wire_dedup *
wire_dedup_open(const struct wire_dedup_opts *o, char *err, size_t errlen)
{
	struct wire_dedup *d;
	char path[4096], sql[128];
	int i;

	if (o->distance < 0 || o->distance > WIRE_DEDUP_MAX_DISTANCE) {
		snprintf(err, errlen, "distance must be 0 to %d",
		    WIRE_DEDUP_MAX_DISTANCE);
		return NULL;
	}
	if ((d = calloc(1, sizeof(*d))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	d->distance = o->distance;
	d->nbands = wire_sim_nkeys(o->distance);
	d->now = o->now;
	d->drop = o->drop;
	d->tmp.max = 1 << 20;
	d->idb.max = 1 << 20;
	d->urlb.max = 1 << 20;
	if (o->state != NULL) {
		if (mkdir(o->state, 0777) == -1 && errno != EEXIST) {
			snprintf(err, errlen, "%s: %s", o->state, strerror(errno));
			free(d);
			return NULL;
		}
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", o->state,
		    WIRE_DEDUP_DBNAME) >= sizeof(path)) {
			snprintf(err, errlen, "%s: path too long", o->state);
			free(d);
			return NULL;
		}
	} else
		snprintf(path, sizeof(path), ":memory:");
	if (sqlite3_open(path, &d->db) != SQLITE_OK) {
		db_err(d, path, err, errlen);
		wire_dedup_close(d, NULL, 0);
		return NULL;
	}
	/* Another run (an overlapping cron job) may hold the store a while. */
	sqlite3_busy_timeout(d->db, 60000);
	if (exec(d, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
	    "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -131072;",
	    err, errlen) == -1 || exec(d, "BEGIN IMMEDIATE", err, errlen) == -1) {
		wire_dedup_close(d, NULL, 0);
		return NULL;
	}
	d->intx = 1;
	if (exec(d, schema, err, errlen) == -1 ||
	    check_bands(d, err, errlen) == -1)
		goto fail;
	if (o->window > 0) {
		snprintf(sql, sizeof(sql), "DELETE FROM band WHERE doc IN (SELECT rid "
		    "FROM docs WHERE seen < %lld)", o->now - o->window);
		if (exec(d, sql, err, errlen) == -1)
			goto fail;
		snprintf(sql, sizeof(sql), "DELETE FROM docs WHERE seen < %lld",
		    o->now - o->window);
		if (exec(d, sql, err, errlen) == -1)
			goto fail;
	}
	for (i = 0; i < ST_N; i++)
		if (sqlite3_prepare_v2(d->db, sqls[i], -1, &d->st[i], NULL) !=
		    SQLITE_OK) {
			db_err(d, "fingerprint store", err, errlen);
			goto fail;
		}
	return d;
fail:
	sqlite3_exec(d->db, "ROLLBACK", NULL, NULL, NULL);
	d->intx = 0;
	wire_dedup_close(d, NULL, 0);
	return NULL;
}

/* Runs a look-up that returns "first"; 1 and first filled when found. */
static int
lookup(struct wire_dedup *d, int which, const char *id, uint64_t key,
    char *first)
{
	sqlite3_stmt *q = d->st[which];
	const unsigned char *t;
	int rc;

	if (id != NULL)
		sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(q, 1, (sqlite3_int64)key);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		t = sqlite3_column_text(q, 0);
		snprintf(first, WIRE_DEDUP_IDMAX, "%s", t ? (const char *)t : "");
		rc = 1;
	} else
		rc = rc == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	return rc;
}

/* The earliest stored document whose SimHash is within the distance. */
static int
near(struct wire_dedup *d, const uint64_t *keys, uint64_t sim, char *first)
{
	sqlite3_stmt *q = d->st[ST_BAND];
	sqlite3_int64 best = -1, rid;
	const unsigned char *t;
	int i, rc;

	for (i = 0; i < d->nbands; i++) {
		sqlite3_bind_int64(q, 1, (sqlite3_int64)keys[i]);
		while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
			rid = sqlite3_column_int64(q, 0);
			if ((best != -1 && rid >= best) ||
			    wire_hamming((uint64_t)sqlite3_column_int64(q, 2), sim) >
			    d->distance)
				continue;
			best = rid;
			t = sqlite3_column_text(q, 1);
			snprintf(first, WIRE_DEDUP_IDMAX, "%s",
			    t ? (const char *)t : "");
		}
		sqlite3_reset(q);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return best != -1;
}

static int
remember(struct wire_dedup *d, const char *id, const char *first,
    const struct wire_fp *fp, const uint64_t *keys)
{
	sqlite3_stmt *q = d->st[ST_INS];
	sqlite3_int64 rid;
	int i, rc;

	sqlite3_bind_text(q, 1, id, -1, SQLITE_STATIC);
	sqlite3_bind_text(q, 2, first, -1, SQLITE_STATIC);
	sqlite3_bind_int64(q, 3, d->now);
	if (fp->urlh != 0)
		sqlite3_bind_int64(q, 4, (sqlite3_int64)fp->urlh);
	else
		sqlite3_bind_null(q, 4);
	if (fp->texth != 0)
		sqlite3_bind_int64(q, 5, (sqlite3_int64)fp->texth);
	else
		sqlite3_bind_null(q, 5);
	sqlite3_bind_int64(q, 6, (sqlite3_int64)fp->sim);
	rc = sqlite3_step(q);
	sqlite3_reset(q);
	sqlite3_clear_bindings(q);
	if (rc != SQLITE_DONE)
		return -1;
	if (sqlite3_changes(d->db) == 0 || fp->texth == 0)
		return 0;
	rid = sqlite3_last_insert_rowid(d->db);
	q = d->st[ST_INSBAND];
	for (i = 0; i < d->nbands; i++) {
		sqlite3_bind_int64(q, 1, (sqlite3_int64)keys[i]);
		sqlite3_bind_int64(q, 2, rid);
		rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc != SQLITE_DONE)
			return -1;
	}
	return 0;
}

/*
 * Looks up and remembers a document; see wire/dedup.h.  The order of the
 * tests is the order of their certainty: same id, same URL, same words,
 * near SimHash.
 */
int
wire_dedup_check(struct wire_dedup *d, const char *id, const struct wire_fp *fp,
    char *first, char *err, size_t errlen)
{
	uint64_t keys[WIRE_DEDUP_MAX_KEYS];
	int found;

	wire_sim_bands(fp->sim, d->distance, keys);
	if ((found = lookup(d, ST_BYID, id, 0, first)) == 1) {
		found = strcmp(first, id) != 0;
		d->ndup += (unsigned long)found;
		return found;
	}
	if (found == 0 && fp->urlh != 0)
		found = lookup(d, ST_BYURL, NULL, fp->urlh, first);
	if (found == 0 && fp->texth != 0)
		found = lookup(d, ST_BYTEXT, NULL, fp->texth, first);
	if (found == 0 && fp->texth != 0)
		found = near(d, keys, fp->sim, first);
	if (found == -1 || remember(d, id, found ? first : id, fp, keys) == -1)
		return db_err(d, "fingerprint store", err, errlen);
	if (found)
		d->ndup++;
	if (++d->pending >= COMMIT_EVERY) {
		d->pending = 0;
		if (exec(d, "COMMIT; BEGIN IMMEDIATE", err, errlen) == -1)
			return -1;
	}
	return found;
}

/* Writes r with "dup_of": first, in place of an earlier mark. */
static int
emit_marked(struct wire_stream *s, const struct wire_record *r,
    const char *first)
{
	struct wire_json w;
	long at = wire_record_index(r, "dup_of");
	size_t k;

	wire_json_begin(&w, &s->out);
	for (k = 0; k < r->n; k++)
		if ((long)k != at)
			wire_json_field(&w, &r->f[k]);
	wire_json_key(&w, "dup_of");
	wire_json_str(&w, first, strlen(first));
	wire_json_end(&w);
	return wire_stream_emit(s);
}

/*
 * Handles one record; see wire/dedup.h.
 */
int
wire_dedup_record(struct wire_stream *s, struct wire_record *r, void *ctx)
{
	struct wire_dedup *d = ctx;
	const struct wire_field *tf = wire_record_get(r, "text");
	const char *text, *url, *idp;
	char id[WIRE_DEDUP_IDMAX], first[WIRE_DEDUP_IDMAX], err[256];
	struct wire_fp fp;
	size_t n, ulen = 0, idlen;
	int rc;

	/* Sentence records and records without text are not documents. */
	if (tf == NULL || tf->type != WIRE_STRING ||
	    wire_record_get(r, "doc") != NULL) {
		s->npassed++;
		return wire_stream_emit_raw(s, r->line, r->len);
	}
	d->text.max = s->max_record;
	if ((text = wire_field_str(tf, &d->text, &n)) == NULL) {
		wire_stream_reject(s, r->line, r->len, "text exceeds %zu bytes",
		    s->max_record);
		return 0;
	}
	url = wire_field_str(wire_record_get(r, "url"), &d->urlb, &ulen);
	idp = wire_field_str(wire_record_get(r, "id"), &d->idb, &idlen);
	if (idp != NULL && idlen > 0) {
		if (idlen >= sizeof(id) || memchr(idp, '\0', idlen) != NULL) {
			wire_stream_reject(s, r->line, r->len,
			    "id longer than %zu bytes or holding NUL", sizeof(id) - 1);
			return 0;
		}
		memcpy(id, idp, idlen);
		id[idlen] = '\0';
	} else
		wire_doc_id(url, ulen, text, n, id);
	wire_fingerprint(text, n, url, ulen, &d->tmp, &fp);
	if ((rc = wire_dedup_check(d, id, &fp, first, err, sizeof(err))) == -1) {
		wire_warn(s->prog, NULL, "%s", err);
		s->fatal = 1;
		return -1;
	}
	if (rc == 0)
		return wire_stream_emit_raw(s, r->line, r->len);
	if (d->drop)
		return 0;
	return emit_marked(s, r, first);
}

/*
 * The number of duplicates found.
 */
unsigned long
wire_dedup_count(const struct wire_dedup *d)
{
	return d->ndup;
}

/*
 * Commits, closes and frees; see wire/dedup.h.
 */
int
wire_dedup_close(struct wire_dedup *d, char *err, size_t errlen)
{
	int i, ret = 0;

	if (d == NULL)
		return 0;
	for (i = 0; i < ST_N; i++)
		sqlite3_finalize(d->st[i]);
	if (d->intx && sqlite3_exec(d->db, "COMMIT", NULL, NULL, NULL) !=
	    SQLITE_OK) {
		if (err != NULL)
			db_err(d, "commit", err, errlen);
		ret = -1;
	}
	if (d->db != NULL && sqlite3_close(d->db) != SQLITE_OK && ret == 0) {
		if (err != NULL)
			snprintf(err, errlen, "closing the fingerprint store failed");
		ret = -1;
	}
	wire_buf_free(&d->text);
	wire_buf_free(&d->tmp);
	wire_buf_free(&d->idb);
	wire_buf_free(&d->urlb);
	free(d);
	return ret;
}
