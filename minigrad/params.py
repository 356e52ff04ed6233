"""All parameters in one contiguous flat buffer, with named views into it.

Why one buffer: the optimizer, gradient clipping, zero_grad and weight decay then
become a handful of whole-buffer array operations instead of a Python loop over ~80
tensors. Each named parameter is a reshaped slice of the buffer (a view, not a copy),
so a kernel that writes `grads["ffn.up.weight"] += ...` is writing into the flat
gradient buffer that AdamW reads.

    layout = ParamLayout([("w", (3, 4)), ("b", (4,))])   # offsets: w at 0..12, b at 12..16
    flat = FlatParams(layout, numpy)                        # .data and .grad, 16 floats each
    flat.tensors["w"]  -> [3, 4] view of flat.data[0:12]
    flat.grads["b"]   -> [4] view of flat.grad[12:16]

The same ParamLayout slices any other flat buffer of `layout.size` elements the same
way: AdamW moments, a float16 copy for mixed precision, a host copy for saving.
"""

from __future__ import annotations

import math
from types import ModuleType

import numpy as np

from minigrad.backend import array_module, make_rng, to_numpy

DEFAULT_INIT_STD = 0.02


class ParamMismatchError(ValueError):
    """A checkpoint does not fit the model: missing, unexpected or wrongly shaped tensors."""


def _shape_str(shape) -> str:
    return "[" + ", ".join(str(int(s)) for s in shape) + "]"


class ParamLayout:
    """Names, shapes and offsets of parameters packed one after another in a flat buffer.

    Tensor i occupies flat[offsets[i] : offsets[i] + numel_i], in the order given.
    """

    def __init__(self, named_shapes):
        names, shapes, offsets = [], {}, {}
        total = 0
        for name, shape in named_shapes:
            if not isinstance(name, str) or not name:
                raise ValueError(f"parameter names must be non-empty strings, got {name!r}")
            if name in shapes:
                raise ValueError(f"parameter {name!r} appears twice in the layout")
            shape = tuple(int(s) for s in shape)
            if any(s < 0 for s in shape):
                raise ValueError(f"parameter {name!r} has a negative dimension in shape {_shape_str(shape)}")
            names.append(name)
            shapes[name] = shape
            offsets[name] = total
            total += math.prod(shape)
        self.names: list[str] = names
        self.shapes: dict[str, tuple[int, ...]] = shapes
        self.offsets: dict[str, int] = offsets
        self.size: int = total

    def __len__(self) -> int:
        return len(self.names)

    def __repr__(self) -> str:
        return f"ParamLayout({len(self.names)} tensors, {self.size:,} elements)"

    def numel(self, name: str) -> int:
        return math.prod(self.shapes[name])

    def _check_flat(self, flat) -> None:
        if flat.ndim != 1 or flat.shape[0] != self.size:
            raise ValueError(f"expected a flat 1-D buffer of {self.size} elements, got shape {_shape_str(flat.shape)}")
        if not flat.flags.c_contiguous:
            raise ValueError("the flat buffer must be contiguous (a strided buffer would make copies, not views)")

    def view(self, flat, name: str):
        """The parameter `name` as a reshaped view into `flat` (numpy or cupy, any dtype)."""
        self._check_flat(flat)
        if name not in self.shapes:
            raise KeyError(f"no parameter named {name!r} in this layout")
        start = self.offsets[name]
        return flat[start : start + self.numel(name)].reshape(self.shapes[name])

    def views(self, flat) -> dict:
        """Every parameter as a view into `flat`, in layout order. No data is copied."""
        self._check_flat(flat)
        out = {}
        for name in self.names:
            start = self.offsets[name]
            out[name] = flat[start : start + self.numel(name)].reshape(self.shapes[name])
        return out

    def zeros(self, xp: ModuleType = np, dtype=np.float32):
        """A new zero-filled flat buffer with this layout's size."""
        return xp.zeros(self.size, dtype=dtype)

    def decay_mask(self, xp: ModuleType = np, dtype=np.float32):
        """Flat buffer: 1 over tensors with ndim >= 2 (matrices, embeddings), 0 over biases and norm gains."""
        mask = np.zeros(self.size, dtype=dtype)
        for name in self.names:
            if len(self.shapes[name]) >= 2:
                start = self.offsets[name]
                mask[start : start + self.numel(name)] = 1
        return xp.asarray(mask)


def _parse_init(name, kind):
    """'zeros' | 'ones' | 'normal' | ('normal', std) -> (kind, std)."""
    if isinstance(kind, str):
        kind, std = kind, DEFAULT_INIT_STD
    elif isinstance(kind, (tuple, list)) and len(kind) in (1, 2) and isinstance(kind[0], str):
        kind, std = kind[0], (kind[1] if len(kind) == 2 else DEFAULT_INIT_STD)
    else:
        raise ValueError(f"init spec for {name!r} must be 'zeros', 'ones', 'normal' or ('normal', std), got {kind!r}")
    if kind not in ("zeros", "ones", "normal"):
        raise ValueError(f"unknown init kind {kind!r} for {name!r}; choose 'zeros', 'ones' or 'normal'")
    if kind == "normal" and not (isinstance(std, (int, float)) and std >= 0):
        raise ValueError(f"init std for {name!r} must be a non-negative number, got {std!r}")
    return kind, float(std)


def check_tensor_shapes(layout: ParamLayout, found: dict) -> None:
    """Check {name: (shape, dtype)} of a checkpoint against the layout; ParamMismatchError names the first problem.

    Works on shapes alone, so a file's header can be checked before its data is read or
    any buffer of its claimed size is allocated.
    """
    problems = []
    for name in layout.names:
        expected = layout.shapes[name]
        if name not in found:
            problems.append(f"checkpoint has no tensor {name!r} (the model expects shape {_shape_str(expected)})")
            continue
        shape, dtype = found[name]
        got = tuple(shape)
        if got != expected:
            problems.append(
                f"checkpoint tensor {name!r} has shape {_shape_str(got)} but the model expects {_shape_str(expected)}"
            )
        elif np.dtype(dtype).kind != "f":
            problems.append(f"checkpoint tensor {name!r} has dtype {np.dtype(dtype)}, expected floating point")
    for name, (shape, _) in found.items():
        if name not in layout.shapes:
            problems.append(f"checkpoint has unexpected tensor {name!r} with shape {_shape_str(shape)}")
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ParamMismatchError(problems[0] + more)


class FlatParams:
    """Parameters and their gradients as two flat buffers of the array module `xp`.

    data, grad: 1-D xp arrays of layout.size elements (dtype `dtype`)
    tensors, grads: dicts name -> view into data / grad
    """

    def __init__(self, layout: ParamLayout, xp: ModuleType = np, dtype=np.float32):
        self.layout = layout
        self.xp = xp
        self.dtype = np.dtype(dtype)
        self.data = xp.zeros(layout.size, dtype=self.dtype)
        self.grad = xp.zeros(layout.size, dtype=self.dtype)
        self.tensors = layout.views(self.data)
        self.grads = layout.views(self.grad)

    def __repr__(self) -> str:
        return f"FlatParams({len(self.layout)} tensors, {self.num_params:,} params, {self.dtype}, {self.xp.__name__})"

    @property
    def num_params(self) -> int:
        return self.layout.size

    def zero_grad(self) -> None:
        """Set every gradient to zero with one fill of the whole buffer."""
        self.grad.fill(0)

    def rebind(self, data=None, grad=None) -> None:
        """Move the parameters (data) and/or the gradients (grad) into other flat buffers.

        The values are copied into the new buffers and the named views are rebuilt over
        them; used to put them in memory that worker processes share (guppy/training/parallel.py).
        """
        for attr, new in (("data", data), ("grad", grad)):
            if new is None:
                continue
            self.layout._check_flat(new)
            new[...] = getattr(self, attr)
            setattr(self, attr, new)
        self.tensors = self.layout.views(self.data)
        self.grads = self.layout.views(self.grad)

    def init_(self, rng, spec: dict) -> FlatParams:
        """Fill the parameters in place: spec maps every name to 'zeros', 'ones', 'normal' or ('normal', std).

        `rng` is a generator from minigrad.backend.make_rng (or an int seed). Tensors are
        drawn in layout order, so the result does not depend on the order of `spec`.
        """
        if isinstance(rng, (int, np.integer)):
            rng = make_rng(self.xp, int(rng))
        missing = [n for n in self.layout.names if n not in spec]
        if missing:
            raise ValueError(f"init spec has no entry for parameter {missing[0]!r} ({len(missing)} missing)")
        unknown = [n for n in spec if n not in self.layout.shapes]
        if unknown:
            raise ValueError(f"init spec names {unknown[0]!r}, which is not a parameter of this layout")
        for name in self.layout.names:
            kind, std = _parse_init(name, spec[name])
            view = self.tensors[name]
            if kind == "zeros":
                view.fill(0)
            elif kind == "ones":
                view.fill(1)
            else:
                # Draw in float32 (numpy's generator has no float16), then cast into the view.
                sample = rng.standard_normal(view.shape, dtype=np.float32)
                view[...] = self.xp.asarray(sample) * np.float32(std)
        return self

    def decay_mask(self):
        """1 over weights with ndim >= 2, 0 over biases and norm gains; same backend and dtype as data."""
        return self.layout.decay_mask(self.xp, self.dtype)

    # ------------------------------------------------------------ save / load
    def state_dict(self) -> dict:
        """name -> NumPy host copy of each parameter (detached from this object's buffers)."""
        host = to_numpy(self.data)
        if host is self.data:  # numpy backend: to_numpy gave the buffer itself
            host = host.copy()
        return self.layout.views(host)

    def load_state_dict(self, tensors: dict) -> None:
        """Copy `tensors` (name -> array) into the parameters, after checking names and shapes.

        Raises ParamMismatchError naming the first offending tensor; nothing is changed then.
        """
        check_tensor_shapes(self.layout, {name: (t.shape, t.dtype) for name, t in tensors.items()})
        # Assemble on the host, then move to the device in one transfer.
        host = np.empty(self.layout.size, dtype=self.dtype)
        for name, view in self.layout.views(host).items():
            view[...] = to_numpy(tensors[name])
        self.data[...] = self.xp.asarray(host)

    # ------------------------------------------------------------ conversions
    def _copy_with(self, xp: ModuleType, dtype) -> FlatParams:
        out = FlatParams(self.layout, xp, dtype)
        same_module = array_module(self.data) is xp
        for src, dst in ((self.data, out.data), (self.grad, out.grad)):
            dst[...] = src.astype(out.dtype) if same_module else xp.asarray(to_numpy(src), dtype=out.dtype)
        return out

    def to(self, xp: ModuleType) -> FlatParams:
        """A copy (data and grad) on the array module `xp` (numpy or cupy)."""
        return self._copy_with(xp, self.dtype)

    def astype(self, dtype) -> FlatParams:
        """A copy (data and grad) in another dtype, e.g. float16 for mixed precision or float64 for checks."""
        return self._copy_with(self.xp, dtype)
