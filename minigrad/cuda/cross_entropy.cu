// Softmax cross-entropy, forward and gradient in one pass over the logits.
// Math: minigrad/kernels/cross_entropy.py (the reference). Here:
//   logits, dlogits   [n_rows, V]   float32 or float16 (_f16); dlogits may be logits itself
//   targets           int64 [n_rows]; rows whose target == ignore_index do not count
//   weight            float32 [1]:  1 / max(n_valid, 1)          (written by ce_weight)
//   row_loss          float32 [n_rows]: weight * (logsumexp(z) - z_t), 0 on ignored rows
//   loss              float32 [1]:  sum of row_loss                (written by ce_sum)
//   dlogits[n, i] = weight * (softmax(z_n)_i - [i == t_n]) on valid rows, 0 on ignored rows
// A valid target outside [0, V) makes that row's loss and gradient NaN (the GPU cannot
// raise; NaN makes the bad batch visible in the loss instead of reading out of bounds).
// Three launches, no host sync: ce_weight (1 block), ce_rows (1 block per row), ce_sum (1 block).
#include "common.cu"

// Count the valid targets (one block; per-thread integer counts, exact in float up to 2^24).
extern "C" __global__ void ce_weight(const long long* __restrict__ targets, long long n_rows, long long ignore_index,
                                     float* __restrict__ weight) {
    __shared__ float scratch[32];
    int count = 0;
    for (long long r = threadIdx.x; r < n_rows; r += blockDim.x) count += targets[r] != ignore_index;
    const float n_valid = mg_block_sum((float)count, scratch);
    if (threadIdx.x == 0) weight[0] = 1.0f / fmaxf(n_valid, 1.0f);  // all ignored: weight 1, loss 0
}

// One block per row: online (max, sum exp) statistics, then the gradient in a second
// sweep (re-reading the row from L1/L2). z_t is read by every thread BEFORE the
// block reduction's barriers, because with dlogits == logits the second sweep
// overwrites it.
template <typename T>
__device__ void ce_rows_impl(const T* logits, const long long* __restrict__ targets, T* dlogits,
                             float* __restrict__ row_loss, const float* __restrict__ weight, int V,
                             long long ignore_index) {
    __shared__ float scratch[64];
    const long long row = blockIdx.x;
    const long long base = row * V;
    const long long t = targets[row];
    const bool valid = t != ignore_index;
    const bool bad = valid && (t < 0 || t >= V);
    const float z_t = (valid && !bad) ? mg_load(logits, base + t) : 0.0f;
    const float w = valid ? weight[0] : 0.0f;

    float m = -MG_INF, s = 0.0f;
    for (int i = threadIdx.x; i < V; i += blockDim.x) mg_softmax_merge(m, s, mg_load(logits, base + i), 1.0f);
    mg_block_softmax_stats(m, s, scratch);  // has barriers: every thread has read its logits
    const float inv_s = 1.0f / s;

    if (threadIdx.x == 0) row_loss[row] = bad ? MG_NAN : (valid ? (logf(s) - (z_t - m)) * w : 0.0f);
    for (int i = threadIdx.x; i < V; i += blockDim.x) {
        float g = 0.0f;
        if (bad) g = MG_NAN;
        else if (valid) g = (expf(mg_load(logits, base + i) - m) * inv_s - (i == t ? 1.0f : 0.0f)) * w;
        mg_store(dlogits, base + i, g);
    }
}

extern "C" __global__ void ce_rows_f32(const float* logits, const long long* targets, float* dlogits,
                                       float* row_loss, const float* weight, int V, long long ignore_index) {
    ce_rows_impl<float>(logits, targets, dlogits, row_loss, weight, V, ignore_index);
}

extern "C" __global__ void ce_rows_f16(const mg_half* logits, const long long* targets, mg_half* dlogits,
                                       float* row_loss, const float* weight, int V, long long ignore_index) {
    ce_rows_impl<mg_half>(logits, targets, dlogits, row_loss, weight, V, ignore_index);
}

// loss = sum of row_loss, one block, fixed order: deterministic.
extern "C" __global__ void ce_sum(const float* __restrict__ row_loss, long long n_rows, float* __restrict__ loss) {
    __shared__ float scratch[32];
    float s = 0.0f;
    for (long long r = threadIdx.x; r < n_rows; r += blockDim.x) s += row_loss[r];
    s = mg_block_sum(s, scratch);
    if (threadIdx.x == 0) loss[0] = s;
}
