// Row softmax, one warp per row, with the attention extras applied inside:
// an optional causal mask and optional dropout.
// Math: minigrad/kernels/softmax.py, attention.py and dropout.py (the references).
//
//   x, p        [n_rows, n_cols]   float32 or float16 (_f16); p may be x itself (in place)
//   causal_t    > 0: row r is query t = r % causal_t and sees keys j <= t; 0: no causal mask
//   uniform     null, or float32 [n_rows, n_cols] uniform draws in [0, 1): dropout keeps
//               entry e where uniform[e] >= drop_p, and writes keep[e] and
//               p_drop[e] = keep ? p * drop_scale : 0    (inverted dropout)
// Hidden entries get p = 0 exactly; a row with no visible entry is all zeros (not NaN).
#include "common.cu"

// Forward: pass 1 keeps online (max, sum of exp) statistics per lane, merged across
// the warp; pass 2 writes p = exp(x - max) / sum. Each lane touches columns
// lane, lane + 32, ... in both passes, so writing p over x is safe.
template <typename T>
__device__ void softmax_forward_impl(const T* x, T* p, long long n_rows, int n_cols, int causal_t,
                                     const float* __restrict__ uniform, float drop_p, float drop_scale,
                                     unsigned char* __restrict__ keep, T* __restrict__ p_drop) {
    const int lane = threadIdx.x & 31;
    const long long row = (long long)blockIdx.x * (blockDim.x >> 5) + (threadIdx.x >> 5);
    const bool active = row < n_rows;  // inactive warps still take part in the shuffles
    int n_visible = active ? n_cols : 0;
    if (active && causal_t > 0) n_visible = min(n_cols, (int)(row % causal_t) + 1);  // keys j <= t
    const long long base = row * n_cols;

    float m = -MG_INF, s = 0.0f;
    for (int j = lane; j < n_visible; j += 32) {
        mg_softmax_merge(m, s, mg_load(x, base + j), 1.0f);
    }
    mg_warp_softmax_stats(m, s);
    const float inv_sum = 1.0f / s;  // used only when s > 0

    if (!active) return;  // no shuffle or barrier after this point
    for (int j = lane; j < n_cols; j += 32) {
        // s == 0: nothing visible, or every visible x is -inf (where x - m would be NaN)
        const bool visible = s > 0.0f && j < n_visible;
        const float pj = visible ? expf(mg_load(x, base + j) - m) * inv_sum : 0.0f;
        mg_store(p, base + j, pj);
        if (uniform) {
            const bool kept = uniform[base + j] >= drop_p;
            keep[base + j] = kept;
            mg_store(p_drop, base + j, kept ? pj * drop_scale : 0.0f);
        }
    }
}

// Backward: with dP the gradient of p (after undoing dropout: dP = dA * keep * drop_scale),
//   dx_j = p_j * (dP_j - sum_i dP_i p_i).
// dx may be dp itself (in place): each lane reads its own entries before writing them.
template <typename T>
__device__ void softmax_backward_impl(const T* dp, const T* __restrict__ p, T* dx, long long n_rows, int n_cols,
                                      const unsigned char* __restrict__ keep, float drop_scale) {
    const int lane = threadIdx.x & 31;
    const long long row = (long long)blockIdx.x * (blockDim.x >> 5) + (threadIdx.x >> 5);
    const bool active = row < n_rows;
    const int n = active ? n_cols : 0;
    const long long base = row * n_cols;

    float dot = 0.0f;
    for (int j = lane; j < n; j += 32) {
        float g = mg_load(dp, base + j);
        if (keep) g = keep[base + j] ? g * drop_scale : 0.0f;
        dot += g * mg_load(p, base + j);
    }
    dot = mg_warp_sum(dot);

    for (int j = lane; j < n; j += 32) {
        float g = mg_load(dp, base + j);
        if (keep) g = keep[base + j] ? g * drop_scale : 0.0f;
        mg_store(dx, base + j, mg_load(p, base + j) * (g - dot));
    }
}

extern "C" __global__ void softmax_forward_f32(const float* x, float* p, long long n_rows, int n_cols, int causal_t,
                                               const float* uniform, float drop_p, float drop_scale,
                                               unsigned char* keep, float* p_drop) {
    softmax_forward_impl<float>(x, p, n_rows, n_cols, causal_t, uniform, drop_p, drop_scale, keep, p_drop);
}

extern "C" __global__ void softmax_forward_f16(const mg_half* x, mg_half* p, long long n_rows, int n_cols,
                                               int causal_t, const float* uniform, float drop_p,
                                               float drop_scale, unsigned char* keep, mg_half* p_drop) {
    softmax_forward_impl<mg_half>(x, p, n_rows, n_cols, causal_t, uniform, drop_p, drop_scale, keep, p_drop);
}

extern "C" __global__ void softmax_backward_f32(const float* dp, const float* p, float* dx, long long n_rows,
                                                int n_cols, const unsigned char* keep, float drop_scale) {
    softmax_backward_impl<float>(dp, p, dx, n_rows, n_cols, keep, drop_scale);
}

extern "C" __global__ void softmax_backward_f16(const mg_half* dp, const mg_half* p, mg_half* dx, long long n_rows,
                                                int n_cols, const unsigned char* keep, float drop_scale) {
    softmax_backward_impl<mg_half>(dp, p, dx, n_rows, n_cols, keep, drop_scale);
}
