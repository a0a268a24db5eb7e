#!/usr/bin/env python3
"""Trains the suggester's query adapter (docs/suggest.md, fourth round).

The adapter moves a request's MiniLM vector before the search: q' = normalize(q + (q U) V^T),
U and V of shape 384 x rank. It is trained on the labelled requests of train.tsv and eval.tsv
only (the TUNING environment variable names other sets), with a softmax over every embedded
sentence of the index (an operation scores its best sentence, so the loss is multi-positive:
all sentences of an expected command), L2 on U and V.
The held-out sets are never trained on: fit only writes their moved vectors, for
SuggestExperiment -Dadapted=DUMP to measure them once.

Input: a folder written by SuggestVectorDump (the index's sentence vectors and owners, the
commands, and each set's request vectors and labels). Needs numpy.

  python3 tools/suggest/train_query_adapter.py cv DUMP            # 5-fold grid on train+eval
  python3 tools/suggest/train_query_adapter.py fit DUMP OUT RANK LAMBDA STEPS
      # writes OUT (the adapter resource) and DUMP/<set>.adapted.f32 (fold-free vectors for the
      # tuning sets: each request moved by the model of the fold that did not see it)
"""
import os
import struct
import sys

import numpy as np

# The sets trained on; TUNING=train,eval,holdout5 in the environment reproduces the second,
# unshipped adapter of the fourth round (docs/suggest.md).
TUNING = os.environ.get('TUNING', 'train,eval').split(',')
DIM = 384
TAU = 0.05
RATE = 0.5


def load(folder):
    sentences = np.fromfile(folder + '/sentences.f32', dtype='<f4').reshape(-1, DIM)
    owners = np.loadtxt(folder + '/owners.txt', dtype=np.int64)
    commands = [line.rstrip('\n') for line in open(folder + '/commands.txt')]
    index = {c: i for i, c in enumerate(commands)}
    sets = {}
    for name in ['train', 'eval', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5']:
        try:
            q = np.fromfile(folder + '/' + name + '.f32', dtype='<f4').reshape(-1, DIM)
        except FileNotFoundError:
            continue
        labels = [[index[c.strip()] for c in line.split('\t')[0].split('|') if c.strip() in index]
                  for line in open(folder + '/' + name + '.labels')]
        sets[name] = (q, labels)
    return sentences, owners, len(commands), sets


class Scorer:
    """Max-sim of requests over each operation's sentences."""

    def __init__(self, sentences, owners, operations):
        order = np.argsort(owners, kind='stable')
        self.sentences = sentences[order]
        sorted_owners = owners[order]
        self.starts = np.flatnonzero(np.r_[True, sorted_owners[1:] != sorted_owners[:-1]])
        self.ops = sorted_owners[self.starts]
        self.operations = operations

    def scores(self, q):
        sims = q @ self.sentences.T
        out = np.full((q.shape[0], self.operations), -9.0, dtype=np.float32)
        out[:, self.ops] = np.maximum.reduceat(sims, self.starts, axis=1)
        return out

    def accuracy(self, q, labels):
        s = self.scores(q)
        top = np.argpartition(-s, 5, axis=1)[:, :5]
        top1 = top5 = 0
        for i, expected in enumerate(labels):
            t = top[i][np.argsort(-s[i][top[i]])]
            top1 += t[0] in expected
            top5 += any(x in expected for x in t)
        return top1 / len(labels), top5 / len(labels)


def normalize(x):
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def adapt(q, u, v):
    return normalize(q + (q @ u) @ v.T)


def train(q, labels, sentences, owners, rank, lam, steps, seed=0):
    positive = np.zeros((q.shape[0], sentences.shape[0]), dtype=np.float32)
    for i, expected in enumerate(labels):
        positive[i, np.isin(owners, expected)] = 1
    rng = np.random.default_rng(seed)
    u = rng.normal(0, 0.01, (DIM, rank)).astype(np.float32)
    v = np.zeros((DIM, rank), dtype=np.float32)
    for _ in range(steps):
        p = q + (q @ u) @ v.T
        logits = (p @ sentences.T) / TAU
        e = np.exp(logits - logits.max(1, keepdims=True))
        p_all = e / e.sum(1, keepdims=True)
        ep = e * positive
        p_pos = ep / np.maximum(ep.sum(1, keepdims=True), 1e-30)
        g = (p_all - p_pos) / TAU / q.shape[0]
        dp = g @ sentences
        dv = dp.T @ (q @ u) + lam * v
        du = q.T @ (dp @ v) + lam * u
        u -= RATE * du
        v -= RATE * dv
    return u, v


def folds(n, k=5):
    return [np.arange(n) % k == f for f in range(k)]


def tuning(sets):
    q = np.vstack([sets[n][0] for n in TUNING])
    labels = sum((sets[n][1] for n in TUNING), [])
    return q, labels


def cross_validate(folder):
    sentences, owners, operations, sets = load(folder)
    scorer = Scorer(sentences, owners, operations)
    q, labels = tuning(sets)
    print('identity: top-1 %.3f top-5 %.3f' % scorer.accuracy(q, labels), flush=True)
    grid = [(int(r), float(l), int(s)) for r, l, s in (g.split(':') for g in sys.argv[3:])] or \
        [(r, l, 150) for r in [16, 32, 64] for l in [0.01, 0.03, 0.1, 0.3]]
    for rank, lam, steps in grid:
        moved = out_of_fold(q, labels, sentences, owners, rank, lam, steps)
        t1, t5 = scorer.accuracy(moved, labels)
        print('rank %d lambda %.3f steps %d: top-1 %.3f top-5 %.3f' % (rank, lam, steps, t1, t5), flush=True)


def out_of_fold(q, labels, sentences, owners, rank, lam, steps):
    """Each request moved by the adapter of the folds that did not see it."""
    moved = np.zeros_like(q)
    for test in folds(len(labels)):
        train_idx = np.flatnonzero(~test)
        u, v = train(q[train_idx], [labels[i] for i in train_idx], sentences, owners, rank, lam, steps)
        moved[test] = adapt(q[test], u, v)
    return moved


def fit(folder, out, rank, lam, steps):
    sentences, owners, operations, sets = load(folder)
    q, labels = tuning(sets)
    moved = out_of_fold(q, labels, sentences, owners, rank, lam, steps)
    start = 0
    for name in TUNING:
        n = sets[name][0].shape[0]
        moved[start:start + n].astype('<f4').tofile(folder + '/' + name + '.adapted.f32')
        start += n
    u, v = train(q, labels, sentences, owners, rank, lam, steps)
    with open(out, 'wb') as f:
        f.write(b'AWSMCPQA')
        f.write(struct.pack('<ii', DIM, rank))
        f.write(u.astype('<f4').tobytes())
        f.write(v.astype('<f4').tobytes())
    for name, (hq, hl) in sets.items():
        if name not in TUNING:
            adapt(hq, u, v).astype('<f4').tofile(folder + '/' + name + '.adapted.f32')


if __name__ == '__main__':
    if sys.argv[1] == 'cv':
        cross_validate(sys.argv[2])
    else:
        fit(sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6]))
