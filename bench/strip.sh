#!/bin/sh
# strip.sh: wire-strip's speed and memory on the development pages, beside
# libxml2's bare parse and Mozilla Readability, all in the same run.
#
# Usage: sh bench/strip.sh                 (programs of make, in bin)
#        O=/tmp/out sh bench/strip.sh      (programs of make O=/tmp/out)
#
# Environment:
#   O            the make output root (default .); its bin/wire-strip and
#                build/bench/strip_parse and peakrss are used, built when
#                missing
#   WIRE_BIN     where wire-strip is (default $O/bin)
#   ROUNDS       runs of each program; the best is kept (default 3)
#   WIRE_SHARED  the shared data directory (default ../shared); without
#                its data/extraction the bench says so and exits 0
#   TMPDIR       where the scratch folder goes (default /tmp)
#
# The 990 pages of data/extraction become one JSON-lines stream of
# {"url","html"} records (UTF-8, as wire-fetch hands them on).  Then:
#
#   1. wire-strip on the stream, ROUNDS times under peakrss: pages/s and
#      MB/s of wall-clock and of CPU time (user + system, one core), peak
#      resident memory; then the stream three times over through a pipe,
#      whose peak should match the single one (memory stays flat);
#   2. libxml2's bare parse of the same pages, decoded beforehand (parse
#      to a tree and free it: the floor a DOM-based extractor pays), also
#      with the decoding wire-strip does too (JSON, UTF-8) added, and
#      wire-strip's own parser without and with its pre-pass, all in CPU
#      time (build/bench/strip_parse), and the pre-pass check: both
#      parsers must give the same tree for every page;
#   3. Mozilla Readability (linkedom) over the same pages in one Node
#      process, ROUNDS passes, the best kept; @mozilla/readability and
#      linkedom are installed with npm into the scratch folder;
#
# then the ratios and the load average.  The machine may be shared:
# compare the figures of one run, and CPU time rather than wall-clock when
# the load is high.  Nothing is asserted: the status is 0 unless a step
# could not run.
cd "$(dirname "$0")/.." || exit 2
O=${O:-.}
bin=${WIRE_BIN:-$O/bin}
ROUNDS=${ROUNDS:-3}
shared=${WIRE_SHARED:-../shared}
dir=$shared/data/extraction
if [ ! -f "$dir/evaldata.json" ]; then
	echo "bench/strip: $dir not found (set WIRE_SHARED); skipped"
	exit 0
fi
export WIRE_DATADIR="${WIRE_DATADIR:-$(pwd)/data}"
parse=$O/build/bench/strip_parse
peakrss=$O/build/bench/peakrss
# always: a program built before the last change would time the old code
make --no-print-directory -s O="$O" all "$parse" "$peakrss" >&2 || exit 2
tmp=${TMPDIR:-/tmp}/wire-bench-strip
mkdir -p "$tmp"
echo "load: $(uptime | sed 's/.*load average/load average/')"
# The pages as JSON lines, decoded as wire-strip would get them from
# wire-fetch (UTF-8 html field).
python3 - "$dir" "$tmp/pages.jsonl" <<'PY' || exit 2
import gzip, json, sys
d, out = sys.argv[1], sys.argv[2]
truth = json.load(open(d + '/evaldata.json', encoding='utf-8'))
with open(out, 'w', encoding='utf-8') as f:
    for k in sorted(truth):
        raw = gzip.open(d + '/pages/' + truth[k]['file'] + '.gz').read()
        f.write(json.dumps({'url': k, 'html': raw.decode('utf-8', 'replace')}) + '\n')
PY
pages=$(wc -l <"$tmp/pages.jsonl")
bytes=$(wc -c <"$tmp/pages.jsonl")

# 1. wire-strip: best wall and best CPU of ROUNDS runs, largest peak.
: >"$tmp/strip.rss"
r=0
while [ "$r" -lt "$ROUNDS" ]; do
	"$peakrss" -o "$tmp/one.rss" "$bin/wire-strip" "$tmp/pages.jsonl" \
	    >/dev/null || { echo "bench/strip: wire-strip failed" >&2; exit 2; }
	cat "$tmp/one.rss" >>"$tmp/strip.rss"
	r=$((r + 1))
done
awk -v p="$pages" -v b="$bytes" '
	{ w = $5; c = $7 + $9; if (NR == 1 || w < bw) bw = w
	  if (NR == 1 || c < bc) bc = c; if ($3 > rss) rss = $3 }
	END {
		printf "wire-strip: %d pages, %.1f pages/s, %.1f MB/s wall-clock; " \
		    "%.1f pages/s, %.1f MB/s CPU time; peak RSS %.1f MB\n",
		    p, p / bw, b / bw / 1e6, p / bc, b / bc / 1e6, rss / 1024
		printf "%f %f\n", p / bw, p / bc > "/dev/stderr"
	}' "$tmp/strip.rss" 2>"$tmp/strip.rate"
cat "$tmp/pages.jsonl" "$tmp/pages.jsonl" "$tmp/pages.jsonl" |
    "$peakrss" -o "$tmp/three.rss" "$bin/wire-strip" >/dev/null
awk -v p="$pages" '{ printf "wire-strip: the stream three times (%d pages): " \
    "peak RSS %.1f MB\n", 3 * p, $3 / 1024 }' "$tmp/three.rss"

# 2. The parsers, and the pre-pass check.
"$parse" -r "$ROUNDS" <"$tmp/pages.jsonl" | tee "$tmp/parse.out"
"$parse" -c <"$tmp/pages.jsonl" | tail -n 1

# 3. Mozilla Readability.
rate_node=
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
	if [ ! -d "$tmp/node/node_modules/@mozilla/readability" ]; then
		mkdir -p "$tmp/node"
		(cd "$tmp/node" && npm install --silent --no-audit --no-fund \
		    @mozilla/readability linkedom >/dev/null 2>&1)
	fi
	cat >"$tmp/node/run.js" <<'JS'
const fs = require('fs');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const rounds = Number(process.argv[3]) || 1;
let bytes = 0, wall = Infinity, cpu = Infinity;
for (const l of lines) bytes += Buffer.byteLength(l);
for (let r = 0; r < rounds; r++) {
  const t0 = process.hrtime.bigint(), c0 = process.cpuUsage();
  for (const l of lines) {
    const rec = JSON.parse(l);
    try { const { document } = parseHTML(rec.html); new Readability(document).parse(); } catch (e) {}
  }
  const c = process.cpuUsage(c0);
  wall = Math.min(wall, Number(process.hrtime.bigint() - t0) / 1e9);
  cpu = Math.min(cpu, (c.user + c.system) / 1e6);
}
const n = lines.length;
console.log(`Mozilla Readability (linkedom): ${n} pages, ${(n / wall).toFixed(1)} pages/s, ` +
  `${(bytes / wall / 1e6).toFixed(1)} MB/s wall-clock; ${(n / cpu).toFixed(1)} pages/s, ` +
  `${(bytes / cpu / 1e6).toFixed(1)} MB/s CPU time`);
console.error(`${n / wall} ${n / cpu}`);
JS
	if [ -d "$tmp/node/node_modules/@mozilla/readability" ]; then
		node "$tmp/node/run.js" "$tmp/pages.jsonl" "$ROUNDS" \
		    2>"$tmp/node.rate" && rate_node=$(cat "$tmp/node.rate")
	else
		echo "bench/strip: npm install failed; Readability skipped"
	fi
fi

# Ratios, from the figures above.
read -r wall_strip cpu_strip <"$tmp/strip.rate"
cpu_bare=$(awk '/^libxml2 bare parse \(/ { print $(NF - 5) }' "$tmp/parse.out")
cpu_dec=$(awk '/^libxml2 bare parse, decoding/ { print $(NF - 5) }' "$tmp/parse.out")
echo "$wall_strip $cpu_strip $cpu_bare $cpu_dec $rate_node" | awk '{
	printf "wire-strip, CPU time: %.0f pages/s (target >= 300); %.2f times " \
	    "libxml2'"'"'s bare parse, %.2f times with decoding (target > 1)\n",
	    $2, $2 / $3, $2 / $4
	if (NF >= 6)
		printf "wire-strip against Readability: %.1f times wall-clock, " \
		    "%.1f times CPU time (target >= 10)\n", $1 / $5, $2 / $6
}'
echo "load: $(uptime | sed 's/.*load average/load average/')"
