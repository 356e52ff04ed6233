"""The one ChatML format used by training, evaluation and chat (single turn, no system prompt).

<|im_start|>user\n{input}<|im_end|>\n<|im_start|>assistant\n{output}<|im_end|>
"""

PAD, IM_START, IM_END = "<pad>", "<|im_start|>", "<|im_end|>"
SPECIAL_TOKENS = (PAD, IM_START, IM_END)  # ids 0, 1, 2 in that order
PAD_ID, IM_START_ID, IM_END_ID = 0, 1, 2


def format_prompt(user_text: str) -> str:
    """The text the model sees before it starts to answer."""
    return f"{IM_START}user\n{user_text}{IM_END}\n{IM_START}assistant\n"


def format_sample(user_text: str, reply: str) -> str:
    """A whole training conversation: the prompt, the reply and the closing token."""
    return f"{format_prompt(user_text)}{reply}{IM_END}"
