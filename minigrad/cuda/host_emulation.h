// host_emulation.h: run this package's CUDA kernels on the CPU, for tests on machines
// without a GPU. Not fast and not a simulator of the hardware: it runs the kernel
// source as plain C++, one std::thread per CUDA thread, blocks one after another.
// What it does check: indexing, loop bounds, reductions, masks, float16 rounding,
// i.e. the logic. What it cannot check: warp-synchronous timing, the memory model,
// NVRTC-specific compile errors (the compile tests cover those).
//
// Emulated: threadIdx/blockIdx/blockDim/gridDim, __syncthreads (a std::barrier over
// the block), __shfl_xor_sync and __shfl_sync (values exchanged through a buffer
// between two block-wide barriers, so every thread of the block must reach every
// shuffle, which this package's kernels guarantee), __shared__ (static storage,
// valid because blocks run one at a time), dynamic shared memory, float16 bits.
//
// Built by emulator.py: g++ -std=c++20 -ffp-contract=off -include host_emulation.h ...
#pragma once
#define MG_HOST_EMULATION 1

#include <barrier>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

struct mg_dim3 {
    unsigned x = 1, y = 1, z = 1;
};

inline thread_local mg_dim3 threadIdx, blockIdx;
inline mg_dim3 blockDim, gridDim;
inline std::barrier<>* mg_block_barrier = nullptr;
inline std::vector<uint64_t> mg_exchange;  // one slot per thread of the running block
alignas(16) inline unsigned char mg_dynamic_smem[1 << 16];

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __shared__ static
#define __restrict__ __restrict
#define __launch_bounds__(...)
constexpr int warpSize = 32;

inline void __syncthreads() { mg_block_barrier->arrive_and_wait(); }

inline unsigned mg_linear_tid() { return threadIdx.x + blockDim.x * (threadIdx.y + blockDim.y * threadIdx.z); }

template <class T>
T mg_exchange_with(T v, unsigned source_tid) {
    static_assert(sizeof(T) <= sizeof(uint64_t), "shuffle of a value wider than 8 bytes");
    const unsigned me = mg_linear_tid();
    std::memcpy(&mg_exchange[me], &v, sizeof(T));
    __syncthreads();
    T out;
    std::memcpy(&out, &mg_exchange[source_tid], sizeof(T));
    __syncthreads();
    return out;
}

template <class T>
T __shfl_xor_sync(unsigned, T v, int lane_mask, int = 32) {
    return mg_exchange_with(v, mg_linear_tid() ^ unsigned(lane_mask));
}

template <class T>
T __shfl_sync(unsigned, T v, int src_lane, int = 32) {
    return mg_exchange_with(v, (mg_linear_tid() & ~31u) + unsigned(src_lane));
}

inline float __int_as_float(int i) { float f; std::memcpy(&f, &i, 4); return f; }
inline int __float_as_int(float f) { int i; std::memcpy(&i, &f, 4); return i; }
inline float rsqrtf(float x) { return 1.0f / std::sqrt(x); }
// Correctly rounded float32 operations (built with -ffp-contract=off: nothing is fused).
inline float __fadd_rn(float a, float b) { return a + b; }
inline float __fsub_rn(float a, float b) { return a - b; }
inline float __fmul_rn(float a, float b) { return a * b; }
inline float __fdiv_rn(float a, float b) { return a / b; }
inline float __fsqrt_rn(float a) { return std::sqrt(a); }
using std::max;
using std::min;
using std::sqrt;

inline float mg_half_to_float(unsigned short h) { _Float16 f; std::memcpy(&f, &h, 2); return float(f); }
inline unsigned short mg_float_to_half(float x) {
    _Float16 f = static_cast<_Float16>(x);  // round to nearest even, like cvt.rn.f16.f32
    unsigned short h;
    std::memcpy(&h, &f, 2);
    return h;
}

template <class... A, std::size_t... I>
void mg_call_packed(void (*kernel)(A...), void** args, std::index_sequence<I...>) {
    kernel(*static_cast<std::remove_cv_t<std::remove_reference_t<A>>*>(args[I])...);
}

// Launch like cudaLaunchKernel: args[i] points at the value of parameter i.
// One std::thread per thread of a block; the same threads run the blocks one after
// another, meeting at a barrier after each block (so static __shared__ storage is
// never used by two blocks at once). A thread that returns early from the kernel
// waits at that end-of-block barrier, so, as on the GPU, no __syncthreads or
// shuffle may follow an early return (this package's kernels keep that rule).
template <class... A>
int mg_launch(void (*kernel)(A...), mg_dim3 grid, mg_dim3 block, void** args) {
    const unsigned n = block.x * block.y * block.z;
    if (n == 0 || n > 1024 || n % 32 != 0) return 1;  // block size must be a multiple of 32, at most 1024
    blockDim = block;
    gridDim = grid;
    mg_exchange.assign(n, 0);
    std::barrier<> bar(n);
    mg_block_barrier = &bar;
    std::vector<std::thread> threads;
    threads.reserve(n);
    for (unsigned t = 0; t < n; ++t)
        threads.emplace_back([&, t] {
            threadIdx = {t % block.x, (t / block.x) % block.y, t / (block.x * block.y)};
            for (unsigned bz = 0; bz < grid.z; ++bz)
                for (unsigned by = 0; by < grid.y; ++by)
                    for (unsigned bx = 0; bx < grid.x; ++bx) {
                        blockIdx = {bx, by, bz};
                        mg_call_packed(kernel, args, std::index_sequence_for<A...>{});
                        bar.arrive_and_wait();  // the block is done
                    }
        });
    for (auto& th : threads) th.join();
    return 0;
}

#define MG_EXPORT(kernel)                                                                                  \
    extern "C" int mg_emulated_##kernel(unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,  \
                                         unsigned bz, void** args) {                                       \
        return mg_launch(kernel, mg_dim3{gx, gy, gz}, mg_dim3{bx, by, bz}, args);                          \
    }
