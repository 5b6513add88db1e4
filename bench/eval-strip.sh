#!/bin/sh
# eval-strip.sh: scores wire-strip on the development pages with their
# scorer (text F1, and the 20 worst pages), then text F1 by the scorer's
# rule and the metadata (title, date, author) with the same rules as its
# --meta, on all pages and on the halves at even and odd places of the
# sorted keys (a change that helps one half only is tuned to its pages).
# Run from anywhere; WIRE_BIN is where wire-strip is (default bin).  The
# pages live in "${WIRE_SHARED:-../shared}"/data/extraction; without them
# it says so and exits 0.
cd "$(dirname "$0")/.." || exit 2
shared=${WIRE_SHARED:-../shared}
dir=$shared/data/extraction
if [ ! -f "$dir/score.py" ]; then
	echo "eval-strip: $dir not found (set WIRE_SHARED); skipped"
	exit 0
fi
export WIRE_DATADIR="${WIRE_DATADIR:-$(pwd)/data}"
bin=${WIRE_BIN:-bin}
if [ ! -x "$bin/wire-strip" ]; then
	echo "eval-strip: $bin/wire-strip is missing (make, or set WIRE_BIN)" >&2
	exit 2
fi
echo "eval-strip: text (score.py), all 990 pages:"
python3 "$dir/score.py" --cmd "'$bin/wire-strip' --raw | jq -r .text" \
    --jobs "${JOBS:-2}" --worst "${WORST:-20}" || exit 1
echo "eval-strip: text F1 by the scorer's rule, and metadata (title exact," \
    "date YYYY-MM-DD, author contained), on all pages and on the halves at" \
    "even and odd places of the sorted keys:"
python3 - "$dir" "$bin/wire-strip" <<'PY'
import gzip, json, sys
from concurrent.futures import ThreadPoolExecutor
import subprocess
d, prog = sys.argv[1], sys.argv[2]
sys.dont_write_bytecode = True  # nothing written beside the shared data
sys.path.insert(0, d)
from score import norm_ws as norm
truth = json.load(open(d + '/evaldata.json', encoding='utf-8'))
def run(k):
    html = gzip.open(d + '/pages/' + truth[k]['file'] + '.gz').read()
    out = subprocess.run([prog, '--raw'], input=html,
                         stdout=subprocess.PIPE).stdout.decode('utf-8', 'replace')
    try:
        return json.loads(out.split('\n', 1)[0])
    except (ValueError, IndexError):
        return {}
keys = sorted(truth)
with ThreadPoolExecutor(2) as ex:
    recs = dict(zip(keys, ex.map(run, keys)))
def figures(sel):
    m = {'title': [0, 0], 'date': [0, 0], 'author': [0, 0]}
    tp = fp = fn = 0
    for k in sel:
        g, r = truth[k], recs[k]
        text = norm(r.get('text') or '')
        t = sum(1 for w in g['with'] if norm(w) in text)
        tp += t
        fn += len(g['with']) - t
        fp += sum(1 for w in g['without'] if norm(w) in text)
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
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.
    return ('F1 %.3f  ' % f1) + '  '.join(
        '%s %d/%d (%.1f%%)' % (n, c[0], c[1], 100. * c[0] / max(1, c[1]))
        for n, c in m.items())
for name, sel in (('all', keys), ('even', keys[0::2]), ('odd', keys[1::2])):
    print('  %-5s %s' % (name, figures(sel)))
PY
