"""A loss-curve plot as a small hand-written SVG (no plotting library needed)."""

from __future__ import annotations

import math

from minigrad.atomic import atomic_write_text

WIDTH, HEIGHT, MARGIN = 720, 400, 56


SVG_TITLE = "loss (blue: train, orange: eval)"  # also how guppy recognises its own loss.svg


def _polyline(points, color: str) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f'<polyline fill="none" stroke="{color}" stroke-width="1.6" points="{coords}"/>'


def write_loss_svg(log: list[dict], path: str) -> None:
    """Train loss (blue) and eval loss (orange) against step; y axis is the loss, linear."""
    train = [(r["step"], r["loss"]) for r in log if "loss" in r and math.isfinite(r["loss"])]
    evals = [(r["step"], r["eval_loss"]) for r in log if "eval_loss" in r]
    series = train + evals
    if not series:
        return
    max_step = max(s for s, _ in series) or 1
    lo, hi = min(v for _, v in series), max(v for _, v in series)
    hi = hi if hi > lo else lo + 1.0

    def xy(step, value):
        x = MARGIN + (WIDTH - 2 * MARGIN) * step / max_step
        y = HEIGHT - MARGIN - (HEIGHT - 2 * MARGIN) * (value - lo) / (hi - lo)
        return x, y

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        'font-family="sans-serif" font-size="12">',
        '<rect width="100%" height="100%" fill="white"/>',
        f'<line x1="{MARGIN}" y1="{HEIGHT - MARGIN}" x2="{WIDTH - MARGIN}" y2="{HEIGHT - MARGIN}" stroke="black"/>',
        f'<line x1="{MARGIN}" y1="{MARGIN}" x2="{MARGIN}" y2="{HEIGHT - MARGIN}" stroke="black"/>',
    ]
    for i in range(5):  # y ticks
        value = lo + (hi - lo) * i / 4
        _, y = xy(0, value)
        parts.append(f'<text x="{MARGIN - 6}" y="{y + 4:.1f}" text-anchor="end">{value:.2f}</text>')
    parts.append(f'<text x="{WIDTH - MARGIN}" y="{HEIGHT - MARGIN + 18}" text-anchor="end">step {max_step}</text>')
    parts.append(f'<text x="{MARGIN}" y="{MARGIN - 12}">{SVG_TITLE}</text>')
    if train:
        parts.append(_polyline([xy(s, v) for s, v in train], "#1f77b4"))
    if evals:
        parts.append(_polyline([xy(s, v) for s, v in evals], "#ff7f0e"))
    parts.append("</svg>\n")
    atomic_write_text(path, "\n".join(parts))
