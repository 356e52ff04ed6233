"""Execute the notebooks from a clean kernel, in a learner's order: build the fish, then talk to it.

    python tools/run_notebooks.py --small            # CI's run (tests/test_notebooks.py); the outputs are dropped
    python tools/run_notebooks.py --small --inplace  # write the outputs into the notebooks (what is committed)

The settings cell of each notebook reads GUPPY_NOTEBOOK_SMALL (small sizes), GUPPY_NOTEBOOK_WORKDIR (where
notebook 1 writes its data and run) and GUPPY_NOTEBOOK_CHECKPOINT (the run notebook 2 talks to). Notebook 2
talks to the fish shipped with guppy when there is one, else to the run notebook 1 has just trained.
A failing cell raises nbclient's CellExecutionError, which names the cell and shows its traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "notebooks")
BUILD, TALK = "01_build_the_fish.ipynb", "02_talk_to_the_fish.ipynb"


def shipped_fish() -> str | None:
    try:
        from guppy.fish import shipped_fish_dir
    except ImportError:  # a guppy from before the shipped fish
        return None
    return shipped_fish_dir()


def execute(name: str, env: dict) -> tuple[nbformat.NotebookNode, float]:
    """(the executed notebook, wall seconds): a fresh kernel in notebooks/, with env added to this process's."""
    notebook = nbformat.read(os.path.join(NOTEBOOKS, name), as_version=4)
    client = NotebookClient(notebook, timeout=900, kernel_name="python3", resources={"metadata": {"path": NOTEBOOKS}})
    started = time.perf_counter()
    client.execute(env={**os.environ, **env})
    return notebook, time.perf_counter() - started


def run_all(small: bool, workdir: str | None = None) -> dict[str, tuple[nbformat.NotebookNode, float]]:
    """Both notebooks, notebook 1 first; workdir None keeps each notebook's own default (notebooks/guppy-work)."""
    env = {"GUPPY_NOTEBOOK_SMALL": "1" if small else "0"}
    if workdir is not None:
        env["GUPPY_NOTEBOOK_WORKDIR"] = workdir
    done = {BUILD: execute(BUILD, env)}
    if shipped_fish() is None:
        env["GUPPY_NOTEBOOK_CHECKPOINT"] = os.path.join(workdir or "guppy-work", "run")
    done[TALK] = execute(TALK, env)
    return done


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", action="store_true", help="CI's sizes (GUPPY_NOTEBOOK_SMALL=1)")
    parser.add_argument("--inplace", action="store_true", help="write the outputs into the notebooks")
    args = parser.parse_args(argv)
    for name, (notebook, seconds) in run_all(args.small).items():
        print(f"{name}: {seconds:.1f} s")
        if args.inplace:
            nbformat.write(notebook, os.path.join(NOTEBOOKS, name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
