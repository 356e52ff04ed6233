"""The bug gallery: every planted bug is caught, by the check the gallery says, and nothing stays planted."""

import io

import pytest

import minigrad.kernels.attention as attention_module
from guppy.cli import build_parser
from guppy.gradcheck.bugs import BUGS, NO_BUG
from guppy.gradcheck.gallery import caught, run_checks, run_gallery
from guppy.gradcheck.model import clean_check

# Bugs that finite differences cannot see, and the check that sees each.
MISSED_BY_FINITE_DIFFERENCES = {
    "LayerNorm variance over D - 1, with the backward derived for it": "layernorm rows normalised",
    "attention forward without the causal mask (backward consistent with it)": "causality",
    "LayerNorm variance as E[x^2] - E[x]^2 (one pass)": "float32 vs float64, layernorm, mean 100",
}


@pytest.fixture(scope="module")
def verdicts():
    return {bug.title: run_checks(bug) for bug in BUGS}


def test_the_clean_model_passes_every_check():
    assert caught(run_checks(NO_BUG)) == []


def test_every_planted_bug_is_caught_by_the_check_the_gallery_names(verdicts):
    assert len(BUGS) >= 10
    for title, result in verdicts.items():
        by = caught(result)
        assert by, title
        if title in MISSED_BY_FINITE_DIFFERENCES:
            assert "finite differences" not in by and MISSED_BY_FINITE_DIFFERENCES[title] in by, (title, by)
        else:
            assert "finite differences" in by, (title, by)


def test_the_one_entry_bug_slips_past_the_old_single_number(verdicts):
    result = verdicts["one entry of blocks.0.ffn.up.weight's gradient off by 1e-6 of the tensor's largest"]
    old = next(v for v in result if v.check.startswith("one number"))
    assert old.passed and not old.counts and caught(result) == ["finite differences"]


def test_patches_are_undone_and_the_model_is_clean_again():
    originals = (attention_module._mask_bias, attention_module.softmax_backward)
    for bug in BUGS:
        if bug.patches:
            run_checks(bug)
    assert (attention_module._mask_bias, attention_module.softmax_backward) == originals
    assert caught(run_checks(NO_BUG)) == []
    assert clean_check().outcome("tok_emb.weight").passed


def test_the_gallery_prints_its_tally(monkeypatch):
    monkeypatch.setattr("guppy.gradcheck.bugs.BUGS", BUGS[:2])  # the whole gallery runs in the test above
    out = io.StringIO()
    assert run_gallery(out) == 0
    text = out.getvalue()
    assert "2 of 2 planted bugs caught" in text and text.count("caught by: finite differences") == 2
    assert build_parser().parse_args(["gradcheck", "--bugs"]).bugs
