"""guppy/web/guppy.js under Node.js against the Python package: logits, KV cache, BPE ids, chat, bad files.

Each test sends tasks to tests/web_harness.mjs, which loads an exported site with the
module the page runs. Skipped, with the reason, where no Node.js 20+ is on PATH.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import numpy as np
import pytest
from web_support import PROMPTS, WEB_CONFIG, conversations, make_run, python_reply

from guppy.cli import main
from guppy.data.chat_format import SPECIAL_TOKENS, format_prompt, format_sample
from guppy.generate import KVCache, build_prompt_ids, generate
from guppy.tokenizer.bpe import PRETOKEN_RE, special_token_splitter
from guppy.training.checkpoint import load_run, read_run_files
from guppy.training.weight_files import save_weights
from guppy.web.export import export_web
from minigrad.safetensors import load_file, save_file

HARNESS = os.path.join(os.path.dirname(__file__), "web_harness.mjs")


def node_or_reason():
    node = shutil.which("node")
    if node is None:
        return None, "node is not on PATH: the JavaScript checks need Node.js 20 or newer"
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        return None, f"node {version} is too old: the JavaScript checks need Node.js 20 or newer"
    return node, ""


NODE, NO_NODE = node_or_reason()
pytestmark = pytest.mark.skipif(NODE is None, reason=NO_NODE)


def run_js(site: str, tasks: list[dict], tmp_path) -> dict:
    request = tmp_path / f"request-{len(list(tmp_path.iterdir()))}.json"
    request.write_text(json.dumps({"site": site, "tasks": tasks}), encoding="utf-8")
    done = subprocess.run([NODE, HARNESS, str(request)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def answers(site, tasks, tmp_path) -> list:
    out = run_js(site, tasks, tmp_path)
    assert "load_error" not in out, out["load_error"]
    return out["results"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return make_run(str(tmp_path_factory.mktemp("web_run")))


@pytest.fixture(scope="module")
def site(run, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("web_site"))
    export_web(run, out)
    return out


def every_position_logits(model, ids) -> np.ndarray:
    """[T, V]: Python's forward with a target at every position, so the head runs at all of them."""
    ids = np.asarray(ids, dtype=np.int32)[None]
    return model.forward(ids, np.ones_like(ids))[0]


def relative_error(got, want) -> float:
    return float(np.abs(np.asarray(got) - want).max() / np.abs(want).max())


# ---------------------------------------------------------------- the forward
def check_logits(run, site, tmp_path) -> None:
    model, _, config = load_run(run)
    ids = np.random.default_rng(1).integers(0, config.model.vocab_size, size=config.model.max_seq_len)
    want = every_position_logits(model, ids)
    split = 11
    (got,) = answers(site, [{"kind": "logits", "ids": ids.tolist(), "split": split}], tmp_path)
    assert np.abs(want).max() > 1.0  # the weights make real, peaked logits
    assert relative_error(got["full"], want) < 1e-4
    # the cached decode: the first `split` tokens at once, then one at a time, each step's last position
    assert len(got["incremental"]) == len(ids) - split + 1
    assert relative_error(got["incremental"], np.asarray(got["full"])[split - 1 :]) < 1e-6


def test_logits_equal_python_and_the_kv_cache_equals_the_full_pass(run, site, tmp_path):
    check_logits(run, site, tmp_path)


def test_an_untied_head_reads_its_own_matrix(tmp_path):
    """The cpu preset's head (tied_head false): the page must use head.weight, not the embedding."""
    untied = make_run(str(tmp_path / "run"), WEB_CONFIG.replace_model(tied_head=False))
    site = str(tmp_path / "site")
    export_web(untied, site)
    check_logits(untied, site, tmp_path)


def test_float16_weights_are_read_exactly(run, tmp_path):
    site16 = str(tmp_path / "site16")
    export_web(run, site16, dtype="float16")
    stored = load_file(os.path.join(site16, "model.safetensors"))
    assert all(t.dtype == np.float16 for t in stored.values())
    model, _, config = load_run(run)
    model.params.load_state_dict({k: v.astype(np.float32) for k, v in stored.items()})  # Python on the same weights
    ids = np.arange(3, 3 + config.model.max_seq_len) % config.model.vocab_size
    want = every_position_logits(model, ids)
    (got,) = answers(site16, [{"kind": "logits", "ids": ids.tolist(), "split": 1}], tmp_path)
    assert relative_error(got["full"], want) < 1e-4


# ---------------------------------------------------------------- the tokenizer
def bpe_strings() -> list[str]:
    """A few hundred texts: real ChatML conversations, Unicode, whitespace runs and special tokens."""
    samples = conversations(150, seed=11)
    texts = [format_sample(s["input"], s["output"]) for s in samples] + [s["input"] for s in samples[:50]]
    texts += [
        "",
        " ",
        "  ",
        "a  b",
        "a   b   ",
        "\t\tx\t",
        "\n\n\nfish\n",
        " \n \n",
        "x \u3000 y",
        "nbsp\u00a0here",
        "nel\u0085line",
        "line\u2028sep",
        "\u200bzero width",
        "feff\ufeffword",
        "\x1c\x1d\x1e\x1f sep",
        "it's we'll they've I'm you'd she's IT'S",
        "'s's 'll",
        "12345 3.14 -7 1e10",
        "!!!???... ,,, ;-)",
        "café naïve résumé",
        "日本語のテキスト",
        "🐟🐠🐡 fish emoji 👨‍👩‍👧",
        "e\u0301 combining",
        "Ελληνικά русский",
        "عربي עברית",
        "हिन्दी ภาษาไทย",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math",
        "tabs\tand\tspaces  mixed \t \n",
        "<|im_start|>",
        "<|im_end|>",
        "<pad>",
        "<|im_start|><|im_start|><|im_end|>",
        "abc<|im_end|>def",
        "<|im_",
        "<|im_end",
        "<pad",
        "<<pad>>",
        " <|im_end|> ",
        format_prompt("  spaced   out  "),
        "user\n<|im_start|>assistant\n<pad><pad>",
        "\x00\x01\x7f control",
        "~`^$#@%&*()[]{}<>|\\/",
    ]
    # the characters where JavaScript's \s and Python's differ, and a few where they agree, next to punctuation
    for c in "\x1c\x1f\x85\ufeff\xa0\u3000\u2028\u200b":
        texts += [f"a{c}b", f"!{c}?", f"{c}{c} x", f"x {c}", f".{c} ."]
    rng = np.random.default_rng(5)
    pool = list("abcdefghijk ABC  \t\n.,!?'-0123456789éßø日本🐟") + ["<|im_end|>", "<pad>", "'s", "  "]
    texts += ["".join(rng.choice(pool, size=rng.integers(1, 40))) for _ in range(100)]
    return texts


def python_pretokens(text: str) -> list[str]:
    parts = special_token_splitter(SPECIAL_TOKENS).split(text)
    return [p for k, part in enumerate(parts) for p in ([part] if k % 2 else PRETOKEN_RE.findall(part))]


def test_bpe_ids_equal_python(run, site, tmp_path):
    _, tokenizer, _ = load_run(run)
    texts = bpe_strings()
    assert len(texts) >= 300
    ids, pretokens = answers(
        site, [{"kind": "encode", "texts": texts}, {"kind": "pretokenize", "texts": texts}], tmp_path
    )
    for text, got_ids, got_pretokens in zip(texts, ids, pretokens):
        assert got_ids == tokenizer.encode(text), repr(text)
        assert got_pretokens == python_pretokens(text), repr(text)  # (a split can differ where no merge shows it)
    (decoded,) = answers(site, [{"kind": "decode", "ids": ids}], tmp_path)
    assert decoded == texts


def test_decode_of_arbitrary_ids_equals_python(run, site, tmp_path):
    _, tokenizer, _ = load_run(run)
    rng = np.random.default_rng(2)
    # random ids: byte sequences cut in the middle of a character too
    lists = [rng.integers(0, tokenizer.vocab_size, size=n).tolist() for n in range(1, 60)]
    (got,) = answers(site, [{"kind": "decode", "ids": lists}], tmp_path)
    assert got == [tokenizer.decode(ids) for ids in lists]


# ---------------------------------------------------------------- chat and sampling
def test_greedy_replies_equal_guppy_chat(run, site, tmp_path, capsys):
    got = answers(site, [{"kind": "reply", "prompt": p, "options": {"temperature": 0}} for p in PROMPTS], tmp_path)
    assert any(r["truncated"] for r in got) and not all(r["truncated"] for r in got)
    for prompt, js in zip(PROMPTS, got):
        want = python_reply(run, prompt)
        assert (js["promptIds"], js["truncated"], js["ids"], js["text"]) == (
            want["prompt_ids"],
            want["truncated"],
            want["ids"],
            want["text"],
        ), repr(prompt)
        assert main(["chat", "--checkpoint", run, "--prompt", prompt, "--temperature", "0", "--device", "cpu"]) == 0
        assert capsys.readouterr().out == js["text"] + "\n"


def test_a_short_max_tokens_and_empty_prompts_follow_python(run, site, tmp_path):
    prompt = "hello little fish"
    short, empty = answers(
        site,
        [
            {"kind": "reply", "prompt": prompt, "options": {"temperature": 0, "maxTokens": 5}},
            {"kind": "reply", "prompt": " \t\n ", "options": {}},
        ],
        tmp_path,
    )
    assert short["ids"] == python_reply(run, prompt, max_tokens=5)["ids"] and len(short["ids"]) == 5
    assert empty == {"error": "the prompt is empty; type something for the fish"}


def test_generation_stops_at_the_stop_token_as_python_does(run, site, tmp_path):
    model, tokenizer, config = load_run(run)
    prompt_ids, _ = build_prompt_ids(tokenizer, "do you like bubbles", config.model.max_seq_len, 24)
    free = generate(model, prompt_ids, 30, temperature=0.0, stop_id=-1)
    stop = next(t for t in free[3:] if t not in free[:3])  # a token that first appears after a few others
    want = generate(model, prompt_ids, 30, temperature=0.0, stop_id=stop)
    assert 3 <= len(want) < len(free)
    (got,) = answers(
        site,
        [
            {
                "kind": "generate",
                "promptIds": prompt_ids,
                "options": {"maxNewTokens": 30, "temperature": 0, "stopId": stop},
            }
        ],
        tmp_path,
    )
    assert got == want


def test_cache_and_recompute_give_the_same_tokens_and_seeds_repeat(run, site, tmp_path):
    model, tokenizer, config = load_run(run)
    prompt_ids, _ = build_prompt_ids(tokenizer, "do you like bubbles", config.model.max_seq_len, 24)
    base = {"maxNewTokens": 24, "stopId": -1}
    tasks = [
        {"kind": "generate", "promptIds": prompt_ids, "options": {**base, **extra}}
        for extra in (
            {"temperature": 0, "useCache": True},
            {"temperature": 0, "useCache": False},
            {"temperature": 1.0, "topK": 3, "seed": 7, "useCache": True},
            {"temperature": 1.0, "topK": 3, "seed": 7, "useCache": False},
            {"temperature": 1.0, "topK": 3, "seed": 7},
            {"temperature": 1.0, "topK": 3, "seed": 8},
        )
    ]
    greedy, greedy_recomputed, sampled, sampled_recomputed, again, other_seed = answers(site, tasks, tmp_path)
    assert greedy == greedy_recomputed == generate(model, prompt_ids, 24, temperature=0.0, stop_id=-1)
    assert sampled == sampled_recomputed == again and len(sampled) == 24
    assert other_seed != sampled and sampled != greedy
    # every sampled token is among the 3 largest logits of Python's model at its step
    ids = list(prompt_ids)
    for token in sampled:
        logits = model.next_logits(np.asarray([ids], dtype=np.int32), KVCache(model))[0]
        assert token in np.argsort(logits)[-3:]
        ids.append(token)


def test_no_cut_sampling_picks_only_ids_the_tokenizer_has(tmp_path):
    """A model vocabulary wider than the tokenizer (the project accepts it): --top-k 0 at a high
    temperature must still pick only decodable ids, in the page as in Python."""
    run = make_run(str(tmp_path / "run"))
    model, tokenizer, config = load_run(run)
    wide = config.replace_model(vocab_size=tokenizer.vocab_size + 200)
    with open(os.path.join(run, "config.json"), "w", encoding="utf-8") as f:
        f.write(wide.to_json())
    weights = load_file(os.path.join(run, "model.safetensors"))
    rng = np.random.default_rng(0)
    for name in ("tok_emb.weight", "head.weight"):  # the rows of the untrained ids, standing out
        if name in weights:
            extra = rng.normal(0, 1.0, (200, weights[name].shape[1])).astype(weights[name].dtype)
            weights[name] = np.concatenate([weights[name], extra])
    save_weights(weights, os.path.join(run, "model.safetensors"), step=1, run_id=read_run_files(run).fingerprint)
    site = str(tmp_path / "site")
    export_web(run, site)
    options = {"temperature": 2.0, "topK": 0, "maxTokens": 20}
    tasks = [{"kind": "reply", "prompt": "hi", "options": {**options, "seed": seed}} for seed in range(6)]
    replies = answers(site, tasks, tmp_path)
    assert all("error" not in r and all(i < tokenizer.vocab_size for i in r["ids"]) for r in replies), replies
    wide_model, _, _ = load_run(run)
    prompt_ids, _ = build_prompt_ids(tokenizer, "hi", wide.model.max_seq_len, 20)
    unmasked = generate(wide_model, prompt_ids, 20, temperature=2.0, top_k=0, seed=0, stop_id=-1)
    assert max(unmasked) >= tokenizer.vocab_size  # the test can fail: without the mask, such ids come up
    for seed in range(6):
        ids = generate(wide_model, prompt_ids, 20, 2.0, 0, seed, stop_id=-1, n_ids=tokenizer.vocab_size)
        assert max(ids) < tokenizer.vocab_size


# ---------------------------------------------------------------- files that do not fit
def broken_copy(site, tmp_path, name) -> str:
    out = str(tmp_path / name)
    shutil.copytree(site, out)
    return out


def test_bad_files_give_one_readable_line(site, tmp_path):
    weights = load_file(os.path.join(site, "model.safetensors"))
    cases = {}

    renamed = broken_copy(site, tmp_path, "renamed")
    tensors = dict(weights)
    tensors["blocks.0.attn.qkv.weights"] = tensors.pop("blocks.0.attn.qkv.weight")
    save_file(tensors, os.path.join(renamed, "model.safetensors"))
    cases[renamed] = "model.safetensors has no tensor blocks.0.attn.qkv.weight"

    reshaped = broken_copy(site, tmp_path, "reshaped")
    config = json.load(open(os.path.join(site, "config.json")))
    config["model"]["d_ff"] = 96
    json.dump(config, open(os.path.join(reshaped, "config.json"), "w"))
    cases[reshaped] = "tensor blocks.0.ffn.up.weight has shape [80,48] but config.json's model expects [96,48]"

    small_vocab = broken_copy(site, tmp_path, "small_vocab")
    config = json.load(open(os.path.join(site, "config.json")))
    vocab = config["model"]["vocab_size"]
    config["model"]["vocab_size"] = vocab - 1
    tensors = dict(weights)
    tensors["tok_emb.weight"] = tensors["tok_emb.weight"][:-1]
    json.dump(config, open(os.path.join(small_vocab, "config.json"), "w"))
    save_file(tensors, os.path.join(small_vocab, "model.safetensors"))
    cases[small_vocab] = f"the tokenizer has {vocab} tokens but the model's vocabulary is {vocab - 1}"

    cut = broken_copy(site, tmp_path, "cut")
    data = open(os.path.join(site, "model.safetensors"), "rb").read()
    open(os.path.join(cut, "model.safetensors"), "wb").write(data[: len(data) // 2])
    cases[cut] = "model.safetensors: tensor "  # ... data_offsets do not fit its shape or the file

    no_bytes = broken_copy(site, tmp_path, "no_bytes")
    doc = json.load(open(os.path.join(site, "tokenizer.json"), encoding="utf-8"))
    doc["pre_tokenizer"]["add_prefix_space"] = True
    json.dump(doc, open(os.path.join(no_bytes, "tokenizer.json"), "w", encoding="utf-8"))
    cases[no_bytes] = "the pre_tokenizer must be ByteLevel without prefix space"

    for broken, expected in cases.items():
        out = run_js(broken, [], tmp_path)
        assert expected in out.get("load_error", ""), (broken, out)
        assert "\n" not in out["load_error"]


def test_export_web_command_and_its_errors(run, tmp_path, capsys):
    out = str(tmp_path / "site")
    assert main(["export-web", "--checkpoint", run, "--out", out, "--dtype", "float16"]) == 0
    printed = capsys.readouterr().out
    assert "python -m http.server -d" in printed and "as float16" in printed
    assert sorted(os.listdir(out)) == ["config.json", "guppy.js", "index.html", "model.safetensors", "tokenizer.json"]
    assert main(["export-web", "--checkpoint", str(tmp_path / "nothing"), "--out", out]) == 2
    assert capsys.readouterr().err.startswith("guppy: error: checkpoint directory")
