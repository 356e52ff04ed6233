"""The topic slot: the fish names the topic, then answers (docs/DESIGN.md, section 4).

The data side (one id between the prompt and the reply, the prompt's last target moved),
the model side (the slot's input row is topic_emb's, its gradient float64-checked), and
generation (the head's choice goes into the slot, with the KV cache and without).
"""

import dataclasses

import numpy as np
import pytest

from guppy.config import ConfigError, ModelConfig, get_preset, param_shapes
from guppy.data.chat_format import IM_END_ID, PAD_ID, format_sample
from guppy.data.dataset import encode_conversations, encode_for_model, pad_batch, topic_names
from guppy.data.generator import generate_samples
from guppy.generate import build_prompt_ids, generate, name_topic
from guppy.model import GuppyLM
from guppy.tokenizer.tokenizer import BPETokenizer
from minigrad.backend import CPU

V = 11  # the slot model's vocabulary: ids V .. V + 4 are the slots of topics 0 .. 4


@pytest.fixture(scope="module")
def samples():
    return generate_samples(200, seed=5)


@pytest.fixture(scope="module")
def tokenizer(samples):
    return BPETokenizer.train([format_sample(s["input"], s["output"]) for s in samples], vocab_size=400)


def test_the_slot_sits_between_prompt_and_reply_and_the_prompt_end_predicts_the_reply(samples, tokenizer):
    names = topic_names(samples)
    plain = encode_conversations(samples[:8], tokenizer, 128, "reply", names)
    slotted = encode_conversations(samples[:8], tokenizer, 128, "reply", names, topic_slot_base=400)
    assert slotted.topic_slot and not plain.topic_slot
    inputs, targets = pad_batch(slotted.sequences, loss_starts=slotted.loss_starts, topic_slot=True)
    _, plain_targets = pad_batch(plain.sequences, loss_starts=plain.loss_starts)
    for row, s in enumerate(samples[:8]):
        start, seq = slotted.loss_starts[row], slotted.sequences[row]
        assert start == plain.loss_starts[row]  # the prompt is as long as before
        assert seq[start] == 400 + names.index(s["category"])  # the slot's id names the topic
        assert np.array_equal(np.delete(seq, start), plain.sequences[row])  # and nothing else changed
        assert inputs[row, start] == seq[start]  # an input ...
        assert (targets[row] < 400).all()  # ... never a target
        counted = targets[row][targets[row] != PAD_ID].tolist()
        reply = plain_targets[row][plain_targets[row] != PAD_ID].tolist()
        assert counted == [reply[0]] + reply  # the prompt's end and the slot both predict the first token
        assert counted[-1] == IM_END_ID and np.flatnonzero(targets[row])[0] == start - 1


def test_a_slot_needs_topics_and_the_reply_loss(samples, tokenizer):
    with pytest.raises(ValueError, match="needs the topics"):
        encode_conversations(samples, tokenizer, 128, "reply", None, topic_slot_base=400)
    with pytest.raises(ValueError, match="loss_on 'reply'"):
        encode_conversations(samples, tokenizer, 128, "all", topic_names(samples), topic_slot_base=400)
    cpu = get_preset("cpu")
    assert cpu.model.topic_slot and cpu.train.topic_weight > 0
    with pytest.raises(ConfigError, match="needs topic_weight > 0"):
        cpu.replace_train(topic_weight=0.0)
    with pytest.raises(ValueError, match="the model's topic head has 60 topics; the data gives none"):
        encode_for_model(samples, tokenizer, cpu.replace_model(n_topics=60))
    with pytest.raises(ValueError, match="set ModelConfig.n_topics"):
        GuppyLM(ModelConfig(vocab_size=V, d_model=8, n_layers=1, n_heads=2, d_ff=8, topic_slot=True))
    shapes = dict(param_shapes(dataclasses.replace(cpu.model, n_topics=60)))
    assert shapes["topic_emb.weight"] == shapes["topic_head.weight"] == (60, cpu.model.d_model)


def slot_problem(dtype=np.float64, bag=False):
    """A slot model and a batch as pad_batch lays it out: prompt, slot, reply, padding; a row cut in its prompt."""
    config = ModelConfig(vocab_size=V, d_model=8, n_layers=2, n_heads=2, d_ff=12, max_seq_len=10, dropout=0.0)
    config = dataclasses.replace(config, tied_head=False, n_topics=5, topic_slot=True, topic_bag=bag)
    model = GuppyLM(config, CPU, dtype=dtype, seed=3)
    rng = np.random.default_rng(4)
    for w in model.params.tensors.values():  # O(1) activations, so every term is visible
        w[...] = rng.normal(0.0, 0.5, w.shape)
    topics = np.array([4, 0, 4, 1])
    ids = rng.integers(1, V, size=(4, 9))
    targets = rng.integers(1, V, size=(4, 9))
    ids[:3, 3] = V + topics[:3]  # the slot after a 3-token prompt
    targets[:, :2] = 0  # position 2, the prompt's end, predicts the first reply token, as the slot does
    targets[:3, 2] = targets[:3, 3]
    targets[1, 6:] = ids[1, 7:] = 0  # padding
    targets[3] = 0  # a row cut inside its prompt: no slot, no target
    return model, ids, targets, topics


def test_the_slot_reads_the_topic_embedding():
    """The forward against a slow reference: the slot's input row is topic_emb[topic] + its position's."""
    from guppy.block import block_forward

    model, ids, targets, topics = slot_problem()
    P, m = model.params.tensors, model.config
    logits, _ = model.forward(ids)
    table = np.concatenate([P["tok_emb.weight"], P["topic_emb.weight"]])
    x = np.stack([[table[i] for i in row] for row in ids]) + P["pos_emb.weight"][: ids.shape[1]]
    np.testing.assert_allclose(x[0, 3] - P["pos_emb.weight"][3], P["topic_emb.weight"][4], rtol=1e-12)
    assert np.shares_memory(model._input_table(P, model.params.data), model.params.data)  # a view, never a copy
    for i in range(m.n_layers):
        x, _ = block_forward(model.kernels, x, P, f"blocks.{i}.", m.n_heads, Pc=P)
    h = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5) * P["norm.weight"] + P["norm.bias"]
    np.testing.assert_allclose(logits, h @ P["head.weight"].T, rtol=1e-10, atol=1e-12)
    other = ids.copy()
    other[0, 3] = V + 2  # another topic in row 0's slot changes row 0 from the slot on, nothing before it
    changed = model.forward(other)[0]
    assert np.array_equal(changed[0, :3], logits[0, :3]) and np.abs(changed[0, 3:] - logits[0, 3:]).min() > 1e-6
    assert np.array_equal(changed[1:], logits[1:])


def test_the_slot_model_gradient_matches_finite_differences():
    """float64 central differences over every parameter, the topic loss on: topic_emb's rows get theirs."""
    from topic_support import check_topic_loss_gradient

    model, ids, targets, topics = slot_problem()
    d_topic = check_topic_loss_gradient(model, ids, targets, topics)["topic_emb.weight"]
    assert np.abs(d_topic[[4, 0]]).max(axis=1).min() > 1e-3  # the slots' topics learn from the reply ...
    assert not d_topic[[1, 2, 3]].any()  # ... no other row: topic 1's row was cut, 2 and 3 are unused


def test_the_bag_model_gradient_matches_finite_differences():
    """The same check with the bag on: its weights learn from its own cross-entropy."""
    from topic_support import check_topic_loss_gradient

    model, ids, targets, topics = slot_problem(bag=True)
    grads = check_topic_loss_gradient(model, ids, targets, topics)
    d_bag = grads["topic_bag.weight"]
    assert np.abs(d_bag).max(axis=1).min() > 1e-3  # a linear layer under a softmax: every topic's row learns
    prompt_tokens = np.unique(ids[:3, :3])
    assert not np.delete(d_bag, prompt_tokens, axis=1).any()  # only the prompts' tokens: not the slot's, the reply's


def slow_bag_logits(model, prompt):
    """The bag's definition, one token at a time: BAG_SCALE times the sum of W_bag's columns of the prompt's tokens."""
    from guppy.model import BAG_SCALE

    W = model.params.tensors["topic_bag.weight"]
    return BAG_SCALE * sum(W[:, t] for t in prompt)


def test_the_bag_reads_in_training_what_it_reads_in_generation():
    """The topic loss in training is minus name_topic's score of the true topic, each prompt alone.

    name_topic's scores are log_softmax(head) + log_softmax(bag), so minus the true topic's score
    is the sum of the two cross-entropies the topic loss adds up. Training counts the tokens
    of positions 0..p (p, the prompt's end) inside the padded batch; generation counts the whole
    prompt: a bag one position too long or short, or one that saw the slot or the reply,
    would change the loss.
    """
    from topic_support import TOPIC_WEIGHT

    from guppy.model import log_softmax

    model, ids, targets, topics = slot_problem(bag=True)
    reply_loss = float(model.forward(ids, targets)[1])
    with_topic = float(model.forward(ids, targets, topics=topics, topic_weight=TOPIC_WEIGHT)[1])
    minus_scores = [-model.forward(ids[row : row + 1, :3], name_topic=True)[1][0, topics[row]] for row in range(3)]
    np.testing.assert_allclose((with_topic - reply_loss) / TOPIC_WEIGHT, np.mean(minus_scores), rtol=1e-10)
    _, scores = model.forward(ids[:1, :3], name_topic=True)  # against the slow definition of both terms
    head_only = dataclasses.replace(model.config, topic_bag=False)
    no_bag = GuppyLM(head_only, CPU, dtype=np.float64)
    for name, w in no_bag.params.tensors.items():
        w[...] = model.params.tensors[name]
    head_scores = no_bag.forward(ids[:1, :3], name_topic=True)[1][0]
    expected = head_scores + log_softmax(slow_bag_logits(model, ids[0, :3]))
    np.testing.assert_allclose(scores[0], expected, rtol=1e-12)
    assert np.abs(log_softmax(slow_bag_logits(model, ids[0, :3])) - log_softmax(head_scores)).max() > 1e-3


def test_generation_names_the_topic_then_answers_after_the_slot():
    model, *_ = slot_problem(np.float32)
    prompt = [1, 5, 3, 7]
    topic = name_topic(model, prompt)
    _, scores = model.forward(np.asarray([prompt]), name_topic=True)
    assert topic == int(np.argmax(scores[0]))
    cached = generate(model, prompt, max_new_tokens=5, temperature=0.0, stop_id=-1)
    full = generate(model, prompt, max_new_tokens=5, temperature=0.0, stop_id=-1, use_cache=False)
    assert cached == full and len(cached) == 5  # the slot takes a position of the context, no output
    # the first reply token is the argmax after the slot of the named topic
    after_slot = model.forward(np.asarray([prompt + [V + topic]]))[0][0, -1]
    assert cached[0] == int(np.argmax(after_slot))
    with pytest.raises(ValueError, match="name_topic is for generation"):
        model.forward(np.asarray([prompt]), np.asarray([prompt]), name_topic=True)


def test_a_trained_slot_fish_talks(tmp_path):
    """The whole path: the trainer lays out the slot, resumes it, and chat answers through it."""
    from guppy.data.generator import write_dataset
    from guppy.generate import reply
    from guppy.training.trainer import Trainer

    write_dataset(str(tmp_path / "data"), samples=300, seed=1)
    config = get_preset("tiny").replace_train(loss_on="reply", topic_weight=0.5, steps=6, checkpoint_every=3)
    config = config.replace_model(topic_slot=True)
    with Trainer(config, str(tmp_path / "data"), str(tmp_path / "run"), quiet=True) as trainer:
        trainer.train()
    assert trainer.model.config.n_topics == len(topic_names(generate_samples(300, seed=1)))
    assert trainer.train_seqs.topic_slot and trainer.eval_seqs.topic_slot
    ids, _ = build_prompt_ids(trainer.tokenizer, "are you hungry", config.model.max_seq_len, 16)
    assert all(t < config.model.vocab_size for t in generate(trainer.model, ids, 8, temperature=0.0, stop_id=-1))
    assert isinstance(reply(trainer.model, trainer.tokenizer, "hi guppy", max_tokens=8, temperature=0.0), str)
