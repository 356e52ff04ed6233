// AdamW over the whole flat parameter buffer in one launch.
// Math: minigrad/optim.py (AdamW.step, the reference). Per element, with g = grad * grad_scale:
//   p <- p - (lr * wd) * (M * p)                                 decoupled decay, old p
//   m <- b1 * m + (1 - b1) * g
//   v <- b2 * v + (1 - b2) * g^2
//   p <- p - (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
// Every scalar arrives already rounded to float32 exactly as the reference's NumPy/CuPy
// operations round them, and every product and sum is spelled __fmul_rn / __fadd_rn
// (never fused into an FMA), so the result is the reference's bit for bit: each line
// above is one correctly rounded float32 operation in the same order as there.
//   grad_scale   null (scale 1), or float32 [1] on the device: e.g. the clip factor
//                min(1, max_norm / (norm + 1e-6)) from grad_norm.cu, so clipping costs no
//                extra pass over the gradient and no host sync.
//                A NON-FINITE grad_scale (inf or NaN) means "skip this step": param, m and v
//                are left untouched. The loss scaler (minigrad/amp.py) passes NaN when the
//                scaled gradient overflowed, so skipping needs no host sync either.
#include "common.cu"

extern "C" __global__ void adamw_step(float* __restrict__ param, const float* __restrict__ grad,
                                      float* __restrict__ m, float* __restrict__ v,
                                      const float* __restrict__ decay_mask, long long n,
                                      const float* __restrict__ grad_scale, float lr_wd, float b1,
                                      float one_minus_b1, float b2, float one_minus_b2, float inv_sqrt_bias2,
                                      float eps, float step_size) {
    const float scale = grad_scale ? grad_scale[0] : 1.0f;
    if (grad_scale && (__float_as_int(scale) & 0x7f800000) == 0x7f800000) return;  // inf/NaN: skip (no barriers here)
    const long long stride = (long long)gridDim.x * blockDim.x;
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += stride) {
        const float g = grad_scale ? __fmul_rn(grad[i], scale) : grad[i];
        float p = param[i];
        p = __fsub_rn(p, __fmul_rn(__fmul_rn(p, decay_mask[i]), lr_wd));
        const float mi = __fadd_rn(__fmul_rn(m[i], b1), __fmul_rn(g, one_minus_b1));
        const float vi = __fadd_rn(__fmul_rn(v[i], b2), __fmul_rn(__fmul_rn(g, g), one_minus_b2));
        const float denom = __fadd_rn(__fmul_rn(__fsqrt_rn(vi), inv_sqrt_bias2), eps);
        p = __fsub_rn(p, __fmul_rn(__fdiv_rn(mi, denom), step_size));
        m[i] = mi;
        v[i] = vi;
        param[i] = p;
    }
}
