"""Both notebooks run from a clean kernel with CI's small settings, in a learner's order, and draw their figures.

tools/run_notebooks.py executes them (nbclient); any cell that raises fails the test with the cell and its
traceback. Notebook 2 talks to the shipped fish where guppy has one, else to the run notebook 1 trains here.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
from run_notebooks import BUILD, TALK, run_all

from guppy.training.checkpoint import load_run


def figures(notebook) -> int:
    return sum("image/png" in out.get("data", {}) for cell in notebook.cells for out in cell.get("outputs", []))


def printed(notebook) -> str:
    return "".join(out.get("text", "") for cell in notebook.cells for out in cell.get("outputs", []))


def test_both_notebooks_run_clean_and_draw_their_figures(tmp_path):
    done = run_all(small=True, workdir=str(tmp_path))
    build, talk = done[BUILD][0], done[TALK][0]
    # notebook 1: the lengths' histogram and the live loss plot; the gradient checks passed and the fish was saved
    assert figures(build) == 2
    text = printed(build)
    assert "a backward without the last term of (B3):\n  dx" in text and "FAIL" in text  # the planted mistake shows
    assert "passed" in text and load_run(str(tmp_path / "run"))[2].name == "tiny"
    # notebook 2: temperatures, the candidates of each step, every layer and head, one map up close
    assert figures(talk) == 4
    assert "greedy" in printed(talk)
