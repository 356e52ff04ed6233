"""Run-time self-check of fused kernels against their references, with fallback.

A fused kernel is fast but new; its array-module reference is slow but proven by the
finite-difference tests. A CheckedOp holds both. The first time the op is asked to
run fused for a given dtype, it runs BOTH on random inputs of a similar shape (the
backward too, for a forward/backward pair) and compares:

    error = max |fused - reference| / max |reference|     (over every output array)

If the error exceeds the op's tolerance, or the fused kernel raises (a compile or
launch failure), the op is disabled for that dtype with a warning

    fused <name> disagrees with its reference by X (tol Y); using the reference

and the reference runs from then on. A forward/backward pair is one unit: it is
checked and disabled together, and a backward always matches its forward, because a
fused forward wraps its cache in FusedCache and the backward dispatches on that.

force_reference(True) (guppy's `--no-fused` switch) makes every
op use its reference. report() lists each op's state and measured error.

Nothing here imports CuPy: the logic is tested on the CPU with NumPy stand-ins.
"""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minigrad.backend import array_module
from minigrad.relative_error import max_relative_error


class FusedKernelWarning(UserWarning):
    """A fused kernel was disabled; the reference is used instead."""


_force_reference = False
_registry: list = []  # weak references to every CheckedOp made, in order


def force_reference(flag: bool = True) -> None:
    """True: every CheckedOp runs its reference (the `--no-fused` switch)."""
    global _force_reference
    _force_reference = bool(flag)


def fused_forced_off() -> bool:
    return _force_reference


# ------------------------------------------------------------ comparison (the measure: minigrad/relative_error.py)


def _upcast_half(tree):
    """float16 arrays -> float32 copies (the reference of a float16 kernel runs in float32)."""
    if isinstance(tree, tuple):
        return tuple(_upcast_half(t) for t in tree)
    if isinstance(tree, list):
        return [_upcast_half(t) for t in tree]
    if isinstance(tree, dict):
        return {k: _upcast_half(v) for k, v in tree.items()}
    if hasattr(tree, "dtype") and hasattr(tree, "astype") and tree.dtype == np.float16:
        return tree.astype(np.float32)
    return tree


def _first_float_dtype(args, kwargs):
    for a in list(args) + list(kwargs.values()):
        dtype = getattr(a, "dtype", None)
        if dtype is not None and np.dtype(dtype).kind == "f" and getattr(a, "ndim", 0) > 0:
            return np.dtype(dtype)
    return None


# ------------------------------------------------------------ the checked op


class FusedCache:
    """A cache made by a fused forward; only the matching fused backward can read it."""

    __slots__ = ("op", "data")

    def __init__(self, op: CheckedOp, data):
        self.op, self.data = op, data

    def __repr__(self):
        return f"FusedCache({self.op.name})"


@dataclass
class CheckState:
    ok: bool
    error: float | None  # measured max relative error (None when it raised)
    reason: str = ""


@dataclass
class CheckedOp:
    """A fused op, its reference, and what is needed to compare them.

    fused_forward / reference_forward: the same signature. For a pair (backward given)
        both return (out, cache); otherwise any result.
    make_inputs(xp, rng, dtype, args, kwargs) -> (args, kwargs): fresh random inputs
        shaped like the real call's (small batch, same inner sizes). Called once per
        implementation with equal seeds, so in-place ops get their own copies.
    make_dout(xp, rng, out) -> dout: a random upstream gradient (pairs only).
    observe(args, kwargs, result) -> what to compare (default: the result). For
        in-place ops (AdamW), the buffers the call updated.
    supports(args, kwargs) -> bool: can the fused kernel take this call (array module,
        dtype, sizes)? When False the reference runs for this call only.
    module_of(args, kwargs) -> numpy or cupy: where to make the check's inputs
        (default: the module of the array arguments; AdamW's arrays sit inside `opt`).
    tol: the largest accepted max_relative_error; tol_half: the same for float16 calls.
    """

    name: str
    fused_forward: Callable
    reference_forward: Callable
    make_inputs: Callable
    tol: float
    fused_backward: Callable | None = None
    reference_backward: Callable | None = None
    make_dout: Callable | None = None
    observe: Callable | None = None
    supports: Callable = lambda args, kwargs: True
    module_of: Callable | None = None
    tol_half: float = 2e-3
    seed: int = 1234
    states: dict = field(default_factory=dict)  # dtype name -> CheckState

    def __post_init__(self):
        if (self.fused_backward is None) != (self.reference_backward is None):
            raise ValueError(f"{self.name}: give both backward functions or neither")
        _registry.append(weakref.ref(self))

    @property
    def is_pair(self) -> bool:
        return self.fused_backward is not None

    # ---- calls
    def forward(self, *args, **kwargs):
        key = self._fused_key(args, kwargs)
        if key is None:
            return self.reference_forward(*args, **kwargs)
        try:
            result = self.fused_forward(*args, **kwargs)
        except Exception as exc:  # a launch that fails after a passed check: give up on the op
            self._disable(key, None, f"raised {type(exc).__name__}: {_first_line(exc)}")
            return self.reference_forward(*args, **kwargs)
        if self.is_pair:
            out, cache = result
            return out, FusedCache(self, cache)
        return result

    __call__ = forward

    def backward(self, dout, cache, **kwargs):
        if isinstance(cache, FusedCache):
            if cache.op is not self:
                raise TypeError(f"{self.name}_backward got a cache made by fused {cache.op.name}")
            return self.fused_backward(dout, cache.data, **kwargs)
        return self.reference_backward(dout, cache, **kwargs)

    # ---- state
    def _fused_key(self, args, kwargs):
        """The dtype key under which this call may run fused, or None for the reference."""
        if _force_reference or not self.supports(args, kwargs):
            return None
        dtype = _first_float_dtype(args, kwargs)
        key = str(dtype)
        state = self.states.get(key)
        if state is None:
            state = self.check(args, kwargs, dtype)
        return key if state.ok else None

    def check(self, args, kwargs, dtype) -> CheckState:
        """Compare fused and reference on random inputs shaped like this call's."""
        key = str(dtype)
        if self.module_of is not None:
            xp = self.module_of(args, kwargs)
        else:
            xp = array_module(*[a for a in list(args) + list(kwargs.values()) if hasattr(a, "dtype")])
        tol = self.tol_half if dtype == np.float16 else self.tol
        try:
            error = self._measure(xp, dtype, args, kwargs)
        except Exception as exc:
            return self._disable(key, None, f"raised {type(exc).__name__}: {_first_line(exc)}")
        if not error <= tol:  # also catches NaN
            return self._disable(key, error, f"disagrees with its reference by {error:.2e} (tol {tol:.1e})")
        state = self.states[key] = CheckState(True, error)
        return state

    def _measure(self, xp, dtype, args, kwargs) -> float:
        def inputs():
            return self.make_inputs(xp, np.random.default_rng(self.seed), dtype, args, kwargs)

        observe = self.observe or (lambda a, k, result: result)
        f_args, f_kwargs = inputs()
        r_args, r_kwargs = _upcast_half(inputs())
        fused = self.fused_forward(*f_args, **f_kwargs)
        ref = self.reference_forward(*r_args, **r_kwargs)
        if not self.is_pair:
            return max_relative_error(observe(f_args, f_kwargs, fused), observe(r_args, r_kwargs, ref))
        (f_out, f_cache), (r_out, r_cache) = fused, ref
        error = max_relative_error(f_out, r_out)
        dout_rng = np.random.default_rng(self.seed + 1)
        dout = self.make_dout(xp, dout_rng, r_out)
        f_dout = dout.astype(dtype) if hasattr(dout, "astype") else dout
        f_grads = self.fused_backward(f_dout, f_cache)
        r_grads = self.reference_backward(_upcast_half(dout), r_cache)
        return max(error, max_relative_error(f_grads, r_grads))

    def _disable(self, key, error, reason) -> CheckState:
        warnings.warn(f"fused {self.name} {reason}; using the reference", FusedKernelWarning, stacklevel=3)
        state = self.states[key] = CheckState(False, error, reason)
        return state

    def reset(self) -> None:
        self.states.clear()


def _first_line(exc) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else "(no message)"


# ------------------------------------------------------------ report


def report() -> list[dict[str, Any]]:
    """One entry per (op, dtype) checked so far, plus unchecked ops: name, dtype, state, error, tol, reason."""
    rows = []
    for op in registered_ops():
        if not op.states:
            rows.append(
                {
                    "name": op.name,
                    "dtype": "-",
                    "state": "forced off" if _force_reference else "not run yet",
                    "error": None,
                    "tol": op.tol,
                    "reason": "",
                }
            )
        for key, st in op.states.items():
            rows.append(
                {
                    "name": op.name,
                    "dtype": key,
                    "state": "fused" if st.ok else "disabled",
                    "error": st.error,
                    "tol": op.tol_half if key == "float16" else op.tol,
                    "reason": st.reason,
                }
            )
    return rows


def format_report() -> str:
    lines = [f"fused kernels{' (forced off: using references)' if _force_reference else ''}:"]
    for r in report():
        err = "-" if r["error"] is None else f"{r['error']:.1e}"
        lines.append(
            f"  {r['name']:<22} {r['dtype']:<8} {r['state']:<11} error {err:<8} tol {r['tol']:.0e}"
            + (f"  ({r['reason']})" if r["reason"] and r["state"] == "disabled" else "")
        )
    return "\n".join(lines)


def registered_ops() -> list[CheckedOp]:
    """The CheckedOps alive now (stand-ins made by tests disappear with them)."""
    return [op for op in (ref() for ref in _registry) if op is not None]


def reset_all() -> None:
    """Forget every check result (tests; or after changing device)."""
    for op in registered_ops():
        op.reset()
