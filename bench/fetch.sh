#!/bin/sh
# fetch.sh: throughput and memory of wire-fetch, run by make bench.
#
# Usage: sh bench/fetch.sh            (from anywhere; it works in the repo)
#
# Environment:
#   PAGES     URLs fetched (default 10000)
#   WIRE_BIN  directory of wire-fetch (default bin)
#   WIRE_BENCH  directory of fetch_server and peakrss (default build/bench)
#   TMPDIR    where the scratch directory goes (default /tmp)
#
# Starts build/bench/fetch_server (a one-thread epoll HTTP/1.1 server
# answering every GET with a 2 KB page) on an ephemeral port of 127.0.0.1,
# then, in the same run:
#
#   1. $BIN/wire-fetch --parallel 16 --host-conns 16 over PAGES distinct
#      URLs: pages/s and peak resident memory
#   2. the peer, `xargs -P 16 curl -s -o /dev/null`, three ways, each with
#      pages/s, peak memory and wire-fetch's ratio to it:
#      - as written, with xargs' default batching: as many URLs a curl as
#        fit in its 128 KB command buffer, so for 10000 URLs only a few
#        curls (the count is printed), each over one kept-alive connection
#      - -n 1, one curl process a URL, timed over the first 1000 URLs
#      - -n 100, each curl fetching 100 URLs over one kept-alive connection
#      A peer's peak memory is ru_maxrss: its largest single process, not
#      the sum of the curls running at once.
#   3. wire-fetch over 4 x PAGES URLs: peak memory again, to show it flat
#
# Targets: >= 2000 pages/s, >= 5x the peer, the 4x peak within 1.25x.  No
# figure is asserted: the status is 0 unless a step could not run.
set -u

cd "$(dirname "$0")/.." || exit 2

PAGES=${PAGES:-10000}
BIN=${WIRE_BIN:-bin}
BENCH=${WIRE_BENCH:-build/bench}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/wire-bench-fetch.XXXXXX") || exit 2
srv=
cleanup()
{
	[ -n "$srv" ] && kill "$srv" 2>/dev/null
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 2' HUP INT TERM

for b in $BIN/wire-fetch $BENCH/fetch_server $BENCH/peakrss; do
	if [ ! -x "$b" ]; then
		echo "fetch.sh: $b is missing (make all benches)" >&2
		exit 2
	fi
done
command -v curl >/dev/null 2>&1 || { echo "fetch.sh: curl is needed" >&2; exit 2; }

"$BENCH/fetch_server" "$tmp/port" &
srv=$!
i=0
while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
port=$(cat "$tmp/port")
base="http://127.0.0.1:$port"

awk -v n="$PAGES" -v b="$base" 'BEGIN { for (i = 1; i <= n; i++) print b "/news/" i ".html" }' \
    >"$tmp/urls"
awk -v n="$((PAGES * 4))" -v b="$base" 'BEGIN { for (i = 1; i <= n; i++) print b "/news/" i ".html" }' \
    >"$tmp/urls4"

# field NAME FILE: a number from a peakrss line.
field()
{
	awk -v k="$1" '{ for (i = 1; i < NF; i++) if ($i == k) print $(i + 1) }' "$2"
}

echo "fetch.sh: $PAGES pages from $base"

"$BENCH/peakrss" -o "$tmp/wf.rss" "$BIN/wire-fetch" --parallel 16 --host-conns 16 \
    "$tmp/urls" >"$tmp/wf.out" 2>"$tmp/wf.err"
wf_n=$(wc -l <"$tmp/wf.out")
wf_ok=$(grep -c '"status":200' "$tmp/wf.out")
wf_s=$(field wall_s "$tmp/wf.rss")
wf_kb=$(field maxrss_kb "$tmp/wf.rss")

# peer TAG NFLAG URLS: runs xargs -P 16 $NFLAG curl over the URLs in URLS
# (NFLAG empty: xargs' default batching) and leaves in $tmp/TAG.rss the
# peakrss line and in $tmp/TAG.out the HTTP code of each transfer.  The -w
# option only counts the pages; the bodies go to /dev/null.
peer()
{
	"$BENCH/peakrss" -o "$tmp/$1.rss" sh -c \
	    "xargs -P 16 $2 curl -s -o /dev/null -w '%{stderr}%{http_code}\n' \
	    <'$3' >/dev/null 2>'$tmp/$1.out'"
}

# Default batching packs as many URLs into a curl as fit in xargs' 128 KB
# command buffer; echo counts the batches (its name is as long as curl's).
batches=$(xargs echo -s -o /dev/null -w '%{stderr}%{http_code}\n' <"$tmp/urls" | wc -l)
peer cud "" "$tmp/urls"
head -n 1000 "$tmp/urls" >"$tmp/urls1k"
peer cu1 "-n 1" "$tmp/urls1k"
peer cu "-n 100" "$tmp/urls"
# ok FILE: the pages curl got.  The server answers 200 or not at all (000),
# and curls writing at once interleave the bytes of their codes, so lines
# cannot be counted: each 2 is one page.
ok()
{
	tr -cd 2 <"$1" | wc -c
}

cud_ok=$(ok "$tmp/cud.out")
cud_s=$(field wall_s "$tmp/cud.rss")
cud_kb=$(field maxrss_kb "$tmp/cud.rss")
cu1_ok=$(ok "$tmp/cu1.out")
cu1_s=$(field wall_s "$tmp/cu1.rss")
cu1_kb=$(field maxrss_kb "$tmp/cu1.rss")
cu_ok=$(ok "$tmp/cu.out")
cu_s=$(field wall_s "$tmp/cu.rss")
cu_kb=$(field maxrss_kb "$tmp/cu.rss")

"$BENCH/peakrss" -o "$tmp/wf4.rss" "$BIN/wire-fetch" --parallel 16 --host-conns 16 \
    "$tmp/urls4" >/dev/null 2>"$tmp/wf4.err"
wf4_kb=$(field maxrss_kb "$tmp/wf4.rss")
wf4_s=$(field wall_s "$tmp/wf4.rss")

awk -v n="$PAGES" -v wok="$wf_ok" -v ws="$wf_s" -v wkb="$wf_kb" \
    -v dok="$cud_ok" -v ds="$cud_s" -v dkb="$cud_kb" -v nb="$batches" \
    -v ook="$cu1_ok" -v os="$cu1_s" -v okb="$cu1_kb" \
    -v cok="$cu_ok" -v cs="$cu_s" -v ckb="$cu_kb" -v w4kb="$wf4_kb" -v w4s="$wf4_s" '
function rate(ok, s) { return s > 0 ? ok / s : 0 }
function times(a, b) { return b > 0 ? sprintf("%.1fx", a / b) : "-" }
BEGIN {
	wr = rate(wok, ws); dr = rate(dok, ds); or1 = rate(ook, os); cr = rate(cok, cs)
	w4r = rate(4 * n, w4s)
	met = "NOT met"; if (wr >= 2000) met = "met"
	flat = "NOT met"; if (w4kb <= wkb * 1.25) flat = "met"
	printf "%-46s %8s %8s %12s %10s\n", "", "pages ok", "pages/s", "peak RSS KB",
	    "wire-fetch"
	printf "%-46s %8d %8.0f %12d\n", "wire-fetch --parallel 16", wok, wr, wkb
	printf "%-46s %8d %8.0f %12d %10s\n",
	    sprintf("xargs -P 16 curl (default: %d batches)", nb), dok, dr, dkb,
	    times(wr, dr)
	printf "%-46s %8d %8.0f %12d %10s\n", "xargs -P 16 -n 1 curl (first 1000 URLs)",
	    ook, or1, okb, times(wr, or1)
	printf "%-46s %8d %8.0f %12d %10s\n", "xargs -P 16 -n 100 curl", cok, cr, ckb,
	    times(wr, cr)
	printf "%-46s %8d %8.0f %12d\n", "wire-fetch, 4x the URLs", 4 * n, w4r, w4kb
	printf "default batching: %d URLs in %d curl processes, so %d run at once, " \
	    "not 16\n", n, nb, nb < 16 ? nb : 16
	printf "-n 1 is timed over 1000 URLs (one curl process each); " \
	    "its pages/s is per that slice\n"
	printf "a peer peak RSS is that of its largest process (ru_maxrss), " \
	    "not the sum of the curls at once\n"
	printf "throughput: %.0f pages/s (target >= 2000): %s\n", wr, met
	printf "vs peer (target >= 5x): %s default, %s -n 1, %s -n 100\n",
	    times(wr, dr), times(wr, or1), times(wr, cr)
	printf "memory: %d KB for %d URLs, %d KB for %d (target within 1.25x): %s\n",
	    wkb, n, w4kb, 4 * n, flat
}'
