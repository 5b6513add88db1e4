#!/bin/sh
# eval-strip.sh: scores wire-strip on the development pages with their
# scorer (text F1), and the metadata (title, date, author) with the same
# rules, from the repository root.  The pages live in
# "${WIRE_SHARED:-../shared}"/data/extraction; without them it says so and
# exits 0.
cd "$(dirname "$0")/.." || exit 2
shared=${WIRE_SHARED:-../shared}
dir=$shared/data/extraction
if [ ! -f "$dir/score.py" ]; then
	echo "eval-strip: $dir not found (set WIRE_SHARED); skipped"
	exit 0
fi
export WIRE_DATADIR="${WIRE_DATADIR:-$(pwd)/data}"
echo "eval-strip: text (score.py), all 990 pages:"
python3 "$dir/score.py" --cmd 'bin/wire-strip --raw | jq -r .text' \
    --jobs "${JOBS:-2}" --worst "${WORST:-20}" || exit 1
echo "eval-strip: metadata (title exact, date YYYY-MM-DD, author contained):"
python3 - "$dir" <<'PY'
import gzip, json, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
d = sys.argv[1]
truth = json.load(open(d + '/evaldata.json', encoding='utf-8'))
def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()
def run(k):
    html = gzip.open(d + '/pages/' + truth[k]['file'] + '.gz').read()
    out = subprocess.run(['bin/wire-strip', '--raw'], input=html,
                         stdout=subprocess.PIPE).stdout.decode('utf-8', 'replace')
    try:
        return json.loads(out.split('\n', 1)[0])
    except (ValueError, IndexError):
        return {}
keys = sorted(truth)
with ThreadPoolExecutor(2) as ex:
    recs = dict(zip(keys, ex.map(run, keys)))
m = {'title': [0, 0], 'date': [0, 0], 'author': [0, 0]}
for k in keys:
    g, r = truth[k], recs[k]
    if g.get('title'):
        m['title'][1] += 1
        m['title'][0] += norm(r.get('title')) == norm(g['title'])
    if g.get('date'):
        m['date'][1] += 1
        m['date'][0] += str(r.get('published') or '')[:10] == g['date'][:10]
    if g.get('author'):
        gold = g['author']
        gold = ' '.join(gold) if isinstance(gold, list) else gold
        m['author'][1] += 1
        m['author'][0] += any(str(x).casefold() in gold.casefold()
                              for x in r.get('authors') or [] if x)
print('  ' + '  '.join('%s %d/%d (%.1f%%)' % (n, c[0], c[1], 100. * c[0] / max(1, c[1]))
                       for n, c in m.items()))
PY
