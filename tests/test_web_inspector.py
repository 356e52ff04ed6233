"""The page's inspector under Node.js: its attention weights and top-5 probabilities equal guppy/inspector.py's.

The tolerance. Both sides run the same float32 forward (the page accumulates some sums in float64), so each
softmax input differs by rounding only. A softmax p = softmax(x) moves, to first order, by
    dp_i = p_i (dx_i - sum_j p_j dx_j),   so   |dp_i| <= 2 p_i max_j |dx_j| <= 2 max_j |dx_j|.
For the probabilities x is the logits z, which the Node tests already hold to 1e-4 of max |z| (LOGITS_TOL, the
float32 chain's); for the attention weights x is the scores s = q.k / sqrt(hd), made by the same chain, held
to the same 1e-4 of max |s|. So a probability may differ by 2e-4 max |z| and a weight by 2e-4 max |s|, with
max |z| and max |s| read from Python's forward over the same tokens.
"""

from __future__ import annotations

import numpy as np
import pytest
from test_web_node import NO_NODE, NODE, answers
from web_support import PROMPTS, make_run

from guppy.inspector import attention_maps, look_inside, softmax, top_candidates, watching_attention
from guppy.training.checkpoint import load_run
from guppy.web.export import export_web

pytestmark = pytest.mark.skipif(NODE is None, reason=NO_NODE)
LOGITS_TOL = 1e-4  # relative to the largest |logit|: tests/test_web_node.py, check_logits


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(str(tmp_path_factory.mktemp("inspector_run")))


@pytest.fixture(scope="module")
def site(run, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("inspector_site"))
    export_web(run, out)
    return out


def largest_score(model, ids) -> float:
    """max |q.k| / sqrt(hd) over every layer, head and pair of positions: the scale of the attention's inputs."""
    largest = []

    def watch(qkv, cache):
        T, three_d = qkv.shape[1:]
        H = model.config.n_heads
        q, k, _ = qkv[0].reshape(T, 3, H, three_d // (3 * H)).transpose(1, 2, 0, 3)  # each [H, T, hd]
        largest.append(float(np.abs(q @ k.transpose(0, 2, 1)).max() / np.sqrt(q.shape[-1])))

    with watching_attention(model, watch):
        batch = np.asarray([ids], dtype=np.int32)
        model.forward(batch, np.ones_like(batch))  # every position counted (the evaluation forward)
    return max(largest)


def test_the_inspectors_attention_and_top5_equal_python(run, site, tmp_path):
    model, tokenizer, _ = load_run(run)
    worst = {"weights": 0.0, "probabilities": 0.0}
    same_ids = positions = 0
    for prompt in PROMPTS[:4]:
        ids = look_inside(model, tokenizer, prompt, max_tokens=24).ids
        logits, maps = attention_maps(model, ids)
        (js,) = answers(site, [{"kind": "inspect", "ids": ids}], tmp_path)
        T = len(ids)
        js_maps = np.zeros_like(maps)
        for layer, heads in enumerate(js["maps"]):
            for head, rows in enumerate(heads):
                for i, row in enumerate(rows):
                    assert len(row) == i + 1  # position i sees positions 0 .. i
                    js_maps[layer, head, i, : i + 1] = row
        weights_tol = 2 * LOGITS_TOL * largest_score(model, ids)
        assert np.abs(js_maps - maps).max() <= weights_tol, prompt

        want_ids, want_p = top_candidates(logits, k=5)
        got_ids = np.array([[c["id"] for c in row] for row in js["top"]])
        got_p = np.array([[c["p"] for c in row] for row in js["top"]])
        assert got_ids.shape == (T, 5)
        p_tol = 2 * LOGITS_TOL * np.abs(logits).max()
        assert np.abs(got_p - want_p).max() <= p_tol, prompt
        # each candidate the page lists has Python's probability, and the same tokens are listed except where
        # two candidates are closer than the tolerance and may swap
        assert np.abs(got_p - np.take_along_axis(softmax(logits), got_ids, axis=1)).max() <= p_tol, prompt
        clear = np.abs(np.diff(want_p, axis=1)).min(axis=1) > 2 * p_tol
        assert clear.any() and (got_ids[clear] == want_ids[clear]).all(), prompt
        same_ids += int((got_ids == want_ids).all(axis=1).sum())
        positions += T
        print(f"{prompt[:24]!r}: tolerance weight {weights_tol:.1e}, probability {p_tol:.1e}")
        worst["weights"] = max(worst["weights"], float(np.abs(js_maps - maps).max()))
        worst["probabilities"] = max(worst["probabilities"], float(np.abs(got_p - want_p).max()))
    print(f"largest difference from Python: weight {worst['weights']:.1e}, probability {worst['probabilities']:.1e}")
    print(f"the same five tokens in the same order at {same_ids} of {positions} positions")
