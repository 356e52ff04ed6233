"""The one error measure of every numerical comparison in the project.

    max_relative_error(actual, expected) = max over arrays of  max_i |actual_i - expected_i| / max_i |expected_i|

the largest disagreement relative to the largest entry of the expected array. It is used by the
gradient checks (analytic against finite differences, minigrad/gradcheck.py), the fused CUDA
kernels' self-check (fused against reference, minigrad/cuda/selfcheck.py), the fused-kernel tests
and tools/gpu_check.py.

Why relative to the largest entry rather than entry by entry: a per-entry ratio
|a_i - e_i| / |e_i| is dominated by entries whose true value is ~0, where any computed value
(a finite difference, a float32 sum) is pure rounding noise and the ratio is ~1 whatever the
code's quality. Dividing by the array's largest entry measures what matters: is the result right
up to a rounding-level fraction of its size.

Results may be one array or nested tuples, lists and dicts of arrays (None entries are skipped);
each array is measured on its own and the worst is returned, so a small gradient next to a large
one is not hidden by the large one's scale. The answer is inf when the structures or shapes
differ, when the non-finite entries (inf, NaN) differ, or when the expected array is all zeros and
the actual one is not (masked entries must be exactly zero). Two all-zero arrays give 0.
"""

from __future__ import annotations

import numpy as np

from minigrad.backend import to_numpy


def _leaves(tree) -> list:
    """The arrays of a result: an array, or nested tuples/lists/dicts of them (None skipped)."""
    if tree is None:
        return []
    if isinstance(tree, (tuple, list)):
        return [leaf for item in tree for leaf in _leaves(item)]
    if isinstance(tree, dict):
        return [leaf for key in sorted(tree) for leaf in _leaves(tree[key])]
    return [tree]


def max_relative_error(actual, expected) -> float:
    """max |actual - expected| / max |expected|, per array, the worst over all arrays (see the module docstring)."""
    a_leaves, e_leaves = _leaves(actual), _leaves(expected)
    if len(a_leaves) != len(e_leaves):
        return float("inf")
    worst = 0.0
    for a, e in zip(a_leaves, e_leaves):
        a = np.asarray(to_numpy(a), dtype=np.float64)
        e = np.asarray(to_numpy(e), dtype=np.float64)
        if a.shape != e.shape:
            return float("inf")
        finite = np.isfinite(e)
        if not np.array_equal(np.isfinite(a), finite) or not np.array_equal(a[~finite], e[~finite], equal_nan=True):
            return float("inf")
        if not finite.any():
            continue
        diff = float(np.max(np.abs(a[finite] - e[finite])))
        if diff == 0.0:
            continue
        scale = float(np.max(np.abs(e[finite])))
        worst = max(worst, diff / scale if scale > 0 else float("inf"))
    return worst
