"""The exported page in headless Chromium on real checkpoints: greedy replies against guppy chat, and tokens/s.

For each run directory: export it (`guppy export-web`), serve it, open the page and
  1. ask the first --check held-out prompts (guppy/evaluation/held_out.py) greedily and compare each
     reply, token for token, with what `guppy chat --temperature 0` answers;
  2. time the page with its KV cache (--speed prompts) and with the full recompute per token
     that a page without a cache does (--recompute prompts; slow on the full model);
  3. time Python's own KV-cache decode on the same prompts, for reference.
Tokens/s is the page's own figure: new tokens over the time from the prompt's first
forward to the last token (the prompt pass included), summed over the prompts.

    python tools/web_bench.py --run runs/fish --run runs/full --out /tmp/bench \\
        --screenshot docs/web-inspector.png
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from guppy.evaluation.held_out import EVAL_CASES
from guppy.generate import build_prompt_ids, generate, reply
from guppy.training.checkpoint import load_run
from guppy.web.export import export_web
from guppy.web.headless import Browser, find_browser, serve

SCREENSHOT_PROMPTS = ("hello little fish", "what do you think about the ocean", "what is the meaning of life")


def python_side(run_dir: str, prompts, max_tokens: int = 64):
    """guppy chat's greedy answer to each prompt: (ids, text), and Python's KV-cache tokens/s over them."""
    model, tokenizer, config = load_run(run_dir)
    reserve = min(max_tokens, config.model.max_seq_len // 2)
    answers, tokens, seconds = [], 0, 0.0
    for prompt in prompts:
        prompt_ids, _ = build_prompt_ids(tokenizer, prompt, config.model.max_seq_len, reserve)
        started = time.perf_counter()
        ids = generate(model, prompt_ids, max_tokens, temperature=0.0)
        seconds += time.perf_counter() - started
        tokens += len(ids)
        answers.append((ids, reply(model, tokenizer, prompt, max_tokens=max_tokens, temperature=0.0)))
    return answers, tokens / seconds


def page_speed(page, prompts, kv_cache: bool, timeout: float) -> tuple[float, int]:
    replies = [page.ask(p, temperature=0, kv_cache=kv_cache, timeout=timeout) for p in prompts]
    tokens = sum(len(r["ids"]) for r in replies)
    return tokens / sum(r["seconds"] for r in replies), tokens


def bench_run(browser, run_dir: str, out_dir: str, args) -> dict:
    site = os.path.join(out_dir, os.path.basename(os.path.normpath(run_dir)))
    summary = export_web(run_dir, site, dtype=args.dtype)
    prompts = [case.prompt for case in EVAL_CASES]
    checked = prompts[: args.check]
    python_answers, python_tps = python_side(run_dir, prompts[: max(args.check, args.speed)])
    result = {
        "run": run_dir,
        "preset": load_run(run_dir)[2].name,
        "parameters": summary["parameters"],
        "dtype": args.dtype,
        "weights_bytes": summary["files"]["model.safetensors"],
        "python_tokens_per_s": python_tps,
    }
    with serve(site) as url:
        page = browser.open(f"{url}/index.html")
        loaded = page.wait_loaded()
        if loaded["state"] != "ready":
            raise SystemExit(f"web_bench: the page did not load {run_dir}: {loaded['text']}")
        same, differ = 0, []
        for prompt, (want_ids, want_text) in zip(checked, python_answers):
            got = page.ask(prompt, temperature=0, timeout=args.timeout)
            if got["ids"] == want_ids and got["text"] == want_text:
                same += 1
            else:
                differ.append({"prompt": prompt, "page": got["text"], "guppy chat": want_text})
        result.update(checked=len(checked), identical=same, differ=differ)
        result["page_tokens_per_s_kv"], result["tokens_kv"] = page_speed(
            page, prompts[: args.speed], True, args.timeout
        )
        if args.recompute:
            result["page_tokens_per_s_recompute"], result["tokens_recompute"] = page_speed(
                page, prompts[: args.recompute], False, args.timeout
            )
        if args.screenshot:
            shot = browser.open(f"{url}/index.html")
            shot.wait_loaded()
            for prompt in SCREENSHOT_PROMPTS:
                shot.ask(prompt, temperature=0)
            shot.screenshot(args.screenshot, full_page=True)  # the chat, and the inspector of the last reply below it
            args.screenshot = None  # only the first run's page
    return result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--run", action="append", required=True, help="a run directory (repeat for several)")
    p.add_argument("--out", required=True, help="where the exported sites go")
    p.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    p.add_argument("--check", type=int, default=10, help="held-out prompts compared with guppy chat")
    p.add_argument("--speed", type=int, default=10, help="prompts timed with the KV cache")
    p.add_argument("--recompute", type=int, default=10, help="prompts timed with the full recompute (0: skip)")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds one reply may take (recomputing is slow)")
    p.add_argument("--screenshot", default=None, help="save the first run's page, after a few replies, as this PNG")
    p.add_argument("--json", default=None, help="also write the results here")
    args = p.parse_args(argv)
    binary = find_browser()
    if binary is None:
        raise SystemExit("web_bench: no headless Chromium found (apt-get install chromium-headless-shell)")
    results = []
    with Browser(binary) as browser:
        for run_dir in args.run:
            results.append(bench_run(browser, run_dir, args.out, args))
            r = results[-1]
            line = (
                f"{r['preset']} ({r['parameters']:,} params, {r['dtype']}, {r['weights_bytes'] / 1e6:.1f} MB): "
                f"greedy identical to guppy chat on {r['identical']}/{r['checked']} prompts; page tokens/s "
                f"{r['page_tokens_per_s_kv']:,.1f} with the KV cache ({r['tokens_kv']} tokens)"
            )
            if "page_tokens_per_s_recompute" in r:
                line += f", {r['page_tokens_per_s_recompute']:,.1f} recomputing ({r['tokens_recompute']} tokens)"
            print(line + f"; Python KV cache {r['python_tokens_per_s']:,.0f} tokens/s", flush=True)
            for d in r["differ"]:
                print(f"  differs: {d}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
