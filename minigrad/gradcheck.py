"""Gradient checks: hand-written backward passes against central finite differences.

Everything runs in float64. For an op y = F(x) we never build the Jacobian; we use
the vector-Jacobian trick: draw a random dout of y's shape and look at the scalar

    f(x) = sum(F(x) * dout),   whose gradient is  df/dx = J^T dout = backward(dout).

The analytic side is one call to the op's backward with that dout. The numerical side
perturbs one entry of x at a time:

    n_i = (f(x + h e_i) - f(x - h e_i)) / (2h)        (central difference, h = 1e-6)

Error metric: max_relative_error (minigrad/relative_error.py), the largest |analytic -
numerical| relative to the largest entry of the numerical gradient.

The error budget. Let f^ = f + delta be the float64 value of f. To first order, every
floating-point result r_k of the computation is rounded to r_k (1 + e_k) with |e_k| <= u,
u = 2^-53 = 1.1e-16 (the unit roundoff), and each such error reaches f through df/dr_k:

    delta = sum_k a_k e_k,      a_k = r_k * df/dr_k.

We count the results at the level of the kernels' outputs: an output entry r with
adjoint df/dr that took c roundings to make (about the length of the reductions behind
it plus its elementwise steps; see ROUNDINGS) stands for c terms of size |r df/dr|. Then

    worst case:   |delta| <= u S,             S = sum_k c_k |a_k|
    random walk:  std(delta) = u R / sqrt(3),  R^2 = sum_k c_k a_k^2

(the errors e_k independent and uniform on [-u, u], variance u^2 / 3). The central
difference then errs by

    n_i - g_i = (delta_+ - delta_-) / (2h) + h^2 f'''_i / 6

    worst case:   |n_i - g_i| <= u S / h
    random walk:  std(n_i - g_i) = sigma = u R / (sqrt(6) h)    (delta_+, delta_- independent)
                  and the largest of N entries ~ sqrt(2 ln N) sigma

and the truncation term h^2 |f'''| / 6 is 1.7e-13 |f'''|. On the model check |f'''| is ~4
(its errors at h = 1e-3 and 1e-4 are truncation, 6.8e-7 and 6.8e-9: they scale as h^2), so at
h = 1e-6 truncation is ~7e-13 against ~1e-9 of rounding. h = 1e-5 would balance the two (~1e-10
in all) but leave half the error to truncation, which the forward's rounding terms do not
predict; at 1e-6 the budget below is the whole story. Dividing by the largest gradient entry G gives the relative error
the table prints: "expected" (random walk, u R sqrt(2 ln N) / (sqrt(6) h G)) and "worst"
(u S / (h G)). S grows with the number of terms while R grows like its square root, and
most terms are small, so the measured error sits near the random-walk figure, one to two
orders below the worst case.

Tolerance of each row: min(worst case, 6 sigma) / G. Either is a bound on what a correct
backward can show: the worst case deterministically (to first order), 6 sigma with a
probability of 2e-9 per entry of being exceeded (a few 1e-6 for the whole table). A bug
is caught when its error exceeds this; a wrong term, sign or index gives 1e-3 .. 1, and
guppy/gradcheck/gallery.py plants subtler ones in the model (bugs.py).

Float32 cannot be checked this way: with u = 6e-8 the rounding term u S / h exceeds the
gradients themselves at any useful h, so the checks are float64 only.

Float32 tolerances of the tests (tests/test_kernels_*.py, tests/fused_checks.py). A float32
kernel is compared with the same kernel in float64 on the same float32-exact inputs, so
what is left is float32 rounding, u32 = 2^-24 = 6.0e-8 per operation. A sum of n terms
made one after another errs by up to n u32 times the sum of the terms' magnitudes (worst
case) and by ~sqrt(n) u32 of it in a random walk; each float32 test bounds the worst case
of its longest chain (its docstring counts it: a row of D terms, a dot product of
in_features, the keys of a softmax row), with a little more for rounding the inputs. Two
kinds of sum are long at the real sizes:
  * row reductions of D = 384 (LayerNorm) or T = 128 (a softmax row): 384 u32 = 2.3e-5
    worst, sqrt(384) u32 = 1.2e-6 typical; the fused kernels' TOL32 = 2e-5 is that worst case;
  * column sums over every row of a batch (the bias and LayerNorm gain gradients; N = B T =
    4,096 rows in training): as a running sum (NumPy's axis-0 sum) N u32 = 2.5e-4 worst,
    2.4e-6 measured, and 1e-3 / 4.6e-6 at 16,384 rows; minigrad/kernels/sums.py sums two
    levels of ~sqrt(N) rows instead, 2 sqrt(N) u32 = 7.7e-6 worst, 1.1e-7 measured (1.5e-5 /
    1.8e-7 at 16,384 rows; tests/test_kernels_sums.py keeps it under 5e-7 there).
"""

from __future__ import annotations

import math
import sys
import types
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from minigrad.backend import array_module, to_numpy
from minigrad.relative_error import max_relative_error

STEP = 1e-6  # h
UNIT_ROUNDOFF = 2.0**-53  # u of float64
SIGMAS = 6  # the random-walk tolerance, in standard deviations of one entry's error


def numerical_grad(f, x, h=STEP):
    """Central-difference gradient of the scalar f() with respect to the array x.

    f takes no arguments and reads x; x is perturbed in place, one entry at a time,
    and restored exactly. The step used is the representable one, (x + h) - (x - h).
    """
    if x.dtype != np.float64:
        raise TypeError(f"finite differences need float64 inputs (float32 rounding swamps them), got {x.dtype}")
    if not x.flags.c_contiguous:
        raise ValueError("numerical_grad perturbs x in place: pass a C-contiguous array")
    xp = array_module(x)
    flat = x.reshape(-1)  # a view, so writing flat[i] perturbs x
    grad = np.zeros(x.size, dtype=np.float64)
    for i in range(flat.size):
        original = float(flat[i])
        flat[i] = original + h
        plus_x, f_plus = float(flat[i]), f()
        flat[i] = original - h
        minus_x, f_minus = float(flat[i]), f()
        flat[i] = original
        grad[i] = (f_plus - f_minus) / (plus_x - minus_x)
    return xp.asarray(grad.reshape(x.shape))


# ----------------------------------------------------------------------------- the error budget

# Roundings behind one output entry of each kernel, from its arguments: the length of the
# reductions it goes through plus its elementwise steps (the module docstring's c).
ROUNDINGS = {
    "embedding": lambda ids, tok, pos: 1,  # one add; the gather is exact
    "dropout": lambda x, p, *a, **k: 1,  # the 1/(1-p) scale; the mask is exact
    "relu": lambda x: 0,  # exact
    "take_rows": lambda x, rows: 0,  # exact
    "linear": lambda x, W, b=None: W.shape[1] + (b is not None),  # a dot product of in_features, the bias
    "layernorm": lambda x, gamma, beta, eps=1e-5: x.shape[-1] + 4,  # the row mean and variance, 4 steps
    "softmax": lambda x, axis=-1, **k: x.shape[axis] + 4,  # the row sum; shift, exp, 1/sum, multiply
    # q.k over hd, the softmax's row of T, the weighted sum over T; scale, shift, exp, normalise
    "attention": lambda qkv, n_heads, *a, **k: qkv.shape[2] // (3 * n_heads) + 2 * qkv.shape[1] + 4,
    # the logsumexp over V, the mean over the rows; shift, exp, log, subtract
    "cross_entropy": lambda logits, targets, *a, **k: logits.shape[-1] + logits.size // logits.shape[-1] + 4,
}


class RoundingBudget:
    """S = sum c |a| and R^2 = sum c a^2 over the kernel outputs of one evaluation (see the module docstring)."""

    def __init__(self):
        self.S = 0.0
        self.R2 = 0.0

    def add(self, out, adjoint, roundings: int) -> None:
        a = np.asarray(to_numpy(out), dtype=np.float64) * np.asarray(to_numpy(adjoint), dtype=np.float64)
        self.S += roundings * float(np.abs(a).sum())
        self.R2 += roundings * float((a * a).sum())

    def estimate(self, n_entries: int, scale: float, h: float = STEP) -> Estimate:
        """The relative finite-difference error of a gradient of n_entries whose largest entry is `scale`."""
        scale = max(scale, 1e-300)
        worst = UNIT_ROUNDOFF * self.S / h / scale
        sigma = UNIT_ROUNDOFF * math.sqrt(self.R2) / (math.sqrt(6.0) * h) / scale
        expected = sigma * math.sqrt(2.0 * math.log(max(n_entries, 2)))
        return Estimate(expected=expected, worst=worst, tolerance=min(worst, SIGMAS * sigma))


@dataclass
class Estimate:
    expected: float  # random walk: the largest of the N entries' errors, relative
    worst: float  # worst case, relative
    tolerance: float  # min(worst, SIGMAS * sigma), relative


class _Recorded:
    """A kernel cache wrapped with the output it belongs to, so the backward can pair output and adjoint."""

    __slots__ = ("cache", "out", "roundings")

    def __init__(self, cache, out, roundings):
        self.cache, self.out, self.roundings = cache, out, roundings


def recording_kernels(base, budget: RoundingBudget) -> types.SimpleNamespace:
    """base's kernels, each forward/backward pair adding its output's share to `budget` (one evaluation)."""
    ns = types.SimpleNamespace(**{n: getattr(base, n) for n in dir(base) if not n.startswith("_")})
    for op, roundings in ROUNDINGS.items():
        fwd, bwd = getattr(base, f"{op}_forward"), getattr(base, f"{op}_backward")

        def forward(*args, _fwd=fwd, _roundings=roundings, **kwargs):
            out, cache = _fwd(*args, **kwargs)
            if cache is None:  # dropout off: the identity, out is the input itself
                return out, _Recorded(None, None, 0)
            return out, _Recorded(cache, out.copy(), _roundings(*args, **kwargs))

        def backward(dout, rec, *args, _bwd=bwd, **kwargs):
            if rec.out is not None:
                budget.add(rec.out, dout, rec.roundings)
            return _bwd(dout, rec.cache, *args, **kwargs)

        setattr(ns, f"{op}_forward", forward)
        setattr(ns, f"{op}_backward", backward)
    return ns


# ----------------------------------------------------------------------------- one kernel


@dataclass
class Outcome:
    """What one row of the table measured, beside what the error budget expects."""

    error: float  # measured max relative error
    expected: float  # random-walk estimate
    worst: float  # worst-case estimate
    tolerance: float

    @property
    def passed(self) -> bool:
        return self.error <= self.tolerance  # False for NaN too


def check_kernel_outcomes(forward, backward, inputs, grad_names, wrt=None, seed=0, h=STEP, roundings=None):
    """Compare backward with finite differences for the inputs named in `wrt`; {name: Outcome}.

    forward(**inputs) -> (out, cache); backward(dout, cache) -> the gradients in the
    order of grad_names (a bare array when there is one name). wrt defaults to every
    name in grad_names. forward must be deterministic (dropout: a fresh rng with a
    fixed seed on every call) and must not modify its inputs. roundings: the c of the
    kernel's output entries (ROUNDINGS); the sum f = sum(out * dout) adds its own.
    """
    out, cache = forward(**inputs)
    xp = array_module(out)
    dout = xp.asarray(np.random.default_rng(seed).standard_normal(np.shape(out)))
    grads = backward(dout.copy(), cache)  # a copy: a backward may overwrite its dout
    if len(grad_names) == 1 and not isinstance(grads, tuple):
        grads = (grads,)
    analytic = dict(zip(grad_names, grads))
    budget = RoundingBudget()  # f = sum(out * dout): one product and a pairwise sum of N terms per entry
    budget.add(out, dout, (roundings or 0) + 1 + math.ceil(math.log2(max(int(np.size(out)), 2))))

    def f():
        y, _ = forward(**inputs)
        return float((y * dout).sum())

    outcomes = {}
    for name in wrt or grad_names:
        numeric = numerical_grad(f, inputs[name], h)
        scale = float(np.abs(to_numpy(numeric)).max()) if numeric.size else 0.0
        est = budget.estimate(int(numeric.size), scale, h)
        outcomes[name] = Outcome(max_relative_error(analytic[name], numeric), est.expected, est.worst, est.tolerance)
    return outcomes


def check_kernel(forward, backward, inputs, grad_names, wrt=None, seed=0, h=STEP):
    """check_kernel_outcomes' measured errors only: {name: max relative error}."""
    return {k: o.error for k, o in check_kernel_outcomes(forward, backward, inputs, grad_names, wrt, seed, h).items()}


# ----------------------------------------------------------------------------- the table


@dataclass
class GradCase:
    """One row of the gradient-check table; run() measures it."""

    name: str  # op and input, e.g. "linear dW"
    shape: str  # the shapes used, for the reader
    run: Callable[[], Outcome]


def run_table(cases, out=None) -> int:
    """Run every case, print one line each to out (default: the current sys.stdout),
    return 0 when all pass, else 1."""
    out = out if out is not None else sys.stdout
    width = max([38] + [len(case.name) for case in cases])
    header = f"{'check':<{width}} {'shape':<28} {'measured':>9} {'expected':>9} {'worst':>9} {'tolerance':>9}  result"
    print(header, file=out)
    print(f"{'':<{width + 39}} {'(random)':>9} {'(bound)':>9}", file=out)
    print("-" * len(header), file=out)
    failures = 0
    for case in cases:
        try:
            o = case.run()
            text = f"{o.error:9.1e} {o.expected:9.1e} {o.worst:9.1e} {o.tolerance:9.1e}"
            ok = o.passed
        except Exception as exc:  # a crashing case is a failure, reported on its own line
            text, ok = f"{type(exc).__name__}: {exc}"[:39], False
        failures += not ok
        print(f"{case.name:<{width}} {case.shape:<28} {text:<39}  {'PASS' if ok else 'FAIL'}", file=out)
    print(f"{len(cases) - failures}/{len(cases)} passed", file=out)
    return 0 if failures == 0 else 1
