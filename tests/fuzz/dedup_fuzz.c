/*
 * dedup_fuzz.c: libFuzzer target for the fingerprints of wire-dedup and
 * the record walker of wire-load (nested entities and dates arrays, typed
 * fields), loading into an in-memory SQLite database.  Near keys must
 * always share a band, and a record must load or be rejected, never
 * crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/cli.h"
#include "wire/dedup.h"
#include "wire/load.h"
#include "wire/record.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t k1[WIRE_DEDUP_MAX_KEYS], k2[WIRE_DEDUP_MAX_KEYS];
	struct wire_buf tmp = { 0 };
	struct wire_record r = { 0 };
	struct wire_stream s;
	struct wire_load *l;
	struct wire_fp fp;
	char why[256], err[256];
	int d, i, n, shared;

	wire_fingerprint((const char *)data, size, (const char *)data,
	    size < 200 ? size : 200, &tmp, &fp);
	wire_buf_free(&tmp);
	d = size > 0 ? data[0] % (WIRE_DEDUP_MAX_DISTANCE + 1) : 3;
	n = wire_sim_bands(fp.sim, d, k1);
	wire_sim_bands(fp.sim ^ (UINT64_C(1) << (size % 64)), d, k2);
	for (shared = 0, i = 0; i < n; i++)
		shared += k1[i] == k2[i];
	if (n != wire_sim_nkeys(d) || (d > 0 && shared == 0))
		abort();

	if (wire_record_parse(&r, (const char *)data, size, why,
	    sizeof(why)) == 0) {
		if ((l = wire_load_open(":memory:", 2, err, sizeof(err))) == NULL)
			abort();
		wire_stream_init(&s, "dedup_fuzz", NULL);
		wire_load_record(&s, &r, l);
		wire_load_record(&s, &r, l);
		if (s.fatal || wire_load_close(l, 1, err, sizeof(err)) == -1)
			abort();
	}
	wire_record_free(&r);
	return 0;
}
