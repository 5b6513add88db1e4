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
#   2. the peer: xargs -P 16 -n 100 curl over the same URLs (each curl
#      fetches 100 URLs over one kept-alive connection): pages/s and peak
#      memory
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

"$BENCH/peakrss" -o "$tmp/cu.rss" sh -c \
    "xargs -P 16 -n 100 curl -s -w '%{stderr}%{http_code}\n' <'$tmp/urls' \
    >/dev/null 2>'$tmp/cu.out'"
cu_ok=$(grep -c '^200$' "$tmp/cu.out")
cu_s=$(field wall_s "$tmp/cu.rss")
cu_kb=$(field maxrss_kb "$tmp/cu.rss")

"$BENCH/peakrss" -o "$tmp/wf4.rss" "$BIN/wire-fetch" --parallel 16 --host-conns 16 \
    "$tmp/urls4" >/dev/null 2>"$tmp/wf4.err"
wf4_kb=$(field maxrss_kb "$tmp/wf4.rss")
wf4_s=$(field wall_s "$tmp/wf4.rss")

awk -v n="$PAGES" -v wok="$wf_ok" -v ws="$wf_s" -v wkb="$wf_kb" \
    -v cok="$cu_ok" -v cs="$cu_s" -v ckb="$cu_kb" -v w4kb="$wf4_kb" -v w4s="$wf4_s" 'BEGIN {
	wr = 0; cr = 0; w4r = 0; ratio = 0
	if (ws > 0) wr = wok / ws
	if (cs > 0) cr = cok / cs
	if (w4s > 0) w4r = 4 * n / w4s
	if (cr > 0) ratio = wr / cr
	met = "NOT met"; if (wr >= 2000) met = "met"
	peer = "NOT met"; if (ratio >= 5) peer = "met"
	flat = "NOT met"; if (w4kb <= wkb * 1.25) flat = "met"
	printf "%-34s %10s %10s %12s\n", "", "pages ok", "pages/s", "peak RSS KB"
	printf "%-34s %10d %10.0f %12d\n", "wire-fetch (16 parallel)", wok, wr, wkb
	printf "%-34s %10d %10.0f %12d\n", "xargs -P 16 -n 100 curl", cok, cr, ckb
	printf "%-34s %10d %10.0f %12d\n", "wire-fetch, 4x the URLs", 4 * n, w4r, w4kb
	printf "throughput: %.0f pages/s (target >= 2000): %s\n", wr, met
	printf "vs peer: %.1fx (target >= 5x): %s\n", ratio, peer
	printf "memory: %d KB for %d URLs, %d KB for %d (target within 1.25x): %s\n", wkb, n, w4kb, 4 * n, flat
}'
