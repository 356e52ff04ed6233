"""Token + learned position embedding.

Shapes
    ids        int   [B, T]      token ids, 0 <= id < V
    tok_table        [V, D]      one row per token
    pos_table        [Tmax, D]   one row per position; T <= Tmax, positions 0..T-1
    out              [B, T, D]

    (F1)  out[b, t] = tok_table[ids[b, t]] + pos_table[t]

Cache: ids and the two table shapes. The backward needs nothing else: the
lookup is linear, so its gradient does not depend on the table values.

Backward: out[b,t,:] = tok_table[ids[b,t],:] + pos_table[t,:], so for each row v of
the token table
    (B1)  dtok[v] = sum over (b, t) with ids[b,t] == v of dout[b,t]
(a scatter-add: a token that appears twice receives both gradients), and
    (B2)  dpos[t] = sum over b of dout[b,t]   for t < T,   dpos[t] = 0 for t >= T.

float32 rounding of those sums: dpos[t] adds B rows (32 in training: <= 32 u = 2e-6 of
its terms, u = 6e-8); dtok[v] adds the rows of every occurrence of token v one after
another, so a token seen n times in a batch carries ~sqrt(n) u (random walk), n u at
worst; in a batch of 32 x 128 the commonest tokens occur a few hundred times.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import array_module


def embedding_forward(ids, tok_table, pos_table):
    """out[b, t] = tok_table[ids[b, t]] + pos_table[t]. Returns (out, cache)."""
    xp = array_module(ids, tok_table, pos_table)
    if ids.ndim != 2 or ids.dtype.kind not in "iu":
        raise ValueError(f"embedding ids must be an integer array [B, T], got {ids.dtype} {ids.shape}")
    if tok_table.ndim != 2 or pos_table.ndim != 2 or tok_table.shape[1] != pos_table.shape[1]:
        raise ValueError(f"embedding tables must be [V, D] and [Tmax, D], got {tok_table.shape} and {pos_table.shape}")
    T = ids.shape[1]
    if T > pos_table.shape[0]:
        raise ValueError(f"sequence length {T} exceeds the {pos_table.shape[0]} learned positions")
    if xp is np and ids.size and (ids.min() < 0 or ids.max() >= tok_table.shape[0]):
        # NumPy would wrap negative ids silently; on a GPU this check would cost a sync, so it is CPU-only.
        raise ValueError(f"token ids must lie in [0, {tok_table.shape[0]}), got [{ids.min()}, {ids.max()}]")
    out = tok_table[ids]  # F1: a gather, a new [B, T, D] array
    out += pos_table[:T]  # F1, broadcast over the batch
    cache = (ids, tok_table.shape, pos_table.shape)
    return out, cache


def _scatter_add_rows_numpy(table_grad, flat_ids, rows):
    """table_grad[flat_ids[i]] += rows[i], summing rows that share an id.

    Sort the ids, then sum each run of equal ids with one np.add.reduceat call: fastest
    on text, where ids repeat (padding, common tokens), close to the best otherwise, and,
    unlike bincount, it sums in the array's own dtype (timings: docs/RESULTS.md, section 2).
    """
    order = np.argsort(flat_ids, kind="stable")
    sorted_ids = flat_ids[order]
    run_starts = np.flatnonzero(np.concatenate(([True], sorted_ids[1:] != sorted_ids[:-1])))
    table_grad[sorted_ids[run_starts]] += np.add.reduceat(rows[order], run_starts, axis=0)


def embedding_backward(dout, cache):
    """Returns (dtok [V, D], dpos [Tmax, D]), freshly allocated."""
    ids, tok_shape, pos_shape = cache
    xp = array_module(dout)
    B, T = ids.shape
    D = tok_shape[1]
    if dout.shape != (B, T, D):
        raise ValueError(f"embedding dout must have shape {(B, T, D)}, got {dout.shape}")
    dtok = xp.zeros(tok_shape, dtype=dout.dtype)
    flat_ids = ids.reshape(-1)
    rows = dout.reshape(-1, D)
    if flat_ids.size:
        if xp is np:
            _scatter_add_rows_numpy(dtok, flat_ids, rows)  # B1
        else:
            xp.add.at(dtok, flat_ids, rows)  # B1; CuPy: atomic adds on the GPU
    dpos = xp.zeros(pos_shape, dtype=dout.dtype)
    dout.sum(axis=0, out=dpos[:T])  # B2
    return dtok, dpos
