"""Evaluation: eval loss and the personality report, the held-out prompts, the topic judge."""
