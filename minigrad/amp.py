"""Mixed precision support: dynamic loss scaling with no host sync, and TF32 matmuls.

Why a loss scale. float16 keeps about 3 decimal digits between 6.1e-5 and 65504;
below 6.1e-5 it loses digits, and below 6e-8 everything is 0. Many gradients of a
language model are smaller than that, so a float16 backward would silently drop
them. Multiplying the loss by S (2^16 to start) makes every backward value S times
larger; the float32 master gradient is then S * g, and dividing by S (in float32)
gives g back before the optimizer sees it.

Why dynamic. If S is too large, some float16 value overflows to inf (and inf - inf
gives NaN). Such a step must be skipped and S made smaller. After `growth_interval`
good steps in a row, S is doubled again, to find the largest safe scale:

    found_inf = the scaled gradient holds an inf or a NaN
    found_inf:  skip the optimizer step;  S <- S * backoff_factor;  good <- 0
    otherwise:  good <- good + 1;  if good == growth_interval: S <- S * growth_factor, good <- 0

No host sync. S, the run of good steps and the count of skipped steps are 0-d arrays
on the device, and so is every quantity derived from them, so a GPU step never waits
for the host (the trainer reads them with the loss, every log_every steps):

    norm_s    = ||S g||                       one reduction over the flat gradient; an inf or
                                              NaN anywhere makes it inf or NaN, so it is also
    found_inf = not isfinite(norm_s)          the overflow check: no second pass
    norm      = norm_s / S                    the true gradient norm (what gets logged)
    factor    = min(1, clip / (norm + 1e-6)) / S,  or NaN when found_inf
    AdamW step with the gradient multiplied by `factor`   (clip and unscale: one multiplier)

and a NaN factor means "skip": the fused AdamW kernel (minigrad/cuda/adamw.cu) and its
reference (minigrad/cuda/adamw.py) both leave param, m and v untouched then.

What is approximated (and why it does not matter):
  * AdamW's step counter t advances on a skipped step, as does the learning-rate
    schedule (the host cannot know without a sync). t only enters the bias
    corrections 1 - b^t, so after k skips before the first real step that step is
    shorter (k = 3: about 0.56 of its size) and the difference fades within ~1/(1-b2)
    = 20 steps. Skips are rare after the first few steps.
  * The reference norm sums float32 squares: a finite gradient whose squares
    overflow float32 (entries above ~1e19) counts as an overflow and is skipped.
    The fused norm sums in double and has no such case.
"""

from __future__ import annotations

import os

import numpy as np

from minigrad.backend import to_numpy


class AmpError(ValueError):
    """A loss-scaler setting or state that cannot be used; the message says why."""


class DynamicLossScaler:
    """The loss scale S and its update rule, all on the device (see the module docstring).

    scale          0-d float32: what the loss is multiplied by (pass it as backward's dloss)
    good_steps     0-d int32: finite steps in a row since the last change of S
    skipped_steps  0-d int64: skipped (overflowed) steps in total
    Each update replaces these arrays (they are never modified in place), so a
    reference kept for logging keeps its step's value.
    """

    def __init__(
        self,
        init_scale: float = 2.0**16,
        growth_factor: float = 2.0,
        backoff_factor: float = 0.5,
        growth_interval: int = 2000,
        xp=np,
    ):
        if not (np.isfinite(init_scale) and init_scale > 0):  # also refuses NaN
            raise AmpError(f"init_scale must be a positive finite number, got {init_scale}")
        if not growth_factor > 1.0 or not 0.0 < backoff_factor < 1.0:
            raise AmpError(
                f"need growth_factor > 1 and 0 < backoff_factor < 1, got {growth_factor} and {backoff_factor}"
            )
        if int(growth_interval) < 1:
            raise AmpError(f"growth_interval must be at least 1, got {growth_interval}")
        self.xp = xp
        self.growth_factor = np.float32(growth_factor)
        self.backoff_factor = np.float32(backoff_factor)
        self.growth_interval = int(growth_interval)
        self.scale = xp.asarray(init_scale, dtype=np.float32)
        self.good_steps = xp.zeros((), dtype=np.int32)
        self.skipped_steps = xp.zeros((), dtype=np.int64)

    def __repr__(self) -> str:
        return (
            f"DynamicLossScaler(scale={float(self.scale)}, good_steps={int(self.good_steps)}, "
            f"skipped={int(self.skipped_steps)})"
        )

    def unscale_and_check(self, norm_scaled, max_norm: float | None = None):
        """From the norm of the scaled gradient: (found_inf, norm, factor), all 0-d device arrays.

        found_inf  bool: the scaled gradient holds an inf or NaN (the step must be skipped)
        norm       float32: the true global gradient norm, norm_scaled / S (inf/NaN on overflow)
        factor     float32: what to multiply the scaled gradient by before AdamW:
                   min(1, max_norm / (norm + 1e-6)) / S (no clip when max_norm is None),
                   and NaN when found_inf, which makes the AdamW step a no-op.
        """
        xp = self.xp
        norm_scaled = xp.asarray(norm_scaled, dtype=np.float32)
        found_inf = xp.asarray(~xp.isfinite(norm_scaled))
        norm = xp.asarray(norm_scaled / self.scale, dtype=np.float32)
        clip = xp.ones((), dtype=np.float32)
        if max_norm is not None:
            clip = xp.minimum(clip, np.float32(max_norm) / (norm + np.float32(1e-6)))
        factor = xp.where(found_inf, xp.full((), np.nan, dtype=np.float32), clip / self.scale)
        return found_inf, norm, xp.asarray(factor, dtype=np.float32)

    def update(self, found_inf) -> None:
        """Shrink S after an overflow, grow it after growth_interval good steps in a row (on the device)."""
        xp = self.xp
        good = xp.where(found_inf, 0, self.good_steps + 1)
        grow = good >= self.growth_interval
        factor = xp.where(found_inf, self.backoff_factor, xp.where(grow, self.growth_factor, np.float32(1.0)))
        self.scale = xp.asarray(self.scale * factor, dtype=np.float32)  # powers of 2: exact
        self.good_steps = xp.asarray(xp.where(grow, 0, good), dtype=np.int32)
        self.skipped_steps = xp.asarray(self.skipped_steps + xp.asarray(found_inf, dtype=np.int64), dtype=np.int64)

    # ------------------------------------------------------------ save / load
    STATE_KEYS = (
        "amp.scale",
        "amp.good_steps",
        "amp.skipped_steps",
        "amp.growth_factor",
        "amp.backoff_factor",
        "amp.growth_interval",
    )

    def state_dict(self) -> dict:
        """The state and the settings as NumPy 0-d arrays named amp.* (they go into optimizer.safetensors)."""
        return {
            "amp.scale": np.array(to_numpy(self.scale), dtype=np.float32),
            "amp.good_steps": np.array(to_numpy(self.good_steps), dtype=np.int64),
            "amp.skipped_steps": np.array(to_numpy(self.skipped_steps), dtype=np.int64),
            "amp.growth_factor": np.array(self.growth_factor, dtype=np.float32),
            "amp.backoff_factor": np.array(self.backoff_factor, dtype=np.float32),
            "amp.growth_interval": np.array(self.growth_interval, dtype=np.int64),
        }

    def load_state_dict(self, state: dict) -> None:
        """Restore from state_dict() output (checked first; nothing changes on error). Other keys are ignored."""
        missing = [k for k in self.STATE_KEYS if k not in state]
        if missing:
            raise AmpError(f"loss-scaler state has no {missing[0]!r} entry")
        values = {k: np.asarray(to_numpy(state[k])).reshape(-1)[0] for k in self.STATE_KEYS}
        probe = DynamicLossScaler(
            float(values["amp.scale"]),
            float(values["amp.growth_factor"]),
            float(values["amp.backoff_factor"]),
            int(values["amp.growth_interval"]),
        )  # validates
        if values["amp.good_steps"] < 0 or values["amp.skipped_steps"] < 0:
            raise AmpError("loss-scaler state has a negative step count")
        xp = self.xp
        self.growth_factor, self.backoff_factor = probe.growth_factor, probe.backoff_factor
        self.growth_interval = probe.growth_interval
        self.scale = xp.asarray(values["amp.scale"], dtype=np.float32)
        self.good_steps = xp.asarray(int(values["amp.good_steps"]), dtype=np.int32)
        self.skipped_steps = xp.asarray(int(values["amp.skipped_steps"]), dtype=np.int64)


def scaled_clip_and_step(opt, scaler: DynamicLossScaler, lr, max_norm: float | None):
    """One optimizer step from a loss-scaled gradient: unscale, clip, skip on overflow, update S.

    Returns (norm, found_inf) as 0-d device arrays (norm is the true, unscaled norm).
    On a GPU: the fused norm (2 launches), a few 0-d operations and the fused AdamW
    (1 launch); no host sync. Elsewhere the same contract through the references.
    The gradient buffer itself is left scaled (it is zeroed before the next backward).
    """
    from minigrad.cuda import fused_adamw_step, fused_global_norm

    found_inf, norm, factor = scaler.unscale_and_check(fused_global_norm(opt.params.grad), max_norm)
    fused_adamw_step(opt, lr, grad_scale=factor)
    scaler.update(found_inf)
    return norm, found_inf


def enable_tf32(backend, enabled: bool = True) -> str:
    """Let float32 matmuls on the GPU use TF32 tensor cores (10-bit mantissa inputs, float32 sums).

    enabled=False goes back to full float32 matmuls. Returns a one-line message saying
    what happened. On the CPU it changes nothing.
    """
    if not backend.is_gpu:
        return "--tf32 has no effect on the CPU (NumPy matmuls stay float32)"
    os.environ["CUPY_TF32"] = "1" if enabled else "0"  # read by CuPy when it first picks a float32 matmul mode
    try:
        from cupy._core import _routines_linalg as linalg

        mode = linalg.COMPUTE_TYPE_TF32 if enabled else linalg.COMPUTE_TYPE_DEFAULT
        linalg.set_compute_type(np.float32, mode)  # before Ampere CuPy warns and keeps float32
    except Exception as exc:  # an older CuPy, or no device to ask: the environment variable is all we can do
        return f"CUPY_TF32={os.environ['CUPY_TF32']} set; CuPy's matmul mode unchanged ({type(exc).__name__})"
    if not enabled:
        return "float32 matmuls are full float32 again"
    return "float32 matmuls use TF32 tensor cores (inputs rounded to 10-bit mantissas, sums in float32)"
