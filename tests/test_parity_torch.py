"""tools/parity_torch.py: our forward, loss and every gradient equal PyTorch's in float64 (tiny and guppy presets)."""

import importlib.util
import os

import pytest

torch = pytest.importorskip(
    "torch", reason="torch is not installed: the parity check needs it (pip install torch==2.13.0, the test extra)"
)

TOOL = os.path.join(os.path.dirname(__file__), "..", "tools", "parity_torch.py")


@pytest.fixture(scope="module")
def parity():
    spec = importlib.util.spec_from_file_location("parity_torch", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_row_of_the_tiny_and_guppy_presets_is_within_its_derived_tolerance(parity, capsys):
    assert parity.main([]) == 0
    printed = capsys.readouterr().out
    rows = [line for line in printed.splitlines() if line.endswith(("PASS", "FAIL"))]
    # tiny: logits, loss and 28 tensors; guppy: logits, loss and 76 tensors
    assert len(rows) == 30 + 78 and all(line.endswith("PASS") for line in rows)
    assert "grad blocks.5.ffn.down.bias" in printed and "logits (counted positions)" in printed


def test_the_untied_head_and_a_differing_reference_are_seen(parity, monkeypatch):
    """The cpu preset's own head matrix gets its row; and a reference that differs (attention that is not
    causal) fails the logits and the gradients: the comparison can fail."""
    m = parity.get_preset("cpu").model
    tokenizer = parity.fresh_tokenizer(m.vocab_size, seed=1)
    rows = parity.compare("cpu", parity.GuppyLM(m, seed=1), tokenizer, seed=1)
    assert "grad head.weight" in [r[0] for r in rows] and all(error <= tol for _, _, error, tol in rows)
    attend = parity.F.scaled_dot_product_attention
    monkeypatch.setattr(
        parity.F, "scaled_dot_product_attention", lambda q, k, v, is_causal: attend(q, k, v, is_causal=False)
    )
    rows = parity.compare("cpu, not causal", parity.GuppyLM(m, seed=1), tokenizer, seed=1)
    failed = {name for name, _, error, tol in rows if error > tol}
    assert {"logits (counted positions)", "loss", "grad blocks.0.attn.qkv.weight"} <= failed
