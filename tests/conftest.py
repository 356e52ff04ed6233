"""Shared test fixtures: the array backends to run each test on.

GPU variants run when cupy.is_available() is True and are skipped otherwise, never faked.
(`import cupy` alone succeeds on machines without a GPU, so importorskip would not skip.)
"""

import numpy as np
import pytest

from minigrad.backend import cuda_available

GPU = cuda_available()
BACKENDS = [
    "numpy",
    pytest.param("cupy", marks=pytest.mark.skipif(not GPU, reason="no usable CUDA GPU (cupy.is_available() is False)")),
]


@pytest.fixture(params=BACKENDS)
def xp(request):
    """The array module under test: numpy always, cupy where a GPU is present."""
    if request.param == "numpy":
        return np
    import cupy

    return cupy


@pytest.fixture(scope="module")
def emulated():
    """The CUDA sources run on the CPU through minigrad/cuda/emulator.py (g++), for the fused-kernel tests."""
    from minigrad.cuda import loader
    from minigrad.cuda.emulator import EmulatedProvider, EmulatorUnavailable

    try:
        provider = EmulatedProvider()
    except EmulatorUnavailable as exc:
        pytest.skip(str(exc))
    with loader.use_provider(provider):
        yield provider


def pytest_terminal_summary(terminalreporter):
    """Say why the Node.js and browser tests were skipped, where they were (the GPU skips are many and expected)."""
    reasons = {}
    for report in terminalreporter.stats.get("skipped", []):
        if "test_web_" in report.nodeid and isinstance(report.longrepr, tuple):
            reasons.setdefault(report.longrepr[2].removeprefix("Skipped: "), report.nodeid.split("::")[0])
    for reason, where in reasons.items():
        terminalreporter.write_line(f"{where} skipped: {reason}")
