"""Every CUDA source compiles, without a GPU.

- nvcc --ptx -arch=sm_90 on the exact text CuPy compiles (loader.source_text, with
  common.cu pasted in); skipped only where nvcc is absent.
- NVRTC (what CuPy really uses at run time: no system headers, so e.g. INFINITY is
  undefined there) through CuPy's compiler, when CuPy and the NVRTC library are
  installed; skipped otherwise.
Each kernel named in the source must appear as a PTX entry.
"""

import shutil
import subprocess

import pytest

from minigrad.cuda import loader

SOURCES = loader.source_files()
NVCC = shutil.which("nvcc")


def test_sources_found():
    assert {"layernorm.cu", "cross_entropy.cu", "softmax.cu", "adamw.cu"} <= set(SOURCES)
    for name in SOURCES:
        assert loader.kernel_names(name), f'{name} defines no extern "C" kernels'
        assert "\n#include" not in loader.source_text(name), f"{name}: an include was not pasted in"


def _entries(ptx: str) -> set:
    return {line.split()[-1].rstrip("(") for line in ptx.splitlines() if ".entry" in line}


@pytest.mark.skipif(NVCC is None, reason="nvcc is not installed")
@pytest.mark.parametrize("name", SOURCES)
def test_nvcc_compiles_to_ptx(name, tmp_path):
    src = tmp_path / name
    src.write_text(loader.source_text(name))
    out = tmp_path / (name + ".ptx")
    done = subprocess.run(
        [NVCC, "--ptx", "-arch=sm_90", *loader.COMPILE_OPTIONS, "-Werror", "all-warnings", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert set(loader.kernel_names(name)) <= _entries(out.read_text())


def _nvrtc_program():
    try:
        from cupy.cuda import compiler
        from cupy_backends.cuda.libs import nvrtc

        nvrtc.getVersion()  # raises when the NVRTC library is not installed
        return compiler._NVRTCProgram
    except Exception:
        return None


NVRTC = _nvrtc_program()


@pytest.mark.skipif(NVRTC is None, reason="CuPy's NVRTC is not available (pip install nvidia-cuda-nvrtc)")
@pytest.mark.parametrize("name", SOURCES)
def test_nvrtc_compiles(name):
    # The options CuPy adds for a RawModule on an sm_90 device, minus the device query.
    options = (*loader.COMPILE_OPTIONS, "-arch=compute_90", "--device-as-default-execution-space")
    ptx, _ = NVRTC(loader.source_text(name), name, (), (), name_expressions=None, method="ptx").compile(options)
    ptx = ptx.decode() if isinstance(ptx, bytes) else ptx
    assert set(loader.kernel_names(name)) <= _entries(ptx)
