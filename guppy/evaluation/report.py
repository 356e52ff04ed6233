"""Evaluation: loss on held-out conversations, and the personality eval.

The personality eval asks the fish held-out prompts (guppy/evaluation/held_out.py, phrased
differently from the training inputs) and counts
  * keyword hits: the reply mentions one of the topic's expected words, in any form
    ("resting" for "rest"); the strict rate (the word itself or its plural) is
    reported beside it;
  * topic judge: a naive Bayes judge trained on the generator's replies names the
    topic the reply resembles most; the rate counts the replies placed in the
    prompt's own topic (guppy/evaluation/judge.py);
  * style: the reply is lowercase, ends with a full stop, stays under the length limit.
Replies are greedy (temperature 0), so the figures are repeatable.
"""

from __future__ import annotations

from guppy.data.dataset import encode_for_model
from guppy.data.dataset_files import read_dataset
from guppy.evaluation.held_out import EVAL_CASES, keyword_hit, style_ok
from guppy.evaluation.judge import TopicJudge
from guppy.generate import reply
from guppy.training.trainer import evaluate_loss


def personality_eval(model, tokenizer, cases=EVAL_CASES, max_tokens: int = 64, judge: TopicJudge | None = None) -> dict:
    """Greedy replies to the held-out prompts, scored three ways (see the module docstring)."""
    judge = judge or TopicJudge.from_generator()
    rows = []
    for case in cases:
        answer = reply(model, tokenizer, case.prompt, max_tokens=max_tokens, temperature=0.0)
        rows.append(
            {
                "category": case.category,
                "prompt": case.prompt,
                "reply": answer,
                "hit": keyword_hit(case, answer),
                "strict_hit": keyword_hit(case, answer, stemmed=False),
                "judged_topic": judge.topic(answer),
                "style": style_ok(answer),
            }
        )
    n = max(len(rows), 1)
    return {
        "cases": len(rows),
        "keyword_hit_rate": sum(r["hit"] for r in rows) / n,
        "strict_hit_rate": sum(r["strict_hit"] for r in rows) / n,
        "topic_rate": sum(r["judged_topic"] == r["category"] for r in rows) / n,
        "style_rate": sum(r["style"] for r in rows) / n,
        "rows": rows,
    }


def eval_run(model, tokenizer, config, data_dir: str | None) -> dict:
    result = {}
    if data_dir:
        _, samples, _ = read_dataset(data_dir, need_eval=True)  # checked against dataset.json when there is one
        seqs = encode_for_model(samples, tokenizer, config)
        result["eval_loss"] = evaluate_loss(model, seqs, config.train.batch_size)
        result["eval_loss_on"] = config.train.loss_on
    result.update(personality_eval(model, tokenizer))
    return result


def format_report(result: dict, show: int = 0) -> str:
    lines = []
    if "eval_loss" in result:
        counted = "reply tokens" if result.get("eval_loss_on") == "reply" else "all tokens"
        lines.append(f"eval loss         {result['eval_loss']:.4f} (per target token, {counted})")
    lines.append(
        f"keyword hit rate  {result['keyword_hit_rate']:.1%} of {result['cases']} held-out prompts "
        f"(strict, the word or its plural only: {result['strict_hit_rate']:.1%})"
    )
    lines.append(
        f"topic judge       {result['topic_rate']:.1%} of the replies read like the generator's replies "
        f"on the prompt's topic (guppy/evaluation/judge.py)"
    )
    lines.append(f"style rate        {result['style_rate']:.1%} (lowercase, ends with '.', short)")
    for row in result["rows"][:show]:
        mark = "hit " if row["hit"] else "miss"
        judged = "on topic" if row["judged_topic"] == row["category"] else f"judged {row['judged_topic'] or '-'}"
        lines.append(f"  [{mark}] {row['category']}: {row['prompt']!r} -> {row['reply']!r} ({judged})")
    return "\n".join(lines)
