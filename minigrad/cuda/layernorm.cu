// LayerNorm over the last axis: forward, and backward in two launches.
// Math and shapes: minigrad/kernels/layernorm.py (the reference). Here:
//   x, y, dy, dx   [n_rows, d]   float32, or float16 (the _f16 kernels; statistics in float32)
//   gamma, beta    [d]           float32
//   mean, rstd     [n_rows]      float32 (the fused cache keeps them flat)
#include "common.cu"

// One block per row. Three passes over the row (sum, squared deviations, write);
// the second and third re-read x from L1/L2, not from DRAM.
// Two-pass variance, like the reference: no cancellation for rows with a large mean.
template <typename T>
__device__ void layernorm_forward_impl(const T* __restrict__ x, const float* __restrict__ gamma,
                                       const float* __restrict__ beta, T* __restrict__ y,
                                       float* __restrict__ mean_out, float* __restrict__ rstd_out,
                                       int d, float eps) {
    __shared__ float scratch[32];
    const long long row = blockIdx.x;
    const T* xr = x + row * d;
    T* yr = y + row * d;

    float sum = 0.0f;
    for (int i = threadIdx.x; i < d; i += blockDim.x) sum += mg_load(xr, i);
    const float mean = mg_block_sum(sum, scratch) / d;

    float sq = 0.0f;
    for (int i = threadIdx.x; i < d; i += blockDim.x) {
        const float c = mg_load(xr, i) - mean;
        sq += c * c;
    }
    const float rstd = rsqrtf(mg_block_sum(sq, scratch) / d + eps);

    for (int i = threadIdx.x; i < d; i += blockDim.x)
        mg_store(yr, i, (mg_load(xr, i) - mean) * rstd * gamma[i] + beta[i]);
    if (threadIdx.x == 0) {
        mean_out[row] = mean;
        rstd_out[row] = rstd;
    }
}

// Backward, launch 1: block b owns rows [b * rows_per_block, ...). For each row
//   g = dy * gamma,  xhat = (x - mean) * rstd
//   dx = rstd * (g - mean(g) - xhat * mean(g * xhat))
// and, per column, the block's partial sums of dy * xhat (dgamma) and dy (dbeta),
// kept in shared memory (2 * d floats) and written to partial[b, 0:d], partial[b, d:2d].
// Thread t always owns columns t, t + blockDim, ..., so the shared accumulators need
// no barrier. Partial sums per block, then a fixed-order sum: deterministic.
template <typename T>
__device__ void layernorm_backward_impl(const T* __restrict__ dy, const T* __restrict__ x,
                                        const float* __restrict__ gamma, const float* __restrict__ mean,
                                        const float* __restrict__ rstd, T* __restrict__ dx,
                                        float* __restrict__ partial, int n_rows, int d, int rows_per_block) {
    __shared__ float scratch[64];
    MG_DYNAMIC_SHARED(float, acc);  // acc[0:d] dgamma, acc[d:2d] dbeta
    for (int i = threadIdx.x; i < d; i += blockDim.x) {
        acc[i] = 0.0f;
        acc[d + i] = 0.0f;
    }
    const int first = blockIdx.x * rows_per_block;
    const int last = min(first + rows_per_block, n_rows);
    for (int r = first; r < last; ++r) {  // same trip count for every thread of the block
        const long long base = (long long)r * d;
        const float mu = mean[r], rs = rstd[r];
        float sum_g = 0.0f, sum_gx = 0.0f;
        for (int i = threadIdx.x; i < d; i += blockDim.x) {
            const float g = mg_load(dy, base + i) * gamma[i];
            sum_g += g;
            sum_gx += g * (mg_load(x, base + i) - mu) * rs;
        }
        mg_block_sum2(sum_g, sum_gx, scratch);
        const float mean_g = sum_g / d, mean_gx = sum_gx / d;
        for (int i = threadIdx.x; i < d; i += blockDim.x) {
            const float dyi = mg_load(dy, base + i);
            const float xhat = (mg_load(x, base + i) - mu) * rs;
            mg_store(dx, base + i, rs * (dyi * gamma[i] - mean_g - xhat * mean_gx));
            acc[i] += dyi * xhat;
            acc[d + i] += dyi;
        }
    }
    float* out = partial + (long long)blockIdx.x * 2 * d;
    for (int i = threadIdx.x; i < d; i += blockDim.x) {
        out[i] = acc[i];
        out[d + i] = acc[d + i];
    }
}

extern "C" __global__ void layernorm_forward_f32(const float* x, const float* gamma, const float* beta, float* y,
                                                 float* mean, float* rstd, int d, float eps) {
    layernorm_forward_impl<float>(x, gamma, beta, y, mean, rstd, d, eps);
}

extern "C" __global__ void layernorm_forward_f16(const mg_half* x, const float* gamma, const float* beta, mg_half* y,
                                                 float* mean, float* rstd, int d, float eps) {
    layernorm_forward_impl<mg_half>(x, gamma, beta, y, mean, rstd, d, eps);
}

extern "C" __global__ void layernorm_backward_f32(const float* dy, const float* x, const float* gamma,
                                                  const float* mean, const float* rstd, float* dx, float* partial,
                                                  int n_rows, int d, int rows_per_block) {
    layernorm_backward_impl<float>(dy, x, gamma, mean, rstd, dx, partial, n_rows, d, rows_per_block);
}

extern "C" __global__ void layernorm_backward_f16(const mg_half* dy, const mg_half* x, const float* gamma,
                                                  const float* mean, const float* rstd, mg_half* dx, float* partial,
                                                  int n_rows, int d, int rows_per_block) {
    layernorm_backward_impl<mg_half>(dy, x, gamma, mean, rstd, dx, partial, n_rows, d, rows_per_block);
}

// Backward, launch 2: dgamma[i] = sum over blocks b of partial[b, i], dbeta likewise.
// Block c owns 32 of the 2d output columns; its 8 warps each add every 8th partial
// row for those columns (coalesced: a warp reads 32 neighbouring floats), then warp 0
// adds the 8 results in order. Fixed order everywhere: deterministic.
extern "C" __global__ void layernorm_param_grads(const float* __restrict__ partial, float* __restrict__ dgamma,
                                                 float* __restrict__ dbeta, int n_blocks, int d) {
    __shared__ float group_sums[8][32];
    const int lane = threadIdx.x & 31, group = threadIdx.x >> 5;  // blockDim.x == 256
    const int col = blockIdx.x * 32 + lane;  // in [0, 2d): dgamma columns, then dbeta columns
    float s = 0.0f;
    if (col < 2 * d)
        for (int b = group; b < n_blocks; b += 8) s += partial[(long long)b * 2 * d + col];
    group_sums[group][lane] = s;
    __syncthreads();
    if (group == 0 && col < 2 * d) {
        float total = 0.0f;
        for (int k = 0; k < 8; ++k) total += group_sums[k][lane];
        if (col < d) dgamma[col] = total;
        else dbeta[col - d] = total;
    }
}
