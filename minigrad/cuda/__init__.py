"""Fused CUDA kernels for CuPy, each beside its array-module reference, self-checked.

For the model's kernels:

    import minigrad.kernels
    from minigrad.cuda import fused_kernel_set
    K = fused_kernel_set(minigrad.kernels)        # a SimpleNamespace with every function of base
    model = GuppyLM(config, backend, kernels=K)

K has the same function names as `base`; layernorm, softmax, attention and
cross_entropy (forward and backward) are replaced by self-checked wrappers
(selfcheck.CheckedOp): fused on CuPy float32/float16 arrays after a one-time
comparison with the reference, the reference otherwise. Without a usable GPU, with
enabled=False, or under force_reference(True) (guppy's `--no-fused`),
K's functions are base's own and nothing is compiled.

For the optimizer (flat buffers of minigrad.optim.AdamW):

    norm = fused_clip_and_step(opt, lr, max_norm)   # = clip_grad_norm_(grad, max_norm); opt.step(lr)
    # or the parts:
    norm, scale = fused_clip_scale(grad_flat, max_norm)   # 2 launches, grad untouched
    fused_adamw_step(opt, lr, grad_scale=scale)            # 1 launch
    norm = fused_global_norm(grad_flat)

Each falls back to the reference (minigrad.optim) off the GPU or when its check fails.
selfcheck.format_report() says which ops run fused and their measured errors.
"""

from __future__ import annotations

import functools
import types

from . import adamw as _adamw
from . import attention as _attention
from . import cross_entropy as _cross_entropy
from . import grad_norm as _grad_norm
from . import layernorm as _layernorm
from . import softmax as _softmax
from .selfcheck import CheckedOp, FusedKernelWarning, force_reference, format_report, fused_forced_off, report

__all__ = [
    "fused_kernel_set",
    "fused_adamw_step",
    "fused_global_norm",
    "fused_clip_scale",
    "fused_clip_grad_norm_",
    "fused_clip_and_step",
    "gpu_usable",
    "force_reference",
    "fused_forced_off",
    "report",
    "format_report",
    "FusedKernelWarning",
    "FUSED_OPS",
]

# op name -> module with checked(reference_forward, reference_backward)
FUSED_OPS = {
    "layernorm": _layernorm,
    "softmax": _softmax,
    "attention": _attention,
    "cross_entropy": _cross_entropy,
}


def gpu_usable() -> bool:
    """CuPy can run on a GPU here (a tiny smoke op; compiles nothing of ours)."""
    from minigrad.backend import cuda_available

    return cuda_available()


def _wrap(checked_method, reference):
    """A plain function with the reference's name, docstring and signature (inspect follows __wrapped__)."""

    @functools.wraps(reference)
    def call(*args, **kwargs):
        return checked_method(*args, **kwargs)

    return call


def fused_kernel_set(base, enabled: bool = True, *, check_gpu: bool = True) -> types.SimpleNamespace:
    """The functions of `base` (e.g. minigrad.kernels), with fused versions swapped in where they exist.

    Returns base's functions unchanged (and compiles nothing) when enabled is False,
    when force_reference(True) is in effect, or when no usable GPU is present
    (check_gpu=False skips that last test: for tests that bring their own kernel provider).
    The namespace's `fused` attribute maps each replaced op name to its CheckedOp.
    """
    names = [n for n in dir(base) if not n.startswith("_") and callable(getattr(base, n))]
    ns = types.SimpleNamespace(**{n: getattr(base, n) for n in names})
    ns.fused = {}
    if not enabled or fused_forced_off() or (check_gpu and not gpu_usable()):
        return ns
    for op_name, module in FUSED_OPS.items():
        fwd, bwd = f"{op_name}_forward", f"{op_name}_backward"
        if not (hasattr(base, fwd) and hasattr(base, bwd)):
            continue
        op = module.checked(getattr(base, fwd), getattr(base, bwd))
        setattr(ns, fwd, _wrap(op.forward, getattr(base, fwd)))
        setattr(ns, bwd, _wrap(op.backward, getattr(base, bwd)))
        ns.fused[op_name] = op
    return ns


# ------------------------------------------------------------ optimizer entry points


@functools.cache
def _optimizer_ops():
    """The CheckedOps of the optimizer path, made on first use (they import minigrad.optim)."""
    from minigrad.backend import array_module
    from minigrad.optim import clip_grad_norm_, global_norm

    def observe_opt(args, kwargs, result):
        return _adamw.observe(args, kwargs, result)

    def observe_clip(args, kwargs, result):
        return args[0], result  # the scaled gradient and the norm

    return types.SimpleNamespace(
        # bit-for-bit equal by construction (adamw.cu); 1e-5 leaves room for a sqrt ulp
        adamw=CheckedOp(
            "adamw",
            _adamw.adamw_step,
            _adamw.reference_step,
            _adamw.make_inputs,
            tol=1e-5,
            observe=observe_opt,
            supports=_adamw.supports,
            module_of=lambda args, kwargs: array_module(args[0].params.data),
        ),
        # double vs float32 accumulation of 100k squares: ~1e-7 relative
        norm=CheckedOp(
            "global_norm",
            _grad_norm.global_norm,
            global_norm,
            _grad_norm.make_inputs,
            tol=1e-5,
            supports=_grad_norm.supports,
        ),
        clip_scale=CheckedOp(
            "clip_scale",
            _grad_norm.clip_scale,
            _grad_norm.reference_clip_scale,
            _grad_norm.make_inputs,
            tol=1e-5,
            supports=_grad_norm.supports,
        ),
        clip=CheckedOp(
            "clip_grad_norm_",
            _grad_norm.clip_grad_norm_,
            clip_grad_norm_,
            _grad_norm.make_inputs,
            tol=1e-5,
            observe=observe_clip,
            supports=_grad_norm.supports,
        ),
    )


def fused_adamw_step(opt, lr=None, grad_scale=None) -> None:
    """opt.step(lr) in one launch, with the gradient multiplied by grad_scale (None, number or 0-d array).

    Fallback (CPU, or check failed): grad *= grad_scale in place, then opt.step(lr).
    """
    _optimizer_ops().adamw(opt, lr, grad_scale=grad_scale)


def fused_global_norm(grad_flat):
    """Like minigrad.optim.global_norm (0-d float32), in two launches."""
    return _optimizer_ops().norm(grad_flat)


def fused_clip_scale(grad_flat, max_norm: float):
    """(norm, scale) with scale = min(1, max_norm / (norm + 1e-6)); the gradient is not modified."""
    return _optimizer_ops().clip_scale(grad_flat, max_norm)


def fused_clip_grad_norm_(grad_flat, max_norm: float):
    """Like minigrad.optim.clip_grad_norm_: scales in place, returns the norm before clipping."""
    return _optimizer_ops().clip(grad_flat, max_norm)


def fused_clip_and_step(opt, lr, max_norm: float | None):
    """Clip by global norm (max_norm None: no clipping) and take one AdamW step; returns the norm (or None).

    On the GPU: 3 launches, no extra pass over the gradient, no host sync. The same as
    `norm = clip_grad_norm_(opt.params.grad, max_norm); opt.step(lr)` except that the
    gradient buffer is left unscaled (it is zeroed before the next backward anyway).
    """
    if max_norm is None:
        fused_adamw_step(opt, lr)
        return None
    norm, scale = fused_clip_scale(opt.params.grad, max_norm)
    fused_adamw_step(opt, lr, grad_scale=scale)
    return norm
