"""How high can a fish score on the held-out prompts? Ceilings of the personality eval, from the data alone.

    python tools/eval_ceilings.py                  # the ceilings
    python tools/eval_ceilings.py --run RUN_DIR    # and how that run's greedy replies sit against them

It prints
  * the judge ceiling: the share of fresh generator replies the topic judge puts in their own
    topic (a fish that always answers with a real reply of the right topic scores this);
  * the keyword ceiling: for each held-out case, the share of its topic's generator replies
    that hold one of its keywords, averaged over the cases (the same perfect fish's keyword rate);
  * a prompt-only classifier: naive Bayes on the prompt's words, trained on the generator's
    inputs (the judge's own rule, given prompts instead of replies). Its rate on the held-out
    prompts is how often the prompt's words, as the training data uses them, name the topic;
    on fresh generator prompts, how often they do for phrasings like the training ones;
  * the share of the held-out prompts' words that no training input uses (vocabulary the
    data lacks, as against words it has but ties to other topics).
With --run, the run's greedy replies are scored as the quickstart scores them, and its keyword
hit rate is split by whether the judge found the reply on topic; that split tells the topic rate
a keyword target needs.

Not for whoever edits the generator: this reads the held-out prompts.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from guppy.data.generator import generate_samples
from guppy.evaluation.held_out import EVAL_CASES, WORD, keyword_hit
from guppy.evaluation.judge import TopicJudge


def share(flags) -> float:
    flags = list(flags)
    return sum(flags) / max(len(flags), 1)


def ceilings(train, fresh) -> dict:
    judge = TopicJudge(train)
    replies = {}
    for s in fresh:
        replies.setdefault(s["category"], []).append(s["output"])
    prompt_judge = TopicJudge([{"category": s["category"], "output": s["input"]} for s in train])
    fresh_prompts = [(s["input"], s["category"]) for s in fresh]
    known = {w for s in train for w in WORD.findall(s["input"].lower())}
    held_out_words = [w for c in EVAL_CASES for w in WORD.findall(c.prompt.lower())]
    return {
        "judge": judge,
        "judge ceiling": judge.ceiling(fresh),
        "keyword ceiling": share(share(keyword_hit(c, r) for r in replies[c.category]) for c in EVAL_CASES),
        "prompt classifier, held-out prompts": share(prompt_judge.topic(c.prompt) == c.category for c in EVAL_CASES),
        "prompt classifier, fresh generator prompts": share(prompt_judge.topic(p) == t for p, t in fresh_prompts),
        "held-out prompt words no training input uses": share(w not in known for w in held_out_words),
    }


def run_split(run_dir, judge) -> dict:
    from guppy.evaluation.report import personality_eval
    from guppy.training.checkpoint import load_run

    model, tokenizer, _ = load_run(run_dir)
    rows = personality_eval(model, tokenizer, judge=judge)["rows"]
    on = [r for r in rows if r["judged_topic"] == r["category"]]
    off = [r for r in rows if r["judged_topic"] != r["category"]]
    return {
        "topic judge": share(r in on for r in rows),
        "keyword hit rate": share(r["hit"] for r in rows),
        "keyword hit rate, replies judged on topic": share(r["hit"] for r in on),
        "keyword hit rate, replies judged off topic": share(r["hit"] for r in off),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--run", help="a run directory: split its held-out keyword hits by the judge's verdict")
    ap.add_argument("--samples", type=int, default=60000, help="training conversations, as the quickstart makes")
    ap.add_argument("--seed", type=int, default=42, help="the training data's seed (the fresh samples use seed + 1)")
    args = ap.parse_args(argv)
    train = generate_samples(args.samples, args.seed)
    fresh = generate_samples(args.samples // 10, args.seed + 1)
    found = ceilings(train, fresh)
    judge = found.pop("judge")
    print(f"data: generate_samples({args.samples}, {args.seed}); fresh: {len(fresh)} samples, seed {args.seed + 1}")
    for name, value in found.items():
        print(f"{name:44s} {value:6.1%}")
    if args.run:
        split = run_split(args.run, judge)
        for name, value in split.items():
            print(f"{args.run}: {name:44s} {value:6.1%}")
        on = split["keyword hit rate, replies judged on topic"]
        off = split["keyword hit rate, replies judged off topic"]
        if on > off:
            # keyword rate = J * on + (1 - J) * off, so a keyword target K needs J = (K - off) / (on - off)
            print(f"at this split, a 75% keyword rate needs a topic judge rate of {(0.75 - off) / (on - off):.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
