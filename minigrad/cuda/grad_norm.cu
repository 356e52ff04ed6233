// Global L2 norm of a flat gradient buffer, and the clip factor, with no host sync.
// Math: minigrad/optim.py (global_norm, clip_grad_norm_, the references):
//   norm  = sqrt(sum_i g_i^2)
//   scale = min(1, max_norm / (norm + 1e-6))     (what clipping multiplies g by)
// Two launches, deterministic (fixed grid, fixed order): sumsq_partial writes one
// double per block, norm_finish adds them up in one block. The squares are summed in
// double: 8.7M float32 squares summed in float32 would lose about 3 digits.
#include "common.cu"

template <typename T>
__device__ void sumsq_partial_impl(const T* __restrict__ g, long long n, double* __restrict__ partial) {
    __shared__ double scratch[32];
    double s = 0.0;
    const long long stride = (long long)gridDim.x * blockDim.x;
    for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += stride) {
        const double x = mg_load(g, i);
        s += x * x;
    }
    s = mg_block_sum(s, scratch);
    if (threadIdx.x == 0) partial[blockIdx.x] = s;
}

extern "C" __global__ void sumsq_partial_f32(const float* g, long long n, double* partial) {
    sumsq_partial_impl<float>(g, n, partial);
}

extern "C" __global__ void sumsq_partial_f16(const mg_half* g, long long n, double* partial) {
    sumsq_partial_impl<mg_half>(g, n, partial);
}

// One block: norm[0] = sqrt(sum of partials); scale[0] = min(1, max_norm / (norm + 1e-6))
// when scale is not null (rounded in float32 like the reference's float32 arrays).
extern "C" __global__ void norm_finish(const double* __restrict__ partial, int n_parts, float max_norm,
                                       float* __restrict__ norm, float* __restrict__ scale) {
    __shared__ double scratch[32];
    double s = 0.0;
    for (int i = threadIdx.x; i < n_parts; i += blockDim.x) s += partial[i];
    s = mg_block_sum(s, scratch);
    if (threadIdx.x == 0) {
        const float nrm = (float)sqrt(s);
        norm[0] = nrm;
        if (scale) scale[0] = fminf(1.0f, __fdiv_rn(max_norm, __fadd_rn(nrm, 1e-6f)));
    }
}
