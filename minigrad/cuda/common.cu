// Helpers shared by every kernel file: warp and block reductions, float16 loads and
// stores, and a portable infinity. loader.py pastes this file in place of each
// kernel file's include line for it (so CuPy's compile cache sees the whole text).
// It has the .cu suffix so that setup.cfg's package_data ships it.
//
// No system headers: NVRTC (what CuPy compiles with) has none, so INFINITY and
// cuda_fp16.h are replaced by the two small definitions below.
//
// Rule for every kernel in this package: all threads of a block reach every
// reduction (no early return before a __syncthreads or a shuffle). That is what the
// hardware needs for __syncthreads, and what the CPU emulator (host_emulation.h)
// needs for shuffles, so the same source runs on both.
#ifndef MINIGRAD_CUDA_COMMON
#define MINIGRAD_CUDA_COMMON

#define MG_INF __int_as_float(0x7f800000)
#define MG_NAN __int_as_float(0x7fffffff)

// float16 is stored as its 16 raw bits; arithmetic is always float32.
typedef unsigned short mg_half;

#ifndef MG_HOST_EMULATION
__device__ __forceinline__ float mg_half_to_float(mg_half h) {
    float f;
    asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h));
    return f;
}
__device__ __forceinline__ mg_half mg_float_to_half(float f) {
    mg_half h;
    asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f));  // round to nearest even
    return h;
}
// Dynamic shared memory: one raw byte array for the whole module, cast per kernel.
#define MG_DYNAMIC_SHARED(type, name) \
    extern __shared__ __align__(16) unsigned char mg_dynamic_smem[]; \
    type* name = reinterpret_cast<type*>(mg_dynamic_smem)
#else
#define MG_DYNAMIC_SHARED(type, name) type* name = reinterpret_cast<type*>(mg_dynamic_smem)
#endif

// Loads and stores that read float or float16 and always compute in float.
__device__ __forceinline__ float mg_load(const float* p, long long i) { return p[i]; }
__device__ __forceinline__ float mg_load(const mg_half* p, long long i) { return mg_half_to_float(p[i]); }
__device__ __forceinline__ void mg_store(float* p, long long i, float v) { p[i] = v; }
__device__ __forceinline__ void mg_store(mg_half* p, long long i, float v) { p[i] = mg_float_to_half(v); }

// ---------------------------------------------------------------- warp reductions
template <typename F>
__device__ __forceinline__ F mg_warp_sum(F v) {
    for (int offset = 16; offset > 0; offset >>= 1) v += __shfl_xor_sync(0xffffffffu, v, offset);
    return v;  // every lane holds the warp's total (butterfly), in the same order on every lane
}

__device__ __forceinline__ float mg_warp_max(float v) {
    for (int offset = 16; offset > 0; offset >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, offset));
    return v;
}

// Online softmax statistics: (m, s) stands for "sum of exp(x_i - m) is s" over the
// values seen so far. Merging two such pairs rescales the smaller-max one. A pair
// with m = -inf is empty (s = 0), and the guards keep -inf - -inf (NaN) out.
__device__ __forceinline__ void mg_softmax_merge(float& m, float& s, float m2, float s2) {
    if (m2 > m) {
        s = s * expf(m - m2) + s2;  // expf(-inf) = 0 when m was empty
        m = m2;
    } else if (m2 != -MG_INF) {
        s += s2 * expf(m2 - m);
    }
}

__device__ __forceinline__ void mg_warp_softmax_stats(float& m, float& s) {
    for (int offset = 16; offset > 0; offset >>= 1) {
        float m2 = __shfl_xor_sync(0xffffffffu, m, offset);
        float s2 = __shfl_xor_sync(0xffffffffu, s, offset);
        mg_softmax_merge(m, s, m2, s2);
    }
}

// ---------------------------------------------------------------- block reductions
// blockDim.x must be a multiple of 32 (every launcher in this package uses one).
// `scratch` is __shared__ with room for 32 values. Every warp reduces, lane 0 of each
// warp posts its partial, and then EVERY warp reduces the posted partials, so all
// threads get the total without a broadcast step. The trailing __syncthreads lets
// the caller reuse scratch at once.

template <typename F>
__device__ __forceinline__ F mg_block_sum(F v, F* scratch) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, n_warps = blockDim.x >> 5;
    v = mg_warp_sum(v);
    if (lane == 0) scratch[warp] = v;
    __syncthreads();
    v = mg_warp_sum(lane < n_warps ? scratch[lane] : F(0));
    __syncthreads();
    return v;
}

// Two sums at once: one round of barriers instead of two.
__device__ __forceinline__ void mg_block_sum2(float& a, float& b, float* scratch64) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, n_warps = blockDim.x >> 5;
    a = mg_warp_sum(a);
    b = mg_warp_sum(b);
    if (lane == 0) { scratch64[warp] = a; scratch64[32 + warp] = b; }
    __syncthreads();
    a = mg_warp_sum(lane < n_warps ? scratch64[lane] : 0.0f);
    b = mg_warp_sum(lane < n_warps ? scratch64[32 + lane] : 0.0f);
    __syncthreads();
}

__device__ __forceinline__ void mg_block_softmax_stats(float& m, float& s, float* scratch64) {
    const int lane = threadIdx.x & 31, warp = threadIdx.x >> 5, n_warps = blockDim.x >> 5;
    mg_warp_softmax_stats(m, s);
    if (lane == 0) { scratch64[warp] = m; scratch64[32 + warp] = s; }
    __syncthreads();
    m = lane < n_warps ? scratch64[lane] : -MG_INF;
    s = lane < n_warps ? scratch64[32 + lane] : 0.0f;
    mg_warp_softmax_stats(m, s);
    __syncthreads();
}

#endif  // MINIGRAD_CUDA_COMMON
