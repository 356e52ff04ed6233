"""Fused AdamW step over the flat buffers of a minigrad.optim.AdamW: one launch.

    adamw_step(opt, lr=None, grad_scale=None)

does what opt.step(lr) does (and advances opt.t the same way), reading
opt.params.data/.grad, opt.m, opt.v and opt.decay_mask in one pass (adamw.cu)
instead of ~15 whole-buffer operations. grad_scale (None, a number, or a 0-d device
array such as the clip factor from grad_norm.clip_scale) multiplies the gradient on
the fly, so clipping needs no pass of its own; the gradient buffer is not modified.

reference_step(opt, lr, grad_scale) is the same contract built from the reference:
it scales the gradient in place (as clip_grad_norm_ would) and calls opt.step(lr).
The results agree bit for bit (see adamw.cu).

Skipping: a non-finite grad_scale (inf or NaN, e.g. from minigrad.amp when the
loss-scaled gradient overflowed) leaves param, m and v untouched, in both versions,
without a host sync. opt.t still advances (the host does not know the step was
skipped; minigrad/amp.py says why that is harmless).
"""

from __future__ import annotations

import math

import numpy as np

from minigrad.backend import array_module

from . import loader
from ._common import all_cupy, null_or

SOURCE = "adamw.cu"
THREADS = 256
MAX_BLOCKS = 2048  # grid-stride beyond this: ~8 blocks per SM on an H100 is plenty for a streaming kernel


def launch(n: int):
    """(grid, block) for n elements."""
    return (max(1, min(MAX_BLOCKS, loader.ceil_div(n, THREADS))),), (THREADS,)


def step_scalars(lr: float, betas, eps: float, weight_decay: float, t: int):
    """The float32 kernel scalars for step number t (1-based), rounded as the reference rounds them:
    (lr*wd, b1, 1-b1, b2, 1-b2, 1/sqrt(1-b2^t), eps, lr/(1-b1^t))."""
    b1, b2 = betas
    lr_wd = lr * weight_decay if (weight_decay != 0.0 and lr != 0.0) else 0.0
    bias1 = 1.0 - b1**t
    bias2 = 1.0 - b2**t
    return tuple(np.float32(s) for s in (lr_wd, b1, 1.0 - b1, b2, 1.0 - b2, 1.0 / math.sqrt(bias2), eps, lr / bias1))


def _scale_array(xp, grad_scale):
    """grad_scale as a float32 [1] device array, or None."""
    if grad_scale is None:
        return None
    return xp.asarray(grad_scale, dtype=np.float32).reshape(1)


def adamw_step(opt, lr=None, grad_scale=None) -> None:
    """One fused AdamW update of opt's flat buffers (see the module docstring)."""
    lr = opt.lr if lr is None else float(lr)
    p, g = opt.params.data, opt.params.grad
    xp = array_module(p)
    for name, buf in (("grad", g), ("m", opt.m), ("v", opt.v), ("decay_mask", opt.decay_mask)):
        if buf.shape != p.shape or buf.dtype != np.float32 or not buf.flags.c_contiguous:
            raise ValueError(
                f"fused AdamW needs float32 contiguous buffers of {p.shape[0]} elements; "
                f"{name} is {buf.dtype} {buf.shape}"
            )
    opt.t += 1
    scalars = step_scalars(lr, opt.betas, opt.eps, opt.weight_decay, opt.t)
    n = p.shape[0]
    if n:
        grid, block = launch(n)
        args = (p, g, opt.m, opt.v, opt.decay_mask, np.int64(n), null_or(_scale_array(xp, grad_scale)), *scalars)
        loader.get_kernel(SOURCE, "adamw_step")(grid, block, args)


def reference_step(opt, lr=None, grad_scale=None) -> None:
    """The same update with the reference optimizer: scale the gradient in place, then opt.step(lr).

    A non-finite grad_scale skips the update without a host sync: the step runs on a
    zeroed gradient, then the saved param, m and v are copied back where `skip` is True
    (a 0-d mask, so all or nothing). Finite scales give the plain update bit for bit.
    (The kernel simply returns; this fallback trades 3 buffer copies for no sync.)
    """
    if grad_scale is None:
        opt.step(lr)
        return
    g = opt.params.grad
    xp = array_module(g)
    scale = xp.asarray(grad_scale, dtype=g.dtype)
    skip = ~xp.isfinite(scale)
    state = (opt.params.data, opt.m, opt.v)
    saved = [buf.copy() for buf in state]
    xp.copyto(g, 0, where=skip)  # skipped: drop the inf/NaN gradient (the update is undone below anyway)
    g *= xp.where(skip, xp.ones_like(scale), scale)
    opt.step(lr)
    for buf, old in zip(state, saved):
        xp.copyto(buf, old, where=skip)


def supports(args, kwargs) -> bool:
    opt = args[0]
    p = opt.params.data
    return (
        all_cupy(p, opt.params.grad, opt.m, opt.v, opt.decay_mask)
        and p.dtype == np.float32
        and all(
            b.dtype == np.float32 and b.shape == p.shape and b.flags.c_contiguous
            for b in (opt.params.grad, opt.m, opt.v, opt.decay_mask)
        )
    )


def make_inputs(xp, rng, dtype, args, kwargs):
    """A small AdamW (a [37, 29] matrix and a [29] bias) at step 5, random state, grad scale 0.7."""
    from minigrad.optim import AdamW
    from minigrad.params import FlatParams, ParamLayout

    real = args[0]
    params = FlatParams(ParamLayout([("w", (37, 29)), ("b", (29,))]), xp, np.float32)
    params.data[...] = xp.asarray(rng.standard_normal(params.num_params), dtype=np.float32)
    params.grad[...] = xp.asarray(rng.standard_normal(params.num_params) * 0.1, dtype=np.float32)
    opt = AdamW(params, lr=real.lr, betas=real.betas, eps=real.eps, weight_decay=real.weight_decay)
    opt.m[...] = xp.asarray(rng.standard_normal(params.num_params) * 0.01, dtype=np.float32)
    opt.v[...] = xp.asarray(rng.random(params.num_params) * 1e-4, dtype=np.float32)
    opt.t = 4
    lr = args[1] if len(args) > 1 else kwargs.get("lr")
    return (opt, lr), {"grad_scale": xp.asarray(0.7, dtype=np.float32)}


def observe(args, kwargs, result):
    opt = args[0]
    return opt.params.data, opt.m, opt.v
