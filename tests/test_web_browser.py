"""The exported page in a real headless Chromium: it loads, answers greedily as `guppy chat --temperature 0`
does (token for token), and says in one line what is wrong with a bad file.

The page is served by an in-test http.server and driven over the DevTools pipe
(guppy/web/headless.py). Skipped, with the reason, where no Chromium is installed;
.ci/run installs Debian's chromium-headless-shell through .ci/install-browser.
"""

from __future__ import annotations

import os
import shutil

import pytest
from web_support import PROMPTS, make_run, python_reply

from guppy.cli import main
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
