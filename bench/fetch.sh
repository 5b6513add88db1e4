#!/bin/sh
# fetch.sh: throughput and memory of wire-fetch, run by make bench.
#
# Usage: sh bench/fetch.sh            (from anywhere; it works in the repo)
#
# Environment:
#   PAGES     URLs fetched (default 10000)
#   ROUNDS    timed rounds of wire-fetch and of the peer (default 5)
#   WIRE_BIN  directory of wire-fetch (default bin)
#   WIRE_BENCH  directory of fetch_server and peakrss (default build/bench)
#   TMPDIR    where the scratch directory goes (default /tmp)
#
# Starts build/bench/fetch_server (a one-thread epoll HTTP/1.1 server
# answering every GET with a 2 KB page) on an ephemeral port of 127.0.0.1,
# then, in the same run:
#
#   1. a check: $BIN/wire-fetch over the PAGES URLs, every record read
#      back for its fields (id, url, final_url, status 200, fetched_at,
#      content_type, charset, etag, last_modified, html)
#   2. ROUNDS rounds, each timing in turn
#      - $BIN/wire-fetch --parallel 16 --host-conns 16 over the PAGES URLs,
#        records to /dev/null, pages counted by --stats
#      - the peer, `xargs -P 16 curl -s -o /dev/null` with xargs' default
#        batching: as many URLs a curl as fit in its 128 KB command
#        buffer, so for 10000 URLs only a few curls (the count is
#        printed), each over one kept-alive connection
#      The best round of each is reported, with the ratio of the two
#      bests; the machine is shared, so the load average is printed too.
#   3. two more peers, one run each: -n 1, one curl process a URL, timed
#      over the first 1000 URLs; -n 100, each curl fetching 100 URLs over
#      one kept-alive connection
#   4. wire-fetch over 4 x PAGES URLs: peak memory again, to show it flat
#
# Besides pages/s, each line gives CPU time a page (user + system, of the
# command and of the server while it ran, the least of the rounds): on a
# machine shared by client, server and others, that is what bounds pages/s.
# A peer's peak memory is ru_maxrss: its largest single process, not the
# sum of the curls running at once.
#
# Targets: >= 2000 pages/s, >= 5x the peer, the 4x peak within 1.25x.  No
# figure is asserted: the status is 0 unless a step could not run.
set -u

cd "$(dirname "$0")/.." || exit 2

PAGES=${PAGES:-10000}
ROUNDS=${ROUNDS:-5}
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

# srvcpu: the server's CPU time so far, in clock ticks (0 without /proc).
srvcpu()
{
	awk '{ print $14 + $15 }' "/proc/$srv/stat" 2>/dev/null || echo 0
}
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)

# timed TAG CMD...: runs CMD under peakrss into $tmp/TAG.rss, and appends
# the server's CPU seconds over the run to that line.
timed()
{
	tag=$1
	shift
	s0=$(srvcpu)
	"$BENCH/peakrss" -o "$tmp/$tag.rss" "$@"
	s1=$(srvcpu)
	awk -v t="$((s1 - s0))" -v hz="$hz" '{ printf "%s srv_s %.3f\n", $0, t / hz }' \
	    "$tmp/$tag.rss" >"$tmp/$tag.rss2" && mv "$tmp/$tag.rss2" "$tmp/$tag.rss"
}

# peer TAG NFLAG URLS: times xargs -P 16 $NFLAG curl over the URLs in URLS
# (NFLAG empty: xargs' default batching) and leaves in $tmp/TAG.out the
# HTTP code of each transfer.  The -w option only counts the pages; the
# bodies go to /dev/null.
peer()
{
	timed "$1" sh -c \
	    "xargs -P 16 $2 curl -s -o /dev/null -w '%{stderr}%{http_code}\n' \
	    <'$3' >/dev/null 2>'$tmp/$1.out'"
}

# ok FILE: the pages curl got.  The server answers 200 or not at all (000),
# and curls writing at once interleave the bytes of their codes, so lines
# cannot be counted: each 2 is one page.
ok()
{
	tr -cd 2 <"$1" | wc -c
}

# wfok FILE: the pages wire-fetch got, from its --stats line.
wfok()
{
	sed -n 's/.*stats: \([0-9]*\) fetched.*/\1/p' "$1"
}

# rowline TAG PAGESOK: "pages/s cpu_us_a_page srv_us_a_page rss_kb" of a run.
rowline()
{
	awk -v ok="$2" '{
		for (i = 1; i < NF; i++) v[$i] = $(i + 1)
		r = v["wall_s"] > 0 ? ok / v["wall_s"] : 0
		printf "%.0f %.1f %.1f %d\n", r, (ok > 0 ? (v["user_s"] + v["sys_s"]) * 1e6 / ok : 0),
		    (ok > 0 ? v["srv_s"] * 1e6 / ok : 0), v["maxrss_kb"]
	}' "$tmp/$1.rss"
}

echo "fetch.sh: $PAGES pages from $base, $ROUNDS rounds"
load0=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null)

# 1. Every record complete and correct, not only counted.
"$BIN/wire-fetch" --parallel 16 --host-conns 16 "$tmp/urls" >"$tmp/wf.out" 2>"$tmp/wf.err"
wf_good=$(awk '
	index($0, "{\"id\":\"") == 1 && index($0, "\"url\":\"http") &&
	index($0, "\"final_url\":\"http") && index($0, "\"status\":200,") &&
	index($0, "\"fetched_at\":\"") && index($0, "\"content_type\":\"text/html\"") &&
	index($0, "\"charset\":\"utf-8\"") && index($0, "\"etag\":") &&
	index($0, "\"last_modified\":") &&
	index($0, "Paragraph 39 of a news report.</p></article></body></html>\"}") { n++ }
	END { print n + 0 }' "$tmp/wf.out")
wf_ids=$(sed 's/^{"id":"\([0-9a-f]*\)".*/\1/' "$tmp/wf.out" | sort -u | wc -l)
rm -f "$tmp/wf.out"

# 2. Rounds, wire-fetch and the peer in turn; the best of each is kept.
# Default batching packs as many URLs into a curl as fit in xargs' 128 KB
# command buffer; echo counts the batches (its name is as long as curl's).
batches=$(xargs echo -s -o /dev/null -w '%{stderr}%{http_code}\n' <"$tmp/urls" | wc -l)
: >"$tmp/wf.rows"
: >"$tmp/cud.rows"
r=1
while [ $r -le "$ROUNDS" ]; do
	timed wf "$BIN/wire-fetch" --stats --parallel 16 --host-conns 16 "$tmp/urls" \
	    >/dev/null 2>"$tmp/wf.err"
	echo "$(rowline wf "$(wfok "$tmp/wf.err")") $(wfok "$tmp/wf.err")" >>"$tmp/wf.rows"
	peer cud "" "$tmp/urls"
	echo "$(rowline cud "$(ok "$tmp/cud.out")") $(ok "$tmp/cud.out")" >>"$tmp/cud.rows"
	r=$((r + 1))
done

# 3. The other peers, once each.
head -n 1000 "$tmp/urls" >"$tmp/urls1k"
peer cu1 "-n 1" "$tmp/urls1k"
cu1_row="$(rowline cu1 "$(ok "$tmp/cu1.out")") $(ok "$tmp/cu1.out")"
peer cu "-n 100" "$tmp/urls"
cu_row="$(rowline cu "$(ok "$tmp/cu.out")") $(ok "$tmp/cu.out")"

# 4. Memory over four times the URLs.
timed wf4 "$BIN/wire-fetch" --stats --parallel 16 --host-conns 16 "$tmp/urls4" \
    >/dev/null 2>"$tmp/wf4.err"
wf4_row="$(rowline wf4 "$(wfok "$tmp/wf4.err")") $(wfok "$tmp/wf4.err")"
load1=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null)

# best FILE: "pages/s cpu srv rss ok" of the fastest round, the least cpu
# and server cpu of any round, and the rounds' pages/s.
best()
{
	awk '{
		if (NR == 1 || $1 > r) { r = $1; rss = $4; ok = $5 }
		if (NR == 1 || $2 < c) c = $2
		if (NR == 1 || $3 < s) s = $3
		all = all (NR > 1 ? "," : "") $1
	} END { print r, c, s, rss, ok, all }' "$1"
}

awk -v n="$PAGES" -v nb="$batches" -v good="$wf_good" -v ids="$wf_ids" \
    -v wf="$(best "$tmp/wf.rows")" -v cud="$(best "$tmp/cud.rows")" \
    -v cu1="$cu1_row" -v cu="$cu_row" -v wf4="$wf4_row" \
    -v load0="$load0" -v load1="$load1" -v rounds="$ROUNDS" '
function times(a, b) { return b > 0 ? sprintf("%.1fx", a / b) : "-" }
function row(name, s, ratio,    f) {
	split(s, f, " ")
	printf "%-42s %8d %8.0f %8.1f %8.1f %10d %8s\n", name, f[5], f[1], f[2], f[3],
	    f[4], ratio
}
BEGIN {
	split(wf, w, " "); split(cud, d, " "); split(cu1, o, " "); split(cu, c, " ")
	split(wf4, w4, " ")
	printf "%-42s %8s %8s %8s %8s %10s %8s\n", "", "pages ok", "pages/s",
	    "cpu us/p", "srv us/p", "peak KB", "wf ratio"
	row("wire-fetch --parallel 16 (best round)", wf, "")
	row(sprintf("xargs -P 16 curl (default: %d batches)", nb), cud,
	    times(w[1], d[1]))
	row("xargs -P 16 -n 1 curl (first 1000 URLs)", cu1, times(w[1], o[1]))
	row("xargs -P 16 -n 100 curl", cu, times(w[1], c[1]))
	row("wire-fetch, 4x the URLs", wf4, "")
	printf "rounds (pages/s): wire-fetch %s; default peer %s\n", w[6], d[6]
	printf "check: %d of %d records complete with status 200, %d distinct ids\n",
	    good, n, ids
	printf "default batching: %d URLs in %d curl processes, so %d run at once, " \
	    "not 16\n", n, nb, (nb < 16 ? nb : 16)
	printf "-n 1 is timed over 1000 URLs (one curl process each); " \
	    "its pages/s is per that slice\n"
	printf "cpu us/p: user + system of the command a page; srv us/p: the " \
	    "server'"'"'s, during it\n"
	printf "load average: %s at the start, %s at the end\n", load0, load1
	printf "throughput: %.0f pages/s (target >= 2000): %s\n", w[1],
	    (w[1] >= 2000 ? "met" : "NOT met")
	printf "vs peer (target >= 5x): %s default, %s -n 1, %s -n 100; " \
	    "cpu a page %s less than the default peer\n",
	    times(w[1], d[1]), times(w[1], o[1]), times(w[1], c[1]), times(d[2], w[2])
	printf "memory: %d KB for %d URLs, %d KB for %d (target within 1.25x): %s\n",
	    w[4], n, w4[4], 4 * n, (w4[4] <= w[4] * 1.25 ? "met" : "NOT met")
}'
