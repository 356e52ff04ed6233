"""The exported page in a real headless Chromium: it loads, answers greedily as `guppy chat --temperature 0`
does (token for token), and says in one line what is wrong with a bad file.

The page is served by an in-test http.server and driven over the DevTools pipe
(guppy/web/headless.py). Skipped, with the reason, where no Chromium is installed;
.ci/run installs Debian's chromium-headless-shell through .ci/install-browser.
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest
from web_support import PROMPTS, make_run, python_reply

from guppy.cli import main
from guppy.inspector import look_inside
from guppy.training.checkpoint import load_run
from guppy.web.export import export_web
from guppy.web.headless import BROWSER_NAMES, Browser, find_browser, serve
from minigrad.safetensors import load_file, save_file

BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason=f"no headless Chromium found (tried $GUPPY_BROWSER, {', '.join(BROWSER_NAMES)}); "
    "install one with .ci/install-browser (apt-get install chromium-headless-shell)",
)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(str(tmp_path_factory.mktemp("web_run")))


@pytest.fixture(scope="module")
def sites(run, tmp_path_factory):
    """The exported site, and copies of it with a renamed tensor and without tokenizer.json, served together."""
    root = tmp_path_factory.mktemp("web_sites")
    export_web(run, str(root / "good"))
    shutil.copytree(root / "good", root / "renamed")
    tensors = load_file(str(root / "good" / "model.safetensors"))
    tensors["norm.gain"] = tensors.pop("norm.weight")
    save_file(tensors, str(root / "renamed" / "model.safetensors"))
    shutil.copytree(root / "good", root / "no_tokenizer")
    os.remove(root / "no_tokenizer" / "tokenizer.json")
    with serve(str(root)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with Browser(BROWSER) as b:
        yield b


@pytest.fixture(scope="module")
def page(browser, sites):
    page = browser.open(f"{sites}/good/index.html")
    loaded = page.wait_loaded()
    assert loaded["state"] == "ready", loaded["text"]
    return page


def test_the_page_answers_as_guppy_chat_does_token_for_token(run, page, capsys):
    # an <input> drops line breaks from its value (as a line typed into guppy chat has none)
    for prompt in [p.replace("\n", "") for p in PROMPTS]:
        got = page.ask(prompt, temperature=0)
        want = python_reply(run, prompt)
        assert got["done"] == "ok" and got["ids"] == want["ids"], repr(prompt)
        assert main(["chat", "--checkpoint", run, "--prompt", prompt, "--temperature", "0", "--device", "cpu"]) == 0
        assert got["text"] + "\n" == capsys.readouterr().out
        assert got["tokens_per_second"] > 0 and "tokens/s (KV cache, greedy, prompt" in got["status"]
        assert got["prompt_tokens"] == len(want["prompt_ids"]) and got["seconds"] > 0
    assert "cut to fit the context" in got["status"]  # the last prompt is longer than the context


def test_full_recompute_and_seeded_sampling_in_the_page(page):
    prompt = "do you like bubbles"
    cached, recomputed = page.ask(prompt), page.ask(prompt, kv_cache=False)
    assert cached["ids"] == recomputed["ids"] and "full recompute" in recomputed["status"]
    first, again, other = (page.ask(prompt, temperature=1.0, top_k=5, seed=s) for s in ("42", "42", "43"))
    assert first["ids"] == again["ids"] != other["ids"] and "seed 42" in again["status"]


def test_bad_controls_and_empty_prompts_are_told_in_the_reply(page):
    assert page.ask("   ")["text"] == "the prompt is empty; type something for the fish"
    assert page.ask("hi", seed="x1")["text"].startswith("the seed must be a whole number")
    assert page.ask("hi", top_k=-1)["done"] == "error"


@pytest.mark.parametrize(
    "site, message",
    [
        ("renamed", "model.safetensors has no tensor norm.weight"),
        ("no_tokenizer", "cannot fetch tokenizer.json: HTTP 404"),
    ],
)
def test_a_bad_file_is_shown_on_the_page(browser, sites, site, message):
    loaded = browser.open(f"{sites}/{site}/index.html").wait_loaded()
    assert loaded["state"] == "error" and message in loaded["text"]


# the inspector under the chat, as the page shows it: its selects, the map's pixels and the candidates' cells
_INSPECTOR = """(() => {
  const $ = (id) => document.getElementById(id);
  const rows = [...$("candidates").rows].map((row) => ({
    chosen: row.cells[0].textContent,
    candidates: [...row.cells].slice(1).map((cell) => ({ id: Number(cell.dataset.id), p: Number(cell.dataset.p),
      chosen: cell.className === "chosen" })) }));
  return { hidden: $("inspector").hidden, layers: $("layer").options.length, heads: $("head").options.length,
           map: $("attention").toDataURL(), rows };
})()"""

_SHOW_HEAD = """((layer, head) => {
  for (const [id, value] of [["layer", layer], ["head", head]]) {
    document.getElementById(id).value = String(value);
    document.getElementById(id).dispatchEvent(new Event("change"));
  }
  return document.getElementById("attention").toDataURL();
})"""


def test_the_inspector_shows_each_steps_candidates_and_every_heads_map(run, page, tmp_path):
    model, tokenizer, config = load_run(run)
    prompt = "what do you eat?"
    reply = page.ask(prompt, temperature=0)
    shown = page.evaluate(_INSPECTOR)
    inside = look_inside(model, tokenizer, prompt)
    assert reply["ids"] == inside.ids[inside.prompt_length :] and not shown["hidden"]
    assert (shown["layers"], shown["heads"]) == (config.model.n_layers, config.model.n_heads)
    # one row per step, the token it chose first; five candidates each, Python's (to 1e-3; tests/test_web_inspector.py
    # bounds the difference and measures it)
    assert len(shown["rows"]) == len(inside.chosen)
    for step, row in enumerate(shown["rows"]):
        assert [c["id"] for c in row["candidates"]] == inside.candidate_ids[step].tolist()
        assert np.allclose([c["p"] for c in row["candidates"]], inside.candidate_probs[step], atol=1e-3)
        assert row["candidates"][0]["chosen"] and row["chosen"]  # greedy: the first candidate is the one taken
    # each layer and head draws its own map
    maps = {page.evaluate(f"({_SHOW_HEAD})({layer}, {head})") for layer in range(2) for head in range(2)}
    assert len(maps) == 4 and shown["map"] in maps
    # the pointer over the first cell (inside the 64-pixel margin of the tokens): the first token sees only itself
    hover = """(() => { const canvas = document.getElementById("attention"), box = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new MouseEvent("mousemove", { clientX: box.left + 65, clientY: box.top + 65 }));
      return document.getElementById("cell").textContent; })()"""
    assert page.evaluate(hover) == '"<|im_start|>" attends to "<|im_start|>": 1.000'
    page.screenshot(str(tmp_path / "inspector.png"), full_page=True)  # the whole page, the inspector below the chat
    assert (tmp_path / "inspector.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
