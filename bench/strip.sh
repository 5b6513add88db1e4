#!/bin/sh
# strip.sh: wire-strip's speed on the development pages, beside Mozilla
# Readability (one Node process, linkedom) and libxml2's bare parse.
# Needs "${WIRE_SHARED:-../shared}"/data/extraction; skipped without it.
# Readability and linkedom are installed with npm into a scratch folder.
cd "$(dirname "$0")/.." || exit 2
shared=${WIRE_SHARED:-../shared}
dir=$shared/data/extraction
if [ ! -f "$dir/evaldata.json" ]; then
	echo "bench/strip: $dir not found (set WIRE_SHARED); skipped"
	exit 0
fi
export WIRE_DATADIR="${WIRE_DATADIR:-$(pwd)/data}"
tmp=${TMPDIR:-/tmp}/wire-bench-strip
mkdir -p "$tmp"
# The pages as JSON lines, decoded as wire-strip would get them from
# wire-fetch (UTF-8 html field).
python3 - "$dir" "$tmp/pages.jsonl" <<'PY'
import gzip, json, sys
d, out = sys.argv[1], sys.argv[2]
truth = json.load(open(d + '/evaldata.json', encoding='utf-8'))
with open(out, 'w', encoding='utf-8') as f:
    for k in sorted(truth):
        raw = gzip.open(d + '/pages/' + truth[k]['file'] + '.gz').read()
        f.write(json.dumps({'url': k, 'html': raw.decode('utf-8', 'replace')}) + '\n')
PY
mb=$(wc -c <"$tmp/pages.jsonl")
t0=$(date +%s.%N)
bin/wire-strip "$tmp/pages.jsonl" >/dev/null
t1=$(date +%s.%N)
echo "$t0 $t1 $mb" | awk '{ s = $2 - $1; printf "wire-strip: 990 pages, %.1f pages/s, %.1f MB/s\n", 990 / s, $3 / s / 1e6 }'
if [ -x build/bench/strip_parse ]; then
	build/bench/strip_parse <"$tmp/pages.jsonl"
fi
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
	if [ ! -d "$tmp/node/node_modules/@mozilla/readability" ]; then
		mkdir -p "$tmp/node"
		(cd "$tmp/node" && npm install --silent --no-audit --no-fund \
		    @mozilla/readability linkedom >/dev/null 2>&1)
	fi
	cat >"$tmp/node/run.js" <<'JS'
const fs = require('fs'), rl = require('readline');
const { Readability } = require('@mozilla/readability');
const { parseHTML } = require('linkedom');
const lines = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const t0 = process.hrtime.bigint(); let bytes = 0;
for (const l of lines) {
  bytes += Buffer.byteLength(l);
  const r = JSON.parse(l);
  try { const { document } = parseHTML(r.html); new Readability(document).parse(); } catch (e) {}
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`Mozilla Readability (linkedom): ${lines.length} pages, ${(lines.length / s).toFixed(1)} pages/s, ${(bytes / s / 1e6).toFixed(1)} MB/s`);
JS
	if [ -d "$tmp/node/node_modules/@mozilla/readability" ]; then
		node "$tmp/node/run.js" "$tmp/pages.jsonl"
	else
		echo "bench/strip: npm install failed; Readability skipped"
	fi
fi
