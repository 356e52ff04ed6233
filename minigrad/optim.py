"""AdamW, the warm-up + cosine learning-rate schedule, and global-norm gradient clipping.

Everything works on the flat buffers of minigrad.params.FlatParams, so each update is a
few whole-buffer array operations (in place, with `out=`), never a loop over tensors.
(AdamW on the CPU walks the buffer in cache-sized blocks; the math is the same.)
"""

from __future__ import annotations

import math

import numpy as np

from minigrad.backend import array_module, to_numpy
from minigrad.params import FlatParams

CPU_BLOCK = 1 << 18  # elements per block of the CPU update: 1 MiB of float32 per buffer


class OptimizerStateError(ValueError):
    """An optimizer state does not fit these parameters (missing entry or wrong size)."""


class AdamW:
    """Adam with decoupled weight decay (Loshchilov & Hutter), as in torch.optim.AdamW.

    With gradient g, step count t (1 for the first step), learning rate lr and the
    decay mask M (1 on matrices and embeddings, 0 on biases and norm gains):

        p   <- p - lr * wd * M * p                  decoupled decay, uses p before the update
        m   <- b1 * m + (1 - b1) * g                first moment
        v   <- b2 * v + (1 - b2) * g^2              second moment
        m^  =  m / (1 - b1^t)                       bias corrections: m and v start at 0,
        v^  =  v / (1 - b2^t)                       so early averages are too small
        p   <- p - lr * m^ / (sqrt(v^) + eps)

    The last line is computed as p -= (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps),
    folding the corrections into scalars. One scratch buffer holds the temporaries.
    """

    def __init__(
        self,
        params: FlatParams,
        lr: float = 3e-4,
        betas=(0.9, 0.95),
        eps: float = 1e-8,
        weight_decay: float = 0.1,
        decay_mask=None,
    ):
        b1, b2 = betas
        if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
            raise ValueError(f"betas must lie in [0, 1), got {tuple(betas)}")
        if lr < 0 or eps < 0 or weight_decay < 0:
            raise ValueError(f"lr, eps and weight_decay must be >= 0, got {lr}, {eps}, {weight_decay}")
        self.params = params
        self.lr = float(lr)
        self.betas = (float(b1), float(b2))
        self.eps = float(eps)
        self.weight_decay = float(weight_decay)
        self.t = 0  # number of steps taken
        xp, n, dtype = params.xp, params.num_params, params.dtype
        self.m = xp.zeros(n, dtype=dtype)
        self.v = xp.zeros(n, dtype=dtype)
        # On the CPU, step() walks the buffers in blocks of CPU_BLOCK elements (see there).
        self._block = max(n, 1) if xp is not np else CPU_BLOCK
        self._scratch = xp.empty(min(n, self._block), dtype=dtype)
        # None: decay the ndim >= 2 tensors only (params.decay_mask()).
        self.decay_mask = params.decay_mask() if decay_mask is None else decay_mask
        if tuple(self.decay_mask.shape) != (n,):
            raise ValueError(
                f"decay_mask must be a flat buffer of {n} elements, got shape {tuple(self.decay_mask.shape)}"
            )

    def step(self, lr: float | None = None) -> None:
        """One update from params.grad (lr overrides the constructor's lr for this step)."""
        lr = self.lr if lr is None else float(lr)
        b1, b2 = self.betas
        self.t += 1
        scalars = dict(
            decay=lr * self.weight_decay,
            b1=b1,
            b2=b2,
            inv_sqrt_bias2=1.0 / math.sqrt(1.0 - b2**self.t),
            eps=self.eps,
            step_size=lr / (1.0 - b1**self.t),
        )
        p, g, m, v, mask = self.params.data, self.params.grad, self.m, self.v, self.decay_mask
        # On the CPU, walk the buffers in ~1 MiB blocks so that the in-place operations re-read
        # data from cache instead of RAM (docs/RESULTS.md, section 2). It is a loop over
        # memory blocks, not over tensors. On a GPU one block is best.
        n, block = p.shape[0], self._block
        for s in range(0, n, block):
            e = min(s + block, n)
            _adamw_update(p[s:e], g[s:e], m[s:e], v[s:e], mask[s:e], self._scratch[: e - s], **scalars)

    # ------------------------------------------------------------ save / load
    def state_dict(self) -> dict:
        """{'m': float array, 'v': float array, 'step': int64 0-d array}, all NumPy on the host."""
        m, v = to_numpy(self.m), to_numpy(self.v)
        return {
            "m": m.copy() if m is self.m else m,
            "v": v.copy() if v is self.v else v,
            "step": np.array(self.t, dtype=np.int64),
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore m, v and the step count from state_dict() output (e.g. read back from safetensors)."""
        n = self.params.num_params
        for key in ("m", "v", "step"):
            if key not in state:
                raise OptimizerStateError(f"optimizer state has no {key!r} entry (keys: {sorted(state)})")
        for key in ("m", "v"):
            size = int(np.prod(state[key].shape))
            if size != n:
                raise OptimizerStateError(f"optimizer state {key!r} has {size} elements but the parameters have {n}")
        step = np.asarray(to_numpy(state["step"]))
        if step.size != 1 or step.dtype.kind not in "iu" or int(step.reshape(-1)[0]) < 0:
            raise OptimizerStateError(
                f"optimizer state 'step' must be one non-negative integer, got {step.dtype} of shape {list(step.shape)}"
            )
        xp, dtype = self.params.xp, self.params.dtype
        self.m[...] = xp.asarray(to_numpy(state["m"]).reshape(n), dtype=dtype)
        self.v[...] = xp.asarray(to_numpy(state["v"]).reshape(n), dtype=dtype)
        self.t = int(step.reshape(-1)[0])


def _adamw_update(p, g, m, v, mask, tmp, *, decay, b1, b2, inv_sqrt_bias2, eps, step_size):
    """The AdamW equations on one block of the flat buffers, in place; tmp is scratch."""
    xp = array_module(p)
    if decay != 0.0:  # p -= lr * wd * M * p
        xp.multiply(p, mask, out=tmp)
        tmp *= decay
        p -= tmp

    m *= b1  # m = b1 m + (1 - b1) g
    xp.multiply(g, 1.0 - b1, out=tmp)
    m += tmp

    v *= b2  # v = b2 v + (1 - b2) g^2
    xp.multiply(g, g, out=tmp)
    tmp *= 1.0 - b2
    v += tmp

    xp.sqrt(v, out=tmp)  # tmp = sqrt(v^) + eps = sqrt(v) / sqrt(1 - b2^t) + eps
    tmp *= inv_sqrt_bias2
    tmp += eps
    xp.divide(m, tmp, out=tmp)  # tmp = m / (sqrt(v^) + eps)
    tmp *= step_size  # lr / (1 - b1^t) turns m into lr * m^
    p -= tmp


def lr_at(step: int, base_lr: float = 3e-4, warmup: int = 200, total: int = 10000, min_lr: float = 3e-5) -> float:
    """Learning rate for optimizer step `step` (counted from 0).

    Warm-up, steps 0 .. warmup-1: lr = base_lr * (step + 1) / (warmup + 1), a straight
        line that starts at base_lr / (warmup + 1) for step 0 (never exactly 0, so no
        step is wasted) and would reach base_lr at step = warmup.
    Cosine, steps warmup .. total: with q = (step - warmup) / (total - warmup) in [0, 1],
        lr = min_lr + (base_lr - min_lr) * (1 + cos(pi * q)) / 2,
        which is base_lr at step = warmup and min_lr at step = total.
    After total: min_lr.
    """
    if step < 0 or warmup < 0 or total < warmup:
        raise ValueError(f"need step >= 0 and 0 <= warmup <= total, got step={step}, warmup={warmup}, total={total}")
    if step < warmup:
        return base_lr * (step + 1) / (warmup + 1)
    if step >= total:
        return min_lr
    q = (step - warmup) / (total - warmup)
    return min_lr + (base_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * q))


def global_norm(grad_flat):
    """L2 norm of the whole flat buffer, sqrt(sum g_i^2), as a 0-d array (no host sync on CuPy).

    Half-precision buffers are summed in float32 so that the squares cannot overflow.
    """
    xp = array_module(grad_flat)
    g = grad_flat.reshape(-1)
    if g.dtype.itemsize < 4:
        g = g.astype(np.float32)
    return xp.asarray(xp.sqrt(xp.dot(g, g)))


def clip_grad_norm_(grad_flat, max_norm: float):
    """Scale grad_flat in place so its global L2 norm is at most max_norm; return the norm before clipping.

        scale = min(1, max_norm / (norm + 1e-6));   g <- scale * g

    The scale stays an array (no float(), no `if norm > max_norm`), so on CuPy nothing
    waits for the GPU. The 1e-6 guards against dividing by a zero norm. A non-finite
    norm makes the gradient non-finite too; the caller can check the returned norm.
    """
    xp = array_module(grad_flat)
    norm = global_norm(grad_flat)
    scale = xp.minimum(1.0, max_norm / (norm + 1e-6))
    grad_flat *= scale.astype(grad_flat.dtype)
    return norm
