#!/usr/bin/env python3
"""Train wire-strip's block classifier on the development pages.

Usage (from the repository root, after make):
    python3 scripts/train-strip.py [--shared ../shared] [--out data/strip/weights.txt]

The shipped weights come from '--fold all --threshold 0.55'; '--fold even'
and '--fold odd' give the held-out figures of the method.  WIRE_DATADIR
must name the data directory (the blocks' phrase and class evidence).

Each page of $SHARED/data/extraction is run through 'bin/wire-strip --raw
--features', which prints one line per block: the block's current decision,
its features and its text.  A block that contains a gold 'with' snippet is
labelled article text, one that contains a 'without' snippet boilerplate;
the others are not used.  Pages are split by their position in the sorted
list of URLs: even positions train, odd positions are held out.  A logistic
regression (Newton's method, L2 penalty) is fitted on the training half and
its weights written.  A second pass is then fitted the same way: the
pages are run again with the new weights, and each block's context
features (the first pass's score of it and of its neighbours, where it
lies against the text the first pass kept) get their own weights, written
after a 'context' line.  The held-out half is then extracted with the new
weights and scored with the development set's metric (snippets found over
all pages), which is the figure to report.  Standard library only.
"""
import argparse
import difflib
import gzip
import json
import math
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

NFEAT = 34
NCTX = 12
CTXNAMES = ['bias', 'first_pass_logit', 'prev_p', 'next_p', 'kept_after', 'kept_before',
            'gap_before', 'gap_after', 'logit_x_after', 'logit_x_before', 'last_kept',
            'first_kept']
NAMES = ['bias', 'main', 'article', 'nav', 'log_chars', 'link_density', 'stop_density',
         'lang_unknown', 'punct_density', 'ends_sentence', 'class_neg', 'class_pos',
         'heading', 'list', 'table', 'caption', 'quote', 'phrase', 'byline', 'position',
         'short', 'digits', 'repeat', 'form',
         'prev_log_chars', 'prev_link_density', 'prev_stop_density', 'prev_boiler',
         'next_log_chars', 'next_link_density', 'next_stop_density', 'next_boiler',
         'parent_log_chars', 'parent_link_density']


def norm_ws(text):
    return re.sub(r'\s+', ' ', text or '').strip()


def overlaps(t, snippets):
    """True when block text t and a snippet share enough text: one holds
    the other, or their longest common substring covers most of the shorter
    (a snippet that runs over two blocks labels both)."""
    for w in snippets:
        if w in t or (len(t) >= 12 and t in w):
            return True
        short = min(len(t), len(w))
        if short >= 24:
            m = difflib.SequenceMatcher(None, t, w, autojunk=False)
            if m.find_longest_match(0, len(t), 0, len(w)).size >= max(20, short // 2):
                return True
    return False


def run(args, data):
    r = subprocess.run(args, input=data, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       timeout=60)
    return r.stdout.decode('utf-8', errors='replace')


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        if abs(m[c][c]) < 1e-12:
            continue
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0. for i in range(n)]


def fit(xs, ys, l2=1.0, iters=12):
    nf = len(xs[0])
    w = [0.] * nf
    for it in range(iters):
        g = [0.] * nf
        h = [[0.] * nf for _ in range(nf)]
        for x, y in zip(xs, ys):
            z = sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            d = p - y
            s = p * (1 - p)
            for i in range(nf):
                if x[i]:
                    g[i] += d * x[i]
                    xi = x[i] * s
                    hi = h[i]
                    for j in range(i, nf):
                        if x[j]:
                            hi[j] += xi * x[j]
        for i in range(nf):
            g[i] += l2 * w[i]
            h[i][i] += l2
            for j in range(i):
                h[i][j] = h[j][i]
        step = solve(h, g)
        w = [wi - si for wi, si in zip(w, step)]
    return w


def score(truth, keys, texts):
    tp = fp = fn = 0
    for k in keys:
        text = norm_ws(texts.get(k, ''))
        t = sum(1 for w in truth[k]['with'] if norm_ws(w) in text)
        f = sum(1 for w in truth[k]['without'] if norm_ws(w) in text)
        tp, fp, fn = tp + t, fp + f, fn + len(truth[k]['with']) - t
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    return 2 * tp / (2 * tp + fp + fn) if tp else 0, p, r


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--shared', default=os.environ.get('WIRE_SHARED', '../shared'))
    ap.add_argument('--out', default='data/strip/weights.txt')
    ap.add_argument('--bin', default='bin/wire-strip')
    ap.add_argument('--flat-from', default='data/strip/weights.txt',
                    help="weights file whose 'flat' section (weights for flat text) "
                    'is copied into --out')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--fold', choices=('even', 'odd', 'all'), default='even',
                    help='pages to train on (by position in the sorted URLs); '
                    'the others are held out')
    ap.add_argument('--threshold', type=float, default=0.5,
                    help='score from which a block is kept')
    ap.add_argument('--no-context', action='store_true',
                    help='fit the first pass only')
    a = ap.parse_args()
    root = os.path.join(a.shared, 'data', 'extraction')
    truth = json.load(open(os.path.join(root, 'evaldata.json'), encoding='utf-8'))
    keys = sorted(truth)
    if a.fold == 'all':
        train, held = keys, []
    elif a.fold == 'even':
        train, held = keys[0::2], keys[1::2]
    else:
        train, held = keys[1::2], keys[0::2]
    pages = {k: gzip.open(os.path.join(root, 'pages', truth[k]['file'] + '.gz')).read()
             for k in keys}
    datadir = os.path.dirname(os.path.dirname(a.out)) or '.'

    def labelled(args):
        """Feature rows (first pass, context) and labels of the training
        pages, run with args."""
        with ThreadPoolExecutor(a.jobs) as ex:
            feats = dict(zip(train, ex.map(lambda k: run(args, pages[k]), train)))
        xs, cs, ys = [], [], []
        for k in train:
            withs = [norm_ws(w) for w in truth[k]['with'] if norm_ws(w)]
            withouts = [norm_ws(w) for w in truth[k]['without'] if norm_ws(w)]
            for line in feats[k].split('\n'):
                head, _, text = line.partition('\t')
                parts = head.split()
                if len(parts) != 1 + NFEAT + NCTX:
                    continue
                t = norm_ws(text)
                pos = overlaps(t, withs)
                neg = overlaps(t, withouts)
                if pos == neg:
                    continue
                v = [float(x) for x in parts[1:]]
                xs.append(v[:NFEAT])
                cs.append(v[NFEAT:])
                ys.append(1. if pos else 0.)
        if not ys:
            sys.exit('train-strip: no labelled blocks (is WIRE_DATADIR set?)')
        return xs, cs, ys

    # Flat text (records with only 'text') has no development pages: its
    # weights, after the 'flat' line, are carried over from --flat-from.
    flat = []
    if os.path.exists(a.flat_from):
        lines = open(a.flat_from, encoding='utf-8').read().splitlines()
        if 'flat' in lines:
            flat = lines[lines.index('flat'):]

    def write(w, wc, nblocks):
        with open(a.out, 'w', encoding='utf-8') as f:
            f.write('# wire-strip block classifier: logistic regression weights, one a line\n')
            f.write('# in feature order (see wire_strip_features), then those of the\n')
            f.write('# second pass (see context_features).  Written by\n')
            f.write('# scripts/train-strip.py --fold %s on the development pages\n' % a.fold)
            f.write('# (%d labelled blocks from %d pages).\n' % (nblocks, len(train)))
            f.write('threshold %.2f\n' % a.threshold)
            for name, v in zip(NAMES, w):
                f.write('%.4f\t# %s\n' % (v, name))
            if wc is not None:
                f.write('context\n')
                for name, v in zip(CTXNAMES, wc):
                    f.write('%.4f\t# %s\n' % (v, name))
            for line in flat:
                f.write(line + '\n')

    xs, _, ys = labelled([a.bin, '--raw', '--features'])
    print('training blocks: %d (%d article)' % (len(ys), sum(ys)), file=sys.stderr)
    w = fit(xs, ys)
    write(w, None, len(ys))
    if not a.no_context:
        _, cs, ys = labelled([a.bin, '--raw', '--features', '--data', datadir])
        wc = fit(cs, ys)
        write(w, wc, len(ys))
    print('weights written to %s' % a.out, file=sys.stderr)
    ext = [a.bin, '--raw', '--data', datadir]

    def text_of(k):
        out = run(ext, pages[k])
        try:
            return json.loads(out.split('\n')[0]).get('text') or ''
        except (ValueError, IndexError):
            return ''
    with ThreadPoolExecutor(a.jobs) as ex:
        texts = dict(zip(keys, ex.map(text_of, keys)))
    for name, ks in (('held-out', held), ('training', train), ('all pages', keys)):
        if not ks:
            continue
        f1, p, r = score(truth, ks, texts)
        print('%-22s pages %d  F1 %.3f  P %.3f  R %.3f' % (name, len(ks), f1, p, r))


if __name__ == '__main__':
    main()
