"""What the fused-kernel tests share: tolerances, float64 copies and
the layernorm case (tests/test_cuda_kernels.py on the emulator, tests/test_cuda_gpu.py
on a real GPU). Not a test file: pytest imports it from the tests folder.

Tolerances, of max_relative_error (minigrad/relative_error.py: max |fused - exact| / max |exact|):
float32 kernels 2e-5, the worst case of a row reduction of D = 384 terms (384 u32 = 2.3e-5;
such sums measure 1e-7..1e-6, and an indexing error is >1e-2; minigrad/gradcheck.py explains
the float32 tolerances); float16 inputs/outputs 3e-3 (storing a float16 rounds to
2^-11 = 4.9e-4 relative, a few such roundings add up).
"""

import numpy as np

import minigrad.kernels as reference

TOL32, TOL16 = 2e-5, 3e-3


def f64(*arrays):
    return [np.asarray(a, dtype=np.float64) for a in arrays]


def layernorm_case(rng, shape):
    """Random float32 (x, gamma, beta, dy) off zero and one, and the float64 reference
    output and gradients (dx, dgamma, dbeta)."""
    D = shape[-1]
    x = (rng.standard_normal(shape) * 2 + 0.5).astype(np.float32)
    g = (1 + 0.2 * rng.standard_normal(D)).astype(np.float32)
    b = (0.2 * rng.standard_normal(D)).astype(np.float32)
    dy = rng.standard_normal(shape).astype(np.float32)
    exact_y, cache = reference.layernorm_forward(*f64(x, g, b))
    exact_grads = reference.layernorm_backward(f64(dy)[0], cache)
    return x, g, b, dy, exact_y, exact_grads
